"""Lists split into pages of a set size: what each page shows, where it is, and its neighbours.

The first page of a list keeps the list's address (`index.html`, `countries/fr.html`); the
others follow it in a folder of its name (`page/2.html`, `countries/fr/page/2.html`), so a
page's address stays the same while the list grows, and every link is a file that opens
from disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Page numbers the navigation shows on each side of the page being read, besides the first
# and the last: enough to step through, few enough for a narrow screen.
NEAR = 2


def page_path(first: str, number: int) -> str:
    """Return the site path of page `number` of a list whose first page is at `first`."""
    if number == 1:
        return first
    folder = first.removesuffix(".html").removesuffix("index").rstrip("/")
    return f"{folder}/page/{number}.html" if folder else f"page/{number}.html"


@dataclass(frozen=True)
class Paging:
    """One page of a list: the items it shows, its number, and how many pages the list has."""

    items: tuple[Any, ...]
    number: int  # 1 for the first page
    count: int  # pages of the list
    first: str  # the site path of the list's first page
    start: int  # how many items of the list come before this page's
    total: int  # items in the whole list

    @property
    def path(self) -> str:
        """Return the site path of this page."""
        return page_path(self.first, self.number)

    @property
    def previous(self) -> str | None:
        """Return the site path of the page before this one, if there is one."""
        return page_path(self.first, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        """Return the site path of the page after this one, if there is one."""
        return page_path(self.first, self.number + 1) if self.number < self.count else None

    @property
    def links(self) -> tuple[tuple[int, str] | None, ...]:
        """Return the pages the navigation names, as (number, path): the first, the last and
        those near this one, in order; None stands for the pages left out between two."""
        near = range(max(1, self.number - NEAR), min(self.count, self.number + NEAR) + 1)
        shown = sorted({1, self.count, *near})
        links: list[tuple[int, str] | None] = []
        for before, number in zip([0, *shown], shown, strict=False):
            if number == before + 2:  # a gap of one page: name it rather than an ellipsis
                links.append((before + 1, page_path(self.first, before + 1)))
            elif number > before + 2:
                links.append(None)
            links.append((number, page_path(self.first, number)))
        return tuple(links)


def paginate(items: Sequence[Any], first: str, size: int) -> list[Paging]:
    """Split items into pages of `size`, the first at `first`; an empty list has one page."""
    count = max(1, -(-len(items) // size))
    return [Paging(tuple(items[start:start + size]), number, count, first, start, len(items))
            for number, start in enumerate(range(0, count * size, size), 1)]
