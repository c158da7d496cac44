"""The counter a key figure's bare number takes from its label, in the languages that count
with a counter joined to the number, and name the counted noun last in a label.

"190 | 계엄 해제 요구 결의안에 찬성한 의원" counts members of the Assembly, whom Korean counts
in 명 ("국회의원 180명"); "190 | 決議案に賛成した議員" counts them in 人 ("議員180人"). As an
English label gives a bare number its noun ("411 | seats won by Labour"), the noun that ends
such a label (its head, before a word for a count of it: "사망자 수", "死者数") gives the
number the counter its counts take. A label that ends with another noun gives none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..counting import Counting, japanesewords, koreanwords

# Each language's counters, each with the nouns whose counts take it, and the words for a
# count that may follow the noun; whether the language spaces its words.
TABLES: Mapping[str, tuple[Mapping[str, tuple[str, ...]], tuple[str, ...], bool]] = {
    "ko": (koreanwords.LABEL_COUNTERS, koreanwords.LABEL_TOTALS, True),
    "ja": (japanesewords.LABEL_COUNTERS, japanesewords.LABEL_TOTALS, False),
}
ASIDE = re.compile(r"\s*[(（][^)）]*[)）]")
CLAUSE = re.compile(r"[,，、:：;；]")


def label_counter(label: str, counting: Counting) -> str | None:
    """Return the counter a bare number takes from the noun that ends its label, or None."""
    if counting.language not in TABLES:
        return None
    counters, totals, spaced = TABLES[counting.language]
    head = label_head(CLAUSE.split(ASIDE.sub("", label))[0].strip(), totals, spaced, counting)
    found = [(len(noun), counter) for counter, nouns in counters.items() for noun in nouns
             if head == noun or head.endswith(noun) and (len(noun) > 1 or not spaced)]
    return max(found)[1] if found else None


def label_head(clause: str, totals: tuple[str, ...], spaced: bool, counting: Counting) -> str:
    """Return the noun that ends a label's first clause, without a word for a count of it
    after it ("사망자 수", "死者数"): its last word's stem, or where words are not spaced the
    clause itself, whose end the nouns are matched against."""
    if spaced:
        words = clause.split()
        while len(words) > 1 and words[-1] in totals:
            words.pop()
        return counting.stem(words[-1]) if words else ""
    for total in sorted(totals, key=len, reverse=True):
        if clause.endswith(total) and len(clause) > len(total):
            return clause.removesuffix(total)
    return clause
