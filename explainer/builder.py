"""The recipe of a build: load and validate everything, then render, then write."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import feeds, geo
from .assets import fingerprint
from .cache import Cache, digest
from .config import CONFIG_NAME, load_config
from .errors import ContentError, Problem, StrictWarnings
from .loading import ContentFile, Reading, load_explainers, parse
from .markup import Markup
from .model import Config, Explainer, Site
from .options import BuildOptions, build_day
from .output import OutputFiles, SiteWriter, WriteReport, check_output_dir, recover_output
from .pages import Page, site_pages
from .parallel import collections_paused, frozen_objects
from .render import OVERRIDES, Renderer
from .sources import find_explainers
from .streaming import Rendering, page_keys, write_pages
from .unchanged import LastBuild, inputs_digest

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
          inputs: str | None = None) -> BuildResult:
    """Build the site: load, validate, render, write; nothing is written unless all succeed.

    Unchanged explainers and pages come from the cache in the project (see cache.py); the
    rest are read and rendered on every core, and each page goes to disk as it is made.
    `inputs` is the hash of what the build reads (see unchanged.py), if already known.
    """
    recover_output(options.output)
    today = options.today or build_day(os.environ)
    inputs = inputs or inputs_digest(options, today)
    config = load_config(options.root, options.base_url)
    paths, problems = find_explainers(content_folder(options.root), options.root)
    cache = Cache.open(options.root)
    with collections_paused():  # the explainers loaded are kept: nothing to look for there
        loaded = load_explainers(paths, options.root,
                                 Reading(cache, Markup(config.trusted_html)), options.jobs,
                                 stage(progress, "reading explainers", len(paths)))
    site, warnings, left_out = site_of(config, loaded.explainers, [*problems, *loaded.problems],
                                       options.drafts, today)
    if options.strict and warnings:
        raise StrictWarnings(warnings)
    check_output_dir(options.output, options.root, options.force)
    with frozen_objects():  # the explainers, now loaded, live as long as the build
        report, digests, (rendered, processes) = publish(site, options, cache, loaded.keys,
                                                         progress)
    # Inputs changed while the build ran may not match what it read: record no hash then.
    steady = inputs_digest(options, today) == inputs
    record = LastBuild(len(site.explainers), len(digests), left_out, tuple(warnings))
    cache.save_output(options.output, digests, inputs if steady else None, record.to_json())
    if steady:
        cache.save_pages(set(digests.values()))
        cache.prune_explainers(set(loaded.keys.values()))
    return BuildResult(site, len(digests), tuple(warnings), report, left_out, loaded.read,
                       rendered, max(loaded.processes, processes))


def publish(site: Site, options: BuildOptions, cache: Cache, explainer_keys: Mapping[int, str],
            progress: Progress | None = None
            ) -> tuple[WriteReport, dict[str, str], tuple[int, int]]:
    """Write every file of the site.

    Return what was written, each file's hash, and how many pages were rendered on how many
    processes.
    """
    static, assets = fingerprint(static_files(options.root))
    pages = site_pages(site)
    others = OutputFiles()
    add_site_files(others, site, pages, static)
    with SiteWriter(options.output, cache.output_stamps(options.output), cache.folder) as writer:
        for page in pages:
            writer.claim(page.path, page.origin)
        for path, origin in others.origins.items():
            writer.claim(path, origin)
        writer.make_folders()
        keys = page_keys(site, pages, options.root, assets, explainer_keys)
        site_key = digest(*(explainer_keys[id(e)] for e in site.explainers))
        rendering = Rendering(site, pages, keys, site_key, Renderer(options.root, assets), cache,
                              writer.fresh, writer.out, writer.stamps)
        rendered = write_pages(rendering, writer, options.jobs,
                               stage(progress, "writing pages", len(pages)))
        for path, data in others.files.items():
            writer.add(path, data)
        report = writer.commit()
    return report, writer.digests, rendered


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
    site, warnings, left_out = read_site(options)
    files = render_site(site, options.root)
    if options.strict and warnings:
        raise StrictWarnings(warnings)
    return BuildResult(site, len(files.files), tuple(warnings), None, left_out)


def base_url_warning(config: Config) -> list[Problem]:
    """Warn, once per build, that a site without a base URL leaves out its absolute URLs."""
    if config.base_url:
        return []
    return [Problem(CONFIG_NAME, None, None, "no base_url: canonical links, Open Graph URLs, "
                    "the Atom feed and the sitemap are left out",
                    "set base_url in site.yml or pass --base-url https://example.org/news/; "
                    "the pages work without it, from disk and under any folder",
                    severity="warning")]


def read_site(options: BuildOptions) -> tuple[Site, list[Problem], int]:
    """Load the site; also return how many drafts and future-dated explainers were left out."""
    config = load_config(options.root, options.base_url)
    today = options.today or build_day(os.environ)
    markup = Markup(config.trusted_html)
    paths, problems = find_explainers(content_folder(options.root), options.root)
    explainers: list[Explainer] = []
    for path in paths:
        explainer, found = load_explainer(path, options.root, markup)
        problems.extend(found)
        if explainer is not None:
            explainers.append(explainer)
    return site_of(config, explainers, problems, options.drafts, today)


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


def site_of(config: Config, explainers: list[Explainer], problems: list[Problem], drafts: bool,
            today: date) -> tuple[Site, list[Problem], int]:
    """Make the site of the explainers in file order; raise ContentError if any error was found.

    Also return every problem, and how many drafts and future-dated explainers were left out.
    """
    problems = [*problems, *check_slugs(explainers)]
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    problems.extend(base_url_warning(config))
    shown = [e for e in explainers if drafts or is_public(e, today)]
    shown.sort(key=lambda e: (e.published.first_day(), e.title.lower(), e.slug), reverse=True)
    return Site(config, tuple(shown)), problems, len(explainers) - len(shown)


def is_public(explainer: Explainer, today: date) -> bool:
    """Tell whether an explainer is neither a draft nor dated after today."""
    return not explainer.draft and explainer.published.first_day() <= today


def check_slugs(explainers: list[Explainer]) -> list[Problem]:
    """Report two explainers that would be written to the same page."""
    seen: dict[str, Explainer] = {}
    problems = []
    for explainer in explainers:
        first = seen.setdefault(explainer.slug, explainer)
        if first is not explainer:
            problems.append(Problem(explainer.display_path, 1, 1,
                                    f"slug '{explainer.slug}' is already used by "
                                    f"{first.display_path}",
                                    "give one of them another 'slug:' or file name"))
    return problems


def render_site(site: Site, root: Path) -> OutputFiles:
    """Render every page and gather every asset, in memory."""
    static, assets = fingerprint(static_files(root))
    renderer = Renderer(root, assets)
    files = OutputFiles()
    pages = site_pages(site)
    for page in pages:
        files.add(page.path, render_page(renderer, site, page), page.origin)
    add_site_files(files, site, pages, static)
    return files


def render_page(renderer: Renderer, site: Site, page: Page) -> bytes:
    """Render one page of the site."""
    return renderer.render(page.template, page.path, absolute=page.absolute, site=site,
                           meta=page.meta, **page.context)


def add_site_files(files: OutputFiles, site: Site, pages: list[Page],
                   static: Mapping[str, bytes]) -> None:
    """Add every file that is not a page: flags, static files, feeds and robots.txt."""
    for code in sorted({e.country.code for x in site.explainers for e in x.countries}):
        flag = geo.flag_svg(code)
        if flag is not None:
            files.add(f"flags/{code.lower()}.svg", flag, f"flag of {code}")
    for path, data in static.items():
        files.add(path, data, f"static/{path}")
    if site.config.base_url:
        files.add(feeds.FEED, feeds.atom_feed(site), "the Atom feed")
        files.add(feeds.SITEMAP_FILE, feeds.sitemap(site, {p.path: p.changed for p in pages
                                                          if p.in_sitemap}), "the sitemap")
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
