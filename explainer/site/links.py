"""Links from one page of the site to another, relative, so that every page works opened from
disk and published under any folder."""

from __future__ import annotations

import functools
import posixpath
from urllib.parse import unquote, urlsplit


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
