"""Content-hashed names for stylesheets and scripts, so hosts may cache them for good, and
stylesheets without their comments and spacing, which every page loads."""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Mapping

import rcssmin

HASHED_TYPES = (".css", ".js")


def hashed_name(path: str, data: bytes) -> str:
    """Return path with the first 8 hex digits of the file's SHA-256: style.1a2b3c4d.css."""
    stem, extension = posixpath.splitext(path)
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:8]}{extension}"


def fingerprint(files: Mapping[str, bytes]) -> tuple[dict[str, bytes], dict[str, str]]:
    """Rename stylesheets and scripts by content; return the files and the old-to-new names.

    Stylesheets are minified first (a third of the theme's is comments and spacing). Images
    and other files keep their names: pages and feeds link to them by name.
    """
    renamed: dict[str, bytes] = {}
    names: dict[str, str] = {}
    for path, data in sorted(files.items()):
        if path.lower().endswith(".css"):
            data = minified(data)
        if path.lower().endswith(HASHED_TYPES):
            names[path] = hashed_name(path, data)
            renamed[names[path]] = data
        else:
            renamed[path] = data
    return renamed, names


def minified(stylesheet: bytes) -> bytes:
    """Return a stylesheet without its comments (but /*! notices) and needless spacing; a file
    that is not UTF-8 is left as it is."""
    try:
        text = stylesheet.decode("utf-8")
    except UnicodeDecodeError:
        return stylesheet
    # Comments that open with /*! are licence notices, which vendored stylesheets must keep.
    return rcssmin.cssmin(text, keep_bang_comments=True).encode("utf-8") + b"\n"
