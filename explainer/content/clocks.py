"""Read the time of day a date may give after its day: a date of publication or update's
('2024-06-26 14:32', '2024-06-26T14:32:00+01:00'), in the site's time zone unless an offset is
written, and an event's ('2025-01-29 20:48', '2025-01-29 20:48 -05:00'), the time its place's
clocks showed; and compare dates of publication and update to the minute."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from yaml.nodes import Node, ScalarNode

from .header import Reader
from .model import Clock, FuzzyDate, TimelineEvent

if TYPE_CHECKING:  # fields.py reads its times here
    from .fields import Fields

# A date of publication or update with a time of day, as Hugo and a CMS write one: the date,
# then 'T' or a space, then the time ("2024-06-26 09:15", "2024-06-26T14:32:00+01:00").
DAY_TIME = re.compile(r"(?P<day>[^T ]+)[T ]\s*(?P<time>.+)")
# The time: HH:MM, seconds if wanted (a fraction is left out), and the offset from UTC it is
# given at, if any: Z, +01:00, -0500. Without one, it is in the site's time zone.
TIME = re.compile(r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?\s*"
                  r"(?:(?P<z>Z)|(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2}))?", re.IGNORECASE)
TIME_HINT = ("write the time after the day as HH:MM, with the offset from UTC if it is not in "
             "the site's time zone ('timezone' in site.yml): 2024-06-26 14:32, or "
             "2024-06-26T14:32+01:00")
EVENT_TIME_HINT = ("write the time after the day on the 24-hour clock, HH:MM, as the place's "
                   "clocks showed it, with its offset from UTC if wanted: 2025-01-29 20:48, or "
                   "2025-01-29 20:48 -05:00")
# A time of the 12-hour clock, as the time after a day gives it: '8:48 pm', '8:48 p.m.'.
TWELVE_HOURS = re.compile(r"[ap]\.?\s?m\.?", re.IGNORECASE)
T = TypeVar("T")
# How far a time given without an offset may be from UTC, before the site's zone is known:
# UTC-12:00 to UTC+14:00, which the zones of the world keep within.
UNZONED = (timedelta(hours=-14), timedelta(hours=12))


def timed(reader: Reader, node: Node, name: str, fuzzy: FuzzyDate,
          hint: str = TIME_HINT) -> FuzzyDate:
    """Return a date with the time of day its text gives after the day, if any ('2024-06-26
    14:32', '2024-06-26T14:32:00+01:00'); a time that is none is an error, with `hint`, and
    the date is kept without it."""
    given = DAY_TIME.fullmatch(node.value.strip()) if isinstance(node, ScalarNode) else None
    if given is None:
        return fuzzy
    time = TIME.fullmatch(given["time"])
    clock = clock_of(time) if time is not None and fuzzy.day is not None else None
    if clock is None:
        reader.error(node, f"'{name}' gives '{given['time']}' after " + (
            slip(given["time"]) if fuzzy.day is not None else
            "a date without its day: a time of day needs the day"), hint)
        return fuzzy
    return dataclasses.replace(fuzzy, clock=clock)


def slip(time: str) -> str:
    """Say what is wrong with a time written after a day: a time of the 12-hour clock, one
    past 23:59, an offset from UTC that is none, or no time at all."""
    found = TIME.match(time)
    if found is None:
        return "its day, which is no time of day"
    rest = time[found.end():].strip()
    if TWELVE_HOURS.fullmatch(rest):
        return "its day, a time of the 12-hour clock"
    if rest:
        return f"its day, and after the time '{rest}', which is no offset from UTC"
    if int(found["h"]) > 23 or int(found["m"]) > 59 or int(found["s"] or 0) > 59:
        return "its day, which is no time of day: the hours go to 23, the minutes to 59"
    return "its day, with an offset from UTC that is none: write it as ±HH:MM, such as -05:00"


def day_before_time(text: str) -> str | None:
    """Return the day a date's text writes before a time of day ('2025-01-29' of '2025-01-29
    8:48 pm'), None if no time follows it ('500 BC')."""
    given = DAY_TIME.fullmatch(text)
    return given["day"] if given is not None and TIME.match(given["time"]) else None


def time_alone(text: str) -> bool:
    """Tell whether a date's text is a time of day without its day ('20:48')."""
    found = TIME.match(text)
    return found is not None and (found.end() == len(text) or
                                  bool(TWELVE_HOURS.fullmatch(text[found.end():].strip())))


def clock_of(time: re.Match[str]) -> Clock | None:
    """Return the time of day a match of TIME gives, None if there is no such time (25:00, an
    offset of a day or more)."""
    hour, minute, second = (int(time[group] or 0) for group in ("h", "m", "s"))
    offset = None if not time["z"] and not time["sign"] else \
        (-1 if time["sign"] == "-" else 1) * (int(time["oh"] or 0) * 60 + int(time["om"] or 0))
    if hour > 23 or minute > 59 or second > 59 or (offset is not None and
                                                   (abs(offset) >= 24 * 60 or
                                                    int(time["om"] or 0) > 59)):
        return None
    return Clock(hour, minute, second, offset)


def all_before(one: FuzzyDate, other: FuzzyDate) -> bool:
    """Tell whether every moment a date of publication or update may stand for is before
    every moment of another: 2024-06 is not before 2024-06-26 14:32, 2024-06-26 09:00 is
    before 2024-06-26 09:01. A time given without an offset is in the site's zone, not known
    here: against one with an offset, it may be any zone's."""
    zoned = (one.clock is not None and one.clock.offset is not None,
             other.clock is not None and other.clock.offset is not None)
    return span(one, zoned[0] or not any(zoned))[1] < span(other, zoned[1] or not any(zoned))[0]


def may_agree(one: FuzzyDate, other: FuzzyDate) -> bool:
    """Tell whether two dates of publication or update may give one moment: as written, or
    two times at their offsets ('15:00+09:00' and '06:00Z'), or a time with an offset and one
    in the site's zone, not known here, that no zone keeps apart (see `all_before`)."""
    if one == other:
        return True
    if one.clock is None or other.clock is None:
        return False
    if (one.clock.offset is None) != (other.clock.offset is None):
        return not all_before(one, other) and not all_before(other, one)
    return one.clock.offset is not None and span(one, True) == span(other, True)


def span(fuzzy: FuzzyDate, exact: bool) -> tuple[datetime, datetime]:
    """Return the first and last moment a date may stand for, as its wall clock shows them
    (in UTC if an offset is given); not `exact`, in any of the world's zones."""
    clock = fuzzy.clock
    if clock is None:
        first = datetime.combine(fuzzy.first_day(), datetime.min.time())
        last = datetime.combine(fuzzy.last_day(), datetime.max.time())
    else:
        moment = datetime(fuzzy.year, fuzzy.month or 1, fuzzy.day or 1, clock.hour,
                          clock.minute, clock.second) - timedelta(minutes=clock.offset or 0)
        first = last = moment
    return (first, last) if exact else (first + UNZONED[0], last + UNZONED[1])


def as_given(fuzzy: FuzzyDate) -> str:
    """Return a date as a message names it: its day, and its time as given ('2024-06-26
    14:32', '2024-06-26 14:32+01:00')."""
    clock = fuzzy.clock
    if clock is None:
        return fuzzy.iso
    seconds = f":{clock.second:02d}" if clock.second else ""
    hours, minutes = divmod(abs(clock.offset or 0), 60)
    offset = "" if clock.offset is None else \
        f"{'-' if clock.offset < 0 else '+'}{hours:02d}:{minutes:02d}"
    return f"{fuzzy.iso} {clock.hour:02d}:{clock.minute:02d}{seconds}{offset}"


def read_dates(reader: Reader,
               fields: Fields) -> tuple[FuzzyDate | None, FuzzyDate | None]:
    """Return the explainer's published and updated dates; updated is not before published
    (a date known to the month or year is before only when all of it is; a time, to the
    minute)."""
    published = fields.date("published", required=True, news=True)
    updated = fields.date("updated", news=True)
    if published and updated and all_before(updated, published):
        reader.error(fields.values["updated"], f"'updated' ({as_given(updated)}) is before "
                     f"'published' ({as_given(published)})", "fix one of the two dates")
    return published, updated


def in_time_order(items: Iterable[T],
                  event_of: Callable[[T], TimelineEvent] = lambda item: item,  # type: ignore
                  ) -> list[T]:
    """Return a timeline's events oldest first, as the page shows them: by their day (a date
    known to the month or the year after the days within it); in a day, its times by the
    instant they stand for (a time without an offset from UTC at the offset of the first of
    the day's times that gives one), then its events without a time in the file's order; an
    expected event after one done at the same time."""
    items = list(items)
    offsets: dict[tuple[int, int | None, int | None], int] = {}
    for item in items:
        date = event_of(item).date
        if date.clock is not None and date.clock.offset is not None:
            offsets.setdefault((date.year, date.month, date.day), date.clock.offset)

    def key(item: T) -> tuple[tuple[int, ...], bool, int, bool]:
        event = event_of(item)
        date, clock = event.date, event.date.clock
        seconds = 0 if clock is None else \
            clock.seconds(offsets.get((date.year, date.month, date.day), 0))
        return ((date.year, date.month or 13, date.day or 32), clock is None, seconds,
                event.status == "expected")

    return sorted(items, key=key)
