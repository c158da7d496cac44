"""An explainer's timelines in Knight Lab's TimelineJS format, for TimelineJS to load unchanged.

A title slide (the explainer's title and dek, and its lead image as its media), then a slide
per event: its date in parts, its title and text as HTML, ending with its source (its own, else
its timeline's), the name of its timeline as its group, and an id that names the
explainer (TimelineJS gives it to an element of the page it draws in, beside other ids of that
page and the slides of other explainers' timelines). An event that is not an exact
day done (known to the month or the year, approximate or expected) also carries the words its
page shows for its date, as its `display_date` (one pair of brackets: "2026 (aprox., previsto)");
so does every event of a page whose dates TimelineJS would not write as it does: in another
calendar or era (Persian's Solar Hijri days, Thai's Buddhist-era years), in other digits, or
in a language it has no words for, where it would write them in English.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from ..content.model import Explainer, FuzzyDate, Link, TimelineEvent
from .links import url_label
from .serialise import date_text, paragraphs, timeline_events, without_notes
from .words import Words

BRACKETS = {")": "(", "\uff09": "\uff08"}  # a closing bracket, and its opening one
# The languages TimelineJS 3 writes dates in: its locale files (its Czech is 'cz').
TIMELINEJS_LANGUAGES = frozenset("""
    af ar be bg ca da de el en en-gb eo es et eu fa fi fo fr fy ga gl he hi hr hu hy id is it
    iw ja ka ko lb lt lv ms my nb ne nl nn no pl pt pt-br rm ro ru si sk sl sr sv ta te th tl
    tr uk ur vi zh-cn zh-tw""".split())


def timelinejs(explainer: Explainer, words: Words, aim: Callable[[str], str],
               image: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the explainer's timelines as a TimelineJS document; `aim` aims the author's
    links from the file (see links.aim_links), `image` is the lead image as the explainer's
    JSON gives it, shown on the title slide where it has an address."""
    events = [slide(dated.event, f"{explainer.slug}-{dated.unique_id}", dated.heading, words,
                    dated.source, aim)
              for dated in timeline_events(explainer, words)]
    title: dict[str, Any] = {"text": {"headline": escape(explainer.title, quote=False),
                                      "text": f"<p>{escape(explainer.dek, quote=False)}</p>"}}
    if image is not None and image["url"]:
        title["media"] = {"url": image["url"], "caption": image["caption_html"],
                          "credit": escape(image["credit"], quote=False), "alt": image["alt"]}
    return {"title": title, "events": events}


def slide(event: TimelineEvent, unique_id: str, group: str, words: Words,
          source: Link | None, aim: Callable[[str], str]) -> dict[str, Any]:
    """Return one event as a TimelineJS slide; `source` is its own, else its timeline's."""
    text = paragraphs(aim(without_notes(event.text_html))) if event.text_html else ""
    if source is not None:
        text += f"<p>{words.markup('event_source')} {source_link(source)}</p>"
    start = date_parts(event.date)
    if event.approximate or event.status == "expected" or event.date.precision != "day" \
            or event.display_date or not event.date.common_era or own_dates(words):
        shown = date_text(event, words)
        if event.status == "expected":
            shown = expected_date(shown, words)
        start["display_date"] = shown
    return {"start_date": start, "text": {"headline": escape(event.title, quote=False),
                                          "text": text},
            "group": group, "unique_id": unique_id}


def own_dates(words: Words) -> bool:
    """Tell whether a language writes its dates as TimelineJS does not: it writes Gregorian
    years in Latin digits ("30 พฤศจิกายน 2023" where a Thai page says 2566), and in English
    where it has no words of the language (Swahili, Amharic, Bengali)."""
    return bool(words.era_years) or words.solar is not None or bool(words.digits) \
        or not timelinejs_knows(words.locale.language, words.locale.territory)


def timelinejs_knows(language: str, territory: str | None) -> bool:
    """Tell whether TimelineJS has the words of a language ('zh-tw' but no 'zh')."""
    return language in TIMELINEJS_LANGUAGES \
        or f"{language}-{territory}".lower() in TIMELINEJS_LANGUAGES


def expected_date(shown: str, words: Words) -> str:
    """Return a date's words marked as expected: "enero de 2026 (previsto)"; words that end
    in brackets already take the mark inside them, "2026 (aprox., previsto)", not "2026
    (aprox.) (previsto)"."""
    marked = words.text("date_expected", date=shown)
    added = marked[len(shown):].strip() if marked.startswith(shown) else ""
    close = shown[-1:]
    if close not in BRACKETS or added[:1] != BRACKETS[close] or added[-1:] != close:
        return marked
    # The language's own join of a list's items: ", " in Spanish, "、" in Japanese.
    return words.locale.list_patterns["standard"]["middle"].format(shown[:-1], added[1:])


def date_parts(date: FuzzyDate) -> dict[str, Any]:
    """Return a date as TimelineJS's parts: the year, and the month and day where known; the
    hour and minute (and second) of a time of day as written, the clock of the event's place,
    which TimelineJS shows as it is (it keeps no offset from UTC)."""
    parts: dict[str, Any] = {"year": date.year}
    if date.month is not None:
        parts["month"] = date.month
    if date.day is not None:
        parts["day"] = date.day
    if date.clock is not None:
        parts.update(hour=date.clock.hour, minute=date.clock.minute)
        if date.clock.second:
            parts["second"] = date.clock.second
    return parts


def source_link(link: Link) -> str:
    """Return a source as HTML: its title, linked where it has an address."""
    # A bare address is shown as the page shows it: 'example.org/report', no scheme.
    title = escape(url_label(link.url) if link.url and link.title == link.url else link.title,
                   quote=False)
    return f'<a href="{escape(link.url)}">{title}</a>' if link.url else title
