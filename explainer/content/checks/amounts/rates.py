"""Amounts per a time: "2,000 cases a week", "$1,300 a month", "300 cas par jour".

A rate is not a total: "2,000 cases a week" says nothing against "17,000 cases reported this
year", nor "$1,300 a month" against "$15,600 for a year of the drug". An amount that the words
right after it (or inside it: "2,000 weekly cases") give per an hour, a day, a week, a month or
a year has that time in its unit, and is held only against figures whose value or label gives
the same ("new cases a week", "monthly price"). A percentage is a ratio already: "inflation of
3.4%" is held against an "annual inflation rate".

So is an amount per a number of people or things, a power of ten ("60 cases per 100,000
people", "3 mil casos por 100 mil habitantes", "12 deaths per 1,000 births"): a rate, held
only against figures per the same number ("cases per 100,000 people in South Kivu"), never
against a count ("suspected mpox cases"); the number it is per counts nothing of its own.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from ..texts.measures import without_own_per
from ..texts.sentences import clause_at
from .perwords import unit_around
from .unitprices import unit_after, unit_per

if TYPE_CHECKING:
    from ..texts.counted import Amount

# A number after Swahili's time says how long, or how often, not per which time: "kwa wiki
# sita" (for six weeks), "kila siku tatu" (every three days).
SW_SPAN = r"(?!\s+(?:\d|(?:moja|mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi)\b))"
# What makes Indonesian's and Malay's "sehari" (a day) a time to come or gone: "sehari
# kemudian" (a day later).
ID_LATER = r"(?!\s+(?:kemudian|sebelumnya|lalu|setelahnya|berikutnya))"
# The endings of a Polish adjective: "roczny", "rocznych", not "rocznica" (an anniversary).
PL_ENDS = r"y|a|e|ego|ej|emu|ych|ym|ymi|ą"
# Each time, as a language says "per" it after an amount ("a week", "par semaine") or as an
# adjective or adverb ("weekly", "hebdomadaires"), which a label may also give before its noun
# ("(?!)", none: "horaires" are also timetables).
TIMES = {
    "en": {
        "hour": (r"(?:an?|per|each|every)\s+hour", r"hourly"),
        "day": (r"(?:a|per|each|every)\s+day", r"daily"),
        "week": (r"(?:a|per|each|every)\s+week", r"weekly"),
        "month": (r"(?:a|per|each|every)\s+month", r"monthly"),
        "year": (r"(?:a|per|each|every)\s+year|per\s+annum", r"yearly|annual(?:ly)?"),
    },
    "fr": {
        "hour": (r"(?:par|chaque)\s+heure|à\s+l['\u2019]heure", r"(?!)"),
        "day": (r"(?:par|chaque)\s+jour", r"quotidien(?:ne)?s?|journali(?:er|ère)s?"),
        "week": (r"(?:par|chaque)\s+semaine", r"hebdomadaires?"),
        "month": (r"(?:par|chaque)\s+mois", r"mensuel(?:le)?s?"),
        "year": (r"(?:par|chaque)\s+an(?:née)?", r"annuel(?:le)?s?"),
    },
    "es": {
        "hour": (r"(?:por|cada)\s+hora|a\s+la\s+hora", r"(?!)"),
        "day": (r"(?:por|cada)\s+día|al\s+día", r"diari[oa]s?"),
        "week": (r"(?:por|cada)\s+semana|a\s+la\s+semana", r"semanal(?:es)?"),
        "month": (r"(?:por|cada)\s+mes|al\s+mes", r"mensual(?:es)?"),
        "year": (r"(?:por|cada)\s+año|al\s+año", r"anual(?:es)?"),
    },
    "de": {
        "hour": (r"(?:pro|je)\s+Stunde", r"stündlich\w*"),
        "day": (r"(?:pro|je)\s+Tag|am\s+Tag", r"täglich\w*"),
        "week": (r"(?:pro|je)\s+Woche", r"wöchentlich\w*"),
        "month": (r"(?:pro|je)\s+Monat", r"monatlich\w*"),
        "year": (r"(?:pro|je)\s+Jahr", r"jährlich\w*"),
    },
    "it": {
        "hour": (r"(?:all['\u2019]|ogni\s+|per\s+)ora", r"(?!)"),
        "day": (r"(?:al|ogni|per)\s+giorno", r"giornalier[oia]|quotidian[oiae]"),
        "week": (r"(?:a|alla|ogni|per)\s+settimana", r"settimanal[ei]"),
        "month": (r"(?:al|ogni|per)\s+mese", r"mensil[ei]"),
        "year": (r"(?:all['\u2019]|ogni\s+|per\s+)anno", r"annu[oiae]|annual[ei]"),
    },
    "pt": {
        "hour": (r"(?:por|cada)\s+hora", r"(?!)"),
        "day": (r"(?:por|cada|ao)\s+dia", r"diári[oa]s?"),
        "week": (r"(?:por|cada)\s+semana", r"semana(?:l|is)"),
        "month": (r"(?:por|cada|ao)\s+mês", r"mensa(?:l|is)"),
        "year": (r"(?:por|cada|ao)\s+ano", r"anua(?:l|is)"),
    },
    # Where the words a count is of come between it and its time ("2.000 kasus demam berdarah
    # per minggu", "visa 2,000 vya dengi kila wiki", "हर हफ्ते 2,000 मामले"), the time is
    # read as a word of the amount's clause, as "weekly" is.
    "id": {
        "hour": (r"(?!)", r"(?:per|setiap|tiap)\s+jam"),
        "day": (r"(?!)", r"(?:per|setiap|tiap)\s+hari|harian|sehari" + ID_LATER),
        "week": (r"(?!)", r"(?:per|setiap|tiap)\s+minggu|mingguan|seminggu" + ID_LATER),
        "month": (r"(?!)", r"(?:per|setiap|tiap)\s+bulan|bulanan|sebulan" + ID_LATER),
        "year": (r"(?!)", r"(?:per|setiap|tiap)\s+tahun|tahunan|setahun" + ID_LATER),
    },
    "ms": {
        "hour": (r"(?!)", r"(?:per|setiap)\s+jam"),
        "day": (r"(?!)", r"(?:per|setiap)\s+hari|harian|sehari" + ID_LATER),
        "week": (r"(?!)", r"(?:per|setiap)\s+minggu|mingguan|seminggu" + ID_LATER),
        "month": (r"(?!)", r"(?:per|setiap)\s+bulan|bulanan|sebulan" + ID_LATER),
        "year": (r"(?!)", r"(?:per|setiap)\s+tahun|tahunan|setahun" + ID_LATER),
    },
    # "hàng tháng trời" is for months on end, no rate.
    "vi": {
        "hour": (r"(?!)", r"mỗi\s+giờ"),
        "day": (r"(?!)", r"(?:mỗi|hằng|hàng)\s+ngày"),
        "week": (r"(?!)", r"(?:mỗi|hằng|hàng)\s+tuần"),
        "month": (r"(?!)", r"(?:mỗi|hằng|hàng)\s+tháng(?!\s+trời)"),
        "year": (r"(?!)", r"(?:mỗi|hằng|hàng)\s+năm(?!\s+trời)"),
    },
    "sw": {
        "hour": (r"(?!)", r"(?:kwa|kila)\s+saa" + SW_SPAN),
        "day": (r"(?!)", r"(?:kwa|kila)\s+siku" + SW_SPAN),
        "week": (r"(?!)", r"(?:kwa|kila)\s+wiki" + SW_SPAN),
        "month": (r"(?!)", r"(?:kwa|kila)\s+mwezi" + SW_SPAN),
        "year": (r"(?!)", r"(?:kwa|kila)\s+mwaka" + SW_SPAN),
    },
    "hi": {
        "hour": (r"(?!)", r"(?:हर|प्रति)\s+घंटे"),
        "day": (r"(?!)", r"(?:हर|प्रति)\s+दिन|प्रतिदिन|रोजाना|रोज़ाना|दैनिक"),
        "week": (r"(?!)", r"(?:हर|प्रति)\s+(?:हफ्ते|हफ़्ते|सप्ताह)|साप्ताहिक"),
        "month": (r"(?!)", r"(?:हर|प्रति)\s+(?:महीने|माह)|मासिक"),
        "year": (r"(?!)", r"(?:हर|प्रति)\s+(?:साल|वर्ष)|सालाना|वार्षिक"),
    },
    "pl": {
        "hour": (r"(?!)", r"(?!)"),  # "100 km na godzinę" is a speed
        "day": (r"na\s+(?:dzień|dobę)(?!\s+\d)", r"dziennie|codziennie|dobowo"),
        "week": (r"na\s+tydzień", r"tygodniowo|co\s+tydzień|tygodniow(?:" + PL_ENDS + r")"),
        "month": (r"na\s+miesiąc", r"miesięcznie|co\s+miesiąc|miesięczn(?:" + PL_ENDS + r")"),
        "year": (r"na\s+rok", r"rocznie|co\s+roku|roczn(?:" + PL_ENDS + r")"),
    },
}


class Patterns(NamedTuple):
    """A language's patterns of a time an amount is per."""

    after: re.Pattern[str]
    anywhere: re.Pattern[str]
    inside: re.Pattern[str]


# What makes "a week" a time ago or to come, not a rate: "a week ago", "a year later".
NOT_RATE = {"en": r"(?!\s+(?:ago|earlier|later|before|after|on\s+from)\b)"}
# What makes "a day" in a label a time something took, not a rate: "rain in a day".
SPAN_OF = {"en": r"(?<!\bin\s)(?<!\bfor\s)(?<!\bover\s)(?<!within\s)"}


def _patterns(language: str, times: dict[str, tuple[str, str]]) -> Patterns:
    """Return the patterns of a time: right after an amount, anywhere in a label, and as a
    word of an amount's clause ("weekly"; not the "per hour" of "130 miles per hour", a
    speed's unit, nor the "a year" of "a year later, 2,000 cases")."""
    either = "|".join(rf"(?P<{time}>{phrase}|{adjective})"
                      for time, (phrase, adjective) in times.items())
    adjectives = "|".join(rf"(?P<{time}>{adjective})" for time, (_, adjective) in times.items())
    tail = NOT_RATE.get(language, "")
    return Patterns(re.compile(rf"\s*(?:{either})(?!\w){tail}", re.IGNORECASE),
                    re.compile(rf"(?<!\w){SPAN_OF.get(language, '')}(?:{either})(?!\w){tail}",
                               re.IGNORECASE),
                    re.compile(rf"(?<!\w)(?:{adjectives})(?!\w)", re.IGNORECASE))


# What says an amount is per a number of people or things, in each language, and the words
# of a scale after that number ("100 mil", "a million"). Where the word also says what a price
# is paid for ("pour 1 million d'euros", "por 1.000 reais"), only before people.
PEOPLE = r"(?=[\d\s.,\u00a0\u202f]*(?:\w+\.?\s+)?(?:{}))"  # "100 тыс. населения"
BASE_WORDS = {
    "en": r"per|for\s+every|in\s+every|out\s+of\s+every",
    "fr": r"pour" + PEOPLE.format(r"habitants|personnes|naissances|enfants"),
    "es": r"por\s+cada|cada|por" + PEOPLE.format(r"habitantes|personas|nacidos|niños"),
    "de": r"je|pro",
    "it": r"ogni|per" + PEOPLE.format(r"abitanti|persone|nati|bambini"),
    "pt": r"por\s+cada|a\s+cada|cada|por" + PEOPLE.format(r"habitantes|pessoas|nascidos|crianças"),
    "id": r"setiap|tiap|per" + PEOPLE.format(r"penduduk|jiwa|orang|kelahiran|populasi"),
    "ms": r"bagi\s+setiap|setiap|per" + PEOPLE.format(r"penduduk|orang|kelahiran|populasi"),
    # "trên 100.000 người" is also "more than 100,000 people": "trên" only before "dân".
    "vi": r"mỗi|cứ|trên" + PEOPLE.format(r"dân|ca\s+sinh"),
    "pl": r"na" + PEOPLE.format(r"mieszkańców|osób|urodzeń|dzieci|ludności"),
    "ru": r"на" + PEOPLE.format(r"населения|жителей|человек|новорожд[её]нных|детей"),
    "uk": r"на" + PEOPLE.format(r"населення|мешканців|жителів|осіб|людей|новонароджених|дітей"),
    # Korean gives the number an amount is per before it ("인구 10만 명당 60명"): not read.
}
SCALES = {"thousand": 10**3, "mil": 10**3, "mille": 10**3, "tausend": 10**3, "mila": 10**3,
          "ribu": 10**3, "nghìn": 10**3, "ngàn": 10**3, "tys": 10**3, "тыс": 10**3,
          "тысяч": 10**3, "тис": 10**3, "тисяч": 10**3,
          "million": 10**6, "millions": 10**6, "milhão": 10**6, "millón": 10**6,
          "milione": 10**6}
BASE_NUMBER = (r"(?P<digits>\d(?:[\d,.'\u00a0\u202f ]*\d)?)?\s*"
               rf"(?P<scale>{'|'.join(SCALES)})?(?!\w)")
# Up to three words may come between the amount and the number ("casos prováveis de dengue
# por 100 mil").
BETWEEN = r"(?:\s+[^\W\d_][\w'\u2019-]*){0,3}?\s*"
BASES = {language: (re.compile(rf"{BETWEEN}(?<!\w)(?:{words})\s+(?:an?\s+|um\s+|un\s+)?"
                               rf"{BASE_NUMBER}", re.IGNORECASE),
                    re.compile(rf"(?<!\w)(?:{words})\s+\Z", re.IGNORECASE))
         for language, words in BASE_WORDS.items()}
PER = " per "  # between a unit and its time: not "/", which "km/h" has
PATTERNS = {language: _patterns(language, times) for language, times in TIMES.items()}


def base_of(found: re.Match[str] | None) -> str | None:
    """Return the number an amount is per, as digits ("100000" of "per 100,000" or of "por
    100 mil"), if a match found one that is a power of ten of 100 or more; else None."""
    if found is None or not (found["digits"] or found["scale"]):
        return None
    digits = re.sub(r"\D", "", found["digits"] or "1")
    number = int(digits) * SCALES.get((found["scale"] or "").lower(), 1)
    written = str(number)
    return written if number >= 100 and written.strip("0") == "1" else None


def base_per(text: str, start: int, language: str) -> str | None:
    """Return the number the amount ending at start is per ("per 100,000 people"), or None."""
    patterns = BASES.get(language.split("-")[0])
    return None if patterns is None else base_of(patterns[0].match(text, start))


def is_base(text: str, start: int, language: str) -> bool:
    """Tell whether the amount at start is the number another is per ("100,000 people" of
    "60 cases per 100,000 people"), which counts nothing of its own."""
    patterns = BASES.get(language.split("-")[0])
    opened = patterns[1].search(text, max(start - 20, 0), start) if patterns else None
    return opened is not None and patterns is not None and \
        base_of(patterns[0].match(text, opened.start())) is not None


def time_per(text: str, language: str) -> str | None:
    """Return the time a text (a figure's value or label) gives its amount per, the number
    of people or things it gives it per, or the unit of a thing (unitprices.py); else None.
    A measure's unit says none ("491 l/m²")."""
    text = without_own_per(text, language)
    bases = BASES.get(language.split("-")[0])
    for opened in bases[0].finditer(text) if bases else ():
        if (base := base_of(opened)) is not None:
            return base
    patterns = PATTERNS.get(language.split("-")[0])
    found = patterns.anywhere.search(text) if patterns else None
    return unit_per(text, language) if found is None else found.lastgroup


def time_after(text: str, start: int, amount: Amount, language: str) -> str | None:
    """Return the time that an amount at start, as written, is per: said right after it
    ("2,000 cases a week"), or by a word of its clause ("2,000 weekly cases", "weekly cases
    reached 2,000", "un budget annuel de 2 milliards"); else the unit of a thing said right
    after it ("$627 a tonne", see unitprices.py) or before it ("톤당 627달러", perwords.py);
    None for a total."""
    end = start + len(amount.written)
    base = base_per(text, end, language)
    if base is not None:
        return base
    patterns = PATTERNS.get(language.split("-")[0])
    found = patterns.after.match(text, end) if patterns else None
    unit = None if found is not None else \
        unit_after(text, end, language) or unit_around(text, start, end, language)
    if found is None and unit is None and patterns is not None and inside(text, language):
        found = patterns.inside.search(clause_at(text, start))  # "2,000 weekly cases"
    return unit if found is None else found.lastgroup


@functools.lru_cache(maxsize=64)  # the amounts of one text ask in turn
def inside(text: str, language: str) -> bool:
    """Tell whether a text has a word of a time anywhere ("weekly"), which an amount's clause
    may have: most have none, and their amounts' clauses need not be found."""
    patterns = PATTERNS.get(language.split("-")[0])
    return patterns is not None and patterns.inside.search(text) is not None


def per(amount: Amount, time: str | None) -> Amount:
    """Return an amount whose unit is per a time ("case per week"), or the amount if none."""
    if time is None or amount.unit == "%":
        return amount
    return dataclasses.replace(amount, unit=f"{amount.unit}{PER}{time}")


def unit_counted(unit: str) -> str:
    """Return the noun or currency a unit counts, without the time it is per."""
    return unit.split(PER, 1)[0]
