"""What every part of the model is made of: frozen classes, fuzzy dates, links, sections."""

from __future__ import annotations

import calendar
import operator
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, TypeVar

Status = Literal["done", "expected"]


T = TypeVar("T")


# Months and days as ISO dates write them, '01' to '31': pages show dozens of dates each.
TWO_DIGITS = tuple(f"{number:02d}" for number in range(32))


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


@frozen(order=True)
class FuzzyDate:
    """A date known to the year, the month or the day (pages write it in their language: see
    site/words.py)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        """Return the date as a valid HTML <time datetime> value: 2024, 2024-05 or 2024-05-23."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{TWO_DIGITS[self.month]}"
        return f"{self.year:04d}-{TWO_DIGITS[self.month]}-{TWO_DIGITS[self.day]}"

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """Return how precisely the date is known."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Order dates in time; a vaguer date goes after the precise dates it contains."""
        return (self.year, self.month or 13, self.day or 32)

    def first_day(self) -> date:
        """Return the earliest calendar day the date may stand for."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """Return the latest calendar day the date may stand for."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)


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
