"""Numbers as the languages with a decimal comma write them, for their Counting modules.

French parts a number's thousands with a space of any width ("1 250,5"); Spanish, Italian and
Portuguese with a point or a space ("1.250,5", "1 250,5"). Each module makes its patterns from
these with the characters that part its thousands, and adds its own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

SPACES = " \u00a0\u202f"  # between thousands: a space, a no-break space or a narrow one
POINT_OR_SPACE = "." + SPACES  # Spanish's, Italian's and Portuguese's
# Not just after a quotation mark, nor after one and a blank: a quoted number is a name's.
UNQUOTED = r"(?<![«\"“‘'„])(?<![«\"“‘'„][ \u00a0\u202f])"


def number(groups: str) -> str:
    """Return the pattern of a number, its thousands parted by one of `groups`, with a decimal
    comma: "1.250", "1 250,5", "12"."""
    return rf"\d{{1,3}}(?:[{groups}]\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?"


def counted_number(groups: str) -> str:
    """Return the pattern of a number of things: not the end of an amount of money, a word or
    a longer number."""
    return rf"\d(?<![\w$€£.,]\d)(?:\d{{0,2}}(?:[{groups}]\d{{3}})+(?:,\d+)?|\d*(?:,\d+)?)"


def percent(groups: str, words: str) -> re.Pattern[str]:
    """Return the pattern of a percentage: its number, then '%' or the language's `words`."""
    return re.compile(rf"(?P<number>\d(?<![\w.,]\d)(?:\d{{0,2}}(?:[{groups}]\d{{3}})+(?:,\d+)?"
                      rf"|\d*(?:,\d+)?))[{SPACES}]?(?:%|{words})", re.IGNORECASE)


def pointed_value(scales: Mapping[str, float]) -> Callable[[re.Match[str]], float]:
    """Return what reads a NUMBER with points or spaces between its thousands and a decimal
    comma, times its scale word ("2,5 milioni"), as Spanish, Italian and Portuguese write it."""

    def value(match: re.Match[str]) -> float:
        digits = match["number"].replace(".", "")
        for space in SPACES:
            digits = digits.replace(space, "")
        scale = " ".join((match["scale"] or "").lower().split())
        return float(digits.replace(",", ".")) * scales.get(scale, 1.0)

    return value
