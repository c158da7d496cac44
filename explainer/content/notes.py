"""Footnotes whose ids are unique on the page: Python-Markdown's, named after where they are.

Python-Markdown names a note's ids after its label, `fn:1` and `fnref:1`, alike in every text
it converts; and a label may hold a blank, which no id may. Here a note's ids are made of the
part of the page its text is in (its section's anchor) and its number there, which is the
number readers see when the section has one text with notes: `fn_kenya-1` on the note,
`fnref_kenya-1` on the reference to it, `fnref2_kenya-1` on a second one. The texts of one
part (a timeline's events) number their notes on from one another, so that no two share an
id; the front matter's texts (the lead picture's caption, the changes) are a part without a
name: `fn_1`. No anchor holds an underscore, so no note's id is any other id of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown.extensions.footnotes import FootnoteExtension

# The ids PageNotes gives, for the sanitiser to keep: a note's on its <li>, a reference's on
# its <sup>.
NOTE_ID = re.compile(r"fn_(?:[a-z0-9-]+-)?[1-9][0-9]*")
REF_ID = re.compile(r"fnref(?:[2-9]|[1-9][0-9]+)?_(?:[a-z0-9-]+-)?[1-9][0-9]*")
NOTE_IDS = {"li": NOTE_ID, "sup": REF_ID}


@dataclass
class NoteIds:
    """How one part of a page names its footnotes: the part's name (a section's anchor), and
    how many notes its texts have had so far."""

    part: str
    count: int = 0


class PageNotes(FootnoteExtension):
    """Python-Markdown's footnotes, their ids named after the part of the page they are in;
    set `ids` to the part's before converting a text."""

    def __init__(self) -> None:
        super().__init__(SEPARATOR="_")  # what Python-Markdown puts after "fn" and "fnref"
        self.ids = NoteIds("")

    def makeFootnoteId(self, label: str) -> str:  # noqa: N802 (Python-Markdown's API)
        """Return the id of a note's list item."""
        return f"fn_{self.name(label)}"

    def makeFootnoteRefId(self, label: str, found: bool = False) -> str:  # noqa: N802
        """Return the id of a reference to a note; fnref2_..., fnref3_... for the next ones."""
        return self.unique_ref(f"fnref_{self.name(label)}", found)

    def name(self, label: str) -> str:
        """Return what a note's ids end with: the part's name and the note's number there."""
        number = self.ids.count + list(self.footnotes).index(label) + 1
        return f"{self.ids.part}-{number}" if self.ids.part else str(number)


def is_note_id(element: str, value: str) -> bool:
    """Tell whether an id is one PageNotes gives, on the element it gives it to."""
    shape = NOTE_IDS.get(element)
    return shape is not None and shape.fullmatch(value) is not None
