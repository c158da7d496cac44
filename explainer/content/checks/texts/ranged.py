"""The ranges of the text and of the key figures: a figure whose value is a range
("4.75%–5%") has two ends, which the text may give alone ("the rate tops out at 5%") or as a
range of its own ("a range of 4.5%–5%"), whose low end is held against the low ends of the
figures' ranges and whose high end against their high ends; beside a figure that is no range,
a range of the text is bounds, not a value ("rates of 25% to 90%")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Figure
from ..counting import Counting
from .counted import Amount

if TYPE_CHECKING:
    from ..amounts.levels import Known

DIGIT = re.compile(r"\d")


def ranged(figure: Figure, counting: Counting) -> bool:
    """Tell whether a figure's value is a range ("4.75%–5%"), whose ends a range of the text
    ("a range of 4.5%–5%") may give, or fail to."""
    return bool(counting.ranges(counting.localised(figure.value)))


def low_ends(known: Known) -> dict[int, bool]:
    """Return, by the id of each end of a figure's range ("4.75%–5%"), whether it is the low
    one, which the low end of a range of the text is held against ("4.5%–5%")."""
    ends: dict[tuple[int, str], list[Amount]] = {}
    for figure, amount, _ in known:
        ends.setdefault((id(figure), amount.unit), []).append(amount)
    return {id(end): end.value == min(other.value for other in both)
            for both in ends.values() if len(both) == 2 for end in both}


def low_end(text: str, offset: int, ranges: list[tuple[int, int]]) -> bool | None:
    """Tell whether the amount at offset is the low end of a range of the text (its first),
    or the high one; None when it is no end of a range."""
    span = next(((start, end) for start, end in ranges if start <= offset < end), None)
    return None if span is None else DIGIT.search(text, span[0], offset) is None


def without_range(text: str, around: str, offset: int, counting: Counting) -> str:
    """Return the sentence (around) of the amount at offset without the range the amount is
    an end of: the other end ("5%" of "4.5%–5%") is no other figure the sentence gives."""
    at = offset - max(text.rfind(around, 0, offset + len(around)), 0)
    for start, end in counting.ranges(around):
        if start <= at < end:
            return around[:start] + " " * (end - start) + around[end:]
    return around
