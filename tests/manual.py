"""Read the manual's Markdown pages: their code blocks, tables, links and headings."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from .helpers import REPO

README = REPO / "README.md"
DOCS = REPO / "docs"
PAGES = (README, *sorted(DOCS.glob("*.md")), REPO / "benchmarks" / "README.md")
FENCED = re.compile(r"^( *)```(\w*)\n(.*?)^\1```$", re.M | re.S)
HEADING = re.compile(r"^(#{1,6}) +(.+?) *$", re.M)
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)


def read(page: Path) -> str:
    """Return a page's text."""
    return page.read_text(encoding="utf-8")


def name(page: Path) -> str:
    """Return a page's path in the repository, for messages."""
    return page.relative_to(REPO).as_posix()


def code_blocks(text: str, language: str) -> list[str]:
    """Return the fenced code blocks of one language, their indentation removed."""
    return [re.sub(rf"^{indent}", "", body, flags=re.M)
            for indent, lang, body in FENCED.findall(text) if lang == language]


def prose(text: str) -> str:
    """Return the text without its fenced code blocks."""
    return FENCED.sub("", text)


def section(text: str, heading: str) -> str:
    """Return the part of a page under a heading, up to the next heading of its rank or above."""
    match = re.search(rf"^(#+) {re.escape(heading)}\n", text, re.M)
    assert match, f"no heading '{heading}'"
    end = re.compile(rf"^#{{1,{len(match[1])}}} ", re.M).search(text, match.end())
    return text[match.end():end.start() if end else len(text)]


def code_spans(text: str) -> list[str]:
    """Return the inline code spans outside fenced code blocks."""
    return [span.strip() for _, span in CODE_SPAN.findall(prose(text))]


def links(text: str) -> list[str]:
    """Return the targets of the Markdown links and images outside code."""
    return LINK.findall(CODE_SPAN.sub("", prose(text)))


def anchors(text: str) -> set[str]:
    """Return the anchors GitHub gives the page's headings."""
    found: set[str] = set()
    for _, heading in HEADING.findall(prose(text)):
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        taken = slug
        count = 0
        while taken in found:
            count += 1
            taken = f"{slug}-{count}"
        found.add(taken)
    return found


@dataclass(frozen=True)
class Table:
    """A Markdown table: the heading it sits under, its header and its rows of cells."""

    heading: str
    header: list[str]
    rows: list[list[str]]

    def column(self, index: int) -> list[str]:
        """Return the cells of one column."""
        return [row[index] for row in self.rows]


def tables(text: str) -> list[Table]:
    """Return every table outside code blocks, in page order."""
    found: list[Table] = []
    heading = ""
    lines = prose(text).split("\n")
    for number, line in enumerate(lines):
        if match := HEADING.match(line):
            heading = match[2]
        starts = line.startswith("|") and not lines[number - 1].startswith("|")
        if starts and number + 1 < len(lines) and lines[number + 1].startswith("| ---"):
            body = []
            for row in lines[number + 2:]:
                if not row.startswith("|"):
                    break
                body.append(cells(row))
            found.append(Table(heading, cells(line), body))
    return found


def cells(row: str) -> list[str]:
    """Split a table row into its cells (a `|` inside a code span stays in its cell)."""
    protected = CODE_SPAN.sub(lambda m: m[0].replace("|", "\0"), row.strip().strip("|"))
    return [cell.strip().replace("\0", "|") for cell in protected.split("|")]


def ticked(text: str) -> list[str]:
    """Return the code spans of a bit of text, such as a table cell."""
    return [span for _, span in CODE_SPAN.findall(text)]


def shell_commands(text: str) -> list[str]:
    """Return the commands of the page's sh blocks, one per line, without comments."""
    commands = []
    for block in code_blocks(text, "sh"):
        for line in block.replace("\\\n", " ").split("\n"):
            command = line.split(" #")[0].strip()
            if command and not command.startswith("#"):
                commands.append(command)
    return commands


def build_arguments(command: str) -> list[list[str]]:
    """Return the arguments of each `python build.py` in a command line."""
    found = []
    for part in command.split("&&"):
        words = shlex.split(part)
        while words and re.match(r"^\w+=", words[0]):
            words.pop(0)  # an environment variable for the command
        if words[:2] == ["python", "build.py"]:
            found.append(words[2:])
    return found
