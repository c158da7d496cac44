"""A percentage a party or a candidate won, its whole left out: "Labour took 33.7%", "Ruto won
50.49% of the vote and Odinga 48.58%", "Labour took 33.7% and the Conservatives 23.7%". In
newsroom usage what one wins, takes or polls, given as a percentage alone, is a share of the
vote: the sentence speaks of the vote as "33.7% of the vote" does. An amount after "and" and a
name, its verb left out, takes the verb of the clause before ("and the Conservatives 23.7%").

Each such share is the named side's: that of the name before the verb ("Ruto won 50.49%"), or
of the name after "and" ("and Odinga 48.58%"). It is held against a figure whose label names
its side; never against one whose label names only another side the sentence names ("Ruto's
50.49%" is no "Odinga's share of the vote").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..amounts.kinds import stop_at_function_word
from ..counting import Counting
from ..texts.sentences import sentence_start
from .results import Side
from .sharewords import WORDS, ShareWords

if TYPE_CHECKING:
    from ..texts.counted import Amount


@functools.cache  # once per language
def won_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of what stands before a percentage won: the verb, then at once the
    number, or another amount and "and" with a name whose amount it is."""
    words = WORDS.get(language)
    if words is None:
        return None
    name = rf"(?-i:[{words.capital}][\w'\u2019.-]*\s+)"
    gapped = (rf"(?:[^.;:!?]*?(?:{words.percent})(?:,?\s+(?:{words.joins})|,)\s+"
              rf"{words.name_article}{name}{{1,4}})?")
    return re.compile(rf"\b(?:{words.verbs})\s+{gapped}{before_number(words)}\Z",
                      re.IGNORECASE)


def before_number(words: ShareWords) -> str:
    """Return the pattern of what may stand between a verb and its number: a qualifier, then
    an article ("casi el")."""
    return rf"(?:(?:{words.qualifiers})\s+)?{words.number_article}"


def whole_won(sentence: str, at: int, counting: Counting) -> set[str]:
    """Return the words of the whole a percentage at offset `at` of its sentence is a share of
    as a thing won ("Labour took 33.7%": the vote), or none."""
    language = counting.language.split("-")[0]
    pattern = won_pattern(language)
    if pattern is None or pattern.search(sentence, max(0, at - 160), at) is None:
        return set()
    return counting.content_words(WORDS[language].votes)


# A run of capitalised words, a side's name: "Ruto", "the Conservatives", "Reform UK".
CAPITALISED = r"(?-i:[{capital}][\w'\u2019.-]*)"
SIDE = rf"{{article}}(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{{{0,3}}}})"


@functools.cache  # once per language
def side_patterns(language: str) -> tuple[re.Pattern[str], ...] | None:
    """Return the patterns of a named side right before the verb of a percentage it won
    ("Ruto won "), of one after "and" that takes the verb before it ("% of the vote and
    Odinga "), and, where the verb follows the number, of what follows it to the verb
    ("'de kaldı"), matched after the number."""
    words = WORDS.get(language)
    if words is None:
        return None
    side = SIDE.format(article=words.name_article, capital=words.capital)
    verb = rf"\s+(?:{words.verbs})" if words.verbs else ""
    return (re.compile(rf"(?<![\w'\u2019-]){side}{verb}\s+{before_number(words)}\Z",
                       re.IGNORECASE),
            re.compile(rf"(?:{words.percent})(?:\s+{words.of_votes})?(?:,?\s+(?:{words.joins})|,)"
                       rf"\s+{side}\s+{before_number(words)}\Z", re.IGNORECASE),
            re.compile(rf"[^.;:!?]*?(?<!\w)(?:{words.verbs_after})(?!\w)" if words.verbs_after
                       else "", re.IGNORECASE))


def won_sides(found: list[tuple[int, Amount]], text: str, counting: Counting
              ) -> dict[int, Side]:
    """Return the side of each percentage of the vote found (offset, amount) that a named side
    won, with the words of its name and of the other sides the sentence names."""
    language = counting.language.split("-")[0]
    patterns = side_patterns(language)
    if patterns is None:
        return {}
    named: dict[int, frozenset[str]] = {}
    votes = counting.content_words(WORDS[language].votes)
    for at, amount in found:
        whole = counting.share_of.match(text, at + len(amount.written))
        if amount.unit != "%" or whole is not None and not counting.content_words(
                stop_at_function_word(whole["whole"], counting)) <= votes:
            continue  # no share, or one of another whole than the vote ("28% of the seats")
        opening = sentence_start(text, at)
        direct = patterns[0].search(text, max(opening, at - 80), at) if patterns[2].match(
            text, at + len(amount.written)) else None
        elided = patterns[1].search(text, max(opening, at - 120), at)
        side = direct or (elided if elided and any(
            sentence_start(text, then) == opening for then in named) else None)
        if side is not None:
            named[at] = frozenset(counting.content_words(side["name"]))
    return {at: Side(True, words, frozenset().union(*(
        other for then, other in named.items() if sentence_start(text, then) ==
        sentence_start(text, at))) - words, won=True) for at, words in named.items()}
