"""Areas, lengths, speeds, temperatures, power, energy and differences of percentages that
the text and the key figures give by their unit's symbol or name: "9,001 km²", "850 square
kilometres", "3.500 Hektar", "1,200 sq mi", "120 km", "3.300 metri", "10 feet", "18 inches",
"130 mph" (or "a 130-mph wind"), "210 km/h", "47.2 °C", "47.2C", "117 degrees Fahrenheit",
"150 MW", "415 terawatt-hours", "0.5 percentage points", "50 basis points".

A symbol looks like no plural noun, so a count would never read it: each unit, in any of the
languages the checks read, is one unit here ('km²' of "km2", "sq km", "Quadratkilometer" and
"kilomètres carrés"), its number read as the explainer's language writes numbers. A length is
in metres, whichever of its units gives it: "3,3 km" is "3.300 metri", as a newsroom writes a
span in one place and its figure in the other; and a difference of percentages in percentage
points: "50 basis points" is "0.5 percentage points", "0,25 Prozentpunkte" "25 Basispunkte".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..counting import Counting
from ..counting.signs import sign_at
from .magnitudes import magnitudes
from .unitnames import unit_hints, unit_names


def watts(name: str) -> tuple[str, ...]:
    """Return the names of a multiple of the watt in the languages the checks read:
    "megawatts", "Megawatt", "mégawatts", "megavatios"."""
    accented = name.replace("e", "é", 1)  # "mégawatts", "térawatts"
    return (f"{name}watts", f"{name}watt", f"{name.capitalize()}watt", f"{accented}watts",
            f"{name}vatios", f"{name}vatio")


def watt_hours(name: str) -> tuple[str, ...]:
    """Return the names of a multiple of the watt-hour: "terawatt-hours", "Terawattstunden",
    "térawattheures", "teravatios hora"."""
    accented = name.replace("e", "é", 1)
    return (f"{name}watt-hours", f"{name}watt hours", f"{name}watt-hour",
            f"{name.capitalize()}wattstunden", f"{accented}wattheures", f"{name}vatios hora",
            f"{name}vatios-hora")


# Each unit by its symbols and names, as the languages the checks read write them.
UNITS = {
    "km²": ("km²", "km2", "sq km", "sq. km", "qkm", "Quadratkilometer", "Quadratkilometern",
            "square kilometres", "square kilometers", "square kilometre", "square kilometer",
            "kilomètres carrés", "kilómetros cuadrados", "chilometri quadrati",
            "quilômetros quadrados", "quilómetros quadrados", "ki-lô-mét vuông", "км²", "км2",
            "кв. км", "квадратных километров", "квадратних кілометрів"),
    "km³": ("km³", "km3", "cubic kilometres", "cubic kilometers", "км³", "км3", "куб. км",
            "кубических километров", "кубических километра", "кубічних кілометрів",
            "кубічних кілометра", "кубічні кілометри"),
    "mi²": ("mi²", "sq mi", "sq. mi", "square miles", "square mile"),
    "ha": ("hectares", "hectare", "hectáreas", "ettari", "Hektar", "гектаров", "гектара",
           "гектарів", "гектари"),
    "km": ("km", "kilometres", "kilometers", "kilometer", "Kilometer", "Kilometern",
           "kilomètres", "kilómetros", "chilometri", "quilômetros", "quilómetros", "ki-lô-mét",
           "км", "километров", "километра", "кілометрів", "кілометра", "кілометри"),
    # Not "metro", a city's railway as often ("10 metro stations"), nor a bare "m" joined to
    # its number ("5m people" are five million): see METRE.
    # Areas and volumes in metres, so that "100 metri quadrati" gives no length.
    "m²": ("m²", "m2", "sq m", "square metres", "square meters", "Quadratmeter", "mètres carrés",
           "metros cuadrados", "metri quadrati", "metros quadrados", "м²", "квадратных метров",
           "квадратних метрів"),
    "m³": ("m³", "m3", "cubic metres", "cubic meters", "Kubikmeter", "mètres cubes",
           "metros cúbicos", "metri cubi", "м³", "кубометров", "кубометрів",
           "кубических метров", "кубічних метрів"),
    "m": ("metres", "meters", "metre", "meter", "Metern", "mètres", "mètre", "metros", "metri",
          "mét", "метров", "метра", "метрів", "метри"),
    "cm": ("cm", "centimetres", "centimeters", "Zentimeter", "centimètres", "centímetros",
           "centimetri"),
    "mm": ("mm", "millimetres", "millimeters", "Millimeter", "millimètres", "milímetros",
           "millimetri"),
    # Feet, inches, yards and miles are one length too, in feet: a US newsroom's "a storm
    # surge of 10 feet" and "120 inches of snow" (not "in", a word as often, nor "mi").
    "ft": ("feet", "foot", "ft"),
    "in": ("inches", "inch"),
    "yd": ("yards", "yard", "yd"),
    "mi": ("miles", "mile"),
    "mph": ("mph", "miles per hour", "miles an hour", "mile per hour"),
    "km/h": ("km/h", "kph", "kmh", "km/hr", "kilometres per hour", "kilometers per hour",
             "kilometres an hour", "kilometers an hour", "kilomètres par heure",
             "kilomètres à l'heure", "kilómetros por hora", "Stundenkilometer",
             "Stundenkilometern", "chilometri orari", "chilometri all'ora",
             "quilômetros por hora", "quilómetros por hora", "km/giờ", "km một giờ",
             "ki-lô-mét/giờ", "км/ч", "км/год"),
    "°C": ("°C", "° C", "ºC", "℃", "degrees Celsius", "degrees C", "degrees centigrade",
           "Grad Celsius", "degrés Celsius", "grados Celsius", "grados centígrados",
           "gradi Celsius", "gradi centigradi", "graus Celsius", "độ C", "градусов Цельсия",
           "градуса Цельсия", "градусів Цельсія"),
    # A difference of percentages, in percentage points or in hundredths of one, basis
    # points: "0.5 percentage points" is "50 basis points" (see POINTS).
    "pp": ("percentage points", "percentage point", "pp", "ppt", "ppts", "Prozentpunkte",
           "Prozentpunkten", "Prozentpunkt", "points de pourcentage", "point de pourcentage",
           "puntos porcentuales", "punto porcentual", "punti percentuali", "punto percentuale",
           "pontos percentuais", "ponto percentual"),
    "bp": ("basis points", "basis point", "bps", "bp", "Basispunkte", "Basispunkten",
           "Basispunkt", "points de base", "point de base", "puntos básicos", "punto básico",
           "punti base", "punto base", "pontos-base", "pontos base", "ponto-base", "ponto base"),
    # Rain in litres per square metre, a river's flow in cubic metres per second: by their
    # symbols; their names, and the litre's, are CLDR's (unitnames.py).
    "l": (),
    "l/m²": ("l/m²", "l/m2", "L/m²", "L/m2"),
    "m³/s": ("m³/s", "m3/s"),
    "°F": ("°F", "° F", "ºF", "℉", "degrees Fahrenheit", "degrees F", "Grad Fahrenheit",
           "degrés Fahrenheit", "grados Fahrenheit", "gradi Fahrenheit", "graus Fahrenheit"),
    # Power and energy, in watts and watt-hours whichever prefix gives them (see WATTS); not
    # a bare "W", a letter of names as often.
    **{prefix + "W": (prefix + "W", *watts(name)) for prefix, name in
       (("k", "kilo"), ("M", "mega"), ("G", "giga"), ("T", "tera"))},
    "W": ("watts", "watt", "Watt", "vatios", "vatio"),
    **{prefix + "Wh": (prefix + "Wh", *watt_hours(name)) for prefix, name in
       (("k", "kilo"), ("M", "mega"), ("G", "giga"), ("T", "tera"))},
}
# The lengths, each in metres or in feet: never one in the other, as a conversion in brackets
# is rounded ("10 feet (3 m)"), and each is held against the figures in its own system.
LENGTHS = {"km": (1000.0, "m"), "m": (1.0, "m"), "cm": (0.01, "m"), "mm": (0.001, "m"),
           "ft": (1.0, "ft"), "in": (1 / 12, "ft"), "yd": (3.0, "ft"), "mi": (5280.0, "ft")}
# Power in watts and energy in watt-hours, whichever multiple gives them: "150 MW" is "0.15 GW".
WATTS = {symbol + unit: (size, unit) for unit in ("W", "Wh") for symbol, size in
         (("", 1.0), ("k", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12))}
SCALED = LENGTHS | WATTS
# The differences of percentages, in percentage points.
POINTS = {"pp": 1.0, "bp": 0.01}
# A temperature's letter right after its number, as newsrooms print it ("47.2C", "117F"): a
# capital, never after a space ("Section 40 C") and never a small letter ("5c" is five cents).
LETTERS = {"C": "°C", "F": "°F"}
BY_NAME = {name.lower(): unit for unit, names in UNITS.items() for name in names}
# What makes a length a speed ("130 km/h", "130 kilometres per hour", "130 km à l'heure", "6
# feet per second"), which no figure's length is to be compared with; the speeds UNITS names
# are speeds.
PER_HOUR = (r"\s+(?:(?:per|an|a|à|al|por|pro|in\s+der|por\s+la|por\s+el)\s+(?:l['’])?|all['’])"
            r"(?:hour|h|heure|hora|ora|stunde|second|seconde|segundo|secondo|sekunde|minute|"
            r"minuto)\b")
NOT_SPEED = r"(?![\w²])(?!\s*/|" + PER_HOUR + ")"
# What a text must hold, lowercased, to give a unit: a quick test that spares most texts the
# search. Tested with `in`, in C: a case-blind pattern of these tries each at every character.
HINTS = ("km", "sq", "quadrat", "square", "kilom", "kilóm", "chilom", "quil", "mi²", "hect",
         "ettari", "hektar", "°", "º", "℃", "℉", "celsius", "fahrenheit", "degrees c",
         "degrees f", "centigrad", "centígrad", "mph", "kph", "kmh", "miles", "stundenkilo",
         "metr", "mètr", "mét", "độ c", "ki-lô", "км", "метр", "гектар", "м²", "м³", "цельс",
         "meter", "centim", "zentim", "millim", "milím", "m²", "m³", "feet", "foot", "inch",
         "yard", "mile", "percentage point", "basis point", "prozentpunkt", "basispunkt",
         "points de", "point de", "puntos", "punto", "punti", "pontos", "ponto", "watt", "vatio",
         "l/m")
# The quick test for "47.2C", "5,35 m", "120 mm", "2m3", "10ft", "a 10-ft wall" and "50bp",
# case and all ("ft" is in too many words to be a hint).
LETTER_HINT = re.compile(r"\d(?:[CF]|[ \u00a0\u202f]?(?:[cm]?m\d?|bps?|ppts?|pp|[kMGT]Wh?)"
                         r"|[ \u00a0\u202f-]?(?:ft|yd))\b")


@dataclass(frozen=True)
class Units:
    """The units a text of a language is read with: each name's symbol, a unit right after a
    number, one after a number's scale word, and what a text must hold to give one."""

    by_name: Mapping[str, str]
    unit: re.Pattern[str]
    scaled_unit: re.Pattern[str]
    hints: tuple[str, ...]


@functools.cache
def units_of(language: str) -> Units:
    """Return the units of UNITS, and the names CLDR writes them out in, in a language."""
    by_name = {name.lower(): unit for name, unit in unit_names(language)} | BY_NAME
    # A unit by its name or symbol: the longest name first ("km²" before "km").
    named = (r"[ \u00a0\u202f-]?(?P<unit>" + "|".join(
        re.escape(name).replace(r"\ ", r"\s+")
        for name in sorted(by_name, key=len, reverse=True)) + r")")
    # A unit right after a number.
    unit = re.compile(r"(?<=\d)(?:(?-i:(?P<letter>[CF]))|(?-i:(?P<metre>[ \u00a0\u202f]m))"
                      r"(?![\w²³])|" + named + ")" + NOT_SPEED, re.IGNORECASE)
    # A unit after a number's scale word, by its name alone ("2.9 million km", "1,5 milioni
    # di chilometri", "2,25 millions de kilomètres"): a bare "m" after "million" is no metre.
    scaled = re.compile(r"(?:\s+(?:de|di)(?=\s))?" + named + NOT_SPEED, re.IGNORECASE)
    hints = HINTS + tuple(hint for hint in unit_hints(language)
                          if not any(known in hint for known in HINTS))
    return Units(MappingProxyType(by_name), unit, scaled, hints)


# What makes a temperature or a speed a difference from another, not a level: a comparison
# after it ("1.5C above pre-industrial levels", "2C warmer", "10C above normal", "1,5 °C
# au-dessus des niveaux préindustriels", "2 °C plus élevé", "60 mph below the peak") or
# warming around it ("1.5C of warming", "a warming of 1.2C"). It is a change, as "has risen
# 1.2C" is.
DIFFERENCES = ("°C", "°F", "mph", "km/h")
DIFFERENCE_AFTER = re.compile(
    r"\s+(?:above|below|warmer|hotter|cooler|colder|higher|lower|faster|slower|of\s+warming|"
    r"plus\s+(?:élev|chaud|haut|bas|froid|faible|rapide|lent)\w*|au-dessus|"
    r"au-dessous|en\s+dessous|de\s+plus|de\s+moins|de\s+réchauffement|por\s+encima|"
    r"por\s+debajo|más\s+que|más\s+de\s+lo|de\s+calentamiento|über|unter|wärmer|kälter|"
    r"in\s+più|in\s+meno|sopra|sotto|di\s+riscaldamento|acima|abaixo|a\s+mais|a\s+menos|"
    r"de\s+aquecimento)(?!\w)", re.IGNORECASE)
DIFFERENCE_BEFORE = re.compile(
    r"(?:warming|réchauffement|calentamiento|Erwärmung|riscaldamento|aquecimento)\s+"
    r"(?:of|de|d['’]|um|di|del|du)?\s*(?:\S+\s+)?\Z", re.IGNORECASE)


def is_measure(unit: str) -> bool:
    """Tell whether a unit (without the time it is per) measures, as money, a percentage, an
    area, a length or a temperature do, rather than counts a noun ("officer", "day"), which says
    what it counts: '%', a measure's symbol, or what a noun's stem, in small letters, is not
    (a currency's code, "USD"; a change's, "\u0394%")."""
    return unit == "%" or unit in UNITS or unit != unit.lower()


def without_own_per(text: str, language: str) -> str:
    """Return a text without the units that say "per" of their own ("491 l/m²", "771,8 litros
    por metro cuadrado", "130 km/h"): they give no amount per a square metre or an hour."""
    units = units_of(language)
    return units.unit.sub(lambda unit: " " if "/" in symbol_of(unit, units) else unit[0], text)


def is_difference(text: str, start: int, end: int, unit: str) -> bool:
    """Tell whether the temperature or speed from start to end is a difference from another
    one (see DIFFERENCE_AFTER), not a level: "1.5C above pre-industrial levels" is no record
    of 1.5C."""
    return unit in DIFFERENCES and (
        DIFFERENCE_AFTER.match(text, end) is not None
        or DIFFERENCE_BEFORE.search(text, max(start - 40, 0), start) is not None)


def measures(text: str, counting: Counting) -> Iterator[tuple[int, int, float, str]]:
    """Yield (start, end, value, unit) for every area, length, speed or temperature a text
    gives by its unit, and every earthquake's magnitude (see magnitudes.py)."""
    yield from magnitudes(text, counting.language)
    lowered, units = text.lower(), units_of(counting.language)
    if not any(hint in lowered for hint in units.hints) and not LETTER_HINT.search(text):
        return
    for number, unit in numbers_and_units(text, counting, units):
        start, value = number.start(), counting.value(number)
        symbol = symbol_of(unit, units)
        if symbol in SCALED:  # "3,3 km" is 3,300 metres, to a few digits: not 3,299.99...
            size, symbol = SCALED[symbol]
            value = float(f"{value * size:.12g}")
        if symbol in POINTS:  # "50 basis points" is 0.5 percentage points
            symbol, value = "pp", float(f"{value * POINTS[symbol]:.12g}")
        sign = sign_at(text, start, counting.language) if symbol in LETTERS.values() else None
        if sign is not None:  # "-173 °C", "minus 40 °C", not 173 °C; but "10-15C" is a range
            start, value = sign, -value
        yield start, unit.end(), value, symbol


def numbers_and_units(text: str, counting: Counting, units: Units
                      ) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Yield (number, unit) for each unit a text gives right after a number, or after the
    number's scale word ("2.9 million km"), in the text's order."""
    found = []
    for unit in units.unit.finditer(text):
        before = list(counting.number.finditer(text, max(unit.start() - 30, 0), unit.start()))
        number = before[-1] if before else None  # the last, which ends where the unit starts
        if number is not None and number.end() == unit.start():
            found.append((number, unit))
    for number in counting.number.finditer(text):
        if number[0][-1].isalpha() and (unit := units.scaled_unit.match(text, number.end())):
            found.append((number, unit))
    return iter(sorted(((n, u) for n, u in found
                        if not text[max(n.start() - 1, 0):n.start()].isalnum()),
                       key=lambda pair: pair[0].start()))


def symbol_of(unit: re.Match[str], units: Units) -> str:
    """Return the symbol of a unit as a language's units found it: "km²" of "square
    kilometres"."""
    found = unit.groupdict()
    if found.get("letter"):
        return LETTERS[found["letter"]]
    return "m" if found.get("metre") else \
        units.by_name[" ".join(unit["unit"].lower().split())]
