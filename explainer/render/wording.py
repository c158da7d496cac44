"""The templates' helpers for words, each in the language of the page being rendered.

`t("key", name=...)` gives a text of the strings tables; the filters `date`, `number` and
`country_name` write dates, numbers and country names as the page's language does. They take
the language's Words from the page's `words`, which Theme.render hands every template.
"""

from __future__ import annotations

import difflib
from typing import Any

import jinja2
import markupsafe
from jinja2.runtime import Context

from ..content.model import Country, FuzzyDate
from ..site.words import Words


@jinja2.pass_context
def translate(context: Context, key: str, count: int | None = None,
              **values: Any) -> markupsafe.Markup:
    """Return a text of the page's language with its values filled in."""
    words: Words = context["words"]
    try:
        return words.markup(key, count, **values)
    except KeyError as exc:
        if key not in words.texts:
            close = difflib.get_close_matches(key, list(words.texts), n=1)
            raise jinja2.TemplateRuntimeError(
                f"t('{key}'): there is no such text in the strings tables" +
                (f" (did you mean '{close[0]}'?)" if close else "")) from None
        raise jinja2.TemplateRuntimeError(
            f"t('{key}') needs {exc.args[0]}=..., which its text fills in") from None


@jinja2.pass_context
def date_filter(context: Context, value: FuzzyDate) -> str:
    """Return a date as the page's language writes it."""
    return context["words"].date(value)  # type: ignore[no-any-return]


@jinja2.pass_context
def number_filter(context: Context, value: float) -> str:
    """Return a number as the page's language writes it."""
    return context["words"].number(value)  # type: ignore[no-any-return]


@jinja2.pass_context
def country_name(context: Context, country: Country) -> str:
    """Return a country's name in the page's language."""
    return context["words"].country(country)  # type: ignore[no-any-return]


def add_word_helpers(env: jinja2.Environment) -> None:
    """Give templates t() and the date, number and country_name filters."""
    env.globals["t"] = translate
    env.filters["date"] = date_filter
    env.filters["number"] = number_filter
    env.filters["country_name"] = country_name
