"""Separators in Chromium: on a narrow phone, a dot between inline items ends its line with
the item before it; no line of a byline, a reuse block or a list's date line opens with one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import SEED
from .tools import page_errors

PAGES = (f"{SEED}.html", "fr/kenya-mission-police-haiti.html", "countries/ht.html",
         "fr/countries/ht.html")
BLOCKS = ".byline, .reuse .data-links, .explainer-list .meta, .related li"
# For each separator dot in the blocks, the lines (by the middle of their boxes) of the dot
# and of the last visible character before it in the same block; and how many lines the
# blocks take, to show that they wrap at all.
LINES = r"""(selector) => {
  const middle = (node, offset) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const box = range.getClientRects()[0];
    return box ? (box.top + box.bottom) / 2 : null;
  };
  const found = {dots: [], lines: 0};
  for (const block of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let before = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (/\s/.test(node.data[i])) continue;
        if (node.data[i] === "\u00b7" && before) {
          found.dots.push({block: block.textContent.replace(/\s+/g, " ").trim(),
                           dot: middle(node, i), before: middle(before[0], before[1])});
        }
        before = [node, i];
      }
    }
    const height = parseFloat(getComputedStyle(block).lineHeight);
    found.lines += Math.round(block.getBoundingClientRect().height / height);
  }
  return found;
}"""


@pytest.mark.parametrize("width", [320, 360])
@pytest.mark.parametrize("name", PAGES)
def test_no_line_opens_with_a_separator_dot(seed_site: Path, make_page, name: str,
                                            width: int) -> None:
    page = make_page(viewport={"width": width, "height": 800})
    page.goto((seed_site / name).as_uri())
    found = page.evaluate(LINES, BLOCKS)
    assert found["dots"], f"{name}: no separator dot in {BLOCKS}"
    assert found["lines"] > len(page.query_selector_all(BLOCKS)), f"{name}: nothing wraps"
    opening = [dot["block"] for dot in found["dots"]
               if abs(dot["dot"] - dot["before"]) > 2]  # not on the line of the item before
    assert opening == [], f"{name} at {width} px: a line opens with a dot in {opening}"
    assert page_errors(page).all == []
