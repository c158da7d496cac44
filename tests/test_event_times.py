"""An event dated to the minute: the page shows days, so the time is not lost unsaid."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, soup
from .test_checks import FRENCH, FRONT, warnings_of

AFTER = FRONT.replace("2024-05-23", "2024-08-12")  # published after the Games
APRÈS = FRENCH.replace("2024-05-23", "2024-08-12")

STORY = """\
---
title: Quake
dek: What happened, hour by hour.
published: 2026-12-02
---

--- timeline
events:
  - date: 2026-12-01 14:46
    title: The earthquake strikes
    source: https://example.org/a
  - date: 2026-12-01T14:49:00+09:00
    title: A tsunami warning is issued
    source: https://example.org/b
  - date: 2026-12-01
    display_date: 1 December, 15:28
    title: The first wave reaches the port
    source: https://example.org/c
---
"""


def test_a_time_of_day_in_an_event_date_is_warned_about_once(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/quake.md": STORY})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    assert "content/quake.md:9:11: warning: section 'timeline': 'date' gives a time of day, " \
           "'14:46', '14:49', which is neither shown nor used: events of one day keep the " \
           "file's order on lines 9, 12 (2 entries)" in result.stderr
    assert "to show the time, write it in 'display_date:'" in result.stderr
    assert result.stderr.count("time of day") == 1
    page = soup(root / "public" / "quake.html")
    dates = [t.get_text(" ", strip=True) for t in page.select("section.timeline .event-date")]
    assert dates[-1] == "1 December, 15:28"


def test_strict_fails_on_an_event_time_the_page_drops(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/quake.md": STORY})
    result = run_cli("check", "--root", root, "--strict")
    assert result.returncode == 1
    assert "'14:46'" in result.stderr


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
