"""Web addresses written out in an explainer's text, made links as readers expect: GitHub's
Markdown and Hugo's (linkify) link `https://example.org/report` typed bare; Python-Markdown
links only `<https://example.org/report>`.

An address starts with http:// or https:// and runs to a blank, a quotation mark or a tag;
punctuation that ends its sentence or its brackets is not part of it ("see
https://example.org/report." links the address without its full stop; "(at
https://example.org/a_(b))" keeps the bracket it opens). Nothing in a link, in code or in a
tag's attributes is touched. A link that shows its own address (typed bare, `<https://...>`
or `[https://...](https://...)`) is marked as one, as the templates mark a source given by its
address alone: it reads left to right in a page in Arabic or Hebrew (its slashes stay where
they are typed), and a printout, which gives every other link's address after it, does not
give it twice. A blank written as a character reference (`&nbsp;`, which the
page's HTML writes for a no-break space) is a blank: an address starts after it and ends
before it.
"""

from __future__ import annotations

import html
import re

# An address after a Latin letter is part of a word ("xhttps://"), not after a Chinese or
# Japanese one. Quotation marks, and the punctuation of other scripts, end an address: typed
# next to it, they are the sentence's ("“https://example.org”", "見よhttps://example.org。").
BARE = re.compile("(?<![A-Za-z0-9_/=\"'&])https?://[^\\s<>\"\u2018-\u201f\u00ab\u00bb\u2039\u203a"
                  "\u2026\u2013\u2014\u3001-\u3011\uff08\uff09\uff0c\uff1a\uff1b\uff01\uff1f]+",
                  re.IGNORECASE)
# A host after the scheme: a letter or digit first (not "https://." nor "https://-").
HOST_START = re.compile(r"https?://[^\W_]", re.IGNORECASE)
# What ends a sentence or a clause after an address, rather than belonging to it: in Latin
# letters, the Greek question mark and ano teleia (";", "·", or their own code points), the
# comma, semicolon, question mark and full stop of Arabic and Urdu, and the danda of Hindi and
# Bengali ("راجع https://example.org/report،").
TRAILING = ".,:;!?*_~'\u2019\u037e\u0387\u00b7\u060c\u061b\u061f\u06d4\u0964\u0965"
# A character reference that ends the text after an address ("https://a.org&amp;"): the
# character it writes follows the address, as GitHub's Markdown reads it.
REFERENCE_END = re.compile(r"&#?[A-Za-z0-9]+;\Z")
REFERENCE = re.compile(r"&#?[A-Za-z0-9]+;")
TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
# A link the Markdown made whose text is its address.
SHOWN_ADDRESS = re.compile(r'<a href="([^"<>]+)" rel="noopener noreferrer">\1</a>')
BARE_LINK = '<a class="bare-url" href="{0}" rel="noopener noreferrer" dir="ltr">{1}</a>'
# Where a shown address may wrap on a narrow screen: after its slashes, dots and underscores
# (not after its last character), rather than at whichever letter reaches the edge.
ADDRESS_BREAK = re.compile(r"(?<=[/._])(?=[^/])(?!\Z)")
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
    return SHOWN_ADDRESS.sub(lambda shown: shown_link(shown[1]), "".join(parts))


def link(match: re.Match[str]) -> str:
    """Return the HTML of a bare address: a link, and the punctuation after it."""
    address = match[0]
    if match.start() and match.string[match.start() - 1] == ";" \
            and not is_blank(REFERENCE_END.search(match.string, 0, match.start())):
        return address  # after a reference to a letter or a sign, it is part of a word
    end = next((ref.start() for ref in REFERENCE.finditer(address) if is_blank(ref)),
               len(address))
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
    return shown_link(url) + after


def shown_link(url: str) -> str:
    """Return the link of an address (HTML-escaped) that shows it as its text."""
    return BARE_LINK.format(url, breakable_address(url))


def breakable_address(address: str) -> str:
    """Return an address as HTML (given escaped) that may wrap after its slashes, dots and
    underscores: "example.<wbr>org/<wbr>Suez_<wbr>Canal"."""
    return ADDRESS_BREAK.sub("<wbr>", address)


def is_blank(reference: re.Match[str] | None) -> bool:
    """Tell whether a character reference writes a blank (`&nbsp;`, `&#8239;`)."""
    return reference is not None and html.unescape(reference[0]).isspace()
