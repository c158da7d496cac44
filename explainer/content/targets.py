"""The site's files and pages that an author's text names by a relative address: the pictures
it shows (checked to be in the project) and the pages it links to (checked to be on the site).
"""

from __future__ import annotations

import re

from .text.markup import SCHEME

# An address that is no web address (these are by far the commonest: passed over at once).
RELATIVE = r"(?!https?:)"
# Pictures in Markdown and in raw HTML: ![alt](url) and <img src="url">.
IMAGE_TARGETS = (re.compile(rf"!\[[^\]]*\]\(\s*<?{RELATIVE}(?P<url>[^\s()>]+)"),
                 re.compile(rf"<img\b[^>]*?\ssrc\s*=\s*[\"']?{RELATIVE}(?P<url>[^\s\"'>]+)",
                            re.IGNORECASE))
# Links in Markdown and in raw HTML: [text](url), not a picture's ![alt](url), and <a href="url">.
PAGE_TARGETS = (re.compile(rf"\[(?<!!\[)[^\]]*\]\(\s*<?{RELATIVE}(?P<url>[^\s()>]+)"),
                re.compile(rf"<a\b[^>]*?\shref\s*=\s*[\"']?{RELATIVE}(?P<url>[^\s\"'>]+)",
                           re.IGNORECASE))
PAGE = re.compile(r"\.html?$", re.IGNORECASE)  # a link to a page of the site, not to a file


def markdown_images(text: str) -> list[tuple[int, int, str]]:
    """Return (line offset, column, url) of the pictures a text shows from the site's files."""
    return [(offset, column, url) for offset, column, url in relative_targets(
        text, ("![", "<"), IMAGE_TARGETS) if ".." not in url.split("/")]


def page_links(text: str) -> list[tuple[int, int, str]]:
    """Return (line offset, column, url) of the links a text makes to pages of the site and
    to places on its own page (`#timeline`)."""
    return [(offset, column, url) for offset, column, url in relative_targets(
        text, ("](", "<"), PAGE_TARGETS, own_page=True)
        if url.startswith("#") or PAGE.search(target_path(url))]


def target_path(url: str) -> str:
    """Return the path of a relative address, without its query and fragment."""
    return url.split("#")[0].split("?")[0]


def relative_targets(text: str, signs: tuple[str, ...], patterns: tuple[re.Pattern[str], ...],
                     own_page: bool = False) -> list[tuple[int, int, str]]:
    """Return (line offset, column, url) of the relative addresses the patterns find, in a
    text that holds one of the signs, in the order of the text; with `own_page`, those of
    places on the text's own page (`#timeline`) too."""
    if not any(sign in text for sign in signs):
        return []
    found = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            url, start = match["url"], match.start("url")
            if not SCHEME.match(url.lower()) and not url.startswith(("/", "?")) and \
                    (own_page or not url.startswith("#")):
                found.append((text.count("\n", 0, start),
                              start - text.rfind("\n", 0, start), url))
    return sorted(found)
