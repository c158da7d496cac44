"""The digits each language writes its numbers in: those of CLDR's default numbering system for
it. The stylesheet numbers ordered lists in them too: it has a counter style for each system
here, which the pages name (<html data-numbers="arabext">)."""

from __future__ import annotations

import functools
import re
import unicodedata

from babel import Locale

from .languages import cldr_locale

# The first digit of each numbering system CLDR makes some language's own, the others following
# it (CLDR's numberingSystems.xml): Bengali writes "২০২৬", Persian "۲۰۲۶". Babel gives a
# system's separators but writes every number in Latin digits.
ZEROS = {"arab": 0x660, "arabext": 0x6F0, "beng": 0x9E6, "deva": 0x966, "mymr": 0x1040,
         "tibt": 0xF20, "olck": 0x1C50, "cakm": 0x11136, "adlm": 0x1E950, "nkoo": 0x7C0,
         "mtei": 0xABF0, "hmnp": 0x1E140, "gujr": 0xAE6, "guru": 0xA66, "knda": 0xCE6,
         "khmr": 0x17E0, "laoo": 0xED0, "mlym": 0xD66, "orya": 0xB66, "tamldec": 0xBE6,
         "telu": 0xC66, "thai": 0xE50}
LATIN = "latn"
# A digit of any script but Latin: "२", "৫", "۴". Looked for as a character past ASCII first,
# which the search skips to, then as a digit.
OTHER_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")


def own_digits(locale: Locale) -> tuple[str, dict[int, str]]:
    """Return the numbering system a language writes its numbers in ('beng'), and what turns
    Latin digits into its digits (nothing for Latin ones)."""
    system = locale.default_numbering_system
    zero = ZEROS.get(system)
    if zero is None:
        return LATIN, {}
    return system, {ord("0") + digit: chr(zero + digit) for digit in range(10)}


@functools.cache  # a site has few languages
def language_digits(language: str) -> tuple[str, dict[int, str]]:
    """Return a language tag's numbering system and its digits, as own_digits() does (Latin
    for a language CLDR does not know)."""
    locale = cldr_locale(language)
    return own_digits(locale) if locale is not None else (LATIN, {})


def latin_digits(text: str) -> str:
    """Return a text with the digits of every script as Latin ones, one for one, so that
    every place in it stays where it is: "२०२४" as "2024"."""
    if text.isascii():
        return text
    return OTHER_DIGIT.sub(lambda digit: str(unicodedata.digit(digit[0])), text)
