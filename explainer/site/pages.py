"""Every page of a site: its path, its template, the objects it shows and what it says of itself.

Each kind of page is made by one function of the site, listed in PAGE_TYPES: `build`, `check`
and the preview all take their pages from site_pages(), so a new kind of page is added here
(with its template) and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..content.model import Site, Teaser
from .feeds import SitemapEntry, newest
from .listings import (
    COUNTRIES_INDEX,
    TAGS_INDEX,
    CountryPage,
    Edition,
    TagPage,
    country_pages,
    editions,
    tag_pages,
)
from .words import Lexicon, Words

NOT_FOUND = "404.html"


@dataclass(frozen=True)
class Version:
    """A page in one language: the same page in another language, or the page itself."""

    language: str
    path: str


@dataclass(frozen=True)
class Page:
    """One page to render.

    `explainer` names the explainer an explainer's page shows: the page is rendered with it
    whole. `changed` is the last change of what the page shows, for the sitemap; `absolute`
    prefixes the page's links instead of making them relative (for pages a host serves at any
    address); a page not `indexed` has no canonical address and is kept out of the sitemap and
    of search results. Pages with the same `translation_key` are one page in several languages:
    each has them all as its `versions`, by language.
    """

    path: str
    template: str
    origin: str  # where the page comes from, for messages
    title: str
    description: str
    language: str  # the tag of the language it is written in
    context: Mapping[str, Any] = field(default_factory=dict)
    explainer: Teaser | None = None
    changed: date | None = None
    absolute: str | None = None
    indexed: bool = True
    translation_key: str | None = None
    versions: tuple[Version, ...] = ()  # none unless it has another language's version


def index_pages(site: Site, lexicon: Lexicon) -> list[Page]:
    """Return the front page of each language, which lists its explainers."""
    config = site.config
    return [Page(edition.folder + "index.html", "index.html", "templates/index.html",
                 config.title, config.description or config.title, edition.language,
                 {"explainers": edition.explainers}, changed=newest(edition.explainers),
                 translation_key="index.html")
            for edition in editions(site)]


def explainer_pages(site: Site, lexicon: Lexicon) -> list[Page]:
    """Return a page for every explainer the site lists."""
    return [Page(teaser.url, "explainer.html", teaser.display_path, teaser.title, teaser.dek,
                 teaser.language, explainer=teaser, changed=teaser.modified.first_day(),
                 translation_key="explainer " + teaser.translation_key)
            for teaser in site.explainers]


def browse_pages(site: Site, lexicon: Lexicon) -> list[Page]:
    """Return, for each language, the index of countries, the index of tags, and a page per
    country and per tag."""
    return [page for edition in editions(site)
            for page in edition_browse_pages(edition, lexicon.words(edition.language))]


def edition_browse_pages(edition: Edition, words: Words) -> list[Page]:
    """Return the index of countries and tags, and their pages, of one language's edition."""
    folder, language = edition.folder, edition.language
    countries = country_pages(edition.explainers, words.country, folder)
    tags = tag_pages(edition.explainers, folder)
    changed = newest(edition.explainers)
    return [Page(folder + COUNTRIES_INDEX, "countries.html", "templates/countries.html",
                 words.text("countries"), words.text("countries_description"), language,
                 {"pages": countries}, changed=changed, translation_key=COUNTRIES_INDEX),
            Page(folder + TAGS_INDEX, "tags.html", "templates/tags.html", words.text("tags"),
                 words.text("tags_description"), language, {"pages": tags}, changed=changed,
                 translation_key=TAGS_INDEX),
            *(country_page(country, words) for country in countries),
            *(tag_page(tag, words) for tag in tags)]


def country_page(country: CountryPage, words: Words) -> Page:
    """Return the page of one country."""
    name = words.country(country.country)
    return Page(country.url, "country.html", f"country {country.country.code}", name,
                words.text("country_description", country=name), words.language,
                {"page": country},
                changed=newest(listing.explainer for listing in country.listings),
                translation_key=country.country.url)


def tag_page(tag: TagPage, words: Words) -> Page:
    """Return the page of one tag."""
    return Page(tag.url, "tag.html", f"tag '{tag.name}'", tag.name,
                words.text("tag_description", tag=tag.name), words.language, {"page": tag},
                changed=newest(tag.explainers), translation_key=tag.url[len(tag.folder):])


def not_found_pages(site: Site, lexicon: Lexicon) -> list[Page]:
    """Return the page hosts show for a missing address, in the site's language."""
    words = lexicon.words(site.config.language)
    # Hosts serve the 404 page at any address, so its links are absolute when they can be.
    return [Page(NOT_FOUND, "404.html", "templates/404.html", words.text("page_not_found"),
                 words.text("not_found_description"), words.language,
                 absolute=site.config.base_url, indexed=False)]


# The kinds of page, in the order the site lists them (the sitemap keeps this order).
PAGE_TYPES: tuple[Callable[[Site, Lexicon], list[Page]], ...] = (
    index_pages, explainer_pages, browse_pages, not_found_pages)
# Site paths that only these pages may take: an explainer's slug must not land on one.
RESERVED = frozenset({"index.html", NOT_FOUND})


def site_pages(site: Site, lexicon: Lexicon) -> list[Page]:
    """Return every page of the site, in a fixed order, each with its other languages'."""
    return with_versions([page for pages_of in PAGE_TYPES for page in pages_of(site, lexicon)])


def with_versions(pages: list[Page]) -> list[Page]:
    """Give the pages that exist in several languages each other as versions."""
    found: dict[str, list[Version]] = {}
    for page in pages:
        if page.translation_key is not None:
            found.setdefault(page.translation_key, []).append(Version(page.language, page.path))
    versions = {key: tuple(sorted(group, key=lambda version: version.language))
                for key, group in found.items() if len(group) > 1}
    return [replace(page, versions=versions[page.translation_key])
            if page.translation_key in versions else page for page in pages]


def sitemap_entries(pages: Iterable[Page]) -> list[SitemapEntry]:
    """Return the pages a sitemap lists, each with its last change and its versions."""
    return [SitemapEntry(page.path, page.changed,
                         tuple((version.language, version.path) for version in page.versions))
            for page in pages if page.indexed]
