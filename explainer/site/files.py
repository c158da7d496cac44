"""The files of a site that are not pages: flags, the theme's static files, the search index,
robots.txt and the sitemap. (The feeds are pages: see feeds.py and pages.py.)"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import NamedTuple

from ..content.model import Site, flag_path
from ..inputs import STATIC_FOLDERS, THEME
from . import feeds, geo, search
from .feeds import SitemapEntry
from .indexmaker import IndexMaker
from .listings import site_editions
from .page import Lasting, Page, Remember, make_anew, make_now
from .pages import SEARCH

EMBED_SCRIPT = "embed.js"  # the script of templates/embed.html, in static/


class SiteFile(NamedTuple):
    """A file to write: its site path, where it comes from, and its bytes or how to make them.

    Files given as a function (the feed and the sitemap, which list every explainer) are made
    when written, or by the preview when first asked for.
    """

    path: str
    origin: str
    data: bytes | Callable[[], bytes]


def site_files(site: Site, pages: Sequence[Page], static: Mapping[str, bytes],
               assets: Mapping[str, str], remember: Remember = make_now,
               lasting: Lasting = make_anew) -> list[SiteFile]:
    """Return every file of the site but its pages; static holds the theme's files by path,
    and assets the content-hashed names of its stylesheets and scripts. With `lasting`, what
    makes each search index is kept from build to build, and redoes only what changed."""
    # Each country's flag, and that of each part of one a list shows (England's, say).
    codes = {code for x in site.explainers for e in x.countries
             for code in (e.country.code, e.subdivision) if code}
    files = [SiteFile(flag_path(code, small), f"flag of {code}", flag) for code in sorted(codes)
             for small in (False, True) if (flag := geo.flag_svg(code, small=small)) is not None]
    unused = unused_scripts(site, assets)
    # From static/ or overrides/static/: the folder is not known here, the file's name is.
    files += [SiteFile(path, f"the static file {path}", data) for path, data in static.items()
              if path not in unused]
    files += search_index_files(site, pages, remember, lasting)
    if "robots.txt" not in static:
        files.append(SiteFile("robots.txt", "robots.txt", feeds.robots_txt(site)))
    if site.config.base_url:
        entries = sitemap_entries(pages)
        files.append(SiteFile(feeds.SITEMAP_FILE, "the sitemap",
                              lambda: feeds.sitemap(site, entries)))
    return files


def in_project(files: Iterable[SiteFile], inputs: Collection[str]) -> list[SiteFile]:
    """Return files with each static file named by the input it comes from, the user's
    override before the theme's: the file to rename when another source writes its path."""
    named = []
    for file in files:
        folders = [folder for folder in reversed(STATIC_FOLDERS)
                   if file.origin == f"the static file {file.path}"
                   and f"{folder}/{file.path}" in inputs]
        origin = folders[0] if folders and not folders[0].startswith(THEME) else ""
        named.append(file._replace(origin=f"{origin}/{file.path}") if origin else file)
    return named


def unused_scripts(site: Site, assets: Mapping[str, str]) -> set[str | None]:
    """Return the hashed names of the scripts no page of this site loads: the search page's
    without a search, and the embeddable pieces' without pieces."""
    unused = set() if site.config.search else {assets.get(search.SCRIPT)}
    return unused if site.config.embeddable else unused | {assets.get(EMBED_SCRIPT)}


def search_index_files(site: Site, pages: Iterable[Page], remember: Remember,
                       lasting: Lasting) -> list[SiteFile]:
    """Return the search index of every language whose search page names one."""
    explainers = {edition.folder: edition.explainers
                  for edition in site_editions(site, remember)}
    # The search pages alone have an index: their template is looked at first, as it is quick.
    return [SiteFile(path, f"the search index of {page.path}", data)
            for page in pages if page.template == SEARCH
            and isinstance(index := page.context.get("index"), search.SearchIndex)
            for path, data in lasting(f"search index {index.folder}", IndexMaker)
            .files(explainers[index.folder], index).items()]


def sitemap_entries(pages: Iterable[Page]) -> list[SitemapEntry]:
    """Return the pages a sitemap lists, each with its last change and its versions: not
    drafts, which a build with --drafts shows."""
    return [SitemapEntry(page.path, page.changed,
                         tuple((version.language, version.path) for version in page.versions))
            for page in pages if page.indexed and not (page.explainer and page.explainer.draft)]
