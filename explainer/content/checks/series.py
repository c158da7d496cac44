"""A series of clauses, each giving its own amount of one unit: "an early recovery phase
costing $5 billion, a first phase costing $20 billion, and a second costing $30 billion". A
figure's label ("cost of the early recovery phase") names one item of the series, the one
whose clause shares the most of its words; the other amounts of the unit are the other items,
not that figure's level, though the sentence as a whole shares the label's words with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .counting import Counting
from .sentences import clause_at

if TYPE_CHECKING:
    from .levels import Amounts


def another_item(sentence: str, at: int, label: set[str], unit: str, counting: Counting,
                 amounts: Amounts) -> bool:
    """Tell whether the amount of a unit at offset `at` of its sentence is one item of a
    series whose other item, another amount of the unit in a clause of its own, is the one the
    label's words (`label`) name: its clause shares more of them than the amount's does. A
    clause that shares none names no item of its own, but goes on with the one before ("stood
    at 10%, then was raised to 125%")."""
    own = clause_at(sentence, at)
    shared = len(counting.content_words(own) & label)
    if not shared:
        return False
    for offset, amount in amounts(sentence, counting):
        if amount.unit != unit or offset == at:
            continue
        clause = clause_at(sentence, offset)
        if clause != own and len(counting.content_words(clause) & label) > shared:
            return True
    return False
