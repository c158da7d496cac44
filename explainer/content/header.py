"""Read a YAML header into PyYAML's node tree, and record problems where they are in the file.

A header is composed, not loaded, so that every value keeps its line and column (fields.py reads
the values); a syntax error is reported at its place, with a hint naming the usual slip, and the
header is read again past a slip so that the next one shows in the same run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import Problem, line_at
from .sources import NONCHARACTER, NONCHARACTER_HINT, first_of
from .yamlnodes import MAP_TAG, NULL_TAG, compose
from .yamlslips import (
    REPAIRS,
    colon_added,
    colonless,
    narrowed,
    repaired,
    syntax_hint,
    unlisted,
    untabbed,
    wide_slip,
)

# How to read a header's text as its author meant it, past a slip on one of its lines.
Repair = Callable[[str, int], "str | None"] | None


@dataclass
class Reader:
    """Where a YAML header sits in its file, and the problems found while reading it."""

    display: str
    lines: tuple[str, ...]
    base_line: int
    what: str
    problems: list[Problem] = field(default_factory=list)
    whole: bool = False  # a whole file of settings or texts (site.yml), not a header
    # Whether the header read holds a '#' at all: without one, no value is cut short by a comment.
    has_hash: bool = True
    language: str | None = None  # text fields get typographer's punctuation in this language

    def line_of(self, node: Node) -> int:
        """Return the 1-based file line where a node starts (an empty header: its fence)."""
        if node.start_mark is None:
            return self.base_line - 1
        return self.base_line + node.start_mark.line

    def where(self, node: Node | None) -> tuple[int, int]:
        """Return the line and column where a node starts (None: the header's start)."""
        line = self.line_of(node) if node is not None else self.base_line - 1
        return line, node.start_mark.column + 1 if node is not None and node.start_mark else 1

    def line_text(self, line: int) -> str:
        """Return a line of the file as written, '' past its ends."""
        return line_at(self.lines, line)

    def error(self, node: Node | None, message: str, hint: str = "",
              severity: str = "error") -> None:
        """Record a problem at a node (or at the header's start when node is None)."""
        self.error_at(*self.where(node), message, hint, severity)

    def error_at(self, line: int, column: int, message: str, hint: str = "",
                 severity: str = "error") -> None:
        """Record a problem at a line and column of the file."""
        self.problems.append(Problem(self.display, line, column, f"{self.what}: {message}",
                                     hint, self.line_text(line), severity))  # type: ignore[arg-type]

    def parse(self, text: str) -> MappingNode | None:
        """Compose a YAML header into a mapping node, recording syntax errors."""
        self.has_hash = "#" in text
        last: tuple[int | None, str] | None = None
        for _ in range(REPAIRS):
            try:
                return self.header(self.refuse_noncharacters(compose(text), text), text)
            except yaml.MarkedYAMLError as exc:
                problem, repair = self.syntax_problem(exc, text)
                if (problem.line, problem.message) == last:
                    return None  # the repair did not help: the slip is not what it seemed
                last = (problem.line, problem.message)
                self.problems.append(problem)
                # A slip is read as the author meant it, so the slips after it show too.
                fixed = repair(text, (problem.line or 0) - self.base_line) if repair else None
                if fixed is None:
                    return None
                text = fixed
            except yaml.YAMLError as exc:
                self.error(None, f"YAML error: {exc}")
                return None
        return None

    def refuse_noncharacters(self, node: Node | None, text: str) -> Node | None:
        """Report each value holding a noncharacter written as an escape ('\\uFDD0'), which
        YAML makes one: the file's own noncharacters were refused as it was read (sources.py,
        lexicon.py)."""
        if node is not None and ("\\u" in text or "\\U" in text):
            for scalar in scalars(node):
                char = first_of(NONCHARACTER, scalar.value)
                if char:
                    self.error(scalar, f"the value holds U+{ord(char[0]):04X}, a noncharacter",
                               f"{NONCHARACTER_HINT}; delete it, or the escape that writes it")
        return node

    def header(self, node: Node | None, text: str) -> MappingNode | None:
        """Return a composed header as a mapping node, or report what it is instead (a line
        typed with a full-width colon, if one is, in place of what YAML made of it)."""
        if node is None:
            return MappingNode(MAP_TAG, [])
        if not isinstance(node, MappingNode) and self.whole:
            self.error(node, f"the file must be 'key: value' lines, found {kind_of(node)}",
                       "write each on a line of its own, as 'name: value', with no '- ' "
                       "before it")
            return None
        wide = None if isinstance(node, MappingNode) else \
            self.wide_problem(text.split("\n"), self.base_line)
        if wide is not None:
            self.problems.append(wide)
            return None
        if not isinstance(node, MappingNode):
            prose = isinstance(node, ScalarNode) and " " in node.value.strip()
            self.error(node, f"the header must be 'key: value' lines, found {kind_of(node)}",
                       "if this is the section's prose, close the header above it with a line "
                       "'---' (a section without fields has an empty header: '--- summary', "
                       "then '---')" if prose else "start with the field's name, e.g. "
                       "'figures:', and indent the list below it")
            return None
        return node

    def syntax_problem(self, exc: yaml.MarkedYAMLError, text: str) -> tuple[Problem, Repair]:
        """Turn a YAML syntax error into a located problem with a hint, and return how to read
        the text as the author meant it (None when that cannot be told)."""
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and (mark is None or mark.index >= len(text.rstrip())
                                 or unclosed_bracket(exc)):
            mark = exc.context_mark  # point at the quote or bracket never closed
        line = self.base_line + (mark.line if mark else 0)
        wide = self.wide_problem(text.split("\n")[:line - self.base_line + 1], self.base_line)
        if wide is not None:  # YAML fails further down than the slip it trips on
            return wide, narrowed
        column = mark.column + 1 if mark else 1
        excerpt = self.line_text(line)
        if "\t" in excerpt[:column] and not excerpt[: column - 1].strip():
            return Problem(self.display, line, column,
                           f"{self.what}: a tab is used for indentation; YAML allows spaces only",
                           "replace the tab at the start of the line with spaces",
                           excerpt), untabbed
        above = self.lines[self.base_line - 1:line - 1]
        found = colonless(str(exc), [*above, excerpt])
        if found is not None:
            line, slip = self.base_line + found[0], found[1]
            slipped = colon_slip(slip)
            return Problem(self.display, line, slip.end("key") + 1, f"{self.what}: {slipped}",
                           "a field's name ends with ':' and a space: write "
                           f"'{slip['key']}: {slip['value']}'", self.line_text(line)), colon_added
        prose = unlisted(str(exc), [*above, excerpt])
        if prose is not None:
            line = self.base_line + prose[0]
            return Problem(self.display, line, 1, f"{self.what}: this line is not an item of "
                           f"'{prose[1]}:' above it: it has no '- ' and is not indented",
                           f"write each item on its own line, indented and after '- ': "
                           f"'  - {self.line_text(line).strip()}'", self.line_text(line)), None
        message = f"{self.what}: YAML syntax error: {exc.problem or exc.context}"
        hint, value_slip = syntax_hint(str(exc), excerpt, above)
        return Problem(self.display, line, column, message, hint, excerpt), \
            repaired if value_slip else None

    def wide_problem(self, lines: list[str], first: int) -> Problem | None:
        """Return the problem of the last of a header's lines, from file line `first` on, typed
        with a full-width colon or indentation, if one is."""
        slip = wide_slip(lines)
        if slip is None:
            return None
        index, column, message, hint = slip
        line = first + index
        return Problem(self.display, line, column, f"{self.what}: {message}", hint,
                       self.line_text(line))


def colon_slip(slip: re.Match[str]) -> str:
    """Say what is wrong with a field's name that YAML does not end where its author did."""
    key = slip["key"]
    if slip["nbsp"]:
        return f"a no-break space (U+{ord(slip['nbsp'][0]):04X}) after '{key}:', which YAML " \
            "reads as text, not as the space that ends the field's name"
    return f"no space after '{key}:'" if slip["colon"] else f"no ':' after '{key}'"


def unclosed_bracket(exc: yaml.MarkedYAMLError) -> bool:
    """Tell whether YAML stopped on a line below a '[' or '{' never closed: the line it names
    is a field the list ran into ('dek: ...' under 'tags: [a, b')."""
    return str(exc.context).startswith("while parsing a flow") \
        and exc.context_mark is not None and exc.problem_mark is not None \
        and exc.problem_mark.line > exc.context_mark.line


def scalars(node: Node) -> Iterator[ScalarNode]:
    """Yield the keys and values of a node, in the order they are written."""
    if isinstance(node, ScalarNode):
        yield node
    else:
        for part in node.value:
            for child in part if isinstance(part, tuple) else (part,):
                yield from scalars(child)


def kind_of(node: Node) -> str:
    """Describe a node's type in an author's words."""
    if isinstance(node, MappingNode):
        return "a mapping of 'key: value' lines"
    if isinstance(node, SequenceNode):
        return "a list"
    return f"the value '{node.value}'"


def is_null(node: Node) -> bool:
    """Tell whether a node is YAML's null (empty, ~ or null)."""
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG
