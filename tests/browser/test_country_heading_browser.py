"""A country page's heading: the flag beside the name, however long the name and either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from ..test_country_names import countries_section

# The flag's box and the boxes of the lines of the name (its text, not the heading's box).
GEOMETRY = """() => {
  const h1 = document.querySelector('h1.country-heading');
  const box = (r) => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
  const name = [...h1.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim());
  const range = document.createRange();
  range.selectNodeContents(name);
  const lines = [...range.getClientRects()].filter((r) => r.width > 1).map(box);
  return {flag: box(h1.querySelector('.flag').getBoundingClientRect()), lines};
}"""


@pytest.fixture(scope="module", params=["en", "ar"])
def heading_site(request: pytest.FixtureRequest,
                 tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site in a left-to-right and a right-to-left language listing a long-named
    country and a short-named one."""
    root = tmp_path_factory.mktemp(f"heading-{request.param}")
    story = ("---\ntitle: Talks\ndek: D\npublished: 2024-05-23\n---\n\n"
             + countries_section("Bosnia and Herzegovina", "Peru"))
    write_project(root, {"site.yml": f"language: {request.param}\n", "content/talks.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


def heading_geometry(make_page, site: Path, code: str) -> dict:
    """Return where the flag and the name's lines of a country's page heading stand."""
    page = make_page(viewport={"width": 360, "height": 800})
    page.goto((site / "countries" / f"{code}.html").as_uri())
    page.wait_for_function("document.querySelector('h1 .flag').complete")
    return page.evaluate(GEOMETRY)


def test_a_long_country_name_wraps_beside_its_flag_not_under_it(heading_site: Path,
                                                                make_page) -> None:
    found = heading_geometry(make_page, heading_site, "ba")
    flag, lines = found["flag"], found["lines"]
    assert len(lines) >= 2, "the name fits on one line: no test"
    # Every line of the name stands on the flag's inline-end side, none under or over it.
    beside = [line["left"] >= flag["right"] - 0.5 for line in lines]
    before = [line["right"] <= flag["left"] + 0.5 for line in lines]
    assert all(beside) or all(before), found


def test_a_flag_stands_in_the_middle_of_its_names_first_line(heading_site: Path,
                                                            make_page) -> None:
    found = heading_geometry(make_page, heading_site, "pe")
    flag, lines = found["flag"], found["lines"]
    assert len(lines) == 1, "the name breaks: no test"
    middle = (flag["top"] + flag["bottom"]) / 2
    assert abs(middle - (lines[0]["top"] + lines[0]["bottom"]) / 2) <= 3, found
