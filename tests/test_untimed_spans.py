"""Spans in an explainer without a timeline: measured between the days its text gives, from
the one day of the sentence before or an earlier day of its own, a day without its year in the
year before the story was published."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

FRONT = "---\ntitle: Mpox spreads beyond Africa\ndek: D\npublished: {published}\n---\n"


def spans_told(prose: str, published: str = "2024-09-23") -> list[str]:
    """Return what each warning about a span of a summary says, after the section's name."""
    found = warnings_of(f"--- summary\n---\n{prose}\n", FRONT.format(published=published))
    return [line.split("section 'summary' says ")[1] for line in found]


@pytest.mark.parametrize(("prose", "told"), [
    ("The WHO declared an emergency on 14 August. Two days later, on 15 August, Sweden "
     "reported its first case.",
     "Two days after 14 August (2024-08-14), but it gives 15 August, 1 day after"),
    ("The WHO declared an emergency on 14 August. Two days later, Sweden reported its first "
     "case on 15 August.",
     "Two days after 14 August (2024-08-14), but it gives 15 August, 1 day after"),
    ("The WHO declared an emergency on 14 August, and two days later, on 15 August, Sweden "
     "reported its first case.",
     "two days after 14 August (2024-08-14), but it gives 15 August, 1 day after"),
    ("Talks began in Doha on 9 February. Five days later, on 13 February, they collapsed.",
     "Five days after 9 February (2024-02-09), but it gives 13 February, 4 days after"),
    ("Talks began on 9 February 2024. Five days later, on 13 February, they collapsed.",
     "Five days after 9 February 2024 (2024-02-09), but it gives 13 February, 4 days after"),
    # A span set off after its own sentence's day, measured from the sentence before.
    ("Talks began on 9 February. They collapsed on 13 February, five days later.",
     "five days after 9 February (2024-02-09), but it gives 13 February, 4 days after"),
])
def test_a_span_between_two_days_the_text_gives_is_held_to_them(prose: str, told: str
                                                                ) -> None:
    assert spans_told(prose) == [told]
    right = prose.replace("Two days", "A day").replace("two days", "a day") \
        .replace("Five days", "Four days").replace("five days", "four days")
    assert spans_told(right) == []


@pytest.mark.parametrize("prose", [
    # The sentence before gives two days: which one the span is measured from, unsure.
    "The ceasefire began on 19 January, and hostages were freed on 9 February. Five days "
    "later, on 13 February, talks began.",
    # A new paragraph: measured from what, unsure.
    "Talks began on 9 February.\n\nFive days later, on 13 February, they collapsed.",
    # No day at its other end: no timeline to date an event by.
    "The WHO declared an emergency on 14 August. Two days later, Sweden reported a case.",
])
def test_a_span_whose_other_day_is_unsure_is_silent(prose: str) -> None:
    assert spans_told(prose) == []


@pytest.mark.parametrize(("published", "days", "warns"), [
    # 28 February to 1 March: two days in a leap year, one in another.
    ("2024-09-23", "Two days", False), ("2024-09-23", "One day", True),
    ("2025-09-23", "One day", False), ("2025-09-23", "Two days", True),
])
def test_a_day_without_its_year_is_in_the_year_before_publication(published: str, days: str,
                                                                  warns: bool) -> None:
    prose = f"Talks began on 28 February. {days} later, on 1 March, they collapsed."
    assert bool(spans_told(prose, published)) is warns
