"""Discovery files: the Atom feeds (the site's, a country's, a tag's), the sitemap and robots.txt.

Each language's edition has its feed (feed.xml, fr/feed.xml); the sitemap lists every page with
its versions in other languages. Feeds and sitemaps must hold absolute URLs, so without a base
URL only robots.txt is made.
Every date comes from the explainers, never from the clock, so a build can be repeated byte
for byte.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from ..content.model import Config, FuzzyDate, Site, Teaser
from .listings import site_editions
from .meta import absolute_url, publisher_logo
from .page import Page, Remember
from .reuse import EXPORT
from .serialise import plain_text

if TYPE_CHECKING:  # exports.py calls list_feed()
    from ..content.model import Explainer
    from .lexicon import Lexicon
    from .words import Words

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED = "feed.xml"
SITEMAP_FILE = "sitemap.xml"
# Characters XML 1.0 does not allow, even escaped.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EPOCH = date(1970, 1, 1)


def timestamp(day: date, zone: tzinfo = UTC) -> str:
    """Return a day as an RFC 3339 timestamp at its midnight in a time zone (the site's)."""
    return midnight(day, zone).isoformat(timespec="seconds").replace("+00:00", "Z")


def midnight(day: date, zone: tzinfo) -> datetime:
    """Return the moment a day begins in a time zone."""
    return datetime.combine(day, time(), zone)


def entry_time(value: FuzzyDate, zone: tzinfo) -> str:
    """Return an explainer's date as an RFC 3339 timestamp: its time with the offset of the
    site's zone where one was given, else the midnight its day begins with there (the site
    publishes by its day)."""
    return value.stamp(zone) if value.clock is not None else timestamp(value.first_day(), zone)


def latest(explainers: Iterable[Teaser], zone: tzinfo) -> str:
    """Return the latest publication or update of the explainers as a feed's timestamp."""
    moments = [(e.modified.moment(zone) if e.modified.clock is not None else
                midnight(e.modified.first_day(), zone), e.modified)
               for e in explainers]
    if not moments:
        return timestamp(EPOCH)
    return entry_time(max(moments, key=lambda pair: pair[0])[1], zone)


def newest(explainers: Iterable[Teaser]) -> date | None:
    """Return the latest publication or update day of the explainers, None if there are none."""
    return max((e.modified.first_day() for e in explainers), default=None)


def child(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """Append an element with optional text and attributes."""
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = NOT_XML.sub("", text)
    return element


def in_language(language: str) -> dict[str, str]:
    """Return the xml:lang of a text in another language than its feed's ("": none)."""
    return {XML_LANG: language} if language else {}


def serialise(root: ET.Element) -> bytes:
    """Return an XML document: declaration, two-space indent, UTF-8, final newline."""
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'.encode()


class SitemapEntry(NamedTuple):
    """A page as the sitemap lists it: its site path, its last change, its other versions."""

    path: str
    changed: date | None
    versions: tuple[tuple[str, str], ...]  # (language, site path), itself included


class FeedLink(NamedTuple):
    """The feed a list's pages link to (a country's, a tag's): its site path and its title."""

    path: str  # countries/fr.xml
    title: str  # what the list is of: France, Elections


def feed_pages(site: Site, lexicon: Lexicon, remember: Remember) -> list[Page]:
    """Return the Atom feed of each language's edition, of its explainers: a page, made by
    list_feed() as a country's or a tag's is. A site without a base URL has none."""
    config = site.config
    if config.base_url is None:
        return []
    return [Page(edition.folder + FEED, EXPORT + "feed", f"the Atom feed of {edition.language}",
                 masthead.title, masthead.description, edition.language,
                 {"list": edition.folder + "index.html", "explainers": edition.explainers,
                  # The site's name and description kept in the site's language by one that
                  # gives none of its own say which language they are in, as the pages do.
                  "languages": (masthead.title_language, masthead.description_language)},
                 indexed=False, on_demand=True)
            for edition in site_editions(site, remember)
            for masthead in (config.masthead(edition.language),)]


def list_feed(site: Site, page: Page, explainer: Explainer | None, words: Words) -> bytes:
    """Return the Atom feed (RFC 4287) of a list's explainers, newest first, but the drafts a
    build with --drafts shows (a feed reader would keep them for good): a page whose context
    holds the site path of the list's first page and its explainers."""
    config = site.config
    explainers = tuple(explainer for explainer in page.context["explainers"]
                       if not explainer.draft)
    base = config.base_url
    assert base is not None, "the feed needs a base URL"
    home = absolute_url(config, page.context["list"]) or base
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: page.language})
    child(feed, "id", home)
    title_language, description_language = page.context.get("languages", ("", ""))
    child(feed, "title", page.title, **in_language(title_language))
    if page.description:
        child(feed, "subtitle", page.description, **in_language(description_language))
    child(feed, "updated", latest(explainers, config.zone))
    child(feed, "link", rel="self", type="application/atom+xml", href=base + page.path)
    child(feed, "link", rel="alternate", type="text/html", href=home)
    # The publisher kept in the site's language on another language's feed says so, as the
    # entries' authors do.
    masthead = config.masthead(page.language)
    author = child(feed, "author", **in_language(masthead.publisher_language))
    child(author, "name", masthead.publisher)
    child(feed, "generator", "explainer")
    logo = publisher_logo(config)
    if logo:
        child(feed, "logo", logo)
    for explainer in explainers:
        add_entry(feed, config, explainer, words)
    return serialise(feed)


def add_entry(feed: ET.Element, config: Config, explainer: Teaser, words: Words) -> None:
    """Append one explainer to the feed: an explainer updated or corrected says, after its
    dek, what changed, as its page does."""
    url = absolute_url(config, explainer.url) or ""
    entry = child(feed, "entry")
    child(entry, "id", url)
    child(entry, "title", explainer.title)
    child(entry, "link", rel="alternate", type="text/html", href=url)
    child(entry, "published", entry_time(explainer.published, config.zone))
    child(entry, "updated", entry_time(explainer.modified, config.zone))
    language = config.authors_language(explainer.byline, explainer.language)
    for name in config.authors(explainer.byline):
        child(child(entry, "author", **in_language(language)), "name", name)
    child(entry, "summary", explainer.dek)
    if explainer.changes:
        # A feed reader sets the text left to right unless told: Arabic's stops would stand
        # at the wrong end of its lines.
        turned = {"dir": "rtl"} if words.direction == "rtl" else {}
        content = child(child(entry, "content", type="xhtml"), "div", xmlns=XHTML, **turned)
        child(content, "p", explainer.dek)
        add_changes(content, explainer, words, config.zone)
    for tag in explainer.tags:
        child(entry, "category", term=tag)


def add_changes(content: ET.Element, explainer: Teaser, words: Words, zone: tzinfo) -> None:
    """Say what changed in an explainer, newest first, each change with its source and its
    time of day where one was given, in the site's time zone, as its page does: a reader who
    missed a correction, the day before an update or an hour before it, is told of it."""
    for change in explainer.changes:
        kind = words.text("correction" if change.correction else "update")
        child(content, "p", f"{words.when(change.date, zone)}\u00a0· {kind}")
        said = child(content, "p", " ".join(plain_text(change.text_html).split()))  # no Markdown
        source = change.source
        if source is not None:
            said.text = f"{said.text} {words.text('event_source')} "
            cited = child(said, "a" if source.url else "cite", source.title)
            if source.url:
                cited.set("href", source.url)


def sitemap(site: Site, pages: Iterable[SitemapEntry]) -> bytes:
    """Return sitemap.xml listing pages in the order given, each page's versions in other
    languages as hreflang links (as search engines read them)."""
    pages = tuple(pages)
    names = {"xmlns": SITEMAP}
    if any(page.versions for page in pages):
        names["xmlns:xhtml"] = XHTML
    urlset = ET.Element("urlset", names)
    for page in pages:
        url = child(urlset, "url")
        child(url, "loc", absolute_url(site.config, page.path))
        if page.changed is not None:
            child(url, "lastmod", page.changed.isoformat())
        for language, path in page.versions:
            child(url, "xhtml:link", rel="alternate", hreflang=language,
                  href=absolute_url(site.config, path) or "")
        # The version in the site's language stands for the others, as the page's head says.
        default = next((path for language, path in page.versions
                        if language == site.config.language), None)
        if default is not None:
            child(url, "xhtml:link", rel="alternate", hreflang="x-default",
                  href=absolute_url(site.config, default) or "")
    return serialise(urlset)


def robots_txt(site: Site) -> bytes:
    """Return robots.txt: everything may be crawled; the sitemap, when there is one."""
    lines = ["User-agent: *", "Disallow:"]
    if site.config.base_url:
        lines += ["", f"Sitemap: {site.config.base_url}{SITEMAP_FILE}"]
    return ("\n".join(lines) + "\n").encode()
