"""A percentage a party or a candidate won, its whole left out: "Labour took 33.7%", "Ruto won
50.49% of the vote and Odinga 48.58%", "Labour took 33.7% and the Conservatives 23.7%". In
newsroom usage what one wins, takes or polls, given as a percentage alone, is a share of the
vote: the sentence speaks of the vote as "33.7% of the vote" does, and so does what a side won
a contest with ("won the run-off with 52.18%"). An amount after "and" and a name, its verb left
out, takes the verb of the clause before ("and the Conservatives 23.7%").

Each such share is the named side's: that of the name before the verb ("Ruto won 50.49%"), or
before the number where the verb comes last ("Erdoğan ilk turda yüzde 49,52"), or right after
the verb where a language may put it first ("In de tweede ronde behaalde Erdoğan"); of the
name after "and" ("and Odinga 48.58%"); or, after "and" with no name between, the side's of
the share before it ("took 49.52% in the first round and 52.18% in the run-off"). It is held
against a figure whose label names its side; never against one whose label names only another
side the sentence names ("Ruto's 50.49%" is no "Odinga's share of the vote").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..amounts.kinds import stop_at_function_word
from ..amounts.partwords import part_words
from ..counting import Counting
from ..texts.sentences import sentence_start
from .results import Side
from .rounds import right_after, round_pattern
from .sharewords import WORDS, ShareWords

if TYPE_CHECKING:
    from ..texts.counted import Amount


@functools.cache  # once per language
def won_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of what stands before a percentage won: the verb, then at once the
    number, or what was won and "with", or another amount and "and" with a name whose amount it
    is, or the name of the side, where the verb may come before it ("behaalde Erdoğan")."""
    words = WORDS.get(language)
    if words is None:
        return None
    name = rf"{words.name_article}(?-i:[{words.capital}][\w'\u2019.-]*\s+){{1,4}}"
    gapped = (rf"(?:[^.;:!?]*?(?:{words.percent})(?:,?\s+(?:{words.joins})\s+(?:{name})?|,\s+"
              rf"{name}))?")  # "and the Conservatives", "and" alone: the same side's
    named = rf"(?:{name})?" if words.inverted else ""
    return re.compile(rf"\b(?:{words.verbs}){won_with(words)}\s+{named}{gapped}"
                      rf"{before_number(words)}\Z", re.IGNORECASE)


def won_with(words: ShareWords) -> str:
    """Return the pattern of what was won and the word that then opens the share, after the
    verb ("won the run-off with"), if the language has one; it may be left out."""
    if not words.with_:
        return ""
    return rf"(?:(?:\s+{lower_word(words)}){{0,4}}\s+(?:{words.with_}))?"


def lower_word(words: ShareWords) -> str:
    """Return the pattern of a word that opens with no capital and no digit: "the", "turda"."""
    return rf"(?-i:[^\W\d{words.capital}][\w'\u2019-]*)"


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
    ("Ruto won ", "Erdogan won the run-off with "), or, where the verb comes last, before the
    number ("Erdoğan ilk turda "); of one after "and" that takes the verb before it ("% of the
    vote and Odinga "); where the verb follows the number, of what follows it to the verb
    ("'de kaldı"), matched after the number; of a side after the verb, where the verb may come
    first ("behaalde Erdoğan "); of what stands between a side's share and another of its
    own, after "and" ("% in the first round and "); and of the whole written after a share."""
    words = WORDS.get(language)
    if words is None:
        return None
    side = SIDE.format(article=words.name_article, capital=words.capital)
    verb = rf"\s+(?:{words.verbs}){won_with(words)}" if words.verbs \
        else rf"(?:{UNINFLECTED}(?:\s+{lower_word(words)}){{1,3}})?"  # "Erdoğan ilk turda"
    return (re.compile(rf"(?<![\w'\u2019-]){side}{verb}\s+{before_number(words)}\Z",
                       re.IGNORECASE),
            re.compile(rf"(?:{words.percent})(?:\s+{words.of_votes})?(?:,?\s+(?:{words.joins})|,)"
                       rf"\s+{side}\s+{before_number(words)}\Z", re.IGNORECASE),
            re.compile(rf"[^.;:!?]*?(?<!\w)(?:{words.verbs_after})(?!\w)" if words.verbs_after
                       else "", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{words.verbs})\s+{side}\s+{before_number(words)}\Z"
                       if words.inverted else NEVER, re.IGNORECASE),
            re.compile(rf"(?:\s+{words.of_votes})?(?P<rest>[^.;:!?\d%]{{0,80}}?),?\s+"
                       rf"(?:{words.joins})\s+{before_number(words)}", re.IGNORECASE),
            re.compile(rf"(?:\s+{words.of_votes})?", re.IGNORECASE))


NEVER = "(?!)"  # a pattern that matches nothing
# A name with no case ending set off by an apostrophe: "Erdoğan", not "Erdoğan'ın partisi".
UNINFLECTED = r"(?<!['\u2019]\w)(?<!['\u2019]\w\w)(?<!['\u2019]\w\w\w)"


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
    last: tuple[int, int] | None = None  # where the share before starts and ends
    for at, amount in found:
        whole = counting.share_of.match(text, at + len(amount.written))
        if amount.unit != "%" or whole is not None and not counting.content_words(
                stop_at_function_word(whole["whole"], counting)) <= votes:
            last = None
            continue  # no share, or one of another whole than the vote ("28% of the seats")
        span = (at, at + len(amount.written))
        side = side_named(text, span, patterns, counting, named) if patterns[2].match(
            text, span[1]) else None
        if side is None and last is not None and last[0] in named and again(
                text, last, span, patterns, counting):
            side = named[last[0]]  # "took 49.52% in the first round and 51.18% in the run-off"
        if side is not None and placed_after(text, span[1], patterns[5], counting):
            side = None  # "took 35% in Ankara": the place's share, held as any amount is
        if side is not None:
            named[at] = side
        last = span
    return {at: Side(True, words, frozenset().union(*(
        other for then, other in named.items() if sentence_start(text, then) ==
        sentence_start(text, at))) - words, won=True) for at, words in named.items()}



def placed_after(text: str, end: int, of_votes: re.Pattern[str], counting: Counting) -> bool:
    """Tell whether a share is set in a place by name right after it (and its "of the vote"):
    "took 35% in Ankara" is Ankara's, not the side's share of the whole vote (where every
    noun is capitalised, "in der Stichwahl", no name tells a place)."""
    words = part_words(counting.language)
    if words is None or counting.capitalised_nouns:
        return False
    end = of_votes.match(text, end).end()  # type: ignore[union-attr]
    place = words.place.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    return place is not None and place["name"] is not None


def side_named(text: str, span: tuple[int, int], patterns: tuple[re.Pattern[str], ...],
               counting: Counting, named: dict[int, frozenset[str]]) -> frozenset[str] | None:
    """Return the words of the side named as winning a share of the vote (its span): before
    the verb or the number, after the verb, or after "and" once the sentence has named one."""
    at, opening = span[0], sentence_start(text, span[0])
    direct = patterns[0].search(text, max(opening, at - 80), at) or patterns[3].search(
        text, max(opening, at - 80), at)
    elided = patterns[1].search(text, max(opening, at - 120), at)
    side = direct or (elided if elided and any(
        sentence_start(text, then) == opening for then in named) else None)
    return frozenset(counting.content_words(side["name"])) if side is not None else None


def again(text: str, last: tuple[int, int], span: tuple[int, int],
          patterns: tuple[re.Pattern[str], ...], counting: Counting) -> bool:
    """Tell whether a share (its span) is another of the side of the share before it (last),
    joined to it by "and" with no name between, and saying no more than its round, or
    nothing, after it: "49.52% in the first round and 51.18% in the run-off" (not "and 47.82%
    went to Kılıçdaroğlu", a share with a verb of its own)."""
    joined = patterns[4].fullmatch(text, last[1], span[0])
    if joined is None or sentence_start(text, last[0]) != sentence_start(text, span[0]):
        return False
    language = counting.language.split("-")[0]
    after = patterns[5].match(text, span[1]).end()
    rounds = round_pattern(language)
    if CLAUSE_ENDS.match(text, after) is None and (
            rounds is None or right_after(rounds).match(text, after) is None):
        return False
    return counting.capitalised_nouns or re.search(
        rf"(?<![\w'\u2019-])(?-i:[{WORDS[language].capital}])", joined["rest"]) is None


CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|\Z)")  # the end of a clause or a sentence
