"""A quote of several paragraphs reads as several paragraphs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli, soup

STORY = """\
---
title: The union says no
dek: What the union's chief said of the deal.
published: 2024-06-26
---

--- quote
text: |-
  "We will not accept it," she said, "not
  this year."

  "Not now, not ever -- and that's final."
speaker: Mara O'Connor
---
"""


def test_each_paragraph_of_a_quote_is_a_paragraph(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/union.md": STORY})
    assert run_cli("build", "--root", root).returncode == 0
    quote = soup(root / "public" / "union.html").select_one(".quote blockquote")
    assert [p.get_text() for p in quote("p")] == [
        "“We will not accept it,” she said, “not\nthis year.”",
        "“Not now, not ever — and that’s final.”"]
    # The data keep the words as written, blank line and all.
    data = json.loads((root / "public" / "data" / "union.json").read_text(encoding="utf-8"))
    assert "\n\n" in data["sections"][0]["text"]
