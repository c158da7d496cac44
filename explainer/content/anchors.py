"""Page-unique ids for sections, made from their headings or kinds."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable

from .model import Section


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
