"""What reading one explainer file needs: its source, the Markdown converter and what the
Markdown may cost, the language its text is set in, and the problems, pictures and frames
found so far. Every reader of a section kind or a field converts Markdown through it."""

from __future__ import annotations

import posixpath
import re
from itertools import chain

from yaml.nodes import Node

from ..errors import Problem, Severity
from . import model
from .header import Reader
from .media import iframe_lines
from .numerals import language_digits
from .sources import NONCHARACTER_HINT, Block, SourceFile
from .targets import markdown_images, page_links, target_path
from .text.autolink import with_links
from .text.bounds import Allowance
from .text.listslips import list_slips
from .text.markup import Markup, dropped_tags, noncharacter_references, unsafe_links
from .text.notes import NoteIds, marks_in_digits
from .text.refslips import reference_slips
from .text.typography import typeset_html

# A footnote's mark in a text, and a note given for it: [^1] and [^1]: The note.
NOTE_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")
NOTE = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:", re.MULTILINE)


class Context:
    """What reading one file needs: its source, the Markdown converter, the language its text is
    set in, the problems so far."""

    def __init__(self, source: SourceFile, markup: Markup, language: str,
                 embeds: tuple[str, ...] = ()) -> None:
        self.source = source
        self.markup = markup
        self.language = language
        self.embeds = embeds  # hosts an embed may load, besides the services explainer knows
        self.problems: list[Problem] = []
        self.allowance = Allowance(sum(len(line) + 1 for line in source.lines))
        self.refused = False  # a text asked too much of the parser: convert no more
        self.uses: list[model.Use] = []  # image files, for the site to check
        self.links: list[model.Use] = []  # links to pages of the site, for the site to check
        self.frames: list[tuple[int, int, str]] = []  # <iframe>s in prose, the page drops
        self.anchors: set[str] = set()  # the ids its sections took
        self.note_ids = NoteIds("")  # how the notes of the part being read are named

    def reader(self, block: Block, what: str) -> Reader:
        """Return a YAML reader for one block, sharing this file's problem list."""
        return Reader(self.source.display, self.source.lines, block.header_line, what,
                      self.problems, language=self.language)

    def markdown(self, text: str, what: str, line: int, column: int | None = None,
                 inline: bool = False) -> str:
        """Convert Markdown to HTML, reporting links whose scheme could run code.

        A body gives its first line; a YAML value also gives its column, where each link of
        the value is reported.
        """
        if self.refused:
            return ""
        for offset, link_column, url in unsafe_links(text):
            self.problems.append(self.problem(
                place(offset, link_column, line, column),
                f"{what}: unsafe link '{url[:40]}' in the Markdown",
                "links must start with https://, http:// or mailto:, or be a path in the site"))
        self.refuse_noncharacters(text, what, line, column)
        self.warn_slips(text, what, line, column)
        self.note_html(text, line, column)
        convert = self.markup.inline if inline else self.markup.block
        known = len(self.note_ids.unreferenced)
        html = convert(text, lambda text: not self.too_costly(text, what, line, column),
                       self.note_ids)
        for label in self.note_ids.unreferenced[known:]:
            self.problems.append(self.unreferenced_note(text, label, what, line, column))
        if "[^" in text:
            self.problems += self.missing_notes(text, what, line, column)
        html = marks_in_digits(html, language_digits(self.language)[1])
        return typeset_html(with_links(html), self.language)

    def refuse_noncharacters(self, text: str, what: str, line: int, column: int | None) -> None:
        """Report the character references that write a noncharacter (see sources.py)."""
        for offset, reference_column, reference in noncharacter_references(text):
            self.problems.append(self.problem(
                place(offset, reference_column, line, column),
                f"{what}: a character reference writes a noncharacter: '{reference}'",
                f"{NONCHARACTER_HINT}; delete it"))

    def warn_slips(self, text: str, what: str, line: int, column: int | None) -> None:
        """Warn of the list items and reference links the page would not show as they look
        (see listslips.py and refslips.py)."""
        for offset, found_column, message, hint in chain(list_slips(text),
                                                         reference_slips(text)):
            self.problems.append(self.problem(place(offset, found_column, line, column),
                                              f"{what}: {message}", hint, "warning"))

    def missing_notes(self, text: str, what: str, line: int,
                      column: int | None) -> list[Problem]:
        """Return a warning for each footnote mark whose note the text never gives."""
        given = set(NOTE.findall(text))
        return [self.problem(place(*spot(text, mark.start()), line, column),
                             f"{what}: footnote [^{mark[1]}] has no note; the page shows "
                             f"'[^{mark[1]}]' as typed", f"add its note on a line of its own "
                             f"below: [^{mark[1]}]: what the note says", "warning")
                for mark in NOTE_MARK.finditer(text) if mark[1] not in given]

    def unreferenced_note(self, text: str, label: str, what: str, line: int,
                          column: int | None) -> Problem:
        """Return the warning for a footnote its text never refers to, at the note."""
        found = re.search(rf"\[\^{re.escape(label)}\]:", text)
        return self.problem(place(*spot(text, found.start() if found else 0), line, column),
                            f"{what}: footnote [^{label}] is never referred to; the page lists "
                            f"it all the same", f"refer to it with [^{label}] where it applies, "
                            "or remove it", "warning")

    def problem(self, where: tuple[int, int], message: str, hint: str,
                severity: Severity = "error") -> Problem:
        """Make a problem at a line and column of the file, showing that line."""
        line, column = where
        return Problem(self.source.display, line, column, message, hint,
                       self.source.line_text(line), severity)

    def inline(self, text: str, reader: Reader, node: Node) -> str:
        """Convert a YAML value's Markdown to inline HTML, reporting problems at the value."""
        return self.markdown(text, reader.what, reader.line_of(node), node.start_mark.column + 1,
                             inline=True)

    def too_costly(self, text: str, what: str, line: int, column: int | None) -> bool:
        """Report a text that would ask too much work of the Markdown parser.

        Only texts the parser reads are charged: the shortcut's work is in proportion to a
        text's length.
        """
        excess = self.allowance.take(text)
        if excess is None:
            return False
        self.refused = True
        self.problems.append(self.problem(place(*spot(text, excess.offset), line, column),
                                          f"{what}: {excess.message}", excess.hint))
        return True

    def note_html(self, text: str, line: int, column: int | None) -> None:
        """Note the pictures a text shows and the pages it links to, and warn of frames the
        sanitiser would drop."""
        if "](" in text or "<" in text:
            for offset, link_column, url in page_links(text):
                where, at = place(offset, link_column, line, column)
                self.links.append(model.Use("page", url, where, at, self.source.line_text(where)))
        if "<" not in text and "![" not in text:
            return
        for offset, link_column, url in markdown_images(text):
            where, at = place(offset, link_column, line, column)
            name = posixpath.normpath(target_path(url))
            self.uses.append(model.Use("markdown-image", url, where, at,
                                       self.source.line_text(where),
                                       (f"overrides/static/{name}", f"static/{name}")))
        if not self.markup.trusted_html and "iframe" in text.lower():
            self.frames += iframe_lines(text, line)
        if not self.markup.trusted_html:
            for offset, tag_column, tag in dropped_tags(text):
                self.problems.append(self.problem(
                    place(offset, tag_column, line, column),
                    f"'{tag}' is read as an HTML tag, which the page leaves out",
                    f"to show it as written, write its '<' as '&lt;': &lt;{tag[1:]}", "warning"))


def place(offset: int, found_column: int, line: int, column: int | None) -> tuple[int, int]:
    """Return the line and column in the file of what a text holds at a line offset and
    column: where it stands in a body, whose first line is `line`; in a YAML value, which
    gives its column too, at the value."""
    return (line, column) if column else (line + offset, found_column)


def spot(text: str, start: int) -> tuple[int, int]:
    """Return the line offset and the column (from 1) of a character of a text."""
    return text.count("\n", 0, start), start - text.rfind("\n", 0, start)


def line_of(text: str, offset: int) -> str:
    """Return the line of a text that holds its character at offset, as a problem shows it."""
    return text[text.rfind("\n", 0, offset) + 1:].split("\n", 1)[0]
