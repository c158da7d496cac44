"""The pages to browse each language's explainers by: the index of countries, of tags and of
authors, and a list per country, per tag and per author, page by page, each with its feed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..content.model import Config, Site, Teaser
from .feeds import FeedLink, newest
from .lexicon import Lexicon
from .listings import (
    COUNTRIES_INDEX,
    TAGS,
    CountryPage,
    Edition,
    TagPage,
    edition_authors,
    edition_lists,
    name_lists,
    site_editions,
)
from .page import Page, Remember
from .paging import paginate
from .reuse import EXPORT
from .words import Words

# The lists a page's navigation offers, by the translation key of their index.
NAVIGATED = {COUNTRIES_INDEX: "countries", f"{TAGS}/index.html": TAGS}


def with_empty_lists(pages: list[Page]) -> list[Page]:
    """Tell each page which lists of its language name nothing yet (no explainer in French
    names a country), so that its navigation leaves them out. Their indexes are still
    written: an address once linked to still holds."""
    empty: dict[str, list[str]] = {}
    for page in pages:
        kind = NAVIGATED.get(page.translation_key or "")
        if kind is not None and not page.context.get("pages"):
            empty.setdefault(page.language, []).append(kind)
    return [replace(page, empty_lists=tuple(empty[page.language]))
            if page.language in empty else page for page in pages]


def browse_pages(site: Site, lexicon: Lexicon, remember: Remember) -> list[Page]:
    """Return, for each language, the index of countries, of tags and of authors, and a page
    per country, per tag and per author."""
    return [page for edition in site_editions(site, remember)
            for page in edition_browse_pages(edition, lexicon.words(edition.language),
                                             site.config, remember)]


def edition_browse_pages(edition: Edition, words: Words, config: Config,
                         remember: Remember) -> list[Page]:
    """Return the index of countries, tags and authors, and their pages, of one language's
    edition (an edition whose explainers name no author has no index of authors).

    The preview keeps each country's, tag's and author's pages while the explainers it lists
    stay the same: a retitle makes again only the lists that show the retitled explainer."""
    countries, tags = edition_lists(edition, words, remember)
    lists = {kind: tags if kind == TAGS else edition_authors(edition, config, remember)
             for kind in name_lists(config)}
    return [Page(edition.folder + COUNTRIES_INDEX, "countries.html", "templates/countries.html",
                 words.text("countries"), words.text("countries_description"),
                 edition.language, {"pages": countries}, changed=edition.changed,
                 translation_key=COUNTRIES_INDEX),
            *(names_index(edition, kind, listed, words) for kind, listed in lists.items()
              if listed or kind == TAGS),
            *(page for country in countries
              for page in remember(f"list {country.url}", (country, words, config),
                                   lambda c=country: country_page(c, words, config))),
            *(page for listed in lists.values() for name in listed
              for page in remember(f"list {name.url}", (name, words, config),
                                   lambda n=name: name_page(n, words, config)))]


def names_index(edition: Edition, kind: str, pages: tuple[TagPage, ...], words: Words) -> Page:
    """Return the index of a list of names (TAGS, AUTHORS) of one language's edition:
    `tags/index.html`, made with the template `tags.html` and the texts `tags` and
    `tags_description`."""
    index = f"{kind}/index.html"
    return Page(edition.folder + index, f"{kind}.html", f"templates/{kind}.html",
                words.text(kind), words.text(f"{kind}_description"), edition.language,
                {"pages": pages}, changed=edition.changed, translation_key=index)


def country_page(country: CountryPage, words: Words, config: Config) -> list[Page]:
    """Return the pages of one country's list, and its feed."""
    name = words.country(country.country)
    first = Page(country.url, "country.html", f"country {country.country.code}", name,
                 words.text("country_description", country=name), words.language,
                 {"country": country.country}, translation_key=country.country.url)
    return list_pages(first, country.listings,
                      tuple(listing.explainer for listing in country.listings), words, config)


def name_page(listed: TagPage, words: Words, config: Config) -> list[Page]:
    """Return the pages of one tag's or author's list, and its feed: made with the template
    `tag.html` (`author.html`), its name as `tag` (`author`) and the text `tag_description`
    (`author_description`)."""
    kind = listed.kind.removesuffix("s")
    first = Page(listed.url, f"{kind}.html", f"{kind} '{listed.name}'", listed.name,
                 words.text(f"{kind}_description", **{kind: listed.name}), words.language,
                 {kind: listed.name}, translation_key=listed.translation_key)
    return list_pages(first, listed.explainers, listed.explainers, words, config)


def list_pages(first: Page, items: Sequence[Any], explainers: tuple[Teaser, ...], words: Words,
               config: Config) -> list[Page]:
    """Return a country's, a tag's or an author's list page by page, and its Atom feed (made by
    feeds.list_feed()) on a site with a base URL. Each page holds what it shows, not the whole
    list: an explainer that changes its title makes only the page that shows it again."""
    title = f"{first.title} · {config.masthead(first.language).title}"
    feed = None if config.base_url is None else Page(
        first.path.removesuffix(".html") + ".xml", EXPORT + "feed",
        f"the Atom feed of {first.path}", title, first.description, first.language,
        {"list": first.path, "explainers": explainers}, indexed=False, on_demand=True)
    first = replace(first, context={**first.context,
                                    "feed": feed and FeedLink(feed.path, first.title)},
                    changed=newest(explainers))
    return [*paged(first, items, config.page_size, words), *filter(None, [feed])]


def paged(first: Page, items: Sequence[Any], size: int, words: Words) -> list[Page]:
    """Return a list's pages: the first page's, split into pages of `size` items.

    Each page has its `paging` (see paging.py); the pages after the first say their number
    in their title. All show the same last change: a new explainer moves every page's items.
    """
    return [replace(first, path=paging.path, context={**first.context, "paging": paging},
                    translation_key=first.translation_key if paging.number == 1 else None,
                    title=first.title if paging.number == 1 else words.text(
                        "paged_title", title=first.title, number=words.number(paging.number),
                        total=words.number(paging.count)))
            for paging in paginate(items, first.path, size)]
