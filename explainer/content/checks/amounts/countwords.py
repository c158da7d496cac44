"""What the words around a count change in what it counts: a second noun joined to its own
("7 countries and organisations" counts both), a one told from the other ("One party is a
state, the other an armed group" picks one, and counts no group), and a number before it that
opens a range ("between five and eight countries": five to eight)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...model import Countries, Explainer
from ..counting import Counting
from ..texts.conjunctions import AND, OR
from ..texts.sentences import sentence_ends
from .qualified import fits

# What tells the one of a count of one from the other or others, after it in its sentence or
# the next ("One party is a state, the other an armed group"): no count but a choice.
THE_OTHER = {
    "en": re.compile(r"(?<!\w)(?:the\s+others?|another)(?!\w)", re.IGNORECASE),
    "fr": re.compile(r"(?<!\w)(?:l['’]autre|les\s+autres|une?\s+autre)(?!\w)", re.IGNORECASE),
    "de": re.compile(r"(?<!\w)(?:(?:der|die|das|den|dem)\s+anderen?|"
                     r"eine?[nmrs]?\s+andere[nmrs]?)(?!\w)", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:(?:el|la|los|las)\s+otr[oa]s?|otr[oa])(?!\w)", re.IGNORECASE),
    "it": re.compile(r"(?<!\w)(?:l['’]altr[oa]|gli\s+altri|"
                     r"le\s+altre|un\s+altro|un['’]altra)(?!\w)", re.IGNORECASE),
    "pt": re.compile(r"(?<!\w)(?:(?:o|a|os|as)\s+outr[oa]s?|outr[oa])(?!\w)", re.IGNORECASE),
}
# The words before a count that pick a part of a ranking by its place ("among the top ten
# nations", "le prime dieci nazioni del medagliere", "los primeros 20 países"): a part of
# another whole, the table's, not a count of the country list.
BY_RANK = {
    "en": r"top|bottom|first|last|leading",
    "fr": r"premiers|premières|derniers|dernières|top",
    "de": r"ersten|letzten|besten|top",
    "es": r"primeros|primeras|últimos|últimas|top",
    "it": r"primi|prime|ultimi|ultime|top",
    "pt": r"primeiros|primeiras|últimos|últimas|top",
}
RANKED = {language: re.compile(rf"(?<!\w)(?:{words})\s+\Z", re.IGNORECASE)
          for language, words in BY_RANK.items()}
# The words that join a second noun to a count's own ("7 countries and organisations"): the
# count is of both together. In the languages whose counts' words this module reads.
CONJUNCTIONS = {language: frozenset(AND[language] + OR[language]) for language in THE_OTHER}
# The nouns of a rough quantity, which open a count of other things, not a second noun of the
# count's own: "17 states and dozens of farm workers", "12 pays et des milliers de soldats".
QUANTITY_NOUNS = {
    "en": frozenset("dozens scores hundreds thousands millions billions tens".split()),
    "fr": frozenset("dizaines douzaines centaines milliers millions milliards".split()),
    "de": frozenset("dutzende hunderte tausende millionen milliarden".split()),
    "es": frozenset("decenas docenas centenares cientos miles millones".split()),
    "it": frozenset("decine dozzine centinaia migliaia milioni miliardi".split()),
    "pt": frozenset("dezenas dúzias centenas milhares milhões bilhões".split()),
}
# A word that may join a second noun to a count's ("and", "et"), then that noun.
JOINED = re.compile(r"\s+(?P<joint>\S+)\s+(?P<noun>[^\W\d_][\w'-]*)")
NOUN_AFTER = re.compile(r"\s+([^\W\d_][\w'-]*)")  # the word after an amount: its noun, if any
LAST_WORD = re.compile(r"([^\W\d_][\w'-]*)$")  # an amount's own noun, where it holds one
# The end of a number that digits just after it continue: "1," of "1,250", "1." of "1.250",
# "1 " of "1 250" (a space only before a group of three digits: "in 2020 12 countries").
NUMBER_GOES_ON = re.compile(r"\d(?:[.,'\u2019]|[ \u00a0\u202f](?=\d{3}(?!\d)))")


def by_rank(text: str, start: int, counting: Counting) -> bool:
    """Tell whether a count starting at `start` picks a part of a ranking by its place ("the
    top ten nations", "le prime dieci nazioni"), which counts no country list."""
    ranked = RANKED.get(counting.language)
    return ranked is not None and ranked.search(text[max(0, start - 16):start]) is not None


def picks(text: str, claimed: int, match: re.Match[str], counting: Counting) -> bool:
    """Tell whether a count picks rather than counts a whole: one of several (see
    one_of_several()), or a part of a ranking by its place (see by_rank())."""
    return one_of_several(text, claimed, match.end(), counting) \
        or by_rank(text, match.start(), counting)


def one_of_several(text: str, claimed: int, end: int, counting: Counting) -> bool:
    """Tell whether a count of one, ending at `end`, picks one that its sentence, or the start
    of the next, tells from the other or others ("One party is a state, the other an armed
    group"; "One mediator borders Gaza. Another hosts the talks"): a choice, not the size of
    a group."""
    the_other = THE_OTHER.get(counting.language)
    if claimed != 1 or the_other is None:
        return False
    stop = next(sentence_ends(text, end), None)
    if stop is None:
        return the_other.search(text, end) is not None
    return the_other.search(text, end, stop.end()) is not None or \
        the_other.match(text, stop.end()) is not None


def joined_noun(text: str, end: int, counting: Counting) -> int:
    """Return where a second noun joined to a count's own, at `end`, ends ("7 countries and
    organisations", "sept pays et organisations"): the count is of both together. 0 if there
    is none: a count of its own ("and two organisations", "and dozens of workers") or a name
    ("and the EU") is none."""
    found = JOINED.match(text, end)
    if found is None or found["joint"].lower() not in CONJUNCTIONS.get(counting.language, ()):
        return 0
    noun = found["noun"].lower()
    return found.end() if counting.plural(noun) and not counting.number_word.fullmatch(noun) \
        and noun not in QUANTITY_NOUNS.get(counting.language, ()) else 0


def range_opened(text: str, start: int, counting: Counting) -> int | None:
    """Return the low end of the range that a count's number, at `start`, closes ("between
    five and eight countries", "de 5 a 8 países": 5), in figures or in words; None if it
    closes none. Not a level and the next ("grew from five to eight countries")."""
    figures = in_figures(text, counting)
    for first, last in counting.ranges(figures):
        if first < start < last:
            bounds = counting.range.match(figures, first)
            low = counting.number.search(bounds["first"]) if bounds else None
            return int(counting.value(low)) if low else None
    return None


def in_figures(text: str, counting: Counting) -> str:
    """Return a text whose numbers in words are written in figures, every offset kept ("five
    and" as "5    and"), where the figures are no longer than the words."""
    def figure(match: re.Match[str]) -> str:
        value = counting.word_value(match[0])
        written = str(value)
        return written.ljust(len(match[0])) if value is not None and \
            len(written) <= len(match[0]) else match[0]
    return counting.number_word.sub(figure, text)


def fits_count(qualifier: str, claimed: int, sizes: Iterable[int], low: int | None) -> bool:
    """Tell whether a count, read with its qualifier, fits one of the sizes it may mean; as a
    range's high end, with its low end, whether one of them lies between the two."""
    return any(fits(qualifier, claimed, size) or low is not None and low <= size <= claimed
               for size in sizes)


def joined_apart(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether an amount (at span) counts its noun and a second joined to it ("more than
    300 drones and missiles") where a label names the first only ("drones launched from
    Iran"): the count is of both together, which the label's figure is no count of."""
    written = LAST_WORD.search(text, span[0], span[1])  # "300 drones", as counts are read
    noun = written if written is not None else NOUN_AFTER.match(text, span[1])
    if noun is None or not joined_noun(text, noun.end(), counting):
        return False
    second = counting.content_words(JOINED.match(text, noun.end())["noun"])
    named = counting.content_words(label)
    return bool(counting.content_words(noun[1]) & named) and not second & named


def inside_number(text: str, start: int) -> bool:
    """Tell whether the digits at start go on from a number before them ("250" of "1,250"),
    which a count never starts inside."""
    return start >= 2 and NUMBER_GOES_ON.match(text, start - 2) is not None


def counts_no_list(clean: str, match: re.Match[str], claimed: int, counting: Counting) -> bool:
    """Tell whether a count is of another whole's countries ("the 27 countries of the EU") or
    picks one of several or a ranking's part ("the top ten nations"): see picks()."""
    return counting.of_another is not None and counting.of_another(
        counting.readable(clean), match.start(), match.end()) \
        or picks(clean, claimed, match, counting)



def lists_hold(explainer: Explainer, counting: Counting) -> frozenset[str]:
    """Return the stems of the nouns whose counts the country lists hold, not the key figures:
    those of countries, where a whole list holds them; none where no list does or a list is a
    selection (`complete: false`), and a key figure of a count of countries ("37 | countries
    taking part") is held against the text's counts as any other is."""
    whole = bool(explainer.countries) and all(
        section.complete for section in explainer.sections if isinstance(section, Countries))
    return counting.country_units if whole else frozenset()
