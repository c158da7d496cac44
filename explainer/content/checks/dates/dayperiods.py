"""The parts of the day a language names after a time of day, as CLDR gives them: "a las 8.21
de la noche" is 20:21, "à 8 h 21 du soir", "alle 8.21 di sera", "às 8h21 da noite", "um 8.21
Uhr abends", "в 8:21 вечера" and "at 8:21 in the evening" too; "de la mañana" keeps 8:21."""

from __future__ import annotations

import functools
import re
from datetime import time

from babel.dates import get_period_id, get_period_names

from ...languages import cldr_locale

# The widths of CLDR's names of a part of the day that newsrooms write out ("de la noche" is
# Spanish's abbreviated one); "a.m." and "p.m." are read with the time itself.
WIDTHS = ("wide", "abbreviated")
HALVES = ("am", "pm")
# How many hours past a part of the day as CLDR bounds it a time named in it may be: "a las 8
# de la tarde" is 20:00 in Spain, where CLDR ends the afternoon at 20:00.
NEAR = 2


@functools.cache
def day_periods(language: str) -> tuple[re.Pattern[str], dict[str, frozenset[int]]] | None:
    """Return the pattern of a part of the day named right after a time, in a language, and
    the hours each name holds on the 24-hour clock; None where CLDR names none."""
    locale = cldr_locale(language)
    if locale is None:
        return None
    hours: dict[str, set[int]] = {}
    for hour in range(24):  # half past, so that noon and midnight, an instant, are none
        for kind in ("format", "selection"):
            hours.setdefault(get_period_id(time(hour, 30), type=kind, locale=locale),
                             set()).add(hour)
    named: dict[str, set[int]] = {}
    for width in WIDTHS:
        for period, name in get_period_names(width, "format", locale).items():
            if period not in HALVES and period in hours and len(name) > 3 \
                    and not name.endswith("."):
                named.setdefault(name.lower(), set()).update(hours[period])
    if not named:
        return None
    pattern = re.compile(r"\s+(?P<part>" + "|".join(
        re.escape(name).replace(r"\ ", r"\s+").replace("’", "['’]")
        for name in sorted(named, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
    return pattern, {name: frozenset(held) for name, held in named.items()}


def in_part_of_day(text: str, end: int, hours: tuple[int, ...],
                   language: str) -> tuple[tuple[int, ...], int] | None:
    """Return the hours a time ending at end may be in the part of the day named right after
    it, and where that name ends; None if none is named or none of the hours is in it."""
    periods = day_periods(language)
    found = periods[0].match(text, end) if periods else None
    if found is None or periods is None:
        return None
    held = periods[1][" ".join(found["part"].lower().split()).replace("'", "’")]
    both = {hour % 12 + half for hour in hours if hour <= 12 for half in (0, 12)} | set(hours)
    named = tuple(sorted(hour for hour in both if hour in held))
    if not named:  # "a las 8 de la tarde", 20:00, an hour past CLDR's afternoon: the half nearer
        near = {hour: min(min(abs(hour - one), 24 - abs(hour - one)) for one in held)
                for hour in both}
        named = tuple(sorted(hour for hour, far in near.items()
                             if far <= NEAR and far == min(near.values())))
    return (named, found.end()) if named else None
