"""A bare count right before a colon that opens a list of country names counts those names,
its noun left out: "Morocco accepted teams from only five: Spain, the United Kingdom, Qatar and
the United Arab Emirates" names 4, and is a slip.

The number is whole, in figures or in words, with nothing but spaces between it and the colon;
the names are read as countlists.py reads those after a count of countries. A number after a
capitalised word is a label that numbers something ("Group 5: Spain, Italy and Croatia"), not
a count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ....errors import Problem
from ...model import Countries, Explainer, TextMap
from ..amounts.countwarnings import names_slip
from ..amounts.qualified import fits, qualifier_before
from ..counting import Counting
from ..texts.sentences import blank_out
from .countclaims import own_names
from .countlists import names_counted

COLON = re.compile(r"[:\uff1a]")  # found alone: a blanked-out text has long runs of spaces
# A whole number in figures at the end of a text, not the end of a longer one ("1,250", "2.5").
DIGITS = re.compile(r"(?<![\w.,'\u2019])\d{1,3}\Z")
# A capitalised word right before a number, which the number may label ("Group 5", "Pot 2").
CAPITALISED = re.compile(r"(?<!\w)(?P<word>[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][\w.]*)\s+\Z")
MOST_COUNTRIES = 250  # more than the world has: a larger number counts something else


def may_count(text: str, counting: Counting) -> bool:
    """Tell whether a text has a number right before a colon, in figures or in words: most
    texts have none, and need not be read further."""
    for colon in COLON.finditer(text):
        words = text[max(0, colon.start() - 24):colon.start()].split()
        word = words[-1].lower() if words else ""
        if word[-1:].isdigit() or word and counting.word_value(word) is not None:
            return True
    return False


def check_bare_counts(explainer: Explainer, counting: Counting,
                      texts: Callable[..., Iterator[tuple[str, TextMap, str]]]
                      ) -> Iterator[Problem]:
    """Warn where a bare count before a colon is not as many as the country names after it
    (none where the explainer has no country list, or its list is a selection)."""
    if not explainer.countries or any(isinstance(section, Countries) and not section.complete
                                      for section in explainer.sections):
        return
    own = own_names(explainer)
    for where, place, text in texts(explainer, lambda text: may_count(text, counting)):
        shown = blank_out(text)  # quoted words are the source's; markup is no word
        clean = counting.localised(shown)
        for start, end, claimed in bare_counts(clean, counting):
            named = names_counted(clean, end, explainer.language, own, counting.number_word)
            if named is None:
                continue
            qualifier, opened = qualifier_before(clean, start, counting)
            if not fits(qualifier, claimed, named[0]):
                quoted = " ".join(shown[opened:end].split())
                yield names_slip(explainer, place, text, opened, f"{where} says '{quoted}'",
                                 named[0])


def bare_counts(text: str, counting: Counting) -> Iterator[tuple[int, int, int]]:
    """Yield (start, end, number) of each whole number right before a colon, in figures or in
    words, that no capitalised word labels."""
    for colon in COLON.finditer(text):
        end = len(text[max(0, colon.start() - 8):colon.start()].rstrip()) + max(
            0, colon.start() - 8)  # the number may stand a space or two before it
        found = number_at_end(text, end, counting)
        if found is None or labelled(text, found[0], counting):
            continue
        start, claimed = found
        if 0 < claimed <= MOST_COUNTRIES:
            yield start, end, claimed


def labelled(text: str, start: int, counting: Counting) -> bool:
    """Tell whether a capitalised word right before the number at `start` labels it ("Group
    5", "Day 3"): not a word that opens a count as a sentence opens ("Only five:", "All four:"),
    a stop word, nor a qualifier ("About five:")."""
    word = CAPITALISED.search(text, max(0, start - 40), start)
    if word is None or qualifier_before(text, start, counting)[0]:
        return False
    said = counting.lower(word["word"])
    return said not in counting.openers and said not in counting.stop_words


def number_at_end(text: str, end: int, counting: Counting) -> tuple[int, int] | None:
    """Return where a number that ends a text at `end` starts, and its value; None if none
    ends it there. Only the words just before `end` are read: a text holds many colons."""
    if digits := DIGITS.search(text, max(0, end - 8), end):
        return digits.start(), int(digits[0])
    for match in counting.number_word.finditer(text, max(0, end - 40), end):
        value = counting.word_value(match[0])
        if match.end() == end and value is not None:
            return match.start(), value
    return None
