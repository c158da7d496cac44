"""A count of countries of another time than the country list's: "That emergency ended on 11 May
2023, after more than 87,000 cases in 111 countries", in a story published in August 2024,
counts the countries of that earlier time, not those the list shows now.

A count is of another time where its sentence gives a day, year and all, more than a year
before the explainer was published: the list shows the story as it stands then. A day without
its year, or one of the story's own year ("On 14 August 2024, 111 countries..."), leaves the
count held against the list.
"""

from __future__ import annotations

from datetime import date, timedelta

from ...model import Explainer
from ..texts.days import stated_dates
from ..texts.sentences import sentence_at

# How long before publication a day may lie and still be the time the country list shows.
STORY_TIME = timedelta(days=366)


def story_start(explainer: Explainer) -> date:
    """Return the earliest day the country list may show: a year before publication."""
    published = explainer.published
    return date(published.year, published.month or 1, published.day or 1) - STORY_TIME


def of_another_time(text: str, start: int, language: str, earliest: date) -> bool:
    """Tell whether the sentence of the count at start gives a day, with its year, that lies
    before `earliest`."""
    first = (earliest.year, earliest.month, earliest.day)
    return any(day.year is not None and (day.year, day.month, day.day) < first
               for day in stated_dates(sentence_at(text, start), language))
