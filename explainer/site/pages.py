"""Every HTML page of a site: its path, template, objects and what it says about itself."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..content.model import Explainer, Site, Teaser
from .feeds import newest
from .listings import COUNTRIES_INDEX, TAGS_INDEX, CountryPage, TagPage, country_pages, tag_pages
from .meta import PageMeta, explainer_meta, not_found_meta, page_meta

NOT_FOUND = "404.html"


@dataclass(frozen=True)
class Page:
    """One page to render; `changed` is the last change of what it shows, for the sitemap."""

    path: str
    template: str
    origin: str
    meta: PageMeta
    context: dict[str, Any] = field(default_factory=dict)
    changed: date | None = None
    absolute: str | None = None
    in_sitemap: bool = True


def site_pages(site: Site, page_of: Callable[[Site, Teaser], Page]) -> list[Page]:
    """Return every page of the site in a fixed order: index, explainers, browse pages, 404.

    page_of makes the page of an explainer the site lists (see explainer_pages_of).
    """
    index, *others = listing_pages(site)
    return [index, *(page_of(site, teaser) for teaser in site.explainers), *others]


def listing_pages(site: Site) -> list[Page]:
    """Return the pages other than the explainers': index, browse pages, 404, in that order."""
    pages = [index_page(site, newest(site.explainers))]
    pages.extend(browse_pages(site))
    pages.append(not_found_page(site))
    return pages


def explainer_pages_of(explainers: Iterable[Explainer]) -> Callable[[Site, Teaser], Page]:
    """Return a page_of for site_pages that makes the pages of these explainers."""
    by_path = {explainer.display_path: explainer for explainer in explainers}
    return lambda site, teaser: explainer_page(site, by_path[teaser.display_path])


def sitemap_dates(pages: Iterable[Page]) -> dict[str, date | None]:
    """Return the pages a sitemap lists, each with the last change of what it shows."""
    return {page.path: page.changed for page in pages if page.in_sitemap}


def index_page(site: Site, changed: date | None) -> Page:
    """Return the front page, which lists every explainer."""
    config = site.config
    return Page("index.html", "index.html", "templates/index.html",
                page_meta(site, "index.html", config.title, config.description or config.title),
                changed=changed)


def not_found_page(site: Site) -> Page:
    """Return the page hosts show for a missing address."""
    # Hosts serve the 404 page at any address, so its links are absolute when they can be.
    return Page(NOT_FOUND, "404.html", "templates/404.html", not_found_meta(site),
                absolute=site.config.base_url, in_sitemap=False)


def explainer_page(site: Site, explainer: Explainer) -> Page:
    """Return an explainer's page; it depends on the explainer and the site's settings only."""
    return Page(explainer.url, "explainer.html", explainer.display_path,
                explainer_meta(site, explainer), {"explainer": explainer},
                changed=explainer.modified.first_day())


def browse_pages(site: Site) -> list[Page]:
    """Return the country and tag pages and their two index pages."""
    countries = country_pages(site.explainers)
    tags = tag_pages(site.explainers)
    changed = newest(site.explainers)
    return [countries_index(site, countries, changed), tags_index(site, tags, changed),
            *(country_page(site, country) for country in countries),
            *(tag_page(site, tag) for tag in tags)]


def countries_index(site: Site, countries: tuple[CountryPage, ...],
                    changed: date | None) -> Page:
    """Return the page that lists every country."""
    return Page(COUNTRIES_INDEX, "countries.html", "templates/countries.html",
                page_meta(site, COUNTRIES_INDEX, "Countries",
                          "The explainers by the countries they involve."),
                {"pages": countries}, changed=changed)


def tags_index(site: Site, tags: tuple[TagPage, ...], changed: date | None) -> Page:
    """Return the page that lists every tag."""
    return Page(TAGS_INDEX, "tags.html", "templates/tags.html",
                page_meta(site, TAGS_INDEX, "Tags", "The explainers by tag."),
                {"pages": tags}, changed=changed)


def country_page(site: Site, country: CountryPage) -> Page:
    """Return the page of one country."""
    explainers = [listing.explainer for listing in country.listings]
    return Page(country.url, "country.html", f"country {country.country.code}",
                page_meta(site, country.url, country.country.name,
                          f"Explainers that involve {country.country.name}."),
                {"page": country}, changed=newest(explainers))


def tag_page(site: Site, tag: TagPage) -> Page:
    """Return the page of one tag."""
    return Page(tag.url, "tag.html", f"tag '{tag.name}'",
                page_meta(site, tag.url, tag.name, f"Explainers tagged {tag.name}."),
                {"page": tag}, changed=newest(tag.explainers))
