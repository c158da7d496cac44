"""Persian pages date their days in the Solar Hijri calendar, as Iranian and Afghan newsrooms
do ("۱۵ آذر ۱۴۰۳" is 5 December 2024), with CLDR's month names for it; the data stays ISO's."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from explainer.content.solarhijri import solar_hijri

from .helpers import run_cli, soup

BUILD_DAY = {"SOURCE_DATE_EPOCH": "1735689600"}  # 2025-01-01


@pytest.mark.parametrize(("day", "solar"), [
    (date(2024, 3, 20), (1403, 1, 1)), (date(2024, 3, 19), (1402, 12, 29)),
    (date(2024, 12, 5), (1403, 9, 15)), (date(1979, 2, 11), (1357, 11, 22)),
    (date(2025, 3, 20), (1403, 12, 30)),  # 1403 is a leap year: Esfand has 30 days
    (date(2025, 3, 21), (1404, 1, 1)), (date(2024, 9, 22), (1403, 7, 1)),
    (date(1989, 6, 3), (1368, 3, 13)), (date(622, 3, 22), (1, 1, 1))])
def test_a_gregorian_day_is_converted_to_the_solar_hijri_calendar(
        day: date, solar: tuple[int, int, int]) -> None:
    assert solar_hijri(day) == solar


def test_the_solar_hijri_days_follow_each_other_without_a_gap() -> None:
    lengths = [31] * 6 + [30] * 5
    day, before = date(1800, 1, 1), solar_hijri(date(1800, 1, 1))
    while day < date(2300, 1, 1):
        day += timedelta(days=1)
        now = solar_hijri(day)
        assert before is not None and now is not None
        year, month, of_month = before
        following = [(year, month, of_month + 1), (year, month + 1, 1)] if month < 12 else \
            [(year, 12, of_month + 1), (year + 1, 1, 1)]
        assert now in following, day
        if now[2] == 1 and month < 12:
            assert of_month == lengths[month - 1], day
        if now[2] == 1 and month == 12:
            assert of_month in (29, 30), day
        before = now


def test_a_day_before_the_calendar_s_first_year_has_none() -> None:
    assert solar_hijri(date(622, 3, 21)) is None
    assert solar_hijri(date(300, 5, 2)) is None


STORY = """\
---
title: {title}
dek: A short dek.
published: 2024-12-05 09:30
changes:
  - date: 2024-12-05 09:30
    text: Adds the vote.
language: {language}
---

--- summary
---
Something happened.

--- quote
text: We will stay.
speaker: A minister
date: 1979-02-11
---

--- timeline
events:
{events}---
"""
# Thirteen events: the timeline is long, and shown by year.
DAYS = ["2023-03-20", "2023-03-21", "2023-06", "2023-09-01", "2023-12-01", "2024-01-10",
        "2024-03-19", "2024-03-20", "2024-06-01", "2024-09-01", "2024-10-01", "2024-11-01",
        "2024-12-05"]


def build(make_site: Callable[..., Path], language: str) -> Path:
    events = "".join(f"  - date: {day}\n    title: Event {number}\n"
                     f"    source: https://example.org/{number}\n"
                     for number, day in enumerate(DAYS))
    root = make_site({"site.yml": f"language: {language}\ntimezone: Asia/Tehran\n"
                                   "base_url: https://example.org/\n",
                      "content/vote.md": STORY.format(title="Vote", language=language,
                                                      events=events)})
    result = run_cli("build", "--root", root, "--output", root / "public", env=BUILD_DAY)
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_a_persian_page_dates_its_days_in_the_solar_hijri_calendar(make_site) -> None:
    out = build(make_site, "fa")
    page = soup(out / "vote.html")
    byline = page.select_one(".byline").get_text(" ")
    assert "۱۵ آذر ۱۴۰۳" in byline and "۹:۳۰" in byline and "2024" not in byline
    listed = soup(out / "index.html").select_one(".explainer-list time")
    assert (listed.get_text(), listed["datetime"]) == ("۱۵ آذر ۱۴۰۳", "2024-12-05T09:30:00+03:30")
    timeline = page.select_one("section.timeline")
    shown = [time.get_text() for time in timeline.select("ol time")]
    assert shown[:3] == ["۲۹ اسفند ۱۴۰۱", "۱ فروردین ۱۴۰۲", "ژوئن ۲۰۲۳"]
    assert shown[6:8] == ["۲۹ اسفند ۱۴۰۲", "۱ فروردین ۱۴۰۳"]
    assert [time["datetime"] for time in timeline.select("ol time")] == DAYS
    # A year heading is the Solar Hijri year, which begins in March: 2024-01-10 is in 1402.
    assert [(h3.get_text(), h3["id"]) for h3 in timeline.select("h3.timeline-year")] == [
        ("۱۴۰۱", "timeline-1401"), ("۱۴۰۲", "timeline-1402"), ("۱۴۰۳", "timeline-1403")]
    assert "۲۲ بهمن ۱۳۵۷" in page.select_one(".quote, figure.quote, section.quote").get_text()
    assert "۱۵ آذر ۱۴۰۳" in page.select_one("#changes, .changes").get_text()


def test_a_persian_page_s_data_stay_gregorian(make_site) -> None:
    out = build(make_site, "fa")
    page = soup(out / "vote.html")
    ld = json.loads(page.select_one("script[type='application/ld+json']").string)
    assert "2024-12-05T09:30:00+03:30" in json.dumps(ld)
    assert "<published>2024-12-05T09:30:00+03:30</published>" in \
        (out / "feed.xml").read_text(encoding="utf-8")


def test_an_afghan_persian_page_names_the_months_as_afghans_do(make_site) -> None:
    out = build(make_site, "fa-AF")
    assert "۱۵ قوس ۱۴۰۳" in soup(out / "vote.html").select_one(".byline").get_text(" ")
