"""What a plain-text field (a title, a dek, a label) may hold that its page shows otherwise:
Markdown, shown as typed, and in a short field, a line break, which a page shows as a space."""

from __future__ import annotations

import re

from yaml.nodes import Node

from .header import Reader
from .text.shortcut import LINK

# Bold, or a link: marks no one types in plain text but as Markdown ('**1804**', '[x](url)').
MARKS = re.compile(rf"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|{LINK.pattern}")
# A line break, with the spaces around it: YAML keeps one in a '|' block, in a '>' block
# before a blank or an indented line, and in a quoted text as '\n'.
BREAKS = "\n\r\x85\u2028\u2029"
LINE_BREAK = re.compile(f"[ \t]*[{BREAKS}][ \t{BREAKS}]*")


def check_plain(reader: Reader, node: Node, name: str, text: str) -> None:
    """Warn that a plain-text field's Markdown is shown to readers as typed, asterisks and
    brackets and all."""
    found = MARKS.search(text)
    if found is not None:
        reader.error(node, f"'{name}' is plain text, so its Markdown '{found[0]}' is shown "
                     "as typed", "leave out the marks: write the words alone (a link goes in "
                     "the prose, or in 'sources')", severity="warning")


def one_line(reader: Reader, node: Node, name: str, text: str) -> str:
    """Return a short field's text (a title, a name) on one line, as its page shows it, its
    line breaks spaces; warn of them, which the data files would otherwise keep."""
    if text.isprintable() or LINE_BREAK.search(text) is None:  # a line break is not printable
        return text
    joined = LINE_BREAK.sub(" ", text)
    reader.error(node, f"a line break in '{name}' is read as a space, as the page shows it: "
                 f"'{joined}'", "a title, a date or a name is one line: write it on one line "
                 "after the key ('|' keeps a block's line breaks; '>' or a plain text joins its "
                 "lines with spaces)", severity="warning")
    return joined
