"""Markdown's syntax as Python-Markdown reads it, in one table, and the scans over it.

Two modules look at Markdown before the parser does: `bounds.py`, which estimates what a text
will cost the parser, and `shortcut.py`, which converts the commonest prose without it. Both
read the patterns below, so that each piece of syntax is written once. The patterns that begin
with a line break look at the start of a line: bounds.py puts one in front of every text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")

# Characters escaped by a backslash are plain text to the parser (its escapable characters).
ESCAPED = re.compile(r"\\[\\`*_{}\[\]()>#+\-.!]")
# What the parser copies a paragraph for: emphasis, code spans, links, tags, entities, escapes
# and hard line breaks (a run of backticks counts once, but is counted here once a backtick).
INLINE_SYNTAX = re.compile(r"`+|[*_\[<&\\]|  \n")
INLINE_SYNTAX_CHARS = ("*", "_", "[", "<", "&", "\\", "`", "  \n")
ENTITY = re.compile(r"&(?:#|[0-9A-Za-z]+;)")
BRACKETS = re.compile(r"[\[\]()]")
BACKTICKS = re.compile(r"`+")
# A tag closed before the next '<', and the start of one that is not.
TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")
TAG_OPEN = re.compile(r"<[A-Za-z/!?](?![^<>]*>)")

# Blocks. A blank line ends a paragraph; a fence opens or closes fenced code.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
FENCE = re.compile(r"\n(`{3,}|~{3,})")
# A list item as sane_lists reads one: '- ' or a number, a point and a space, then text; and
# an ordered list's number alone, at the start of a block.
LIST_ITEM = re.compile(r"(?:- |(\d+)\. )(?=\S)")
LIST_NUMBER = re.compile(r"\d+\. ")
# One level of nesting at the start of a line: a quote's '>', a list marker (any the parser
# might take, '1)' too: an estimate may count more levels than there are, never fewer).
NESTING = re.compile(r"[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
# Lines that make the parser split their block: headings, rules, underlines, abbreviations
# and definitions; and the first character of each.
SPLITTING_LINE = re.compile(r"\n {0,3}(?:#|=+[ \t]*$|(?:[-*_][ \t]*){3,}$|-+[ \t]*$|\*\[|:[ \t])",
                            re.MULTILINE)
MAY_SPLIT = re.compile(r"\n {0,3}[#=\-*_:]")
DEFINITION = re.compile(r"\n {0,3}:[ \t]")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield the start and end of each run of lines without a blank line."""
    start = 0
    for blank in PARAGRAPH_BREAK.finditer(text):
        yield start, blank.start()
        start = blank.end() - 1  # the line break before the next paragraph, as in the frame
    yield start, len(text)


def pairs(marks: list[tuple[int, T]]) -> Iterator[tuple[int, int | None]]:
    """Pair each opening mark with the next equal one, as the parser does, left to right.

    Yield each opening's position and the index of the mark that closes it, or None.
    """
    following: dict[T, int] = {}
    closer: list[int | None] = [None] * len(marks)
    for index in range(len(marks) - 1, -1, -1):
        closer[index] = following.get(marks[index][1])
        following[marks[index][1]] = index
    index = 0
    while index < len(marks):
        close = closer[index]
        yield marks[index][0], close
        index = close + 1 if close is not None else index + 1
