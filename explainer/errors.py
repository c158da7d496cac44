"""The one exception hierarchy of explainer, the problems it carries, and what finds their
places in a file's text.

Problems are collected during a build and reported together; only the CLI and the dev server
catch these exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

# A note says what explainer did not do (a check it cannot make), not that anything is wrong:
# --strict lets it pass.
Severity = Literal["error", "warning", "note"]
MAX_EXCERPT = 200  # characters of the line shown under a problem: some lines are megabytes
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located in a file."""

    path: str
    line: int | None
    column: int | None
    message: str
    hint: str = ""
    excerpt: str = ""
    severity: Severity = "error"
    # The same mistake in other files, each 'path:line:column', and how many more files have it
    # unnamed (`build` names a few and counts the rest).
    elsewhere: tuple[str, ...] = ()
    unnamed: int = 0

    def location(self) -> str:
        """Return 'path:line:column', leaving out what is unknown; control characters escaped."""
        parts = [CONTROL.sub(lambda char: repr(char[0])[1:-1], self.path)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def render(self) -> str:
        """Return the problem as the lines an author reads in a terminal."""
        lines = [f"{self.location()}: {self.severity}: {self.message}"]
        excerpt = self.excerpt.strip()
        if excerpt:
            cut = excerpt[:MAX_EXCERPT].rstrip() + " ..." if len(excerpt) > MAX_EXCERPT else excerpt
            lines.append(f"    {cut}")
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        lines.extend(f"  the same at {place}" for place in self.elsewhere)
        if self.unnamed:
            listed = "" if self.severity == "note" else "; 'python build.py check' lists every one"
            lines.append(f"  and in {self.unnamed} other file(s){listed}")
        return "\n".join(lines)

    def sort_key(self) -> tuple[str, int, int]:
        """Order problems by file, then position."""
        return (self.path, self.line or 0, self.column or 0)


def line_at(lines: Sequence[str], line: int) -> str:
    """Return a file's line by its number, as a problem shows it; '' past the file's ends."""
    return lines[line - 1] if 0 < line <= len(lines) else ""


def spaces(match: re.Match[str]) -> str:
    """Return what a pattern matched as blanks, its line breaks kept: for re.sub(), so that
    every offset and line after it stays put."""
    return "\n".join(" " * len(line) for line in match[0].split("\n"))


class ExplainerError(Exception):
    """Base class of every error explainer reports to its user."""


class ContentError(ExplainerError):
    """The site's input is wrong; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(p.render() for p in self.problems))

    def __reduce__(self) -> tuple[type[ContentError], tuple[list[Problem]]]:
        return type(self), (self.problems,)  # rebuilt from its problems, e.g. in a worker

    @property
    def summary(self) -> str:
        """Say how many mistakes stop the build, each counted once: '2 error(s)'."""
        return f"{sum(p.severity == 'error' for p in group_problems(self.problems))} error(s)"


class OutputError(ExplainerError):
    """The output folder cannot be written safely."""


class UsageError(ExplainerError):
    """The command line or the project layout is wrong."""


class StrictWarnings(ExplainerError):
    """Warnings were found and --strict turns them into a failure."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [problem for problem in problems if problem.severity == "warning"]
        super().__init__(f"{len(group_problems(self.problems))} warning(s) with --strict")


QUOTED = re.compile(r"'([^']*)'")
FIELD_NAME = re.compile(r"[a-z_]+:?")  # 'title', 'source:': the same mistake in another field
SHOWN_VALUES = 3  # differing values named in a grouped message before '...'
FOLDED_AFTER = 3  # a warning in more files than this is shown for these, then counted
NUMBER = re.compile(r"\d+")
# What _merge adds, numbers as '#'.
LINES = re.compile(r" on lines [#, ]+ \(# entries\)$| \(# times on line #\)$")
# What _merge adds, as it reads.
WHERE = re.compile(r" on lines [\d, ]+ \(\d+ entries\)$| \(\d+ times on line \d+\)$")
NAMED_ELSEWHERE = 3  # other files named under a warning by `build` before the rest are counted
ALSO_QUOTED = re.compile(r"'…'(, '…')*(, \.\.\.)?")  # the values _combine names


def group_problems(problems: list[Problem]) -> list[Problem]:
    """Report the same mistake on many lines of one file once, naming every line."""
    groups: dict[tuple[object, ...], list[Problem]] = {}
    for number, problem in enumerate(sorted(problems, key=Problem.sort_key)):
        groups.setdefault(_group_key(problem, number), []).append(problem)
    return sorted((_merge(group) for group in groups.values()), key=Problem.sort_key)


def join_files(problems: list[Problem], every: bool = True) -> list[Problem]:
    """Return grouped problems (in file order) with one mistake made in several files reported
    once, at its first place, naming the others; unless `every`, a warning names a few and
    counts the rest, and a note always does. Errors name every place. A mistake is the same
    where its message, its hint and the line it quotes are: one quoting another sentence is
    shown with it."""
    groups: dict[tuple[object, ...], list[Problem]] = {}
    for number, problem in enumerate(problems):
        key = (number,) if problem.line is None else \
            (problem.severity, WHERE.sub("", problem.message), problem.hint, problem.excerpt)
        groups.setdefault(key, []).append(problem)
    return [_name_others(group, every) for group in groups.values()]


def _name_others(group: list[Problem], every: bool) -> Problem:
    """Return the first problem of a group made in several files, naming the others' places."""
    first = group[0]
    places = tuple(other.location() + (found[0] if (found := WHERE.search(other.message)) else "")
                   for other in group[1:])
    named = len(places) if first.severity == "error" or (every and first.severity == "warning") \
        else NAMED_ELSEWHERE
    if len(places) <= named + 1:  # naming the last place takes no more room than counting it
        named = len(places)
    return replace(first, elsewhere=places[:named], unnamed=len(places) - named)


def _entry_parts(problem: Problem) -> set[str]:
    """Return the quoted parts of a problem that are the entry's words, not a field's name."""
    return {part for part in QUOTED.findall(problem.message + problem.hint)
            if part and (part in problem.excerpt or not FIELD_NAME.fullmatch(part))}


def _template(text: str, parts: set[str]) -> str:
    """Return a text with the entry's own quoted words taken out."""
    return QUOTED.sub(lambda m: "'…'" if m[1] in parts else m[0], text)


def fold_repeats(problems: list[Problem], folded_kinds: tuple[Severity, ...] = ("warning", "note")
                 ) -> list[Problem]:
    """Return grouped problems (in file order) with a warning or note that recurs in many files
    shown for its first FOLDED_AFTER + 1 files, the last of them saying how many more files
    have it (an archive whose old timelines are overdue would otherwise repeat one per
    explainer; a site in Russian, that the checks of numbers skip every explainer)."""
    kinds = [_kind(problem) if problem.severity in folded_kinds else None
             for problem in problems]
    files: dict[tuple[object, ...], list[str]] = {}  # each kind's files, in order
    place: list[int] = []  # each problem's file's place among its kind's
    for problem, kind in zip(problems, kinds, strict=True):
        paths = files.setdefault(kind, []) if kind is not None else [problem.path]
        if paths[-1:] != [problem.path]:
            paths.append(problem.path)
        place.append(len(paths) - 1)
    folded, noted = [], set()
    for problem, kind, at in zip(problems, kinds, place, strict=True):
        more = len(files[kind]) - FOLDED_AFTER - 1 if kind is not None else 0
        if more <= 0 or at < FOLDED_AFTER:
            folded.append(problem)
        elif at == FOLDED_AFTER and kind not in noted:
            noted.add(kind)
            listed = "" if problem.severity == "note" else \
                "; 'python build.py check' lists every one"
            folded.append(replace(problem, message=f"{problem.message} (and the same in {more} "
                                  f"more file(s){listed})"))
        elif at == FOLDED_AFTER:
            folded.append(problem)
    return folded


def _kind(problem: Problem) -> tuple[object, ...]:
    """Return what one mistake shares wherever it is made: its words, less the entry's own
    (quoted, or a number or a date) and less the lines a grouped message names."""
    parts = _entry_parts(problem)

    def words(text: str) -> str:
        text = NUMBER.sub("#", _template(text, parts))
        return ALSO_QUOTED.sub("'…'", LINES.sub("", text))

    return (problem.severity, words(problem.message), words(problem.hint))


def _group_key(problem: Problem, number: int) -> tuple[object, ...]:
    """Return what problems share when they are one mistake made on several lines; a problem
    of no line (the `number`th) stands alone."""
    if problem.line is None:
        return (number,)
    parts = _entry_parts(problem)
    return (problem.path, problem.severity, _template(problem.message, parts),
            _template(problem.hint, parts))


def _merge(group: list[Problem]) -> Problem:
    """Return one problem standing for a group, its message naming every line."""
    first = group[0]
    if len(group) == 1:
        return first
    lines = sorted({p.line for p in group if p.line is not None})
    where = f" on lines {', '.join(map(str, lines))} ({len(group)} entries)" if len(lines) > 1 \
        else f" ({len(group)} times on line {lines[0]})"
    return Problem(first.path, first.line, first.column,
                   _combine([p.message for p in group]) + where, _combine([p.hint for p in group]),
                   first.excerpt, first.severity)


def _combine(texts: list[str]) -> str:
    """Return the text shared by a group, listing the quoted words that differ between them."""
    if len(set(texts)) == 1:
        return texts[0]
    pieces = [QUOTED.split(text) for text in texts]
    combined = []
    for index, piece in enumerate(pieces[0]):
        values = list(dict.fromkeys(p[index] for p in pieces if index < len(p)))
        if index % 2 == 0 or len(values) == 1:
            combined.append(piece if index % 2 == 0 else f"'{piece}'")
            continue
        shown = ", ".join(f"'{v}'" for v in values[:SHOWN_VALUES])
        combined.append(shown + (", ..." if len(values) > SHOWN_VALUES else ""))
    return "".join(combined)
