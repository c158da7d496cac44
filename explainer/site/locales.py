"""A language's CLDR locale, and what Babel tells of it that Words needs: its own name, its
Open Graph tag, its digits, a day's fields as date patterns ask for them, and a list of names."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta

import markupsafe
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import DateTimeFormat, DateTimePattern, get_timezone_name, parse_pattern
from babel.lists import format_list

from ..content.languages import broader_tags

# The widths of an era's name by the number of G's in a pattern: 'BC', 'Before Christ', 'B'.
ERA_WIDTHS = {4: "wide", 5: "narrow"}
# How far ahead of the Gregorian years are those of the era a language's newsrooms date in,
# where it counts the Gregorian months and days: Thai papers write "30 กันยายน 2567", of the
# Buddhist era, the calendar CLDR's calendar preferences give Thailand first (and ICU's th_TH).
# Babel reads only the Gregorian calendar, and its era, "ค.ศ."; its patterns' 'y' is shifted.
ERA_YEARS = {"th": 543}
# The patterns of a day that a language's newsrooms write where CLDR's leaves out words they
# never do, by skeleton. CLDR's Vietnamese 'yMMMMd' is 'd MMMM y', "7 tháng 9 2024", which
# reads the year as a bare number after the month; its own month and year are 'MMMM 'năm' y',
# "tháng 9 năm 2024", and Vietnamese papers and state documents (Decree 30/2020 on them) write
# a day "ngày 7 tháng 9 năm 2024". The month names stay CLDR's.
DAY_PATTERNS = {"vi": {"yMMMMd": "'ngày' d MMMM 'năm' y",
                       "GyMMMMd": "'ngày' d MMMM 'năm' y G"}}


class DateFields:
    """A day's fields as a CLDR pattern asks for them ('d', 'MMMM', 'y'), for the % operator.

    The day, the month and the year are worked out here, with the month names read once per
    language; any rarer field is Babel's. Babel's own DateTimePattern.apply() does the same
    with a DateTimeFormat, whose making and lookups cost most of the time a date takes.

    A year BC, which no Python date holds, is given apart as a negative `year`, with a day of
    the same month and day of the month: the pattern's 'y' is then its number and 'G' its era.

    A day of a language that dates in another calendar (Persian's Solar Hijri) is given its
    year, month and day in it as `own`, with `months` that calendar's month names.
    """

    __slots__ = ("day", "months", "locale", "year", "own")

    def __init__(self, day: date, months: Callable[[str, int], Mapping[int, str]],
                 locale: Locale, year: int | None = None, shift: int = 0,
                 own: tuple[int, int, int] | None = None) -> None:
        self.day, self.months, self.locale, self.year = day, months, locale, year
        # The day's year (of the era it is written in: `shift`, as era_years), month and day.
        self.own = own or (day.year + shift, day.month, day.day)

    def __getitem__(self, name: str) -> str:
        char, length = name[0], len(name)
        if char == "d":
            return f"{self.own[2]:0{length}d}"
        if char == "y":
            year = f"{-self.year if self.year else self.own[0]:0{length}d}"
            return year[-2:] if length == 2 else year
        if char == "G" and self.year:
            return self.locale.eras[ERA_WIDTHS.get(length, "abbreviated")][0]
        if char in "ML":
            if length <= 2:
                return f"{self.own[1]:0{length}d}"
            return self.months(char, length)[self.own[1]]
        return DateTimeFormat(self.day, self.locale)[name]  # type: ignore[no-any-return]


def era_years(locale: Locale) -> int:
    """Return how far ahead of the Gregorian years are those a language dates in (543 for
    Thai's Buddhist era), 0 where it dates in the Gregorian calendar's own."""
    return ERA_YEARS.get(locale.language, 0)


def own_skeletons(locale: Locale) -> Mapping[str, DateTimePattern | str]:
    """Return CLDR's date patterns of a language by skeleton, with those its newsrooms write
    otherwise in their place (DAY_PATTERNS)."""
    own = DAY_PATTERNS.get(locale.language)
    return {**locale.datetime_skeletons, **own} if own else locale.datetime_skeletons


# A pattern's text in quotes, which names no field: "d 'de' MMMM".
QUOTED = re.compile(r"('(?:[^']|'')*')")
MONTH_IN_WORDS = re.compile(r"(?<![ML])([ML]{3,5})(?![ML])")


def month_as_asked(pattern: DateTimePattern, skeleton: str) -> DateTimePattern:
    """Return a pattern CLDR gives for a skeleton with its month in words as long as the
    skeleton asks, as ICU's pattern generator fits a pattern's fields to the skeleton: Serbian's
    'yMMMMd' is 'd. MMM y.', which would write "10. авг 2025." where the long date, and every
    Serbian newsroom, writes "10. август 2025."."""
    width = skeleton.count("M")
    if width < 3:
        return pattern
    parts = QUOTED.split(pattern.pattern)
    parts[::2] = [MONTH_IN_WORDS.sub(lambda month: month[1][0] * width, part)
                  for part in parts[::2]]
    fitted = "".join(parts)
    return pattern if fitted == pattern.pattern else parse_pattern(fitted)


@functools.cache
def og_locale(language: str) -> str:
    """Return a language tag as Open Graph's language_TERRITORY: fr -> fr_FR, fr-CA -> fr_CA."""
    parts = language.split("-")
    regions = [part for part in parts[1:] if len(part) == 2 or part.isdigit()]
    if regions and regions[0].isalpha():
        return f"{parts[0]}_{regions[0]}"
    likely = get_global("likely_subtags").get(parts[0], "")
    region = likely.split("_")[-1] if likely.count("_") else ""
    return f"{parts[0]}_{region}" if region.isalpha() and len(region) == 2 else parts[0]


@functools.cache
def own_name(language: str) -> str:
    """Return a language's name in that language, as CLDR gives it: English, français."""
    for tag in broader_tags(language):
        try:
            return Locale.parse(tag.replace("-", "_")).display_name or language
        except (UnknownLocaleError, ValueError):
            continue
    return language


def zone_name(moment: datetime, locale: Locale) -> str:
    """Return the short name CLDR gives a moment's time zone in a language ('EAT' in en-KE,
    'BST' in en-GB, 'UTC'), else its offset from UTC as the language writes one ('GMT+3',
    'UTC+5:30' in French), where Babel would give '+0300'."""
    name = get_timezone_name(moment, "short", locale=locale)
    if name[:1] not in "+-":
        return name
    minutes = int((moment.utcoffset() or timedelta()).total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    offset = "" if not minutes else \
        f"{'-' if minutes < 0 else '+'}{hours}" + (f":{rest:02d}" if rest else "")
    return str(locale.zone_formats["gmt"] % offset)


def listed(names: list[str], locale: Locale) -> str:
    """Return names as a language lists them (CLDR's "A, B and C"); names that are markup
    (links) give markup, the language's words escaped."""
    if not any(isinstance(name, markupsafe.Markup) for name in names):
        return format_list(names, locale=locale)
    places = [f"\0{place}\0" for place in range(len(names))]
    written = str(markupsafe.escape(format_list(places, locale=locale)))
    for place, name in zip(places, names, strict=True):
        written = written.replace(place, markupsafe.escape(name))
    return markupsafe.Markup(written)
