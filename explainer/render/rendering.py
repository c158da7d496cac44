"""Render the pages of a site and hand each to the writer: those the memo holds as they were,
the others on the pool's processes.

A template can walk `site.explainers`; such a page is rendered with an ObservedSite that
notices, so that the memo renders it again whenever the list of explainers changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from ..content.model import Config, Explainer, Site
from ..site.page import Page
from .output import Placed
from .sections import SectionStore
from .theme import Theme

if TYPE_CHECKING:
    from ..recipe import Tools
    from ..speed.memo import Memo
    from .output import Writer


class Rendered(NamedTuple):
    """A page rendered and put in place, with what its templates looked at."""

    placed: Placed
    listed: bool  # whether a template used the site's list of explainers
    templates: tuple[str, ...]  # the template files used, relative to the project


class ObservedSite:
    """The site as a template sees it; notes whether the template used the list of explainers."""

    stands_for = Site  # what a template's error names it: the site, not this stand-in

    def __init__(self, site: Site) -> None:
        self._site = site
        self.listed = False

    @property
    def config(self) -> Config:
        """Return the site's settings."""
        return self._site.config

    def __getattr__(self, name: str) -> Any:
        self.listed = True  # explainers, or anything else a template digs out of the site
        return getattr(self._site, name)

    def __repr__(self) -> str:
        self.listed = True
        return repr(self._site)


@dataclass(frozen=True)
class Rendering:
    """What rendering a page needs, in the build process and in forked workers alike."""

    site: Site
    theme: Theme
    memo: Memo
    writer: Writer


def render_pages(pages: Sequence[Page], site: Site, theme: Theme, tools: Tools) -> int:
    """Put every page in place, rendering those the memo does not hold; return how many were."""
    memo, writer = tools.memo, tools.writer
    known = memo.pages(site, theme)
    todo = known.reuse_all(pages, writer)
    progress = tools.counter("pages", len(pages), len(pages) - len(todo))
    for group, results in tools.pool.map(render_group, Rendering(site, theme, memo, writer),
                                         explainer_groups(todo)):
        for page, rendered in zip(group, results, strict=True):
            writer.placed(rendered.placed)
            known.keep(page, rendered)
        if progress:
            progress(len(group))
    return len(todo)


def explainer_groups(pages: list[Page]) -> list[tuple[Page, ...]]:
    """Return the pages in groups that one process renders together: an explainer's page
    with the files and pieces that follow it (see site/pages.py), any other page alone."""
    groups: list[list[Page]] = []
    for page in pages:
        if groups and page.explainer is not None and page.explainer is groups[-1][0].explainer:
            groups[-1].append(page)
        else:
            groups.append([page])
    return [tuple(group) for group in groups]


def render_group(rendering: Rendering, pages: tuple[Page, ...]) -> list[Rendered]:
    """Render pages of one explainer (or one other page) and put them in place (in any
    process): the explainer is fetched once, and each of its sections rendered once."""
    teaser = pages[0].explainer
    explainer = rendering.memo.whole(teaser) if teaser is not None else None
    sections = rendering.memo.sections(explainer, pages[0]) if explainer is not None \
        else SectionStore()
    return [render_page(rendering, page, explainer, sections) for page in pages]


def render_page(rendering: Rendering, page: Page, explainer: Explainer | None,
                sections: SectionStore) -> Rendered:
    """Render one page and put it in place."""
    observed = ObservedSite(rendering.site)
    data, templates = rendering.theme.render(page, observed, explainer, sections)
    return Rendered(rendering.writer.place(page.path, data), observed.listed, templates)
