"""A timeline event's display_date that gives another day than its date.

"11 August, 15:30" beside the date 2024-08-10: the page shows the one and orders the timeline by
the other. The day is read as days.py reads a day in the explainer's language; a range of days,
or words of several days, are not read, and a night named by the morning it ends on ("ночь на 25
марта") is the day before (nights.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from ....errors import Problem
from ...model import Explainer, TimelineEvent
from ..amounts.countwarnings import warning
from ..texts.days import stated_dates
from ..texts.nights import night_before
from .dateclaims import on_day


def display_date_slip(explainer: Explainer, event: TimelineEvent) -> Iterator[Problem]:
    """Warn about an event whose display_date gives one day, as days.py reads it in the
    explainer's language, that is not its date's ("11 August, 15:30" beside 2024-08-10): the
    page shows the one and orders by the other. A range of days, or words of several days,
    are not read."""
    own = event.date
    if not event.display_date or own.month is None or not own.common_era:
        return
    stated = list(stated_dates(event.display_date, explainer.language))
    if len(stated) != 1:
        return
    [one] = stated
    if (one.month, one.day) == (own.month, own.day or one.day) and one.year in (None, own.year) \
            or night_before(event.display_date, one.start, explainer.language) and on_day(
                own.year, one.month, one.day) == own.first_day() + timedelta(days=1):
        return  # "ночь на 25 марта" ends the night of 24 March
    yield warning(explainer, event.line, None,
                  f"section 'timeline': event '{event.title}' is dated {own.iso}, but its "
                  f"display_date '{event.display_date}' gives another day",
                  "make the two agree: 'date' places the event on the timeline, "
                  "'display_date' is what the page shows")
