"""Areas and lengths that the text and the key figures give by their unit's symbol or name:
"9,001 km²", "850 square kilometres", "3.500 Hektar", "1,200 sq mi", "120 km".

A symbol looks like no plural noun, so a count would never read it: each unit, in any of the
languages the checks read, is one unit here ('km²' of "km2", "sq km", "Quadratkilometer" and
"kilomètres carrés"), its number read as the explainer's language writes numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .counting import Counting

# Each unit by its symbols and names, as the languages the checks read write them.
UNITS = {
    "km²": ("km²", "km2", "sq km", "sq. km", "qkm", "Quadratkilometer", "Quadratkilometern",
            "square kilometres", "square kilometers", "square kilometre", "square kilometer",
            "kilomètres carrés", "kilómetros cuadrados", "chilometri quadrati",
            "quilômetros quadrados", "quilómetros quadrados"),
    "mi²": ("mi²", "sq mi", "sq. mi", "square miles", "square mile"),
    "ha": ("hectares", "hectare", "hectáreas", "ettari", "Hektar"),
    "km": ("km", "kilometres", "kilometers", "kilometer", "Kilometer", "Kilometern",
           "kilomètres", "kilómetros", "chilometri", "quilômetros", "quilómetros"),
}
BY_NAME = {name.lower(): unit for unit, names in UNITS.items() for name in names}
# What makes a length a speed ("130 km/h", "130 kilometres per hour", "130 km à l'heure"),
# which no figure's length is to be compared with.
PER_HOUR = (r"\s+(?:(?:per|an|a|à|al|por|pro|in\s+der|por\s+la|por\s+el)\s+(?:l['’])?|all['’])"
            r"(?:hour|h|heure|hora|ora|stunde)\b")
# A unit right after a number: the longest name first ("km²" before "km").
UNIT = re.compile(r"(?<=\d)[ \u00a0\u202f]?(?P<unit>" + "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(BY_NAME, key=len, reverse=True))
    + r")(?![\w²])(?!\s*/|" + PER_HOUR + ")", re.IGNORECASE)
# What a text must hold, lowercased, to give a unit: a quick test that spares most texts the
# search. Tested with `in`, in C: a case-blind pattern of these tries each at every character.
HINTS = ("km", "sq", "quadrat", "square", "kilom", "kilóm", "chilom", "quil", "mi²", "hect",
         "ettari", "hektar")


def measures(text: str, counting: Counting) -> Iterator[tuple[int, int, float, str]]:
    """Yield (start, end, value, unit) for every area or length a text gives by its unit."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return
    for unit in UNIT.finditer(text):
        before = list(counting.number.finditer(text, max(unit.start() - 30, 0), unit.start()))
        number = before[-1] if before else None  # the last, which ends where the unit starts
        if number is None or number.end() != unit.start() or \
                text[max(number.start() - 1, 0):number.start()].isalnum():
            continue
        said = " ".join(unit["unit"].lower().split())
        yield number.start(), unit.end(), counting.value(number), BY_NAME[said]
