"""What Chinese and Japanese share in writing counts: no space between words, and the units
of ten thousand among a number's digits.

Both write a large number in digits with the units 万 (10^4), 億 or 亿 (10^8) and 兆 (10^12)
among them ("1万2000", "2兆5000億", "3亿"), and a thousand or a hundred before a unit
("5千万"). Neither leaves a space between words: a text's words are read as ideographs.py
reads them, a run of ideographs as its pairs of characters, a run of katakana whole, one of
hiragana (particles and endings) not at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..texts.ideographs import HAN, KATAKANA

HIRAGANA = r"\u3041-\u309f"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
SMALL = {"百": 100, "千": 1000}
# A word of other letters or digits, up to an ideograph or a kana: "WHO", "500", "M7".
OTHER = rf"(?:(?![{HAN}{KATAKANA}{HIRAGANA}])[^\W_])(?:(?![{HAN}{KATAKANA}{HIRAGANA}])[\w'’-])*"
# A word: two ideographs of a run, read one character on (so "住宅被害" gives 住宅, 宅被 and
# 被害), an ideograph alone, a run of katakana, or a word of other letters. Its one group is
# the word, which findall() returns; a match spans its first character alone where it is a
# pair, so that the next pair starts at the next character.
WORD = re.compile(rf"(?=(?P<word>[{HAN}]{{2}}|(?<![{HAN}])[{HAN}]|[{KATAKANA}]+|{OTHER}))"
                  rf"(?:[{HAN}]|(?P=word))")


def scale_pattern(big: str, small: Mapping[str, float] = SMALL, alone: str = "") -> str:
    """Return the pattern of what follows a number's digits: a unit of ten thousand or more
    (big: a class of its characters), perhaps after a thousand or a hundred, and the smaller
    parts after it ("2兆5000億", "1万2000", "5千万"); or a thousand alone ("3千"), or a unit
    that stands alone (alone: a pattern, as Japanese's tenths, "3割"). Its group is
    'scale'."""
    before = "".join(small)
    also = f"|{alone}" if alone else ""
    return rf"(?P<scale>[{before}]?[{big}](?:[{before}]?{DIGITS}[{before}]?[{big}]|{DIGITS})*" \
        rf"|[{before}](?![{big}]){also})?"


def scaled_value(number: str, scale: str, multiples: Mapping[str, float]) -> float:
    """Return the value of a number's digits and what follows them (see scale_pattern()):
    "1" and "億2000万" is 120,000,000; multiples gives each unit's value."""
    units = "".join(multiples)
    total = 0.0
    for digits, small, big in re.findall(rf"({DIGITS})?([{units}]?)([{units}]?)",
                                         number + scale):
        if not (digits or small or big):
            continue
        total += float(digits.replace(",", "") or 1) * multiples.get(small, 1) * \
            multiples.get(big, 1)
    return total
