"""The parts of a year a sentence names by words, not by a month: its end ("by the end of the
year", "cuối năm", "Ende des Jahres"), its start, a quarter or a half. A sentence that names
such a part speaks of another time than a figure whose label names a month outside it: "by
the end of the year, the price had fallen to $500" is no "price in January 2024"."""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from ...languages import cldr_locale
from ..counting import YEAR

# The months of each part of a year a language names by words.
MONTHS = {"start": range(1, 4), "end": range(10, 13), "q1": range(1, 4), "q2": range(4, 7),
          "q3": range(7, 10), "q4": range(10, 13), "h1": range(1, 7), "h2": range(7, 13)}
# How each language names them: "the end of the year", "la fin de l'année", "el cuarto
# trimestre", "das zweite Halbjahr"; the end or the start of a year written in figures too.
PARTS = {
    "en": {"end": rf"(?:end|close)\s+of\s+(?:the\s+|that\s+|this\s+|last\s+)?year|end\s+of\s+"
                  rf"{YEAR}|year[-\s]end|late\s+(?:in\s+)?(?:the\s+|that\s+)?year",
           "start": rf"(?:start|beginning)\s+of\s+(?:the\s+|that\s+|this\s+)?year|(?:start|"
                    rf"beginning)\s+of\s+{YEAR}|early\s+(?:in\s+)?(?:the\s+|that\s+)?year",
           "q1": r"first\s+quarter", "q2": r"second\s+quarter", "q3": r"third\s+quarter",
           "q4": r"(?:fourth|final|last)\s+quarter", "h1": r"first\s+half",
           "h2": r"second\s+half"},
    "fr": {"end": rf"fin\s+(?:de\s+l['’]|d['’])ann[ée]e|fin\s+{YEAR}",
           "start": rf"d[ée]but\s+(?:de\s+l['’]|d['’])ann[ée]e|d[ée]but\s+{YEAR}",
           "q1": r"premier\s+trimestre", "q2": r"(?:deuxième|second)\s+trimestre",
           "q3": r"troisième\s+trimestre", "q4": r"(?:quatrième|dernier)\s+trimestre",
           "h1": r"premier\s+semestre", "h2": r"(?:deuxième|second)\s+semestre"},
    "es": {"end": rf"fin(?:al)?(?:es)?\s+del?\s+(?:año|{YEAR})",
           "start": rf"(?:principios|comienzos?|inicios?)\s+del?\s+(?:año|{YEAR})",
           "q1": r"primer\s+trimestre", "q2": r"segundo\s+trimestre",
           "q3": r"tercer\s+trimestre", "q4": r"(?:cuarto|último)\s+trimestre",
           "h1": r"primer\s+semestre", "h2": r"segundo\s+semestre"},
    "de": {"end": rf"Ende\s+(?:des\s+Jahres|{YEAR})|Jahresende",
           "start": rf"(?:Anfang|Beginn)\s+(?:des\s+Jahres|{YEAR})|Jahres(?:beginn|anfang)",
           "q1": r"erste[nm]?\s+Quartal", "q2": r"zweite[nm]?\s+Quartal",
           "q3": r"dritte[nm]?\s+Quartal", "q4": r"(?:vierte|letzte)[nm]?\s+Quartal",
           "h1": r"erste[nm]?\s+Halbjahr", "h2": r"zweite[nm]?\s+Halbjahr"},
    "it": {"end": rf"fine\s+(?:dell['’]|d['’])anno|fine\s+(?:del\s+)?{YEAR}",
           "start": rf"inizio\s+(?:dell['’]|d['’])anno|inizio\s+(?:del\s+)?{YEAR}",
           "q1": r"primo\s+trimestre", "q2": r"secondo\s+trimestre",
           "q3": r"terzo\s+trimestre", "q4": r"(?:quarto|ultimo)\s+trimestre",
           "h1": r"primo\s+semestre", "h2": r"secondo\s+semestre"},
    "pt": {"end": rf"fi(?:m|nal)\s+d[eo]\s+(?:ano|{YEAR})",
           "start": rf"(?:início|começo|princípio)\s+d[eo]\s+(?:ano|{YEAR})",
           "q1": r"primeiro\s+trimestre", "q2": r"segundo\s+trimestre",
           "q3": r"terceiro\s+trimestre", "q4": r"(?:quarto|último)\s+trimestre",
           "h1": r"primeiro\s+semestre", "h2": r"segundo\s+semestre"},
    "vi": {"end": r"cuối\s+năm", "start": r"đầu\s+năm",
           "q1": r"quý\s+(?:1|I|một)", "q2": r"quý\s+(?:2|II|hai)", "q3": r"quý\s+(?:3|III|ba)",
           "q4": r"quý\s+(?:4|IV|bốn|cuối)", "h1": r"nửa\s+đầu\s+năm",
           "h2": r"nửa\s+(?:cuối|sau)\s+năm"},
}
PART = {language: {part: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
                   for part, words in parts.items()} for language, parts in PARTS.items()}


# The forms a month's name takes in a case CLDR does not give, by the ending of CLDR's
# stand-alone name and the one that case has in its place: Greek's accusative, "τον Ιούνιο"
# of "Ιούνιος", the form of "in June", "μετά τον Μάιο".
CASE_ENDINGS = {"el": (("ος", "ο"),)}


@functools.cache  # once per language
def month_forms(language: str) -> dict[str, int]:
    """Return the number of each month by its names as written: CLDR's, and the forms of
    the cases CLDR does not give (CASE_ENDINGS)."""
    locale = cldr_locale(language)
    if locale is None:
        return {}
    forms = {name: number for context in ("format", "stand-alone")
             for number, name in get_month_names("wide", context, locale).items()}
    for ending, other in CASE_ENDINGS.get(language.split("-")[0], ()):
        forms |= {name.removesuffix(ending) + other: number for name, number in list(forms.items())
                  if name.endswith(ending)}
    return forms


@functools.cache  # once per language
def month_numbers(language: str) -> dict[str, int]:
    """Return the number of each month by its name, lowercased, in any of its forms."""
    return {name.lower(): number for name, number in month_forms(language).items()}


def month_name(written: str, language: str) -> str:
    """Return a month's name, lowercased, in one form whatever its case: a label's "Ιούνιο"
    and a sentence's "Ιουνίου" name the same month."""
    locale, number = cldr_locale(language), month_numbers(language).get(written.lower())
    if locale is None or number is None:
        return written.lower()
    return str(get_month_names("wide", "format", locale)[number]).lower()


def part_months(sentence: str, language: str) -> set[int]:
    """Return the months of the parts of a year that a sentence names by words."""
    parts = PART.get(language.split("-")[0], {})
    return {month for part, pattern in parts.items() if pattern.search(sentence)
            for month in MONTHS[part]}


def other_part(months: frozenset[str], said: frozenset[str], sentence: str, language: str
               ) -> bool:
    """Tell whether a sentence names a part of a year ("cuối năm", "in the fourth quarter")
    that holds none of the months a label names (as named_times() gives them), and none of
    those months by name (said: the months the sentence names)."""
    if not months or months & said:
        return False
    parts = part_months(sentence, language)
    numbers = month_numbers(language)
    return bool(parts) and not any(numbers.get(month) in parts for month in months)
