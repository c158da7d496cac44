"""A day a sentence gives to another clause than its amount's: "California regulators closed
the bank on 10 March after its customers tried to withdraw $42 billion" dates the closing, and
its "after" opens a clause of an earlier time, so the $42 billion is no amount of "withdrawals
queued for 10 March", while "queued $100 billion of withdrawals on 10 March" still is."""

from __future__ import annotations

import re

from ..texts.days import stated_dates
from ..texts.sentences import sentence_at, sentence_start

# The words that open a clause of a time before or after the one the sentence is dated to.
OTHER_TIME = {"en": re.compile(r"\b(?:after|before)\b", re.IGNORECASE)}


def day_of_other_clause(text: str, end: int, label: str, language: str) -> bool:
    """Tell whether the label's days are given in the sentence of the amount that ends at
    `end` only before an "after" or "before" that opens the amount's clause."""
    opener = OTHER_TIME.get(language.split("-")[0])
    days = days_of(label, language) if opener is not None else frozenset()
    if opener is None or not days:
        return False  # most labels: no day
    start = sentence_start(text, end - 1)
    found = list(opener.finditer(text, start, end))
    if not found:
        return False
    last, close = found[-1], start + len(sentence_at(text, end - 1))  # it opens at start
    return bool(days & days_of(text[start:last.start()], language)) \
        and not days & days_of(text[last.end():close], language)


def days_of(text: str, language: str) -> frozenset[tuple[int, int]]:
    """Return the days a text gives to the day, each as its month and day."""
    return frozenset((stated.month, stated.day) for stated in stated_dates(text, language)
                     if stated.day is not None)
