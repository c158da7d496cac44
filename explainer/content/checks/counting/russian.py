"""How Russian writes counts and amounts: as Ukrainian does, the patterns of both shared (see
eastslavic.py): "пять стран", "более 30 государств", "36 тыс. человек", "1,5 млрд рублей",
"2,5 процента"."""

from __future__ import annotations

from .eastslavic import COUNTING

__all__ = ["COUNTING"]
