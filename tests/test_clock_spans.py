"""Spans in hours and minutes between two timed events: held to the timeline's times of day
only where both ends carry one (the event's, or a time written right after the span)."""

from __future__ import annotations

import pytest

from .test_span_claims import span_warnings

OUTAGE = """
--- timeline
source: https://example.org/
events:
  - date: 2024-07-19 04:09 Z
    title: CrowdStrike releases the faulty update
  - date: 2024-07-19{withdrawn}
    title: CrowdStrike withdraws the update
  - date: 2024-07-20
    title: Microsoft publishes a recovery tool
---
"""
QUAKES = """
--- timeline
source: https://example.org/
events:
  - date: 2023-02-06{first}
    title: A magnitude 7.8 earthquake strikes near Gaziantep
  - date: 2023-02-06{second}
    title: A second earthquake strikes near Elbistan
  - date: 2023-02-20
    title: A third earthquake hits Hatay
---
"""
TIMED = QUAKES.format(first=" 04:17 +03:00", second=" 13:24 +03:00")
UNTIMED = QUAKES.format(first="", second="")
ELECTION = """
--- timeline
source: https://example.org/
events:
  - date: 2024-07-07{closed}
    title: Polls close in France
  - date: 2024-07-07 22:00 +02:00
    title: The left alliance claims victory
  - date: 2024-07-09
    title: Attal resigns
---
"""
FIRST = "A magnitude 7.8 earthquake struck near Gaziantep. "
SECOND_FR = "Un séisme de magnitude 7,8 frappe près de Gaziantep. "


@pytest.mark.parametrize(("prose", "right", "timeline", "told"), [
    ("CrowdStrike released the faulty update. CrowdStrike withdrew the file 87 minutes later, "
     "at 05:27 UTC.", "78 minutes", OUTAGE.format(withdrawn=" 05:27 Z"),
     "87 minutes after 'CrowdStrike releases the faulty update' (2024-07-19), but the timeline "
     "dates 'CrowdStrike withdraws the update' 2024-07-19 05:27+00:00, 78 minutes after "
     "2024-07-19 04:09+00:00"),
    # The time the sentence gives is the end's, where the timeline gives the event none.
    ("CrowdStrike released the faulty update. CrowdStrike withdrew the file 87 minutes later, "
     "at 05:27 UTC.", "78 minutes", OUTAGE.format(withdrawn=""),
     "87 minutes after 'CrowdStrike releases the faulty update' (2024-07-19), but it gives 05:27 "
     "UTC, 78 minutes after 2024-07-19 04:09+00:00"),
    (FIRST + "Six hours later, a second earthquake struck near Elbistan.", "Nine hours", TIMED,
     "Six hours after 'A magnitude 7.8 earthquake strikes near Gaziantep' (2023-02-06), but the "
     "timeline dates 'A second earthquake strikes near Elbistan' 2023-02-06 13:24+03:00, 9 hours "
     "7 minutes after 2023-02-06 04:17+03:00"),
    ("The left alliance claimed victory three hours after polls closed.", "two hours",
     ELECTION.format(closed=" 20:00 +02:00"),
     "three hours after 'Polls close in France' (2024-07-07), but the timeline dates 'The left "
     "alliance claims victory' 2024-07-07 22:00+02:00, 2 hours after 2024-07-07 20:00+02:00"),
    # Rough: within an hour.
    (FIRST + "About seven hours later, a second earthquake struck near Elbistan.", "About "
     "nine hours", TIMED, "About seven hours after 'A magnitude 7.8 earthquake strikes near "
     "Gaziantep' (2023-02-06), but the timeline dates 'A second earthquake strikes near "
     "Elbistan' 2023-02-06 13:24+03:00, 9 hours 7 minutes after 2023-02-06 04:17+03:00"),
])
def test_a_span_of_the_clock_the_timeline_times_otherwise_is_a_warning(
        prose: str, right: str, timeline: str, told: str) -> None:
    assert [line.split(" says ")[1] for line in span_warnings(prose, timeline=timeline)] \
        == [told]
    wrong = told.split(" after ")[0]
    assert span_warnings(prose.replace(wrong, right), timeline=timeline) == []


@pytest.mark.parametrize(("language", "titles", "prose", "right"), [
    ("fr", ("Un séisme de magnitude 7,8 frappe près de Gaziantep",
            "Un second séisme frappe près d'Elbistan", "Un troisième séisme touche le Hatay"),
     "Un séisme de magnitude 7,8 a frappé près de Gaziantep. Six heures plus tard, un second "
     "séisme a frappé près d'Elbistan.", "Neuf heures"),
    ("es", ("Un terremoto de magnitud 7,8 sacude Gaziantep",
            "Un segundo terremoto sacude Elbistan", "Un tercer terremoto golpea Hatay"),
     "Un terremoto de magnitud 7,8 sacudió Gaziantep. Seis horas después, un segundo terremoto "
     "sacudió Elbistan.", "Nueve horas"),
    ("de", ("Ein Erdbeben der Stärke 7,8 erschüttert Gaziantep",
            "Ein zweites Erdbeben erschüttert Elbistan", "Ein drittes Erdbeben trifft Hatay"),
     "Ein Erdbeben der Stärke 7,8 erschütterte Gaziantep. Sechs Stunden später erschütterte "
     "ein zweites Erdbeben Elbistan.", "Neun Stunden"),
])
def test_a_span_of_hours_is_held_to_the_timeline_in_french_spanish_and_german(
        language: str, titles: tuple[str, str, str], prose: str, right: str) -> None:
    timeline = own_titles(TIMED, titles)
    told = span_warnings(prose, language, timeline)
    assert len(told) == 1 and "9 hours 7 minutes after" in told[0], told
    wrong = " ".join(prose.split(". ")[1].split()[:2])
    assert span_warnings(prose.replace(wrong, right), language, timeline) == []
    assert span_warnings(prose, language, own_titles(UNTIMED, titles)) == []


def own_titles(timeline: str, titles: tuple[str, str, str]) -> str:
    """Return a timeline of the earthquakes with its titles in another language."""
    english = [line.split("title: ")[1] for line in timeline.splitlines() if "title: " in line]
    for old, new in zip(english, titles, strict=True):
        timeline = timeline.replace(old, new)
    return timeline


@pytest.mark.parametrize(("prose", "timeline"), [
    # No time of day at either end, or at one: the hours are measured from nothing.
    (FIRST + "Six hours later, a second earthquake struck near Elbistan.", UNTIMED),
    (FIRST + "Six hours later, a second earthquake struck near Elbistan.",
     QUAKES.format(first=" 04:17 +03:00", second="")),
    ("The left alliance claimed victory three hours after polls closed.",
     ELECTION.format(closed="")),
    # Half an hour is no count of an hour.
    (FIRST + "Half an hour later, a second earthquake struck near Elbistan.", TIMED),
    # A bound the times lie on the side of.
    (FIRST + "More than eight hours later, a second earthquake struck near Elbistan.", TIMED),
    # A sum of units, each counted.
    (FIRST + "Nine hours and seven minutes later, a second earthquake struck near Elbistan.",
     TIMED),
])
def test_a_span_of_the_clock_without_both_times_or_within_its_precision_is_silent(
        prose: str, timeline: str) -> None:
    assert span_warnings(prose, timeline=timeline) == []
