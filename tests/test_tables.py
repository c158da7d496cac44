"""Markdown tables as readers see them: the columns aligned as their author marked them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli, soup

STORY = """\
---
title: Cargo at the port
dek: How much the port handles.
published: 2024-06-26
---

--- prose
heading: The quota
---
| Year | Tonnes | Change |
| --- | ---: | :---: |
| 2023 | 12,000 | - |
| 2024 | 15,000 | +25% |

<table><tr><td style="text-align: right; position: fixed">raw</td>
<td style="color: red">raw</td></tr></table>

<div tabindex="5">A box that would jump the queue.</div>
"""


def test_a_column_marked_right_or_centre_is_aligned_so(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/cargo.md": STORY})
    assert run_cli("build", "--root", root).returncode == 0
    first, raw = soup(root / "public" / "cargo.html").select("section.prose table")
    header = [cell.get("style") for cell in first.select("th")]
    assert header == [None, "text-align: right;", "text-align: center;"]
    cells = [[cell.get("style") for cell in row("td")] for row in first.select("tbody tr")]
    assert cells == [[None, "text-align: right;", "text-align: center;"]] * 2
    # Nothing else a style could do gets through, not even beside an alignment.
    assert [cell.get("style") for cell in raw("td")] == [None, None]


def test_a_table_s_box_takes_the_keyboard_s_focus_in_its_turn(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/cargo.md": STORY})
    assert run_cli("build", "--root", root).returncode == 0
    page = soup(root / "public" / "cargo.html")
    box = page.select("section.prose table")[0].parent
    # A table wider than a phone scrolls inside its box, which the keyboard must reach.
    assert (box.name, box.get("tabindex")) == ("div", "0")
    [other] = [div for div in page.select("section.prose div") if "queue" in div.text]
    assert other.get("tabindex") is None  # an author's other place in the order is dropped
