"""The times a figure's label and a sentence name: years, and months by their names in the
explainer's language, from CLDR. A figure of one time ("CO2 emitted in 2026", "inflation in
September") is not what a sentence of another time gives ("37.5 billion tonnes in 2025",
"4.1% in August"), whatever words they share. Nor does a sentence that shares a label's words
of time alone ("en el primer semestre de 2024") speak of its figure: a time is not a thing.
"""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from ..languages import cldr_locale
from .counting import YEAR as YEAR_DIGITS
from .counting import Counting

YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")
# The nouns of a span of time in each language, and the word before one that says which:
# "the third quarter", "el primer semestre", "im dritten Quartal".
PERIODS = {
    "en": r"quarters?|half|halves|years?|months?|weeks?|semesters?",
    "fr": r"trimestres?|semestres?|années?|ans|mois|semaines?",
    "es": r"trimestres?|semestres?|años?|mes|meses|semanas?",
    "de": r"quartal\w*|halbjahr\w*|jahr\w*|monat\w*|woche\w*",
    "it": r"trimestr[ei]|semestr[ei]|ann[oi]|mes[ei]|settiman[ae]",
    "pt": r"trimestres?|semestres?|anos?|mês|meses|semanas?",
}
PERIOD = {language: re.compile(rf"(?<!\w)(?:(?P<which>[^\W\d_]+)\s+)?(?:{nouns})(?!\w)",
                               re.IGNORECASE) for language, nouns in PERIODS.items()}


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


def same_month(label: str, sentence: str, language: str) -> bool:
    """Tell whether a figure's label names a month that a sentence names too: the sentence
    gives the level of that month ("on 18 September" beside "rate after the September cut"),
    whatever a later event of the timeline gives."""
    months = named_times(label, language)[1]
    return bool(months) and bool(months & named_times(sentence, language)[1])


def time_words(text: str, counting: Counting) -> set[str]:
    """Return the stems of the words with which a text names a time: its years, its months,
    its spans of time and the word before one that says which ("third quarter")."""
    years, months = named_times(text, counting.language)
    pattern = PERIOD.get(counting.language.split("-")[0])
    spans = [] if pattern is None else [match[0] for match in pattern.finditer(text)]
    return counting.content_words(" ".join([*years, *months, *spans]))
