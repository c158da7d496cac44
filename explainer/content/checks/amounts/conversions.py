"""A measure and its conversion in brackets that disagree: "31 inches (900 mm)", "140 mph
(260 km/h)", "15 feet (6.4 metres)", "40C (140F)".

A conversion is rounded, so a length in feet and one in metres are never one unit to the
other checks (see texts/measures.py); but the amount in brackets right after a measure is
that measure in another system, and a reader sees at once when the two are far apart (once:
not where an amount of the two is already warned of beside a key figure). The
conversion agrees when it is within a tenth of the exact one ("10 feet (3 m)", "1.4 million
miles (2.25 million km)"), a temperature within a degree and a half of it. A temperature
may be a change ("warming of 1.5C (2.7F)", "risen by 1.2C (2.2F)"), whose conversion has no
32 degrees to add: one within a degree and a half of either agrees.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ....errors import Problem
from ...context import line_of
from ...model import Explainer, TextMap
from ..counting import Counting
from ..texts.measures import measures
from ..texts.owntexts import own_texts
from ..texts.readings import Readings

# Each pair of units one converts to the other, and how: the other's amount of one of it.
FACTORS = {("ft", "m"): 0.3048, ("mph", "km/h"): 1.609344}
TEMPERATURES = {("°C", "°F"): lambda c: c * 9 / 5 + 32, ("°F", "°C"): lambda f: (f - 32) * 5 / 9}
CHANGES = {("°C", "°F"): 9 / 5, ("°F", "°C"): 5 / 9}  # a change of temperature, converted
# What stands between a measure and its conversion: an opening bracket, and at most two
# words of a qualifier ("about", "or some").
BETWEEN = re.compile(r"\s*[(\[]\s*(?:[^\W\d]+\.?\s+){0,2}\Z")
SHARE = 0.1  # how far a rounded conversion may stray from the exact one, of it
DEGREES = 1.5  # how far a rounded temperature may stray from the exact one


def check_conversions(explainer: Explainer, counting: Counting, readings: Readings,
                      warned: set[int | None]) -> Iterator[Problem]:
    """Warn where a measure's conversion in brackets is not that measure in the other unit,
    but on a line where a key figure's warning (`warned`, their lines) already names it."""
    for where, place, text in own_texts(explainer, lambda text: "(" in text or "[" in text):
        clean = readings.of_text(text).clean
        found = list(measures(clean, counting))
        for (start, end, value, unit), (then, last, other, its) in zip(found, found[1:],
                                                                           strict=False):
            exact = converted(value, unit, its)
            if exact is not None and BETWEEN.match(clean[end:then]) and not agrees(
                    other, exact, its) and not agrees(other, changed(value, unit, its), its):
                problem = mismatch(explainer, (where, place, text), (start, last), exact, its)
                if problem.line not in warned:
                    yield problem


def converted(value: float, unit: str, other: str) -> float | None:
    """Return a measure in the other unit, or None if the two are not one's conversion."""
    if (unit, other) in TEMPERATURES:
        return TEMPERATURES[unit, other](value)
    if (unit, other) in FACTORS:
        return value * FACTORS[unit, other]
    if (other, unit) in FACTORS:
        return value / FACTORS[other, unit]
    return None


def changed(value: float, unit: str, other: str) -> float | None:
    """Return a change of temperature in the other unit, or None if the two are no pair of
    temperatures."""
    return value * CHANGES[unit, other] if (unit, other) in CHANGES else None


def agrees(written: float, exact: float | None, unit: str) -> bool:
    """Tell whether a conversion as written is the exact one, rounded."""
    if exact is None:
        return False
    if unit in ("°C", "°F"):
        return abs(written - exact) <= DEGREES
    return abs(written - exact) <= SHARE * abs(exact)


def mismatch(explainer: Explainer, passage: tuple[str, TextMap, str], span: tuple[int, int],
             exact: float, unit: str) -> Problem:
    """Return the warning of a measure and its conversion, at span, that disagree."""
    where, place, text = passage
    shown = f"{exact:,.3g}"
    span = (span[0], span[1] + 1) if text[span[1]:span[1] + 1] in ")]" else span
    written = text[span[0]:span[1]].replace("*", "")  # "**140 mph** (260 km/h)"
    return Problem(explainer.display_path, *place.at(span[0]),
                   f"{where} gives '{written}', but the amount before the "
                   f"brackets is about {shown} {unit}",
                   "correct the conversion in brackets, or the amount before it",
                   line_of(text, span[0]), "warning")
