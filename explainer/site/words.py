"""The words of each language a site is written in: its strings tables' texts, and its dates,
numbers and names from CLDR (through Babel).

A text for fr-CA is looked up in the project's i18n/fr-CA.yml, explainer's own fr-CA table,
the project's fr, explainer's fr, and last in English: a project can change one text of a
shipped language, or add a language of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import MAXYEAR, date, time, tzinfo
from typing import Any

import markupsafe
from babel import Locale
from babel.dates import format_interval, format_time, format_timedelta
from babel.numbers import format_decimal

from ..content.languages import ENGLISH, is_english
from ..content.model import (
    ROLES,
    Clock,
    Country,
    CountryEntry,
    FuzzyDate,
    Organisation,
    OrganisationEntry,
    RoleGroup,
    role_key,
)
from ..content.naming.organisations import in_language
from ..content.naming.shownnames import shown_names
from ..content.numerals import own_digits
from .calendars import Gregorian, solar_hijri_words
from .capitals import DOTTED_I, base_language
from .english import mark_english, marked_english
from .locales import DateFields, era_years, listed, og_locale, own_name, zone_name
from .searchnames import names_in_language
from .strings import Text

# A date as precise as it is known: "26 June 2024", "June 2024" or "2024", in CLDR's words.
SKELETONS = {"day": "yMMMMd", "month": "yMMMM", "year": "y"}
YEAR_SECONDS = 365 * 24 * 60 * 60  # the year of CLDR's relative times (babel's TIMEDELTA_UNITS)
ENGLISH_LOCALE = Locale("en")
# The plural categories of a singular and a dual. A number above two is in one of them only
# as it governs a noun: Russian's 'one' holds 21 ("21 страна"), Slovenian's 'two' 102.
SMALL = ("one", "two")
LIST = "list_separator"  # the text between the items of a list: ", "


class Words:
    """One language's words: its texts, and its dates, numbers and names as CLDR writes them."""

    def __init__(self, language: str, texts: Mapping[str, Text], locale: Locale,
                 in_english: frozenset[str] = frozenset()) -> None:
        self.language = language  # the tag, as in <html lang>
        self.texts = texts
        self.locale = locale
        # Texts shown in English, for want of the language's: they count as English does.
        self.in_english = in_english
        self.tag = str(locale).replace("_", "-")  # CLDR's: pt-PT, zh-Hant-TW
        self.direction = "rtl" if locale.character_order == "right-to-left" else "ltr"
        self.name = own_name(language)  # in itself: English, français, العربية
        self.english = is_english(language)
        # The texts a page in another language shows in English, which its HTML marks as such.
        self.fallback = frozenset() if self.english else in_english
        self.separator = self.form(LIST)  # between the items of a list: ", "
        # The language's own digits, in its dates and numbers: 'beng' writes "২০২৬".
        self.numbering, self.digits = own_digits(locale)
        self.era_years = era_years(locale)  # Thai dates count the Buddhist era's years
        self.gregorian = Gregorian(locale)
        self.solar = solar_hijri_words(self.tag)  # Persian days are dated in its calendar
        # Pages show the same dates, numbers and texts many times; CLDR's formatting, and
        # escaping, cost tens of microseconds each: each is worked out once.
        self.dates: dict[tuple[int, int | None, int | None], str] = {}
        self.numbers: dict[float, str] = {}
        self.escaped: dict[str, markupsafe.Markup] = {}
        self.marked: dict[str, markupsafe.Markup] = {}
        self.roles: dict[tuple[str | bool, ...], str] = {}

    def form(self, key: str, count: int | None = None, apart: bool = False) -> str:
        """Return a key's text; for a text with plural forms, the one `count` calls for.

        apart: the count stands apart from the text, as beside a heading ("Hosts (21)"), so
        the text is a plain singular, dual or plural, not the form a number governs.
        """
        text = self.texts[key]
        if isinstance(text, str):
            return text
        if count is None:
            return text["other"]
        locale = ENGLISH_LOCALE if key in self.in_english else self.locale
        category = locale.plural_form(count)
        if apart and count > 2 and category in SMALL:
            # A count apart governs nothing: "Принимающие страны (21)", a plain plural.
            category = "other"
        return text.get(category, text["other"])

    def plural_language(self, key: str) -> str:
        """Return the language whose plural rules pick among a key's forms: English for a
        text shown in English, as form() picks them."""
        return ENGLISH if key in self.in_english else self.language

    def text(self, key: str, count: int | None = None, **values: Any) -> str:
        """Return a text with its values filled in; `count` also fills in {count}."""
        if count is not None:
            values["count"] = self.number(count)
        return self.form(key, count).format_map(values)

    def markup(self, key: str, count: int | None = None, **values: Any) -> markupsafe.Markup:
        """Return text() as HTML: the text and plain values escaped, HTML values kept."""
        form = self.form(key, count)
        escaped = self.escaped.get(form)
        if escaped is None:
            escaped = self.escaped[form] = markupsafe.escape(form)
        return self.fill(escaped, count, values)

    def page_markup(self, key: str, count: int | None = None,
                    **values: Any) -> markupsafe.Markup:
        """Return markup() for a page, its words shown in English for want of the language's
        marked as English (see english.py), the values filled in left as they are."""
        if key not in self.fallback:
            return self.markup(key, count, **values)
        form = self.form(key, count)
        marked = self.marked.get(form)
        if marked is None:
            marked = self.marked[form] = mark_english(form)
        return self.fill(marked, count, values)

    def fill(self, pattern: markupsafe.Markup, count: int | None,
             values: dict[str, Any]) -> markupsafe.Markup:
        """Fill in a text's values (`count` fills in {count}), each escaped but HTML."""
        if count is not None:
            values["count"] = self.number(count)
        if not values:
            return pattern
        # As Markup.format, quicker: every value escaped but HTML, then put in.
        return markupsafe.Markup(str.format_map(pattern, {
            name: value if isinstance(value, markupsafe.Markup) else markupsafe.escape(value)
            for name, value in values.items()}))

    def date(self, value: FuzzyDate) -> str:
        """Return a date as readers of this language write it, as precise as it is known."""
        key = (value.year, value.month, value.day)
        known = self.dates.get(key)
        if known is None:
            known = self.dates[key] = self.written_date(value)
        return known

    def written_date(self, value: FuzzyDate) -> str:
        """Return a date in CLDR's words for it, as `date` does, without keeping it."""
        if value.years_ago is not None:  # CLDR's "300,000 years ago", "vor 300.000 Jahren"
            said = format_timedelta(-value.years_ago * YEAR_SECONDS, granularity="year",
                                    threshold=1, add_direction=True, locale=self.locale)
            return said.replace(str(value.years_ago), self.number(value.years_ago))
        solar = self.solar.fields(value, self.locale) if self.solar else None
        if solar:  # a Persian page's day, in the Solar Hijri calendar: "۱۵ آذر ۱۴۰۳"
            fields, pattern = solar
        elif value.common_era:
            fields = DateFields(value.first_day(), self.gregorian.month_names, self.locale,
                                shift=self.era_years)
            pattern = self.gregorian.pattern(SKELETONS[value.precision])
        else:  # "500 BC", "15 mars 44 av. J.-C.", "紀元前500年": its day in a leap year
            fields = DateFields(date(2000, value.month or 1, value.day or 1),
                                self.gregorian.month_names, self.locale, value.year)
            pattern = self.gregorian.pattern(SKELETONS[value.precision] + "G")
        return (pattern.format % fields).translate(self.digits)

    def years(self, first: FuzzyDate, last: FuzzyDate | None = None) -> str:
        """Return a year, or the years from `first` to `last`, as CLDR joins them ("1950 –
        1959", "1950年～1959年")."""
        if last is None or last.year == first.year:
            return self.date(first)
        shift = self.era_years if first.common_era and last.year + self.era_years <= MAXYEAR \
            else 0
        return format_interval(date(first.year + shift, 1, 1), date(last.year + shift, 1, 1), "y",
                               locale=self.locale).translate(self.digits)

    def when(self, value: FuzzyDate, zone: tzinfo) -> str:
        """Return a date as `date` does, with its time of day where one was given, in the
        site's time zone, as CLDR joins a date and a time ("26 June 2024, 14:32 EAT")."""
        if value.clock is None:
            return self.date(value)
        moment = value.moment(zone)
        written = format_time(moment, self.locale.time_formats["short"], tzinfo=zone,
                              locale=self.locale).translate(self.digits)
        return self.at_time(self.date(value.day_in(zone)), f"{written} "
                            f"{zone_name(moment, self.locale).translate(self.digits)}")

    def timed_date(self, value: FuzzyDate) -> str:
        """Return an event's date as `date` does, with its time of day as written, the clock
        of its place's, where given ("29 January 2025, 8:48 PM", "29. Januar 2025, 20:48")."""
        return self.date(value) if value.clock is None else \
            self.at_time(self.date(value), self.clock_time(value.clock))

    def clock_time(self, clock: Clock) -> str:
        """Return a time of day in this language's short time: "8:48 PM", "20:48"."""
        return format_time(time(clock.hour, clock.minute, clock.second),
                           self.locale.time_formats["short"],
                           locale=self.locale).translate(self.digits)

    def at_time(self, day: str, time_of_day: str) -> str:
        """Join a day and a time of day as CLDR does in this language ("{1}, {0}"); markup
        given, markup returned."""
        joined = re.sub(r"'([^']*)'", lambda quoted: quoted[1] or "'",
                        str(self.locale.datetime_formats["medium"]))
        if isinstance(day, markupsafe.Markup):
            joined = markupsafe.escape(joined)
        return joined.replace("{1}", day).replace("{0}", time_of_day)

    def number(self, value: float) -> str:
        """Return a number with this language's separators and digits: 1,000, 1 000, 1.000
        or ১,০০০."""
        known = self.numbers.get(value)
        if known is None:
            written = format_decimal(value, locale=self.locale, numbering_system=self.numbering)
            known = self.numbers[value] = written.translate(self.digits)
        return known

    def names(self, names: Iterable[str]) -> str:
        """Return names as this language lists them: "A, B and C", "A, B et C", "A، B وC";
        names that are markup (links) give markup, the language's words escaped."""
        return listed(list(names), self.locale)

    def role_names(self, roles: Iterable[str], mark: bool = False) -> str:
        """Return the names of a country's roles in a story as a list: Leading, Host (for a
        page, `mark`: those shown in English for want of the language's marked as English)."""
        roles = tuple(roles)
        known = self.roles.get((*roles, mark))
        if known is None:
            known = self.roles[(*roles, mark)] = self.separator.join(
                self.shown_role(role, 1, mark) for role in roles)
        return known

    def role_name(self, role: str, count: int = 1) -> str:
        """Return a role's name for `count` entries that share it (one, unless told): a word
        of model.ROLES in this language, singular or plural, any other as written."""
        key = role_key(role)
        return self.form(f"role_{key}", count, apart=True) if key in ROLES else role

    def role_label(self, entry: CountryEntry | OrganisationEntry | RoleGroup,
                   count: int | None = None, mark: bool = False) -> str:
        """Return the heading the page gives an entry's role, or a group's: its `roles:`
        heading, a word of model.ROLES in this language, or the role as written with a capital
        first letter. A word of model.ROLES fits `count` entries: a group's members unless
        told (the map's key counts its countries alone), one entry's own role one. `mark`, as
        role_names() has it."""
        if count is None:
            count = len(entry.members) if isinstance(entry, RoleGroup) else 1
        return entry.heading or self.shown_role(entry.role, count, mark)

    def shown_role(self, role: str, count: int, mark: bool) -> str:
        """Return a role's name with a capital first letter, between the marks of english.py
        if `mark` is asked and it is a word of model.ROLES shown in English."""
        name = self.upper_first(self.role_name(role, count))
        return marked_english(name) if mark and f"role_{role_key(role)}" in self.fallback \
            else name

    def upper_first(self, text: str) -> str:
        """Return a text with its first letter a capital, as this language writes it: an
        author's words (a role) made a heading."""
        first = text[:1]
        dotted = first == "i" and base_language(self.language) in DOTTED_I
        return ("\u0130" if dotted else first.upper()) + text[1:]

    def organisation(self, organisation: Organisation) -> Organisation:
        """Return a listed organisation as this language names it, with its initials: ONU,
        Nations unies; a body the author named, as written."""
        return in_language(organisation, self.language)

    def country(self, country: Country) -> str:
        """Return a country's name in this language, as content/shownnames.py makes it (in
        English, and where CLDR has no data for the language, the name the model gives)."""
        if self.english or self.locale.language == ENGLISH:
            return country.name
        return shown_names(self.tag).get(country.code) or country.name

    def country_names(self, country: Country) -> tuple[str, ...]:
        """Return every name of a country in this language that a reader may search it by:
        the one the page shows, then CLDR's others ('한국' beside '대한민국', 'США')."""
        shown = self.country(country)
        if self.english or self.locale.language == ENGLISH:
            return (shown,)
        return (shown, *names_in_language(self.tag).get(country.code, ()))

    @property
    def title_name(self) -> str:
        """Return the language's own name as a label starts it: English, Français."""
        return self.name[:1].upper() + self.name[1:]

    @property
    def og_locale(self) -> str:
        """Return the language as Open Graph writes it: en_US, fr_FR, ar_EG."""
        return og_locale(self.language)
