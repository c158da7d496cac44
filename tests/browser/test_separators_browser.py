"""Separators in Chromium: on a narrow phone, a dot between inline items (or the full-width
bar of Chinese and Japanese) ends its line with the item before it; no line of a byline, a
reuse block or a list's date line opens with one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import SEED, run_cli, write_project
from .tools import page_errors

PAGES = (f"{SEED}.html", "fr/kenya-mission-police-haiti.html", "countries/ht.html",
         "fr/countries/ht.html")
WIDTHS = range(320, 401, 8)  # a phone's widths: wherever the lines happen to break
JAPANESE = """---
title: 国境の合意
dek: 両国が合意に署名した。
published: 2024-05-23
updated: 2024-07-02
language: ja
byline: 解説デスク
---

--- summary
---
両国は五月に合意に署名した。

--- timeline
events:
  - date: 2024-05-23
    title: 合意に署名
  - date: 2024-07-02
    title: 合意が発効
---
"""
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
        if (/[\u00b7\uff5c]/.test(node.data[i]) && before) {
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


def lines_opening_with_a_dot(page, where: str) -> list[str]:
    """Load a page at each width; return the blocks in which a line opens with a separator."""
    opening = []
    page.goto(where)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        found = page.evaluate(LINES, BLOCKS)
        assert found["dots"], f"{where}: no separator in {BLOCKS}"
        if width == WIDTHS[0]:
            assert found["lines"] > len(page.query_selector_all(BLOCKS)), f"{where}: no wrap"
        opening += [f"{width} px: {dot['block']}" for dot in found["dots"]
                    if abs(dot["dot"] - dot["before"]) > 2]  # not on the item's line
    assert page_errors(page).all == []
    return opening


@pytest.mark.parametrize("name", PAGES)
def test_no_line_opens_with_a_separator_dot(seed_site: Path, make_page, name: str) -> None:
    page = make_page()
    assert lines_opening_with_a_dot(page, (seed_site / name).as_uri()) == []


def test_no_japanese_line_opens_with_the_full_width_bar(tmp_path: Path, make_page) -> None:
    root = write_project(tmp_path / "site", {"content/kokkyo.md": JAPANESE})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    page = make_page()
    assert lines_opening_with_a_dot(page, (tmp_path / "out" / "ja" / "kokkyo.html").as_uri()) == []
