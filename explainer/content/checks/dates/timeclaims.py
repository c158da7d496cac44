"""Times of day the prose gives for events that the timeline times otherwise.

A sentence saying that the jet and the helicopter collided "at 8:50 p.m.", beside a timeline
whose event "The jet and the helicopter collide over the Potomac" is dated `2025-01-29 20:48`,
has one of the two wrong. A time of day in the prose (daytimes.py reads it as the explainer's
language writes it) is tied to an event as a day is (dateclaims.py): its sentence names the
event's title, or tells one of the happenings the title joins ("the bridge collapsed"), says no
other act ("announced") and gives no bound ("by 9 p.m."), nor another day than the event's. It
is wrong if it is further from the event's time than a copy desk allows: a minute for a time
given to the minute ("8:47" may round 20:47:40 or 20:48:20, but "8:50" is another minute), five
for one said to be rounded ("about 8:45", "gegen 20.45 Uhr", "20時45分頃": "about 8:48" and "8:47"
are one moment to a reader), half an hour for one given to the hour alone ("9 p.m.", "20 Uhr"),
which rounds the event's. Where the event gives its offset from UTC and the text names a zone
whose offset is known (zonenames.py), the two instants are compared ("01:48 GMT" is 20:48
-05:00); else the two clocks' times. A sentence that gives the event's own time besides ("the
tower called at 8:47; the jet hit at 8:48") is not held to the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ....errors import Problem
from ...clocks import as_given
from ...model import Clock, Explainer, Timeline, TimelineEvent
from ..amounts.countwarnings import placed, warning
from ..texts.days import stated_dates
from ..texts.eventclauses import Clause, told_clause
from ..texts.otherdays import of_the_event, other_days
from ..texts.sentences import sentence_at, sentence_start
from ..texts.textnames import names_said
from .dateclaims import (
    Title,
    authors_text,
    event_titles,
    prose_of,
    spoken_of,
)
from .daytimes import StatedTime, stated_times
from .zonenames import zone_offset

# How far, in minutes, a time may be from its event's and still be taken for it: one given to
# the minute may round the event's either way ("8:47" of 20:48:30); one said to be rounded
# ("about 8:45") is the same moment to a reader within five; one given to the hour alone
# ("9 p.m.") rounds the event's to the hour.
TO_THE_MINUTE = 1
ABOUT = 5
TO_THE_HOUR = 30
DAY = 24 * 60


def check_times(explainer: Explainer, content_words: Callable[[str], set[str]],
                capitalised_nouns: bool = False) -> Iterator[Problem]:
    """Warn about a time of day in the prose that the timeline gives its event otherwise."""
    dated = [event for section in explainer.sections if isinstance(section, Timeline)
             for event in section.events if event.date.day is not None
             and not event.approximate]
    if not any(event.date.clock is not None for event in dated):
        return
    # Read when the prose gives a time: most give none.
    titles: tuple[list[Title], list[Clause]] | None = None
    for where, line, text in prose_of(explainer):
        plain = authors_text(text)
        stated = list(stated_times(plain, explainer.language))
        for one in stated:
            titles = titles or event_titles(tuple(dated), content_words, capitalised_nouns,
                                        explainer.language)
            event = timed_event(explainer, plain, one, titles, content_words)
            if event is None or any(agrees(explainer.language, other, event)
                                    for other in stated if other.start != one.start
                                    and other.start in range(*sentence_span(plain, one))):
                continue
            yield placed(explainer, line, text, one.start,
                         f"{where} gives {written(text, one)}, but the timeline times "
                         f"'{event.title}' {as_given(event.date)} (line {event.line})",
                         "make the two agree (a time within a minute of the event's is taken "
                         "as its own; 'about 8:45' within 5 minutes; '9 p.m.' within half an "
                         "hour); if they are two moments, add the other one to the timeline")


def timed_event(explainer: Explainer, plain: str, one: StatedTime,
                titles: tuple[list[Title], list[Clause]],
                content_words: Callable[[str], set[str]]) -> TimelineEvent | None:
    """Return the timed event a time's sentence speaks of, if the time is not the event's
    own: none for a bound, another act's time, or a sentence of another day. The sentence
    may name the event's title, or tell one of the happenings it joins ("the bridge collapsed"
    of "The ship strikes a pier and the bridge collapses", eventclauses.py)."""
    said = plain[slice(*sentence_span(plain, one))]
    words = content_words(said)
    event = spoken_of(words, titles[0], names_said(said, content_words, explainer.language)) \
        or told_clause(words, titles[1]) or of_its_day(said, words, titles[0], explainer.language)
    if event is None or event.date.clock is None or agrees(explainer.language, one, event):
        return None
    if not of_the_event(other_days(explainer.language), plain, one.start, one.end, said, event):
        return None
    if any((day.month, day.day) != (event.date.month, event.date.day)
           for day in stated_dates(said, explainer.language)):
        return None  # a time of another day, whose day dateclaims.py holds to the timeline
    return event


def of_its_day(said: str, words: set[str], titles: list[Title],
               language: str) -> TimelineEvent | None:
    """Return the one timed event of a day the sentence gives whose title shares two of its
    words or more, one of them none of that day's other timed titles has ("At 04:19 on 19 July
    2024, CrowdStrike pushed an update" of "CrowdStrike releases the update", not of
    "CrowdStrike withdraws the update", at 05:27 that day); None if there are none or more."""
    days = {(day.month, day.day) for day in stated_dates(said, language)}
    timed = [title for title in titles if title.event.date.clock is not None
             and (title.event.date.month, title.event.date.day) in days]
    found = [title.event for title in timed if len(words & title.words) >= 2
             and words & title.words - set().union(*(other.words for other in timed
                                                    if other is not title))]
    return found[0] if len(found) == 1 else None


def sentence_span(text: str, one: StatedTime) -> tuple[int, int]:
    """Return where the sentence of a time starts and ends."""
    start = sentence_start(text, one.start)
    return start, start + len(sentence_at(text, one.start, one.end - 1))


def agrees(language: str, one: StatedTime, event: TimelineEvent) -> bool:
    """Tell whether a time of day may be an event's: as near it as the time's precision lets
    a reader take it, as instants where both give their offset from UTC, else on the clock."""
    clock: Clock | None = event.date.clock
    if clock is None:
        return True
    offset = None if one.zone is None or clock.offset is None else \
        zone_offset(one.zone, language, event.date.first_day())
    shift = 0 if offset is None or clock.offset is None else clock.offset - offset
    own = clock.hour * 60 + clock.minute + clock.second / 60
    apart = min(min((hour * 60 + one.minute + shift - own) % DAY,
                    (own - hour * 60 - one.minute - shift) % DAY) for hour in one.hours)
    return apart <= (TO_THE_HOUR if not one.to_the_minute else ABOUT if one.about
                     else TO_THE_MINUTE)


def written(text: str, one: StatedTime) -> str:
    """Return a time as the text writes it, on one line."""
    return " ".join(text[one.start:one.end].split())


def display_time_slip(explainer: Explainer, event: TimelineEvent) -> Iterator[Problem]:
    """Warn about an event whose display_date gives one time of day that is not its date's
    ("11 August, 3.30pm" beside 2024-08-11 15:45): the page shows the one and orders by the
    other."""
    if not event.display_date or event.date.clock is None:
        return
    stated = list(stated_times(event.display_date, explainer.language))
    if len(stated) != 1 or agrees(explainer.language, stated[0], event):
        return
    yield warning(explainer, event.line, None,
                  f"section 'timeline': event '{event.title}' is dated "
                  f"{as_given(event.date)}, but its display_date '{event.display_date}' gives "
                  f"another time, {written(event.display_date, stated[0])}",
                  "make the two agree: 'date' orders the event on the timeline, "
                  "'display_date' is what the page shows")
