"""The longest titles, names, numbers and addresses, on a phone, in large text and in print."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from .pages import SCHEMES
from .stress import LONG_LABEL, stress_files
from .test_layout import OVERFLOWING
from .tools import page_errors, serve_dir

PAGES = ("stress.html", "bare.html", "de/reform.html", "ar/cairo-summit.html", "zh/chinese.html",
         "index.html", "countries/index.html")
# Each timeline date: its text's lines, and whether it stays inside the width of its event.
DATES = """() => [...document.querySelectorAll('.event-day')].map((day) => {
  const range = document.createRange();
  range.selectNodeContents(day);
  const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  const own = day.getBoundingClientRect(), box = day.closest('.event').getBoundingClientRect();
  return [lines, own.left >= box.left - 0.5 && own.right <= box.right + 0.5];
})"""


@pytest.fixture(scope="module")
def stress_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the stress explainers: the longest story, a bare one, German, Arabic, Chinese."""
    root = write_project(tmp_path_factory.mktemp("stress") / "site", stress_files())
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


def sideways(page) -> tuple[list[str], bool]:
    """Return what sticks out of the page's width, and whether the page scrolls sideways."""
    scroll, inner = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    return page.evaluate(OVERFLOWING), scroll > inner


@pytest.mark.parametrize("width", [320, 375, 768, 1280])
def test_the_longest_names_and_addresses_never_scroll_the_page_sideways(
        stress_site: Path, make_page, width: int) -> None:
    page = make_page(viewport={"width": width, "height": 900})
    for name in PAGES:
        page.goto((stress_site / name).as_uri())
        assert sideways(page) == ([], False), f"{name} at {width} px"
    page.goto((stress_site / "stress.html").as_uri())
    assert page.locator("li.country").count() == 56, "no long country list: no test"
    assert page.get_by_text(LONG_LABEL).count() == 1
    assert page.locator(".timeline-events > li").count() == 40
    assert page_errors(page).all == []


@pytest.mark.parametrize("width", [320, 375])
def test_a_timeline_date_in_large_text_on_a_phone_stays_on_the_page(
        stress_site: Path, make_page, width: int) -> None:
    # Text at twice its size (WCAG 1.4.4): "September 2019" is then wider than the line.
    page = make_page(viewport={"width": width, "height": 900})
    for name in PAGES:
        page.goto((stress_site / name).as_uri())
        page.add_style_tag(content="html { font-size: 200% !important; }")
        assert sideways(page) == ([], False), f"{name} in large text at {width} px"
    page.goto((stress_site / "stress.html").as_uri())
    page.add_style_tag(content="html { font-size: 200% !important; }")
    dates = page.evaluate(DATES)
    assert len(dates) == 40 and all(inside for _, inside in dates)
    if width == 320:
        assert any(lines > 1 for lines, _ in dates), "no date wider than a line: no test"


def test_a_timeline_date_that_fits_its_line_never_breaks(stress_site: Path, make_page) -> None:
    page = make_page(viewport={"width": 320, "height": 900})
    page.goto((stress_site / "stress.html").as_uri())
    assert page.evaluate(DATES) == [[1, True]] * 40


def test_the_stress_pages_print_within_the_paper(stress_site: Path, make_page) -> None:
    page = make_page(viewport={"width": 700, "height": 900})
    for name in PAGES:
        page.goto((stress_site / name).as_uri())
        page.emulate_media(media="print")
        assert sideways(page) == ([], False), f"{name} in print"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violations_on_the_stress_pages(stress_site: Path, make_page, axe,
                                                    scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    found = {}
    with serve_dir(stress_site) as base:
        for name in PAGES:
            page.goto(base + name)
            if violations := axe(page):
                found[name] = violations
    assert found == {}
    assert page_errors(page).all == []


def test_the_stress_pages_pass_the_nu_html_checker(stress_site: Path, vnu) -> None:
    assert vnu([stress_site / name for name in PAGES]) == []
