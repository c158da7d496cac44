"""The times a figure's label and a sentence name: years, and months by their names in the
explainer's language, from CLDR. A figure of one time ("CO2 emitted in 2026", "inflation in
September") is not what a sentence of another time gives ("37.5 billion tonnes in 2025",
"4.1% in August"), whatever words they share.
"""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from .counting import YEAR as YEAR_DIGITS
from .languages import cldr_locale

YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")


@functools.cache  # once per language
def month_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a language's month names, whole and as CLDR writes them: "May",
    not the "may" of "prices may rise"; None for a language CLDR does not know."""
    locale = cldr_locale(language)
    if locale is None:
        return None
    names = {name for context in ("format", "stand-alone")
             for name in get_month_names("wide", context, locale).values()}
    return re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(name) for name in sorted(names, key=len, reverse=True)) + r")(?!\w)")


def named_times(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the years and the months (as written, lowercased) a text names."""
    months = month_pattern(language)
    return (frozenset(YEAR.findall(text)),
            frozenset() if months is None else frozenset(m.lower() for m in months.findall(text)))


def other_time(label: str, sentence: str, language: str) -> bool:
    """Tell whether a sentence speaks of another time than a figure's label: the label names a
    year (or a month), and the sentence names others, not it."""
    return any(its and said and not its & said for its, said in
               zip(named_times(label, language), named_times(sentence, language), strict=True))
