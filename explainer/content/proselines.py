"""Warn of lines of a section's prose that Markdown reads otherwise than a writer new to
explainer means: a bare '---' taken for a section break, which Markdown shows as a rule (or, at
the end of the file, as the underline of a heading), and a line long enough to be a pasted page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import Problem
from .sources import Block, SourceFile

RULE = re.compile(r" {0,3}---[ \t]*")  # a '---' Markdown reads as a rule or a heading's underline
CODE_MARKERS = ("```", "~~~")
LONG_LINE = 10_000  # characters: more than any paragraph a reader would read as one
RULE_HINT = "a section opens with '--- ' and its kind, its YAML header, then '---' " \
    "('--- summary'); for a rule in the prose, write '***' or '___'"
END_HINT = "a section needs no closing line: delete it"


def prose_line_warnings(source: SourceFile) -> list[Problem]:
    """Return the warnings of a file's bare '---' prose lines and its first very long line."""
    found: list[Problem] = []
    last = last_text_line(source)
    long_lines = []
    for block in source.sections:
        for number, line, after_blank in prose_lines(block):
            if len(line) > LONG_LINE:
                long_lines.append(number)
            elif RULE.fullmatch(line) and (after_blank or number == last):
                found.append(rule_warning(source, number, after_blank, number == last))
    if long_lines:
        found.append(long_line_warning(source, long_lines))
    return found


def prose_lines(block: Block) -> Iterator[tuple[int, str, bool]]:
    """Yield each line of a section's prose outside fenced code: its number, its text and
    whether a blank line (or the prose's start) comes before it."""
    in_code: str | None = None
    after_blank = True
    for number, line in enumerate(block.body.split("\n") if block.body else (), block.body_line):
        marker = line.lstrip()[:3]
        if marker in CODE_MARKERS:
            in_code = marker if in_code is None else (None if marker == in_code else in_code)
        elif in_code is None:
            yield number, line, after_blank
        after_blank = not line.strip()


def last_text_line(source: SourceFile) -> int:
    """Return the number of the file's last line that is not blank."""
    return next((number for number in range(len(source.lines), 0, -1)
                 if source.lines[number - 1].strip()), 0)


def rule_warning(source: SourceFile, line: int, after_blank: bool, at_end: bool) -> Problem:
    """Warn of a bare '---' in prose, which is no section break."""
    shown = "shows it as a horizontal rule" if after_blank else "makes the line above it a heading"
    where = "ends the file" if at_end else "in prose is no section break"
    return Problem(source.display, line, 1, f"a line '---' {where}: the page {shown}",
                   f"{END_HINT}; {RULE_HINT}" if at_end else RULE_HINT, source.line_text(line),
                   "warning")


def long_line_warning(source: SourceFile, lines: list[int]) -> Problem:
    """Warn once of a file's prose lines over LONG_LINE characters, at the first."""
    first = lines[0]
    more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
    return Problem(source.display, first, 1, f"a line of {len(source.line_text(first)):,} "
                   f"characters in prose{more}, over {LONG_LINE:,}: a pasted page?",
                   "keep the words a reader needs, in paragraphs parted by blank lines; link "
                   "to a page rather than paste it", source.line_text(first), "warning")
