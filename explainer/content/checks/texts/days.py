"""The days a text gives, as each language writes them.

A day is read where a number starts: "25 June 2024", "June 25", "25 de junio de 2024", "25.
Juni", "την 25η Ιουνίου", "ngày 25 tháng 6", "2024年6月25日", "2024년 6월 25일", "2024-06-25"
or, where the language writes the day first, "25/6/2024", with the explainer's language's
month names from CLDR; its year may come first ("2024. június 25."), or be of the language's
own era where that era's years begin with the Gregorian ones (Thai's "25 มิถุนายน 2567").
Digits of any script are read as ASCII's ("２０２４年６月２５日").
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names, match_skeleton, tokenize_pattern

from ...dates import day_first, gregorian_year
from ...languages import cldr_locale, language_locale
from ...numerals import latin_digits
from .conjunctions import AND, words_pattern

DIGIT = re.compile(r"\d")
# A date in figures with points, day first, as the languages that write the day first do:
# "06.06.2023", "6.06.2023" (Ukrainian, Russian, German, Polish); two points and a year after
# them, never a decimal ("2.5") nor a version ("1.2.3").
DOTTED_REST = r"\.(?:1[0-2]|0?[1-9])\.\d{4}(?!\d)"
WORD_END = r"(?![^\W_])"
DOTTED = r"|(?P<d_dt>[0-3]?\d)\.(?P<m_dt>1[0-2]|0?[1-9])\.(?P<y_dt>\d{4})(?!\d)"
# A number that may be a day, or a date's year: not one inside a word (a letter of a script
# written without spaces may come just before it: "は6月25日"), nor "1,000", "3%" or "2.5".
# It starts with its digit, the quickest to look for. Markdown's underscores of emphasis are
# no letters: "_30 June 2023_" is a date, as "*30 June 2023*" is (WORD_END: a date's end).
DAY_OR_YEAR = re.compile(r"\d(?<![^\W_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]\d)(?<![^\W_]_\d)"
                         r"(?<!\d[.,]\d)"
                         r"(?:\d{3}(?=-|\s?[年년])|\d?(?!\d|[.,]\d|%)|\d?(?=" + DOTTED_REST + "))")
# What joins the two ends of a range of days, as Chinese, Japanese and Korean write one:
# "6月24日から26日", "6月24日～26日", "6月24日至26日", "6월 24일부터 26일"; "到" too, but not
# "到达" (to arrive).
RANGE_JOIN = r"[～〜~\-–—間간]|から|より|至|到(?![达達])|부터"
# Dates written in figures, in any language: 2024-06-25; with the words for year, month and
# day of Chinese and Japanese or of Korean, perhaps spaced: 2024年6月25日, 6月25日, "2024 年 6
# 月 25 日", "2024년 6월 25일". Not an end of a range, nor a day after a year written otherwise,
# in an era ("令和5年6月26日") or in words ("去年6月26日", last year's): its own year is not known.
FIGURES = (r"(?P<y_iso>\d{4})-(?P<m_iso>[01]\d)-(?P<d_iso>[0-3]\d)(?!\d)"
           rf"|(?<![年년～〜~\-–—至到])(?<![年년]\s)(?<!から|より|부터)"
           r"(?:(?P<y_cjk>\d{4})\s?[年년]\s?)?(?P<m_cjk>1[0-2]|0?[1-9])\s?[月월]\s?"
           rf"(?P<d_cjk>[0-3]?\d)\s?[日일](?!\s?(?:{RANGE_JOIN}))")
# With its year, a day written before its month in figures, where the language writes it so:
# "25/6/2024" (without one, "1/2" may be a half).
SLASHED = r"|(?P<d_sl>[0-3]?\d)/(?P<m_sl>1[0-2]|0?[1-9])/(?P<y_sl>\d{4})(?!\d)"
# A day's number, perhaps with its ordinal's ending: "1st", "1er", "1º", "25."; Greek's "1η" and
# its genitive "28ης" ("την 1η Μαρτίου", "της 28ης Φεβρουαρίου"); the genitive Ukrainian and
# Russian write with a hyphen, "7-го червня", "7-го июня".
DAY = r"(?P<d_{}>[0-3]?\d)(?:st|nd|rd|th|er|º|ης|η|\.|-го)?"
# A year after its month: "June 2024", "junio de 2024", Vietnamese's "tháng 6 năm 2024", after
# the Arabic comma, as Urdu writes it ("26 جون، 2024"), and after its era, in letters and
# points: Thai's "ตุลาคม ค.ศ. 2026" or "ตุลาคม พ.ศ. 2569".
YEAR = r"(?:[,\u060c]?\s+(?:(?:de|năm)\s+|(?:[^\W\d_]{{1,2}}\.){{2}}\s*)?(?P<y_{}>\d{{4}})(?!\d))?"
# The article a language writes before a day, again before the second of two joined by "and":
# "il 2 e il 3 maggio", "el 2 y el 3 de mayo", "le 2 et le 3 mai".
DAY_ARTICLES = {"it": ("il", "l'", "l\u2019"), "fr": ("le",), "es": ("el",)}
# A year before its month, where a language writes it first: Hungarian's "2026. október 20.".
YEAR_BEFORE = re.compile(r"(?<![\d.,])(\d{4})\.?\s+\Z")
MONTH_BEFORE = 16  # how far before a day its month's name may start: "September. "
# A day that ends or opens a range of days, joined by a dash, in any language that writes its
# days in figures before or after the month's name: "24–27 June", "June 24-27", "24 juni – 2
# juli", "24.–27. Juni". What comes before the end: the first day, or its month's name.
RANGE_BEFORE = re.compile(r"(?:(?<![\d.,])\d{1,2}|(?P<month>[^\W\d_]+))\.?\s?[-–—]\s?\Z")
RANGE_AFTER = re.compile(r"\s?[-–—]\s?(?:\d{4}-\d\d-\d\d|\d{1,2}(?![\d.,]\d))")
# What may follow the number of a day or a year: "25 ", "1st", "1er", "1º", "1η", "25.",
# "2024-06-25", "2024年", "6月", "2024년", "6월", "25/6/2024"; not "1,000" nor "3%".
AFTER_DAY = frozenset(" \t\n\u00a0\u202f\u3000.-/年月년월sntreºηΗ")
# The month names a language's regions write and its own locale does not (en-GB's "Sept",
# de-AT's "Jänner"), made from Babel's CLDR by scripts/update_month_names.py.
REGIONAL = files("explainer") / "data" / "cldr_months.json"
CONTEXTS = ("format", "stand-alone")  # as a date writes a month after its day, and alone


class Stated(NamedTuple):
    """A day a text gives, and where: the year when it says one."""

    day: int
    year: int | None
    month: int
    start: int
    end: int


@dataclass(frozen=True)
class DatePatterns:
    """How a language writes a date: each is matched where a number starts, not searched
    for, since a text holds few numbers but many words."""

    months: dict[str, int]  # the month names, lowercased, by month
    at_day: re.Pattern[str]  # a day, then its month: "25 June 2024", or a date in figures
    after_month: re.Pattern[str]  # the day after the month's name: "25, 2024"
    year_first: bool = False  # whether the year comes before the month: "2026. október 20."
    # What the language writes after a year, ending in a point: Russian's "2024 г.".
    year_mark: re.Pattern[str] | None = None
    # The first of two days joined by "and", which share the second's month: the "2" of "2 and
    # 3 May", "il 2 e il 3 maggio", "2. a 3. května"; searched for just before the second.
    paired: re.Pattern[str] | None = None


@functools.cache
def date_patterns(language: str) -> DatePatterns:
    """Return the patterns of dates written with a language's month names, or in figures."""
    names = month_names(language)
    # A name of two words ("tháng 6") may have any space between them.
    months = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                      for name in sorted(names, key=len, reverse=True))
    figures = FIGURES + SLASHED + DOTTED if day_first(language) else FIGURES
    at_day = (rf"{DAY.format('dm')}\s+(?:(?:de|of|du)\s+)?(?P<m_dm>{months})\.?"
              rf"{YEAR.format('dm')}{WORD_END}|{figures}") if names else figures
    locale = cldr_locale(language)
    return DatePatterns(names, re.compile(at_day, re.IGNORECASE),
                        re.compile(rf"{DAY.format('md')}(?!\d){YEAR.format('md')}{WORD_END}"),
                        locale is not None and long_date(locale)[0] == ("field", ("y", 1)),
                        year_mark(locale) if locale is not None else None,
                        paired_day(language) if names else None)


def paired_day(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a day joined by the language's "and" to the next, which names
    the month of both, the article before that one optional; None where "and" is not known."""
    base = language.split("-")[0]
    if base not in AND:
        return None
    articles = DAY_ARTICLES.get(base, ())
    article = rf"(?:(?:{words_pattern(articles)})\s*)?" if articles else ""
    return re.compile(rf"(?<![\d.,/])\b([0-3]?\d)(?:st|nd|rd|th|er|º|\.)?\s+"
                      rf"(?:{words_pattern(AND[base])})\s+{article}\Z", re.IGNORECASE)


def year_mark(locale: Locale) -> re.Pattern[str] | None:
    """Return what a language's dates write after their year when it ends in a point, as CLDR
    writes them ("26 июня 2024 г.", "26 червня 2024 р.", "26. lipnja 2024."), blanks
    before it optional; None for a language whose dates end otherwise."""
    parts = long_date(locale)
    years = [index for index, (kind, value) in enumerate(parts)
             if kind == "field" and value[0] == "y"]
    after = "".join(str(value) for kind, value in parts[years[-1] + 1:] if kind == "chars") \
        if years else ""
    if not after.endswith(".") or any(kind == "field" for kind, _ in parts[years[-1] + 1:]):
        return None
    blanks = r"[\s\u00a0\u202f]*" if after[:1].isspace() else ""
    return re.compile(blanks + re.escape(after.strip()), re.IGNORECASE)


@functools.cache
def month_names(language: str) -> dict[str, int]:
    """Return a language's month names, wide and abbreviated, lowercased, by month: as
    written alone, and as its dates write them after a day (Hebrew's "באוגוסט"); a word and
    the month's number too, as Vietnamese names them ("tháng 6", "thg 6"); in each region's
    CLDR words for the language (an American page's "Sept.", which en-GB abbreviates so)."""
    locale = cldr_locale(language)
    if locale is None:
        return {}
    prefix = month_prefix(locale)
    language_tag = language_locale(locale)
    try:
        own = cldr_months(Locale.parse(language_tag))
    except (UnknownLocaleError, ValueError):
        own = {}
    names: dict[str, int] = {}
    for found in (cldr_months(locale), own, regional_months().get(language_tag, {})):
        for context, named in found.items():
            for name, number in named.items():
                names[name] = number
                if prefix and context == "format":
                    names[prefix + name] = number
    return names | GENITIVE_MONTHS.get(language.split("-")[0], {})


# The months in the genitive, as a date writes them after its day, where CLDR gives only
# their nominative: Serbian "16. марта 2025." ("16. marta" in Latin letters), both alphabets.
GENITIVE_MONTHS = {"sr": {name: number for names in (
    "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra")
    for number, name in enumerate(names.split(), start=1)}}


def cldr_months(locale: Locale) -> dict[str, dict[str, int]]:
    """Return a CLDR locale's month names that a text may give, wide and abbreviated,
    lowercased, by context and name."""
    found: dict[str, dict[str, int]] = {context: {} for context in CONTEXTS}
    for width, context in itertools.product(("wide", "abbreviated"), CONTEXTS):
        for number, name in get_month_names(width, context, locale).items():
            name = name.lower().rstrip(".")
            # A short abbreviation may be a word, but a whole name is the month's
            # (Persian's May, "مه"); one with a digit is written in figures ("6月"),
            # unless a word of its own comes before the number.
            if len(name) >= (2 if width == "wide" else 3) and (
                    not DIGIT.search(name) or name.split()[1:] == [str(number)]):
                found[context][name] = number
    return found


@functools.cache  # read once, however many languages a site has
def regional_months() -> dict[str, dict[str, dict[str, int]]]:
    """Return the month names each language's regions write and its own locale does not, by
    the language's CLDR locale (en, zh_Hant), context and name."""
    return json.loads(REGIONAL.read_text(encoding="utf-8"))["months"]  # type: ignore[no-any-return]


def month_prefix(locale: Locale) -> str:
    """Return what a language's dates join to the front of a month's name after its day,
    as CLDR writes them: Hebrew's "ב" ("25 ביוני 2024"), or nothing."""
    for before, token in itertools.pairwise(long_date(locale)):
        if token[0] == "field" and token[1][0] == "M" and before[0] == "chars":
            return "" if before[1][-1:].isspace() else before[1].split()[-1].lower()
    return ""


def long_date(locale: Locale) -> list[tuple[str, tuple[str, int] | str]]:
    """Return the parts of a day with its month in words and its year, as a language writes
    it: Hungarian's year, ". ", month, " ", day, "."."""
    skeletons = locale.datetime_skeletons
    return tokenize_pattern(skeletons[match_skeleton("yMMMMd", skeletons)].pattern)


def stated_dates(text: str, language: str) -> Iterator[Stated]:
    """Yield each date a prose text gives to the day, in the digits of any script."""
    patterns = date_patterns(language)
    # Read as ASCII digits, one for one, so that every place in the text stays where it is.
    text = latin_digits(text)
    done = 0
    for number in DAY_OR_YEAR.finditer(text):
        at = number.start()
        if at < done:
            continue  # inside a date already read
        read = date_at(text, number, patterns)
        if read is None:
            continue
        start, parts, done = read
        if ranged(text, start, done, patterns.months):
            continue
        month = int(parts["m"]) if parts["m"].isdigit() else patterns.months.get(
            " ".join(parts["m"].lower().split()))
        if month is not None and 1 <= int(parts["d"]) <= 31:
            year = gregorian_year(int(parts["y"]), language) if "y" in parts else None
            first = paired_first(text, start, patterns) if start == at else None
            if first is not None and 1 <= int(first[1]) < int(parts["d"]):
                yield Stated(int(first[1]), year, month, first.start(1), first.end(1))
            yield Stated(int(parts["d"]), year, month, start, done)


def paired_first(text: str, start: int, patterns: DatePatterns) -> re.Match[str] | None:
    """Return the first of two days joined by "and" whose second starts at start, the
    number of the first day its group 1; None if no day is joined to it."""
    if patterns.paired is None:
        return None
    return patterns.paired.search(text, max(0, start - MONTH_BEFORE), start)


def ranged(text: str, start: int, end: int, months: dict[str, int]) -> bool:
    """Tell whether the day between start and end is an end of a range of days ("24–27
    June"): not one day the text gives, but any of them."""
    before = RANGE_BEFORE.search(text, max(0, start - MONTH_BEFORE), start)
    return (before is not None and (not before["month"] or before["month"].lower() in months)
            ) or RANGE_AFTER.match(text, end) is not None


def date_at(text: str, number: re.Match[str], patterns: DatePatterns
            ) -> tuple[int, dict[str, str], int] | None:
    """Return where a date that a number is the day of starts, its parts (d, m, and y if
    given), and where it ends; None if the number is no date's."""
    at = number.start()
    words = text[max(0, at - MONTH_BEFORE):at].split() if text[at - 1:at].isspace() else ()
    word = words[-1].lstrip("*_") if words else ""  # "_June 30_", "*June 30*"
    month_name = word if word.rstrip(".").lower() in patterns.months else ""
    match = patterns.after_month.match(text, at) if month_name else None
    if match is not None:  # "June 25"
        start, parts = text.rfind(month_name, 0, at), {"m": month_name.rstrip(".")}
        year = YEAR_BEFORE.search(text, max(0, start - 8), start) \
            if patterns.year_first and not match["y_md"] else None
        if year is not None:  # "2026. október 20."
            start, parts["y"] = year.start(), year[1]
    elif text[number.end():number.end() + 1] not in AFTER_DAY:
        return None
    elif (match := patterns.at_day.match(text, at)) is not None:  # "25 June", "2024-06-25"
        start, parts = at, {}
    else:
        return None
    parts.update((name[0], value) for name, value in match.groupdict().items() if value)
    return start, parts, match.end()
