"""The site's public address, `base_url` in site.yml or `--base-url`: what it must be, and
which part of an address that is not one is wrong, with the address as it should read."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from yaml.nodes import ScalarNode

from ..content.fields import Fields
from ..errors import UsageError

BASE_URL = re.compile(r"https?://[^\s/?#@]+(/[^\s?#]*)?")  # to fullmatch
EXAMPLE = "https://example.org/news/"
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):(//)?")  # to match at the start
Fault = tuple[str, str]  # what the address must be, and how to fix it


def read_base_url(fields: Fields) -> str | None:
    """Read the site's public address: http(s), with a host, without query or fragment."""
    node = fields.get("base_url", False, EXAMPLE)
    if node is None:
        return None
    url = fields.as_text(node, "base_url")
    if not isinstance(node, ScalarNode):
        return None
    if fault := base_url_fault(url):
        fields.reader.error(node, f"'base_url' must {fault[0]}, found '{url}'", fault[1])
        return None
    return normalise_base_url(url)


def checked_base_url(url: str) -> str:
    """Return a --base-url ending in one slash, or refuse one that is not a web address."""
    if fault := base_url_fault(url):
        raise UsageError(f"--base-url must {fault[0]}, found {url!r}; {fault[1]}")
    return normalise_base_url(url)


def normalise_base_url(url: str) -> str:
    """Return the base URL ending in exactly one slash."""
    return url.rstrip("/") + "/"


def base_url_fault(url: str) -> Fault | None:
    """Return what a text lacks to be a base URL, and the fix, or None."""
    if not BASE_URL.fullmatch(url):
        return shape_fault(url) or ("be the site's public web address",
                                    f"write it in full, e.g. {EXAMPLE}")
    return place_fault(url)


def shape_fault(url: str) -> Fault | None:
    """Return which part of a text keeps it from being a site's address: its scheme, a user
    name, a query, a fragment or a space; None if it is none of these."""
    if url != url.strip():
        return ("be the address alone, with no space or line break around it",
                f"write it as {url.strip()}")
    scheme = SCHEME.match(url)
    if scheme is None or (not scheme[2] and url[scheme.end():][:1].isdigit()):
        # 'example.org/news/', 'localhost:8000/': a host, not a scheme, comes first
        return ("start with https:// (or http://)",
                f"write the scheme before the host: https://{url.removeprefix('//')}")
    if scheme[1].lower() not in ("http", "https") or not scheme[2]:
        fix = f"replace '{scheme[0]}': https://{url[scheme.end():]}" if scheme[2] else \
            f"write the address where readers find the site, e.g. {EXAMPLE}"
        return ("start with https:// (or http://)", fix)
    if extra := re.search(r"[?#].*", url, re.DOTALL):
        part = "query" if extra[0][0] == "?" else "fragment"
        return (f"have no {part}", f"drop the '{extra[0]}': a site's address has no {part} "
                f"({url[:extra.start()]})")
    return mistaken_part(url, scheme.end())


def mistaken_part(url: str, after_scheme: int) -> Fault | None:
    """Return the fault of a user name or a space in an http(s) address, or None."""
    host = url[after_scheme:].split("/", 1)[0]
    if "@" in host:
        user = host.rsplit("@", 1)[0] + "@"
        return ("have no user name or password",
                f"drop the '{user}': {url.replace(user, '', 1)}")
    if re.search(r"\s", url):
        return ("have no spaces", "write each space in a folder's name as %20: "
                + re.sub(r"\s", "%20", url.strip()))
    return None


def place_fault(url: str) -> Fault | None:
    """Return what an http(s) address lacks to be a base URL, and the fix, or None: the page
    `https://example.org/news/index.html` gives every absolute link as `.../index.html/x.html`."""
    try:
        parts = urlsplit(url)
    except ValueError:  # 'https://[::1': a bracket opened for an IPv6 host, not closed
        return ("have a host that is a name or a whole address",
                "close the bracket of an IPv6 address, as in https://[2001:db8::1]/")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        return ("have a port from 1 to 65535",
                "fix the port, or leave it out: "
                + url.replace(parts.netloc, parts.netloc.rsplit(":", 1)[0], 1))
    page = parts.path.rsplit("/", 1)[-1]
    if page.lower().endswith((".html", ".htm")):
        return ("be the address of the site's folder, not of a page",
                f"leave out '{page}': {url.removesuffix(page)}")
    return None
