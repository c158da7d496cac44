"""Spans in hours and minutes between two timed events (see spans.py): "87 minutes later",
"Six hours later, a second earthquake struck", "two hours after the polls closed". Such a span
is measured only where both its ends carry a time of day: a timeline event's time, or for its
own end a time written right after it ("87 minutes later, at 05:27 UTC"), read as the time
checks read it (dates/daytimes.py), in its zone where it names one. Where an end has none,
the span is not held to anything. A count of minutes is wrong beyond two minutes, one of hours
beyond half an hour; a rough one ("about six hours", "nearly 90 minutes") beyond twice that,
or half the place of its count's last digit that is not a zero; the instants are compared
where both ends give their offset from UTC, else their clocks."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from ...clocks import as_given
from ...model import Clock, FuzzyDate
from ..dates.daytimes import StatedTime, stated_times
from ..dates.zonenames import zone_offset
from ..texts.sentences import COMMAS
from .spanends import End
from .spanlanguages import LESS, MORE, span_words
from .spanwords import AFTER, SpanWords, alternatives, forms

if TYPE_CHECKING:
    from .spans import Span

# Each language's words of a span's units of the clock, added to its units of the calendar.
CLOCK_UNITS = {
    "en": {**forms("hour", "hour", "hours"), **forms("minute", "minute", "minutes")},
    "fr": {**forms("hour", "heure", "heures"), **forms("minute", "minute", "minutes")},
    "es": {**forms("hour", "hora", "horas"), **forms("minute", "minuto", "minutos")},
    "de": {**forms("hour", "stunde", "stunden"), **forms("minute", "minute", "minuten")},
}
# The words that open a time of day set off right after a span: "87 minutes later, at 05:27".
TIME_OPENERS = {"en": ("at",), "fr": ("à",), "es": ("a las", "a la"), "de": ("um",)}
# The words before a count that make it a part of its unit, not read: "half an hour later".
PARTS_BEFORE = {"en": ("half",)}
MINUTES = {"minute": 1, "hour": 60}
# How many minutes either side a span of each unit of the clock may be off.
CLOCK_LEEWAY = {"minute": 2, "hour": 30}
DAY_MINUTES = 24 * 60


@functools.cache  # once per language tag
def clock_span_words(language: str) -> SpanWords | None:
    """Return a language's words of a span, with the units of the clock where it has them
    (and the words that make a count a part of one: "half an hour" is no count of an hour)."""
    words = span_words(language)
    tongue = language.split("-")[0].lower()
    clock = CLOCK_UNITS.get(tongue)
    if words is None or clock is None:
        return words
    return dataclasses.replace(words, units={**words.units, **clock},
                               bounds=(*words.bounds, *PARTS_BEFORE.get(tongue, ())))


def given_time(plain: str, span: Span, ends: tuple[End, End], language: str
               ) -> tuple[End, End]:
    """Return a span of the clock's ends, its own end at the time written right after it
    ("87 minutes later, at 05:27 UTC") where that end has no time of its own."""
    start, own = ends
    if span.unit not in MINUTES or own.when.clock is not None or start.when.clock is None \
            or own.when.day is None:
        return ends
    openers = alternatives(TIME_OPENERS.get(language.split("-")[0].lower(), ()))
    lead = re.compile(rf"\s*[{COMMAS}]?\s*(?:(?:{openers})\s+)?", re.IGNORECASE) \
        .match(plain, span.end)
    tail = plain[lead.end():lead.end() + 40] if lead else ""
    one = next(iter(stated_times(tail, language)), None)
    if one is None or one.start != 0:
        return ends
    clock = clock_of(one, start.when.clock, span, language, own.when)
    return start, End(" ".join(tail[:one.end].split()),
                      dataclasses.replace(own.when, clock=clock), None)


def clock_of(one: StatedTime, start: Clock, span: Span, language: str, day: FuzzyDate
             ) -> Clock:
    """Return the clock a time gives, its hour the one of its readings ("at 5:27": 5:27 or
    17:27) nearest where the span puts it from its start."""
    step = span.count * MINUTES[span.unit] * (1 if span.sense == AFTER else -1)
    near = (start.hour * 60 + start.minute + step) % DAY_MINUTES
    hour = min(one.hours, key=lambda hour: min((hour * 60 + one.minute - near) % DAY_MINUTES,
                                               (near - hour * 60 - one.minute) % DAY_MINUTES))
    offset = None if one.zone is None else zone_offset(one.zone, language, day.first_day())
    return Clock(hour, one.minute, 0, offset)


def clock_slip(span: Span, start: End, own: End) -> str | None:
    """Return what the timeline measures against a span of hours or minutes, if its count is
    beyond its precision; None where it is not, or an end gives no time of day."""
    later, earlier = (own, start) if span.sense == AFTER else (start, own)
    apart = minutes_between(earlier.when, later.when)
    if apart is None or apart < 0:
        return None
    claimed = span.count * MINUTES[span.unit]
    whole = claimed + span.rest * DAY_MINUTES
    low, high = apart - clock_leeway(span), apart + clock_leeway(span)
    if low <= whole and claimed <= high and not (span.bound and span.rest) \
            or span.bound == MORE and high >= whole or span.bound == LESS and low <= whole:
        return None
    shown = (f"the timeline dates {own.name} {as_given(own.when)}" if own.event is not None
             else f"it gives {own.name}")
    return f"{shown}, {as_minutes(round(apart), span.unit)} {span.sense} {as_given(start.when)}"


def clock_leeway(span: Span) -> float:
    """Return the minutes a span of the clock may be off: its unit's leeway, and for a rough
    one twice that, or half the place of its count's last digit that is not a zero."""
    if not span.rough:
        return CLOCK_LEEWAY[span.unit]
    place = 1
    while span.count % (place * 10) == 0:
        place *= 10
    return max(2 * CLOCK_LEEWAY[span.unit], place / 2 * MINUTES[span.unit])


def minutes_between(earlier: FuzzyDate, later: FuzzyDate) -> float | None:
    """Return the minutes from one time of a day to another: between the instants where both
    give their offset from UTC, else their clocks; None unless both give a day and a time."""
    if earlier.clock is None or later.clock is None or earlier.day is None \
            or later.day is None:
        return None
    days = (later.first_day() - earlier.first_day()).days
    shift = 0 if earlier.clock.offset is None or later.clock.offset is None \
        else earlier.clock.offset - later.clock.offset
    return days * DAY_MINUTES + on_clock(later.clock) - on_clock(earlier.clock) + shift


def on_clock(clock: Clock) -> float:
    """Return the minutes of a day a clock shows."""
    return clock.hour * 60 + clock.minute + clock.second / 60


def as_minutes(minutes: int, unit: str) -> str:
    """Return a count of minutes as a message gives it, in a span's unit: "78 minutes", "9
    hours 7 minutes"."""
    hours, rest = divmod(minutes, 60) if unit == "hour" else (0, minutes)
    parts = [f"{hours} hour{'' if hours == 1 else 's'}"] if hours else []
    if rest or not hours:
        parts.append(f"{rest} minute{'' if rest == 1 else 's'}")
    return " ".join(parts)
