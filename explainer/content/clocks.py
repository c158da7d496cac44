"""Read the time of day a date of publication or update may give ('2024-06-26 14:32',
'2024-06-26T14:32:00+01:00'), and compare such dates to the minute."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from yaml.nodes import Node, ScalarNode

from .header import Reader
from .model import Clock, FuzzyDate

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
# How far a time given without an offset may be from UTC, before the site's zone is known:
# UTC-12:00 to UTC+14:00, which the zones of the world keep within.
UNZONED = (timedelta(hours=-14), timedelta(hours=12))


def timed(reader: Reader, node: Node, name: str, fuzzy: FuzzyDate) -> FuzzyDate:
    """Return a date of publication or update with the time of day its text gives after the
    day, if any ('2024-06-26 14:32', '2024-06-26T14:32:00+01:00'); a time that is none is an
    error, and the date is kept without it."""
    given = DAY_TIME.fullmatch(node.value.strip()) if isinstance(node, ScalarNode) else None
    if given is None:
        return fuzzy
    time = TIME.fullmatch(given["time"])
    clock = clock_of(time) if time is not None and fuzzy.day is not None else None
    if clock is None:
        reader.error(node, f"'{name}' gives '{given['time']}' after " + (
            "its day, which is no time of day" if fuzzy.day is not None else
            "a date without its day: a time of day needs the day"), TIME_HINT)
        return fuzzy
    return dataclasses.replace(fuzzy, clock=clock)


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
