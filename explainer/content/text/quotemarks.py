"""A quote's words without the quotation marks an author typed around the whole of them.

A quote section shows its words under a large opening mark of its own, as pull quotes are set.
Authors type the words as they would in prose, between their language's marks ("「…」", "“…”",
"« … »", "„…“"): those marks say again what the section says, and the reader would see two
opening marks. So the pair around the whole text is dropped, as is, in a quote of several
paragraphs, the mark that opens each paragraph and the one that closes the last (as most
languages mark a quotation of several). A quotation within the words keeps its marks, and so do
marks that open and close only part of them ("Yes," she said, "now."): such a text is kept as
typed.
"""

from __future__ import annotations

import functools
import re

from ..model.sections import BLANK_LINE
from .punctuation import PLAIN, STYLES, cldr_quotes

# What may follow the closing mark of a quotation that ends a sentence: “We won”.
STOPS = ".!?\u2026\u3002\uff01\uff1f"
# A quotation left open at the end of a paragraph, as the next one goes on with it.
OPEN, CLOSED, NEITHER = 1, 0, -1


@functools.cache  # built once, from every language's marks
def pairs() -> frozenset[tuple[str, str]]:
    """Return every pair of marks that open and close a quotation, in any language."""
    found = {(marks[0], marks[1]) for marks in cldr_quotes().values()}
    found |= {(marks[2], marks[3]) for marks in cldr_quotes().values()}
    for style in (*STYLES.values(), PLAIN):
        found |= {tuple(mark.strip() for mark in marks)  # French's « has its space
                  for marks in (style.quotes, style.inner)}  # type: ignore[misc]
    return frozenset(found)


def unquoted(text: str) -> str:
    """Return a quote's words without the marks typed around all of them, if they are."""
    core = text.rstrip(STOPS)
    stop = text[len(core):]
    if len(core) < 3 or (core[0], core[-1]) not in pairs():
        return text
    opening, closing = core[0], core[-1]
    if reach(core, opening, closing) == CLOSED:
        return core[1:-1].strip() + stop
    parts = re.split(f"({BLANK_LINE.pattern})", core)
    paragraphs = parts[::2]
    if len(paragraphs) < 2 or reach(paragraphs[-1], opening, closing) != CLOSED:
        return text
    reached = [reach(paragraph, opening, closing) for paragraph in paragraphs[:-1]]
    if NEITHER in reached:
        return text
    for index, left in enumerate(reached):
        paragraph = paragraphs[index]
        parts[index * 2] = (paragraph[1:-1] if left == CLOSED else paragraph[1:]).strip()
    parts[-1] = paragraphs[-1][1:-1].strip()
    return "".join(parts) + stop


def reach(text: str, opening: str, closing: str) -> int:
    """Tell how far a quotation that opens a text goes: CLOSED at its very end, OPEN at its
    end, NEITHER if it closes before it, or if the text does not open with it."""
    if len(text) < 2 or text[0] != opening:
        return NEITHER
    depth = 0
    for index, mark in enumerate(text):
        if mark == closing and depth and not apostrophe(text, index):
            depth -= 1
        elif mark == opening:
            depth += 1
        if depth == 0 and index < len(text) - 1:
            return NEITHER  # the quotation closes before the text does
    return CLOSED if depth == 0 else OPEN if depth == 1 else NEITHER


def apostrophe(text: str, index: int) -> bool:
    """Tell whether a mark is an apostrophe inside a word (don’t, Haiti’s), not a closing mark."""
    return text[index] in "'\u2019" and 0 < index < len(text) - 1 and \
        text[index - 1].isalnum() and text[index + 1].isalnum()
