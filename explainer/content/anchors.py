"""Page-unique ids for sections, made from their headings or kinds; and the kinds a page
shows once."""

from __future__ import annotations

from collections.abc import Iterable

from yaml.nodes import ScalarNode

from ..errors import Problem
from .fields import Fields
from .header import is_null
from .latin import slugify
from .model import Section
from .sources import SourceFile

# The kinds the page shows in a place of their own (docs/sections.md): a second one is shown
# straight after the first, which reads as one box run on.
ONCE = ("summary", "why-it-matters", "takeaways", "figures", "sources")
# The ids an explainer's page holds besides its sections' (templates/explainer.html and its
# partials), and those a section's id gives its parts (its heading, a map's title and
# caption): a section takes none that is held, so that every link to an id finds one place.
PAGE_IDS = frozenset({"main", "top", "changes", "changes-title", "contents-title",
                      "related-title", "reuse-title", "share-title"})
PARTS = ("", "-title", "-map-title", "-map-caption")


def anchor_base(kind: str, fields: Fields) -> str:
    """Return what a section's id is made of: a prose section's heading (as read_prose reads
    it, without reporting on it again), else its kind."""
    node = fields.values.get("heading") if kind == "prose" else None
    if not isinstance(node, ScalarNode) or is_null(node):
        return kind
    return slugify(fields.typeset(node.value.strip())) or kind


def unique_anchor(base: str, taken: set[str]) -> str:
    """Return base, or base-2, base-3...: the first id that neither the page nor an earlier
    section holds, with the ids of its parts; take them."""
    anchor, n = base, 1
    while any(anchor + suffix in taken or anchor + suffix in PAGE_IDS for suffix in PARTS):
        n += 1
        anchor = f"{base}-{n}"
    taken.update(anchor + suffix for suffix in PARTS)
    return anchor


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
