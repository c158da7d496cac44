"""The offsets from UTC that a time's zone, as a text names it after the time, stands for.

A zone is named by its offset ("UTC+2", "GMT-05:00", "UTC") or by the short name CLDR gives it
in the explainer's language or in English, which newsrooms everywhere write ("EST", "BST",
"MESZ"): a name stands for the offset its zone had on the day of the time, as zoneinfo knows
it ("ET" is -05:00 in January and -04:00 in July). A name CLDR gives to zones of several
offsets ("IST": India's, Ireland's, Israel's) stands for none, nor does a name it does not know.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.localedata import locale_identifiers

from ...languages import cldr_locale, language_locale

# An offset written after UTC or GMT: "UTC+2", "GMT -5", "UTC+05:30", "UTC−3".
GIVEN = re.compile(r"(?:UTC|GMT)(?:\s?(?P<sign>[+\-\u2212])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)?")
ENGLISH = "en"
HOUR = 60


def zone_offset(zone: str, language: str, day: date) -> int | None:
    """Return the offset from UTC, in minutes, that a zone named after a time stands for on a
    day; None for a zone whose offset is not known, or not one."""
    given = GIVEN.fullmatch(zone)
    if given is not None:
        hours, minutes = int(given["h"] or 0), int(given["m"] or 0)
        return (-1 if given["sign"] in ("-", "\u2212") else 1) * (hours * HOUR + minutes)
    offsets = {metazone_offset(metazone, kind, day)
               for metazone, kind in zone_names(language).get(zone, ())}
    return offsets.pop() if len(offsets) == 1 else None


@functools.cache  # once per language
def zone_names(language: str) -> dict[str, frozenset[tuple[str, str]]]:
    """Return the short names of zones that a text in a language may give, each with the
    zones (CLDR's metazones) and kinds (standard, daylight, generic) it names."""
    locale = cldr_locale(language)
    own = language_locale(locale) if locale is not None else ENGLISH
    return short_names(own) if own == ENGLISH else merged(short_names(own), short_names(ENGLISH))


def merged(*tables: dict[str, frozenset[tuple[str, str]]]) -> dict[str, frozenset[tuple[str, str]]]:
    """Return the names of several tables, each with the zones all of them give it."""
    names: dict[str, frozenset[tuple[str, str]]] = {}
    for table in tables:
        for name, zones in table.items():
            names[name] = names.get(name, frozenset()) | zones
    return names


@functools.cache  # CLDR's regions of a language are read once
def short_names(language: str) -> dict[str, frozenset[tuple[str, str]]]:
    """Return the short zone names CLDR gives in a language's locales (en, en_GB, en_AU)."""
    names: dict[str, set[tuple[str, str]]] = {}
    for tag in locale_identifiers():
        if tag != language and not tag.startswith(language + "_"):
            continue
        try:
            zones = Locale.parse(tag).meta_zones
        except (UnknownLocaleError, ValueError):
            continue
        for metazone, named in zones.items():
            for kind, name in dict(named.get("short", {})).items():
                if name.isalpha() and name.isupper():  # not CLDR's "∅∅∅", no name
                    names.setdefault(name, set()).add((metazone, kind))
    return {name: frozenset(zones) for name, zones in names.items()}


@functools.cache
def metazone_offset(metazone: str, kind: str, day: date) -> int | None:
    """Return the offset of a CLDR metazone on a day, in minutes: that of most of its zones,
    their standard time's, their summer time's or what their clocks showed (generic)."""
    found: Counter[int] = Counter()
    for name, zone in get_global("meta_zones").items():
        if zone != metazone:
            continue
        try:
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            continue
        shown, summer = noon.utcoffset() or timedelta(), noon.dst() or timedelta()
        standard = shown - summer
        offset = shown if kind == "generic" else standard if kind == "standard" else \
            (shown if summer else standard + timedelta(hours=1))
        found[int(offset.total_seconds()) // 60] += 1
    return found.most_common(1)[0][0] if found else None
