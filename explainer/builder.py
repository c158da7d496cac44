"""The recipe of a build: load and validate everything, then render, then write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import geo
from .checks import check_explainer
from .config import load_config
from .errors import ContentError, Problem, StrictWarnings
from .markup import Markup
from .model import Explainer, Site
from .output import OutputFiles, WriteReport, check_output_dir, recover_output, write_site
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


@dataclass(frozen=True)
class BuildResult:
    """What a build made, and the warnings it found."""

    site: Site
    files: int
    warnings: tuple[Problem, ...]
    written: WriteReport | None


def build(options: BuildOptions) -> BuildResult:
    """Build the site: load, validate, render, write; nothing is written unless all succeed."""
    recover_output(options.output)
    site, warnings = load_site(options)
    if options.strict and warnings:
        raise StrictWarnings(warnings)
    check_output_dir(options.output, options.root, options.force)
    files = render_site(site, options.root)
    report = write_site(files.files, options.output)
    return BuildResult(site, len(files.files), tuple(warnings), report)


def check(options: BuildOptions) -> BuildResult:
    """Validate and render everything, writing nothing."""
    site, warnings = load_site(options)
    files = render_site(site, options.root)
    if options.strict and warnings:
        raise StrictWarnings(warnings)
    return BuildResult(site, len(files.files), tuple(warnings), None)


def load_site(options: BuildOptions) -> tuple[Site, list[Problem]]:
    """Read the config and every explainer; raise ContentError with all errors found."""
    config = load_config(options.root, options.base_url)
    markup = Markup(config.trusted_html)
    content = options.root / "content"
    if not content.is_dir():
        raise ContentError([Problem("content", None, None, "there is no content/ folder",
                                    "create content/ and put explainers in it as .md files, or "
                                    "run 'python build.py new my-first-explainer'")])
    paths, problems = find_explainers(content, options.root)
    explainers: list[Explainer] = []
    for path in paths:
        display = path.relative_to(options.root).as_posix()
        try:
            source = split_source(read_text(path, display), path, display)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        explainer, found = read_explainer(source, markup)
        problems.extend(found)
        if explainer is not None:
            problems.extend(check_explainer(explainer))
            explainers.append(explainer)
    problems.extend(check_slugs(explainers))
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    shown = [e for e in explainers if options.drafts or not e.draft]
    shown.sort(key=lambda e: (e.published.first_day(), e.title.lower()), reverse=True)
    return Site(config, tuple(shown)), problems


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
    renderer = Renderer(root)
    files = OutputFiles()
    files.add("index.html", renderer.render("index.html", "index.html", site=site),
              "templates/index.html")
    for explainer in site.explainers:
        page = renderer.render("explainer.html", explainer.url, site=site, explainer=explainer)
        files.add(explainer.url, page, explainer.display_path)
    for code in sorted({e.country.code for x in site.explainers for e in x.countries}):
        flag = geo.flag_svg(code)
        if flag is not None:
            files.add(f"flags/{code.lower()}.svg", flag, f"flag of {code}")
    for path, data in static_files(root).items():
        files.add(path, data, f"static/{path}")
    return files


def static_files(root: Path) -> dict[str, bytes]:
    """Return the theme's static files with the user's overrides laid over them."""
    found: dict[str, bytes] = {}
    for folder in (root / "static", root / OVERRIDES / "static"):
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                if not path.name.startswith("."):
                    found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found
