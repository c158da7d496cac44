"""The days a Persian text gives in the Solar Hijri calendar, as Iran's newsrooms write them:
the day, the month's name and the year, "۱۵ تیر ۱۴۰۳" (5 July 2024), "۱۵ تیرماه ۱۴۰۳", with
CLDR's month names (the Afghan ones of fa-AF: حمل, ثور, ...). A day without its year, "۸ مرداد",
is read in the Solar Hijri year that puts it nearest a day the explainer's events have, as a
Gregorian day without its year is read in its event's; with no such days, it is not read."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from importlib.resources import files

from ...languages import broader_tags
from ...numerals import latin_digits
from ...solarhijri import FIRST_HALF, dates_in_solar_hijri, new_year
from .days import Stated

CALENDARS = files("explainer") / "data" / "cldr_persian.json"


@functools.cache
def solar_months(language: str) -> dict[str, int]:
    """Return the Solar Hijri month names of a language that dates in the calendar, by month
    (1 for Farvardin); empty for any other."""
    if not dates_in_solar_hijri(language):
        return {}
    calendars = json.loads(CALENDARS.read_text(encoding="utf-8"))["calendars"]
    tag = next((tag for tag in broader_tags(language) if tag in calendars), None)
    if tag is None:
        return {}
    return {name: month for context in calendars[tag]["months"].values()
            for names in context.values() for month, name in enumerate(names, 1)}


@functools.cache
def solar_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a Solar Hijri day in a language's text: the day, the month
    (perhaps with "ماه", month, after it or joined to it) and the year, if it says one."""
    months = solar_months(language)
    if not months:
        return None
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])(?P<day>[0-3]?\d)\s+(?P<month>{names})(?:[\s\u200c]*ماه)?"
                      r"(?:(?:\s+سال)?\s+(?P<year>1[34]\d\d)(?!\d))?(?![\w\u200c])")


def gregorian(year: int, month: int, day: int) -> date | None:
    """Return the Gregorian day of a Solar Hijri one; None for a day its month does not
    have."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    first, _ = new_year(year)
    offset = (month - 1) * 31 if month <= 6 else FIRST_HALF + (month - 7) * 30
    return first + timedelta(days=offset + day - 1)


def solar_days(text: str, language: str, near: frozenset[date] = frozenset()
               ) -> Iterator[Stated]:
    """Yield each Solar Hijri day a text gives, as the Gregorian day it is: one without its
    year in the Solar Hijri year that puts it nearest a day of `near` (none if it is empty)."""
    pattern = solar_pattern(language)
    if pattern is None:
        return
    for found in pattern.finditer(latin_digits(text)):
        month, of_month = solar_months(language)[found["month"]], int(found["day"])
        day = gregorian(int(found["year"]), month, of_month) if found["year"] \
            else nearest(month, of_month, near)
        if day is not None:
            yield Stated(day.day, day.year, day.month, found.start(), found.end())


def nearest(month: int, of_month: int, near: frozenset[date]) -> date | None:
    """Return the Gregorian day of a Solar Hijri day without its year, in the year that puts
    it nearest one of the days near; None if there are none."""
    years = {day.year - shift for day in near for shift in (622, 621)}
    found = [day for year in years if (day := gregorian(year, month, of_month)) is not None]
    return min(found, key=lambda day: min(abs((day - other).days) for other in near),
               default=None)
