"""Web addresses written out in an explainer's text, made links as readers expect: GitHub's
Markdown and Hugo's (linkify) link `https://example.org/report` typed bare; Python-Markdown
links only `<https://example.org/report>`.

An address starts with http:// or https:// and runs to a blank, a quotation mark or a tag;
punctuation that ends its sentence or its brackets is not part of it ("see
https://example.org/report." links the address without its full stop; "(at
https://example.org/a_(b))" keeps the bracket it opens). Nothing in a link, in code or in a
tag's attributes is touched.
"""

from __future__ import annotations

import re

# An address after a Latin letter is part of a word ("xhttps://"), not after a Chinese or
# Japanese one. Quotation marks, and the punctuation of other scripts, end an address: typed
# next to it, they are the sentence's ("“https://example.org”", "見よhttps://example.org。").
BARE = re.compile("(?<![A-Za-z0-9_/=\"'&;])https?://[^\\s<>\"\u2018-\u201f\u00ab\u00bb\u2039\u203a"
                  "\u2026\u2013\u2014\u3001-\u3011\uff08\uff09\uff0c\uff1a\uff1b\uff01\uff1f]+",
                  re.IGNORECASE)
# A host after the scheme: a letter or digit first (not "https://." nor "https://-").
HOST_START = re.compile(r"https?://[^\W_]", re.IGNORECASE)
# What ends a sentence or a clause after an address, rather than belonging to it: in Latin
# letters, and the comma, semicolon, question mark and full stop of Arabic and Urdu, and the
# danda of Hindi and Bengali ("راجع https://example.org/report،").
TRAILING = ".,:;!?*_~'\u2019\u060c\u061b\u061f\u06d4\u0964\u0965"
# A character reference that ends the text after an address ("https://a.org&amp;"): the
# character it writes follows the address, as GitHub's Markdown reads it.
REFERENCE_END = re.compile(r"&#?[A-Za-z0-9]+;\Z")
TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
NOT_IN = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style", "textarea"})


def with_links(html: str) -> str:
    """Return an HTML fragment whose bare web addresses in its text are links."""
    # Most texts hold no address, or only those of their links and pictures: pass them by.
    if html.count("://") <= html.count('="http://') + html.count('="https://'):
        return html
    parts = TAG.split(html)  # text, then a tag, then text...
    inside = 0  # how deep in links and code the text is
    for index, part in enumerate(parts):
        if index % 2:
            name = TAG_NAME.match(part)
            if name and name[1].lower() in NOT_IN and not part.endswith("/>"):
                inside = max(0, inside - 1) if part.startswith("</") else inside + 1
        elif not inside and "://" in part:
            parts[index] = BARE.sub(link, part)
    return "".join(parts)


def link(match: re.Match[str]) -> str:
    """Return the HTML of a bare address: a link, and the punctuation after it."""
    address, end = match[0], len(match[0])
    while end:
        reference = REFERENCE_END.search(address, 0, end) if address[end - 1] == ";" else None
        if reference is not None:
            end = reference.start()
        elif address[end - 1] in TRAILING or address[end - 1] == ")" \
                and address.count(")", 0, end) > address.count("(", 0, end):
            end -= 1
        else:
            break
    url, after = address[:end], address[end:]
    if not HOST_START.match(url):
        return address
    return f'<a href="{url}" rel="noopener noreferrer">{url}</a>{after}'
