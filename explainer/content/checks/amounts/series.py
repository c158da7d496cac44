"""A series of clauses, each giving its own amount of one unit: "an early recovery phase
costing $5 billion, a first phase costing $20 billion, and a second costing $30 billion". A
figure's label ("cost of the early recovery phase") names one item of the series, the one
whose clause shares the most of its words; the other amounts of the unit are the other items,
not that figure's level, though the sentence as a whole shares the label's words with them.

In Chinese, Japanese and Korean, a clause that opens with a side of its own, a country or a
party named as one ("中方", "美方", "中国側", "중국 측") that the label does not name, is an
item of its own even where it shares none of the label's words: "美方对中国商品加征的关税为145%，
中方为10%" gives China's rate after the United States', not the US one's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..counting import Counting
from ..texts.conjunctions import AND, words_pattern
from ..texts.sentences import clause_at

if TYPE_CHECKING:
    from .levels import Amounts


def another_item(sentence: str, at: int, label: set[str], unit: str, counting: Counting,
                 amounts: Amounts) -> bool:
    """Tell whether the amount of a unit at offset `at` of its sentence is one item of a
    series whose other item, another amount of the unit in a clause of its own, is the one the
    label's words (`label`) name: its clause shares more of them than the amount's does; or
    whose clause "and" opens with a name the label lacks ("and Jorge Álvarez Máynez 10%"). A
    clause that shares none names no item of its own, but goes on with the one before ("stood
    at 10%, then was raised to 125%")."""
    own = clause_at(sentence, at)
    shared = len(counting.content_words(own) & label)
    if not shared and named_after_and(own, label, counting):
        return True
    if not shared and not own_side(own, label, counting):
        return False
    for offset, amount in amounts(sentence, counting):
        if amount.unit != unit or offset == at:
            continue
        clause = clause_at(sentence, offset)
        if clause != own and len(counting.content_words(clause) & label) > shared:
            return True
    return False


# A side named as a party, as each language opens a clause with it: "中方", "美方", "中国側",
# "중국 측" (before a particle).
SIDES = {"zh": r"[\u4e00-\u9fff]方", "ja": r"[\u4e00-\u9fff\u30a0-\u30ff]{1,6}側",
         "ko": r"[가-힣]{1,6}\s?측"}


def own_side(clause: str, label: set[str], counting: Counting) -> bool:
    """Tell whether a clause opens with a side of its own ("中方", "중국 측"), which the label's
    words do not name. A country's name alone may open a part of a list ("라오스 국적 2명")."""
    side = SIDES.get(counting.language.split("-")[0])
    opened = re.match(rf"\s*(?:{side})", clause) if side is not None else None
    named = opened[0].strip() if opened is not None else ""
    return bool(named) and not any(named in word or word in named for word in label)


def named_after_and(clause: str, label: set[str], counting: Counting) -> bool:
    """Tell whether a clause opens with "and" and a name, of one word in capitals or more,
    whose words the label's are none of, where names are capitalised: the amount after it is
    that one's ("Gálvez won 27%, and Jorge Álvarez Máynez 10%")."""
    language = counting.language.split("-")[0]
    if language not in AND or counting.capitalised_nouns:
        return False
    opened = re.match(rf"\s*(?:{words_pattern(AND[language])})\s+((?:[^\W\d_][\w'’.-]*\s+)"
                      r"{1,4})", clause, re.IGNORECASE)
    if opened is None:
        return False
    name = opened[1].split()
    capitals = [word for word in name if word[0].isupper()]
    if not capitals or not name[0][0].isupper():
        return False
    words = counting.content_words(" ".join(capitals))
    return bool(words) and not words & label
