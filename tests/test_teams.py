"""Teams of one country in a list: England and Scotland both play for the United Kingdom,
each under its own `label:`, and the page, the data, the map and the counts keep them apart."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .helpers import run_cli, soup, write_project
from .test_count_claims import said
from .test_schema import read

TEAMS = """--- countries
title: Teams
countries:
  - {name: India, role: group a}
  - {name: United Kingdom, label: England, role: group b}
  - {name: Australia, role: group b}
  - {name: United Kingdom, label: Scotland, role: group b}
  - {name: Namibia, role: group b}
---
"""
STORY = ("---\ntitle: The draw\ndek: Five teams in two groups.\npublished: 2024-05-30\n"
         "---\n\n--- summary\n---\nThe draw is made.\n\n" + TEAMS)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = write_project(tmp_path_factory.mktemp("teams"), {"content/draw.md": STORY})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out", result.stderr


def test_two_teams_of_one_country_are_both_listed(built: tuple[Path, str]) -> None:
    out, stderr = built
    page = soup(out / "draw.html")
    names = [name.get_text(strip=True) for name in page.select("section.countries "
                                                               ".country-name")]
    assert names == ["India", "England", "Australia", "Scotland", "Namibia"]
    assert page.select_one("section.countries h2 .count").get_text() == "(5)"
    assert "listed twice" not in stderr


def test_the_map_shades_their_country_once(built: tuple[Path, str]) -> None:
    page = soup(built[0] / "draw.html")
    title = page.select_one("section.countries svg title").get_text()
    assert "4 countries" in title
    legend = [li.get_text(" ", strip=True) for li in page.select(".map-legend li")]
    assert legend == ["Group a (1)", "Group b (3)"]  # England and Scotland shade one country


def test_the_key_leaves_out_a_group_whose_country_an_earlier_one_shades(tmp_path: Path) -> None:
    teams = TEAMS.replace("  - {name: United Kingdom, label: Scotland, role: group b}\n",
                          "  - {name: United Kingdom, label: Scotland, role: football}\n"
                          "  - {name: United Kingdom, label: Wales, role: football}\n")
    root = write_project(tmp_path, {"content/draw.md": STORY.replace(TEAMS, teams)})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    page = soup(root / "out" / "draw.html")
    legend = [li.get_text(" ", strip=True) for li in page.select(".map-legend li")]
    assert legend == ["Group a (1)", "Group b (3)"]
    shaded = {path["class"][1] for path in page.select("svg path[data-country]")}
    assert shaded == {"group-1", "group-2"}
    headings = [h.get_text(" ", strip=True) for h in page.select("section.countries h3")]
    assert headings == ["Group a (1)", "Group b (3)", "Football (2)"]  # the list keeps them


def test_the_data_and_the_country_page_keep_each_team(built: tuple[Path, str]) -> None:
    out = built[0]
    rows = list(csv.DictReader(io.StringIO(
        (out / "data" / "draw.countries.csv").read_text(encoding="utf-8"))))
    assert [(row["code"], row["name"]) for row in rows if row["code"] == "GB"] == [
        ("GB", "England"), ("GB", "Scotland")]
    listed = soup(out / "countries" / "gb.html").select(".explainer-list article")
    assert [item.select_one("h2").get_text(strip=True) for item in listed] == ["The draw"]


def test_the_structured_data_names_each_team(built: tuple[Path, str]) -> None:
    [data] = [json.loads(script.string) for script in soup(built[0] / "draw.html").select(
        'script[type="application/ld+json"]')]
    # Group a is what the story is about; England and Scotland are both mentioned, each once.
    assert [(place["name"], place["identifier"]) for place in data["about"]] == [("India", "IN")]
    assert [(place["name"], place["identifier"]) for place in data["mentions"]] == [
        ("England", "GB"), ("Australia", "AU"), ("Scotland", "GB"), ("Namibia", "NA")]


@pytest.mark.parametrize("repeat", [
    "  - {name: United Kingdom, label: England, role: group b}\n",  # the same team
    "  - {name: UK, label: Britain, role: group b}\n",  # another name of the country
    "  - {name: UK, role: group b}\n",  # the country itself, after a label of its own name
])
def test_one_team_listed_twice_is_still_warned_of(repeat: str) -> None:
    first = "  - {name: United Kingdom, label: England, role: group b}\n" \
        if "England" in repeat else "  - {name: UK, label: Great Britain, role: group a}\n"
    _, problems = read("--- countries\ncountries:\n" + first + repeat + "---\n")
    assert [p.severity for p in problems] == ["warning"]
    assert "is listed twice" in problems[0].message


@pytest.mark.parametrize("text", [
    "Five teams from four countries play.",  # England and Scotland play for one country
    "The teams of five nations play.",  # as a sports desk counts the home nations
])
def test_a_count_of_the_teams_or_of_their_countries_is_true(text: str) -> None:
    assert said(text, countries=TEAMS) == []


def test_a_wrong_count_is_still_warned_of_by_teams_and_countries() -> None:
    assert said("Six countries play.", countries=TEAMS) == [
        "section 'summary' says 'Six countries' but the country list has 5 entries, of 4 "
        "countries"]


def test_states_of_one_country_are_no_countries_in_a_wrong_counts_warning() -> None:
    states = ("--- countries\ncountries:\n"
              + "".join(f"  - {{name: United States, label: {state}, role: hit}}\n"
                        for state in ("Florida", "Georgia", "South Carolina"))
              + "  - {name: Mexico, role: aid}\n  - {name: UN, role: aid}\n---\n")
    assert said("Five countries sent help.", countries=states) == [
        "section 'summary' says 'Five countries' but the country list has 4 entries, of 2 "
        "countries"]
