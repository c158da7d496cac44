"""The words and numbers of a text in a language the checks do not read: the dates and the
takeaways are still held against each other by the words and the runs of digits they share."""

from __future__ import annotations

import functools
import re
import unicodedata

from ...naming.names import caseless
from ...numerals import latin_digits

DIGITS = re.compile(r"\d+")


def plain_words(text: str) -> set[str]:
    """Return a text's words as they are, for languages the checks do not read."""
    lowered = caseless(text).replace("\u2019", "'")
    return {word for word in any_word().findall(lowered) if len(word) >= 3 or word.isdigit()}


@functools.cache  # once: the marks are looked for among some 120,000 characters
@functools.cache  # some 2,000 marks, read once of every character
def word_marks() -> str:
    """Return the marks that write vowels and stops on letters ('ূ', 'ি' of Bengali's
    'ঘূর্ণিঝড়টি'), which Python's \\w leaves out of a word, one after another."""
    return "".join(char for char in map(chr, range(0x300, 0x1F000))
                   if unicodedata.category(char) in ("Mn", "Mc", "Me"))


@functools.cache
def any_word() -> re.Pattern[str]:
    """Return the pattern of a word in any script: its letters and digits, and the marks
    on them, without which such a word is cut into pieces too short to count."""
    return re.compile(rf"[^\W_][\w'\u2019{word_marks()}-]*")


def plain_numbers(text: str) -> frozenset[str]:
    """Return a text's runs of digits, for languages the checks do not read, in Latin digits:
    "२४०" is the 240 of another text."""
    return frozenset(DIGITS.findall(latin_digits(text)))
