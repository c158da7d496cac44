"""Check that the links an explainer's text makes to pages of the site lead to a page, and to
a place on an explainer's page that it has.

An author links one explainer to another by its page's address, relative to its own page
(`other-story.html`, `../fr/autre.html`), and to a part of a page by its id (`#timeline`,
`other-story.html#what-next`). A page renamed, misspelt, still a draft or dated after today is
not there: the reader would meet the host's missing-page page; a place misspelt leaves the
reader at the top of the page. Only the whole site knows its pages, so the links are checked
once every page is planned.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Iterable
from urllib.parse import unquote

from ..content.model import Site, Teaser, Use
from ..content.targets import target_path
from ..errors import Problem
from .related import related_by_language
from .reuse import data_files, piece_kinds

# The ids every page holds (templates/base.html): its masthead's and its main part's.
EVERY_PAGE = frozenset({"top", "main"})
# The id of a long page's list of contents (partials/contents.html): whether the page has one
# depends on the length of its text, which its teaser does not hold, so a link to it is let be.
CONTENTS = "contents-title"


def dead_links(site: Site, paths: Iterable[str]) -> list[Problem]:
    """Warn of each link of an explainer's text to a page of the site that is not there."""
    there = set(paths)
    problems = []
    pages: dict[str, list[str]] | None = None  # explainers' pages by their names' start
    by_url: dict[str, Teaser] | None = None
    shown = Furniture(site)
    for teaser in site.explainers:
        for link in teaser.links:
            target = page_of(teaser, link)
            if target is None:
                continue
            if target not in there:
                if pages is None:
                    pages = {}
                    for other in site.explainers:
                        pages.setdefault(start_of(other.url), []).append(other.url)
                problems.append(dead(teaser, link, target, pages.get(start_of(target), [])))
            elif "#" in link.target:
                if by_url is None:
                    by_url = by_address(site)
                problems += no_place(teaser, link, by_url.get(target), shown)
    return problems


def by_address(site: Site) -> dict[str, Teaser]:
    """Return each explainer by its page's address, and by each address it had before (its
    `aliases`), whose page sends the reader on to it with the place the link names."""
    pages = {f"{other.folder}{alias}.html": other for other in site.explainers
             for alias in other.aliases}
    return pages | {other.url: other for other in site.explainers}


def start_of(path: str) -> str:
    """Return what a page's name starts with: its closest pages are looked for among those
    that start alike (looking through thousands for each link would take seconds)."""
    return posixpath.basename(path)[:2]


def page_of(teaser: Teaser, link: Use) -> str | None:
    """Return the site path a link of an explainer's text leads to, or None for one that
    leaves the site's folder."""
    path = target_path(link.target)
    if not path:  # a place on its own page
        return teaser.url
    path = posixpath.normpath(posixpath.join(posixpath.dirname(teaser.url), path))
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


class Furniture:
    """The ids of the parts of an explainer's page that the site gives it, not its text: its
    list of related explainers, its data files and pieces, its share links; each page has
    them or not as the templates of partials/ show them."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.related: dict[str, bool] | None = None  # whether each page lists related ones

    def ids(self, teaser: Teaser) -> set[str]:
        """Return the ids of the parts the site gives an explainer's page."""
        config = self.site.config
        if self.related is None:
            self.related = {other.url: bool(mentions) for other, mentions in zip(
                self.site.explainers, related_by_language(self.site.explainers), strict=True)}
        shown = {"related-title": self.related.get(teaser.url, False),
                 "reuse-title": bool(data_files(config, teaser) or piece_kinds(config, teaser)),
                 "share-title": config.base_url is not None}
        return {name for name, there in shown.items() if there}


def no_place(teaser: Teaser, link: Use, target: Teaser | None,
             furniture: Furniture) -> list[Problem]:
    """Warn of a link to a place that an explainer's page does not have (a link to a place
    on a page of another kind is not followed)."""
    fragment = unquote(link.target.partition("#")[2])
    if target is None or not fragment or fragment in target.ids or fragment in EVERY_PAGE \
            or fragment == CONTENTS \
            or fragment.endswith("-title") and fragment in furniture.ids(target):
        return []
    close = difflib.get_close_matches(fragment, target.ids, n=1, cutoff=0.6)
    page = "this page" if target is teaser else f"the page {target.url}"
    hint = f"did you mean #{close[0]}?" if close else "a section's id is its heading's words " \
        "(#what-happens-next), else its kind (#timeline); a heading in its text has its words"
    return [Problem(teaser.display_path, link.line, link.column,
                    f"link to '{link.target}': {page} has no place '#{fragment}'", hint,
                    link.excerpt, "warning")]
