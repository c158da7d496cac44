"""The calendars a language dates in, with CLDR's words for them: the Gregorian one (through
Babel), and the Solar Hijri one of Persian pages (vendored in data/cldr_persian.json by
scripts/update_solar_hijri.py): its month names ("آذر", and Afghanistan's "قوس") and its date
patterns ('d MMMM y')."""

from __future__ import annotations

import functools
import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from importlib.resources import files

from babel import Locale
from babel.dates import DateTimePattern, get_month_names, match_skeleton, parse_pattern

from ..content.languages import broader_tags
from ..content.model import FuzzyDate
from ..content.solarhijri import dates_in_solar_hijri, solar_hijri
from .locales import DateFields, month_as_asked, own_skeletons

CALENDARS = files("explainer") / "data" / "cldr_persian.json"
WIDTHS = {3: "abbreviated", 4: "wide", 5: "narrow"}  # a pattern's MMM, MMMM, MMMMM
DAY = "yMMMMd"  # the skeleton of a day: "۱۵ آذر ۱۴۰۳"


class Calendar(ABC):
    """A calendar's month names and date patterns in one language, each read once."""

    def __init__(self, skeletons: Mapping[str, DateTimePattern | str]) -> None:
        self.skeletons = skeletons  # CLDR's patterns by skeleton: 'yMMMd': 'd MMM y'
        self.names: dict[tuple[str, int], Mapping[int, str]] = {}
        self.patterns: dict[str, DateTimePattern] = {}

    def month_names(self, char: str, length: int) -> Mapping[int, str]:
        """Return the month names a pattern's MMMM (or LLLL, MMM, ...) asks for, by number."""
        known = self.names.get((char, length))
        if known is None:
            context = "format" if char == "M" else "stand-alone"
            known = self.names[char, length] = self.read_names(context, WIDTHS[length])
        return known

    @abstractmethod
    def read_names(self, context: str, width: str) -> Mapping[int, str]:
        """Return CLDR's month names of a context and width, by number."""

    def pattern(self, skeleton: str) -> DateTimePattern:
        """Return CLDR's pattern for a skeleton, such as 'd MMMM y' for 'yMMMMd'."""
        known = self.patterns.get(skeleton)
        if known is None:
            found = self.skeletons[match_skeleton(skeleton, self.skeletons)]
            known = self.patterns[skeleton] = month_as_asked(
                parse_pattern(found) if isinstance(found, str) else found, skeleton)
        return known


class Gregorian(Calendar):
    """The Gregorian calendar's words in a language, Babel's."""

    def __init__(self, locale: Locale) -> None:
        super().__init__(own_skeletons(locale))
        self.locale = locale

    def read_names(self, context: str, width: str) -> Mapping[int, str]:
        """Return Babel's month names of a context and width, by number."""
        return get_month_names(width, context, self.locale)  # type: ignore[no-any-return]


class SolarHijri(Calendar):
    """The Solar Hijri calendar's words in a language, as CLDR's JSON gives them."""

    def __init__(self, months: Mapping[str, Mapping[str, list[str]]],
                 skeletons: Mapping[str, str]) -> None:
        super().__init__(skeletons)
        self.months = months  # by context and width, Farvardin's first

    def read_names(self, context: str, width: str) -> Mapping[int, str]:
        """Return the vendored month names of a context and width (wide for narrow, which
        none is vendored for and no date of explainer's asks for), by number."""
        widths = self.months[context]
        return dict(enumerate(widths.get(width, widths["wide"]), 1))

    def fields(self, value: FuzzyDate, locale: Locale) -> tuple[DateFields, DateTimePattern] | None:
        """Return a day's fields in the calendar and CLDR's pattern for them; None for a date
        known to the month or the year, which spans two of the calendar's months or years and
        stays Gregorian ("ژوئن ۲۰۲۴"), and for a day before the calendar's year 1 (AD 622)."""
        own = solar_hijri(value.first_day()) if value.precision == "day" and value.common_era \
            else None
        return (DateFields(value.first_day(), self.month_names, locale, own=own),
                self.pattern(DAY)) if own else None


@functools.cache
def solar_hijri_words(tag: str) -> SolarHijri | None:
    """Return the Solar Hijri calendar's words in a language that dates in it (fa-AF, else
    fa), None for any other."""
    if not dates_in_solar_hijri(tag):
        return None
    calendars = json.loads(CALENDARS.read_text(encoding="utf-8"))["calendars"]
    for broader in broader_tags(tag):
        if broader in calendars:
            return SolarHijri(calendars[broader]["months"], calendars[broader]["skeletons"])
    return None
