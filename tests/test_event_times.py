"""An event dated to the minute: its page shows the time as written, in the page's language,
orders a day's events by it, and its data files carry it."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from .helpers import REPO, run_cli, soup
from .test_checks import FRENCH, FRONT, warnings_of

AFTER = FRONT.replace("2024-05-23", "2024-08-12")  # published after the Games
APRÈS = FRENCH.replace("2024-05-23", "2024-08-12")

STORY = """\
---
title: Collision
dek: What happened, hour by hour.
published: 2025-03-12{language}
---

--- timeline
source: https://example.org/a
events:
  - date: 2025-01-30
    title: The search becomes a recovery
  - date: 2025-01-29
    title: A day of snow
  - date: 2025-01-29 20:48 -05:00
    title: The jet and the helicopter collide
  - date: 2025-01-29T18:18-05:00
    title: The jet leaves Wichita
  - date: 2025-01-29 02:00 +01:00
    title: A briefing in Europe
  - date: 2025-01-29
    title: Another event
  - date: 2025-01-29 20:47
    title: The tower calls the helicopter
---
"""
TITLES = ["A briefing in Europe", "The jet leaves Wichita", "The tower calls the helicopter",
          "The jet and the helicopter collide", "A day of snow", "Another event",
          "The search becomes a recovery"]


def built(make_site: Callable[..., Path], language: str = "") -> Path:
    """Build the story, in English or the language given, and return the output folder."""
    front = f"\nlanguage: {language}" if language else ""
    root = make_site({"content/crash.md": STORY.format(language=front)})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    assert "time of day" not in result.stderr
    return root / "public"


def events_of(page: Path) -> list[tuple[str, str | None, str]]:
    """Return each event's date as the page shows it, its datetime, and its title."""
    return [(item.select_one(".event-date").get_text(), item.time.get("datetime"),
             item.select_one(".event-title").get_text())
            for item in soup(page).select("section.timeline li.event")]


@pytest.mark.parametrize(("language", "at_848", "at_1818", "times"), [
    ("", "29 January 2025, 8:48\u202fpm", "29 January 2025, 6:18\u202fpm",
     ["2:00\u202fam", "6:18\u202fpm", "8:47\u202fpm", "8:48\u202fpm"]),
    ("de", "29. Januar 2025, 20:48", "29. Januar 2025, 18:18",
     ["02:00", "18:18", "20:47", "20:48"])])
def test_the_page_writes_the_time_as_its_language_does_and_orders_the_day_by_it(
        make_site: Callable[..., Path], language: str, at_848: str, at_1818: str,
        times: list[str]) -> None:
    public = built(make_site, language)
    events = events_of(public / language / "crash.html")
    assert [title for _, _, title in events] == TITLES
    shown = {title: (text, stamp) for text, stamp, title in events}
    assert shown["The jet and the helicopter collide"] == (at_848, "2025-01-29T20:48-05:00")
    assert shown["The jet leaves Wichita"] == (at_1818, "2025-01-29T18:18-05:00")
    # A time without an offset is the clock's as written, at the day's offset for its order.
    assert shown["The tower calls the helicopter"][1] == "2025-01-29T20:47"
    assert shown["A day of snow"][1] == "2025-01-29"
    page = soup(public / language / "crash.html")
    assert [time.get_text() for time in page.select(".event-time")] == times


def test_the_data_files_carry_the_time_as_written(make_site: Callable[..., Path]) -> None:
    data = built(make_site) / "data"
    document = json.loads((data / "crash.json").read_text(encoding="utf-8"))
    schema = json.loads((REPO / "docs" / "explainer.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    dates = [event["date"] for event in document["sections"][0]["events"]]
    assert dates[:4] == ["2025-01-29T02:00+01:00", "2025-01-29T18:18-05:00",
                         "2025-01-29T20:47", "2025-01-29T20:48-05:00"]
    rows = list(csv.DictReader(io.StringIO((data / "crash.timeline.csv").read_text("utf-8"))))
    crash = rows[3]
    assert (crash["title"], crash["date"], crash["precision"], crash["display_date"]) == (
        "The jet and the helicopter collide", "2025-01-29T20:48-05:00", "minute",
        "29 January 2025, 8:48\u202fpm")
    assert rows[4]["precision"] == "day"
    slides = json.loads((data / "crash.timelinejs.json").read_text(encoding="utf-8"))["events"]
    assert slides[3]["start_date"] == {"year": 2025, "month": 1, "day": 29, "hour": 20,
                                       "minute": 48}
    assert slides[4]["start_date"] == {"year": 2025, "month": 1, "day": 29}


@pytest.mark.parametrize(("date", "line", "message"), [
    ('"20:48"', "content/x.md:10:11: error: section 'timeline': 'date' gives a time of day, "
     "'20:48', without its day", None),
    ("2025-01-29 25:61", "content/x.md:10:11: error: section 'timeline': 'date' gives '25:61' "
     "after its day, which is no time of day: the hours go to 23, the minutes to 59", None),
    ("2025-01-29 20:48 -5", "content/x.md:10:11: error: section 'timeline': 'date' gives "
     "'20:48 -5' after its day, and after the time '-5', which is no offset from UTC", None),
    ("2025-01-29T20:48+05:75", "content/x.md:10:11: error: section 'timeline': 'date' gives "
     "'20:48+05:75' after its day, with an offset from UTC that is none", "±HH:MM"),
    ("2025-01-29 8:48 pm", "content/x.md:10:11: error: section 'timeline': 'date' gives "
     "'8:48 pm' after its day, a time of the 12-hour clock", None),
    ("2025-01 20:48", "content/x.md:10:11: error: section 'timeline': 'date' gives '20:48' "
     "after a date without its day: a time of day needs the day", None),
])
def test_a_time_that_is_none_is_an_error_at_its_place_with_a_hint(
        make_site: Callable[..., Path], date: str, line: str, message: str | None) -> None:
    body = f"""
--- timeline
source: https://example.org/a
events:
  - date: {date}
    title: The collision
---
"""
    root = make_site({"content/x.md": FRONT + body})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert line in result.stderr
    assert "hint: write the time after the day on the 24-hour clock, HH:MM" in result.stderr
    assert message is None or message in result.stderr
    assert "Traceback" not in result.stderr


TIMED = """
--- prose
heading: Night
---
{text}

--- timeline
source: https://example.org/a
events:
  - date: 2025-01-29 20:48 -05:00
    title: The jet and the helicopter collide over the Potomac
  - date: 2025-01-30 07:30
    title: Officials say they believe no one survived
---
"""
LATER = FRONT.replace("2024-05-23", "2025-03-12")


@pytest.mark.parametrize("text", [
    "The jet and the helicopter collided over the Potomac at 8:48 p.m. on 29 January.",
    "The jet and the helicopter collided over the Potomac on 29 January 2025, 20:48 EST.",
    "At 7:30 on 30 January, officials said they believed no one survived.",
])
def test_a_day_the_text_gives_with_its_time_is_no_other_day(text: str) -> None:
    assert warnings_of(TIMED.format(text=text), LATER) == []


def test_a_day_the_text_gives_otherwise_is_still_warned_about_beside_a_time() -> None:
    text = "The jet and the helicopter collided over the Potomac on 28 January."
    assert [warning.split(": warning: ")[1] for warning in
            warnings_of(TIMED.format(text=text), LATER)] == [
        "section 'prose' gives 28 January, but the timeline dates 'The jet and the helicopter "
        "collide over the Potomac' 2025-01-29 (line 15)"]


FINALS = """
--- timeline
source: https://example.org/results
events:
  - date: {date}
    display_date: "{shown}"
    title: The final
---
"""


@pytest.mark.parametrize(("front", "date", "shown"), [
    (AFTER, "2024-08-10", "11 August, 15:30"),
    (AFTER, "2024-08-11", "11 September, 15:30"),
    (AFTER, "2024-08", "11 September, 15:30"),
    (AFTER, "2024-08-11", "11 August 2023, 15:30"),
    (APRÈS, "2024-08-10", "11 août, 15 h 30"),
])
def test_a_display_date_of_another_day_than_the_date_is_warned_about(
        front: str, date: str, shown: str) -> None:
    assert warnings_of(FINALS.format(date=date, shown=shown), front) == [
        f"content/x.md:{front.count(chr(10)) + 5}: warning: section 'timeline': event 'The "
        f"final' is dated {date}, but "
        f"its display_date '{shown}' gives another day"]


@pytest.mark.parametrize(("front", "date", "shown"), [
    (AFTER, "2024-08-11", "11 August, 15:30"),  # the day, and its time
    (AFTER, "2024-08-11 15:30", "11 August, 3.30pm"),  # the day, and the date's time
    (AFTER, "2024-08-11", "Sunday 11 August 2024, 15:30"),
    (AFTER, "2024-08", "11 August, 15:30"),  # a day of the date's month
    (AFTER, "2024-08-10", "10-11 August"),  # a range: any of its days
    (AFTER, "2024-08-10", "late on 10 August, early on 11 August"),  # words of two days
    (AFTER, "2024-08-10", "the last weekend"),  # no day at all
    (APRÈS, "2024-08-11", "11 août, 15 h 30"),
])
def test_a_display_date_of_the_date_s_day_is_not_warned_about(
        front: str, date: str, shown: str) -> None:
    assert warnings_of(FINALS.format(date=date, shown=shown), front) == []


def test_a_breaking_news_story_shows_its_night_hour_by_hour(make_site: Callable[..., Path]) -> None:
    story = REPO / "tests" / "fixtures" / "stories" / "potomac-midair-collision.md"
    root = make_site({"content/potomac.md": story.read_text(encoding="utf-8")})
    result = run_cli("build", "--root", root, "--output", root / "public", "--strict",
                     "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    events = events_of(root / "public" / "potomac.html")
    assert [(text, stamp) for text, stamp, _ in events[:4]] == [
        ("29 January 2025, 6:18\u202fpm", "2025-01-29T18:18-05:00"),
        ("29 January 2025, 8:47\u202fpm", "2025-01-29T20:47-05:00"),
        ("29 January 2025, 8:48\u202fpm", "2025-01-29T20:48-05:00"),
        ("29 January 2025, 8:58\u202fpm", "2025-01-29T20:58-05:00")]
    assert events[-1][:2] == ("11 March 2025", "2025-03-11")
