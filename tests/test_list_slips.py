"""Lists pasted as another editor writes them, which Markdown reads otherwise, are warned of
at their line; lists written as Markdown reads them are not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import markdown

from explainer.content.text.listslips import list_slips
from explainer.content.text.markup import EXTENSIONS

from .helpers import run_cli

FRONT = "---\ntitle: The deal\ndek: What the deal says.\npublished: 2024-06-26\n---\n\n"
SLIPS = FRONT + """\
--- prose
heading: Who signed
---
Signed by:
- the port authority
- the unions

1. The dockers
   - crane operators
2. The pilots

--- timeline
events:
  - date: 2024-06-01
    title: The vote
    text: |-
      - For
        - 12 members
---
"""
CLEAN = FRONT + """\
--- prose
heading: Who signed
---
Signed by:

- the port authority
    - its board
        - three members
- the unions
	- the dockers

It ended in
2024. Then the vote.

```
- a
  - b
```
"""


def test_lists_the_page_would_not_show_as_typed_are_warned_of(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/deal.md": SLIPS})
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "list item" in line]
    assert warnings == [
        "content/deal.md:11:1: warning: section 'prose': list item '- the port authority', "
        "'- the unions' follows a line of text without a blank line: the page runs it into "
        "that paragraph on lines 11, 12 (2 entries)",
        "content/deal.md:15:4: warning: section 'prose': list item '- crane operators' is "
        "indented between two levels of its list: Markdown nests a list four spaces in, so the "
        "page does not show it nested",
        "content/deal.md:22:11: warning: section 'timeline': list item '- 12 members' is "
        "indented between two levels of its list: Markdown nests a list four spaces in, so the "
        "page does not show it nested"]


def test_lists_written_as_markdown_reads_them_are_not(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/deal.md": CLEAN})
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    assert "list item" not in result.stderr


def test_a_list_after_a_heading_s_underline_and_a_rule_after_text_are_not() -> None:
    # An underlined heading ends its line of text, and '* * *' is a rule, not a list item.
    for text, tag in (("Who signed\n==========\n- the unions", "<ul>"),
                      ("Who signed\n----------\n- the unions", "<ul>"),
                      ("The vote.\n* * *\nThe count.", "<hr />")):
        assert tag in markdown.markdown(text, extensions=EXTENSIONS)
        assert list(list_slips(text)) == []
