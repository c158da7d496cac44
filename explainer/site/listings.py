"""Browse by language, by country, by tag and by author: which explainers each list shows.

Each language the explainers are written in has its edition: its own front page, country, tag
and author pages, listing only its explainers. The site's language has the top of the site,
the others a folder each ('fr/'), so that a reader who follows the lists stays in one language.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from ..content.languages import language_folder
from ..content.model import Config, Country, Part, Site, Teaser
from .alphabets import sort_key
from .tagslugs import tag_key, tag_slugs

if TYPE_CHECKING:
    from .page import Remember
    from .words import Words

COUNTRIES_INDEX = "countries/index.html"
# The lists of names, each a folder of pages: an explainer's tags, and who wrote it (its byline,
# or else the site's author). Their pages are named alike (tagslugs.py), and made alike.
TAGS, AUTHORS = "tags", "authors"


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
    """A name of a list of names (a tag, or an author) and the explainers listed under it,
    newest first."""

    name: str
    slug: str
    explainers: tuple[Teaser, ...]
    folder: str = ""  # of its edition
    kind: str = TAGS  # the list it is of: TAGS or AUTHORS

    @property
    def url(self) -> str:
        """Return the site path of the page."""
        return list_path(self.folder, self.kind, self.slug)

    @property
    def translation_key(self) -> str:
        """Return what its pages in other languages share: the name, not its page's name (C#
        is tags/c.html in a language with no tag C, else tags/c-sharp.html)."""
        return f"{self.kind.removesuffix('s')} {tag_key(self.name)}"


def list_path(folder: str, kind: str, slug: str) -> str:
    """Return the site path of the page of a name of a list (TAGS, AUTHORS) in an edition."""
    return f"{folder}{kind}/{slug}.html"


def name_lists(config: Config) -> tuple[str, ...]:
    """Return the lists of names the site has pages for: its tags, and its authors' unless
    `author_pages: false`."""
    return (TAGS, AUTHORS) if config.author_pages else (TAGS,)


def listed_names(config: Config, kind: str, explainer: Teaser) -> tuple[str, ...]:
    """Return the names an explainer is listed under in a list of names: its tags, or who
    wrote it."""
    return explainer.tags if kind == TAGS else config.authors(explainer.byline)


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


def explainer_slugs(site: Site, kind: str, remember: Remember
                    ) -> list[tuple[tuple[str, str], ...]]:
    """Return, for each explainer of the site, each of its names in a list of names (TAGS,
    AUTHORS) with the name of its page, named among the names of its language (none on a site
    without that list): its page is made from them, as another explainer's new tag may move
    one (C# from tags/c.html to tags/c-sharp.html, beside a new tag C)."""
    config = site.config
    if kind not in name_lists(config):
        return [() for _ in site.explainers]
    slugs = {edition.folder: edition_slugs(edition, kind, config, remember)
             for edition in site_editions(site, remember)}
    return [tuple((name, slugs[teaser.folder][name])
                  for name in listed_names(config, kind, teaser)) for teaser in site.explainers]


def edition_slugs(edition: Edition, kind: str, config: Config, remember: Remember
                  ) -> dict[str, str]:
    """Return the name of the page of each name of an edition's explainers in a list of
    names, by spelling (kept by the preview while the explainers' names are the same)."""
    names = tuple(listed_names(config, kind, explainer) for explainer in edition.explainers)
    return remember(f"{kind} slugs of {edition.folder}", (names, edition.language),
                    lambda: tag_slugs((name for own in names for name in own),
                                      edition.language))


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
    """Return the tags of an edition's explainers, each with its list."""
    return edition_names(edition, TAGS, tuple(explainer.tags for explainer in
                                              edition.explainers), remember)


def edition_authors(edition: Edition, config: Config, remember: Remember
                    ) -> tuple[TagPage, ...]:
    """Return who wrote an edition's explainers, each with the list of their explainers."""
    return edition_names(edition, AUTHORS, tuple(listed_names(config, AUTHORS, explainer)
                                                 for explainer in edition.explainers), remember)


def edition_names(edition: Edition, kind: str, names: tuple[tuple[str, ...], ...],
                  remember: Remember) -> tuple[TagPage, ...]:
    """Return the names of an edition's explainers in a list of names (`names`: each
    explainer's), each with its list (kept as the countries' are, see edition_countries())."""
    explainers, folder = edition.explainers, edition.folder
    pages = []
    for name, slug, places in remember(f"{kind} of {folder}", (names, edition.language),
                                       lambda: tag_places(names, edition.language)):
        shown = tuple([explainers[place] for place in places])
        pages.append(remember(f"list of {folder}{kind} {slug}", (name, shown),
                              lambda n=name, s=slug, e=shown: TagPage(n, s, e, folder, kind)))
    return tuple(pages)
