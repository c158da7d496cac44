"""The site model as JSON-ready data, under the names the templates use (docs/templates.md).

Sections are written field by field, so that a new section kind, or a new field, is exported
as soon as it exists; the schema in docs/explainer.schema.json says what each one means.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re
from collections.abc import Callable
from typing import Any, NamedTuple

import pycountry

from ..content.model import (
    CountryEntry,
    Explainer,
    FuzzyDate,
    Link,
    OrganisationEntry,
    Timeline,
    TimelineEvent,
)
from .words import Words

# Where a thing is in its source file (for messages, no part of the explainer), and a long
# timeline's events by year, which its events say already.
SKIPPED = frozenset({"line", "body_line", "years", "text_map", "title_map", "answer_map"})
TAG = re.compile(r"<[^>]*>")
# A footnote's mark in converted Markdown, and the block of notes at its end (content/notes.py).
NOTE_MARK = re.compile(r'<sup id="fnref[^"]*">.*?</sup>')
NOTES = re.compile(r"\n?<div>\s*<hr>.*?</div>", re.DOTALL)
# HTML that holds blocks of its own (paragraphs, a list, notes), which no paragraph may hold.
BLOCK_START = re.compile(r"\s*<(?:p|div|ul|ol|blockquote|h[1-6]|table|pre|dl|hr)\b")


def export_value(value: Any, words: Words) -> Any:
    """Return a value of the model as JSON-ready data, in the words of a language."""
    convert = CONVERTERS.get(type(value))
    if convert is None:
        convert = CONVERTERS[type(value)] = converter(type(value))
    return convert(value, words)


def converter(cls: type) -> Callable[[Any, Words], Any]:
    """Return the function that exports the values of one class (made once per class)."""
    if issubclass(cls, str | bool | int | float | type(None)):
        return lambda value, words: value
    if issubclass(cls, tuple | list):
        return lambda value, words: [export_value(item, words) for item in value]
    if dataclasses.is_dataclass(cls):
        names = tuple(f.name for f in dataclasses.fields(cls) if f.name not in SKIPPED)
        return lambda value, words: {name: export_value(getattr(value, name), words)
                                     for name in names}
    return lambda value, words: str(value)


def aimed(data: Any, aim: Callable[[str], str]) -> Any:
    """Return JSON-ready data with `aim` applied to its HTML made from Markdown: the fields
    whose names end in `html` (`body_html`, `text_html`, `caption_html`, a takeaway's `html`)."""
    if isinstance(data, dict):
        return {key: aim(value) if key.endswith("html") and isinstance(value, str)
                else aimed(value, aim) for key, value in data.items()}
    if isinstance(data, list):
        return [aimed(item, aim) for item in data]
    return data


def fuzzy_date(date: FuzzyDate, words: Words) -> str:
    """Return a date as precisely as it is known: 2024, 2024-06 or 2024-06-25, and an event's
    time of day as written, with its offset if given (2025-01-29T20:48-05:00)."""
    return date.timed_iso


def precision(date: FuzzyDate) -> str:
    """Return how precisely a date is known: year, month or day, or for an event given its
    time of day, minute or second."""
    if date.clock is None:
        return date.precision
    return "second" if date.clock.second else "minute"


def country_entry(entry: CountryEntry, words: Words) -> dict[str, Any]:
    """Return a country's part in a story: its ISO codes, its name as the story shows it (in
    the language of the page), its role and the note on it."""
    country = entry.country
    return {"code": country.code, "alpha3": alpha3(country.code), "numeric": country.numeric,
            "name": entry.label or words.country(country), "role": entry.role,
            "role_label": words.role_label(entry), "note": entry.note}


def organisation_entry(entry: OrganisationEntry, words: Words) -> dict[str, Any]:
    """Return an organisation's part in a story: its name (in the language of the page),
    initials, role and note."""
    named = words.organisation(entry.organisation)
    return {"name": entry.label or named.name, "initials": named.initials, "role": entry.role,
            "role_label": words.role_label(entry), "note": entry.note}


def link_data(link: Link, words: Words) -> dict[str, Any]:
    """Return a source field by field, its title empty where none was given (a bare address,
    which a page shows as its host and path)."""
    data = {name: export_value(getattr(link, name), words) for name in LINK_FIELDS}
    return {**data, "title": given_title(link)}


def given_title(link: Link) -> str:
    """Return a source's title as its author gave it: none for a bare address."""
    return "" if link.url and link.title == link.url else link.title


LINK_FIELDS = tuple(field.name for field in dataclasses.fields(Link))
# Classes exported otherwise than field by field; CONVERTERS gains the others as they are met.
CONVERTERS: dict[type, Callable[[Any, Words], Any]] = {
    FuzzyDate: fuzzy_date, CountryEntry: country_entry, OrganisationEntry: organisation_entry,
    Link: link_data}


@functools.cache
def alpha3(code: str) -> str | None:
    """Return a country's ISO 3166-1 alpha-3 code, None where ISO has none (Kosovo's XK)."""
    found = pycountry.countries.get(alpha_2=code)
    return found.alpha_3 if found is not None else None


class Dated(NamedTuple):
    """An event of an explainer's timelines, as the data files give it."""

    event: TimelineEvent
    unique_id: str  # its timeline's anchor and its place there: timeline-2
    heading: str  # its timeline's name (see timeline_names): its title, else "Timeline 2"
    source: Link | None  # its own, else its timeline's


def timeline_events(explainer: Explainer, words: Words) -> list[Dated]:
    """Return every event of the explainer's timelines, in the order of the file."""
    timelines = [section for section in explainer.sections if isinstance(section, Timeline)]
    names = timeline_names(timelines, words)
    return [Dated(event, f"{section.anchor}-{number}", name, event.source or section.source)
            for section, name in zip(timelines, names, strict=True)
            for number, event in enumerate(section.events, 1)]


def timeline_names(timelines: list[Timeline], words: Words) -> list[str]:
    """Return the name of each timeline, to tell their events apart: its title, else the word
    for a timeline; the second untitled one on is numbered ("Timeline 2"), so that adding one
    leaves the names of those before it as they were. A name a title has is skipped."""
    taken = {section.title for section in timelines if section.title}
    names, number = [], 0
    for section in timelines:
        if section.title:
            names.append(section.title)
            continue
        number += 1
        name = words.text("timeline") if number == 1 else numbered(number, words)
        while name in taken:
            number += 1
            name = numbered(number, words)
        taken.add(name)
        names.append(name)
    return names


def numbered(number: int, words: Words) -> str:
    """Return the name of an untitled timeline after the first: "Timeline 2"."""
    return words.text("timeline_number", number=words.number(number))


def date_text(event: TimelineEvent, words: Words) -> str:
    """Return an event's date as its page writes it: "23 May 2024", "29 January 2025, 8:48 PM",
    "About June 2024", or the author's words for it ("late 2025")."""
    if event.display_date:
        return event.display_date
    written = words.timed_date(event.date)
    return words.text("about_date", date=written) if event.approximate else written


def plain_text(markup: str) -> str:
    """Return the text of a bit of HTML made from Markdown: no tags, no character references,
    no footnotes."""
    return html.unescape(TAG.sub("", without_notes(markup)))


def without_notes(markup: str) -> str:
    """Return converted Markdown without its footnotes' marks and notes: for a file where
    their links would lead nowhere."""
    if "<sup id=\"fnref" not in markup:
        return markup
    return NOTES.sub("", NOTE_MARK.sub("", markup))


def paragraphs(markup: str) -> str:
    """Return converted inline Markdown as paragraphs: in one, unless it holds blocks already
    (several paragraphs, a list, footnotes)."""
    return markup if BLOCK_START.match(markup) else f"<p>{markup}</p>"
