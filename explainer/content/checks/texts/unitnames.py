"""The names a language writes the units of measures.py out in, from CLDR: "kilómetros" and
"kilómetro" of km, "километров", "километра" and "километр", "Meilen pro Stunde" of mph, in
each plural form CLDR gives; and the units CLDR names none of, composed of two it names by its
pattern of one per the other: "litros por metro cuadrado" of l/m², "metri cubi al secondo" of
m³/s. Only the site's languages are read, each once.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

from babel.numbers import format_decimal
from babel.units import format_compound_unit, format_unit, get_unit_name

from ...languages import cldr_locale

# CLDR's units, by the symbol measures.py gives each.
CLDR_UNITS = {
    "area-square-kilometer": "km²", "area-square-mile": "mi²", "area-hectare": "ha",
    "area-square-meter": "m²", "volume-cubic-kilometer": "km³", "volume-cubic-meter": "m³",
    "length-kilometer": "km", "length-meter": "m", "length-centimeter": "cm",
    "length-millimeter": "mm", "length-foot": "ft", "length-inch": "in", "length-yard": "yd",
    "length-mile": "mi", "speed-mile-per-hour": "mph", "speed-kilometer-per-hour": "km/h",
    "temperature-celsius": "°C", "temperature-fahrenheit": "°F", "power-watt": "W",
    "power-kilowatt": "kW", "power-megawatt": "MW", "power-gigawatt": "GW",
    "energy-kilowatt-hour": "kWh", "volume-liter": "l",
}
# The units CLDR names none of, as one of its units per another: rain in litres per square
# metre, a river's flow in cubic metres per second.
PER_UNITS = {("volume-liter", "area-square-meter"): "l/m²",
             ("volume-cubic-meter", "duration-second"): "m³/s"}
# Numbers of every plural form CLDR's languages give a unit (one, two, few, many, other).
SAMPLES = (0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 1.5)


@functools.cache
def unit_names(language: str) -> tuple[tuple[str, str], ...]:
    """Return (name, symbol) for each name CLDR writes a unit out in, in a language; none for
    a language CLDR does not know."""
    locale = cldr_locale(language)
    if locale is None:
        return ()
    names: dict[str, str] = {}
    for unit, symbol in CLDR_UNITS.items():
        spelled = forms(lambda value, unit=unit: format_unit(value, unit, length="long",
                                                              locale=locale), locale)
        shown = get_unit_name(unit, length="long", locale=locale) if spelled else None
        names |= {form: symbol for name in (*spelled, *([shown] if shown else ()))
                  if is_name(name, unit) for form in typed(name)}
    for (top, below), symbol in PER_UNITS.items():
        spelled = forms(lambda value, top=top, below=below: format_compound_unit(
            value, top, denominator_unit=below, length="long", locale=locale), locale)
        names |= {name: symbol for name in spelled if is_name(name, top)}
    return tuple(names.items())


def typed(name: str) -> tuple[str, ...]:
    """Return a name as writers type it: Arabic's accusative ending both ways, the alef before
    its two fathas or after them ("مترًا" and "متراً")."""
    if "\u064b\u0627" in name:
        return name, name.replace("\u064b\u0627", "\u0627\u064b")
    return (name,)


def forms(formatted: Callable[[float], str], locale: object) -> set[str]:
    """Return the names a unit takes after each of SAMPLES, the number left out; none where
    the name comes before its number ("mita 5", "時速5キロメートル")."""
    found = set()
    for value in SAMPLES:
        number, text = format_decimal(value, locale=locale), formatted(value)
        if text.startswith(number):
            found.add(" ".join(text[len(number):].split()))
    return found


def is_name(name: str, unit: str) -> bool:
    """Tell whether CLDR gave a name of its own, not the unit's code, a symbol or nothing."""
    return len(name) > 2 and unit not in name and not any(sign in name for sign in "{}/")


def unit_hints(language: str) -> tuple[str, ...]:
    """Return what a text must hold, lowercased, to write a unit out in a language: the part
    all the names of a unit share ("километр" of "километров" and "километра")."""
    by_symbol: dict[str, list[str]] = {}
    for name, symbol in unit_names(language):
        by_symbol.setdefault(symbol, []).append(name.lower())
    return tuple(sorted({os.path.commonprefix(names) if len(os.path.commonprefix(names)) > 2
                         else name for names in by_symbol.values() for name in names}))
