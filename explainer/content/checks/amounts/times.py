"""The times a figure's label and a sentence name: years, months by their names in the
explainer's language, from CLDR, and days. A figure of one time ("CO2 emitted in 2026",
"inflation in September", "turnout on 23 February") is not what a sentence of another time
gives ("37.5 billion tonnes in 2025", "4.1% in August", "on 9 February"), whatever words they
share. Nor does a sentence that shares a label's words of time alone ("en el primer semestre
de 2024", "am 23. Februar 2025") speak of its figure: a time is not a thing.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date
from typing import TYPE_CHECKING

from babel.dates import get_day_names

from ...languages import cldr_locale
from ..counting import YEAR as YEAR_DIGITS
from ..counting import Counting
from ..texts.days import stated_dates
from .clausedays import day_of_other_clause
from .yearparts import month_forms, month_name, month_numbers, other_part

if TYPE_CHECKING:
    from ...model import FuzzyDate

YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")
# The nouns of a span of time in each language, and the word before one that says which:
# "the third quarter", "el primer semestre", "im dritten Quartal"; and after it, RELATIVE.
PERIODS = {
    "en": r"quarters?|half|halves|years?|months?|weeks?|semesters?",
    "fr": r"trimestres?|semestres?|années?|ans|mois|semaines?",
    "es": r"trimestres?|semestres?|años?|mes|meses|semanas?",
    "de": r"quartal\w*|halbjahr\w*|jahr\w*|monat\w*|woche\w*",
    "it": r"trimestr[ei]|semestr[ei]|ann[oi]|mes[ei]|settiman[ae]",
    "pt": r"trimestres?|semestres?|anos?|mês|meses|semanas?",
}
# The word after a span that puts it before or after another time: "a year earlier".
RELATIVE = {"en": r"earlier|before|ago|prior|later",
            "fr": r"plus\s+tôt|auparavant|avant|plus\s+tard",
            "es": r"antes|atrás|después|más\s+tarde", "de": r"zuvor|davor|früher|später",
            "it": r"prima|fa|dopo|più\s+tardi", "pt": r"antes|atrás|depois|mais\s+tarde"}
PERIOD = {language: re.compile(rf"(?<!\w)(?:(?P<which>[^\W\d_]+)\s+)?(?:{nouns})"
                               rf"(?:\s+(?:{RELATIVE[language]}))?(?!\w)", re.IGNORECASE)
          for language, nouns in PERIODS.items()}

# English's superlatives of a record: "the lowest since 2021" compares with 2021.
SUPERLATIVES = r"highest|lowest|smallest|largest|biggest|fewest|least|most|first|fastest|" \
    r"slowest|strongest|weakest|best|worst|deepest|sharpest|steepest|longest|shortest"

# What opens the time a sentence compares with, up to its year: "as in 2024", "than in 2023",
# "compared with 2024", "up from £5 million in 2024", "up 209 from 2019" (not "from 2028", a
# time to come), and the last time a record was matched: "the smallest rise since February
# 2021".
COMPARED = {language: re.compile(rf"(?<!\w)(?:{words})\s+(?:[^\W\d][^,;.]{{0,40}}?\s|"
                                 rf"\S*\d[^,;.]{{0,30}}?\s)?{YEAR.pattern}", re.IGNORECASE)
            for language, words in {
    "en": r"as(?!\s+(?:of|at)\b)|than|from(?=\s+(?!(?:1[89]|20)\d\d\b)\S*\d)|"
          r"(?:up|down)\s+\S*\d[^,;.]{0,20}?\s+from|"  # a change since: "up 209 from 2019"
          r"compared\s+(?:with|to)|against|versus|"
          rf"(?:{SUPERLATIVES})(?:\s+[^\W\d]+){{0,3}}?\s+since",
    "fr": r"qu['\u2019]|que|par\s+rapport\s+(?:à|au)|contre",
    "es": r"que|frente\s+a|respecto\s+(?:a|al|de)|comparad[oa]s?\s+con",
    "de": r"als|wie|gegenüber|verglichen\s+mit", "it": r"che|rispetto\s+(?:a|al)",
    "pt": r"que|em\s+relação\s+(?:a|ao)|face\s+(?:a|ao)|comparad[oa]s?\s+com"}.items()}

# What closes a span just before the day that ends it: "the three months to 28 September".
SPAN_END = {language: re.compile(rf"\b(?:{span})\s+(?:{end})\s+\Z", re.IGNORECASE)
            for language, (span, end) in {
    "en": (r"months|weeks|days|quarter|year|half|period", r"to|ended|ending|through|until|till"),
    "fr": (r"mois|semaines|jours|trimestre|année|exercice|semestre", r"(?:clos|achevé|terminé)e?s?"
           r"(?:\s+le)?|jusqu['\u2019]au"),
    "es": (r"meses|semanas|días|trimestre|año|ejercicio|semestre",
           r"(?:cerrado|terminado|finalizado)s?(?:\s+el)?|hasta(?:\s+el)?|al"),
    "de": (r"Monate|Monaten|Wochen|Tage|Tagen|Quartal|Jahr|Geschäftsjahr|Halbjahr",
           r"bis(?:\s+zum)?|zum"),
    "it": (r"mesi|settimane|giorni|trimestre|anno|esercizio|semestre",
           r"(?:chius|terminat|conclus)[oi](?:\s+il)?|fino\s+al|al"),
    "pt": (r"meses|semanas|dias|trimestre|ano|exercício|semestre",
           r"(?:encerrad|terminad)[oa]s?(?:\s+em)?|até(?:\s+(?:o|ao))?")}.items()}


# A fiscal year named by one year, which English usage names by the year it ends in ("fiscal
# 2024", "FY2024", "the 2024 fiscal year"): it began in the year before, when its budget is set.
FISCAL = {"en": re.compile(rf"(?<!\w)(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<year>{YEAR_DIGITS})(?!\d)|"
                          rf"(?<!\d)(?P<named>{YEAR_DIGITS})\s+fiscal\s+year", re.IGNORECASE)}


# A span of one day, week or month, in which what a sentence counts befell: "in a single
# month", "en un solo mes", "an einem einzigen Tag". It is a part of a year, not the year.
ONE_SPAN = {language: re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
            for language, words in {
    "en": r"in\s+(?:a\s+single|one\s+single|a|one)\s+(?:day|week|month)",
    "fr": r"en\s+(?:un\s+seul|une\s+seule|un|une)\s+(?:jour|mois|semaine)",
    "es": r"en\s+(?:un\s+solo|una\s+sola|un|una)\s+(?:día|mes|semana)",
    "de": r"(?:in|an)\s+(?:einem\s+einzigen|einer\s+einzigen|einem|einer)\s+"
          r"(?:Tag|Monat|Woche)",
    "it": r"in\s+(?:un\s+solo|una\s+sola|un|una)\s+(?:giorno|mese|settimana)",
    "pt": r"em\s+(?:um\s+só|uma\s+só|um\s+único|uma\s+única|um|uma)\s+(?:dia|mês|semana)",
}.items()}


@functools.cache  # once per language
def month_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a language's month names, whole and as written (month_forms()):
    "May", not the "may" of "prices may rise"; None for a language CLDR does not know."""
    names = month_forms(language)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(name) for name in sorted(names, key=len, reverse=True)) + r")(?!\w)")


def named_times(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the years and the months (lowercased, in one form: month_name()) a text names."""
    months = month_pattern(language)
    return (frozenset(YEAR.findall(text)),
            frozenset() if months is None else
            frozenset(month_name(m, language) for m in months.findall(text)))


def other_time(label: str, sentence: str, language: str, dated: FuzzyDate | None = None
               ) -> bool:
    """Tell whether a sentence speaks of another time than a figure's label: the label names a
    year (or a month, or a day), and the sentence names others, not it; not the time it
    compares with ("£10 million, the same as in 2024", "up from £5 million in 2024"). A
    sentence of one day, week or month ("in a single month") speaks of a part of the year a
    label names; one that names a part of the year without the label's month ("by the end of
    the year" beside "price in January") of another (see yearparts.py). The day a sentence
    is dated to (dated: a timeline event's) is among those it names."""
    compared = COMPARED.get(language.split("-")[0])
    sentence = compared.sub(" ", sentence) if compared is not None else sentence
    if part_of_year(label, sentence, language):
        return True
    its, said = fiscal_times(label, language), named_times(sentence, language)
    return any(one and other and not one & other for one, other in zip(its, said, strict=True)) \
        or other_part(its[1], said[1], sentence, language) \
        or other_day(named_days(label, language), sentence, language, dated)


def named_days(text: str, language: str) -> frozenset[tuple[int, int]]:
    """Return the days a text gives to the day, each as its month and day ("7 mars": (3, 7))."""
    return frozenset((stated.month, stated.day) for stated in stated_dates(text, language))


def other_day(days: frozenset[tuple[int, int]], sentence: str, language: str,
              dated: FuzzyDate | None) -> bool:
    """Tell whether a label gives days (named_days()), and a sentence, or the day it is dated
    to, give others, not one of them: "le 19 janvier" is no "manifestants le 7 mars"."""
    if not days:
        return False  # most labels: no day to read the sentence for
    said = named_days(sentence, language) | (
        {(dated.month, dated.day)} if dated is not None and dated.day is not None else set())
    return bool(said) and not days & said


def fiscal_times(label: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the years and the months a label names, with the year before each fiscal year
    it names by one year, in which that fiscal year began ("the 2024 fiscal year" from July
    2023)."""
    years, months = named_times(label, language)
    fiscal = FISCAL.get(language.split("-")[0])
    began = set() if fiscal is None else {
        str(int(match["year"] or match["named"]) - 1) for match in fiscal.finditer(label)}
    return years | began, months


def part_of_year(label: str, sentence: str, language: str) -> bool:
    """Tell whether a label names a year and no month, and a sentence a span of one day, week
    or month within it: "14.976 migrantes en un solo mes" is no "llegadas en 2023"."""
    span = ONE_SPAN.get(language.split("-")[0])
    years, months = named_times(label, language)
    return span is not None and bool(years) and not months and span.search(sentence) is not None


def compared_at(text: str, span: tuple[int, int], language: str) -> bool:
    """Tell whether the time that ends at the end of span is one that a comparison after the
    span's start opens: "the same as in 2024"."""
    compared = COMPARED.get(language.split("-")[0])
    return compared is not None and any(
        match.end() == span[1] for match in compared.finditer(text, span[0], span[1]))


def same_month(label: str, sentence: str, language: str) -> bool:
    """Tell whether a figure's label names a month that a sentence names too: the sentence
    gives the level of that month ("on 18 September" beside "rate after the September cut"),
    whatever a later event of the timeline gives."""
    months = named_times(label, language)[1]
    return bool(months) and bool(months & named_times(sentence, language)[1])


# By language: the word that puts an amount in its own time, written right after it: "19.2% in
# March 2023", "19,2 % en mars 2023", "19,2% en marzo de 2023", "19,2 % im März 2023".
OWN_TIME = {"en": r"in|during", "fr": r"en", "es": r"en", "de": r"im|in", "it": r"a|nel|in",
            "pt": r"em"}


def own_time_apart(text: str, end: int, label: str, language: str) -> bool:
    """Tell whether the amount that ends at `end` is put in a time of its own right after it
    ("from 19.2% in March 2023"), and a figure's label names another ("inflation in May
    2024"): a sentence of two times gives each amount the time that follows it, so the level
    of March 2023 is no slip of May's, and "2.3% in May 2024" still is; nor is one put after
    an "after" past a day a label names (clausedays.py)."""
    if day_of_other_clause(text, end, label, language):
        return True  # "closed the bank on 10 March after its customers tried to withdraw ..."
    word, months = OWN_TIME.get(language.split("-")[0]), month_pattern(language)
    if word is None or months is None:
        return False
    after = re.match(rf"\s+(?:{word})\s+(?:(?P<month>{months.pattern})(?:\s+de)?\s+)?"
                     rf"(?P<year>{YEAR_DIGITS}(?!\d))?", text[end:end + 40])
    if after is None or not (after["month"] or after["year"]):
        return False
    years, named = fiscal_times(label, language)
    month = after["month"] and month_numbers(language).get(after["month"].lower())
    return bool(after["year"] and years and after["year"] not in years) or bool(
        month and named and month not in {month_numbers(language).get(m) for m in named})


def time_words(text: str, counting: Counting) -> set[str]:
    """Return the stems of the words with which a text names a time: its years, its months,
    its spans of time and the word before one that says which ("third quarter")."""
    years, months = named_times(text, counting.language)
    pattern = PERIOD.get(counting.language.split("-")[0])
    spans = [] if pattern is None else [match[0] for match in pattern.finditer(text)]
    return counting.content_words(" ".join([*years, *months, *spans]))


def dated_words(text: str, counting: Counting) -> set[str]:
    """Return the stems of the words with which a text names a time, with the number of each
    day it gives ("23" of "am 23. Februar 2025"): a day shared names no same thing."""
    days = (text[stated.start:stated.end] for stated in stated_dates(text, counting.language))
    return time_words(text, counting) | counting.content_words(" ".join(days))


def month_ended(sentence: str, at: int, language: str) -> date | None:
    """Return the last day of the last month a sentence names with its year before `at` ("The
    chains first offered, in September 2023, to sell 413 stores"; "en septiembre de 2023"), the
    day a level of that month was overtaken by; None if it names none."""
    months = month_pattern(language)
    if months is None:
        return None
    year_after = re.compile(rf"\s+(?:de\s+)?({YEAR_DIGITS})(?!\d)")
    ends = [date(int(year[1]), number, calendar.monthrange(int(year[1]), number)[1])
            for match in months.finditer(sentence, 0, at)
            if (year := year_after.match(sentence, match.end())) and year.end() <= at
            and (number := month_numbers(language).get(match[0].lower()))]
    return ends[-1] if ends else None


# The case a language puts a day of the week in to say "on" it, where CLDR gives the nominative:
# the Slavic accusative ("в субботу", "ve středu", "w środę", "u subotu") and the Hungarian
# superessive ("szerdán", "kedden", "pénteken", "szombaton"): by language, each ending of the
# nominative and the case's in its place.
ON_CASES = {"hu": (("a", "án"), ("ő", "őn"), ("dd", "dden"), ("ek", "eken"), ("ök", "ökön"),
                     ("at", "aton"), ("ap", "apon")),
              "ru": (("а", "у"),), "uk": (("а", "у"), ("я", "ю")), "be": (("а", "у"), ("я", "ю")),
              "pl": (("a", "ę"),), "cs": (("a", "u"), ("e", "i")), "sk": (("a", "u"),),
              "hr": (("a", "u"),), "bs": (("a", "u"),), "sr": (("а", "у"), ("a", "u")),
              "sl": (("a", "o"),)}
# The definite form a language gives a day of the week before its date, as its newsrooms write
# it: the Scandinavian "-en", "torsdagen den 7 mars 2024" (Swedish), "søndagen den 14. januar"
# (Danish): by language, the ending added to CLDR's name.
DEFINITE = {"sv": "en", "da": "en", "nb": "en", "no": "en", "nn": "en"}


@functools.cache  # once per language
def weekday_names(language: str) -> dict[str, int]:
    """Return a language's names of the days of the week as CLDR writes them, and in the
    case that says "on" them where the language declines them, and in the definite form
    where its newsrooms write that, lowercased, with each day's number (0 for Monday)."""
    locale = cldr_locale(language)
    if locale is None:
        return {}
    names = {name.lower(): day for context in ("format", "stand-alone")
             for day, name in get_day_names("wide", context, locale=locale).items()}
    endings = ON_CASES.get(language.split("-")[0], ())
    definite = DEFINITE.get(language.split("-")[0])
    return names | {name[:-len(end)] + case: day for name, day in names.items()
                    for end, case in endings if name.endswith(end)} | (
        {name + definite: day for name, day in names.items()} if definite else {})
