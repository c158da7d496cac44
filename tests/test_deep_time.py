"""Timelines that reach back into prehistory: years of five figures and more before the common
era, which pages write in years ago from 100,000 BC."""

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
title: How a 3.2-million-year-old skeleton still shapes the story of human origins
dek: Fifty years after Lucy was found, a study of her species' teeth.
published: 2026-11-20
language: {language}
---

--- timeline
source: https://iho.asu.edu/about/lucys-story
events:
  - date: -300000
    title: The first Homo sapiens appear in Africa
    approximate: true
  - date: -66000000
    title: An asteroid ends the age of the dinosaurs
    approximate: true
  - date: -3200000
    title: Lucy lives and dies near Hadar
  - date: 1974-11-24
    title: Lucy's skeleton is found
  - date: 2025
    title: A study of her species' teeth
---
"""


def build(make_site: Callable[..., Path], language: str) -> Path:
    """Build a site of the story in a language; return its output folder."""
    root = make_site({"content/lucy.md": STORY.format(language=language)})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public"


@pytest.mark.parametrize(("language", "page", "shown"), [
    ("en", "lucy.html", ["About 66,000,000 years ago", "3,200,000 years ago",
                         "About 300,000 years ago", "24 November 1974", "2025"]),
    ("de", "de/lucy.html", ["Etwa vor 66.000.000 Jahren", "vor 3.200.000 Jahren",
                            "Etwa vor 300.000 Jahren", "24. November 1974", "2025"]),
])
def test_years_of_prehistory_are_shown_in_years_ago_and_in_order(
        make_site: Callable[..., Path], language: str, page: str, shown: list[str]) -> None:
    public = build(make_site, language)
    html = soup(public / page)
    assert [" ".join(p.get_text(" ", strip=True).split())
            for p in html.select("section.timeline .event-date")] == shown
    # A year BC has no HTML date: only the two of the common era have a <time>.
    assert [t["datetime"] for t in html.select("section.timeline time")] == ["1974-11-24", "2025"]


def test_data_files_carry_years_of_prehistory_as_negative_years(
        make_site: Callable[..., Path]) -> None:
    public = build(make_site, "en")
    with (public / "data" / "lucy.timeline.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [(row["date"], row["display_date"]) for row in rows][:2] == [
        ("-66000000", "About 66,000,000 years ago"), ("-3200000", "3,200,000 years ago")]
    slides = json.loads((public / "data" / "lucy.timelinejs.json").read_text())["events"]
    assert slides[0]["start_date"] == {"year": -66000000,
                                       "display_date": "About 66,000,000 years ago"}
    data = json.loads((public / "data" / "lucy.json").read_text())
    jsonschema.validate(data, json.loads((REPO / "docs" / "explainer.schema.json").read_text()))


def test_years_bc_of_five_figures_stay_years_bc_below_100000() -> None:
    words = Lexicon({}).words("en")
    assert [words.date(FuzzyDate(year)) for year in (-10000, -99999, -100000)] == \
        ["10000 BC", "99999 BC", "100,000 years ago"]


@pytest.mark.parametrize(("language", "date", "meant"), [
    ("en", "about 66 million years ago", "-66000000"),
    ("en", "-66,000,000", "-66000000"),
    ("en", "3.2 Ma", "-3200000"),
    ("en", "-300000-06", "-300000"),
    ("de", "3,2 Millionen Jahre", "-3200000"),
    ("de", "vor 300.000 Jahren", "-300000"),
])
def test_a_year_of_prehistory_written_otherwise_says_how_to_write_it(
        make_site: Callable[..., Path], language: str, date: str, meant: str) -> None:
    story = STORY.format(language=language).replace("date: -3200000", f"date: {date}")
    root = make_site({"content/lucy.md": story})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert f"content/lucy.md:17:11: error: section 'timeline': 'date' is not a date: " \
        f"'{date}'" in result.stderr
    assert f"hint: write YYYY-MM-DD, YYYY-MM or YYYY: {meant} (a year BC is negative" \
        in result.stderr
    assert "Traceback" not in result.stderr
