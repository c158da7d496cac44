"""Tell a writer what a section fence should look like, and find fences mistyped in prose.

A fence is '---', a space and a kind, at the start of a line. One typed without the space
('---quote'), indented (' --- prose'), with two dashes ('-- timeline') or with the full-width
space or dashes a Japanese or Chinese input method types ('---\u3000timeline') is, to
Markdown, a line of prose: the section it meant to open, header and all, would be shown as text.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterator

# The full-width space and dashes an input method for Japanese or Chinese types, which look like
# a fence's space and dashes but are not to Markdown: the ideographic space, the full-width
# hyphen-minus and the katakana prolonged sound mark.
WIDE = {"\u3000": "space (U+3000)", "\uff0d": "dash '\uff0d' (U+FF0D)",
        "\u30fc": "dash '\u30fc' (U+30FC)"}
# A line that is dashes and a word or few, as far in as Markdown still reads it as a paragraph.
SLIP = re.compile(r"[ \u3000]{0,3}[-\uff0d\u30fc]{2,}[ \t\u3000]*"
                  r"(?P<kind>[^\s\\\-\uff0d\u30fc][^\n]*?)[ \t\u3000]*")
CODE_MARKERS = ("```", "~~~")
MAY_START = frozenset((*" \t-`~", *WIDE))  # how a line that is either may begin


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


def slip_hint(line: str, kind: str, in_prose: bool = True) -> str:
    """Name the fix for a line that is a mistyped fence of a kind (`in_prose`: in a section's
    prose, where the line could be meant as text)."""
    wide = [name for char, name in WIDE.items() if char in line]
    typed = f" typed in half-width, not the full-width {' and '.join(wide)} of this line" \
        if wide else ""
    keep = "; to keep the line as text, begin it with '\\'" if in_prose else ""
    return f"a fence starts the line with '---' and one space{typed}, then the kind: " \
        f"'--- {kind}'{keep}"


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


# A line that starts a front-matter field: its name and a ':'.
FIELD_START = re.compile(r"[A-Za-z_][\w-]*:(?:[ \t]|$)")


def opened_twice(lines: list[str], close: int) -> bool:
    """Tell whether front matter closed at line index `close` is empty and fields follow it:
    '---' typed twice at the top, which leaves the fields below as text."""
    after = next((line for line in lines[close + 1:] if line.strip()), "")
    return close == 1 and FIELD_START.match(after) is not None


def stray_close_hint(line: str, front_end: int) -> str | None:
    """Name the fix for a stray '---' between the front matter and the first section; None if
    the line is something else."""
    if line.rstrip() != "---":
        return None
    return f"remove this line: the front matter is already closed by the '---' on line " \
        f"{front_end + 1}, and a section opens with '--- ' and its kind ('--- summary')"
