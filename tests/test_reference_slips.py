"""A reference link whose label its text defines nowhere shows as typed: it is warned of at its
place; one defined in the same text, a footnote or code is not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import markdown

from explainer.content.text.markup import EXTENSIONS
from explainer.content.text.refslips import reference_slips

from .helpers import run_cli, soup

STORY = """\
---
title: The deal
dek: What the deal says.
published: 2024-06-26
---

--- summary
---
See [the report][un], [Reuters][] and [the text][deal], with a note[^1] and `[a][b]`.

[deal]: https://example.org/deal

[^1]: A note.

--- prose
heading: More
---
[un]: https://example.org/un

The [report][UN] again.
"""


def test_a_reference_link_defined_in_no_line_of_its_text_is_warned_of(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/deal.md": STORY})
    result = run_cli("build", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert warnings == [
        "content/deal.md:9:5: warning: section 'summary': link '[the report][un]' names 'un', "
        "which this text does not define: the page shows it as typed",
        "content/deal.md:9:23: warning: section 'summary': link '[Reuters][]' names 'Reuters', "
        "which this text does not define: the page shows it as typed"]
    assert "hint: add a line '[un]: https://...' to the same text, or write the link whole: " \
        "[the report](https://...)" in result.stderr
    page = soup(root / "public" / "deal.html")
    assert "[the report][un]" in page.select_one(".summary").get_text()  # as the warning says
    assert page.find("a", string="report")["href"] == "https://example.org/un"


def test_a_definition_in_a_quote_a_list_item_or_over_two_lines_is_found() -> None:
    # Python-Markdown reads each of these as the definition of 'un': the link is shown whole.
    texts = ("> See [the report][un].\n>\n> [un]: https://example.org/r",
             "- See [the report][un].\n\n    [un]: https://example.org/r",
             "See [the report][un].\n\n[un]:\n    https://example.org/r")
    for text in texts:
        assert '<a href="https://example.org/r">' in markdown.markdown(text, extensions=EXTENSIONS)
        assert list(reference_slips(text)) == []
