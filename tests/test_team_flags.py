"""The flag of a team of one part of a country: an entry whose label names a part of its
country that has a flag of its own (England, Scotland, Catalonia) shows that flag in the list
and in its embeddable piece, while the map still shades the country."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from explainer.site.geo import flag_svg

from .helpers import run_cli, soup, write_project

TEAMS = """--- countries
title: Teams
countries:
  - {name: United Kingdom, label: England, role: group b}
  - {name: Australia, role: group b}
  - {name: United Kingdom, label: Scotland, role: group b}
  - {name: GB, label: Team GB, role: also}
  - {name: Spain, label: Catalunya, role: also}
---
"""
STORY = ("---\ntitle: The draw\ndek: Teams in groups.\npublished: 2024-05-30\n{language}"
         "---\n\n--- summary\n---\nThe draw is made.\n\n{teams}")


def build(root: Path, teams: str, language: str = "") -> Path:
    """Build a site of one story with these teams; return its output folder."""
    story = STORY.format(teams=teams, language=f"language: {language}\n" if language else "")
    write_project(root, {"content/draw.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


def flags(page: BeautifulSoup) -> dict[str, str]:
    """Return the src of the flag beside each name in a page's countries list, by the name."""
    items = page.select("section.countries li.country")
    return {item.select_one(".country-name").get_text(strip=True):
            item.select_one("img.flag")["src"] for item in items}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("team-flags"), TEAMS)


def test_a_team_of_a_part_of_a_country_shows_its_own_flag(out: Path) -> None:
    shown = flags(soup(out / "draw.html"))
    assert shown == {"England": "flags/small/gb-eng.svg", "Australia": "flags/small/au.svg",
                     "Scotland": "flags/small/gb-sct.svg", "Team GB": "flags/small/gb.svg",
                     "Catalunya": "flags/small/es-ct.svg"}
    for code in ("gb-eng", "gb-sct", "es-ct"):
        assert (out / "flags" / "small" / f"{code}.svg").read_bytes() == flag_svg(code, small=True)


def test_its_embeddable_piece_shows_the_same_flags(out: Path) -> None:
    piece = soup(out / "embed" / "draw.countries.html")
    assert {name: Path(src).name for name, src in flags(piece).items()} == {
        "England": "gb-eng.svg", "Australia": "au.svg", "Scotland": "gb-sct.svg",
        "Team GB": "gb.svg", "Catalunya": "es-ct.svg"}


def test_the_map_and_the_country_page_keep_the_country(out: Path, tmp_path: Path) -> None:
    # The same teams under labels that name no part of a country: the map is the same.
    plain = build(tmp_path, TEAMS.replace("label: England", "label: England XI")
                  .replace("label: Scotland", "label: Scotland XI")
                  .replace("label: Catalunya", "label: Barça"))
    assert str(soup(out / "draw.html").select_one("section.countries svg")) == \
        str(soup(plain / "draw.html").select_one("section.countries svg"))
    heading = soup(out / "countries" / "gb.html").select_one("h1 img.flag")
    assert heading["src"] == "../flags/gb.svg"


def test_a_part_is_known_by_its_name_in_the_page_s_language(tmp_path: Path) -> None:
    teams = TEAMS.replace("label: England", "label: Schottland").replace(
        "label: Scotland", "label: Nordirland")
    shown = flags(soup(build(tmp_path, teams, "de") / "de" / "draw.html"))
    assert shown["Schottland"] == "../flags/small/gb-sct.svg"
    assert shown["Nordirland"] == "../flags/small/gb.svg"  # its one official flag
