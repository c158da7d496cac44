"""The pages a memo in memory holds (see memo.py), and how an edit finds the few it reaches.

Each page is kept with what it was rendered from: its explainer, whether its templates walked
the site's list of explainers, and the template files they used. A page is rendered again when
one of those has changed. While the templates and stylesheets stay as they were, the pages are
not looked at one by one: an index of the last good build's pages (LastPages) names those that
can have changed (the pages that are new objects in this build's list, those of an explainer
read again, and those that list explainers if the list changed), and the writer takes the
others back in one step. An edit to an explainer's text leaves the very same list of pages; a
new title makes new objects of the few list pages that show it."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..content.model import Config, Site, Teaser
from ..inputs import TEMPLATE_FOLDERS
from ..render.assets import same_assets
from ..render.output import Writer
from .lastpages import Kept, LastPages, compared

if TYPE_CHECKING:
    from ..render.rendering import Rendered, Rendering
    from ..render.theme import Theme
    from ..site.page import Page
    from .memo import MemoryMemo

# What pages were made with: the site's settings, its templates, its words, its explainers.
Made = tuple[Config, Any, Any, tuple[Teaser, ...]]


class PagesInMemory:
    """The pages a MemoryMemo keeps, as valid for one site and theme."""

    def __init__(self, memo: MemoryMemo, site: Site, theme: Theme) -> None:
        self.memo = memo
        self.site = site
        self.theme = theme
        # Pages kept by a build that failed are not what the writer holds: look at each,
        # against what that build made them with too.
        self.trusted = not memo.fresh
        made = [memo.last] if self.trusted else [memo.last, *memo.tried]
        self.everything = any(made_otherwise(with_, site, theme) for with_ in made)
        self.relisted = any(with_ is None or not same_teasers(with_[3], site.explainers)
                            for with_ in made)
        self.changed = {path for path, stamp in memo.stamps.items()
                        if memo.built.get(path) != stamp}  # since the last good build
        self.all_templates: tuple[str, ...] | None = None
        self.renderings: dict[bool, Rendering] = {}  # for makers, with the whole site or not
        memo.now = set()
        memo.same_pages = False
        memo.moved = None
        if memo.fresh:  # kept until a build succeeds: one that fails may render nothing
            memo.index = None

    def reuse_all(self, pages: Sequence[Page], writer: Writer) -> list[Page]:
        """Hand the writer every page kept that nothing it was rendered from has changed;
        return the others, which must be rendered."""
        memo = self.memo
        memo.building = pages
        index = self.index()
        if index is None:
            return [page for page in pages if not self.reuse(page, writer)]
        # Only the pages that are not the same objects as in the last good build, those of an
        # explainer read again, and those that list explainers if the list changed, can have
        # changed: the writer takes the others back as they were.
        writer.add_kept(index.files, index.later)
        if pages is index.pages:
            at, changed, same = index.at, [], True
        else:
            at, changed, same = compared(index, pages)
        if same:
            memo.same_pages = True  # at the same paths: no page kept is gone
        else:
            memo.now = set(at)
        memo.moved = (pages, at, changed, same)
        reached = {path: at[path] for display in memo.reread
                   for path in index.by_explainer.get(display, ()) if path in at}
        reached.update((page.path, page) for page in changed)
        if self.relisted:
            reached.update((path, at[path]) for path in index.listed if path in at)
        return [page for page in reached.values() if not self.reuse(page, writer)]

    def index(self) -> LastPages | None:
        """Return the index of the last good build's pages, if what a page hangs on besides
        its explainer and the list of explainers is as it was then."""
        memo = self.memo
        if self.everything or not self.trusted or not memo.last_pages:
            return None
        if memo.index is None:
            memo.index = LastPages.of(memo.last_pages, memo.kept)
        index = memo.index
        if index is None or not self.changed.isdisjoint(index.templates) or \
                not same_assets(index.assets, self.theme.assets):
            return None
        return index

    def reuse(self, page: Page, writer: Writer) -> bool:
        """Hand the writer a page kept, if nothing it was rendered from has changed."""
        kept = self.memo.kept.get(page.path)
        if kept is None or self.everything or self.stale(kept, page):
            return self.defer(page, writer, made_before=kept is not None)
        if not same_assets(kept.assets, self.theme.assets):
            if kept.assets.keys() != self.theme.assets.keys():
                return self.defer(page, writer, made_before=True)  # a stylesheet came or went
            kept = kept.renamed(page, self.theme.assets)
            self.memo.put(page.path, kept)
        self.memo.now.add(page.path)
        writer.add(page.path, kept.data if kept.later is None else kept.later)
        return True

    def defer(self, page: Page, writer: Writer, made_before: bool) -> bool:
        """Hand the writer how to make a page when first asked for, if it is made on demand
        (see Page), or if an earlier build made it and no browser has been shown it since (see
        MemoryMemo.shown); False for any other page, which must be rendered now.

        An explainer's data files and pieces hold most of a site's bytes, and the index of the
        data files lists every explainer (17 MB and about a second at 10,000): the preview
        seldom serves them. Nor does a reader look at more than a few of the pages an edit
        reaches (a retitle reaches the pages of its related explainers and of its lists), as
        Hugo's "fast render mode" has it. Made later, such a page is what it would be now: it
        is made from this build's objects, and made again (another maker) once one of them
        changes, its explainer (or the list of explainers, for a page of many or any page but
        a piece or data file, whose template may walk it), its page or a template it may use
        (any: its templates are known only once it is rendered, and what a page's templates
        use may hang on what it shows)."""
        # Imported here, as in recipe.py: a build that finds nothing changed loads none of them.
        from ..render.rendering import render_page
        from ..render.sections import SectionStore
        from ..site.reuse import EXPORT

        shown = self.memo.shown
        if not page.on_demand and (not made_before or shown is None or page.path in shown):
            return False
        explainer = self.memo.whole(page.explainer) if page.explainer is not None else None
        whole_site = explainer is None or not page.on_demand
        rendering = self.rendering(writer, whole_site)
        later = functools.cache(lambda: render_page(rendering, page, explainer, SectionStore())
                                .placed.data or b"")
        templates = () if page.template.startswith(EXPORT) else self.templates()
        self.memo.put(page.path, Kept(page, b"", explainer, whole_site, templates,
                                      self.theme.assets, later))
        self.memo.now.add(page.path)
        writer.add(page.path, later)
        return True

    def rendering(self, writer: Writer, whole_site: bool) -> Rendering:
        """Return what a maker renders with. A maker may outlive many builds: it holds no
        static files, and for an explainer's data files and pieces, which show that explainer
        alone, the settings rather than the whole site."""
        from ..render.rendering import Rendering

        if whole_site not in self.renderings:
            self.renderings[whole_site] = Rendering(
                self.site if whole_site else Site(self.site.config),
                replace(self.theme, static={}), self.memo, writer)
        return self.renderings[whole_site]

    def templates(self) -> tuple[str, ...]:
        """Return every template file of the project."""
        if self.all_templates is None:
            self.all_templates = tuple(path for path in self.memo.stamps
                                       if path.startswith(TEMPLATE_FOLDERS))
        return self.all_templates

    def stale(self, kept: Kept, page: Page) -> bool:
        """Tell whether a page kept must be rendered again."""
        if kept.page is not page and kept.page != page:
            return True  # its explainer, its listing or its settings changed
        if page.explainer is not None and kept.explainer is not self.memo.whole(page.explainer):
            return True  # the explainer's text changed, though not what lists show of it
        if kept.listed and self.relisted:
            return True
        return bool(self.changed) and not self.changed.isdisjoint(kept.templates)

    def keep(self, page: Page, rendered: Rendered) -> None:
        """Keep a page just rendered."""
        explainer = self.memo.whole(page.explainer) if page.explainer is not None else None
        self.memo.now.add(page.path)
        self.memo.put(page.path, Kept(page, rendered.placed.data or b"", explainer,
                                      rendered.listed, rendered.templates, self.theme.assets))


def made_otherwise(made: Made | None, site: Site, theme: Theme) -> bool:
    """Tell whether pages made with these settings, templates and words differ from the
    site's and theme's."""
    return made is None or made[0] != site.config or made[1] is not theme.renderer \
        or made[2] is not theme.lexicon


def same_teasers(before: tuple[Teaser, ...], now: tuple[Teaser, ...]) -> bool:
    """Tell whether two lists hold the very same teasers, in the same order."""
    return len(before) == len(now) and all(a is b for a, b in zip(before, now, strict=True))
