"""Patterns that the languages' Counting modules make their own from: a number in words
read whole, a qualifier before a count, a count of a named whole's countries."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..amounts.nextlevels import CHANGED

if TYPE_CHECKING:
    from . import Counting

# What joins a number's words ("twenty-five", "vingt et un"): a space, or any hyphen.
HYPHENS = r"\-\u2010\u2011"


def qualifier_pattern(qualifiers: Mapping[str, str], article: str = "") -> re.Pattern[str]:
    """Return the pattern that finds a qualifier at the end of a text, before a count: perhaps
    followed by an article (a pattern), as Italian and Portuguese put one before a percentage
    ("circa il 60%", "quasi l'80%"); a qualifier that ends in an apostrophe ("più dell'") is
    followed by the count itself."""
    phrases = sorted(qualifiers, key=len, reverse=True)  # 'more than' before 'more'
    then = rf"\s+(?:{article})?" if article else r"\s+"
    return re.compile(r"(?<!\w)(?P<qualifier>" + "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases) +
        rf")(?:(?<=['\u2019])|{then})\Z", re.IGNORECASE)


# A name: a word that opens with a capital, whole; not a possessive ("of Kenya's choosing") nor
# the first part of a compound ("of the Kenyan-led mission"), which may be the story's own group.
CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-ÞŒ])\w*"
NAME = CAPITALISED + r"(?![\w'\u2019-])"


def of_named(after: str, before: str = "", joined: str = "") -> Callable[[str, int, int], bool]:
    """Return what tells whether a count of countries (the text, the count's start and end)
    counts a named whole's: its noun followed by words that say so (after: "of the") and a
    name ("the 27 countries of the EU"), perhaps past a noun joined to it by `joined` ("the
    19 countries and two unions of the G20"), or, where a language says so, the count
    preceded by a name's possessive (before: "NATO's 32 members")."""
    also = rf"(?:\s+(?:{joined})\s+(?:[\w'\u2019-]+\s+)?[^\W\d_][\w'\u2019-]*)?" if joined else ""
    following = re.compile(also + after + NAME)
    preceding = re.compile(before + r"\s+\Z") if before else None

    def counts_another(text: str, start: int, end: int) -> bool:
        return following.match(text, end) is not None or preceding is not None and \
            preceding.search(text, max(start - 40, 0), start) is not None

    return counts_another


def whole_first(nouns: str, verbs: str) -> str:
    """Return the `before` of of_named() for a named whole that has the count as its subject
    ("Spațiul Schengen are 29 de state", "L'espace Schengen compte 29 pays"): one of the
    language's nouns of a whole (a pattern, in any case) and the word that names it ("Schengen",
    "européenne", "euro"), then a verb of having or counting; the noun or the word a name,
    capitalised ("L'Union européenne", "L'espace Schengen"), or the euro's ("la zone euro"),
    not a word that says what the story's own group is ("Le groupe élargi compte 6 pays"). A
    name alone ("La CEDEAO compte 5 pays membres") may be the story's own group, and is not
    taken for another whole."""
    capital = r"[A-ZÀ-ÖØ-ÞĂÂÎȘȚŒ]"
    return (rf"(?<![\w-])(?:(?i:{nouns})\s+(?:{capital}[\w'\u2019-]*|(?i:euro))"
            rf"|(?={capital})(?i:{nouns})\s+[^\W\d_][\w'\u2019-]*)\s+(?i:{verbs})")


def pointing_back(words: Iterable[str], whole: Iterable[str], ahead: str) -> str:
    """Return the guard before a count in words that keeps out a count pointing back at
    countries just named ("the two countries", "our three countries"): no word of `words`
    right before it. Where `ahead` follows the count's number (its noun, then a clause of
    taking part: "the five countries that took part"), the words of `whole` ("the", "all")
    point at every country of the story, and the count is read."""
    lifted = tuple(whole)
    kept = "".join(rf"(?<!\b{word}\s)" for word in words if word not in lifted)
    return kept + rf"(?:(?={ahead})|" + "".join(rf"(?<!\b{word}\s)" for word in lifted) + ")"


def naming(*nouns: str) -> Callable[[str], bool]:
    """Return a quick test of whether a text says one of the lowercased nouns, in any case."""
    return lambda text: any(noun in text.lower() for noun in nouns)


def words_pattern(number_words: Iterable[str], continued: Iterable[str]) -> str:
    """Return a pattern that finds a number in words whole, its parts joined by a hyphen or a
    space: not the end of a longer one ('five' of 'twenty-five' or 'twenty five', 'twenty' of
    'a hundred and twenty'), nor part of a word. continued: the words a number may follow as
    part of a longer one ('twenty', 'hundred and')."""
    words = sorted(number_words, key=len, reverse=True)  # 'twenty-five' before 'twenty'
    # Its first letter first: most places in a text fail there, before a hundred alternatives.
    first = "".join(sorted({re.escape(word[0]) for word in words}))
    guards = rf"(?=[{first}])(?<![\w{HYPHENS}])" + "".join(
        rf"(?<!\b{re.escape(word)}\s)" for word in continued)
    return guards + "(?:" + "|".join(by_first_letter(words)) + r")(?!\w)"


def by_first_letter(words: list[str]) -> Iterator[str]:
    """Yield the alternatives of some words, those of one first letter (in any case) together,
    behind a look at that letter: at a place, only the words of its letter are tried, in the
    same order as before, so that the same word is found, and found sooner."""
    groups: dict[str, list[str]] = {}
    for word in words:
        key = next((key for key in groups if same_letter(key, word[0])), word[0])
        groups.setdefault(key, []).append(word)
    for group in groups.values():
        letters = "".join(sorted({re.escape(word[0]) for word in group}))
        yield rf"(?=[{letters}])(?:" + "|".join(
            re.escape(word).replace(r"\-", rf"[{HYPHENS}\s]") for word in group) + ")"


def same_letter(one: str, other: str) -> bool:
    """Tell whether two characters are one letter to a case-blind pattern ('s' and 'S', 'ſ')."""
    return re.fullmatch(re.escape(one), other, re.IGNORECASE) is not None


def named_before(pattern: re.Pattern[str], reach: int = 30) -> Callable[[str, int, int], bool]:
    """Return what tells whether a count of countries (the text, the count's start and end)
    counts another whole's, named right before it: `pattern` ends where the count starts
    ("EU 27개국", "G7の7カ国"), within `reach` characters."""
    def counts_another(text: str, start: int, end: int) -> bool:
        return pattern.search(text, max(start - reach, 0), start) is not None

    return counts_another


def named_after(pattern: re.Pattern[str]) -> Callable[[str, int, int], bool]:
    """Return what tells whether a count of countries counts another whole's, named right
    after it: `pattern` starts where the count ends ("27 negara anggota Uni Eropa")."""
    def counts_another(text: str, start: int, end: int) -> bool:
        return pattern.match(text, end) is not None

    return counts_another


def qualifier_after(inside: str, following: re.Pattern[str],
                    meanings: Mapping[str, str]) -> Callable[[str, int, int], str]:
    """Return what reads the qualifier of an amount (the text, its start and end) written
    after its number, which `inside` finds in the amount ("300余人", "300여 명": more), or after
    its counter, the group `q` of `following` with its meaning ("500人以上": at least); ''
    for none."""
    more = re.compile(inside)

    def qualified(text: str, start: int, end: int) -> str:
        if more.search(text, start, end):
            return "more"
        found = following.match(text, end)
        return "" if found is None else meanings.get(found["q"], "")

    return qualified


@dataclass(frozen=True)
class Apposition:
    """A language's words of a body named in apposition before the count of its members
    ("ECOWAS, then a bloc of 15 countries"): each a pattern of alternatives, but `openers`, the
    lowercased words that open a sentence's adverbial ("On Monday, a bloc of...") and no name."""

    articles: str  # "a|an|the"
    bodies: str  # the nouns of a body of members: "bloc|coalition|alliance"
    of: str  # the word between the body and its count: "of"
    adverbs: str = ""  # a word of time before the article: "then|now"
    linkers: str = ""  # the small words inside a name: "of|for|the|and"
    openers: frozenset[str] = frozenset()


def apposed(words: Apposition, reach: int = 160) -> Callable[[str, int, int], bool]:
    """Return what tells whether a count of countries gives the size of a body named just
    before it, in apposition: a name, a comma, an article, a noun of a body of members and its
    "of" ("Operation Prosperity Guardian, a coalition of more than 20 countries"): the body's
    members, not the list's. A name is an initialism ("NATO") or two capitalised words or more,
    the first not one of `openers`: "On Monday, a bloc of 15 countries" is the story's own."""
    word = r"(?-i:[A-ZÀ-ÖØ-ÞŒ])[\w'\u2019-]*"
    linked = rf"\s+(?:(?:{words.linkers})\s+)*" if words.linkers else r"\s+"
    adverb = rf"(?:(?:{words.adverbs})\s+)?" if words.adverbs else ""
    pattern = re.compile(
        rf"(?<![\w'\u2019-])(?P<name>(?-i:[A-Z]{{2,}})\w*|{word}(?:{linked}{word})+),\s+"
        rf"{adverb}(?:{words.articles})\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:{words.bodies})\s+"
        rf"(?:{words.of})\s+(?:[^\W\d_][\w'\u2019-]*\s+){{0,3}}\Z", re.IGNORECASE)

    def counts_another(text: str, start: int, end: int) -> bool:
        found = pattern.search(text, max(start - reach, 0), start)
        return found is not None and found["name"].split()[0].casefold() not in words.openers

    return counts_another


def either(*tests: Callable[[str, int, int], bool]) -> Callable[[str, int, int], bool]:
    """Return what tells whether one of the tests of a count (the text, its start and end)
    finds it another whole's."""
    return lambda text, start, end: any(test(text, start, end) for test in tests)


def levels_joined(counting: Counting, before: str, match: re.Match[str]) -> bool:
    """Tell whether two amounts joined by "to" (a range's match, after the text before it)
    are a level and the next, not bounds: after a change ("rose 2% to 29%"), after "from"
    ("from 12% to 29%"), after a change's verb, its object and "from" ("enlarged the
    tournament from 24 to 36 teams", "amplió el torneo de 24 a 36 equipos"); or a year and a
    smaller number ("in 2019 to 36 in 2023")."""
    changed = CHANGED.get(counting.language.split("-")[0])
    return bool(counting.change.search(before) or counting.from_level.search(before)
                or changed is not None and changed.search(before)
                or descending(match["first"], counting.numbers(match["second"])))


def descending(first: str, second: frozenset[float]) -> bool:
    """Tell whether a year (first, as written) is followed by a smaller number (second's
    values), which are no range's bounds: "in 2019 to 36 in 2023" gives two levels."""
    return re.fullmatch(r"(?:1[89]|20)\d\d", first) is not None and \
        max(second, default=0) < int(first)
