"""The recipe of a build: read and validate everything, render, write; all or nothing."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .content.markup import Markup
from .content.model import Config, Explainer, Site, Teaser
from .content.sources import find_explainers
from .errors import ContentError, Problem, StrictWarnings
from .options import BuildOptions, build_day
from .render.output import OutputFiles, SiteWriter, WriteReport, check_output_dir, recover_output
from .render.templates import OVERRIDES, Renderer
from .serve.sitefiles import feed_makers
from .site import feeds, geo
from .site.assets import fingerprint
from .site.config import CONFIG_NAME, load_config
from .site.pages import (
    Page,
    explainer_page,
    explainer_pages_of,
    listing_pages,
    site_pages,
    sitemap_dates,
)
from .speed.cache import Cache, digest
from .speed.lastbuild import Inputs, LastBuild, read_inputs
from .speed.loading import (
    ContentFile,
    Explainers,
    PageTarget,
    Reading,
    full_explainer,
    load_explainers,
    parse,
)
from .speed.pagekeys import ObservedSite, Rendering, page_keys, pages_digest, write_pages
from .speed.pool import collections_paused, frozen_objects

# Told how far a long build has got: progress(stage, done, total).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildResult:
    """What a build made, and the warnings it found."""

    site: Site
    files: int
    warnings: tuple[Problem, ...]
    written: WriteReport | None
    left_out: int = 0
    read: int | None = None  # explainer files read anew (the others came from the cache)
    rendered: int | None = None  # pages rendered anew
    processes: int = 1  # the most processes that worked at once


def build(options: BuildOptions, progress: Progress | None = None,
          inputs: Inputs | None = None) -> BuildResult:
    """Build the site: read, validate, render, write; nothing is written unless all succeed.

    Unchanged explainers and pages come from the cache in the project (see cache.py); the
    rest are read and rendered on every core, and each page goes to disk, in a fresh folder
    swapped in at the end, as it is made. `inputs` is what the build reads, hashed (see
    unchanged.py), if already known.
    """
    recover_output(options.output)
    today = options.today or build_day(os.environ)
    inputs = inputs or read_inputs(options, today)
    config, problems = config_of(options)
    paths, found = find_explainers(content_folder(options.root), options.root)
    problems.extend(found)
    check_output_dir(options.output, options.root, options.force)
    cache = Cache.open(options.root)
    static, assets = fingerprint(static_files(options.root))
    renderer = Renderer(options.root, assets, cache.compiled_templates())
    with SiteWriter(options.output, cache.output_stamps(options.output), cache.folder) as writer:
        target = PageTarget(config, renderer, pages_digest(options.root, assets, config),
                            writer.fresh, writer.out, writer.stamps, options.drafts, today)
        reading = Reading(cache, Markup(config.trusted_html), target)
        with collections_paused():  # the teasers loaded are kept: nothing to look for there
            loaded = load_explainers(paths, options.root, reading, writer, options.jobs,
                                     stage(progress, "explainers", len(paths)))
        site, warnings, left_out = site_of(config, loaded.teasers,
                                           [*problems, *loaded.problems], options.drafts, today)
        if options.strict and warnings:
            raise StrictWarnings(warnings)
        with frozen_objects():  # the teasers, now loaded, live as long as the build
            rendered, processes = publish(site, loaded, reading, writer, static,
                                          options.jobs, progress)
        report = writer.commit()
    # Inputs changed while the build ran may not match what it read: record no hash then.
    steady = inputs.still(options)
    record = LastBuild(len(site.explainers), len(writer.digests), left_out, tuple(warnings))
    cache.save_output(options.output, writer.digests, inputs.digest if steady else None,
                      record.to_json())
    if steady:
        cache.save_pages(set(writer.digests.values()))
        cache.explainers.keep_only(set(loaded.keys.values()))
    return BuildResult(site, len(writer.digests), tuple(warnings), report, left_out, loaded.read,
                       loaded.rendered + rendered, max(loaded.processes, processes))


def publish(site: Site, loaded: Explainers, reading: Reading, writer: SiteWriter,
            static: Mapping[str, bytes], jobs: int | None,
            progress: Progress | None = None) -> tuple[int, int]:
    """Write every file of the site but the explainer pages already written.

    Return how many pages were rendered, on how many processes.
    """
    index, *others = listing_pages(site)
    for path, origin in [(index.path, index.origin),
                         *((teaser.url, teaser.display_path) for teaser in site.explainers),
                         *((page.path, page.origin) for page in others)]:
        writer.claim(path, origin)
    files = OutputFiles()
    dates = {index.path: index.changed,
             **{teaser.url: teaser.modified.first_day() for teaser in site.explainers},
             **sitemap_dates(others)}
    add_site_files(files, site, dates, static)
    for path, origin in files.origins.items():
        writer.claim(path, origin)
    writer.make_folders()
    target = reading.target
    waiting = [teaser for teaser in site.explainers if id(teaser) in loaded.deferred]
    pages = [index, *others, *(explainer_page(site, full_explainer(reading,
                                                                   loaded.deferred[id(t)]))
                               for t in waiting)]
    keys = [*page_keys(target.common, [index, *others], loaded.keys),
            *(target.page_key(loaded.keys[id(teaser)]) for teaser in waiting)]
    site_key = digest(*(loaded.keys[id(teaser)] for teaser in site.explainers))
    rendering = Rendering(site, pages, keys, site_key, target.renderer, reading.cache,
                          writer.fresh, writer.out, writer.stamps)
    rendered = write_pages(rendering, writer, jobs, stage(progress, "list pages", len(pages)))
    for path, data in files.files.items():
        writer.add(path, data)
    return rendered


def stage(progress: Progress | None, name: str, total: int) -> Callable[[int], None] | None:
    """Return a counter that tells progress(name, done, total) as work gets done."""
    if progress is None:
        return None
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        progress(name, done, total)

    return advance


def check(options: BuildOptions) -> BuildResult:
    """Validate and render everything, writing nothing."""
    read = read_site(options)
    files = render_site(read.site, options.root, read.explainers)
    if options.strict and read.warnings:
        raise StrictWarnings(read.warnings)
    return BuildResult(read.site, len(files.files), tuple(read.warnings), None, read.left_out)


def base_url_warning(config: Config) -> list[Problem]:
    """Warn, once per build, that a site without a base URL leaves out its absolute URLs."""
    if config.base_url:
        return []
    return [Problem(CONFIG_NAME, None, None, "no base_url: canonical links, Open Graph URLs, "
                    "the Atom feed and the sitemap are left out",
                    "set base_url in site.yml or pass --base-url https://example.org/news/; "
                    "the pages work without it, from disk and under any folder",
                    severity="warning")]


@dataclass(frozen=True)
class SiteRead:
    """A site read in one process: its explainers whole, and the problems found."""

    site: Site
    explainers: list[Explainer]  # every explainer read, the site's and those left out
    warnings: list[Problem]
    left_out: int  # drafts and future-dated explainers not shown


def read_site(options: BuildOptions) -> SiteRead:
    """Load the site in this process, keeping every explainer whole."""
    config, problems = config_of(options)
    today = options.today or build_day(os.environ)
    markup = Markup(config.trusted_html)
    paths, found = find_explainers(content_folder(options.root), options.root)
    problems.extend(found)
    explainers: list[Explainer] = []
    for path in paths:
        explainer, found = load_explainer(path, options.root, markup)
        problems.extend(found)
        if explainer is not None:
            explainers.append(explainer)
    site, warnings, left_out = site_of(config, explainers, problems, options.drafts, today)
    return SiteRead(site, explainers, warnings, left_out)


def config_of(options: BuildOptions) -> tuple[Config, list[Problem]]:
    """Read site.yml; return its errors, to be reported with the content's, rather than raise.

    With a broken site.yml the content is still read, with the default settings, so that one
    run lists every mistake (and, there being errors, writes nothing).
    """
    try:
        return load_config(options.root, options.base_url), []
    except ContentError as exc:
        return Config(), list(exc.problems)


def content_folder(root: Path) -> Path:
    """Return the project's content/ folder, or raise ContentError saying how to make one."""
    content = root / "content"
    if not content.is_dir():
        raise ContentError([Problem("content", None, None, "there is no content/ folder",
                                    "create content/ and put explainers in it as .md files, or "
                                    "run 'python build.py new my-first-explainer'")])
    return content


def load_explainer(path: Path, root: Path,
                   markup: Markup) -> tuple[Explainer | None, list[Problem]]:
    """Read, validate and check one explainer file; return it (if readable) and its problems."""
    return parse(ContentFile(path, path.relative_to(root).as_posix(), None, None), markup)


def site_of(config: Config, explainers: Sequence[Teaser], problems: list[Problem],
            drafts: bool, today: date) -> tuple[Site, list[Problem], int]:
    """Make the site of the explainers in file order; raise ContentError if any error was found.

    The site lists them as teasers, newest first. Also return every problem, and how many
    drafts and future-dated explainers were left out.
    """
    problems = [*problems, *check_slugs(explainers)]
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    problems.extend(base_url_warning(config))
    shown = [e.teaser() if isinstance(e, Explainer) else e for e in explainers
             if drafts or e.public_on(today)]
    shown.sort(key=lambda e: (e.published.first_day(), e.title.lower(), e.slug), reverse=True)
    return Site(config, tuple(shown)), problems, len(explainers) - len(shown)


def check_slugs(explainers: Sequence[Teaser]) -> list[Problem]:
    """Report two explainers that would be written to the same page."""
    seen: dict[str, Teaser] = {}
    problems = []
    for explainer in explainers:
        first = seen.setdefault(explainer.slug, explainer)
        if first is not explainer:
            problems.append(Problem(explainer.display_path, 1, 1,
                                    f"slug '{explainer.slug}' is already used by "
                                    f"{first.display_path}",
                                    "give one of them another 'slug:' or file name"))
    return problems


def render_site(site: Site, root: Path, explainers: Iterable[Explainer]) -> OutputFiles:
    """Render every page and gather every asset, in memory; explainers are the site's, whole."""
    static, assets = fingerprint(static_files(root))
    renderer = Renderer(root, assets)
    files = OutputFiles()
    pages = site_pages(site, explainer_pages_of(explainers))
    for page in pages:
        files.add(page.path, render_page(renderer, site, page), page.origin)
    add_site_files(files, site, sitemap_dates(pages), static)
    return files


def render_page(renderer: Renderer, site: Site | ObservedSite, page: Page) -> bytes:
    """Render one page of the site."""
    return renderer.render(page.template, page.path, absolute=page.absolute, site=site,
                           meta=page.meta, **page.context)


def add_site_files(files: OutputFiles, site: Site, dates: Mapping[str, date | None],
                   static: Mapping[str, bytes]) -> None:
    """Add every file that is not a page: flags, static files, robots.txt and the feeds.

    dates holds the pages the sitemap lists, each with the last change of what it shows.
    """
    add_assets(files, site, static)
    for path, (origin, make) in feed_makers(site, dates).items():
        files.add(path, make(), origin)


def add_assets(files: OutputFiles, site: Site, static: Mapping[str, bytes]) -> None:
    """Add the files that are neither pages nor feeds: flags, static files and robots.txt."""
    for code in sorted({e.country.code for x in site.explainers for e in x.countries}):
        flag = geo.flag_svg(code)
        if flag is not None:
            files.add(f"flags/{code.lower()}.svg", flag, f"flag of {code}")
    for path, data in static.items():
        files.add(path, data, f"static/{path}")
    if "robots.txt" not in static:
        files.add("robots.txt", feeds.robots_txt(site), "robots.txt")


def static_files(root: Path) -> dict[str, bytes]:
    """Return the theme's static files with the user's overrides laid over them."""
    found: dict[str, bytes] = {}
    for folder in (root / "static", root / OVERRIDES / "static"):
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                if not path.name.startswith("."):
                    found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found
