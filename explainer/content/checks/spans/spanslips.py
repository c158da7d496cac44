"""How far a span between two events is off the timeline's dates (see spans.py): a span is
wrong only beyond its own precision, days to the day, weeks within three days, months within
15 days or by the count of calendar months, years by the count of calendar years or within
half a year; a rough span as its count is rounded; a sum of units, "48 years, five months and
two days", as its largest unit's count, up to the days its other units add; a bounded span,
"more than 18 months", on its bound's side of its count, or of the whole of a sum."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clockspans import MINUTES, clock_slip
from .spanends import End, clocked
from .spanlanguages import LESS, MORE
from .spanwords import AFTER, UNIT_DAYS

if TYPE_CHECKING:
    from .spans import Span

LEEWAY = {"day": 0, "week": 3, "month": 15, "year": 183}


def slip(span: Span, start: End, own: End) -> str | None:
    """Return what the timeline measures, if the span's count is beyond its precision."""
    if span.unit in MINUTES:
        return clock_slip(span, start, own)
    later, earlier = (own, start) if span.sense == AFTER else (start, own)
    low = (later.when.first_day() - earlier.when.last_day()).days
    high = (later.when.last_day() - earlier.when.first_day()).days
    if high < 0:
        return None  # the other way round: not the events meant, or unsure
    leeway = LEEWAY[span.unit] + (rounding(span) if span.rough else 0) + \
        (1 if clocked(start, own) else 0)
    claimed = span.count * UNIT_DAYS[span.unit]
    calendar = calendar_count(span, earlier, later)
    days = (low - leeway, high + leeway)
    if calendar == span.count and not span.rest and not span.bound or not year_alone(own) and \
            within(span, claimed, days) or beyond(span.bound, claimed + span.rest, days):
        return None
    measured = (f"{low} day{'' if low == 1 else 's'}" if low == high
                else f"{low} to {high} days")
    if calendar is not None:
        counted = f"{calendar} calendar {span.unit}{'' if calendar == 1 else 's'}"
        measured = counted if year_alone(own) else f"{measured} ({counted})"
    shown = (f"the timeline dates {own.name} {own.when.iso}" if own.event is not None
             else f"it gives {own.name}")
    return f"{shown}, {measured} {span.sense}"


def within(span: Span, claimed: float, days: tuple[int, int]) -> bool:
    """Tell whether the days between two events (their fewest and most, with the leeway) fit
    a span's count, up to the days the rest of its sum adds; a bound before a sum bounds the
    whole, which beyond() holds alone."""
    return days[0] <= claimed + span.rest and claimed <= days[1] and \
        not (span.bound and span.rest)


def beyond(bound: str, claimed: float, days: tuple[int, int]) -> bool:
    """Tell whether the days between two events (their fewest and most, with the leeway) lie
    on the side of a span's count its bound says: above it for "more than", below for "less
    than"."""
    return bound == MORE and days[1] >= claimed or bound == LESS and days[0] <= claimed


def nearest_reading(span: Span, readings: list[tuple[End, End]]) -> tuple[End, End] | None:
    """Return of the readings of a span's ends the one that fits it, or else the one whose
    days come nearest its count ("20 days after the declaration" beside three titles that
    declare is held to the nearest); None if there are none."""
    claimed = span.count * UNIT_DAYS[span.unit]
    return min(readings, default=None, key=lambda ends: (
        slip(span, *ends) is not None,
        abs(abs((ends[1].when.first_day() - ends[0].when.first_day()).days) - claimed)))


def year_alone(own: End) -> bool:
    """Tell whether an end is a year a sentence gives alone ("founded in 1956"): a span to it
    counts the calendar years, as its reader does."""
    return own.event is None and own.when.month is None


def rounding(span: Span) -> int:
    """Return the days a rough span may be off: half the place of its count's last digit that
    is not a zero ("about 40 days" five, "some 1,500 days" fifty), a day at least."""
    place = 1
    while span.count % (place * 10) == 0:
        place *= 10
    return max(1, int(place // 2 * UNIT_DAYS[span.unit]))


def calendar_count(span: Span, earlier: End, later: End) -> int | None:
    """Return the calendar months or years between two ends, for a span of months or years
    (2023-10 to 2025-01 is 15 months, 2 years); None for another unit, or dates without the
    months counted."""
    if span.unit == "year":
        return later.when.year - earlier.when.year
    if span.unit == "month" and earlier.when.month and later.when.month:
        return (later.when.year - earlier.when.year) * 12 + later.when.month - earlier.when.month
    return None
