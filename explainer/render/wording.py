"""The templates' helpers for words, each in the language of the page being rendered.

`t("key", name=...)` gives a text of the strings tables, its words shown in English for want of
the page's language's marked as English (see site/english.py): Theme.render hands every
template its page's `t` with the page's `words`. A function that takes the template's context
would do, but Jinja makes a new context for each call of one inside a loop, which costs more
than the text.
The filters `date`, `number`, `country_name` and `role_names` write dates, numbers, country
names and a list of roles as the page's language does; they find `words` among the variables
the page was rendered with (the context's parent, which included templates share), without
the lookup through the template's own variables that context["words"] would make.
The filter `event_date` writes an event's date, with the time of day given with it as written.
The filters `when` and `stamp` write a date of publication or update with its time of day,
if one was given, in the site's time zone: for readers, and for <time datetime>; `day` its day
there, as lists show it, and the test `updated_later` whether a listed explainer was updated
on a later day there than it was published.
`reading_minutes(explainer)` counts an explainer's reading time as its own language reads.
`gap(text)` is the space between a word and a text set after it, such as a count in brackets.
`name_ways_back(page, words)` names footnotes' links back to their marks, once a page is
rendered: they are Markdown's, which is converted before any page's language is known.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import jinja2
import markupsafe
from jinja2.runtime import Context

from ..content.model import Explainer, FuzzyDate
from ..site.contents import reading_minutes
from ..site.words import Words


class Translate:
    """A page's t(): the texts of its language."""

    __slots__ = ("words",)

    def __init__(self, words: Words) -> None:
        self.words = words

    def __call__(self, key: str, count: int | None = None,
                 **values: Any) -> markupsafe.Markup:
        """Return a text of the page's language with its values filled in."""
        try:
            return self.words.page_markup(key, count, **values)
        except KeyError as exc:
            texts = self.words.texts
            if key not in texts:
                close = difflib.get_close_matches(key, list(texts), n=1)
                raise jinja2.TemplateRuntimeError(
                    f"t('{key}'): there is no such text in the strings tables" +
                    (f" (did you mean '{close[0]}'?)" if close else "")) from None
            raise jinja2.TemplateRuntimeError(
                f"t('{key}') needs {exc.args[0]}=..., which its text fills in") from None


# A footnote's link back to its mark, as content/notes.py has it written, its HTML sanitised
# or not. It shows an arrow (↩), which says nothing to a screen reader.
WAY_BACK = re.compile(rb'<a (?:class="footnote-backref" )?href="#fnref[0-9]*_[a-z0-9-]*"')

# The filters that write a value in the page's language, each by its method of Words.
WORD_FILTERS = {
    "date": "date",  # a date, as precisely as it is known
    "years": "years",  # a year, or the years from it to another: year.date | years(year.until)
    "number": "number",  # a number, with the language's separators
    "names": "names",  # names, as the language lists them: "A, B and C"
    "country_name": "country",  # a country's name
    "role_names": "role_names",  # the names of roles, as a list: Leading, Host
    "role_heading": "role_label",  # a group's heading (for a count, if given), or an entry's role
    "in_language": "organisation",  # a listed organisation, with its name and initials
}
# The methods whose words may be the strings tables' English, which a page marks as such.
MARKING = ("role_names", "role_label")


def words_filter(method: str) -> Callable[[Context, Any], Any]:
    """Return a filter that hands its value to a method of the page's Words."""
    @jinja2.pass_context
    def write(context: Context, value: Any, *args: Any) -> Any:
        return getattr(context.parent["words"], method)(value, *args)

    @jinja2.pass_context
    def write_marked(context: Context, value: Any, *args: Any) -> Any:
        return getattr(context.parent["words"], method)(value, *args, mark=True)

    return write_marked if method in MARKING else write


@jinja2.pass_context
def when(context: Context, value: FuzzyDate) -> str:
    """Write a date with its time of day, if given, in the site's time zone ("26 June 2024,
    14:32 EAT"), as the page's language does."""
    parent = context.parent
    return parent["words"].when(value, parent["site"].config.zone)  # type: ignore[no-any-return]


@jinja2.pass_context
def event_date(context: Context, value: FuzzyDate) -> markupsafe.Markup:
    """Write an event's date as the page's language does: its day (class "event-day"), and
    the time of day given with it, as written (class "event-time"), joined as CLDR joins
    them ("29 January 2025, 8:48 PM")."""
    words = context.parent["words"]
    shown = markupsafe.Markup('<span class="event-day">{}</span>').format(words.date(value))
    if value.clock is None:
        return shown
    time = markupsafe.Markup('<span class="event-time">{}</span>').format(
        words.clock_time(value.clock))
    return words.at_time(shown, time)  # type: ignore[no-any-return]


@jinja2.pass_context
def day(context: Context, value: FuzzyDate) -> str:
    """Write the day of a date of publication or update, in the site's time zone where a time
    was given, as the page's language does: the lists' date, which the byline's agrees with."""
    parent = context.parent
    return parent["words"].date(value.day_in(parent["site"].config.zone))  # type: ignore[no-any-return]


@jinja2.pass_context
def updated_later(context: Context, item: Any) -> bool:
    """Tell whether a listed explainer was updated on a later day than it was published, in
    the site's time zone: a list shows days, and "Updated" on the day itself tells nothing."""
    zone = context.parent["site"].config.zone
    return item.modified.day_in(zone).first_day() > item.published.day_in(zone).first_day()


@jinja2.pass_context
def stamp(context: Context, value: FuzzyDate) -> str:
    """Write a date for <time datetime>: with its time and offset in the site's time zone
    where a time was given ('2024-06-26T14:32:00+03:00'), else as known ('2024-06-26')."""
    return value.stamp(context.parent["site"].config.zone)


def reading_time(explainer: Explainer) -> int:
    """Return the minutes an explainer takes to read, its words counted as its own language
    counts them."""
    return reading_minutes(explainer, explainer.language)


def gap(text: str) -> str:
    """Return the space between a word and a text set after it ("Hosts (7)"): none before a
    full-width opening bracket, as Japanese and Chinese set theirs, whose width holds its own
    space ("主導（2）")."""
    first = text[:1]
    wide = first and unicodedata.category(first) == "Ps" and \
        unicodedata.east_asian_width(first) in ("F", "W")
    return "" if wide else " "


def sentences(*texts: str) -> markupsafe.Markup:
    """Return sentences one after another, the empty ones left out: a space after each, but
    none after a full-width stop ("。"), whose width holds its own space, as Japanese and
    Chinese set theirs."""
    parts: list[str] = []
    for text in filter(None, texts):
        last = markupsafe.Markup(markupsafe.escape(text)).striptags()[-1:]
        parts += [markupsafe.escape(text), "" if wide_stop(last) else " "]
    return markupsafe.Markup("").join(parts[:-1])


def wide_stop(char: str) -> bool:
    """Tell whether a character is a full-width punctuation mark ("。", "！")."""
    return bool(char) and unicodedata.category(char).startswith("P") and \
        unicodedata.east_asian_width(char) in ("F", "W")


def name_ways_back(page: bytes, words: Words) -> bytes:
    """Name each footnote's link back to its mark in the page's language."""
    if b'href="#fnref' not in page:
        return page
    label = b' aria-label="' + words.markup("footnote_back").encode() + b'"'
    return WAY_BACK.sub(lambda found: found[0] + label, page)


def add_word_helpers(env: jinja2.Environment) -> None:
    """Give templates reading_minutes(), gap(), sentences(), the filters of WORD_FILTERS and
    the dates' filters and test."""
    env.globals["reading_minutes"] = reading_time
    env.globals["gap"] = gap
    env.globals["sentences"] = sentences
    env.filters.update(when=when, day=day, stamp=stamp, event_date=event_date)
    env.tests["updated_later"] = updated_later
    env.filters.update({name: words_filter(method) for name, method in WORD_FILTERS.items()})
