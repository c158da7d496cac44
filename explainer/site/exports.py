"""The site's data files: each explainer as JSON, CSV and TimelineJS, an index of them all, an
oEmbed answer per embeddable piece, and the Atom feed of each country's and tag's list (made in
feeds.py).

They are pages whose template names an exporter of EXPORTERS rather than a template file (see
reuse.py), so that the build cache and the preview keep and redo them as they do any page: an
exporter is a function of the site, the page, the whole explainer (None for the index and the
feeds) and the words of the page's language, and returns the file's bytes. The JSON documents
follow the schemas published in docs/ (explainer.schema.json, index.schema.json), whose
`version` says which; adding a field leaves it, removing or changing one moves it on.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Callable
from typing import Any

from ..content.clocks import in_time_order
from ..content.languages import language_folder
from ..content.model import Config, Countries, Explainer, Image, Picture, Section, Teaser
from .feeds import list_feed
from .links import aim_links
from .meta import absolute_url, publisher_name
from .page import Page
from .pieceheights import piece_height
from .reuse import WIDTH, address, data_files, linker, piece_kinds, piece_path
from .serialise import (
    aimed,
    country_entry,
    date_text,
    export_value,
    given_title,
    organisation_entry,
    plain_text,
    precision,
    timeline_events,
)
from .timelinejs import timelinejs
from .words import Words

VERSION = 1  # of the JSON documents' format: the schemas' `version`
Exporter = Callable[[Any, Page, Explainer | None, Words], bytes]
TIMELINE_COLUMNS = ("date", "precision", "approximate", "status", "display_date", "title",
                    "text", "source_title", "source_url", "timeline")
COUNTRY_COLUMNS = ("type", "code", "alpha3", "numeric", "name", "role", "role_label", "note")


# A link or a picture of an author's HTML written relative to the page, as JSON writes its
# quotation marks: the HTML must then be aimed from the data file (see links.aim_links).
# Its quotation mark first: a pattern that opens with a literal is looked for quickly.
RELATIVE_IN_JSON = re.compile(rb'=\\"(?:(?<=href=\\")|(?<=src=\\")|(?<=srcset=\\"))'
                              rb'(?![A-Za-z][A-Za-z0-9+.-]*:|/)')


def json_bytes(data: Any) -> bytes:
    """Return data as compact UTF-8 JSON, with a final newline."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def whole(explainer: Explainer | None) -> Explainer:
    """Return the explainer an explainer's data file is made from."""
    assert explainer is not None  # its page names it (see reuse.py)
    return explainer


def explainer_json(site: Any, page: Page, explainer: Explainer | None, words: Words) -> bytes:
    """Return the whole explainer as one JSON document."""
    explainer = whole(explainer)
    config = site.config
    link = linker(config, page.path)
    data = {"version": VERSION, **front_matter(config, link, explainer, words),
            "image": picture_data(config, page, explainer.image, words),
            "changes": [{**export_value(change, words), "date": change.date.stamp(config.zone)}
                        for change in explainer.changes],
            "sections": [section_data(config, page, section, words)
                         for section in explainer.sections]}
    written = json_bytes(data)
    if not RELATIVE_IN_JSON.search(written):
        return written  # most explainers' texts link only to other sites
    aim = functools.partial(aim_links, page=explainer.url, link=link)
    return json_bytes({**data, **{name: aimed(data[name], aim)
                                  for name in ("image", "changes", "sections")}})


def section_data(config: Any, page: Page, section: Section, words: Words) -> dict[str, Any]:
    """Return a section as JSON-ready data; a picture with the copy the build made of it."""
    data: dict[str, Any] = export_value(section, words)
    if isinstance(section, Image) and section.picture is not None:
        data["picture"] = picture_data(config, page, section.picture, words)
    return data


def picture_data(config: Any, page: Page, picture: Picture | None, words: Words
                 ) -> dict[str, Any] | None:
    """Return a picture as JSON-ready data, with the address and size of the largest copy the
    build made of it; None for no picture."""
    if picture is None:
        return None
    rendition = page.context.get("pictures", {}).get(picture.file)
    return {**export_value(picture, words),
            "url": address(config, page.path, rendition.fallback) if rendition else None,
            "width": rendition.width if rendition else None,
            "height": rendition.height if rendition else None}


def front_matter(config: Config, link: Callable[[str], str], teaser: Teaser,
                 words: Words) -> dict[str, Any]:
    """Return what lists show of an explainer, as JSON-ready data; `link` makes the page's
    links (see reuse.linker). Its byline is the page's: the site's author if it names none; its
    `updated`, the last update the page shows (`updated`, or the newest of `changes`)."""
    zone = config.zone
    return {"slug": teaser.slug, "url": link(teaser.url),
            "title": teaser.title, "dek": teaser.dek, "published": teaser.published.stamp(zone),
            "updated": teaser.modified.stamp(zone) if teaser.modified != teaser.published
            else None,
            "byline": list(config.authors(teaser.byline)), "tags": list(teaser.tags),
            "based_on": export_value(teaser.based_on, words),
            "draft": teaser.draft, "language": teaser.language,
            "translation_key": teaser.translation_key}


def index_json(site: Any, page: Page, explainer: Explainer | None, words: Words) -> bytes:
    """Return the index of every explainer the site lists, with the address of its files."""
    config = site.config
    link = linker(config, page.path)
    explainers = [{**front_matter(config, link, teaser, words),
                   "countries": [{"code": e.country.code, "role": e.role}
                                 for e in teaser.countries],
                   "data": {file.name: link(file.path) for file in data_files(config, teaser)},
                   "embeds": {kind: link(piece_path(teaser, kind))
                              for kind in piece_kinds(config, teaser)}}
                  for teaser in site.explainers]
    return json_bytes({"version": VERSION, "title": config.title,
                       "description": config.description, "language": words.language,
                       "url": address(config, page.path, "index.html"),
                       "explainers": explainers})


def csv_bytes(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    """Return rows as CSV (RFC 4180, UTF-8) under a header of column names; what rows hold
    besides (an organisation's initials) is left out."""
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def timeline_csv(site: Any, page: Page, explainer: Explainer | None, words: Words) -> bytes:
    """Return every event of the explainer's timelines, in date order, as CSV."""
    events = in_time_order(timeline_events(whole(explainer), words), lambda dated: dated.event)
    rows = [{"date": event.date.timed_iso, "precision": precision(event.date),
             "approximate": str(event.approximate).lower(), "status": event.status,
             "display_date": date_text(event, words), "title": event.title,
             "text": plain_text(event.text_html),
             "source_title": given_title(source) if source else "",
             "source_url": (source.url or "") if source else "",
             "timeline": heading}
            for event, _, heading, source in events]
    return csv_bytes(TIMELINE_COLUMNS, rows)


def countries_csv(site: Any, page: Page, explainer: Explainer | None, words: Words) -> bytes:
    """Return the countries and organisations of the explainer's country lists as CSV."""
    rows = []
    for section in whole(explainer).sections:
        if isinstance(section, Countries):
            rows += [{"type": "country", **country_entry(entry, words)}
                     for entry in section.entries]
            rows += [{"type": "organisation", **organisation_entry(entry, words)}
                     for entry in section.organisations]
    return csv_bytes(COUNTRY_COLUMNS, rows)


def timelinejs_json(site: Any, page: Page, explainer: Explainer | None, words: Words) -> bytes:
    """Return the explainer's timelines in Knight Lab's TimelineJS format; the lead image
    only with a base URL: TimelineJS reads a picture's address from the page that shows it,
    where an address relative to this file would find nothing."""
    explainer = whole(explainer)
    aim = functools.partial(aim_links, page=explainer.url, link=linker(site.config, page.path))
    image = aimed(picture_data(site.config, page, explainer.image, words), aim) \
        if site.config.base_url else None
    return json_bytes(timelinejs(explainer, words, aim, image))


def oembed_json(site: Any, page: Page, explainer: Explainer | None, words: Words) -> bytes:
    """Return the oEmbed answer of an embeddable piece, a 'rich' type with its iframe."""
    piece = page.context["piece"]
    config = site.config
    # The provider as the piece's readers know it: its name in their language, and the front
    # page of their language's edition (fr/), where that name is the masthead's.
    home = language_folder(words.language, config.language) + "index.html"
    data: dict[str, Any] = {"version": "1.0", "type": "rich", "title": piece.title,
                            "provider_name": publisher_name(config, words.language),
                            "provider_url": config.publisher_url or absolute_url(config, home)}
    authors = config.authors(whole(explainer).byline)
    if authors:
        data["author_name"] = words.text("list_separator").join(authors)
    height = piece_height(piece.kind, whole(explainer))
    data.update(html=piece.code(height), width=WIDTH, height=height)
    return json_bytes(data)


EXPORTERS: dict[str, Exporter] = {
    "json": explainer_json,
    "timeline_csv": timeline_csv,
    "countries_csv": countries_csv,
    "timelinejs": timelinejs_json,
    "oembed": oembed_json,
    "index": index_json,
    "feed": list_feed,
}
