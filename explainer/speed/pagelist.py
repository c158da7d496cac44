"""The pages of a site kept between rebuilds of the preview, remade only where an edit reaches.

A full build lists its pages with pages.site_pages. The preview keeps a PageList as long as its
settings stay the same: after an edit it finds the explainers that left or joined the site (an
explainer that did not change is the very object it was), remakes the pages of their countries
and tags, and keeps every other country and tag page. The list it returns is the one site_pages
would make, in the same order. It reads the explainers only through what list pages show (url,
dates, countries, tags, display_path).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from ..content.model import Site, Teaser
from ..site.feeds import newest
from ..site.listings import CountryPage, TagPage, country_pages, tag_pages, tag_slug
from ..site.pages import (
    Page,
    countries_index,
    country_page,
    index_page,
    not_found_page,
    tag_page,
    tags_index,
)

PageOf = Callable[[Site, Teaser], Page]
L = TypeVar("L", CountryPage, TagPage)


@dataclass(frozen=True)
class Facets:
    """What puts an explainer on browse pages: its country codes and its tags' slugs."""

    countries: frozenset[str]
    tags: frozenset[str]

    @classmethod
    def of(cls, explainer: Teaser) -> Facets:
        """Return the countries and tags an explainer is listed under."""
        return cls(frozenset(entry.country.code for entry in explainer.countries),
                   frozenset(tag_slug(tag) for tag in explainer.tags))


class PageList:
    """Every page of a site, with its country and tag pages by code and slug."""

    def __init__(self, site: Site, page_of: PageOf) -> None:
        self.page_of = page_of
        self.shown: dict[str, tuple[Teaser, Facets]] = {}
        self.country_members: dict[str, set[str]] = {}
        self.tag_members: dict[str, set[str]] = {}
        self.countries: dict[str, tuple[CountryPage, Page]] = {}
        self.tags: dict[str, tuple[TagPage, Page]] = {}
        self.lists: list[Page] = []  # every page but the explainers' own
        self.pages: list[Page] = []
        self.update(site)

    def update(self, site: Site) -> list[Page]:
        """Return the pages of site, remaking those of the explainers that changed."""
        shown = {explainer.display_path: explainer for explainer in site.explainers}
        changed = [path for path in self.shown.keys() | shown.keys()
                   if self.shown.get(path, (None,))[0] is not shown.get(path)]
        codes: set[str] = set()
        slugs: set[str] = set()
        for path in changed:
            old = self.shown.pop(path, None)
            if old is not None:
                self.leave(path, old[1], codes, slugs)
            if path in shown:
                facets = Facets.of(shown[path])
                self.shown[path] = (shown[path], facets)
                self.join(path, facets, codes, slugs)
        if changed or not self.lists:
            self.lists = self.remake(site, codes, slugs)
        # The explainers' own pages are asked for every time: an explainer's text may have
        # changed while its teaser, and so every list, stayed the same.
        first, *others = self.lists
        self.pages = [first, *(self.page_of(site, teaser) for teaser in site.explainers), *others]
        return self.pages

    def leave(self, path: str, facets: Facets, codes: set[str], slugs: set[str]) -> None:
        """Take an explainer off its country and tag lists."""
        for code in facets.countries:
            self.country_members[code].discard(path)
        for slug in facets.tags:
            self.tag_members[slug].discard(path)
        codes.update(facets.countries)
        slugs.update(facets.tags)

    def join(self, path: str, facets: Facets, codes: set[str], slugs: set[str]) -> None:
        """Put an explainer on its country and tag lists."""
        for code in facets.countries:
            self.country_members.setdefault(code, set()).add(path)
        for slug in facets.tags:
            self.tag_members.setdefault(slug, set()).add(path)
        codes.update(facets.countries)
        slugs.update(facets.tags)

    def remake(self, site: Site, codes: set[str], slugs: set[str]) -> list[Page]:
        """Remake the pages of the given countries and tags; return every page but the
        explainers' own, in the order of the site's pages."""
        made_countries = country_pages(self.members(site, self.country_members, codes))
        replace_listings(self.countries, self.country_members, codes,
                         {made.country.code: made for made in made_countries},
                         lambda made: country_page(site, made))
        made_tags = tag_pages(self.members(site, self.tag_members, slugs))
        replace_listings(self.tags, self.tag_members, slugs,
                         {made.slug: made for made in made_tags}, lambda made: tag_page(site, made))
        countries = sorted(self.countries.values(), key=lambda known: known[0].country.sort_key)
        tags = sorted(self.tags.values(), key=lambda known: (known[0].name.casefold(),
                                                              known[0].slug))
        changed = newest(site.explainers)
        return [index_page(site, changed),
                countries_index(site, tuple(known[0] for known in countries), changed),
                tags_index(site, tuple(known[0] for known in tags), changed),
                *(known[1] for known in countries), *(known[1] for known in tags),
                not_found_page(site)]

    @staticmethod
    def members(site: Site, members: dict[str, set[str]],
                keys: Iterable[str]) -> tuple[Teaser, ...]:
        """Return, in the site's order, every explainer listed under one of keys."""
        paths: set[str] = set()
        for key in keys:
            paths |= members.get(key, set())
        return tuple(e for e in site.explainers if e.display_path in paths)

    def country_codes(self) -> list[str]:
        """Return the codes of the countries that have a page, sorted."""
        return sorted(self.countries)


def replace_listings(kept: dict[str, tuple[L, Page]], members: dict[str, set[str]],
                     keys: set[str], made: dict[str, L], page: Callable[[L], Page]) -> None:
    """Put the listings made for keys in place, with their pages; drop those left empty."""
    for key in keys:
        if members.get(key):
            kept[key] = (made[key], page(made[key]))
        else:
            kept.pop(key, None)
            members.pop(key, None)
