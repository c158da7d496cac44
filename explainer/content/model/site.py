"""The site: its settings, and everything its pages are made from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from zoneinfo import ZoneInfo

from ..languages import words_tags
from .basics import Extra, frozen
from .explainer import Teaser

# Explainers on a page of a list, unless site.yml says otherwise: at about 400 bytes of HTML
# each, a page of 50 stays near 25 KB.
PAGE_SIZE = 50


@frozen()
class Masthead:
    """The site's name and description as the pages of one language give them, and who
    publishes it: the publisher, or else the site by its name."""

    language: str
    title: str
    description: str = ""
    publisher: str = ""
    # The language the title, the description and the publisher are in where it is not the
    # pages' (the site's, kept by a language `languages:` gives none of its own), else "".
    title_language: str = ""
    description_language: str = ""
    publisher_language: str = ""
    # Where site.yml's `languages:` names the language (0: it does not), for its warnings. Left
    # out of comparisons and of pickling, so of pages' cache keys: a line added above it in
    # site.yml changes no page.
    line: int = field(default=0, compare=False, kw_only=True)


@frozen()
class Config:
    """The site's settings, read from site.yml."""

    title: str = "Explainers"
    description: str = ""
    language: str = "en"
    base_url: str | None = None
    author: str | None = None
    publisher: str | None = None
    publisher_url: str | None = None
    logo: str | None = None
    image: str | None = None
    twitter: str | None = None
    organizations: tuple[str, ...] = ()
    trusted_html: bool = False
    embeds: tuple[str, ...] = ()  # hosts a site allows in embed sections, besides the services
    data_files: bool = True  # each explainer's data/ files, and their index
    embeddable: bool = True  # each explainer's embeddable pieces
    search: bool = True  # a search page and its index in each language
    author_pages: bool = True  # a page per author, listing their explainers
    page_size: int = PAGE_SIZE  # explainers on a page of the index, a country's or a tag's list
    timezone: str = "UTC"  # the IANA zone of the times explainers give without an offset
    # The site's name and description in other languages than its own (`languages:`).
    mastheads: tuple[Masthead, ...] = ()
    extra: Extra = field(default_factory=Extra)  # the project's own settings, for its templates

    @property
    def zone(self) -> ZoneInfo:
        """Return the site's time zone (zoneinfo keeps one object per name)."""
        return ZoneInfo(self.timezone)

    def authors(self, byline: tuple[str, ...]) -> tuple[str, ...]:
        """Return who wrote an explainer: its byline, or else the site's author, if any."""
        return byline or ((self.author,) if self.author else ())

    def authors_language(self, byline: tuple[str, ...], language: str) -> str:
        """Return the language of who wrote an explainer in `language` where it is not the
        explainer's: the site's, for the site's author on another language's page (or in
        another script: sr-Latn's of an sr site, as masthead() tells); else ""."""
        if byline or not self.author or self.language in words_tags(language):
            return ""
        return self.language

    def masthead(self, language: str) -> Masthead:
        """Return the site's name and description for the pages of a language: its own from
        `languages:` (fr-CA's, else fr's; in its script: sr-Latn's, never sr's Cyrillic), else
        the site's."""
        given = {own.language: own for own in self.mastheads}
        own = next((given[tag] for tag in words_tags(language) if tag in given), None)
        title = own.title if own is not None else ""
        description = own.description if own is not None else ""
        kept = "" if self.language in words_tags(language) else self.language
        return Masthead(language, title or self.title, description or self.description,
                        self.publisher or title or self.title,
                        title_language="" if title else kept,
                        description_language="" if description or not self.description
                        else kept,
                        publisher_language="" if title and not self.publisher else kept)


@frozen()
class Rendition:
    """The sizes a build made of an image: site paths, widths and the image's own size."""

    width: int
    height: int
    fallback: str  # the largest JPEG or PNG, for <img src> and social networks
    fallback_type: str  # its media type, image/jpeg or image/png
    sizes: tuple[tuple[str, int], ...]  # the JPEG or PNG files, each with its width
    webp: tuple[tuple[str, int], ...]  # the WebP files, likewise


@frozen()
class Share:
    """The picture a shared link shows: a site path, its size and type, and what it shows."""

    path: str
    width: int
    height: int
    type: str
    alt: str


@frozen()
class Media:
    """The pictures of a site's explainers as built, and the picture each shares.

    `pictures` gives, by explainer file, the rendition of each picture by the name the file
    gives it; `shares` the picture a shared link of each explainer shows (its lead image, or
    a card made of its title and map; only with a base URL); `logo` the publisher's logo made
    of the site's name when site.yml names none.
    """

    pictures: Mapping[str, Mapping[str, Rendition]] = field(default_factory=dict)
    shares: Mapping[str, Share] = field(default_factory=dict)
    logo: str | None = None


@frozen()
class Site:
    """Everything a build renders: the settings and the explainers, newest first."""

    config: Config
    explainers: tuple[Teaser, ...] = field(default_factory=tuple)
    media: Media = field(default_factory=Media)
