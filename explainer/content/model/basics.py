"""What every part of the model is made of: frozen classes, fuzzy dates, links, sections."""

from __future__ import annotations

import bisect
import calendar
import operator
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any, Literal, TypeVar

Status = Literal["done", "expected"]
LINE_BREAK = re.compile("\n")


T = TypeVar("T")


# Months and days as ISO dates write them, '01' to '31': pages show dozens of dates each.
TWO_DIGITS = tuple(f"{number:02d}" for number in range(32))
# The first year BC, counted back, that pages write in years ago, as the sciences date
# prehistory ("300,000 years ago"): from here the years since the common era began are 2% of
# it at most, less than such a date can know.
PREHISTORY = 100_000


def frozen(order: bool = False) -> Callable[[type[T]], type[T]]:
    """Make a model class: an immutable dataclass, kept small in memory and quick to pickle.

    A site of thousands of explainers holds millions of these objects, and builds pass them
    between processes and to the cache: slots save a dictionary per object, and pickling the
    arguments of the constructor is several times quicker than pickling the slots' states.
    """
    def make(cls: type[T]) -> type[T]:
        made: Any = dataclass(frozen=True, order=order, slots=True)(cls)
        values = operator.attrgetter(*made.__match_args__)
        if len(made.__match_args__) == 1:
            made.__reduce__ = lambda self: (type(self), (values(self),))
        else:
            made.__reduce__ = lambda self: (type(self), values(self))
        return made  # type: ignore[no-any-return]

    return make


@frozen()
class Clock:
    """A time of day given with a date: its hour, minute and second, and the offset from UTC
    written with it (in minutes), None where none was: a date of publication or update is
    then in the site's time zone, an event at the time its place's clocks showed."""

    hour: int
    minute: int
    second: int = 0
    offset: int | None = None

    def on(self, day: date, zone: tzinfo) -> datetime:
        """Return the moment this time of a day stands for: at its own offset, if written,
        else in the zone."""
        given = zone if self.offset is None else timezone(timedelta(minutes=self.offset))
        return datetime.combine(day, time(self.hour, self.minute, self.second), given)

    @property
    def iso(self) -> str:
        """Return the time as ISO 8601 writes it, with its seconds if given and its offset
        if written: '20:48', '20:48:30', '20:48-05:00', '09:15Z'."""
        seconds = f":{self.second:02d}" if self.second else ""
        hours, minutes = divmod(abs(self.offset or 0), 60)
        offset = "" if self.offset is None else "Z" if self.offset == 0 else \
            f"{'-' if self.offset < 0 else '+'}{hours:02d}:{minutes:02d}"
        return f"{self.hour:02d}:{self.minute:02d}{seconds}{offset}"

    def seconds(self, offset: int = 0) -> int:
        """Return the seconds past midnight its clock showed, in UTC at its own offset if
        written, else at `offset` (minutes east of UTC): to order the times of one day."""
        east = offset if self.offset is None else self.offset
        return self.hour * 3600 + self.minute * 60 + self.second - east * 60


@frozen(order=True)
class FuzzyDate:
    """A date known to the year, the month or the day (pages write it in their language: see
    site/words.py); a date of publication or update may also give its time of day."""

    year: int
    month: int | None = None
    day: int | None = None
    clock: Clock | None = None

    @property
    def iso(self) -> str:
        """Return the date as written in the data files: 2024, 2024-05 or 2024-05-23, and
        -0500 or -0044-03-15 for 500 and 44 BC (a valid HTML <time datetime> value only in
        the common era: see `common_era`)."""
        year = f"-{-self.year:04d}" if self.year < 0 else f"{self.year:04d}"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{TWO_DIGITS[self.month]}"
        return f"{year}-{TWO_DIGITS[self.month]}-{TWO_DIGITS[self.day]}"

    @property
    def timed_iso(self) -> str:
        """Return the date as `iso` does, with its time of day and offset where they were
        given, as the author wrote them: an event's <time datetime> and data files'
        ('2025-01-29T20:48', '2025-01-29T20:48-05:00')."""
        return self.iso if self.clock is None else f"{self.iso}T{self.clock.iso}"

    def moment(self, zone: tzinfo) -> datetime:
        """Return the moment the date stands for, in a time zone (the site's): its time of
        day, if given, else the start of its first day there."""
        if self.clock is None:
            return datetime.combine(self.first_day(), time(), zone)
        return self.clock.on(self.first_day(), zone).astimezone(zone)

    def day_in(self, zone: tzinfo) -> FuzzyDate:
        """Return the day a date with a time of day falls on in a time zone (the site's), as
        a date without one; a date without a time as it is."""
        if self.clock is None:
            return self
        moment = self.moment(zone)
        return FuzzyDate(moment.year, moment.month, moment.day)

    def latest(self, zone: tzinfo) -> date:
        """Return the moment the date stands for in a time zone where a time was given (a
        datetime), else its first day: the sitemap's last change."""
        return self.first_day() if self.clock is None else self.moment(zone)

    def stamp(self, zone: tzinfo) -> str:
        """Return the date as data files and <time datetime> write it: with its time of day
        and offset from UTC in a time zone (the site's) where a time was given, as RFC 3339
        does ('2024-06-26T14:32:00+03:00', 'Z' for UTC), else as `iso`."""
        if self.clock is None:
            return self.iso
        return self.moment(zone).isoformat(timespec="seconds").replace("+00:00", "Z")

    @property
    def common_era(self) -> bool:
        """Tell whether the date is in the common era (AD): a negative year is one BC."""
        return self.year > 0

    @property
    def years_ago(self) -> int | None:
        """Return how many years ago a date of prehistory was, as the sciences count them: a
        year of PREHISTORY BC or before, whose two thousand years to the present are below
        what it can know (-66000000 is 66,000,000 years ago); None for any later date."""
        return -self.year if self.year <= -PREHISTORY else None

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """Return how precisely the date is known."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def sort_key(self) -> tuple[int, ...]:
        """Order dates in time; a vaguer date goes after the precise dates it contains, a
        day without a time before the times of that day (each as written: see `moment`)."""
        clock = self.clock
        if clock is None:
            return (self.year, self.month or 13, self.day or 32)
        return (self.year, self.month or 13, self.day or 32, clock.hour, clock.minute,
                clock.second)

    def first_day(self) -> date:
        """Return the earliest calendar day the date may stand for; for a date BC, the first
        day of AD 1, the earliest Python's calendar holds (see `ends_before` to order them)."""
        if not self.common_era:
            return date.min
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """Return the latest calendar day the date may stand for (date.min for one BC)."""
        if not self.common_era:
            return date.min
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def ends_before(self, other: FuzzyDate) -> bool:
        """Tell whether every day the date may stand for is before every day of another,
        BC or AD: 2023 ends before 2024-01, 2024 does not end before 2024-06."""
        return (self.year, self.month or 12, self.day or 31) < \
            (other.year, other.month or 1, other.day or 1)

    def check(self) -> None:
        """Raise ValueError for a year 0, a month or a day that does not exist."""
        if self.year == 0:
            raise ValueError("there is no year 0: 1 BC, written -1, is followed by AD 1")
        # A year BC as a year of ours with the same leap day: astronomers' year 1 - N.
        leap = calendar.isleap(self.year if self.common_era else self.year + 1)
        date(self.year if self.common_era else 2000 if leap else 2001,
             self.month or 1, self.day or 1)


@frozen()
class Link:
    """A source a reader can follow (the url may be unknown for print or lost pages)."""

    title: str
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: FuzzyDate | None = None
    note: str | None = None
    language: str | None = None  # the language of its title, when not the page's


@frozen()
class Extra(Mapping[str, Any]):
    """Fields of a project's own, under `extra:` in an explainer's front matter or in
    site.yml, for its templates: each a text as typed, true or false, nothing (None), or a
    list (a tuple) or a mapping (an Extra) of them, in the order written."""

    pairs: tuple[tuple[str, Any], ...] = ()

    def __getitem__(self, name: str) -> Any:
        for key, value in self.pairs:
            if key == name:
                return value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self.pairs)

    def __len__(self) -> int:
        return len(self.pairs)


@frozen()
class Section:
    """What every section has: its kind, where it came from and its Markdown body as HTML."""

    kind: str
    line: int
    anchor: str
    body_html: str
    body_text: str = ""
    body_line: int = 0

    @property
    def template(self) -> str:
        """Return the name of the partial template that renders this section."""
        return f"sections/{self.kind}.html"

    @property
    def said(self) -> tuple[tuple[str, TextMap, str], ...]:
        """Return (what, where, text) for each text of the section's header in the writer's
        own words, which the editorial checks read as they read its prose: a takeaway, an
        answer; where: where its characters stand in the file."""
        return ()


@frozen()
class TextMap:
    """Where the characters of a text the file gives stand in it, for the problems found in
    the text: from the line and column of its first character on, one after another (runs of
    ()); each run of them the file writes in a row, as (offset in the text, line, column)
    (runs of a text YAML folds, unescapes or indents); or, where that is not known (None),
    every character at the first one's place."""

    line: int
    column: int = 1
    runs: tuple[tuple[int, int, int], ...] | None = ()

    def at(self, offset: int) -> tuple[int, int]:
        """Return the file's line and column (from 1) of the text's character at offset."""
        if self.runs is None:
            return self.line, self.column
        if not self.runs:
            return self.line, self.column + offset
        index = max(bisect.bisect_right(self.runs, offset, key=operator.itemgetter(0)) - 1, 0)
        start, line, column = self.runs[index]
        return line, column + offset - start

    @classmethod
    def of_lines(cls, text: str, line: int) -> TextMap:
        """Map a text that is the file's lines from `line` on, each from its first column:
        a section's body."""
        return cls(line, 1, ((0, line, 1), *((found.end(), line + number, 1) for number, found
                                             in enumerate(LINE_BREAK.finditer(text), 1))))
