"""Content-hashed names for stylesheets and scripts, so hosts may cache them for good, and
stylesheets without their comments and spacing, which every page loads; a page kept by the
preview gets the new names put in when a stylesheet changes."""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Callable, Mapping

HASHED_TYPES = (".css", ".js")
# A stylesheet's import of another: @import "a.css", @import url(a.css), @import url('a.css').
IMPORT = re.compile(rb"""@import\s*(?:url\(\s*)?["']?(?P<target>[^"')\s;]+)""", re.IGNORECASE)


def hashed_name(path: str, data: bytes) -> str:
    """Return path with the first 8 hex digits of the file's SHA-256: style.1a2b3c4d.css."""
    stem, extension = posixpath.splitext(path)
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:8]}{extension}"


def fingerprint(files: Mapping[str, bytes]) -> tuple[dict[str, bytes], dict[str, str]]:
    """Rename stylesheets and scripts by content; return the files and the old-to-new names.

    Stylesheets are minified first (a third of the theme's is comments and spacing), and a
    stylesheet that imports another of the site's names it by its new name, so is named after
    it. Images and other files keep their names: pages and feeds link to them by name.
    """
    sources = {path: minified(data) if path.lower().endswith(".css") else data
               for path, data in files.items()}
    names: dict[str, str] = {}

    def name(path: str, importers: tuple[str, ...] = ()) -> str:
        if path not in names:
            chain = (*importers, path)  # a stylesheet that imports one of these is left be
            if path.lower().endswith(".css"):
                sources[path] = imports_renamed(path, sources[path], lambda other: name(
                    other, chain) if other.lower().endswith(".css") and other in sources
                    and other not in chain else None)
            names[path] = hashed_name(path, sources[path])
        return names[path]

    for path in sorted(sources):
        if path.lower().endswith(HASHED_TYPES):
            name(path)
    return ({names.get(path, path): sources[path] for path in sorted(sources)},
            {path: names[path] for path in sorted(names)})


def imports_renamed(path: str, stylesheet: bytes,
                    named: Callable[[str], str | None]) -> bytes:
    """Return a stylesheet whose @imports of the site's stylesheets name them as `named` does."""
    if b"@import" not in stylesheet:
        return stylesheet
    folder = posixpath.dirname(path)

    def rename(found: re.Match[bytes]) -> bytes:
        target = found["target"].decode("utf-8", "replace")
        if "://" in target or target.startswith(("/", "data:")):
            return found[0]
        new = named(posixpath.normpath(posixpath.join(folder, target)))
        if new is None:
            return found[0]
        relative = posixpath.relpath(new, folder or ".").encode("utf-8")
        return found[0][:found.start("target") - found.start()] + relative + \
            found[0][found.end("target") - found.start():]

    return IMPORT.sub(rename, stylesheet)


def minified(stylesheet: bytes) -> bytes:
    """Return a stylesheet without its comments (but /*! notices) and needless spacing; a file
    that is not UTF-8 is left as it is."""
    try:
        text = stylesheet.decode("utf-8")
    except UnicodeDecodeError:
        return stylesheet
    import rcssmin  # here: a build that finds nothing changed minifies nothing

    # Comments that open with /*! are licence notices, which vendored stylesheets must keep.
    return rcssmin.cssmin(text, keep_bang_comments=True).encode("utf-8") + b"\n"


def same_assets(before: Mapping[str, str], now: Mapping[str, str]) -> bool:
    """Tell whether pages made with these stylesheets' names name the same ones (a stylesheet
    saved unchanged gives equal names in another mapping)."""
    return before is now or before == now


def renamed(page: bytes, before: Mapping[str, str], now: Mapping[str, str]) -> bytes:
    """Return a page with the old content-hashed names of its stylesheets put right."""
    for name, old in before.items():
        new = now[name]
        if new != old:
            page = page.replace(old.rsplit("/", 1)[-1].encode(),
                                new.rsplit("/", 1)[-1].encode())
    return page


class Renamed:
    """A maker of a file made with the stylesheets' old names, which puts the new ones in, as a
    page kept has them put in. Renamed again, it starts from the first maker: stylesheet edits
    do not pile makers up."""

    def __init__(self, make: Callable[[], bytes], before: Mapping[str, str],
                 now: Mapping[str, str]) -> None:
        self.make, self.before, self.now = make, before, now
        self.data: bytes | None = None

    @classmethod
    def of(cls, make: Callable[[], bytes], before: Mapping[str, str],
           now: Mapping[str, str]) -> Renamed:
        """Return a maker of make's file with the names of now for those of before."""
        if isinstance(make, Renamed):
            return cls(make.make, make.before, now)
        return cls(make, before, now)

    def __call__(self) -> bytes:
        if self.data is None:
            self.data = renamed(self.make(), self.before, self.now)
        return self.data
