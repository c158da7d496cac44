"""Footnotes whose ids are unique on the page: Python-Markdown's, named after where they are.

Python-Markdown names a note's ids after its label, `fn:1` and `fnref:1`, alike in every text
it converts; and a label may hold a blank, which no id may. Here a note's ids are made of the
part of the page its text is in (its section's anchor) and its number there, which is the
number readers see when the section has one text with notes: `fn_kenya-1` on the note,
`fnref_kenya-1` on the reference to it, `fnref2_kenya-1` on a second one. The texts of one
part (a timeline's events) number their notes on from one another, so that no two share an
id; the front matter's texts (the lead picture's caption, the changes) are a part without a
name: `fn_1`. No anchor holds an underscore, so no note's id is any other id of the page.

Python-Markdown lists a note that nothing refers to all the same, with a way back to a mark
that is not there: that link is taken out, and the note's label kept for a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions.footnotes import NBSP_PLACEHOLDER, FootnoteExtension
from markdown.treeprocessors import Treeprocessor

# The ids PageNotes gives, for the sanitiser to keep: a note's on its <li>, a reference's on
# its <sup>.
NOTE_ID = re.compile(r"fn_(?:[a-z0-9-]+-)?[1-9][0-9]*")
REF_ID = re.compile(r"fnref(?:[2-9]|[1-9][0-9]+)?_(?:[a-z0-9-]+-)?[1-9][0-9]*")
NOTE_IDS = {"li": NOTE_ID, "sup": REF_ID}
# A reference's number, as Python-Markdown writes it: the text of the link in its <sup>.
MARK_NUMBER = re.compile(r'(<sup id="fnref[^"]*"><a [^>]*>)([0-9]+)(?=</a></sup>)')


@dataclass
class NoteIds:
    """How one part of a page names its footnotes: the part's name (a section's anchor), how
    many notes its texts have had so far, and the labels of those nothing refers to."""

    part: str
    count: int = 0
    unreferenced: list[str] = field(default_factory=list)


class PageNotes(FootnoteExtension):
    """Python-Markdown's footnotes, their ids named after the part of the page they are in;
    set `ids` to the part's before converting a text."""

    def __init__(self) -> None:
        super().__init__(SEPARATOR="_")  # what Python-Markdown puts after "fn" and "fnref"
        self.ids = NoteIds("")

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        """Add the footnotes, and the count of each text's notes after the duplicate marks'
        ways back are made (at 15)."""
        super().extendMarkdown(md)
        md.treeprocessors.register(_CountNotes(self), "count_notes", 14)

    def makeFootnotesDiv(self, root: Element) -> Element | None:  # noqa: N802
        """Return the list of notes, without the title Python-Markdown gives each way back:
        it is English, and the page names the links in its own language."""
        notes = super().makeFootnotesDiv(root)
        for link in notes.iter("a") if notes is not None else ():
            link.attrib.pop("title", None)
        return notes

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


def marks_in_digits(html: str, digits: dict[int, str]) -> str:
    """Return a text's HTML with the number of each reference to a note in these digits
    (those of its language: "۱" on a Persian page), as the page writes its other numbers."""
    if not digits or "<sup" not in html:
        return html
    return MARK_NUMBER.sub(lambda found: found[1] + found[2].translate(digits), html)


def is_note_id(element: str, value: str) -> bool:
    """Tell whether an id is one PageNotes gives, on the element it gives it to."""
    shape = NOTE_IDS.get(element)
    return shape is not None and shape.fullmatch(value) is not None


class _CountNotes(Treeprocessor):
    """Count a text's notes in its part's, note those nothing refers to and take their way
    back out."""

    def __init__(self, notes: PageNotes) -> None:
        super().__init__()
        self.notes = notes

    def run(self, root: Element) -> None:
        notes = self.notes
        unreferenced = [label for label in notes.footnotes if label not in notes.footnote_order]
        ids = {notes.makeFootnoteId(label) for label in unreferenced}
        for item in root.iter("li"):
            if item.get("id") in ids:
                drop_way_back(item)
        notes.ids.unreferenced += unreferenced
        notes.ids.count += len(notes.footnotes)


def drop_way_back(item: Element) -> None:
    """Take a note's link back to its mark out, with the no-break space before it."""
    for paragraph in item.findall("p"):  # the link is in the item's last, never deeper
        for index, child in enumerate(paragraph):
            if child.tag == "a" and child.get("class") == "footnote-backref":
                before = paragraph[index - 1] if index else None
                if before is not None and before.tail:
                    before.tail = before.tail.removesuffix(NBSP_PLACEHOLDER)
                elif before is None and paragraph.text:
                    paragraph.text = paragraph.text.removesuffix(NBSP_PLACEHOLDER)
                paragraph.remove(child)
                if not len(paragraph) and not (paragraph.text or "").strip():
                    item.remove(paragraph)  # Python-Markdown made it for the link alone
                return
