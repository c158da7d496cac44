"""What each page tells search engines and social networks: canonical URL, Open Graph, JSON-LD.

Absolute URLs need the site's base URL; without one they are left out (the build warns once).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import markupsafe

from ..content.model import (
    Config,
    Explainer,
    Questions,
    Share,
)
from .actordata import actor_data
from .listings import AUTHORS, list_path
from .locales import og_locale
from .serialise import plain_text

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .page import Page, Version
    from .words import Words

JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))
# The publisher's logo made of the site's name (site/cards.py) when site.yml names none.
MADE_LOGO = "media/logo.png"


@dataclass(frozen=True)
class PageMeta:
    """A page's description of itself for the <head>."""

    title: str
    description: str
    kind: str = "website"
    url: str | None = None
    image: str | None = None
    image_size: tuple[int, int] | None = None
    image_type: str | None = None
    image_alt: str | None = None
    published: str | None = None
    modified: str | None = None
    json_ld: markupsafe.Markup | None = None
    noindex: bool = False
    oembed: str | None = None  # the address of an embeddable piece's oEmbed answer
    locale: str = ""  # the page's language as Open Graph writes it: en_US, fr_FR
    translations: tuple[Translation, ...] = ()  # the page in every language, itself included
    default: Translation | None = None  # the one in the site's language, for x-default

    @property
    def locale_alternates(self) -> tuple[str, ...]:
        """Return the other versions' languages as Open Graph writes them."""
        return tuple(dict.fromkeys(og_locale(translation.language) for translation in
                                   self.translations if not translation.current))


@dataclass(frozen=True)
class Translation:
    """A version of the page, as the head's links and the switcher show it."""

    language: str
    path: str
    url: str | None  # its public address, with a base URL
    label: str  # in its own language: "Lire en français" for an explainer, else "Français"
    direction: str  # of its language: ltr or rtl
    current: bool  # whether it is the page itself


def absolute_url(config: Config, path: str) -> str | None:
    """Return the public address of a site path (a folder's index.html as the folder)."""
    if config.base_url is None:
        return None
    if path == "index.html" or path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return config.base_url + path


def image_url(config: Config, image: str | None) -> str | None:
    """Return an image's public address: a full address as given, a static file by base URL."""
    if image is None or "://" in image:
        return image
    return absolute_url(config, image)


def page_meta(config: Config, page: Page, lexicon: Lexicon,
              explainer: Explainer | None = None) -> PageMeta:
    """Describe a page in its language; an explainer's page as an article, with its JSON-LD.

    Other pages made from an explainer (its embeddable pieces) are kept from search engines,
    and a piece names its oEmbed answer when the site has a base URL.
    """
    words = lexicon.words(page.language)
    url = absolute_url(config, page.path) if page.indexed else None
    image = image_url(config, config.image)
    translations = tuple(translation(config, version, lexicon, page, explainer is not None)
                         for version in page.versions)
    default = next((t for t in translations if t.language == config.language), None)
    if explainer is None or not page.indexed:
        piece = page.context.get("piece")
        return PageMeta(title=page.title, description=page.description, url=url, image=image,
                        noindex=not page.indexed,
                        oembed=absolute_url(config, piece.oembed) if piece else None,
                        locale=words.og_locale, translations=translations, default=default)
    share: Share | None = page.context.get("share")
    shared = absolute_url(config, share.path) if share is not None else None
    return PageMeta(title=page.title, description=page.description, kind="article", url=url,
                    image=shared or image,
                    image_size=(share.width, share.height) if share else None,
                    image_type=share.type if share else None,
                    image_alt=share.alt if share else None,
                    published=explainer.published.stamp(config.zone),
                    modified=explainer.modified.stamp(config.zone),
                    json_ld=script_json(article_data(config, explainer, url, words, share,
                                                     page.context.get("author_slugs", {}))),
                    noindex=explainer.draft,  # shown by a build with --drafts: not for search
                    locale=words.og_locale, translations=translations, default=default)


def translation(config: Config, version: Version, lexicon: Lexicon, page: Page,
                article: bool) -> Translation:
    """Describe a version of a page in the words of its own language."""
    words = lexicon.words(version.language)
    label = words.text("read_in", language=words.name) if article else words.title_name
    return Translation(version.language, version.path, absolute_url(config, version.path),
                       label, words.direction, version.path == page.path)


def article_data(config: Config, explainer: Explainer, url: str | None, words: Words,
                 share: Share | None = None, author_slugs: Mapping[str, str] | None = None
                 ) -> dict[str, Any]:
    """Return schema.org BackgroundNewsArticle data for an explainer; `author_slugs` names
    the page of each of its authors, if the site has author pages."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "BackgroundNewsArticle",
        "headline": explainer.title,
        "description": explainer.dek,
        "datePublished": explainer.published.stamp(config.zone),
        "dateModified": explainer.modified.stamp(config.zone),
        "inLanguage": words.language,
    }
    if url:
        data["url"] = data["mainEntityOfPage"] = url
    image = article_image(config, share)
    if image:
        data["image"] = image
    authors = author_data(config, explainer, words.language, author_slugs or {})
    if authors:
        data["author"] = authors
    data["publisher"] = publisher_data(config, words.language)
    if explainer.tags:
        data["keywords"] = ", ".join(explainer.tags)
    data.update(actor_data(explainer, words))
    based_on = [{"@type": "CreativeWork", "name": link.title, **({"url": link.url}
                 if link.url else {})} for link in explainer.based_on]
    if based_on:
        data["isBasedOn"] = based_on
    corrections = [{"@type": "CorrectionComment", "datePublished": change.date.stamp(config.zone),
                    "text": " ".join(plain_text(change.text_html).split())}  # no Markdown
                   for change in explainer.changes if change.correction]
    if corrections:
        data["correction"] = corrections
    questions = question_data(explainer, url)
    if questions:
        data["hasPart"] = questions
    return data


def article_image(config: Config, share: Share | None) -> list[dict[str, Any]] | str | None:
    """Return an article's image: its share card with a base URL, else the site's image."""
    if share is not None and config.base_url:
        return [{"@type": "ImageObject", "url": absolute_url(config, share.path),
                 "width": share.width, "height": share.height}]
    return image_url(config, config.image)


def question_data(explainer: Explainer, url: str | None) -> list[dict[str, Any]]:
    """Return the questions the explainer answers as parts of the article: each a Question
    with its Answer as text and, with a base URL, the address of its heading. The page stays
    an article: an FAQPage is a page of nothing but questions (docs/sections.md)."""
    return [{"@type": "Question", "name": item.question,
             "acceptedAnswer": {"@type": "Answer",
                                "text": " ".join(plain_text(item.answer_html).split())},
             **({"url": f"{url}#{item.anchor}"} if url else {})}
            for section in explainer.sections if isinstance(section, Questions)
            for item in section.items]


def author_data(config: Config, explainer: Explainer, language: str,
                author_slugs: Mapping[str, str]) -> list[dict[str, Any]]:
    """Return who wrote an explainer (its byline, or the site's author), each with the
    address of their page, by their slug in `author_slugs`."""
    written_in = config.authors_language(explainer.byline, language)
    return [party(config, name, language, written_in,
                  list_path(explainer.folder, AUTHORS, author_slugs[name])
                  if name in author_slugs else None)
            for name in config.authors(explainer.byline)]


def party(config: Config, name: str, language: str, written_in: str = "",
          page: str | None = None) -> dict[str, Any]:
    """Return a byline name as a Person, or as an Organization when site.yml says it is one;
    a name in another language than the page's (`written_in`) says which. With a base URL,
    the site path of the author's page (`page`) gives its `url`."""
    is_organization = name in config.organizations or name == publisher_name(config, language)
    data: dict[str, Any] = {
        "@type": "Organization" if is_organization else "Person",
        "name": {"@value": name, "@language": written_in} if written_in else name}
    url = absolute_url(config, page) if page else None
    if url:
        data["url"] = url
    return data


def publisher_name(config: Config, language: str) -> str:
    """Return who publishes the site: the publisher, or else the site's title as the pages of
    a language give it."""
    return config.masthead(language).publisher


def publisher_data(config: Config, language: str) -> dict[str, Any]:
    """Return the publisher as a schema.org Organization, with its logo where given."""
    data: dict[str, Any] = {"@type": "Organization", "name": publisher_name(config, language)}
    url = config.publisher_url or config.base_url
    if url:
        data["url"] = url
    logo = publisher_logo(config)
    if logo:
        data["logo"] = {"@type": "ImageObject", "url": logo}
    return data


def publisher_logo(config: Config) -> str | None:
    """Return the public address of the publisher's logo: site.yml's, or the one made of the
    site's name; None when there is neither (a name the cards' font cannot write)."""
    if config.logo:
        return image_url(config, config.logo)
    return image_url(config, MADE_LOGO) if made_logo(config) else None


def made_logo(config: Config) -> bool:
    """Tell whether the build makes a logo of the site's name: with a public address, when
    site.yml names no logo and the cards' font can write the name."""
    from . import cards  # Pillow is loaded only for sites that make pictures

    return bool(config.base_url) and config.logo is None and cards.drawable(config.title)


def script_json(data: dict[str, Any]) -> markupsafe.Markup:
    """Serialise data for a <script> element: '<', '>' and '&' escaped, so no text ends it."""
    text = json.dumps(data, ensure_ascii=False)
    # str.replace, not str.translate: translate looks up every character of a text that is
    # not pure ASCII in the table, many times slower.
    for character, escaped in JSON_ESCAPES:
        text = text.replace(character, escaped)
    return markupsafe.Markup(text)
