"""The texts of an explainer its checks read: the dek, each section's prose, and what each
section says in its fields (a takeaway, an answer), each with the map of where its characters
stand in the file."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import Explainer, TextMap


def own_texts(explainer: Explainer, kept: Callable[[str], object] = bool,
              articled: bool = False) -> Iterator[tuple[str, TextMap, str]]:
    """Yield (where, its map, text) for the dek, each section's prose and what the section
    says, in the file's order, those that are kept (a check's quick test of a text). `where`
    names the text as a warning's subject: "dek", "takeaway"; `articled`, as a warning's
    object: "the dek", "a takeaway"."""
    if (dek := explainer.dek_map) is not None and kept(explainer.dek):
        yield "the dek" if articled else "dek", dek, explainer.dek
    for section in explainer.sections:
        if section.body_text and kept(section.body_text):
            yield (f"section '{section.kind}'",
                   TextMap.of_lines(section.body_text, section.body_line), section.body_text)
        for what, where, text in section.said:
            if kept(text):
                yield f"{'an' if what[0] in 'aeiou' else 'a'} {what}" if articled else what, \
                    where, text
