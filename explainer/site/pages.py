"""Every page of a site, by kind (a page itself is described in page.py).

Each kind of page is made by one function of the site, listed in PAGE_TYPES: `build`, `check`
and the preview all take their pages from site_pages(), so a new kind of page is added here
(with its template) and nowhere else. Each is also handed `remember`, with which the preview
keeps what an earlier build made of an unchanged part of the site (a build makes it anew).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from ..content.model import Site, Teaser
from .browse import browse_pages, paged, with_empty_lists
from .feeds import feed_pages
from .lexicon import Lexicon
from .listings import AUTHORS, TAGS, edition_lists, explainer_slugs, site_editions
from .meta import absolute_url, translation
from .page import Page, Remember, Source, Version, made_from, make_now, with_versions
from .related import related_by_language
from .reuse import EXPORT, INDEX, DataFile, Reuse, data_files, piece_path, reuse_of
from .search import SearchIndex

NOT_FOUND = "404.html"
MOVED = "moved.html"  # the template of a page at an address an explainer had before
SEARCH = "search.html"  # the search page's name, and its template's
def index_pages(site: Site, lexicon: Lexicon, remember: Remember) -> list[Page]:
    """Return the front page of each language, which lists its explainers page by page."""
    config = site.config
    pages = []
    for edition in site_editions(site, remember):
        masthead = config.masthead(edition.language)
        first = Page(edition.folder + "index.html", "index.html", "templates/index.html",
                     masthead.title, masthead.description or masthead.title, edition.language,
                     changed=edition.changed, translation_key="index.html")
        pages += paged(first, edition.explainers, config.page_size,
                       lexicon.words(edition.language))
    return pages


def explainer_pages(site: Site, lexicon: Lexicon, remember: Remember) -> list[Page]:
    """Return a page for every explainer the site lists, in its own language, with its related
    explainers (of the same language), each followed by its data files and embeddable pieces
    (made from the same explainer, they are best rendered one after the other).

    The preview keeps each explainer's pages while all they are made from stays the same: the
    very same pages tell it at once that they need no rendering."""
    pages = []
    for teaser, others, tags, authors in zip(
            site.explainers, related_by_language(site.explainers, remember),
            explainer_slugs(site, TAGS, remember), explainer_slugs(site, AUTHORS, remember),
            strict=True):
        media, words = media_context(site, teaser), lexicon.words(teaser.language)
        source = Source((teaser.display_path, "pages"), (
            teaser, others, tags, authors, media, site.config, words))
        pages += made_from(remember, source, explainer_group)
    return pages


def explainer_group(source: Source) -> list[Page]:
    """Return an explainer's page, then its data files and pieces, made from the explainer,
    the explainers related to it, its tags' and its authors' pages, its pictures, the settings
    and its words."""
    teaser, others, tags, authors, media, config, words = source.inputs
    reuse = reuse_of(config, teaser, words)
    page = Page(teaser.url, "explainer.html", teaser.display_path, teaser.title, teaser.dek,
                teaser.language, {**media, "related": others, "reuse": reuse,
                                  "tag_slugs": dict(tags), "author_slugs": dict(authors)},
                explainer=teaser,
                changed=teaser.modified.latest(config.zone),
                translation_key="explainer " + teaser.translation_key, source=source)
    # A copy of each data file under each slug the page had before (its `aliases`): a script
    # that fetches a file cannot follow a page that sends a browser on. Made from the explainer
    # as the files are, a copy is their bytes (see docs/reusing.md).
    former = [file for alias in teaser.aliases for file in data_files(config, teaser, alias)]
    # They are made without the related explainers: an edit of one of those leaves them be.
    alone = replace(page, source=Source((teaser.display_path, "files"),
                                        (teaser, media, config, words)))
    return [page, *reused_pages(alone, reuse, config.base_url is not None),
            *data_pages(alone, former)]


def media_context(site: Site, teaser: Teaser) -> dict[str, Any]:
    """Return the sizes of an explainer's pictures and what it shares, for its template."""
    context: dict[str, Any] = {}
    pictures = site.media.pictures.get(teaser.display_path)
    if pictures:
        context["pictures"] = pictures
    share = site.media.shares.get(teaser.display_path)
    if share is not None:
        context["share"] = share
    return context


def reused_pages(page: Page, reuse: Reuse, oembed: bool) -> list[Page]:
    """Return the pages an explainer's page offers for reuse elsewhere, in its language: its
    data files, its pieces and, with a base URL, the pieces' oEmbed answers. None is for search
    engines, and none has versions in other languages."""
    pages = data_pages(page, reuse.data)
    for piece in reuse.pieces:
        pages.append(derived(page, piece.path, "embed.html", piece.title, {"piece": piece}))
        if oembed:
            pages.append(derived(page, piece.oembed, EXPORT + "oembed", piece.title,
                                 {"piece": piece}))
    return pages


def data_pages(page: Page, files: Iterable[DataFile]) -> list[Page]:
    """Return the pages of an explainer's data files, each made by its exporter."""
    # The data files give the address of the lead image: the sizes of its pictures.
    media = {"pictures": page.context["pictures"]} if "pictures" in page.context else {}
    return [derived(page, file.path, EXPORT + file.name, page.title, media) for file in files]


def derived(page: Page, path: str, template: str, title: str,
            context: Mapping[str, Any]) -> Page:
    """Return a page made from an explainer's page for reuse elsewhere."""
    # Made whole rather than with replace(): a thousand explainers have eight thousand.
    return Page(path, template, page.origin, title, page.description, page.language, context,
                page.explainer, absolute=page.absolute, indexed=False, on_demand=True,
                source=page.source)


def moved_pages(site: Site, lexicon: Lexicon, remember: Remember) -> list[Page]:
    """Return a page at each address an explainer had under a slug its page had before (its
    `aliases`), and at each of its pieces' then, whose codes other sites may have pasted: each
    sends the reader on to the address now. None is for search engines. A piece's names its
    oEmbed answer now, for the systems that read oEmbed, which follow no page's redirect."""
    config = site.config
    pages = []
    for teaser in site.explainers:
        pieces = reuse_of(config, teaser, lexicon.words(teaser.language)).pieces \
            if teaser.aliases else ()
        for alias in teaser.aliases:
            moves = [(f"{teaser.folder}{alias}.html", teaser.url, None)] + [
                (piece_path(teaser, piece.kind, alias), piece.path,
                 absolute_url(config, piece.oembed)) for piece in pieces]
            pages += [Page(old, MOVED, teaser.display_path, teaser.title, teaser.dek,
                           teaser.language, {"target": new, "oembed": oembed,
                                             "canonical": absolute_url(config, new)},
                           indexed=False, on_demand=True) for old, new, oembed in moves]
    return pages


def data_index_pages(site: Site, lexicon: Lexicon, remember: Remember) -> list[Page]:
    """Return the index of every explainer and its data files, as JSON."""
    config = site.config
    if not config.data_files:
        return []
    return [Page(INDEX, EXPORT + "index", "the index of the data files", config.title,
                 config.description or config.title, config.language, indexed=False,
                 on_demand=True)]


def search_pages(site: Site, lexicon: Lexicon, remember: Remember) -> list[Page]:
    """Return the search page of each language, which searches that language's explainers and
    lists its countries and tags for browsers without scripts.

    Search engines have nothing to find there: it is left out of the sitemap. A site with
    `search: false` has none."""
    if not site.config.search:
        return []
    pages = []
    for edition in site_editions(site, remember):
        words = lexicon.words(edition.language)
        # Addresses and names only: an edit that keeps an explainer's countries and tags
        # leaves the page as it was.
        country_lists, tag_lists = edition_lists(edition, words, remember)
        countries = tuple((page.url, page.country) for page in country_lists)
        tags = tuple((page.url, page.name) for page in tag_lists)
        index = SearchIndex(edition.folder, tuple((country.code, words.country_names(country))
                                                  for _, country in countries), words,
                            site.config.zone)
        pages.append(Page(edition.folder + SEARCH, SEARCH, "templates/search.html",
                          words.text("search"), words.text("search_description"),
                          edition.language, {"countries": countries, "tags": tags,
                                             "index": index},
                          indexed=False, translation_key=SEARCH))
    return pages


def not_found_pages(site: Site, lexicon: Lexicon, remember: Remember) -> list[Page]:
    """Return the page hosts show for a missing address, in the site's language, with the
    front page of each other language, named in its own: the reader may have lost one of its
    pages. They are no versions of the page: a search engine is told of none."""
    config = site.config
    words = lexicon.words(config.language)
    # Hosts serve the 404 page at any address, so its links are absolute when they can be.
    page = Page(NOT_FOUND, "404.html", "templates/404.html", words.text("page_not_found"),
                words.text("not_found_description"), words.language,
                absolute=config.base_url, indexed=False)
    fronts = tuple(translation(config, Version(edition.language, edition.folder + "index.html"),
                               lexicon, page, article=False)
                   for edition in site_editions(site, remember)[1:])
    return [replace(page, context={"front_pages": fronts})]


# The kinds of page, in the order the site lists them (the sitemap keeps this order).
PAGE_TYPES: tuple[Callable[[Site, Lexicon, Remember], list[Page]], ...] = (
    index_pages, explainer_pages, moved_pages, data_index_pages, browse_pages, search_pages,
    not_found_pages, feed_pages)


def site_pages(site: Site, lexicon: Lexicon, remember: Remember = make_now) -> list[Page]:
    """Return every page of the site, in a fixed order, each with its other languages'."""
    pages = with_empty_lists([page for pages_of in PAGE_TYPES
                              for page in pages_of(site, lexicon, remember)])
    languages = len(site_editions(site, remember))
    return with_versions(pages) if languages > 1 else pages  # one language: none

