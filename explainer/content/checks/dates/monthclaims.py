"""Months and years the prose gives for events that the timeline dates otherwise.

"The FTC sued to block the deal in November 2022", beside a timeline whose event "FTC sues to
block the deal" is dated 8 December 2022, has one of the two wrong; so has "in 2021". A month
with its year, or a year alone, is read where the explainer's language puts a clause's act in
it ("in November 2022", "en novembre 2022", "en noviembre de 2022", "im November 2022", "in
2021", "im Jahr 2021"): a year without it often names something else ("the 2020 law", "the
2022 election"), and one after a bound ("by November 2022", "since 2021") is no time of the act.
Each is held to the event its clause speaks of, as a day is (dateclaims.py): its title's words,
or one of the happenings the title joins, no other act ("announced"), no bound; not to an event
whose title names that month itself, as figures published later name the month they are of.
It is wrong only if that event is dated to its month (or, for a year, at all), not as
approximate; no event of the timeline falls in that month (or year); the month is within a
year of the event's (the year within SLIP_YEARS); and its clause gives no other day, month or
year, nor its sentence the event's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from ....errors import Problem
from ...model import Explainer, Timeline, TimelineEvent
from ..amounts.times import named_times
from ..texts.days import Stated, date_patterns, stated_dates
from ..texts.otherdays import OtherDays, other_days
from ..texts.sentences import sentence_at
from .dateclaims import (
    Titles,
    authors_text,
    date_end,
    day_warning,
    event_titles,
    own_event,
    prose_of,
)
from .dayslips import SLIP_YEARS

NEAR_MONTHS = 12  # a month further from its event's than this may be another time's
# By language: the words that put an act in a month, and those that put it in a year.
IN_PERIOD = {
    "en": (("in", "during"), ("in", "during")),
    "fr": (("en", "courant", "durant", "pendant"), ("en", "durant", "pendant")),
    "es": (("en", "durante"), ("en", "durante")),
    "de": (("im",), ("im jahr", "im jahre")),
    "it": (("a", "ad", "nel"), ("nel",)),
    "pt": (("em",), ("em",)),
    "nl": (("in",), ("in",)),
}
# A year: four digits, not followed by a letter or digit, a second year ("2021-22"), a decimal.
YEAR = re.compile(r"(?<!\d)\d{4}(?![\w\-\u2013/]|[.,]\d)")
LOOK_BACK = 40  # characters before a year that may hold its month and the word before it

Reading = tuple[str, Callable[[str], set[str]], Callable[[str], set[str]] | None,
                OtherDays | None]


@functools.cache
def period_words(language: str) -> tuple[frozenset[str], frozenset[str], dict[str, int]] | None:
    """Return the language's words that put an act in a month, those that put it in a year
    (lowercase, one space between words), and its months by name; None where not known."""
    words = IN_PERIOD.get(language.split("-")[0].lower())
    months = date_patterns(language).months
    if words is None or not months:
        return None
    return frozenset(words[0]), frozenset(words[1]), months


def stated_periods(text: str, language: str) -> list[Stated]:
    """Return the months with their year, and the years alone, a text puts an act in, each as
    a day 0 (and a year alone as month 0): no day, which no act is near (dateclaims.py). Only
    the words before a year are read, which few words of a text are."""
    words = period_words(language)
    if words is None:
        return []
    in_month, in_year, months = words
    found = []
    for year in YEAR.finditer(text):
        if not text[year.start() - 1:year.start()].isspace():
            continue
        low = max(year.start() - LOOK_BACK, 0)
        head = text[low:year.start()].lower()
        spaced = " " + " ".join(head.split())
        if any(spaced.endswith(" " + word) for word in in_year):
            found.append(Stated(0, int(year[0]), 0, year.start(), year.end()))
            continue
        name = month_before(spaced, months, in_month)
        if name is not None:
            found.append(Stated(0, int(year[0]), months[name], low + head.rfind(name),
                                year.end()))
    return found


def month_before(head: str, months: dict[str, int], words: frozenset[str]) -> str | None:
    """Return the name of the month a text's words before a year (head: lowercase, one space
    before each word) end with, after one of the words that put an act in it ("in
    November", "en noviembre de"); None if they end otherwise."""
    for joined in ("", " de", " del"):
        if not head.endswith(joined):
            continue
        bare = head[:len(head) - len(joined)].rstrip(".")
        name = bare.rsplit(" ", 1)[-1]
        before = bare[:len(bare) - len(name)].rstrip()
        if name in months and any(before.endswith(" " + word) for word in words):
            return name
    return None


def check_periods(explainer: Explainer, content_words: Callable[[str], set[str]],
                  capitalised_nouns: bool = False,
                  acts_done: Callable[[str], set[str]] | None = None) -> Iterator[Problem]:
    """Warn about a month or a year in the prose that the timeline gives to its event
    otherwise; the arguments are those of dateclaims.check_dates()."""
    events = [event for section in explainer.sections if isinstance(section, Timeline)
              for event in section.events]
    if not events or period_words(explainer.language) is None:
        return
    taken = {(event.date.year, event.date.month) for event in events} | {
        (event.date.year, 0) for event in events}
    titles: Titles | None = None
    mark = date_patterns(explainer.language).year_mark
    reading = (explainer.language, content_words, acts_done, other_days(explainer.language))
    for where, place, text in prose_of(explainer):
        plain, periods, stated = own_periods(text, explainer.language)
        if not periods:
            continue
        titles = titles or event_titles(tuple(events), content_words, capitalised_nouns,
                                        explainer.language)
        for one in periods:
            if not any(slipped(one, event, taken) for event in events):
                continue  # no event it could be a slip of: its clause need not be read
            said = sentence_at(plain, one.start, date_end(plain, one, mark))
            event = period_event(plain, one, (stated, said), titles, reading)
            if event is not None and slipped(one, event, taken):
                yield day_warning(explainer, (where, place, text), one, event, mark)


def own_periods(text: str, language: str) -> tuple[str, list[Stated], list[Stated]]:
    """Return a text without its quotations and links' addresses (blanked out), the months and
    years it puts an act in outside them and apart from its days, and those with its days."""
    periods = stated_periods(text, language)
    if not periods:
        return text, [], []
    plain = authors_text(text)
    days = list(stated_dates(plain, language))
    periods = [one for one in periods if plain[one.start:one.end] == text[one.start:one.end]
               and not any(day.start < one.end and one.start < day.end for day in days)]
    return plain, periods, sorted([*days, *periods], key=lambda one: one.start)


def period_event(plain: str, one: Stated, sentence: tuple[list[Stated], str], titles: Titles,
                 reading: Reading) -> TimelineEvent | None:
    """Return the event a month or a year of a sentence speaks of, read with its own clause:
    one whose time it may be, its clause giving no other date, nor its sentence the event's."""
    stated, said = sentence
    clause, event = own_event(plain, one, stated, titles, said, reading)
    if event is None:
        return None
    others = [other for other in stated if other != one
              and plain[other.start:other.end] in said]
    if any(plain[other.start:other.end] in clause for other in others) or any(
            other.year == event.date.year and (not one.month or other.month == event.date.month)
            for other in others) or other_months(clause, plain[one.start:one.end], reading[0]) \
            or titled_month(event.title, one, reading[0]):
        return None  # another date in its clause, or the event's own in its sentence
    return event


def titled_month(title: str, one: Stated, language: str) -> bool:
    """Tell whether an event's title names the month a text gives for it: "Figures show
    inflation at 11.1% in October", dated the day they were published, tells of October's level,
    as "inflation peaked at 11.1% in October 2022" does; "in September 2022" still slips."""
    words = period_words(language)
    if words is None or not one.month:
        return False
    months = words[2]
    return one.month in {months.get(name) for name in named_times(title, language)[1]}


def other_months(clause: str, written: str, language: str) -> bool:
    """Tell whether a clause names another month than the one written there, without its
    year: "Inflation rose from 17.5% in February 2022 to 69.8% in September" gives the level
    of September, its peak, and February's before it (a year may name a thing: "the 2020
    law")."""
    return bool(named_times(clause, language)[1] - named_times(written, language)[1])


def slipped(one: Stated, event: TimelineEvent, taken: set[tuple[int, int | None]]) -> bool:
    """Tell whether a month (or a year alone) is another than its event's: the event dated at
    least as closely and not as approximate, no event of the timeline in it, and near."""
    if event.approximate or (one.year, one.month) in taken:
        return False
    if not one.month:
        return abs(one.year - event.date.year) <= SLIP_YEARS
    if event.date.month is None:
        return False
    apart = (one.year - event.date.year) * 12 + one.month - event.date.month
    return abs(apart) <= NEAR_MONTHS
