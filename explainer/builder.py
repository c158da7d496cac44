"""The recipe of a build: load and validate everything, then render, then write."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from . import feeds, geo
from .assets import fingerprint
from .checks import check_explainer
from .config import CONFIG_NAME, load_config
from .errors import ContentError, Problem, StrictWarnings, UsageError
from .markup import Markup
from .model import Config, Explainer, Site
from .output import OutputFiles, WriteReport, check_output_dir, recover_output, write_site
from .pages import Page, site_pages
from .render import OVERRIDES, Renderer
from .schema import read_explainer
from .sources import find_explainers, read_text, split_source


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for on the command line."""

    root: Path
    output: Path
    base_url: str | None = None
    drafts: bool = False
    strict: bool = False
    force: bool = False
    today: date | None = None


@dataclass(frozen=True)
class BuildResult:
    """What a build made, and the warnings it found."""

    site: Site
    files: int
    warnings: tuple[Problem, ...]
    written: WriteReport | None
    left_out: int = 0


def build(options: BuildOptions) -> BuildResult:
    """Build the site: load, validate, render, write; nothing is written unless all succeed."""
    recover_output(options.output)
    site, warnings, left_out = read_site(options)
    if options.strict and warnings:
        raise StrictWarnings(warnings)
    check_output_dir(options.output, options.root, options.force)
    files = render_site(site, options.root)
    report = write_site(files.files, options.output)
    return BuildResult(site, len(files.files), tuple(warnings), report, left_out)


def check(options: BuildOptions) -> BuildResult:
    """Validate and render everything, writing nothing."""
    site, warnings, left_out = read_site(options)
    files = render_site(site, options.root)
    if options.strict and warnings:
        raise StrictWarnings(warnings)
    return BuildResult(site, len(files.files), tuple(warnings), None, left_out)


def build_day(environ: Mapping[str, str]) -> date:
    """Return the build's "today": the day of SOURCE_DATE_EPOCH when set, else today in UTC."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC).date()
    if not epoch.isdigit():
        raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds since "
                         f"1970-01-01 UTC, found '{epoch}'")
    return datetime.fromtimestamp(int(epoch), UTC).date()


def base_url_warning(config: Config) -> list[Problem]:
    """Warn, once per build, that a site without a base URL leaves out its absolute URLs."""
    if config.base_url:
        return []
    return [Problem(CONFIG_NAME, None, None, "no base_url: canonical links, Open Graph URLs, "
                    "the Atom feed and the sitemap are left out",
                    "set base_url in site.yml or pass --base-url https://example.org/news/; "
                    "the pages work without it, from disk and under any folder",
                    severity="warning")]


def load_site(options: BuildOptions) -> tuple[Site, list[Problem]]:
    """Read the config and every explainer; raise ContentError with all errors found."""
    site, problems, _ = read_site(options)
    return site, problems


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
    display = path.relative_to(root).as_posix()
    try:
        source = split_source(read_text(path, display), path, display)
    except ContentError as exc:
        return None, list(exc.problems)
    explainer, problems = read_explainer(source, markup)
    if explainer is not None:
        problems = [*problems, *check_explainer(explainer)]
    return explainer, problems


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
