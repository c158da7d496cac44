"""The words a page shows in English for want of its language's, marked as English.

A page in Swahili says so (`<html lang="sw">`), and a screen reader speaks its words with
Swahili's rules: the texts of the strings tables that fell back to English ("Timeline" on a
page in a language without a table) would be spoken as if they were Swahili. A template's t()
(Words.page_markup) gives such a text with the English parts of its pattern between two
noncharacters, which Unicode keeps for a program's own use; a text may hold them, but the reader
refuses them in whatever a project writes (content/sources.py), so none reaches a page but the
marks. Once the page is rendered, mark_page() makes each a `<span lang="en">`, or, where no
element may stand (an attribute's value, the `<title>`, a script), drops them and leaves the
words as they are: an attribute takes the language of its element, and a screen reader speaks it
so. The values filled in (a date, a number, a name) are the page's language and stay outside.
"""

from __future__ import annotations

import re
import string

import markupsafe

OPEN, CLOSE = "\ufdd0", "\ufdd1"
# The span of a run of English words, by the page's direction: on a right-to-left page it runs
# left to right, its last stop or bracket at its right ("mistyped.", not ".There is no page").
SPANS = {"ltr": '<span lang="en">', "rtl": '<span lang="en" dir="ltr">'}
# A tag's name, then its attributes (quoted values may hold '>').
TAG = r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>"""
# A run of English words between the marks, then what holds text no element may stand in: an
# element of raw text or of text alone (a list of options, whose end tags may be left out, with
# it), the <head>, a comment, the start or end of SVG or MathML (whose text shows no HTML
# element), a tag.
MARKED = re.compile(
    f"{OPEN}([^{OPEN}{CLOSE}<]*){CLOSE}"
    r"|<((?i:head|title|script|style|textarea|select|datalist))\b[^>]*>.*?</(?i:\2)\s*>"
    r"|<!--.*?-->"
    rf"|<(/?)(?i:svg|math)\b{TAG}"
    rf"|<[a-zA-Z/!?]{TAG}", re.S)
FORMATTER = string.Formatter()


def mark_english(form: str) -> markupsafe.Markup:
    """Return a text's pattern escaped, each run of its own words (not its values, nor mere
    punctuation or spaces) between the marks."""
    parts = []
    for literal, field, spec, conversion in FORMATTER.parse(form):
        text = str(markupsafe.escape(literal)).replace("{", "{{").replace("}", "}}")
        if any(char.isalpha() for char in literal):
            words = text.strip()
            start = text.index(words)
            text = f"{text[:start]}{OPEN}{words}{CLOSE}{text[start + len(words):]}"
        parts.append(text)
        if field is not None:
            parts.append("{" + field + (f"!{conversion}" if conversion else "") +
                         (f":{spec}" if spec else "") + "}")
    return markupsafe.Markup("".join(parts))


def marked_english(text: str) -> str:
    """Return a text shown in English between the marks, as mark_english() marks a pattern."""
    return f"{OPEN}{text}{CLOSE}"


def mark_page(page: bytes, direction: str = "ltr") -> bytes:
    """Mark a rendered page's English words in spans, or bare where no span may stand."""
    text = page.decode("utf-8")
    if OPEN not in text:
        return page
    return unmarked(MARKED.sub(Marker(SPANS[direction]), text)).encode("utf-8")


class Marker:
    """Make what MARKED finds what the page shows, keeping count of the SVG or MathML it is in."""

    def __init__(self, span: str) -> None:
        self.span = span
        self.foreign = 0  # how deep in SVG or MathML the text found is

    def __call__(self, found: re.Match[str]) -> str:
        """Return a run of English words in a span (bare in SVG), anything else unmarked."""
        if found[0].startswith(OPEN):
            return found[1] if self.foreign else f"{self.span}{found[1]}</span>"
        if found[3] is not None and not found[0].endswith("/>"):
            self.foreign = max(self.foreign + (-1 if found[3] else 1), 0)
        return unmarked(found[0])


def unmarked(text: str) -> str:
    """Return a text without the marks (of words no span may hold, or a template cut apart)."""
    return text.replace(OPEN, "").replace(CLOSE, "")
