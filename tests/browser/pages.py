"""Pick the pages of a built site that browser tests visit: one of each kind."""

from __future__ import annotations

from pathlib import Path

SCHEMES = ("light", "dark")


def page_types(site: Path) -> list[Path]:
    """Return every page at the site's top level and the first page of each subfolder.

    Top-level pages each have their own template (index, explainers, error pages); pages in a
    subfolder share one, so the first of them stands for the rest.
    """
    pages = sorted(site.glob("*.html"))
    for folder in sorted(p for p in site.rglob("*") if p.is_dir()):
        first = next(iter(sorted(folder.glob("*.html"))), None)
        if first is not None:
            pages.append(first)
    return pages


def page_id(site: Path, page: Path) -> str:
    """Return a page's path in the site, for messages."""
    return page.relative_to(site).as_posix()
