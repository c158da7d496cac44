"""Timelines that reach back centuries: years before 1000 and before the common era."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from explainer.content.model import FuzzyDate
from explainer.site.lexicon import Lexicon

from .helpers import REPO, run_cli, soup

STORY = """\
---
title: The long history of the caliphate
dek: From the Persian wars to 1924.
published: 2024-06-26
language: {language}
---

--- quote
text: Veni, vidi, vici.
speaker: Julius Caesar
date: -47
---

--- timeline
source: https://example.org/history
events:
  - date: -0490
    title: The Athenians win at Marathon
    approximate: true
  - date: -0044-03-15
    title: Caesar is killed
  - date: 632
    title: Abu Bakr becomes the first caliph
  - date: 0750-01-25
    title: The Abbasids win at the Zab
  - date: 1924-03-03
    title: Turkey abolishes the caliphate
---
"""


def build(make_site: Callable[..., Path], story: str) -> tuple[Path, str]:
    """Build a site of one story; return its output folder and what the build said."""
    root = make_site({"content/history.md": story})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public", result.stderr


def test_years_before_1000_and_bc_are_shown_in_order_in_the_page_language(
        make_site: Callable[..., Path]) -> None:
    public, _ = build(make_site, STORY.format(language="fr"))
    page = soup(public / "fr" / "history.html")
    shown = [" ".join(p.get_text(" ", strip=True).split())
             for p in page.select("section.timeline .event-date")]
    assert shown == ["490 av. J.-C. environ", "15 mars 44 av. J.-C.", "632", "25 janvier 750",
                     "3 mars 1924"]
    # No HTML date is negative: a year BC is shown without <time>, a year AD in four figures.
    assert [t["datetime"] for t in page.select("section.timeline time")] == \
        ["0632", "0750-01-25", "1924-03-03"]
    assert page.select_one("figure.quote figcaption, .quote figcaption").get_text() \
        .count("47 av. J.-C.") == 1


def test_data_files_carry_years_bc_as_negative(make_site: Callable[..., Path]) -> None:
    public, _ = build(make_site, STORY.format(language="en"))
    with (public / "data" / "history.timeline.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [(row["date"], row["display_date"]) for row in rows][:3] == [
        ("-0490", "About 490 BC"), ("-0044-03-15", "15 March 44 BC"), ("0632", "632")]
    slides = json.loads((public / "data" / "history.timelinejs.json").read_text())["events"]
    assert [slide["start_date"] for slide in slides][:2] == [
        {"year": -490, "display_date": "About 490 BC"},
        {"year": -44, "month": 3, "day": 15, "display_date": "15 March 44 BC"}]
    data = json.loads((public / "data" / "history.json").read_text())
    schema = json.loads((REPO / "docs" / "explainer.schema.json").read_text())
    jsonschema.validate(data, schema)
    (timeline,) = [s for s in data["sections"] if s["kind"] == "timeline"]
    assert [event["date"] for event in timeline["events"]][:3] == ["-0490", "-0044-03-15", "0632"]


@pytest.mark.parametrize(("language", "written"), [
    ("de", ["490 v. Chr.", "15. März 44 v. Chr.", "632", "8. Juni 632"]),
    ("ja", ["紀元前490年", "紀元前44年3月15日", "632年", "632年6月8日"]),
    ("ar", ["490 ق.م", "ق.م 44 مارس 15", "632", "8 يونيو 632"]),
])
def test_old_dates_are_written_as_cldr_writes_them(language: str, written: list[str]) -> None:
    words = Lexicon({}).words(language)
    dates = [FuzzyDate(-490), FuzzyDate(-44, 3, 15), FuzzyDate(632), FuzzyDate(632, 6, 8)]
    assert [words.date(date) for date in dates] == written


@pytest.mark.parametrize(("date", "message", "hint"), [
    ("500 BC", "'date' is not a date: '500 BC'", "write YYYY-MM-DD, YYYY-MM or YYYY: -500 "
     "(a year BC is negative: 500 BC is -500"),
    ("AD 632", "'date' is not a date: 'AD 632'", "write YYYY-MM-DD, YYYY-MM or YYYY: 632"),
    ("632-06-08", "'date' is not a date: '632-06-08'", "YYYY: 0632-06-08"),
    ("0", "'date' is not a real date: '0' (there is no year 0", "write 1 for AD 1, -1 for 1 BC"),
])
def test_a_date_of_long_ago_written_otherwise_says_how_to_write_it(
        make_site: Callable[..., Path], date: str, message: str, hint: str) -> None:
    story = STORY.format(language="en").replace("date: 632", f"date: {date}")
    root = make_site({"content/history.md": story})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert f"content/history.md:22:11: error: section 'timeline': {message}" in result.stderr
    assert hint in result.stderr
    assert "Traceback" not in result.stderr


def test_french_era_names_are_read_as_years_bc(make_site: Callable[..., Path]) -> None:
    story = STORY.format(language="fr").replace("date: 632", "date: 44 av. J.-C.")
    result = run_cli("check", "--root", make_site({"content/history.md": story}))
    assert "YYYY: -44 (a year BC is negative" in result.stderr


def test_events_bc_out_of_order_in_the_file_are_warned_about(
        make_site: Callable[..., Path]) -> None:
    story = STORY.format(language="en").replace("date: -0490", "date: -0040")
    _, said = build(make_site, story)
    assert "content/history.md:20: warning: section 'timeline': event dated -0044-03-15 " \
           "comes after one dated -0040 (line 17)" in said


@pytest.mark.parametrize(("dek", "marks"), [
    ("From the **revolution of 1804** to 1915.", "'**revolution of 1804**'"),
    ("From 1804 to the [occupation](https://example.org/1915).",
     "'[occupation](https://example.org/1915)'"),
])
def test_markdown_in_a_plain_dek_is_warned_about(make_site: Callable[..., Path], dek: str,
                                                 marks: str) -> None:
    story = STORY.format(language="en").replace("dek: From the Persian wars to 1924.",
                                                f"dek: {dek}")
    _, said = build(make_site, story)
    assert f"content/history.md:3:6: warning: front matter: 'dek' is plain text, so its " \
           f"Markdown {marks} is shown as typed" in said
