"""A day of the week that its date does not fall on: "Tuesday 15 April 2019" was a Monday.

A name of a day of the week, in the explainer's language as CLDR writes it, right before a day
the prose gives ("On Tuesday, 15 April 2019", "le mardi 15 avril", "am Dienstag, dem 15.
April", "el martes 15 de abril"), with nothing between them but a comma, a space or an
article of the date, or right after it, with a space at most ("2019年4月15日火曜日", "4월 15일
월요일", "15 April (Monday)"), is held to the calendar; so is the short name in brackets after
it that Japanese and Korean newsrooms write ("1月1日（月）", "1월 1일(월)", "15 April (Mon)").
A day given without its year is read in the year the timeline dates an event on that day; or
else it is wrong only if it is in no year the story may speak of: its timeline's years, the
year before its publication and the months after it ("Saturday 11 March" in a story of 2023
published in 2024 is 2023's). A range ("Saturday and Sunday, 11-12 March", "11 and 12
March") gives no one day, and is not read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date, timedelta

from babel.dates import get_day_names

from ....errors import Problem
from ...languages import cldr_locale
from ...model import Explainer, Timeline
from ..amounts.countwarnings import warning
from ..amounts.times import weekday_names
from ..texts.conjunctions import AND, words_pattern
from ..texts.days import DIGIT, Stated, stated_dates
from ..texts.owntexts import own_texts
from ..texts.sentences import sentence_at
from .dateclaims import on_day

# Days: a story speaks of those of the year before its publication, and of those to come.
RECENT, COMING = 366, 300
# What may stand between a day of the week and its date: a comma, a space, "the", "dem",
# Swahili's "tarehe" (the date: "Jumanne, tarehe 25 Juni"), and the Markdown marks of the
# date's emphasis ("on Friday **8 September 2022**").
BETWEEN = r"[\s\u00a0,\u060c\u3001(（*_]*(?:(?:the|dem|den|der|le|el|il|o|tarehe)\s+)?"
# The indefinite articles that set a day of the week beside a date ("Oct. 25, a Wednesday"),
# by language: the date is that day of the week.
APPOSED = {"en": ("a",), "fr": ("un",), "es": ("un",), "it": ("un",), "ca": ("un",),
           "pt": ("uma", "um"), "de": ("ein", "einem", "einen"), "nl": ("een",)}
# The languages that set the day of the week after its date with a comma alone ("február
# 10-én, szombaton"), with the endings the day may take before the comma: there too the date
# is that day of the week.
COMMA_APPOSED = {"hu": ("-án", "-én", "-ján", "-jén")}


# The last letter of a name that a particle may follow with no space: "火曜日の", "월요일에".
JOINED = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]\Z")


@functools.cache
def weekday_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Return the patterns of a day of the week right before a date, and right after it:
    its name, or its short name in brackets ("（月）")."""
    names = weekday_names(language)
    if not names:
        return None
    pattern = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    short = "|".join(map(re.escape, sorted(short_names(language), key=len, reverse=True)))
    end = "" if all(JOINED.search(name) for name in names) else r"(?![\w'\u2019])"
    base = language.split("-")[0].lower()
    articles = "|".join(APPOSED.get(base, ()))
    apposed = rf"|[*_]*,[\s\u00a0]+(?:{articles})[\s\u00a0]+" if articles else ""
    if base in COMMA_APPOSED:
        endings = "|".join(map(re.escape, COMMA_APPOSED[base]))
        apposed += rf"|(?:{endings})?[*_]*,[\s\u00a0]+"
    return (re.compile(rf"(?<!\w)(?P<name>{pattern}){BETWEEN}\Z", re.IGNORECASE),
            re.compile(rf"[\s\u00a0]*[(（](?P<short>{short})\.?[)）]|"
                       rf"(?:[\s\u00a0*_]*{apposed})(?:(?P<open>[(（])\s*)?(?P<name>{pattern}){end}"
                       r"(?(open)[)）]?)", re.IGNORECASE))


@functools.cache
def short_names(language: str) -> dict[str, int]:
    """Return a language's short names of the days of the week as CLDR writes them ("Mon",
    "月", "월"), lowercased, with each day's number (0 for Monday)."""
    locale = cldr_locale(language)
    if locale is None:
        return {}
    return {name.lower().rstrip("."): day for context in ("format", "stand-alone")
            for day, name in get_day_names("abbreviated", context, locale=locale).items()}


def check_weekdays(explainer: Explainer) -> Iterator[Problem]:
    """Warn about a day of the week that the date beside it does not fall on."""
    patterns = weekday_patterns(explainer.language)
    if patterns is None:
        return
    before, after = patterns
    names = weekday_names(explainer.language)
    for where, place, text in own_texts(explainer, lambda text: DIGIT.search(text) and
                                        names_one(text, names), articled=True):
        for one in stated_dates(text, explainer.language):
            found = before.search(text, max(0, one.start - 40), one.start) \
                or after.match(text, one.end)
            if found is None or ranged(text, one, explainer.language):
                continue
            days = days_meant(one, explainer)
            named = names[found["name"].lower()] if found["name"] else \
                short_names(explainer.language)[found["short"].lower()]
            if not days or any(day.weekday() == named for day in days):
                continue  # no day known, or one it may mean falls on it
            day = days[0]
            written = " ".join(text[min(found.start(), one.start):max(found.end(), one.end)]
                               .replace("*", " ").replace("_", " ").split())  # as the page shows it
            yield warning(explainer, *place.at(min(found.start(), one.start)),
                          f"{where} gives '{written}', but {day.isoformat()} was a "
                          f"{get_day_names('wide', locale='en')[day.weekday()]}",
                          "correct the day of the week or the date" + (
                              "; a day of another year than the story's wants its year"
                              if one.year is None else ""),
                          " ".join(sentence_at(text, one.start).split()))


def names_one(text: str, names: dict[str, int]) -> bool:
    """Tell whether a text names a day of the week, or has brackets that may hold its short
    name: most have neither, and are not read."""
    lowered = text.lower()
    return any(name in lowered for name in names) or "(" in text or "\uff08" in text


def ranged(text: str, one: Stated, language: str) -> bool:
    """Tell whether a day ends a range of days ("11-12 March", "11 to 12 March") whose first
    the day of the week may name, or opens two joined by "and" ("11 and 12 March")."""
    ands = words_pattern(AND.get(language.split("-")[0], ("and",)))
    return re.search(r"(?:\d\s*[-\u2013\u2014]|\d\s+(?:to|and|au|et|al|y|bis|und)\s+)\s*\Z",
                     text[max(0, one.start - 12):one.start]) is not None or re.match(
        rf"\.?\s+(?:{ands})\s+(?:[^\W\d_]+\s+)?\d", text[one.end:one.end + 20],
        re.IGNORECASE) is not None


def days_meant(one: Stated, explainer: Explainer) -> list[date]:
    """Return the days a date may give: in its year; or else in the year the timeline dates an
    event that day; or else in any year the story may speak of (its timeline's, and those
    around its publication), nearest the publication first."""
    if one.year is not None:
        return [day for day in [on_day(one.year, one.month, one.day)] if day is not None]
    events = [event.date for section in explainer.sections if isinstance(section, Timeline)
              for event in section.events if event.date.common_era]
    same = {when.year for when in events if (when.month, when.day) == (one.month, one.day)}
    published = explainer.published.first_day()
    years = same or {*(when.year for when in events), *range(published.year - 1,
                                                            published.year + 2)}
    days = [day for year in years if (day := on_day(year, one.month, one.day)) is not None
            and (same or published - timedelta(days=RECENT) <= day
                 <= published + timedelta(days=COMING) or day.year in {
                     when.year for when in events})]
    return sorted(days, key=lambda day: abs((day - published).days))
