"""Markdown to HTML, sanitised unless the site trusts its authors' HTML."""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

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
# The commonest prose: paragraphs of plain text, with simple bold and italics. Not plain: a
# character that Markdown's inline patterns, raw HTML or entities begin with (the asterisk
# aside) or a control character; a line that begins or ends with a blank, or that could begin
# a list, a rule or a heading (see LINE_SYNTAX; a number is plain unless a point or a
# parenthesis follows it); a run of blank lines.
NOT_PLAIN_CHAR = re.compile(r"[\\`\[\]!<>&_#|~{}\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
NOT_PLAIN_LINE_START = re.compile(r"\n(?:[^\S\n]|\n\n|[+\-=:]|\d+[.)])")
# A blank before a line break, written to start with the break (and look behind it) so that
# the search can skip ahead to line breaks instead of trying every blank of the text.
NOT_PLAIN_LINE_END = re.compile(r"\n(?<=[^\S\n]\n)")
NOT_PLAIN_FIRST = re.compile(r"[\s+\-=:]|\d+[.)]")
# Bold or italics around text without asterisks or blank lines, starting and ending with a
# character that is not blank, and neither word characters nor asterisks just outside. (The
# look-behind follows the first asterisk, so that the search can skip ahead to asterisks.)
EMPHASIS = re.compile(r"(\*(?<![*\w]\*)\*?)(?=[^\s*])((?:[^*\n]|\n(?!\n))*?)(?<=[^\s*])\1"
                      r"(?![*\w])")
# An inline link around plain text (which may go on to the next line), to an address made of
# characters that need no escaping in HTML.
PLAIN_LINK = re.compile(r"\[((?:[^\[\]*\\`<>&_!#\x00-\x1f\x7f-\x9f\u2028\u2029]|\n(?!\n))+)\]"
                        r"\(([A-Za-z0-9\-./:?=%#~+,;@]+)\)")
EMPHASIS_TAGS = {"*": ("<em>", "</em>"), "**": ("<strong>", "</strong>")}
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
# Pictures in Markdown and in raw HTML: ![alt](url) and <img src="url">.
IMAGE_TARGETS = (re.compile(r"!\[[^\]]*\]\(\s*<?(?P<url>[^\s()>]+)"),
                 re.compile(r"<img\b[^>]*?\ssrc\s*=\s*[\"']?(?P<url>[^\s\"'>]+)", re.IGNORECASE))
# What pictures may carry besides the sanitiser's defaults: their sizes for each screen.
PICTURE_ATTRIBUTES = {**nh3.ALLOWED_ATTRIBUTES,
                      "img": {*nh3.ALLOWED_ATTRIBUTES["img"], "srcset", "sizes", "loading",
                              "decoding"}}
SRCSET_CANDIDATE = re.compile(r"^(?:https?://|(?![a-zA-Z][a-zA-Z0-9+.-]*:))\S+(?:\s+\d+(?:\.\d+)?[wx])?$")


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
    if "](" not in text and "]:" not in text:
        return []  # neither pattern of LINK_TARGETS can match
    found = []
    fence: str | None = None
    for offset, line in enumerate(text.split("\n")):
        marker = line.lstrip()[:3]
        if marker in ("```", "~~~"):
            fence = marker if fence is None else (None if marker == fence else fence)
            continue
        if fence is not None or "](" not in line and "]:" not in line:
            continue
        visible = CODE_SPAN.sub(lambda m: " " * len(m[0]), line) if "`" in line else line
        for pattern in LINK_TARGETS:
            for match in pattern.finditer(visible):
                # Browsers ignore entities, escapes, blanks and case inside a scheme.
                url = re.sub(r"[\x00-\x20\\]", "", html.unescape(match["url"])).lower()
                scheme = SCHEME.match(url)
                if scheme and scheme[1] not in URL_SCHEMES:
                    found.append((offset, match.start("url") + 1, match["url"]))
    return found


def markdown_images(text: str) -> list[tuple[int, int, str]]:
    """Return (line offset, column, url) of the pictures a text shows from the site's files."""
    found = []
    for offset, line in enumerate(text.split("\n")):
        if "![" not in line and "<" not in line:
            continue
        for pattern in IMAGE_TARGETS:
            for match in pattern.finditer(line):
                url = match["url"]
                if not SCHEME.match(url.lower()) and not url.startswith(("/", "#")) \
                        and ".." not in url.split("/"):
                    found.append((offset, match.start("url") + 1, url))
    return found


def srcset_filter(element: str, attribute: str, value: str) -> str | None:
    """Keep a picture's srcset only if every candidate is a web or site address."""
    if attribute != "srcset":
        return value
    candidates = [c.strip() for c in value.split(",")]
    return value if all(SRCSET_CANDIDATE.match(c) for c in candidates) else None


class Markup:
    """Convert authors' Markdown to safe HTML; one instance per build process."""

    def __init__(self, trusted_html: bool = False) -> None:
        self.trusted_html = trusted_html
        self._md = new_markdown(EXTENSIONS)
        self._lean: dict[tuple[frozenset[str], bool, bool], markdown.Markdown] = {}

    def block(self, text: str) -> str:
        """Convert block Markdown (paragraphs, lists, headings) to HTML."""
        if not text.strip():
            return ""
        prose = plain_prose(text)
        if prose is not None:
            return self._clean(prose)
        md = self._converter(text)
        md.reset()
        return self._clean(md.convert(text))

    def inline(self, text: str) -> str:
        """Convert a short Markdown string (a takeaway, an event's text) to inline HTML."""
        if not may_hold_markdown(text):
            return html.escape(text, quote=False)
        converted = self.block(text)
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
        if "srcset" in fragment:  # a filter costs a call per attribute: only where needed
            return nh3.clean(fragment, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer",
                             attributes=PICTURE_ATTRIBUTES, attribute_filter=srcset_filter)
        return nh3.clean(fragment, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer")


def may_hold_markdown(text: str) -> bool:
    """Tell whether a text may need the parser: else it renders to itself, escaped."""
    return bool(MARKDOWN_CHARS.search(text) or "  " in text or LIST_ITEM_START.match(text))


def plain_prose(text: str) -> str | None:
    """Return Python-Markdown's HTML for paragraphs of plain text, simple emphasis and links.

    Most prose is no more than that, and Python-Markdown takes some fifty times as long to
    convert it. Any other text gives None, for the parser.
    """
    text = text.rstrip("\n")
    if not text or NOT_PLAIN_FIRST.match(text) or text[-1].isspace() \
            or NOT_PLAIN_LINE_START.search(text) or NOT_PLAIN_LINE_END.search(text):
        return None
    if NOT_PLAIN_CHAR.search(PLAIN_LINK.sub("", text) if "[" in text else text):
        return None
    html = PLAIN_LINK.sub(r'<a href="\2">\1</a>', text) if "[" in text else text
    html = EMPHASIS.sub(emphasis, html) if "*" in html else html
    if "*" in html:
        return None
    return "\n".join(f"<p>{paragraph}</p>" for paragraph in html.split("\n\n"))


def emphasis(match: re.Match[str]) -> str:
    """Return the HTML of a bold or italic run of text."""
    start, end = EMPHASIS_TAGS[match[1]]
    return start + match[2] + end


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
    """Return a Python-Markdown converter with these extensions and the heading shift."""
    return markdown.Markdown(extensions=[*extensions, _HeadingShift()], output_format="html")
