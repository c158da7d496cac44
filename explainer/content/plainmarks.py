"""Markdown typed in a field that is plain text (a title, a dek, a label): shown as typed."""

from __future__ import annotations

import re

from yaml.nodes import Node

from .header import Reader
from .shortcut import LINK

# Bold, or a link: marks no one types in plain text but as Markdown ('**1804**', '[x](url)').
MARKS = re.compile(rf"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|{LINK.pattern}")


def check_plain(reader: Reader, node: Node, name: str, text: str) -> None:
    """Warn that a plain-text field's Markdown is shown to readers as typed, asterisks and
    brackets and all."""
    found = MARKS.search(text)
    if found is not None:
        reader.error(node, f"'{name}' is plain text, so its Markdown '{found[0]}' is shown "
                     "as typed", "leave out the marks: write the words alone (a link goes in "
                     "the prose, or in 'sources')", severity="warning")
