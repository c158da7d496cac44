"""Browse by language, by country and by tag: which explainers each list of explainers shows.

Each language the explainers are written in has its edition: its own front page, country and
tag pages, listing only its explainers. The site's language has the top of the site, the others
a folder each ('fr/'), so that a reader who follows the lists stays in one language.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from ..content.languages import language_folder
from ..content.model import Country, Part, Site, Teaser
from .alphabets import sort_key
from .tagslugs import tag_key, tag_slugs

if TYPE_CHECKING:
    from .page import Remember
    from .words import Words

COUNTRIES_INDEX = "countries/index.html"


@dataclass(frozen=True)
class Edition:
    """The explainers written in one language, and the folder of the pages that list them."""

    language: str
    folder: str  # '' for the site's language, else such as 'fr/'
    explainers: tuple[Teaser, ...]  # newest first

    @functools.cached_property
    def changed(self) -> date | None:
        """Return the latest publication or update day of its explainers, if any."""
        from .feeds import newest  # not above: a build that finds nothing changed loads neither

        return newest(self.explainers)


def site_editions(site: Site, remember: Remember) -> tuple[Edition, ...]:
    """Return editions(site), which the preview keeps while the list of explainers is the
    same: several kinds of page and file go by edition."""
    return remember("editions", (site.config.language, site.explainers),
                    lambda: editions(site))


def editions(site: Site) -> tuple[Edition, ...]:
    """Return the site's language's edition (even with no explainer), then the others'."""
    site_language = site.config.language
    by_language: dict[str, list[Teaser]] = {site_language: []}
    for explainer in site.explainers:
        by_language.setdefault(explainer.language, []).append(explainer)
    languages = [site_language, *sorted(by_language.keys() - {site_language})]
    return tuple(Edition(language, language_folder(language, site_language),
                         tuple(by_language[language])) for language in languages)


class CountryListing(NamedTuple):
    """One explainer on a country's page, with the parts the country plays in it (a tuple:
    a site of 10,000 explainers makes about 100,000 of these on each build)."""

    explainer: Teaser
    roles: tuple[str, ...]  # as written, in the order of the story's groups


@dataclass(frozen=True)
class CountryPage:
    """A country and the explainers that involve it, newest first."""

    country: Country
    listings: tuple[CountryListing, ...]
    folder: str = ""  # of its edition

    @property
    def url(self) -> str:
        """Return the site path of the page."""
        return self.folder + self.country.url


@dataclass(frozen=True)
class TagPage:
    """A tag and the explainers that carry it, newest first."""

    name: str
    slug: str
    explainers: tuple[Teaser, ...]
    folder: str = ""  # of its edition

    @property
    def url(self) -> str:
        """Return the site path of the page."""
        return f"{self.folder}tags/{self.slug}.html"

    @property
    def translation_key(self) -> str:
        """Return what its pages in other languages share: the tag, not its page's name (C#
        is tags/c.html in a language with no tag C, else tags/c-sharp.html)."""
        return "tag " + tag_key(self.name)


# An explainer's place in its edition's list, with its roles in a country's story.
Places = tuple[tuple[int, tuple[str, ...]], ...]


def country_places(parts: tuple[tuple[Part, ...], ...], name: Callable[[Country], str],
                   language: str) -> tuple[tuple[Country, Places], ...]:
    """Return every country in the explainers' parts (one tuple of them per explainer, newest
    first), sorted by name() as readers of the language do, each with the places of its
    explainers."""
    countries: dict[str, Country] = {}
    places: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for place, own in enumerate(parts):
        for country, roles in own:
            countries.setdefault(country.code, country)
            places.setdefault(country.code, []).append((place, roles))
    return tuple((country, tuple(places[country.code]))
                 for country in by_name(countries, name, language))


def country_list(country: Country, places: Places, explainers: tuple[Teaser, ...],
                 folder: str) -> CountryPage:
    """Return a country's page, listing the explainers at its places."""
    return CountryPage(country, tuple(CountryListing(explainers[place], roles)
                                      for place, roles in places), folder)


def by_name(countries: dict[str, Country], name: Callable[[Country], str],
            language: str) -> tuple[Country, ...]:
    """Return countries (by code) sorted by name() as readers of the language look them up
    (alphabets.py), then by code."""
    return tuple(countries[code] for code in
                 sorted(countries, key=lambda c: (sort_key(name(countries[c]), language), c)))


def tag_places(tags: tuple[tuple[str, ...], ...], language: str
               ) -> tuple[tuple[str, str, tuple[int, ...]], ...]:
    """Return every tag of the explainers (one tuple of them per explainer, newest first) as
    its name, slug and the places of its explainers, sorted by name as readers of the language
    look it up; the first spelling wins."""
    slugs = tag_slugs((tag for own in tags for tag in own), language)
    names: dict[str, str] = {}
    places: dict[str, list[int]] = {}
    for place, own in enumerate(tags):
        keys = {tag_key(tag, language): tag for tag in reversed(own)}
        for tag in sorted(keys.values(), key=slugs.__getitem__):
            names.setdefault(slugs[tag], tag)
            places.setdefault(slugs[tag], []).append(place)
    return tuple((names[slug], slug, tuple(places[slug]))
                 for slug in sorted(names, key=lambda s: (sort_key(names[s], language), s)))


def explainer_tag_slugs(site: Site, remember: Remember) -> list[tuple[tuple[str, str], ...]]:
    """Return, for each explainer of the site, each of its tags with the name of its page,
    named among the tags of its language: its page is made from them, as another explainer's
    new tag may move one (C# from tags/c.html to tags/c-sharp.html, beside a new tag C)."""
    slugs = {edition.folder: edition_tag_slugs(edition, remember)
             for edition in site_editions(site, remember)}
    return [tuple((tag, slugs[teaser.folder][tag]) for tag in teaser.tags)
            for teaser in site.explainers]


def edition_tag_slugs(edition: Edition, remember: Remember) -> dict[str, str]:
    """Return the name of the page of each tag of an edition's explainers, by spelling (kept
    by the preview while the explainers' tags are the same)."""
    tags = tuple(explainer.tags for explainer in edition.explainers)
    return remember(f"tag slugs of {edition.folder}", (tags, edition.language),
                    lambda: tag_slugs((tag for own in tags for tag in own), edition.language))


def edition_lists(edition: Edition, words: Words, remember: Remember
                  ) -> tuple[tuple[CountryPage, ...], tuple[TagPage, ...]]:
    """Return the countries and the tags of an edition's explainers, each with its list
    (the browse pages and the search page show them: a build groups them once)."""
    return remember(f"lists of {edition.folder}", (edition.explainers, words),
                    lambda: (edition_countries(edition, words, remember),
                             edition_tags(edition, remember)))


def edition_countries(edition: Edition, words: Words, remember: Remember
                      ) -> tuple[CountryPage, ...]:
    """Return the countries of an edition's explainers, each with its list.

    The preview groups the explainers again only when their countries or roles change, and
    keeps each list while it shows the very same explainers: after a retitle, only the lists
    that show the explainer are new objects."""
    explainers, folder = edition.explainers, edition.folder
    parts = tuple(explainer.parts for explainer in explainers)
    pages = []
    for country, places in remember(f"countries of {folder}", (parts, words),
                                    lambda: country_places(parts, words.country,
                                                           edition.language)):
        shown = tuple([explainers[place] for place, _ in places])
        pages.append(remember(f"list of {folder}{country.code}", (country, places, shown),
                              lambda c=country, p=places: country_list(c, p, explainers,
                                                                       folder)))
    return tuple(pages)


def edition_tags(edition: Edition, remember: Remember) -> tuple[TagPage, ...]:
    """Return the tags of an edition's explainers, each with its list (kept as the countries'
    are, see edition_countries())."""
    explainers, folder = edition.explainers, edition.folder
    tags = tuple(explainer.tags for explainer in explainers)
    pages = []
    for name, slug, places in remember(f"tags of {folder}", (tags, edition.language),
                                       lambda: tag_places(tags, edition.language)):
        shown = tuple([explainers[place] for place in places])
        pages.append(remember(f"list of {folder}tag {slug}", (name, shown),
                              lambda n=name, s=slug, e=shown: TagPage(n, s, e, folder)))
    return tuple(pages)
