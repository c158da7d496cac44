"""How Norwegian (Bokmål: `nb`, and `no`) writes counts and amounts: as its neighbours do, the
patterns of the three shared (see scandinavian.py), its own words in scandinavianwords.py."""

from __future__ import annotations

from .scandinavian import counting
from .scandinavianwords import NORWEGIAN

COUNTING = counting(NORWEGIAN)
