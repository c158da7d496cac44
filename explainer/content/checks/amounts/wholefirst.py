"""A whole, then its parts, after a word of "among": "사망자 25명 중 18명이 외국인이었다",
"사망자 25명 가운데 한국인은 5명", "死者25人のうち18人が外国人だった", "死亡25人中有18人是外国人".

The whole is a count of its own, held against the figures of the noun before it ("사망자", the
dead). The words the sentence gives only after the join say what a part is ("외국인",
foreigners): a label that has one of them is a part's figure ("외국인 사망자"), not the whole's,
even where the sentence gives that part's figure as it is. A part right after the join ("18명")
is a term of a proportion, and counts nothing of its own (see counted.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..counting import Counting

if TYPE_CHECKING:
    from .levels import Related

# Each language's word of "among" right after a whole: Korean's a word of its own ("중상",
# a grave wound, is none), Japanese "のうち"; "中" only before the part's number, being the
# first ideograph of "中国" too.
AMONG = {
    "ko": re.compile(r"\s(?:중|가운데)(?:에서|서|에)?(?:는|도)?(?![가-힣])\s?"),
    "ja": re.compile(r"\s?(?:のうち|の内|中\s?(?=\d))\s?"),
    "zh": re.compile(r"\s?中(?:有|的)?\s?(?=\d)"),
}


def part_words(sentence: str, end: int, counting: Counting) -> frozenset[str]:
    """Return the words that a sentence gives after an amount ending at offset end, when it is
    the whole of the parts a word of "among" opens after it, that it does not give before: they
    say what a part is, not the whole. Else no words."""
    among = AMONG.get(counting.language.split("-")[0])
    joined = among.match(sentence, end) if among is not None else None
    if joined is None:
        return frozenset()
    return frozenset(counting.content_words(sentence[joined.end():])
                     - counting.content_words(sentence[:end]))


def of_the_whole(related: list[Related], sentence: str, end: int,
                 counting: Counting) -> list[Related]:
    """Return the related figures (see levels.related_to()) whose labels have none of the words
    that say what a part of a whole ending at offset end is (see part_words())."""
    apart = part_words(sentence, end, counting)
    return [r for r in related if not r[3] & apart]
