"""The world's currencies as CLDR writes them, for the languages that read amounts of money.

A currency is read by its ISO 4217 code ("CHF 1.4 billion", "3,000 INR"), by its sign where
CLDR gives it one character in the language ("₹5,900 crore", "₩3 trillion"), or by its name
in the plural ("1.2 billion Swiss francs"). The codes are those some territory pays in today,
so that a word in capitals ("BEF", once the Belgian franc) is seldom taken for one.
"""

from __future__ import annotations

import functools

from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

# Signs that more than one currency writes, which each language reads its own way ("$").
SHARED_SIGNS = frozenset("$¤")


@functools.cache
def current_codes() -> frozenset[str]:
    """Return the ISO 4217 codes of the currencies some territory pays in."""
    return frozenset(code for territory in get_global("territory_currencies")
                     for code in get_territory_currencies(territory))


@functools.cache
def signs(language: str) -> dict[str, str]:
    """Return the currencies that a language's CLDR writes with a sign of one character of
    their own ('₹', '₩'), by sign."""
    return {sign: code for code, sign in Locale.parse(language).currency_symbols.items()
            if len(sign) == 1 and sign not in SHARED_SIGNS and code in current_codes()}


@functools.cache
def plural_names(language: str) -> dict[str, str]:
    """Return each current currency's name in the plural, lowercased ('swiss francs'), with
    its code."""
    return {get_currency_name(code, 2, language).lower(): code
            for code in sorted(current_codes())}


def region_pays_in(tag: str) -> str | None:
    """Return the currency of a regional tag's territory ('INR' of 'en-IN'), or None."""
    regions = [part.upper() for part in tag.split("-")[1:] if len(part) == 2 and part.isalpha()]
    found = get_territory_currencies(regions[0]) if regions else []
    return found[0] if found else None
