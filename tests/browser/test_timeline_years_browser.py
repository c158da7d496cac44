"""A long timeline read by year in Chromium: its row of years takes a reader to each year with
JavaScript off and from disk, and inside another site's frame; it is valid and accessible,
left to right and right to left, and left out of the printout."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from ..helpers import run_cli, write_project
from .pages import SCHEMES
from .tools import axe_each, page_errors, serve_dir

YEARS = range(2016, 2025)
FRONT = "---\ntitle: {title}\ndek: D\npublished: 2025-01-01\nlanguage: {language}\n---\n\n"
TEXT = "The delegations met again and talked about the police mission at length."
# A host page of another site, showing the piece in a frame as its embed code does.
HOST = ('<!DOCTYPE html><html lang="en"><title>Host</title><h1>Host</h1>'
        '<iframe src="embed/talks.timeline.html" title="Timeline" style="width:640px;'
        'height:600px;border:0"></iframe>')
# Whether a heading has reached the top of the window (the page scrolls smoothly there).
AT_TOP = "(id) => Math.abs(document.getElementById(id).getBoundingClientRect().top) <= 2"


def reaches_top(page: Any, anchor: str) -> bool:
    """Tell whether the page, or a frame, shows a heading at its top within three seconds and
    its address names it (with JavaScript off, Playwright cannot wait in the page itself)."""
    for _ in range(30):
        if page.evaluate(AT_TOP, anchor) and page.evaluate("location.hash") == f"#{anchor}":
            return True
        time.sleep(0.1)
    return False


def story(title: str, language: str) -> str:
    """Return an explainer whose timeline has four events a year over nine years."""
    events = "".join(f"  - date: {year}-{month:02d}-12\n    title: Talks, round {month}\n"
                     f"    text: {TEXT}\n    source: https://example.org/{year}/{month}\n"
                     for year in YEARS for month in (2, 5, 8, 11))
    return (FRONT.format(title=title, language=language)
            + "--- summary\n---\nA summary.\n\n--- timeline\nevents:\n" + events + "---\n")


@pytest.fixture(scope="module")
def long_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site with a long timeline in English and in Arabic, and a page that frames
    the English one's piece."""
    root = tmp_path_factory.mktemp("timeline-years")
    write_project(root, {"content/talks.md": story("Talks", "en"),
                         "content/talks-ar.md": story("محادثات", "ar")})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    (root / "out" / "host.html").write_text(HOST, encoding="utf-8")
    return root / "out"


PAGES = ("talks.html", "ar/talks-ar.html", "embed/talks.timeline.html",
         "ar/embed/talks-ar.timeline.html")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_long_timeline_and_its_piece_pass_axe(long_site: Path, make_page, axe,
                                                  scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    assert page_errors(page).all == []
    assert axe_each(page, axe, long_site, PAGES) == {}


def test_the_long_timeline_and_its_piece_pass_the_nu_html_checker(long_site: Path,
                                                                  vnu) -> None:
    assert vnu([long_site / name for name in PAGES]) == []


@pytest.mark.parametrize("name", ["talks.html", "ar/talks-ar.html"])
def test_a_year_s_link_takes_the_reader_to_it_from_disk_without_javascript(
        long_site: Path, make_page, name: str) -> None:
    page = make_page(java_script_enabled=False, viewport={"width": 390, "height": 800})
    page.goto((long_site / name).as_uri())
    links = page.locator(".timeline-years a")
    assert links.count() == len(YEARS)
    links.nth(6).click()
    assert reaches_top(page, "timeline-2022")
    label = page.locator(".timeline-years-label").bounding_box()
    first = links.first.bounding_box()
    # The row reads in the page's direction: the label first, at its start.
    assert (first["x"] > label["x"]) == (name == "talks.html")


def test_a_year_s_link_in_another_site_s_frame_stays_in_the_frame(long_site: Path,
                                                                  make_page) -> None:
    page = make_page()
    with serve_dir(long_site) as base:
        page.goto(base + "host.html")
        frame = page.frame_locator("iframe")
        frame.locator(".timeline-years a", has_text="2021").click()
        piece = page.frames[1]
        assert reaches_top(piece, "timeline-2021")
        assert page.url == base + "host.html"
        assert piece.url == base + "embed/talks.timeline.html#timeline-2021"


def test_the_printout_has_the_years_but_not_the_row_of_links(long_site: Path,
                                                             make_page) -> None:
    page = make_page()
    page.goto((long_site / "talks.html").as_uri())
    page.emulate_media(media="print")
    assert page.locator(".timeline-years").is_hidden()
    headings = page.locator("h3.timeline-year")
    assert headings.all_inner_texts() == [str(year) for year in YEARS]
    assert all(headings.nth(n).is_visible() for n in range(len(YEARS)))
