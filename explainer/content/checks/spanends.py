"""The ends of a span between two events (see spans.py): the event a sentence tells or the
day it gives, read in the year nearest where the span points; and, for a span said "later" at
the end of a clause ("reinstated on 22 November, six days later"), the day given earlier in
its own sentence that it is measured from."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from ..model import FuzzyDate, TimelineEvent
from .dateclaims import Title, spoken_of
from .days import stated_dates
from .eventclauses import Clause, told_clause
from .textnames import names_said
from .times import named_times

Titles = tuple[list[Title], list[Clause]]
Words = Callable[[str], set[str]]


class End(NamedTuple):
    """One end of a span: the event it is, or the day a sentence gives, and its date."""

    name: str  # "'Vikram lands near the south pole'", or the day as written
    when: FuzzyDate
    event: TimelineEvent | None


def both_ends(start_end: Callable[[date | None], End | None],
              own_end: Callable[[date | None], End | None],
              step: timedelta) -> tuple[End, End] | None:
    """Return a span's two ends, where one gives a day without its year ("On 12 March the bank
    failed. Six days later..."), in the year that puts it nearest where the span, `step`
    from its start, says it is."""
    own = own_end(None)
    start = start_end(own.when.first_day() - step if own is not None else None)
    if own is None and start is not None:
        own = own_end(start.when.first_day() + step)
    return (start, own) if start is not None and own is not None else None


def end_told(said: str, language: str, titles: Titles, content_words: Words,
             exclude: set[str] | None = None, near: date | None = None,
             whole_years: bool = False) -> End | None:
    """Return the end a sentence gives: the event it tells, unless it gives another day or
    year for it ("In a brief filed in July 2021, Mississippi asked the court to overturn
    Roe": the asking's time, not the overturning's); else the one day it gives, in its year
    or, when it gives none, in the year that puts it nearest the day `near`; else, for a span
    of `whole_years`, the one year it gives ("founded in 1956, 12 years after")."""
    words = content_words(said) - (exclude or set())
    event = spoken_of(words, titles[0], names_said(said, content_words, language)) \
        or told_clause(words, titles[1])
    days = [one for one in stated_dates(said, language)]
    years = named_times(said, language)[0]
    if event is not None:
        if any((one.month, one.day) != (event.date.month, event.date.day) for one in days):
            return None  # a day of its own, the day checks' to hold to the timeline
        if years and str(event.date.year) not in years:
            return year_told(years) if whole_years and not days else None
        return End(f"'{event.title}'", event.date, event)
    if len(days) != 1:
        return year_told(years) if whole_years and not days else None
    one = days[0]
    year = one.year or nearest_year(one.month, one.day, near)
    if year is None:
        return None
    return End(" ".join(said[one.start:one.end].split()).rstrip("."),
               FuzzyDate(year, one.month, one.day), None)


def year_told(years: frozenset[str]) -> End | None:
    """Return the end a sentence gives by its one year alone; None if it gives none, or two."""
    if len(years) != 1:
        return None
    year = next(iter(years))
    return End(year, FuzzyDate(int(year)), None)


def same_day(one: FuzzyDate, other: FuzzyDate) -> bool:
    """Tell whether two dates are the same day, whatever time of day either gives."""
    return (one.year, one.month, one.day) == (other.year, other.month, other.day)


def nearest_year(month: int, day: int, near: date | None) -> int | None:
    """Return the year that puts a day of a month nearest a date: "12 March" near 19 March 2023
    is in 2023, "30 December" near 2 January 2024 in 2023."""
    if near is None:
        return None
    years = [year for year in (near.year - 1, near.year, near.year + 1)
             if (month, day) != (2, 29) or calendar.isleap(year)]
    return min(years, key=lambda year: abs((date(year, month, day) - near).days), default=None)


def earlier_in_sentence(head: str, language: str, titles: Titles, content_words: Words,
                        step: timedelta) -> tuple[End, End] | None:
    """Return the ends of a span said "later" at the end of a clause, read in its own sentence
    (head, its words before the span): from the first day the sentence gives to the end the
    words after that day tell ("Altman was ousted on 17 November 2023 and reinstated on 22
    November, six days later"); None unless both are known, and apart."""
    first = next((one.end for one in stated_dates(head, language)), None)
    if first is None:
        return None
    ends = both_ends(
        lambda near: end_told(head[:first], language, titles, content_words, near=near),
        lambda near: end_told(head[first:], language, titles, content_words, near=near), step)
    if ends is None or same_day(ends[0].when, ends[1].when):
        return None
    return dated(ends[0], titles[0]), dated(ends[1], titles[0])


def dated(end: End, titles: list[Title]) -> End:
    """Return the end a day gives as the timeline's event of that day, if it has one alone:
    the sentence tells it by its day ("reinstated on 22 November")."""
    same = [title.event for title in titles if end.event is None
            and same_day(title.event.date, end.when)]
    return End(f"'{same[0].title}'", same[0].date, same[0]) if len(same) == 1 else end
