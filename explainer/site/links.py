"""Links from one page of the site to another, relative, so that every page works opened from
disk and published under any folder."""

from __future__ import annotations

import functools
import html
import posixpath
import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from ..content.text.markup import SCHEME

# An attribute that holds an address, in the HTML that Markdown and the templates write, but
# not a template's link left as a mark (see render/sections.py), nor a web address (each name
# first, then what may not stand before it: so the search skips ahead to the names' letters).
URL_ATTRIBUTE = re.compile(r'(?P<name>href(?<![\w-]href)|src(?<![\w-]src)|srcset(?<![\w-]srcset)'
                           r'|poster(?<![\w-]poster))="(?![A-Za-z][A-Za-z0-9+.-]*:)'
                           r'(?P<value>[^"\x1e][^"]*)"')
ID = re.compile(r'(?<![\w-])id="([^"]+)"')


def relative_to(directory: str, target: str) -> str:
    """Return target (a site path such as 'flags/ke.svg') relative to a folder, '.' for the top."""
    if ".." in target or ".." in directory or target.startswith("/") \
            or directory.startswith("/"):
        rel = posixpath.relpath(target, directory)  # may depend on the working folder
        return rel + "/" if target.endswith("/") and not rel.endswith("/") else rel
    return site_relpath(target, directory)


# Unbounded: one entry per link target and folder (~3 per explainer), where a bounded cache
# smaller than that misses on every link of a large site's index and list pages.
@functools.cache
def site_relpath(target: str, directory: str) -> str:
    """Return relative_to() for two paths inside the site; pages share most of their links."""
    # What posixpath.relpath gives, without making both paths absolute: that asks the system
    # for the working folder twice, which inside the site cancels out.
    if not target:
        raise ValueError("no path specified")
    start, path = site_parts(directory), site_parts(target)
    common = len(posixpath.commonprefix([start, path]))
    rel = "/".join([".."] * (len(start) - common) + path[common:]) or "."
    return rel + "/" if target.endswith("/") and not rel.endswith("/") else rel


def site_parts(path: str) -> list[str]:
    """Return the folders and file name of a site path with no '..' in it."""
    normal = posixpath.normpath(path)
    return [] if normal == "." else normal.split("/")


def url_label(url: str) -> str:
    """Return a readable label for a bare address: host and decoded path, no scheme or query."""
    parts = urlsplit(url)
    if parts.scheme == "mailto":
        return unquote(parts.path)
    host = parts.hostname or ""
    host = host.removeprefix("www.")
    path = unquote(parts.path).rstrip("/")
    return host + path if host else url


def aim_links(markup: str, page: str, link: Callable[[str], str]) -> str:
    """Return HTML made from an author's Markdown for another place than the explainer's page
    (site path `page`): each link or picture written relative to that page, `other.html`,
    `images/map.png` or `#timeline`, made by `link` (a site path's address from that place).

    A place on the page (`#timeline`, a footnote's `#fn_...`) is one on the explainer's page:
    a piece or a data file shown elsewhere does not hold it, unless the HTML itself holds it
    (a long timeline's links to its years), and the link is left as it is.
    """
    there = posixpath.dirname(page)
    held = {html.unescape(found) for found in ID.findall(markup)} if 'href="#' in markup \
        else set()

    def aim(url: str) -> str:
        if not url or url.startswith(("/", "?")) or SCHEME.match(url.lower()) or \
                (url.startswith("#") and url[1:] in held):
            return url
        path, mark, rest = url.partition("#")
        target = posixpath.normpath(posixpath.join(there, path)) if path else page
        return str(link(target)) + mark + rest

    def attribute(found: re.Match[str]) -> str:
        value = html.unescape(found["value"])
        if found["name"] == "srcset":
            aimed = ", ".join(" ".join([aim(part.split()[0]), *part.split()[1:]])
                              for part in value.split(",") if part.strip())
        else:
            aimed = aim(value)
        if aimed == value:
            return found[0]
        return f'{found["name"]}="{html.escape(aimed)}"'

    return URL_ATTRIBUTE.sub(attribute, markup)
