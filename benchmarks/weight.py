#!/usr/bin/env python3
"""Weigh the pages of a built site, each with the stylesheets, scripts and images it loads.

    python benchmarks/weight.py SITE_FOLDER

A page's weight is its HTML and every distinct file of the site it loads (stylesheets,
scripts, images such as flags, the icon), counted once per page, raw (not compressed). The
table gives, for each type of page, the median and the largest, against the budgets: every
page under 150 KB, an explainer's page under 100 KB (1 KB = 1,000 bytes). benchmarks/run.py
prints it for the site it built.
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

KB = 1000
PAGE_BUDGET = 150 * KB
BUDGETS = {"explainer": 100 * KB}
# The types of page, in the order of the table, and where their files are.
TYPES = ("explainer", "index page", "country page", "tag page", "countries index", "tags index")
LOADED = {"img": ("src",), "script": ("src",), "link": ("href",)}
LOADED_LINKS = {"stylesheet", "icon"}


@dataclass(frozen=True)
class Weight:
    """A page's path in the site and its weight with what it loads, in bytes."""

    path: str
    html: int
    total: int


class Loads(HTMLParser):
    """Collect the addresses of the files a page loads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note the address of an image, a script, a stylesheet or an icon."""
        values = dict(attrs)
        if tag == "link" and not LOADED_LINKS & set((values.get("rel") or "").split()):
            return
        for name in LOADED.get(tag, ()):
            if values.get(name):
                self.addresses.append(values[name])  # type: ignore[arg-type]


def page_type(path: str) -> str | None:
    """Return the type of a page from its path in the site, None for other pages.

    The pages of a list after its first (page/2.html, countries/fr/page/2.html) count as
    pages of its type.
    """
    parts = path.split("/")
    if len(parts) == 1:
        return None if path == "404.html" else \
            "index page" if path == "index.html" else "explainer"
    if parts[0] == "page" and len(parts) == 2:
        return "index page"
    if parts[0] in ("countries", "tags") and (len(parts) == 2 or parts[2] == "page"):
        if parts[1] == "index.html":
            return f"{parts[0]} index"
        return "country page" if parts[0] == "countries" else "tag page"
    return None


def loaded_files(site: Path, page: str, html: str) -> set[str]:
    """Return the site paths of the distinct files of the site a page loads."""
    parser = Loads()
    parser.feed(html)
    found = set()
    for address in parser.addresses:
        parts = urlsplit(address)
        if parts.scheme or parts.netloc:
            continue  # not in the site: the benchmark's sites have no base URL
        target = PurePosixPath(page).parent / unquote(parts.path)
        resolved = PurePosixPath(*[p for p in normalised(target.parts)])
        if (site / resolved).is_file():
            found.add(resolved.as_posix())
    return found


def normalised(parts: tuple[str, ...]) -> Iterator[str]:
    """Yield path parts with '.' and '..' worked out."""
    kept: list[str] = []
    for part in parts:
        if part == "..":
            if kept:
                kept.pop()
        elif part not in (".", ""):
            kept.append(part)
    yield from kept


def weigh(site: Path) -> dict[str, list[Weight]]:
    """Return the weights of the site's pages, by type."""
    sizes: dict[str, int] = {}
    weights: dict[str, list[Weight]] = {kind: [] for kind in TYPES}
    for file in sorted(site.rglob("*.html")):
        page = file.relative_to(site).as_posix()
        kind = page_type(page)
        if kind is None:
            continue
        data = file.read_bytes()
        loads = loaded_files(site, page, data.decode("utf-8"))
        for each in loads:
            if each not in sizes:
                sizes[each] = (site / each).stat().st_size
        weights[kind].append(Weight(page, len(data), len(data) + sum(sizes[f] for f in loads)))
    return weights


@dataclass(frozen=True)
class Table:
    """The page weights of a site: the table's lines, and how many types meet their budget."""

    lines: list[str]
    within: int
    types: int
    heaviest: Weight

    @property
    def summary(self) -> str:
        """Return the line that sums the table up."""
        return (f"page weight: {self.within} of {self.types} page types within budget; the "
                f"heaviest page is {self.heaviest.path}, {self.heaviest.total / KB:.1f} KB")


def report(site: Path) -> Table:
    """Return the table of page weights of a site, by type of page."""
    lines = [f"{'page type':<16}{'pages':>7}{'median KB':>11}{'largest KB':>12}{'HTML KB':>9}"
             f"{'budget KB':>11}  met  largest page"]
    within = 0
    rows = [(kind, found) for kind, found in weigh(site).items() if found]
    for kind, found in rows:
        largest = max(found, key=lambda w: w.total)
        budget = BUDGETS.get(kind, PAGE_BUDGET)
        over = sum(1 for w in found if w.total > budget)
        within += over == 0
        lines.append(f"{kind:<16}{len(found):>7}"
                     f"{statistics.median(w.total for w in found) / KB:>11.1f}"
                     f"{largest.total / KB:>12.1f}{largest.html / KB:>9.1f}{budget / KB:>11.0f}"
                     f"  {'yes' if not over else 'no ':<4} {largest.path}"
                     + (f" ({over} of {len(found)} over)" if over else ""))
    heaviest = max((w for _, found in rows for w in found), key=lambda w: w.total)
    return Table(lines, within, len(rows), heaviest)


def main(argv: list[str] | None = None) -> int:
    """Print the page weights of the site folder given."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    table = report(Path(args[0]))
    print("\n".join([*table.lines, table.summary]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
