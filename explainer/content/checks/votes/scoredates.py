"""The occasion a timeline event's date gives the scores of its title and text (see scores.py).

An event's title seldom says when its match was played ("Spain beat England 1-0"): its date
does. A score of the prose that names a year, a month or a day of the week ("on Sunday 20
August 2023, beating England 2-0") is of the event's match when its date has them, and of
another when its date has others. What the prose does not name is not taken from the date: a
score that names no year is not set apart from an event of another year than the story's.
"""

from __future__ import annotations

from datetime import date

from babel.dates import get_day_names, get_month_names

from ...languages import cldr_locale
from ...model import FuzzyDate

Occasion = tuple[frozenset[str], ...]  # the years, the stages and the days a score names


def dated_occasion(when: FuzzyDate, language: str) -> Occasion:
    """Return the occasion a date gives: its year, and the names of its month and of its day
    of the week as the language writes them (lowercased, as scores.occasion_of() reads
    them); no stage."""
    if not when.common_era:
        return ()
    locale = cldr_locale(language)
    days: set[str] = set()
    for context in ("format", "stand-alone") if locale is not None else ():
        if when.month is not None:
            days.add(get_month_names("wide", context, locale=locale)[when.month].lower())
        if when.day is not None:
            weekday = date(when.year, when.month or 1, when.day).weekday()
            days.add(get_day_names("wide", context, locale=locale)[weekday].lower())
    return frozenset({str(when.year)}), frozenset(), frozenset(days)


def occasions(one: tuple[Occasion, Occasion], other: tuple[Occasion, Occasion]
              ) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Return, for each part of the occasions of two scores (each its occasion and its date's,
    if any), what each names: its own, and its date's where the other names that part."""
    (mine, my_date), (theirs, their_date) = one, other
    none = (frozenset(),) * len(mine)
    return [(own | (dated if named else frozenset()), named | (other_dated if own else frozenset()))
            for own, named, dated, other_dated in zip(mine, theirs, my_date or none,
                                                      their_date or none, strict=True)]
