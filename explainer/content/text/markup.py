"""Markdown to HTML, sanitised unless the site trusts its authors' HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from xml.etree.ElementTree import Element

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

from ..sources import is_noncharacter
from .notes import NoteIds, PageNotes, is_note_id
from .shortcut import quick_html, sanitised

EXTENSIONS = ["abbr", "attr_list", "def_list", "fenced_code", "footnotes", "tables", "sane_lists"]
# What each optional extension needs in a text before it can change anything: an abbreviation
# definition, an attribute list, a definition (':' and a blank), a fence, a footnote, a table.
EXTENSION_SYNTAX = re.compile(r"\*\[|\{|:[ ]|```|~~~|\[\^|\|")
# Python-Markdown's inline patterns and the characters each needs, one at least, to match;
# patterns not named here always run. Placeholders the parser puts in a text contain none.
INLINE_SYNTAX = {
    "backtick": ("`",), "escape": ("\\",), "reference": ("[",), "link": ("[",),
    "image_link": ("[",), "image_reference": ("[",), "short_reference": ("[",),
    "short_image_ref": ("[",), "autolink": ("<",), "automail": ("<",), "html": ("<",),
    "entity": ("&",), "linebreak": ("  \n",), "em_strong": ("*", "_"),
    "em_strong2": ("_",), "not_strong": ("*", "_"),
}
# Python-Markdown's block processors that look at the start of a line, and what such a line
# begins with: a heading, a rule, a list, a quote, a link definition, indented code.
BLOCK_SYNTAX = ("indent", "code", "hashheader", "setextheader", "hr", "olist", "ulist", "quote",
                "reference")
# The characters the inline patterns above, and raw HTML, begin with.
SYNTAX_CHARS = frozenset({need for needs in INLINE_SYNTAX.values() for need in needs
                          if len(need) == 1} | {"<", "&"})
LINE_SYNTAX = re.compile(r"^(?: {0,3}[#>*+\-=_|:\[<`~!{\d\\]| {4})", re.MULTILINE)
URL_SCHEMES = {"http", "https", "mailto"}
# Text without any of these characters, without two spaces in a row and not beginning as a
# list item renders to itself, escaped (see may_hold_markdown).
MARKDOWN_CHARS = re.compile(r"[\\`*_{}\[\]<>#+|!~&\n]")
LIST_ITEM_START = re.compile(r"\s*[-\d]")
# Where Markdown takes a link address: [text](url), ![alt](url) and [ref]: url definitions.
LINK_TARGETS = (re.compile(r"\]\(\s*<?(?P<url>(?:[^\s()>]|\([^\s()]*\))+)"),
                re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(?P<url>[^\s>]+)"))
CODE_SPAN = re.compile(r"(`+).*?\1")
# A numeric character reference, which the page shows as the character it names: &#x40; or &#64;.
CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,8}));")
# Where either pattern of LINK_TARGETS could find an address, anywhere in a text, and the
# addresses that are safe whatever their line: http, https and mailto, or without a colon
# (nor an entity that could write one).
LINK_CANDIDATES = re.compile(r"\](?=\(\s*<?((?:[^\s()>]|\([^\s()]*\))+)|:\s*<?([^\s>]+))")
SAFE_TARGET = re.compile(r"(?:https?://|mailto:)|[^:&]*\Z")
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
# What pictures may carry besides the sanitiser's defaults: their sizes for each screen.
# An HTML tag's name, as Markdown reads one ('<name', then a blank, '/' or '>'); not an
# autolink's address (<https://...>), and the tags the sanitiser keeps.
TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])")
KEPT_TAGS = frozenset(nh3.ALLOWED_TAGS)
PICTURE_ATTRIBUTES = {"img": {*nh3.ALLOWED_ATTRIBUTES["img"], "srcset", "sizes", "loading",
                              "decoding"}}
# What footnotes may carry: their ids, on the elements Python-Markdown gives them to.
NOTE_ATTRIBUTES = {tag: {*nh3.ALLOWED_ATTRIBUTES.get(tag, ()), "id"} for tag in ("li", "sup")}
# What a table's cells may carry: the alignment of a column (`|---:|`), which the tables
# extension writes as a style, and nothing else a style could say; and its box, its place
# in the keyboard's order (tabindex 0, no other).
CELL_ATTRIBUTES = {tag: {*nh3.ALLOWED_ATTRIBUTES.get(tag, ()), "style"} for tag in ("th", "td")}
CELL_ATTRIBUTES["div"] = {*nh3.ALLOWED_ATTRIBUTES.get("div", ()), "tabindex"}
CELL_ALIGNMENT = re.compile(r"text-align: (?:left|right|center);")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SRCSET_CANDIDATE = re.compile(r"^(?:https?://|(?![a-zA-Z][a-zA-Z0-9+.-]*:))\S+(?:\s+\d+(?:\.\d+)?[wx])?$")


class _ShiftHeadings(Treeprocessor):
    """Push headings in section bodies below the page's h1 and the section's h2: the
    shallowest heading of a text becomes an h3, whether written '#' or '##', and the others
    keep their distance to it, so that no level is skipped under the section's heading."""

    def run(self, root: Element) -> None:
        headings = [element for element in root.iter() if element.tag in HEADING_TAGS]
        if not headings:
            return
        shift = 3 - min(int(element.tag[1]) for element in headings)
        for element in headings:
            element.tag = f"h{min(int(element.tag[1]) + shift, 6)}"


class _BoxTables(Treeprocessor):
    """Put each table in a box of its own, which scrolls sideways when the table is wider than
    the column (a table of figures on a phone), so that the page itself never does; the box
    takes the keyboard's focus, so that its arrow keys scroll it too."""

    def run(self, root: Element) -> None:
        if next(root.iter("table"), None) is None:
            return
        tables = [(parent, index) for parent in root.iter()
                  for index, child in enumerate(parent) if child.tag == "table"]
        for parent, index in tables:
            table, box = parent[index], Element("div", {"tabindex": "0"})
            box.tail, table.tail = table.tail, None
            box.append(table)
            parent[index] = box


class _HeadingShift(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(_ShiftHeadings(md), "shift_headings", 1)


class _TableBoxes(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(_BoxTables(md), "box_tables", 0)


def prose_lines(text: str, needles: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """Yield (line offset, line) for the lines of a text outside fenced code that hold one of
    the needles, their code spans blanked out: what Markdown reads as more than text."""
    fence: str | None = None
    for offset, line in enumerate(text.split("\n")):
        marker = line.lstrip()[:3]
        if marker in ("```", "~~~"):
            fence = marker if fence is None else (None if marker == fence else fence)
            continue
        if fence is None and any(needle in line for needle in needles):
            yield offset, CODE_SPAN.sub(lambda m: " " * len(m[0]), line) if "`" in line else line


def unsafe_links(text: str) -> list[tuple[int, int, str]]:
    """Return (line offset, column, url) of Markdown links whose scheme is not allowed."""
    if "](" not in text and "]:" not in text:
        return []  # neither pattern of LINK_TARGETS can match
    if "`" not in text and all(SAFE_TARGET.match(match[1] or match[2])
                               for match in LINK_CANDIDATES.finditer(text)):
        return []  # no code span hides an address; every one it could find is safe
    found = []
    for offset, visible in prose_lines(text, ("](", "]:")):
        for pattern in LINK_TARGETS:
            for match in pattern.finditer(visible):
                # Browsers ignore entities, escapes, blanks and case inside a scheme.
                url = re.sub(r"[\x00-\x20\\]", "", html.unescape(match["url"])).lower()
                scheme = SCHEME.match(url)
                if scheme and scheme[1] not in URL_SCHEMES:
                    found.append((offset, match.start("url") + 1, match["url"]))
    return found


def noncharacter_references(text: str) -> list[tuple[int, int, str]]:
    """Return (line offset, column, reference) of prose's references to a noncharacter."""
    if "&#" not in text:
        return []
    return [(offset, found.start() + 1, found[0])
            for offset, visible in prose_lines(text, ("&#",))
            for found in CHARACTER_REFERENCE.finditer(visible)
            if (char := referred(found)) and is_noncharacter(char)]


def referred(reference: re.Match[str]) -> str:
    """Return the character a numeric character reference names ('' if none can be)."""
    code = int(reference[1], 16) if reference[1] else int(reference[2])
    return chr(code) if code <= 0x10FFFF else ""


def dropped_tags(text: str) -> list[tuple[int, int, str]]:
    """Return (line offset, column, tag) of what Markdown reads as an HTML tag that the
    sanitiser leaves out of the page: '<deployment>' vanishes, word and all. Frames are warned
    of apart (see media.iframe_lines); code shows its tags as typed."""
    found = []
    for offset, visible in prose_lines(text, ("<",)):
        for tag in TAG_NAME.finditer(visible):
            if tag[2].lower() not in KEPT_TAGS and tag[2].lower() != "iframe":
                end = visible.find(">", tag.start())
                found.append((offset, tag.start() + 1, visible[tag.start():end + 1]))
    return found


def attribute_filter(element: str, attribute: str, value: str) -> str | None:
    """Keep a picture's srcset only if every candidate is a web or site address, an id only if
    it is a footnote's, a style only if it aligns a table's column, and a tabindex if 0."""
    if attribute == "srcset":
        candidates = [c.strip() for c in value.split(",")]
        return value if all(SRCSET_CANDIDATE.match(c) for c in candidates) else None
    if attribute == "id":
        return value if is_note_id(element, value) else None
    if attribute == "style":
        return value if CELL_ALIGNMENT.fullmatch(value) else None
    return value if attribute != "tabindex" or value == "0" else None


class Markup:
    """Convert authors' Markdown to safe HTML; one instance per build process."""

    def __init__(self, trusted_html: bool = False) -> None:
        self.trusted_html = trusted_html
        self._md = new_markdown(EXTENSIONS)
        self._notes = next(e for e in self._md.registeredExtensions if isinstance(e, PageNotes))
        self._lean: dict[tuple[frozenset[str], bool, bool], markdown.Markdown] = {}

    def block(self, text: str, parse: Callable[[str], bool] = lambda text: True,
              ids: NoteIds | None = None) -> str:
        """Convert block Markdown (paragraphs, lists, headings) to HTML.

        The commonest Markdown is converted without the parser (see shortcut.py); a text that
        needs it is first offered to `parse`, and converts to nothing if refused there. Its
        footnotes are named by `ids`, the part of the page it is in (see notes.py).
        """
        if not text.strip():
            return ""
        quick = quick_html(text)
        if quick is not None:
            if self.trusted_html:
                return quick
            safe = sanitised(quick)  # what nh3 would make of it, in a fraction of the time
            return safe if safe is not None else self._clean(quick)
        if not parse(text):
            return ""
        md = self._converter(text)
        md.reset()
        if md is not self._md:  # a lean converter: the text has no footnotes
            return self._clean(md.convert(text))
        self._notes.ids = ids if ids is not None else NoteIds("")
        return self._clean(md.convert(text))

    def inline(self, text: str, parse: Callable[[str], bool] = lambda text: True,
               ids: NoteIds | None = None) -> str:
        """Convert a short Markdown string (a takeaway, an event's text) to inline HTML."""
        if not may_hold_markdown(text):
            return html.escape(text, quote=False)
        converted = self.block(text, parse, ids)
        if converted.startswith("<p>") and converted.endswith("</p>") \
                and converted.count("<p>") == 1:
            return converted[3:-4]
        return converted

    def _converter(self, text: str) -> markdown.Markdown:
        """Return a converter doing only the work this text can need; the output is the same.

        Most prose uses none of the optional extensions and few inline patterns, and every one
        of them costs time on every paragraph, whether it matches or not. Texts whose
        characters the parser rewrites before matching (tabs, carriage returns, the parser's
        own placeholder marks) get the full converter.
        """
        present = set(text)
        if not present.isdisjoint("\t\r\x02\x03") or EXTENSION_SYNTAX.search(text):
            return self._md
        key = (frozenset(present & SYNTAX_CHARS), "  \n" in text, not LINE_SYNTAX.search(text))
        lean = self._lean.get(key)
        if lean is None:
            lean = self._lean[key] = lean_markdown(*key)
        return lean

    def _clean(self, fragment: str) -> str:
        """Sanitise HTML unless the site opted in to trusted HTML."""
        if self.trusted_html:
            return fragment
        pictures, notes = "srcset" in fragment, 'id="fn' in fragment
        aligned = 'style="text-align' in fragment or "<table" in fragment
        if not pictures and not notes and not aligned:  # a filter costs a call per attribute
            return nh3.clean(fragment, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer")
        attributes = {**nh3.ALLOWED_ATTRIBUTES, **(PICTURE_ATTRIBUTES if pictures else {}),
                      **(NOTE_ATTRIBUTES if notes else {}), **(CELL_ATTRIBUTES if aligned else {})}
        return nh3.clean(fragment, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer",
                         attributes=attributes, attribute_filter=attribute_filter)


def may_hold_markdown(text: str) -> bool:
    """Tell whether a text may need the parser: else it renders to itself, escaped."""
    return bool(MARKDOWN_CHARS.search(text) or "  " in text or LIST_ITEM_START.match(text))


def lean_markdown(syntax: frozenset[str], breaks: bool, plain_lines: bool) -> markdown.Markdown:
    """Return a converter without the extensions, patterns and processors a text cannot use.

    `syntax` holds the characters of SYNTAX_CHARS in the text, `breaks` tells whether it has a
    hard line break (two spaces, then a new line), `plain_lines` whether every line begins
    with plain text.
    """
    lean = new_markdown([e for e in EXTENSIONS if e == "sane_lists"])
    for name, needs in INLINE_SYNTAX.items():
        if name in lean.inlinePatterns and not any(
                need in syntax or (need == "  \n" and breaks) for need in needs):
            lean.inlinePatterns.deregister(name)
    if "<" not in syntax and "&" not in syntax and "html_block" in lean.preprocessors:
        # No raw HTML to set aside: the preprocessor would give the text back as it is.
        lean.preprocessors.deregister("html_block")
    for name in BLOCK_SYNTAX if plain_lines else ():
        if name in lean.parser.blockprocessors:
            lean.parser.blockprocessors.deregister(name)
    return lean


def new_markdown(extensions: list[str]) -> markdown.Markdown:
    """Return a Python-Markdown converter with these extensions (footnotes named after where
    they are on the page: see notes.py), the heading shift, and tables in boxes of their own."""
    chosen = [PageNotes() if name == "footnotes" else name for name in extensions]
    boxes = [_TableBoxes()] if "tables" in extensions else []
    return markdown.Markdown(extensions=[*chosen, _HeadingShift(), *boxes], output_format="html")
