"""A count a collective noun gives its members: "a jury of 11 New Yorkers" counts 11 jurors,
whatever noun follows; "a majority of 176" counts a majority of 176. A label whose noun is one
of those, singular ("Labour's majority in the House of Commons"), counts it too, so that the
figure is held against the count. "The majority of 500 voters" is most of them, no majority of
500, though "the jury of 12" is that jury; a percentage ("a majority of 52%") is read as one
before, and is no count."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..counting import Counting
from .counted import Amount

# By language: each collective noun, and what a count of it counts.
MEMBERS = {
    "en": {"jury": "jurors", "juries": "jurors", "majority": "majority"},
}
# What before the collective makes it a part of a whole, not a count ("the majority of"), and
# the collectives it does so for (not "the jury of 12").
WHOLE_OF = re.compile(r"(?<!\w)the\s+\Z", re.IGNORECASE)
MOST_OF = {"en": frozenset({"majority"})}


def collective_counts(text: str, counting: Counting) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for each number after a collective noun and "of", in a text
    whose money and percentages are blanked out."""
    members = MEMBERS.get(counting.language.split("-")[0])
    if not members or not any(noun in text.lower() for noun in members):
        return
    for match in collectives(text, members):
        number = counting.number.match(text, match.end())
        if number is None or most_of(text, match, counting):
            continue
        unit = counting.stem(members[match[1].lower()])
        yield number.start(), Amount(counting.value(number), unit, number[0].strip())


def collectives(text: str, members: dict[str, str]) -> Iterator[re.Match[str]]:
    """Yield each collective noun of a text with its "of" ("jury of ")."""
    nouns = "|".join(members)
    yield from re.finditer(rf"(?<!\w)({nouns})\s+of\s+", text, re.IGNORECASE)


def most_of(text: str, match: re.Match[str], counting: Counting) -> bool:
    """Tell whether a collective and its "of" say most of a whole: "the majority of"."""
    nouns = MOST_OF.get(counting.language.split("-")[0], frozenset())
    return match[1].lower() in nouns and \
        WHOLE_OF.search(text, max(match.start() - 8, 0), match.start()) is not None


def collective_noun(words: list[str], counting: Counting) -> str | None:
    """Return what a label counts when its first noun is a collective one ("Labour's
    majority in the House of Commons"): the collective's members; None if it is none."""
    members = MEMBERS.get(counting.language.split("-")[0], {})
    for word in words:
        lowered = word.lower().rstrip(",;:")
        if lowered in members:
            return members[lowered]
        if lowered in counting.stop_words:
            return None
    return None
