"""The one exception hierarchy of explainer, and the problems it carries.

Problems are collected during a build and reported together; only the CLI and the dev server
catch these exceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
        return "\n".join(lines)

    def sort_key(self) -> tuple[str, int, int]:
        """Order problems by file, then position."""
        return (self.path, self.line or 0, self.column or 0)


class ExplainerError(Exception):
    """Base class of every error explainer reports to its user."""


class ContentError(ExplainerError):
    """The site's input is wrong; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(p.render() for p in self.problems))

    def __reduce__(self) -> tuple[type[ContentError], tuple[list[Problem]]]:
        return type(self), (self.problems,)  # rebuilt from its problems, e.g. in a worker


class OutputError(ExplainerError):
    """The output folder cannot be written safely."""


class UsageError(ExplainerError):
    """The command line or the project layout is wrong."""


class StrictWarnings(ExplainerError):
    """Warnings were found and --strict turns them into a failure."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [problem for problem in problems if problem.severity == "warning"]
        super().__init__(f"{len(self.problems)} warning(s) with --strict")
