"""The ordinal of the latest item of a series, as a count of its items: "the central bank's
12th rise" says there have been 12 rises, which a figure labelled "rises since March 2022"
counts. The ordinal is read as a count when it names the item the sentence tells of: after a
possessive ("its 12th rise", "the Bank's 12th rise") or a verb of being ("It was the 11th
rise", "marked the 11th rise"). An ordinal after a preposition names one item of a series
that may not be the last ("in the third quarter", "of the second round"), and is not read;
nor is "first", which opens a series ("its first rise since 2018"). The times an act is done
count that act's noun: "when the Bank raised it for the 15th time" gives 15 rises, as the
verb's stem is the noun's. An ordinal says there are at least that many items: it is held
only against a count of them smaller than itself (there is no 12th rise of 11 rises), since
a smaller one may name an earlier item ("its ninth rise, in February 2023", of 11 rises).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..counting import Counting
from ..texts.counted import Amount
from .ordinals import BEFORE_NOUN

# By language: what comes before an ordinal that names the item the sentence tells of, a
# possessive or a verb of being and its article; ordinals written in figures; and the words
# around the ordinal of the times an act is done ("for the 15th time").
LATEST = {
    "en": (r"(?:\b(?:its|their|his|her|our)|[^\W\d_]['\u2019]s?|\b(?:was|is|were|are|marks?|"
           r"marked|became|becomes|be)\s+(?:the|its|their))", r"\d+(?:st|nd|rd|th)",
           (r"for\s+the", r"time")),
}
# Ordinals in words past the tenth, which ordinals.BEFORE_NOUN leaves out.
LATER_WORDS = {"en": {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                      "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                      "nineteenth": 19, "twentieth": 20}}
# What, besides letters, digits and spaces, may come between a match's start and its ordinal.
RUN = "_'\u2019-"


@dataclass(frozen=True)
class Latest:
    """A language's pattern of an ordinal of the latest item and its noun, that of a space and
    an ordinal (where the first may hold one), and the values of its ordinals in words."""

    regex: re.Pattern[str]
    spaced: re.Pattern[str]
    words: dict[str, int]


@functools.cache
def latest_pattern(language: str) -> Latest | None:
    """Return a language's patterns of an ordinal of the latest item (see Latest); None for a
    language not read."""
    if language not in LATEST:
        return None
    before, figures, (opening, time) = LATEST[language]
    words = {**BEFORE_NOUN.get(language, {}), **LATER_WORDS.get(language, {})}
    spelled = "|".join(sorted((w for w in words if not w[0].isdigit()), key=len, reverse=True))
    ordinal = rf"(?P<ordinal>{figures}|(?:{spelled})(?!\w))"
    return Latest(re.compile(rf"(?:(?P<act>(?:[^\W\d_][\w'\u2019-]*\s+){{1,4}}){opening}\s+"
                             rf"{ordinal}\s+{time}\b|{before}\s+{ordinal}[\s-]+"
                             rf"(?P<noun>[^\W\d_][\w'\u2019-]*))"
                             .replace("(?P<ordinal>", "(?P<times>", 1), re.IGNORECASE),
                  re.compile(rf"\s{ordinal}", re.IGNORECASE), words)


def latest_matches(text: str, latest: Latest) -> Iterator[re.Match[str]]:
    """Yield what latest.regex.finditer(text) does, trying it only where a match may start:
    a match holds an ordinal after a space, and only letters, digits, apostrophes, hyphens and
    spaces come between its start and it, so it starts in such a run before such an ordinal."""
    at = 0
    while (found := latest.spaced.search(text, max(at - 1, 0))) is not None:
        start = ordinal = found.start() + 1
        while start > at and in_run(text[start - 1]):
            start -= 1
        match = next(filter(None, (latest.regex.match(text, each)
                                   for each in range(start, ordinal + 1))), None)
        at = ordinal + 1 if match is None else match.end()
        if match is not None:
            yield match


def in_run(char: str) -> bool:
    """Tell whether a character may come before an ordinal in its match: as \\w or \\s."""
    return char.isalnum() or char.isspace() or char in RUN


def with_ordinals(text: str, found: Iterable[tuple[int, Amount]], counting: Counting,
                  counts: Iterable[Amount] = ()) -> list[tuple[int, Amount]]:
    """Return a text's amounts (where each starts) with each ordinal of the latest item of a
    series read as a count of its noun ("its 12th rise": 12 rises), in the text's order: an
    ordinal past a count of its noun among the figures' `counts` (see the docstring above)."""
    read = list(found)
    pattern = latest_pattern(counting.language.split("-")[0])
    if pattern is None:
        return read
    words = pattern.words
    for match in latest_matches(text, pattern):
        group = "ordinal" if match["noun"] else "times"
        ordinal = match[group].lower()
        value = int(ordinal[:-2]) if ordinal[:1].isdigit() else words.get(ordinal, 1)
        noun = item_noun(match, counting)
        if value > 1 and noun is not None and any(
                count.unit == noun and count.value < value for count in counts):
            read.append((match.start(group), Amount(value, noun, match[group])))
    return sorted(read, key=lambda each: each[0])


def item_noun(match: re.Match[str], counting: Counting) -> str | None:
    """Return the stem of the noun an ordinal's match counts: its noun, singular ("12th
    rise"), or the act of the last verb in the past before "for the 15th time" ("raised")."""
    if match["noun"]:
        return None if counting.plural(match["noun"].lower()) else counting.stem(match["noun"])
    if counting.acts_done is None:
        return None
    acts = [counting.acts_done(word) for word in match["act"].split()]
    return next((min(each) for each in reversed(acts) if each), None)
