"""A page of the site: its path, its template, the objects it shows and what it says of itself.

The page types of pages.py make them; the renderer renders each with its template. Each page
type is handed `remember`, with which the preview keeps what an earlier build made of an
unchanged part of the site (a build makes it anew).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..content.model import Teaser

# remember(name, key, make): what make() made for an equal key in an earlier build, else make();
# a name (input file, what) is forgotten with the file.
Remember = Callable[[Hashable, Hashable, Callable[[], Any]], Any]


def make_now(name: Hashable, key: Hashable, make: Callable[[], Any]) -> Any:
    """Remember nothing: make it."""
    return make()


# Hands out an object that lasts from build to build, by name (see Memo.lasting).
Lasting = Callable[[str, Callable[[], Any]], Any]


def make_anew(name: str, make: Callable[[], Any]) -> Any:
    """Keep nothing from build to build: make it."""
    return make()


@dataclass(frozen=True)
class Source:
    """All that a group of pages is made from (with what every page shares: the templates,
    strings and settings): the pages are a function of `inputs` alone. `name` tells the group
    apart from others. The preview keeps a group's pages while its inputs stay the same; the
    build cache keys each of its pages by a hash of the inputs and the page's own fields."""

    name: Hashable
    inputs: tuple[Any, ...]


def made_from(remember: Remember, source: Source,
              make: Callable[[Source], list[Page]]) -> list[Page]:
    """Return the pages make() makes from a source, or those it made in an earlier build."""
    return remember(source.name, source.inputs, lambda: make(source))  # type: ignore[no-any-return]


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
    each has them all as its `versions`, by language. `empty_lists` names the lists of its
    language (of countries, of tags) that have nothing in them yet: its navigation leaves them
    out. A page `on_demand` is one that no other
    page shows and that few open in the preview (a data file, an embeddable piece, a list's
    feed): the preview makes it when first asked for. A page made with others from one
    `source` (see Source) has its context made from it.
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
    empty_lists: tuple[str, ...] = ()  # its language's lists that name nothing ('countries')
    on_demand: bool = False
    source: Source | None = field(default=None, compare=False, repr=False)


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
