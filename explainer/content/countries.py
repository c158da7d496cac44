"""Resolve country names and codes to ISO 3166-1 through pycountry."""

from __future__ import annotations

import difflib
from functools import cache

import pycountry

from .model import Country


@cache
def _index() -> dict[str, Country]:
    """Map every lowercased name and code pycountry knows to a Country."""
    index: dict[str, Country] = {}
    for record in pycountry.countries:
        country = Country(record.alpha_2, display_name(record), record.numeric)
        for attr in ("alpha_2", "alpha_3", "name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value:
                index.setdefault(value.lower(), country)
    return index


def display_name(record: object) -> str:
    """Return the name readers know a country by: Bolivia, not its full ISO name."""
    return getattr(record, "common_name", None) or record.name  # type: ignore[attr-defined]


def resolve_country(text: str) -> Country | None:
    """Return the country a name or ISO code stands for, or None."""
    return _index().get(text.strip().lower())


def suggest_country(text: str) -> str | None:
    """Return the closest country name to a misspelt one, or None."""
    names = sorted({c.name for c in _index().values()})
    lowered = {n.lower(): n for n in names}
    matches = difflib.get_close_matches(text.strip().lower(), list(lowered), n=1, cutoff=0.7)
    return lowered[matches[0]] if matches else None
