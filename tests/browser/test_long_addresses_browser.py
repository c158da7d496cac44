"""A long web address shown as a link's text, in a timeline's sources and in prose, wraps on a
phone at its slashes, dots and underscores, and no page scrolls sideways."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from .test_layout import OVERFLOWING

ADDRESS = "https://en.wikipedia.org/wiki/2021_Suez_Canal_obstruction_and_its_aftermath_in_Egypt"
STORY = f"""---
title: The canal
dek: A ship ran aground.
published: 2024-05-23
---

--- summary
---
The ship blocked the canal for six days: see {ADDRESS} for the whole story.

--- timeline
events:
  - date: 2021-03-23
    title: The ship runs aground
    source: {ADDRESS}
  - date: 2021-03-29
    title: The ship floats again
    source: {ADDRESS}_again
---
"""
# The characters before each place a link's text wraps on the screen.
WRAPS = """(link) => {
  const range = document.createRange();
  const before = [];
  let top = null, last = '';
  for (const node of link.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      if (top !== null && rect.top > top + 2) before.push(last);
      top = rect.top;
      last = node.data[i];
    }
  }
  return before;
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site whose explainer shows a long address in its prose and its sources."""
    root = tmp_path_factory.mktemp("long-addresses")
    write_project(root, {"content/canal.md": STORY})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


def test_no_page_scrolls_sideways_at_360_px(site: Path, make_page) -> None:
    page = make_page(viewport={"width": 360, "height": 800})
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 3
    for path in pages:
        page.goto(path.as_uri())
        assert page.evaluate(OVERFLOWING) == [], f"{path.name} overflows at 360 px"
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        assert scroll <= inner, f"{path.name} scrolls sideways at 360 px"


@pytest.mark.parametrize("where", [".summary a.bare-url", ".event-source a.bare-url"])
def test_a_long_address_wraps_after_its_slashes_dots_and_underscores(
        site: Path, make_page, where: str) -> None:
    page = make_page(viewport={"width": 360, "height": 800})
    page.goto((site / "canal.html").as_uri())
    links = page.locator(where)
    assert links.count() >= 1
    for index in range(links.count()):
        wraps = links.nth(index).evaluate(WRAPS)
        assert wraps, "the address fits on one line: no test"
        assert set(wraps) <= set("/._"), f"the address breaks mid-word, after {wraps}"


def test_the_page_with_long_addresses_is_valid_and_accessible(site: Path, make_page, vnu,
                                                              axe) -> None:
    assert vnu([site / "canal.html"]) == []
    page = make_page(viewport={"width": 360, "height": 800})
    page.goto((site / "canal.html").as_uri())
    assert axe(page) == []
