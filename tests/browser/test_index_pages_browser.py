"""The indexes of tags, authors and countries in Chromium: the links under a list stand apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from .tools import page_errors

# Pixels between the bottom of the list and the top of the line of links under it: more than
# a rem, twice the gap between two rows of tags (half a rem), so that it reads as no row.
GAP = """(list) => document.querySelector('main > p.meta').getBoundingClientRect().top
  - document.querySelector(list).getBoundingClientRect().bottom"""
INDEXES = [("tags/index.html", "nav.tags > ul"), ("authors/index.html", "nav.tags > ul"),
           ("countries/index.html", "ul.country-list")]


@pytest.mark.parametrize(("name", "items"), INDEXES)
@pytest.mark.parametrize("width", [360, 1280])
def test_the_links_under_an_index_do_not_read_as_one_more_row_of_it(
        seed_site: Path, make_page, name: str, items: str, width: int) -> None:
    page = make_page(viewport={"width": width, "height": 740})
    page.goto((seed_site / name).as_uri())
    rem = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    gap = page.evaluate(GAP, items)
    assert gap >= rem, f"{name} at {width} px: {gap} px between the list and the links"
    assert page_errors(page).all == []
