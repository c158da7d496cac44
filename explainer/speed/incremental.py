"""Rebuild the site in memory after a change, redoing only what the change affects.

A Project lives as long as the dev server. It keeps every parsed explainer by file and stamp,
with its teaser (the same object while the front matter and countries stay the same), the list
of content/ files, the list of pages (see pagelist.py), every rendered page with the Page it was
rendered from, and the files that are not pages (flags, static files, feeds). After an edit to
one explainer it reads that file and renders the pages whose Page changed: the explainer's own,
and, if its teaser changed, the country and tag pages that list it and every page whose
template looked at site.explainers when last rendered (the index, or an override that lists
them). The files of the last good build are replaced only once a whole new build has
succeeded.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..content.markup import Markup
from ..content.model import Config, Explainer, Site, Teaser
from ..content.sources import find_explainers
from ..errors import Problem, StrictWarnings
from ..recipe import (
    BuildOptions,
    add_assets,
    build_day,
    content_folder,
    load_explainer,
    render_page,
    site_of,
    static_files,
)
from ..render.output import OutputFiles, claim
from ..render.templates import OVERRIDES, Renderer
from ..serve.sitefiles import Maker, SiteFiles, add_pages, feed_makers
from ..serve.watch import Stamp
from ..site.assets import fingerprint
from ..site.config import CONFIG_NAME, load_config
from ..site.pages import Page, explainer_page, sitemap_dates
from .pagekeys import ObservedSite
from .pagelist import PageList

SECTIONS = "sections/"
TEMPLATE_FOLDERS = ("templates/", f"{OVERRIDES}/templates/")


@dataclass(frozen=True)
class Parsed:
    """One explainer file as last read: its stamp, the explainer (if valid) and its problems."""

    stamp: Stamp | None
    explainer: Explainer | None
    teaser: Teaser | None  # the same object from one read to the next while it is unchanged
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Rebuild:
    """A good build: every file of the site, its stylesheet names, and how much work it took."""

    site: Site
    files: SiteFiles
    assets: Mapping[str, str]
    read: tuple[str, ...]
    rendered: tuple[str, ...]
    warnings: tuple[Problem, ...]


@dataclass(frozen=True)
class Plan:
    """What a set of changed source paths touches."""

    config: bool = False
    content: bool = False
    static: bool = False
    templates: frozenset[str] = frozenset()

    @classmethod
    def of(cls, paths: Iterable[str]) -> Plan:
        """Sort changed paths (relative to the project) by the part of the build they feed."""
        config = content = static = False
        templates: set[str] = set()
        for path in paths:
            first, _, rest = path.removeprefix(f"{OVERRIDES}/").partition("/")
            if path == CONFIG_NAME:
                config = True
            elif first == "content":
                content = True
            elif first == "static":
                static = True
            elif first == "templates":
                templates.add(rest)
        return cls(config, content, static, frozenset(templates))

    def section_kinds(self) -> set[str]:
        """Return the section kinds whose partial templates changed."""
        return {name[len(SECTIONS):-len(".html")] for name in self.templates
                if name.startswith(SECTIONS) and name.endswith(".html")}

    def all_pages(self) -> bool:
        """Tell whether every page must be rendered again: settings or a shared template."""
        return self.config or any(not name.startswith(SECTIONS) for name in self.templates)


class Project:
    """A site kept in memory between rebuilds."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self.pending: set[str] = set()
        self.config = Config()
        self.markup = Markup(False)
        self.renderer = Renderer(options.root)
        self.templates: frozenset[str] | None = None
        self.static: dict[str, bytes] = {}
        self.assets: dict[str, str] = {}
        self.parsed: dict[str, Parsed] = {}
        self.explainer_pages: dict[str, tuple[Explainer, Page]] = {}
        self.rendered: dict[str, tuple[Page, bytes]] = {}
        self.last: tuple[Site, list[Page]] | None = None
        self.listing: tuple[list[str], list[Problem]] | None = None
        self.page_list: PageList | None = None
        self.others: tuple[OutputFiles, list[str]] | None = None  # with the flags' codes
        self.files = OutputFiles()
        self.feeds: dict[str, tuple[str, Maker]] = {}  # the feeds of the last build, made later
        self.listers: set[str] = set()  # the pages that looked at site.explainers when rendered

    def rebuild(self, stamps: Mapping[str, Stamp], changed: Iterable[str] = ()) -> Rebuild:
        """Build the site from the files in stamps; raise ExplainerError if it cannot be built.

        changed names the files changed since the previous call; the first call builds all.
        Changes are remembered until a build succeeds, so a failed build loses none of them.
        """
        self.pending.update(changed)
        plan = Plan.of(self.pending) if self.last is not None else Plan(True, True, True)
        if plan.config:
            self.refresh_config()
        self.refresh_renderer(stamps)
        static, assets = fingerprint(static_files(self.options.root)) if plan.static \
            else (self.static, self.assets)
        if self.last is None or plan.config or plan.content or plan.templates:
            site, problems, read = self.load(stamps)
            warnings = [p for p in problems if p.severity == "warning"]
            if self.options.strict and warnings:
                raise StrictWarnings(warnings)
            pages = self.list_pages(site)
        else:  # only static files changed: the site and its pages are the same
            site, pages, read, warnings = *self.last, (), []
        rendered, anew = self.render_pages(site, pages, plan, assets)
        files = self.gather(site, pages, rendered, static, plan)
        fresh = tuple(p for p in warnings
                      if self.last is None or p.path in read or p.path in self.pending)
        self.rendered, self.static, self.assets = rendered, static, assets
        self.last = (site, pages)
        self.pending.clear()
        return Rebuild(site, files, assets, read, anew, fresh)

    def refresh_config(self) -> None:
        """Read site.yml again; forget what depends on it."""
        config = load_config(self.options.root, self.options.base_url)
        if config.trusted_html != self.config.trusted_html or self.last is None:
            self.markup = Markup(config.trusted_html)
            self.parsed.clear()
        self.explainer_pages.clear()
        self.page_list = self.others = None
        self.feeds = {}
        self.config = config

    def refresh_renderer(self, stamps: Mapping[str, Stamp]) -> None:
        """Start a new Jinja environment when a template appears or goes.

        Jinja reloads a changed template by itself, but not one that starts or stops shadowing
        another (an override added or removed); and compiling them all takes ~100 ms.
        """
        templates = frozenset(p for p in stamps if p.startswith(TEMPLATE_FOLDERS))
        if templates != self.templates:
            self.renderer = Renderer(self.options.root, self.assets)
            self.templates = templates
        else:
            self.renderer.look_again()

    def load(self, stamps: Mapping[str, Stamp]) -> tuple[Site, list[Problem], tuple[str, ...]]:
        """Return the site and all problems, reading only the explainers that changed."""
        root = self.options.root
        displays, problems = self.list_content(stamps)
        parsed: dict[str, Parsed] = {}
        read = []
        teasers: list[Teaser] = []
        for display in displays:
            known = self.parsed.get(display)
            if known is None or known.stamp is None or known.stamp != stamps.get(display):
                explainer, found = load_explainer(root / display, root, self.markup)
                known = Parsed(stamps.get(display), explainer, teaser_of(explainer, known),
                               tuple(found))
                read.append(display)
            parsed[display] = known
            if known.problems:
                problems.extend(known.problems)
            if known.teaser is not None:
                teasers.append(known.teaser)
        if not self.parsed.keys() <= parsed.keys():  # files went: forget their pages
            self.explainer_pages = {p: known for p, known in self.explainer_pages.items()
                                    if p in parsed}
        self.parsed = parsed
        today = self.options.today or build_day(os.environ)
        site, problems, _ = site_of(self.config, teasers, problems, self.options.drafts, today)
        return site, problems, tuple(read)

    def list_content(self, stamps: Mapping[str, Stamp]) -> tuple[list[str], list[Problem]]:
        """Return the explainers' paths and the listing's warnings.

        content/ is listed again only when a file may have come or gone: an edit to an
        explainer that is still there leaves the list as it was.
        """
        root = self.options.root
        if self.listing is None or any(path.startswith("content/") and
                                       (path not in self.parsed or path not in stamps)
                                       for path in self.pending):
            paths, problems = find_explainers(content_folder(root), root)
            self.listing = ([path.relative_to(root).as_posix() for path in paths], problems)
        return self.listing[0], list(self.listing[1])

    def list_pages(self, site: Site) -> list[Page]:
        """Return every page of the site, remaking only those the changed explainers reach."""
        if self.page_list is None:
            self.page_list = PageList(site, self.page_of)
            return self.page_list.pages
        return self.page_list.update(site)

    def page_of(self, site: Site, teaser: Teaser) -> Page:
        """Return an explainer's page, made again only for a changed explainer or config."""
        explainer = self.parsed[teaser.display_path].explainer
        assert explainer is not None  # the site lists only explainers that were read
        known = self.explainer_pages.get(explainer.display_path)
        if known is None or known[0] is not explainer:
            known = (explainer, explainer_page(site, explainer))
            self.explainer_pages[explainer.display_path] = known
        return known[1]

    def gather(self, site: Site, pages: list[Page], rendered: Mapping[str, tuple[Page, bytes]],
               static: dict[str, bytes], plan: Plan) -> SiteFiles:
        """Return every file of the site, making flags and the like again only if needed."""
        assert self.page_list is not None
        codes = self.page_list.country_codes()
        if self.others is None or plan.static or self.others[1] != codes:
            others = OutputFiles()
            add_assets(others, site, static)
            self.others = (others, codes)
        if site.config.base_url and (plan.content or not self.feeds):  # made when asked for
            self.feeds = feed_makers(site, sitemap_dates(pages))
        files = OutputFiles()
        add_pages(files, pages, rendered, self.files)
        for path, data in self.others[0].files.items():
            files.add(path, data, self.others[0].origins[path])
        for path, (origin, _) in self.feeds.items():
            claim(files.origins, path, origin)  # so that two sources of one path are refused
        self.files = files
        return SiteFiles(files.files, {path: make for path, (_, make) in self.feeds.items()})

    def render_pages(self, site: Site, pages: list[Page], plan: Plan,
                     assets: dict[str, str]) -> tuple[dict[str, tuple[Page, bytes]],
                                                      tuple[str, ...]]:
        """Return every page rendered (anew where its inputs changed), and which were."""
        renamed = {posixpath.basename(old).encode(): posixpath.basename(assets[name]).encode()
                   for name, old in self.assets.items() if assets.get(name, old) != old}
        # A stylesheet that went away must fail the pages that ask for it: render them all.
        everything = self.last is None or plan.all_pages() \
            or not self.assets.keys() <= assets.keys()
        self.renderer.assets = dict(assets)
        kinds = plan.section_kinds()
        # Pages that looked at site.explainers (the index, and any template that lists them)
        # are made again when the list is not the very same teasers in the same order.
        relist = self.last is None or not same_teasers(self.last[0].explainers, site.explainers)
        rendered = {}
        anew = []
        for page in pages:
            known = self.rendered.get(page.path)
            if everything or known is None or stale(page, known[0], kinds) \
                    or relist and page.path in self.listers:
                observed = ObservedSite(site)
                known = (page, render_page(self.renderer, observed, page))
                if observed.listed:
                    self.listers.add(page.path)
                else:
                    self.listers.discard(page.path)
                anew.append(page.path)
            elif renamed:
                known = (page, rename(known[1], renamed))
            rendered[page.path] = known
        return rendered, tuple(anew)


def teaser_of(explainer: Explainer | None, before: Parsed | None) -> Teaser | None:
    """Return an explainer's teaser: the one read before if it is the same.

    Pages that list explainers are made again when a teaser is another object: an edit that
    leaves the front matter and the countries as they were spares them.
    """
    if explainer is None:
        return None
    teaser = explainer.teaser()
    return before.teaser if before is not None and before.teaser == teaser else teaser


def same_teasers(before: Sequence[Teaser], now: Sequence[Teaser]) -> bool:
    """Tell whether two lists hold the very same teasers, in the same order."""
    return len(before) == len(now) and all(a is b for a, b in zip(before, now, strict=True))


def stale(page: Page, before: Page, kinds: set[str]) -> bool:
    """Tell whether a page must be rendered again, its templates and the site's list unchanged."""
    if page is not before and page != before:
        return True  # its explainer, its listing or its metadata changed
    explainer = page.context.get("explainer")
    return bool(kinds) and isinstance(explainer, Explainer) \
        and any(s.kind in kinds for s in explainer.sections)


def rename(page: bytes, renamed: Mapping[bytes, bytes]) -> bytes:
    """Swap the content-hashed names of changed stylesheets in a rendered page."""
    for old, new in renamed.items():
        page = page.replace(old, new)
    return page
