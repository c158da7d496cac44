"""A span set off right after the one date its own sentence gives ("Malmö last held the contest
in 2013, eleven years earlier"), in apposition to it (see spans.py): the span tells that date's
distance from a moment the reader must guess. It is read from the event of the sentence
before, or from the story's own time: its main event (the timeline's event of the day the
explainer was published, or else its latest) or the day it was published; it is wrong only
where none of them fits. Where nothing else gives the span's other end (it opens its
paragraph, or stands in a relative clause: "who had called the election on 22 May, six weeks
earlier, conceded"), the day is its one end, measured from those moments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import FuzzyDate, TimelineEvent
from ..amounts.times import named_times
from ..texts.days import stated_dates
from ..texts.sentences import COMMAS
from .spanends import End, day_end, same_day
from .spanslips import slip
from .spanwords import AFTER

if TYPE_CHECKING:
    from .spans import Span

Story = tuple[FuzzyDate, list[TimelineEvent]]


def apposed_slip(head: str, span: Span, ends: tuple[End, End], story: Story,
                 language: str) -> str | None:
    """Return what the timeline measures against a span, if its count is beyond its
    precision; for a span in apposition to its sentence's one date, only if no moment the
    reader may measure it from (`story`: the day of publication and the timeline's events)
    fits it."""
    told = slip(span, *ends)
    if told is None or not apposed(head, ends[1], language):
        return told
    return None if any(fits(span, moment, ends[1]) for moment in story_moments(*story)) \
        else told


def apposed(head: str, own: End, language: str) -> bool:
    """Tell whether a span stands right after a day or a year its sentence gives (`head`, the
    words before it), set off by a comma, and the only one it gives: "in 2013, eleven years
    earlier", not "ousted on 17 November and reinstated on 22 November, six days later"."""
    before = head.rstrip()
    if own.event is not None or not before or before[-1] not in COMMAS:
        return False
    days = list(stated_dates(head, language))
    return before[:-1].rstrip().endswith(own.name) and len(days) <= 1 \
        and len(named_times(head, language)[0]) <= 1


def apposed_ends(head: str, span: Span, relative: bool, story: Story, language: str
                 ) -> tuple[End, End] | None:
    """Return the ends of a span said "earlier" (`relative`, before) in apposition to the one
    day its sentence gives, where nothing else gives its other end ("The mission had been
    launched on 14 July, 40 days earlier", opening a paragraph; "who had called the election
    on 22 May, six weeks earlier, conceded"): that day, measured from the story's main
    moment (apposed_slip then tries each of its moments); None for any other span, and for
    one said "later", whose start the story's own time, after its day, is not."""
    days = list(stated_dates(head, language))
    before = head.rstrip()
    if not relative or span.sense == AFTER or len(days) != 1 \
            or not before or before[-1] not in COMMAS \
            or before[:-1].rstrip() != head[:days[0].end].rstrip(" .") \
            or len(named_times(head, language)[0]) > 1:
        return None
    moment = story_moments(*story)[0]
    own = day_end(head, days[0], moment.when.first_day())
    return (moment, own) if own is not None else None


def story_moments(published: FuzzyDate, events: list[TimelineEvent]) -> list[End]:
    """Return the moments of a story's own time: its main event, the timeline's event of the
    day it was published or else its latest, and the day it was published."""
    own_day = [event for event in events if same_day(event.date, published)]
    day = FuzzyDate(published.year, published.month, published.day)
    if not events:
        return [End(day.iso, day, None)]  # no timeline: the day it was published alone
    main = own_day[-1] if own_day else max(events, key=lambda event: event.date.sort_key)
    return [End(f"'{main.title}'", main.date, main), End(day.iso, day, None)]


def fits(span: Span, moment: End, own: End) -> bool:
    """Tell whether a span measures the time from a moment to its own end, that end on the
    side of the moment the span says ("earlier" before it, "later" after it)."""
    later, earlier = (own, moment) if span.sense == AFTER else (moment, own)
    return later.when.last_day() >= earlier.when.first_day() and slip(span, moment, own) is None
