"""A country map's caption says that small countries are circled only when its map circles one."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import Tag

from .helpers import run_cli, soup, write_project

# Each story's countries, and whether its map circles one: the United Kingdom alone or three
# large countries have no ring; Malta and Luxembourg beside France and Germany are circled.
MAPS = {
    "alone": (["United Kingdom"], False),
    "large": (["United States", "Brazil", "China"], False),
    "small": (["France", "Germany", "Malta", "Luxembourg"], True),
}
CAPTIONS = {
    "en": ("Countries are shaded by role.", "Small countries are circled.",
           "The list below names each country under its role."),
    "ja": ("国・地域は役割ごとに色分けしています。", "小さな国・地域は円で囲んでいます。",
           "下の一覧では各国・地域を役割別に記載しています。"),
}
# A Latin sentence is followed by a space; a Japanese one, ended by a full-width stop, by none.
SPACE = {"en": " ", "ja": ""}


def story(language: str, countries: list[str]) -> str:
    """Return an explainer in a language listing countries, the first leading, the others
    supporting."""
    roles = ["lead"] + ["supporting"] * (len(countries) - 1)
    listed = "".join(f"  - {{name: {name}, role: {role}}}\n"
                     for name, role in zip(countries, roles, strict=True))
    return (f"---\ntitle: A story\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n\n"
            f"--- countries\ncountries:\n{listed}---\n")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site of one explainer per map and language."""
    root = write_project(tmp_path_factory.mktemp("captions") / "site", {
        f"content/{name}-{language}.md": story(language, countries)
        for name, (countries, _) in MAPS.items() for language in CAPTIONS})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


def figure_of(out: Path, name: str, language: str) -> Tag:
    """Return the map's figure of one explainer."""
    page = out / f"{name}-{language}.html"
    if not page.exists():
        page = out / language / f"{name}-{language}.html"
    figure = soup(page).select_one("figure.country-map")
    assert figure is not None
    return figure


def caption_text(figure: Tag) -> str:
    """Return what the caption says after its key."""
    caption = figure.figcaption
    assert caption is not None
    return "".join(caption.find_all(string=True, recursive=False)).strip()


@pytest.mark.parametrize("language", sorted(CAPTIONS))
@pytest.mark.parametrize("name", sorted(MAPS))
def test_the_caption_speaks_of_circles_only_when_the_map_draws_one(
        out: Path, name: str, language: str) -> None:
    figure = figure_of(out, name, language)
    rings = figure.select("svg circle.ring")
    shading, circled, listing = CAPTIONS[language]
    said = (shading, circled, listing) if MAPS[name][1] else (shading, listing)
    assert caption_text(figure) == SPACE[language].join(said)
    assert bool(rings) == MAPS[name][1], [ring["data-country"] for ring in rings]


def test_a_small_country_s_ring_is_the_one_the_caption_speaks_of(out: Path) -> None:
    rings = figure_of(out, "small", "en").select("svg circle.ring")
    assert {ring["data-country"] for ring in rings} == {"MT", "LU"}
