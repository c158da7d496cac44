"""One column grid: what lines up at 1280 px, two to a row at 390 px, unbroken dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import SEED, run_cli
from .pages import page_id, page_types

EDGES = """(selectors) => Object.fromEntries(selectors.map((selector) => {
  const box = document.querySelector(selector)?.getBoundingClientRect();
  return [selector, box ? [Math.round(box.left), Math.round(box.right)] : null];
}))"""
FIGURES = """() => [...document.querySelectorAll('.figure')].map((el) => {
  const box = el.getBoundingClientRect();
  return [Math.round(box.left), Math.round(box.top), Math.round(box.width)];
})"""
# Each date: how many lines it takes, and whether it stays inside its box.
DATES = """() => [...document.querySelectorAll('.event-day')].map((day) => {
  const range = document.createRange();
  range.selectNodeContents(day);  // the text's own line boxes, even in an inline block
  const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  const own = day.getBoundingClientRect(), box = day.closest('.event-date').getBoundingClientRect();
  return [day.textContent, lines, own.left >= box.left - 0.5 && own.right <= box.right + 0.5];
})"""


def test_masthead_text_and_footer_share_one_column_at_1280(seed_site: Path, published_site: Path,
                                                           make_page) -> None:
    page = make_page(viewport={"width": 1280, "height": 900})
    # Embeddable pieces sit in another site's frame, without the masthead and the footer.
    for path in (p for p in page_types(seed_site) if p.parent.name != "embed"):
        page.goto(path.as_uri())
        edges = page.evaluate(EDGES, [".masthead", "main h1", ".site-footer p"])
        name = page_id(seed_site, path)
        assert len(set(map(tuple, edges.values()))) == 1, f"{name}: {edges}"
        assert edges[".masthead"] == [320, 960], name
    page.goto((published_site / f"{SEED}.html").as_uri())
    edges = page.evaluate(EDGES, [".masthead", ".summary p", ".figures > h2", ".figure-list",
                                  ".contents", ".related", ".country-map figcaption"])
    assert {tuple(edge) for edge in edges.values()} == {(320, 960)}, edges


@pytest.mark.parametrize(("width", "per_row"), [(390, 2), (1280, 2), (320, 1)])
def test_key_figures_sit_two_to_a_row_from_phones_up(seed_site: Path, make_page, width: int,
                                                    per_row: int) -> None:
    page = make_page(viewport={"width": width, "height": 800})
    page.goto((seed_site / f"{SEED}.html").as_uri())
    figures = page.evaluate(FIGURES)
    assert len(figures) == 6
    rows = [figures[start:start + per_row] for start in range(0, 6, per_row)]
    for row in rows:
        assert len({top for _, top, _ in row}) == 1, f"one row at {width} px: {row}"
    assert len({top for _, top, _ in figures}) == 6 // per_row
    assert [left for left, _, _ in rows[0]] == sorted({left for left, _, _ in figures})


@pytest.mark.parametrize("width", [320, 390, 800, 1280])
def test_a_timeline_date_never_breaks(seed_site: Path, make_page, width: int) -> None:
    page = make_page(viewport={"width": width, "height": 800})
    page.goto((seed_site / f"{SEED}.html").as_uri())
    dates = page.evaluate(DATES)
    assert len(dates) == 8
    assert [date for date in dates if date[1:] != [1, True]] == []


def test_the_longest_dates_of_the_shipped_languages_fit_their_column(make_site,
                                                                     make_page) -> None:
    story = ("---\ntitle: T\ndek: D\npublished: 2024-09-30\n---\n\n--- timeline\nevents:\n"
             "  - {date: 2024-09-26, title: A, approximate: true, source: https://e.org/}\n"
             "  - {date: 2024-09-28, title: B, status: expected, source: https://e.org/}\n---\n")
    page = make_page(viewport={"width": 1280, "height": 800})
    for language in ("es", "pt", "fr", "ar", "en-US"):
        root = make_site({"site.yml": f"language: {language}\n", "content/s.md": story})
        assert run_cli("build", "--root", root, "--output", root / language).returncode == 0
        page.goto((root / language / "s.html").as_uri())
        assert [date[1:] for date in page.evaluate(DATES)] == [[1, True]] * 2, language
