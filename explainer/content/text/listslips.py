"""Lists that Markdown reads otherwise than they look: pasted from an editor that nests a list
two spaces in, or that starts one on the line after a sentence.

Python-Markdown nests a list only four spaces (or a tab) under its item: `  - b` under `- a`
is shown as an item beside it, and under `1. a`, as words of it ("a - b"). A list that starts
on the line right after a line of text is read as more of that paragraph. Either way the page
shows something the author did not see in their editor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A list item's first line: its indentation and its marker. Python-Markdown knows no '1)'.
ITEM = re.compile(r"^(?P<indent> *)(?P<marker>[-*+]|(?P<number>\d{1,9})\.)[ \t]+\S")
# A line that ends a block of its own however it is followed: a heading, a quote, a table's
# row, a footnote, raw HTML, a heading's underline or a rule ('* * *' is no list item).
OWN_BLOCK = re.compile(r"^ {0,3}(?:#|>|\||\[\^|<|[=-]+[ \t]*$|"
                       r"(?P<rule>[-*_])(?:[ \t]*(?P=rule)){2,}[ \t]*$)")
# A list item on a text's second line or later: what either slip needs.
MAY_SLIP = re.compile(r"\n[ \t]*(?:[-*+]|\d{1,9}\.)[ \t]")
FENCES = ("```", "~~~")


def list_slips(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield (line offset, column, message, hint) of each list item the page would not show
    as it looks."""
    if not MAY_SLIP.search(text):
        return
    kind, base, fence = "", 0, ""
    for offset, raw in enumerate(text.split("\n")):
        line = raw.expandtabs(4)
        stripped = line.lstrip()
        if fence or stripped[:3] in FENCES:
            fence = "" if fence and stripped[:3] == fence else fence or stripped[:3]
            kind = "code"
            continue
        item = None if OWN_BLOCK.match(line) else ITEM.match(line)
        indent = len(item["indent"]) if item else len(line) - len(stripped)
        column = len(raw) - len(raw.lstrip(" \t")) + 1
        if not stripped or not kind or (kind == "own" and item):
            kind, base = starts(line, item, indent), indent
        elif item and kind == "list" and indent > base and (indent - base) % 4:
            yield (offset, column,
                   f"list item '{stripped[:30]}' is indented between two levels of its list: "
                   "Markdown nests a list four spaces in, so the page does not show it nested",
                   "indent each level by four spaces (or a tab) more than the one above")
        elif item and kind == "text" and indent < 4 and item["number"] in (None, "1"):
            yield (offset, column,
                   f"list item '{stripped[:30]}' follows a line of text without a blank line: "
                   "the page runs it into that paragraph",
                   "leave a blank line before the list")
        elif OWN_BLOCK.match(line):
            kind = "own"


def starts(line: str, item: re.Match[str] | None, indent: int) -> str:
    """Return what a block that begins with this line is: a list, a block of its own (a
    heading, a quote...), text, or nothing yet (a blank line)."""
    if not line.strip():
        return ""
    if item and indent < 4:
        return "list"
    return "own" if OWN_BLOCK.match(line) else "text"
