"""Page-unique ids for sections, made from their headings or kinds; and the kinds a page
shows once."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable

from ..errors import Problem
from .model import Section
from .sources import SourceFile

# The kinds the page shows in a place of their own (docs/sections.md): a second one is shown
# straight after the first, which reads as one box run on.
ONCE = ("summary", "why-it-matters", "takeaways", "figures", "sources")


def with_unique_anchors(sections: Iterable[Section]) -> tuple[Section, ...]:
    """Give every section a page-unique id, from its heading or its kind."""
    seen: set[str] = set()
    result = []
    for section in sections:
        base = section.anchor or slugify(getattr(section, "heading", "")) or section.kind
        anchor, n = base, 1
        while anchor in seen:
            n += 1
            anchor = f"{base}-{n}"
        seen.add(anchor)
        # A frozen section with its anchor already right is kept: copying it costs time.
        result.append(section if anchor == section.anchor else
                      dataclasses.replace(section, anchor=anchor))
    return tuple(result)


def slugify(text: str) -> str:
    """Turn a heading into an id: lowercase ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]


def repeated(source: SourceFile, sections: Iterable[Section]) -> list[Problem]:
    """Warn of a second section of a kind the page shows once."""
    first: dict[str, int] = {}
    problems = []
    for section in sections:
        if section.kind not in ONCE:
            continue
        if section.kind in first:
            problems.append(Problem(
                source.display, section.line, 1, f"a second '{section.kind}' section (the "
                f"first is on line {first[section.kind]}): the page shows them together",
                f"merge it into the first '{section.kind}' section", source.line_text(
                    section.line), "warning"))
        first.setdefault(section.kind, section.line)
    return problems
