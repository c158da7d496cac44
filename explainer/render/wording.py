"""The templates' helpers for words, each in the language of the page being rendered.

`t("key", name=...)` gives a text of the strings tables: Theme.render hands every template its
page's `t` with the page's `words`. A function that takes the template's context would do, but
Jinja makes a new context for each call of one inside a loop, which costs more than the text.
The filters `date`, `number`, `country_name` and `role_names` write dates, numbers, country
names and a list of roles as the page's language does; they find `words` among the variables
the page was rendered with (the context's parent, which included templates share), without
the lookup through the template's own variables that context["words"] would make.
`reading_minutes(explainer)` counts an explainer's reading time as its own language reads.
"""

from __future__ import annotations

import difflib
from typing import Any

import jinja2
import markupsafe
from jinja2.runtime import Context

from ..content.model import Country, Explainer, FuzzyDate, Organisation
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
            return self.words.markup(key, count, **values)
        except KeyError as exc:
            texts = self.words.texts
            if key not in texts:
                close = difflib.get_close_matches(key, list(texts), n=1)
                raise jinja2.TemplateRuntimeError(
                    f"t('{key}'): there is no such text in the strings tables" +
                    (f" (did you mean '{close[0]}'?)" if close else "")) from None
            raise jinja2.TemplateRuntimeError(
                f"t('{key}') needs {exc.args[0]}=..., which its text fills in") from None


@jinja2.pass_context
def date_filter(context: Context, value: FuzzyDate) -> str:
    """Return a date as the page's language writes it."""
    return context.parent["words"].date(value)  # type: ignore[no-any-return]


@jinja2.pass_context
def number_filter(context: Context, value: float) -> str:
    """Return a number as the page's language writes it."""
    return context.parent["words"].number(value)  # type: ignore[no-any-return]


@jinja2.pass_context
def role_names(context: Context, roles: tuple[str, ...]) -> str:
    """Return the names of roles (model.ROLES) in the page's language, as a list."""
    return context.parent["words"].role_names(tuple(roles))  # type: ignore[no-any-return]


@jinja2.pass_context
def country_name(context: Context, country: Country) -> str:
    """Return a country's name in the page's language."""
    return context.parent["words"].country(country)  # type: ignore[no-any-return]


@jinja2.pass_context
def organisation_named(context: Context, organisation: Organisation) -> Organisation:
    """Return a listed organisation as the page's language names it, with its initials."""
    return context.parent["words"].organisation(organisation)  # type: ignore[no-any-return]


@jinja2.pass_context
def upper_first(context: Context, text: str) -> str:
    """Return a text with its first letter a capital, in the page's language."""
    return context.parent["words"].upper_first(text)  # type: ignore[no-any-return]


def reading_time(explainer: Explainer) -> int:
    """Return the minutes an explainer takes to read, its words counted as its own language
    counts them."""
    return reading_minutes(explainer, explainer.language)


def add_word_helpers(env: jinja2.Environment) -> None:
    """Give templates reading_minutes() and the date, number, country_name, role_names,
    upper_first and in_language filters."""
    env.globals["reading_minutes"] = reading_time
    env.filters["date"] = date_filter
    env.filters["number"] = number_filter
    env.filters["country_name"] = country_name
    env.filters["role_names"] = role_names
    env.filters["upper_first"] = upper_first
    env.filters["in_language"] = organisation_named
