"""Check that the links an explainer's text makes to pages of the site lead to a page.

An author links one explainer to another by its page's address, relative to its own page
(`other-story.html`, `../fr/autre.html`). A page renamed, misspelt, still a draft or dated after
today is not there: the reader would meet the host's missing-page page. Only the whole site
knows its pages, so the links are checked once every page is planned.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Iterable

from ..content.model import Site, Teaser, Use
from ..content.targets import target_path
from ..errors import Problem


def dead_links(site: Site, paths: Iterable[str]) -> list[Problem]:
    """Warn of each link of an explainer's text to a page of the site that is not there."""
    there = set(paths)
    problems = []
    pages: dict[str, list[str]] | None = None  # explainers' pages by their names' start
    for teaser in site.explainers:
        for link in teaser.links:
            target = page_of(teaser, link)
            if target is not None and target not in there:
                if pages is None:
                    pages = {}
                    for other in site.explainers:
                        pages.setdefault(start_of(other.url), []).append(other.url)
                problems.append(dead(teaser, link, target, pages.get(start_of(target), [])))
    return problems


def start_of(path: str) -> str:
    """Return what a page's name starts with: its closest pages are looked for among those
    that start alike (looking through thousands for each link would take seconds)."""
    return posixpath.basename(path)[:2]


def page_of(teaser: Teaser, link: Use) -> str | None:
    """Return the site path a link of an explainer's text leads to, or None for one that
    leaves the site's folder."""
    path = posixpath.normpath(posixpath.join(posixpath.dirname(teaser.url),
                                             target_path(link.target)))
    return None if path.startswith("../") or path == ".." else path


def dead(teaser: Teaser, link: Use, target: str, alike: list[str]) -> Problem:
    """Return the warning for a link to a page the site does not have; `alike` are the
    explainers' pages whose names start as the target's."""
    close = difflib.get_close_matches(target, [page for page in alike if page != teaser.url],
                                      n=1)
    hint = f"did you mean {posixpath.relpath(close[0], posixpath.dirname(teaser.url) or '.')}?" \
        if close else "link to an explainer by its page's name, relative to this one " \
        "(other-story.html); a draft, or an explainer dated after today, has no page yet"
    return Problem(teaser.display_path, link.line, link.column,
                   f"link to '{link.target}': the site has no page {target}", hint,
                   link.excerpt, "warning")
