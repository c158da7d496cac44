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
from ..errors import Problem


def dead_links(site: Site, paths: Iterable[str]) -> list[Problem]:
    """Warn of each link of an explainer's text to a page of the site that is not there."""
    there = set(paths)
    problems = []
    for teaser in site.explainers:
        for link in teaser.links:
            target = page_of(teaser, link)
            if target is not None and target not in there:
                problems.append(dead(teaser, link, target, site))
    return problems


def page_of(teaser: Teaser, link: Use) -> str | None:
    """Return the site path a link of an explainer's text leads to, or None for one that
    leaves the site's folder."""
    path = posixpath.normpath(posixpath.join(posixpath.dirname(teaser.url),
                                             link.target.split("#")[0].split("?")[0]))
    return None if path.startswith("../") or path == ".." else path


def dead(teaser: Teaser, link: Use, target: str, site: Site) -> Problem:
    """Return the warning for a link to a page the site does not have."""
    pages = [other.url for other in site.explainers if other is not teaser]
    close = difflib.get_close_matches(target, pages, n=1)
    hint = f"did you mean {posixpath.relpath(close[0], posixpath.dirname(teaser.url) or '.')}?" \
        if close else "link to an explainer by its page's name, relative to this one " \
        "(other-story.html); a draft, or an explainer dated after today, has no page yet"
    return Problem(teaser.display_path, link.line, link.column,
                   f"link to '{link.target}': the site has no page {target}", hint,
                   link.excerpt, "warning")
