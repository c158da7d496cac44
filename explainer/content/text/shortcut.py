"""The commonest Markdown, converted to the very HTML Python-Markdown gives, without it.

Most prose is paragraphs with links, bold and italics, and now and then a list, a quote or a
heading: Python-Markdown takes some thirty times as long to convert it. This module converts
a text only when every part of it has one of the shapes below, and gives None for any other,
which then goes to Python-Markdown; the tests compare the two on texts full of syntax.

- blocks separated by one blank line, no line beginning or ending with a blank (list items'
  following lines aside);
- a paragraph: lines that do not begin as a heading, a quote, a list, a rule, a definition or
  an underline can;
- a heading: one line, '#' to '######', a space and its text;
- a quote: lines each beginning '> ', holding one paragraph;
- a list: items each beginning '- ' or a number, a point and a space, whose following lines
  are indented by one to three spaces; not right after a list of the same kind;
- in each: links `[text](address)` and runs of bold and italics (`**`, `*` and `_`) that open
  after a blank or punctuation and close before one, nothing nested in them but links.
"""

from __future__ import annotations

import re

from .syntax import ENTITY, LIST_ITEM, LIST_NUMBER

# What only Python-Markdown handles: code, escapes, raw HTML, tables, attribute lists, fenced
# code, control characters (the parser's own placeholder marks among them) and the Unicode
# line separators; and images, entities and double underscores (see is_quick).
NOT_QUICK_CHAR = re.compile(r"[\\`<{}|~\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
# A line that may be more than text to Python-Markdown: it begins with a blank, or as a
# heading, a quote, a list, a rule, a definition or a setext underline does. NOT_TEXT_LINE
# looks at the first line, NOT_TEXT_NEXT at the others (and skips ahead to line breaks).
NOT_TEXT = r"(?:[^\S\n]|[-+=:#>]|[*_]+(?=\s|$))"
NOT_TEXT_LINE = re.compile(NOT_TEXT)
NOT_TEXT_NEXT = re.compile(r"\n" + NOT_TEXT)
# What else the first line of a block must not begin with: an ordered list's number.
BLOCK_NUMBER = re.compile(r"\n\n" + LIST_NUMBER.pattern)
LINE_END_BLANK = re.compile(r"\n(?<=[^\S\n]\n)")
HEADING = re.compile(r"(#{1,6}) (?=\S)([^#\n]*)")
CONTINUED = re.compile(r" {1,3}(?=\S)")
# An inline link around text without brackets (not a footnote's '^'), to an address without
# blanks, brackets, parentheses, quotes or '<>'. (Its text must also be on one paragraph.)
LINK = re.compile(r"\[(?!\^)([^\[\]]+)\]\(([^\s()<>\"'\[\]]+)\)")
LINK_MARK = re.compile(r"\x02(\d+)\x03")
# Bold or italics around text without asterisks or blank lines, starting and ending with a
# character that is not blank, and neither word characters nor asterisks just outside. (The
# look-behind follows the first asterisk, so that the search can skip ahead to asterisks.)
EMPHASIS = re.compile(r"(\*(?<![*\w]\*)\*?)(?=[^\s*])((?:[^*\n]|\n(?!\n))*?)(?<=[^\s*])\1"
                      r"(?![*\w])")
# Italics between single underscores, in the same way; nothing emphasised inside.
UNDERSCORES = re.compile(r"_(?<!\w_)(?=[^\s_])((?:[^_<>\n]|\n(?!\n))*?)(?<=[^\s_])_(?!\w)")
# An underscore that is not inside a word: Python-Markdown may take it as emphasis.
LONE_UNDERSCORE = re.compile(r"_(?<!\w_)|_(?!\w)")
EMPHASIS_TAGS = {"*": ("<em>", "</em>"), "**": ("<strong>", "</strong>")}
# Addresses that the sanitiser (nh3, as Markup calls it) keeps as they are: http and https
# with a plain host name (not an IP address, nor an internationalised name), mailto, and those
# without a scheme. It takes away the others, or any it cannot parse.
SAFE_URL = re.compile(r"https?://(?:(?!xn--)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*(?!xn--)[a-z]"
                      r"(?:[a-z0-9-]*[a-z0-9])?(?::\d{1,4})?(?:[/?#][^\s\"<>\\`{}|^]*)?"
                      r"|mailto:[^\s\"<>\\]+|[^:\s\"<>\\]+", re.IGNORECASE)
HREF = re.compile(r'<a href="([^"]*)">')
FAILED = "\x00"  # what a part that is not quick gives, in a text that cannot hold it


def quick_html(text: str) -> str | None:
    """Return Python-Markdown's HTML for a text of the shapes above, else None."""
    text = text.rstrip("\n")
    if not text or text[0].isspace() or text[-1].isspace() or not is_quick(text):
        return None
    if "\n\n\n" not in text and is_text(text) and not BLOCK_NUMBER.search(text):
        # Paragraphs alone, the commonest text: their inline parts never span a blank line.
        html = inline_html(text)
        return None if html is None else "\n".join(f"<p>{part}</p>"
                                                    for part in html.split("\n\n"))
    blocks: list[Block] = []
    chunks = text.split("\n\n")
    # The shallowest heading becomes an h3, under the section's h2 (as markup.py shifts them).
    shift = 3 - min((len(chunk) - len(chunk.lstrip("#")) for chunk in chunks
                     if chunk.startswith("#")), default=1)
    for chunk in chunks:
        block = read_block(chunk, shift)
        if block is None:
            return None
        if blocks and block.kind == blocks[-1].kind and block.kind in JOINED:
            blocks[-1].join(block)
        else:
            blocks.append(block)
    return "\n".join(block.html() for block in blocks)


def sanitised(html: str) -> str | None:
    """Return what the sanitiser makes of quick HTML, or None when unsure (an odd address).

    It gives links rel="noopener noreferrer", writes no-break spaces as `&nbsp;`, and leaves
    the rest of such HTML as it is.
    """
    if '<a href="' in html:
        if not all(SAFE_URL.fullmatch(url) for url in HREF.findall(html)):
            return None
        html = HREF.sub(r'<a href="\1" rel="noopener noreferrer">', html)
    return html.replace("\u00a0", "&nbsp;") if "\u00a0" in html else html


def is_quick(text: str) -> bool:
    """Tell whether a text is free of what only Python-Markdown handles, lines ending blank."""
    # One search for a set of characters, then plain look-ups: a search for alternatives of
    # several characters would try each of them at every position.
    return not (NOT_QUICK_CHAR.search(text) or "![" in text or "__" in text
                or "&" in text and ENTITY.search(text) or LINE_END_BLANK.search(text))


# Blocks of these kinds in a row are one: a quote of several paragraphs, or a loose list.
JOINED = ("blockquote", "ul", "ol")


class Block:
    """A block's kind and the HTML of its parts: paragraphs of a quote, items of a list."""

    def __init__(self, kind: str, parts: list[str], start: str = "") -> None:
        self.kind = kind
        self.parts = parts
        self.start = start  # an ordered list's first number, when not 1

    def join(self, other: Block) -> None:
        """Take in the block that follows, as Python-Markdown does."""
        if self.kind != "blockquote":
            # The items either side of the blank line become paragraphs, once.
            self.parts[-1], other.parts[0] = loose(self.parts[-1]), loose(other.parts[0])
        self.parts += other.parts

    def html(self) -> str:
        """Return the block's HTML."""
        if self.kind in ("p", "h"):
            return self.parts[0]
        if self.kind == "blockquote":
            inner = "\n".join(f"<p>{part}</p>" for part in self.parts)
            return f"<blockquote>\n{inner}\n</blockquote>"
        start = f' start="{self.start}"' if self.start else ""
        items = "\n".join(f"<li>{part}</li>" for part in self.parts)
        return f"<{self.kind}{start}>\n{items}\n</{self.kind}>"


def loose(item: str) -> str:
    """Return a list item's HTML as a paragraph (an item's text never begins a line)."""
    return item if item.startswith("\n") else f"\n<p>{item}</p>\n"


def read_block(chunk: str, shift: int) -> Block | None:
    """Return a block of text read, its heading's level shifted, or None when it is not
    quick."""
    if not chunk or chunk[0].isspace() or chunk[-1].isspace():
        return None
    first = chunk[0]
    if first == "#":
        heading = HEADING.fullmatch(chunk)
        if heading is None:
            return None
        level = min(len(heading[1]) + shift, 6)
        html = tagged(f"h{level}", inline_html(heading[2].strip()))
        return None if html is None else Block("h", [html])
    if first == ">":
        lines = chunk.split("\n")
        if not all(line.startswith("> ") for line in lines):
            return None
        text = "\n".join(line[2:] for line in lines)
        html = inline_html(text) if is_text(text) else None
        return None if html is None else Block("blockquote", [html])
    item = LIST_ITEM.match(chunk)
    if item is not None:
        return read_list(chunk, item)
    html = tagged("p", inline_html(chunk)) if is_text(chunk) else None
    return None if html is None else Block("p", [html])


def is_text(text: str) -> bool:
    """Tell whether a paragraph's lines are all text to Python-Markdown."""
    return not (NOT_TEXT_LINE.match(text) or LIST_NUMBER.match(text)
                or "\n" in text and NOT_TEXT_NEXT.search(text))


def read_list(chunk: str, first: re.Match[str]) -> Block | None:
    """Return a list whose first item matched, or None."""
    number = first[1]
    items: list[str] = []
    for line in chunk.split("\n"):
        item = LIST_ITEM.match(line)
        if item is not None and (item[1] is None) is (number is None):
            text = line[item.end():]
            if not is_text(text):  # the item's first line is a block of its own
                return None
            items.append(text)
        elif items and (lead := CONTINUED.match(line)) and is_text(line[lead.end():]):
            items[-1] += "\n" + line  # Python-Markdown keeps the indent in the item's text
        else:
            return None
    html = [inline_html(text) for text in items]
    if None in html:
        return None
    start = number if number not in (None, "1") else ""
    return Block("ul" if number is None else "ol", html, start)  # type: ignore[arg-type]


def tagged(tag: str, html: str | None) -> str | None:
    """Return HTML inside a tag, or None for None."""
    return None if html is None else f"<{tag}>{html}</{tag}>"


def inline_html(text: str) -> str | None:
    """Return the HTML of a block's text: links, then bold and italics, then the rest."""
    if "[" not in text:
        return emphasis_html(text)
    links: list[str] = []

    def link(match: re.Match[str]) -> str:
        inner = emphasis_html(match[1])  # a link's text is converted on its own
        if inner is None or "\n\n" in match[1]:
            return FAILED
        links.append(f'<a href="{match[2].replace("&", "&amp;")}">{inner}</a>')
        return f"\x02{len(links) - 1}\x03"

    marked = LINK.sub(link, text)
    if FAILED in marked or "[" in marked or "]" in marked:
        return None
    html = emphasis_html(marked)
    return None if html is None else LINK_MARK.sub(lambda m: links[int(m[1])], html)


def emphasis_html(text: str) -> str | None:
    """Return the HTML of text without links: escaped, with its bold and italics."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "*" in text:
        text = EMPHASIS.sub(emphasis, text)
        if "*" in text:
            return None
    if "_" in text:
        text = UNDERSCORES.sub(r"<em>\1</em>", text)
        if "_" in text and LONE_UNDERSCORE.search(text):
            return None
    return text


def emphasis(match: re.Match[str]) -> str:
    """Return the HTML of a bold or italic run of text."""
    start, end = EMPHASIS_TAGS[match[1]]
    return start + match[2] + end
