"""The files of a preview build, the costly ones made only when first asked for.

The Atom feed and the sitemap list every explainer: at 10,000 explainers, making them took
longer than the rest of a rebuild after an edit. The preview serves them from memory, and a
browser rarely asks for them, so they are made when first read (served, written or compared)
and at most once per build.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from datetime import date

from ..content.model import Site
from ..render.output import OutputFiles
from ..site import feeds
from ..site.pages import Page

Maker = Callable[[], bytes]


class SiteFiles(Mapping[str, bytes]):
    """Files by site path; those given as makers are made on first access."""

    def __init__(self, files: dict[str, bytes], later: dict[str, Maker]) -> None:
        self.files = files  # not copied: at 10,000 pages a copy costs more than the rest
        self.later = later
        self.made: dict[str, bytes] = {}
        self.paths = [*self.files, *(path for path in self.later if path not in self.files)]
        self.lock = threading.Lock()  # the preview may write the site from another thread

    def __getitem__(self, path: str) -> bytes:
        if path in self.files:
            return self.files[path]
        with self.lock:
            if path not in self.made:
                self.made[path] = self.later[path]()
            return self.made[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def same(self, before: Mapping[str, bytes], path: str) -> bool:
        """Tell whether a file is the one before holds, without making it if it is not made."""
        if path not in self.files and path not in self.later:
            return path not in before
        maker = self.later.get(path)
        if maker is not None and path not in self.files:
            return isinstance(before, SiteFiles) and before.later.get(path) is maker
        old = before.get(path)
        return old is self.files[path] or old == self.files[path]


def feed_makers(site: Site, dates: Mapping[str, date | None]) -> dict[str, tuple[str, Maker]]:
    """Return how to make the Atom feed and the sitemap, by path, with their origins; none
    for a site without a base URL.

    dates holds the pages the sitemap lists, each with the last change of what it shows.
    """
    if not site.config.base_url:
        return {}
    return {feeds.FEED: ("the Atom feed", lambda: feeds.atom_feed(site)),
            feeds.SITEMAP_FILE: ("the sitemap", lambda: feeds.sitemap(site, dates))}


def add_pages(files: OutputFiles, pages: list[Page], rendered: Mapping[str, tuple[Page, bytes]],
              before: OutputFiles) -> None:
    """Add the rendered pages, checking only paths the previous build did not take as they are."""
    for page in pages:
        if before.origins.get(page.path) == page.origin and page.path not in files.files:
            files.files[page.path] = rendered[page.path][1]
            files.origins[page.path] = page.origin
        else:
            files.add(page.path, rendered[page.path][1], page.origin)
