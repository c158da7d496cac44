#!/usr/bin/env python3
"""Show which languages each table of the editorial checks covers.

The checks of numbers read a language through its module in
``explainer/content/checks/counting/`` (how it writes numbers, money and counts) and through
tables, one entry per language, in the modules of the rules that need its words: the words of
death and of injury, of an age, of a source, of a part and a sum, ... A language a table lacks
is not wrong: that rule does not apply to it. This script finds those tables in the code itself
(every module-level dict literal of the package with at least three of the checks' languages
among its keys; a table made by a comprehension is not seen) and prints, for each, the comment
above it and the languages it has; with ``--language``, the tables a language (by its base tag:
fr-CA is fr) lacks, to fill when teaching the checks that language (see docs/architecture.md).

Usage: ``python scripts/language_tables.py [--language TAG]``.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "explainer" / "content"
sys.path.insert(0, str(ROOT))  # the package must be importable

from explainer.content.checks.counting import MODULES  # noqa: E402

# A dict keyed by this many of the checks' languages or more is a table of languages.
AT_LEAST = 3
TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)*")  # a key that is a language's tag


@dataclass(frozen=True)
class Table:
    """A table of the checks with an entry per language."""

    place: str  # module and name: "checks/fates.py FATES"
    says: str  # the first line of the comment above it
    languages: tuple[str, ...]


def main(argv: list[str] | None = None) -> int:
    """Print the tables and the languages they cover, or those one language lacks."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", metavar="TAG",
                        help="list only the tables this language is missing from")
    args = parser.parse_args(argv)
    tables = find_tables(PACKAGE)
    if args.language:
        language = args.language.replace("_", "-").split("-")[0].lower()
        missing = [table for table in tables if language not in table.languages]
        counted = "has a" if language in MODULES else "has no"
        print(f"{language} {counted} module in checks/counting/ (its numbers, money and "
              f"counts); {len(missing)} of {len(tables)} tables lack it:")
        tables = missing
    else:
        print(f"checks/counting/: {' '.join(MODULES)}")
    for table in tables:
        print(f"{table.place}: {table.says}")
        print(f"    {' '.join(table.languages)}")
    return 0


def find_tables(package: Path) -> list[Table]:
    """Return every module-level table keyed by languages the checks read, in file order."""
    found = []
    for path in sorted(package.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        module = ast.parse("\n".join(lines))
        about = first_sentence(ast.get_docstring(module) or "")
        for node in module.body:
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            if not isinstance(value, ast.Dict):
                continue
            keys = [key.value for key in value.keys if isinstance(key, ast.Constant)]
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            name = ast.unparse(target)
            if len([key for key in keys if key in MODULES]) >= AT_LEAST and name != "MODULES":
                # every language it has, the checks' and others ("hu"), by their tags
                languages = tuple(key for key in keys if isinstance(key, str)
                                  and TAG.fullmatch(key))
                place = f"{path.relative_to(package).as_posix()} {name}"
                says = comment_above(lines, node.lineno - 1) or about
                found.append(Table(place, says, languages))
    return found


def comment_above(lines: list[str], index: int) -> str:
    """Return the comment just above a line, joined into one line, or '' if there is none."""
    comment: list[str] = []
    while index > 0 and lines[index - 1].startswith("#"):
        index -= 1
        comment.insert(0, lines[index].lstrip("# "))
    return first_sentence(" ".join(comment))


def first_sentence(text: str) -> str:
    """Return the first sentence of a text, on one line, without its full stop."""
    return " ".join(text.split()).split(". ")[0].rstrip(".:")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # its output cut short, as `| head` does: nothing is wrong
        sys.stderr.close()
