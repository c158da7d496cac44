"""A title that calls or announces an event tells that act, not the event: "three days after
the election" beside "Sunak calls a general election for 4 July" is measured from the vote,
not from the day it was called."""

from __future__ import annotations

import pytest

from .test_span_claims import span_warnings

CALLED = {
    "en": [("2024-05-22", "Sunak calls a general election for 4 July"),
           ("2024-07-04", "The United Kingdom votes"),
           ("2024-07-07", "Starmer names his cabinet")],
    "fr": [("2024-06-09", "Macron annonce des élections législatives pour le 30 juin"),
           ("2024-06-30", "Les Français votent"),
           ("2024-07-03", "Gabriel Attal présente sa démission")],
}
# Each sentence with "{}" for the span: the first count is wrong, the second right.
SAID = [
    ("en", "Starmer named his cabinet {} days after the election.", "two", "three",
     "'The United Kingdom votes' (2024-07-04)"),
    ("en", "Starmer named his cabinet {} days after the general election.", "four", "three",
     "'The United Kingdom votes' (2024-07-04)"),
    ("en", "Starmer named his cabinet {} days after Sunak called the election.", "45", "46",
     "'Sunak calls a general election for 4 July' (2024-05-22)"),
    ("fr", "Gabriel Attal a présenté sa démission {} jours après l'élection.", "deux", "trois",
     "'Les Français votent' (2024-06-30)"),
]


def timeline(events: list[tuple[str, str]]) -> str:
    """Return a timeline of some events, each a day and a title."""
    listed = "".join(f"  - date: {day}\n    title: {title}\n" for day, title in events)
    return f"\n--- timeline\nsource: https://example.org/\nevents:\n{listed}---\n"


@pytest.mark.parametrize(("language", "prose", "wrong", "right", "start"), SAID)
def test_a_span_from_what_a_title_calls_is_measured_from_the_event_itself(
        language: str, prose: str, wrong: str, right: str, start: str) -> None:
    events = timeline(CALLED[language])
    warned = span_warnings(prose.format(wrong), language, events)
    assert len(warned) == 1 and start in warned[0], warned
    assert span_warnings(prose.format(right), language, events) == []


def test_another_title_that_is_the_event_is_its_start() -> None:
    events = timeline([("2024-05-22", "Sunak calls a general election for 4 July"),
                       ("2024-07-04", "Britain votes in a general election"),
                       ("2024-07-07", "Starmer names his cabinet")])
    warned = span_warnings("Starmer named his cabinet two days after the election.", "en", events)
    assert len(warned) == 1 and "'Britain votes in a general election' (2024-07-04)" \
        in warned[0], warned
    assert span_warnings("Starmer named his cabinet three days after the election.", "en",
                         events) == []


def test_without_the_event_the_day_the_title_sets_is_its_start() -> None:
    events = timeline([("2024-05-22", "Sunak calls a general election for 4 July"),
                       ("2024-05-30", "Parliament is dissolved"),
                       ("2024-07-07", "Starmer names his cabinet")])
    warned = span_warnings("Starmer named his cabinet two days after the election.", "en", events)
    assert len(warned) == 1 and "after 4 July (2024-07-04)" in warned[0], warned
    assert span_warnings("Starmer named his cabinet three days after the election.", "en",
                         events) == []


def test_what_a_title_calls_without_a_day_is_no_start() -> None:
    events = timeline([("2016-02-20", "Cameron announces a referendum"),
                       ("2016-03-01", "The campaign opens"),
                       ("2016-06-27", "Osborne speaks")])
    assert span_warnings("Osborne spoke three days after the referendum.", "en", events) == []
