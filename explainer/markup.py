"""Markdown to HTML, sanitised unless the site trusts its authors' HTML."""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

EXTENSIONS = ["abbr", "attr_list", "def_list", "fenced_code", "footnotes", "tables", "sane_lists"]
URL_SCHEMES = {"http", "https", "mailto"}
# Text without any of these characters renders to itself, escaped: no need for the parser.
MARKDOWN_SYNTAX = re.compile(r"[\\`*_{}\[\]<>#+|!~&\n]|^\s*[-\d]|  ")
# Where Markdown takes a link address: [text](url), ![alt](url) and [ref]: url definitions.
LINK_TARGETS = (re.compile(r"\]\(\s*<?(?P<url>(?:[^\s()>]|\([^\s()]*\))+)"),
                re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(?P<url>[^\s>]+)"))
CODE_SPAN = re.compile(r"(`+).*?\1")
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")


class _ShiftHeadings(Treeprocessor):
    """Push headings in section bodies below the page's h1 and the section's h2."""

    def run(self, root: Element) -> None:
        for element in root.iter():
            if element.tag in ("h1", "h2", "h3", "h4", "h5"):
                element.tag = f"h{min(int(element.tag[1]) + 2, 6)}"


class _HeadingShift(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(_ShiftHeadings(md), "shift_headings", 1)


def unsafe_links(text: str) -> list[tuple[int, int, str]]:
    """Return (line offset, column, url) of Markdown links whose scheme is not allowed."""
    found = []
    fence: str | None = None
    for offset, line in enumerate(text.split("\n")):
        marker = line.lstrip()[:3]
        if marker in ("```", "~~~"):
            fence = marker if fence is None else (None if marker == fence else fence)
            continue
        if fence is not None:
            continue
        visible = CODE_SPAN.sub(lambda m: " " * len(m[0]), line)
        for pattern in LINK_TARGETS:
            for match in pattern.finditer(visible):
                # Browsers ignore entities, escapes, blanks and case inside a scheme.
                url = re.sub(r"[\x00-\x20\\]", "", html.unescape(match["url"])).lower()
                scheme = SCHEME.match(url)
                if scheme and scheme[1] not in URL_SCHEMES:
                    found.append((offset, match.start("url") + 1, match["url"]))
    return found


class Markup:
    """Convert authors' Markdown to safe HTML; one instance per build process."""

    def __init__(self, trusted_html: bool = False) -> None:
        self.trusted_html = trusted_html
        self._md = markdown.Markdown(extensions=[*EXTENSIONS, _HeadingShift()],
                                     output_format="html")

    def block(self, text: str) -> str:
        """Convert block Markdown (paragraphs, lists, headings) to HTML."""
        if not text.strip():
            return ""
        self._md.reset()
        return self._clean(self._md.convert(text))

    def inline(self, text: str) -> str:
        """Convert a short Markdown string (a takeaway, an event's text) to inline HTML."""
        if not MARKDOWN_SYNTAX.search(text):
            return html.escape(text, quote=False)
        converted = self.block(text)
        if converted.startswith("<p>") and converted.endswith("</p>") \
                and converted.count("<p>") == 1:
            return converted[3:-4]
        return converted

    def _clean(self, fragment: str) -> str:
        """Sanitise HTML unless the site opted in to trusted HTML."""
        if self.trusted_html:
            return fragment
        return nh3.clean(fragment, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer")
