"""Render the pages of a site and hand each to the writer: those the memo holds as they were,
the others on the pool's processes.

A template can walk `site.explainers`; such a page is rendered with an ObservedSite that
notices, so that the memo renders it again whenever the list of explainers changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from ..content.model import Config, Site
from ..site.pages import Page
from .output import Placed
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
    todo = [page for page in pages if not known.reuse(page, writer)]
    progress = tools.counter("pages", len(pages), len(pages) - len(todo))
    for page, rendered in tools.pool.map(render_page, Rendering(site, theme, memo, writer),
                                         todo, progress):
        writer.placed(rendered.placed)
        known.keep(page, rendered)
    return len(todo)


def render_page(rendering: Rendering, page: Page) -> Rendered:
    """Render one page and put it in place (in any process)."""
    explainer = rendering.memo.whole(page.explainer) if page.explainer is not None else None
    observed = ObservedSite(rendering.site)
    data, templates = rendering.theme.render(page, observed, explainer)
    return Rendered(rendering.writer.place(page.path, data), observed.listed, templates)
