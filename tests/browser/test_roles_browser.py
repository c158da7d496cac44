"""Stories with their own roles in a real browser: valid, accessible in both schemes, every
country findable on the map at a phone's width."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from ..test_roles import STORIES
from .pages import SCHEMES
from .tools import axe_each, page_errors


def page_of(story: Path) -> str:
    """Return where a story's page is in the site: in its language's folder, if it is written
    in another language than the site's."""
    language = re.search(r"^language:\s*(\S+)", story.read_text(encoding="utf-8"), re.M)
    folder = f"{language[1].lower()}/" if language and language[1] != "en" else ""
    return f"{folder}{story.stem}.html"


PAGES = {path.stem: page_of(path) for path in sorted(STORIES.glob("*.md"))}
# The stories with a country list (a central bank's decision may have none).
LISTED = [path.stem for path in sorted(STORIES.glob("*.md"))
          if re.search(r"^--- countries\b", path.read_text(encoding="utf-8"), re.M)]


@pytest.fixture(scope="module")
def stories_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the three fixture stories."""
    root = tmp_path_factory.mktemp("roles") / "site"
    write_project(root, {f"content/{path.name}": path.read_text(encoding="utf-8")
                         for path in STORIES.glob("*.md")})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_the_stories_pass_the_nu_html_checker(stories_site: Path, vnu) -> None:
    assert vnu([stories_site / page for page in PAGES.values()]) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violations_in_the_stories(stories_site: Path, make_page, axe,
                                                scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    assert axe_each(page, axe, stories_site, list(PAGES.values())) == {}
    assert page_errors(page).all == []


@pytest.mark.parametrize("slug", LISTED)
def test_every_listed_country_can_be_found_on_the_map_at_390_px(
        stories_site: Path, make_page, slug: str) -> None:
    page = make_page(viewport={"width": 390, "height": 900})
    page.goto((stories_site / PAGES[slug]).as_uri())
    assert page.locator("section.countries").count() == 1
    codes = page.locator("li.country").evaluate_all("els => els.map(e => e.dataset.iso)")
    if not codes:  # a list of organisations alone ("the EU"): no map to find them on
        assert page.locator("svg.world-map").count() == 0
    for code in codes:
        shapes = page.locator(f"svg.world-map [data-country={code}]")
        sizes = [max(box["width"], box["height"]) for box in
                 (shapes.nth(i).bounding_box() for i in range(shapes.count())) if box]
        assert max(sizes, default=0) >= 10, f"{code} is {sizes} px on {slug}"


@pytest.mark.parametrize("width", [390, 1280])
def test_an_organisation_s_long_name_wraps_beside_its_badge(tmp_path: Path, make_page,
                                                            width: int) -> None:
    story = ("---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: es\n---\n\n"
             "--- countries\ncountries:\n  - {name: Uganda, role: other}\n"
             "  - {organisation: Comunidad de Desarrollo de África Austral, role: other}\n"
             "  - {organisation: M23, role: other}\n---\n")
    root = write_project(tmp_path / "site", {"content/a.md": story})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = make_page(viewport={"width": width, "height": 900})
    page.goto((root / "public" / "es" / "a.html").as_uri())
    for item in page.locator("li.organisation:has(.org-badge)").all():
        badge = item.locator(".org-badge").bounding_box()
        name = item.locator(".country-name").bounding_box()
        assert badge and name
        assert name["x"] >= badge["x"] + badge["width"]  # beside it, never below it
        assert abs(name["y"] - badge["y"]) < badge["height"]
    # M23's badge would repeat its name: there is none, and the name lines up with Uganda's.
    assert page.locator("li.organisation").count() == 2
    indents = [page.locator(f"li.{kind}").evaluate(
        "li => li.querySelector('.country-name').getBoundingClientRect().left"
        " - li.getBoundingClientRect().left") for kind in ("unbadged", "country")]
    assert indents[0] > 0 and abs(indents[0] - indents[1]) < 1
