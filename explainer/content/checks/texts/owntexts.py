"""The texts of an explainer its checks read: the dek, each section's prose, and what each
section says in its fields (a takeaway, an answer), and its timeline's events, each with the
map of where its characters stand in the file."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from ...model import Explainer, TextMap, Timeline
from ..amounts.eventlevels import EventLevels, LaterLevels
from .stated import units_of


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
                   body_map(section.body_text, section.body_line), section.body_text)
        for what, where, text in section.said:
            if kept(text):
                yield f"{'an' if what[0] in 'aeiou' else 'a'} {what}" if articled else what, \
                    where, text


@functools.lru_cache(maxsize=256)  # every check maps the same bodies of one explainer
def body_map(text: str, line: int) -> TextMap:
    """Return the map of a section's body, from its line on (TextMap.of_lines())."""
    return TextMap.of_lines(text, line)


def passages(explainer: Explainer, kept: Callable[[str], object] = bool
             ) -> Iterator[tuple[str, TextMap, str, EventLevels | None]]:
    """Yield (where, its map, text, event) for the explainer's own words, the map saying where
    each character stands in the file; event tells, for a timeline event's text, whether a later
    event gives a level of a unit and whether it is of another year than a label (None for
    other texts). The dek comes first: lists, feeds and shared links give it, and a running
    story's dek is the text left behind. A section's prose is mapped only if it is kept (a
    check's quick test of it)."""
    if (dek := explainer.dek_map) is not None:
        yield "dek", dek, explainer.dek, None
    for section in explainer.sections:
        if section.body_text and kept(section.body_text):
            yield (f"section '{section.kind}'", body_map(section.body_text,
                   section.body_line), section.body_text, None)
        for what, where, text in section.said:
            yield what, where, text, None
        if isinstance(section, Timeline):
            later = LaterLevels(section.events, units_of)
            for index, event in enumerate(section.events):  # in the order of their dates
                given = EventLevels(later, index)
                unknown = TextMap(event.line, 1, None)
                yield "timeline event", event.title_map or unknown, event.title, given
                yield "timeline event", event.text_map or unknown, event.text, given
