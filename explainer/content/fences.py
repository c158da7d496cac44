"""Tell a writer what a section fence should look like, and find fences mistyped in prose.

A fence is '---', a space and a kind, at the start of a line. One typed without the space
('---quote'), indented (' --- prose') or with two dashes ('-- timeline') is, to Markdown, a
line of prose: the section it meant to open, header and all, would be shown as text.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterator

# A line that is dashes and a word or few, as far in as Markdown still reads it as a paragraph.
SLIP = re.compile(r" {0,3}-{2,}[ \t]*(?P<kind>[^\s\\-][^\n]*?)[ \t]*")
CODE_MARKERS = ("```", "~~~")
MAY_START = frozenset(" \t-`~")  # how a line that is either may begin


def written_kind(kind: str) -> str:
    """Return a fence's kind as it would be written: lowercase, hyphens between its words."""
    return re.sub(r"[\s_]+", "-", kind.strip().lower())


def kind_hint(kind: str, kinds: Collection[str]) -> str:
    """Name the fix for a fence whose kind is no kind name, with the kind it most likely means."""
    # "Why It Matters" is written 'why-it-matters'; "Key Figures" means 'figures', as
    # 'key-figures' is no kind.
    written = written_kind(kind)
    close = difflib.get_close_matches(written, list(kinds), n=1, cutoff=0.5)
    if written in kinds:
        fence = f"a kind is written in lowercase, with hyphens between its words: '{written}'"
    elif close:
        fence = f"did you mean '{close[0]}'? (a kind is written in lowercase, with hyphens " \
            "between its words)"
    elif kind.isascii():
        fence = "a fence is '---', one space and a kind such as 'summary'"
    else:  # a kind in the page's language: the names are English in every language
        fence = f"a kind is named in English on a page in any language: {', '.join(kinds)}"
    return f"{fence}; to start a prose line with '--- ', write '\\---'"


def slipped_fences(lines: list[str], start: int, end: int,
                   kinds: Collection[str]) -> Iterator[tuple[int, str]]:
    """Yield (line index, kind) for each line of lines[start:end], outside fenced code, that
    is a mistyped fence of one of the kinds."""
    in_code: str | None = None
    for index in range(start, end):
        if lines[index][:1] not in MAY_START:  # most lines: words, which neither can be
            continue
        marker = lines[index].lstrip()[:3]
        if marker in CODE_MARKERS:
            in_code = marker if in_code is None else (None if marker == in_code else in_code)
            continue
        slip = SLIP.fullmatch(lines[index]) if in_code is None else None
        if slip and (meant := written_kind(slip["kind"])) in kinds:
            yield index, meant
