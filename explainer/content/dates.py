"""Read a date field: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the author knows it."""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata

from yaml.nodes import Node, ScalarNode

from .clocks import day_before_time, time_alone
from .header import Reader, kind_of
from .model import PREHISTORY, FuzzyDate

# A year alone may be shorter ('632'), and one BC is negative ('-500', '-0044-03-15') or, of
# prehistory, longer ('-66000000'), with no month.
DATE = re.compile(r"(?P<y>-?\d{4}|-?\d{1,3}(?![\d-])|-\d{5,}(?![\d-]))"
                  r"(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T ][\d:.+\-Z ]*)?")
# A date typed with its year last, as many newsrooms write one: day and month, in either order.
YEAR_LAST = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
# A month written in words, with its year: "March 2024", "marzo de 2024", "März 2024".
MONTH_YEAR = re.compile(r"(?P<month>[^\W\d_]+)\.?\s+(?:(?:de|of)\s+)?(?P<year>\d{4})")
# A date typed with its year first, as Japanese, Chinese and Korean write one ("2024年3月15日",
# "2024년 3월 15일", "2024年3月") or with slashes or points ("2024/03/15", "2024.3.15").
YEAR_FIRST = (re.compile(r"(?P<y>\d{4})\s*[年년](?:\s*(?P<m>\d{1,2})\s*[月월]"
                         r"(?:\s*(?P<d>\d{1,2})\s*[日일])?)?"),
              re.compile(r"(?P<y>\d{4})([./])(?P<m>\d{1,2})(?:\2(?P<d>\d{1,2}))?"))
# A year of fewer than four figures with its month ('632-06-08'), which a date writes as 0632.
SHORT_YEAR = re.compile(r"(-?)(\d{1,3})(-\d{1,2}(?:-\d{1,2})?)")
# The word for "year", cut short, with which Russian, Ukrainian, Bulgarian and Polish writers
# end a date ("15 марта 2024 г.", "7 października 2024 r.", "2023 г."): the date is before it.
YEAR_WORD = re.compile(r"(?<=\d)\s*[^\W\d_]{1,2}\.?")
# A date said to be rough, as an event's 'approximate: true' says it: "c. 2024", "circa 2024-06".
ROUGHLY = re.compile(r"(?:c\.|ca\.|circa|about|around|approx\.|approximately|roughly|~)\s*"
                     r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?", re.IGNORECASE)
# A count of years long ago, as a writer types it: "66 million years ago", "-66,000,000",
# "3,2 Millionen Jahre", "66 Ma": the number, and the word of its magnitude after it, if any.
LONG_AGO = re.compile(r"(?P<n>\d{1,3}(?:[,.\s_'\u2009\u202f]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*"
                      r"(?P<word>[^\W\d_]+\.?)?")
# A word that says a date is rough, before or in a count of years long ago.
ROUGH_WORD = re.compile(r"\b(?:c\.|ca\.|circa|about|around|approx|roughly|some)|~", re.IGNORECASE)
# The geologists' shorthand for years ago, beside CLDR's words for a thousand, a million, ...
GEOLOGY = {"ka": 10**3, "kya": 10**3, "ma": 10**6, "mya": 10**6, "myr": 10**6, "ga": 10**9,
           "bya": 10**9}
# The years in which an explainer may be published or updated: a year outside them is most
# likely another calendar's, which the page's language writes dates in: how far its years are
# ahead of the Gregorian ones, and when in that Gregorian year one starts (Thai dates give the
# Buddhist era's, 2568 for 2025; Persian and Pashto ones the Solar Hijri's, whose 1404 began in
# March 2025). Without a word, an explainer dated 2568 would wait 543 years to be shown.
NEWS_YEARS = range(1900, 2201)
ERAS = {"th": ("the Buddhist era", 543, "is"), "lo": ("the Buddhist era", 543, "is"),
        "fa": ("the Solar Hijri calendar", -621, "began in March"),
        "ps": ("the Solar Hijri calendar", -621, "began in March"),
        "he": ("the Hebrew calendar", 3761, "began in the autumn of")}


def parse_date(reader: Reader, node: Node, name: str, in_words: str = "",
               hint: str = "") -> FuzzyDate | None:
    """Parse a date node without any time-zone arithmetic; `hint`, how to write a time of day
    after the day, for a date that may give one (its day is returned, whatever follows it,
    for clocks.timed to read)."""
    if not isinstance(node, ScalarNode):
        reader.error(node, f"'{name}' must be a date, found {kind_of(node)}")
        return None
    text = node.value.strip()
    try:
        fuzzy = date_of(text)
        if fuzzy is None and hint and (day := day_before_time(text)) is not None:
            fuzzy = date_of(day)  # its time is clocks.timed's to read
    except ValueError as exc:
        reader.error(node, f"'{name}' is not a real date: '{text}' ({exc})",
                     "write 1 for AD 1, -1 for 1 BC" if "year 0" in str(exc) else
                     "check the month (1-12) and the day of the month")
        return None
    if fuzzy is None and hint and time_alone(text):
        reader.error(node, f"'{name}' gives a time of day, '{text}', without its day", hint)
        return None
    rough = ROUGHLY.fullmatch(text) if in_words else None
    if fuzzy is None:
        reader.error(node, f"'{name}' is not a date: '{text}'", (
            "write the date alone, in figures, and 'approximate: true' on a line of its own: "
            "the page shows the date as roughly known") if rough else
            "write YYYY-MM-DD, YYYY-MM or YYYY" + (historic(text, reader.language) or
                                                  prehistoric(text, reader.language) or
                                                  year_first(text) or (
                (meant_date(text, reader.language) or ", for example 2024-05-23") +
                (f"; {in_words}" if in_words and re.search(r"[^\W\d_]", text) else ""))))
    return fuzzy


def check_year(reader: Reader, node: Node, name: str, fuzzy: FuzzyDate) -> bool:
    """Refuse a date of publication or update in a year no explainer can have, most likely
    another calendar's, saying which year of the Gregorian calendar it would be; return
    whether the year is one of ours."""
    if fuzzy.year in NEWS_YEARS:
        return True
    era, offset, began = ERAS.get((reader.language or "").split("-")[0], ("", 0, ""))
    reader.error(node, f"'{name}' gives the year {fuzzy.year}, in which no explainer is "
                 "published or updated", "write the date in the Gregorian calendar" + (
                     f"; {fuzzy.year} of {era} {began} {fuzzy.year - offset}"
                     if era and fuzzy.year - offset in NEWS_YEARS else ""))
    return False


def gregorian_year(year: int, language: str) -> int:
    """Return the Gregorian year of a year written in a language's own era, where that era's
    years begin with the Gregorian ones (Thai's Buddhist era: 2569 is 2026); else the year."""
    era, offset, began = ERAS.get(language.split("-")[0], ("", 0, ""))
    return year - offset if year not in NEWS_YEARS and began == "is" and \
        year - offset in NEWS_YEARS else year


def meant_date(text: str, language: str | None) -> str | None:
    """Say how to write a date typed with its year last, in figures or in the page's words,
    with or without the word for "year" after it ('12.08.2018 г.'), or None if it is none."""
    year_at = max((digit.end() for digit in re.finditer(r"\d{4}", text)), default=0)
    if (word := YEAR_WORD.fullmatch(text, year_at)) is not None:
        text = text[:word.start()]
    if re.fullmatch(r"\d{4}", text):
        return f": {text}"
    return year_last(text, language) or in_figures(text, language)


def historic(text: str, language: str | None) -> str | None:
    """Say how to write a year of long ago: in four figures beside a month ('632-06' is
    0632-06), with a minus sign for one BC ('500 BC', '44 av. J.-C.' are -500, -44), with
    none for one AD ('AD 632', '632 n. Chr.' are 632); None if the text is none of these."""
    short = SHORT_YEAR.fullmatch(text)
    if short is not None:
        return f": {short[1]}{int(short[2]):04d}{short[3]}"
    for era, sign in zip(era_names(language), ("-", ""), strict=True):
        pattern = "|".join(re.escape(name) for name in sorted(era, key=len, reverse=True))
        found = re.fullmatch(rf"(?:{pattern})\s*(\d{{1,4}})|(\d{{1,4}})\s*(?:{pattern})", text,
                             re.IGNORECASE)
        if found is not None:
            year = int(found[1] or found[2])
            return f": {sign}{year}" + (" (a year BC is negative: 500 BC is -500; the page "
                                        "writes it in its language)" if sign else "")
    return None


@functools.cache
def era_names(language: str | None) -> tuple[set[str], set[str]]:
    """Return the names of the eras before and after Christ: English's, and the page
    language's in CLDR ('av. J.-C.', 'v. Chr.', '紀元前')."""
    from .languages import cldr_locale  # only for a date written wrong

    before, after = {"BC", "BCE", "B.C.", "B.C.E."}, {"AD", "CE", "A.D.", "C.E."}
    locale = cldr_locale(language) if language else None
    for width in ("abbreviated", "wide") if locale is not None else ():
        before.add(locale.eras[width][0])
        after.add(locale.eras[width][1])
    return before, after


def prehistoric(text: str, language: str | None) -> str | None:
    """Say how to write a year of prehistory, typed in words or with a month: in figures
    alone, negative ('66 million years ago', '-66,000,000' and '-66000000-06' are -66000000);
    None if the text counts fewer than 10,000 years."""
    found = LONG_AGO.search(text)
    if found is None:
        return None
    word = (found["word"] or "").lower()
    magnitude = magnitudes(language).get(word) or GEOLOGY.get(word.rstrip("."))
    figures = found["n"]
    if magnitude is None:
        figures = re.sub(r"[,.\s_'\u2009\u202f]", "", figures)
    years = round(float(figures.replace(",", ".")) * (magnitude or 1))
    if years < 10_000:
        return None
    rough = "; and 'approximate: true' for a rough date" if ROUGH_WORD.search(text) else ""
    return (f": -{years} (a year BC is negative, in figures alone, with no month beside five "
            f"figures or more; from {PREHISTORY:,} BC the page writes it in years ago, "
            f"'{years:,} years ago' in its language{rough})")


@functools.cache
def magnitudes(language: str | None) -> dict[str, int]:
    """Return the words for a thousand, a million and a billion, after a number: English's
    and the page language's in CLDR ('million', 'Millionen', 'Mio.')."""
    from .languages import cldr_locale  # only for a date written wrong

    words: dict[str, int] = {}
    for locale in {cldr_locale("en"), cldr_locale(language) if language else None} - {None}:
        for forms in locale.compact_decimal_formats.values():  # type: ignore[union-attr]
            for patterns in forms.values():
                for power in (3, 6, 9):
                    pattern = patterns.get(str(10 ** power))
                    text = str(pattern.pattern if pattern else "")
                    if text.count("0") == 1:  # not Japanese's 万, ten thousand
                        word = text.replace("0", "").replace("'", "").strip().lower()
                        words[word] = 10 ** power
    words.pop("", None)  # German's thousand, which CLDR's short form leaves unnamed
    return words


def year_first(text: str) -> str | None:
    """Say how to write a date typed with its year first but not as YYYY-MM-DD ('2024年3月15日',
    '2024/03/15', in full-width figures too), or None if it is not one or no real date."""
    typed = unicodedata.normalize("NFKC", text)
    found = next((match for pattern in YEAR_FIRST if (match := pattern.fullmatch(typed))), None)
    if found is None:
        return None
    parts = [found[name] for name in ("y", "m", "d") if found[name]]
    meant = "-".join(part.zfill(2) for part in parts)
    try:
        date_of(meant)
    except ValueError:
        return None
    return f": {meant}"


def year_last(text: str, language: str | None = None) -> str | None:
    """Say how to write a date typed with its year last ('22/07/2022', '02.11.2026'), or None:
    the day and month in the order the numbers allow, or the page's language writes them (day
    first in Polish), both orders where either may be, and that they are to be checked where
    neither is ('31/02/2024')."""
    typed = YEAR_LAST.fullmatch(text)
    if typed is None:
        return None
    first, second, year = int(typed[1]), int(typed[3]), int(typed[4])
    orders = ((first, second),) if day_first(language) else ((first, second), (second, first))
    readings = {f"{year:04}-{month:02}-{day:02}": f"{day} {calendar.month_name[month]}"
                for day, month in orders
                if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]}
    if len(readings) == 2:
        return ": " + ", ".join(f"{iso} for {said}" for iso, said in readings.items())
    if not readings:  # '31/02/2024': neither way round a day of the year
        return f" ({typed[1]}{typed[2]}{typed[3]} is no day of {year}: check the day and the month)"
    return f": {next(iter(readings))}"


@functools.cache
def day_first(language: str | None) -> bool:
    """Tell whether a language writes a date's day before its month, as CLDR's short date
    says ('d.MM.y' in Polish); English, whose newsrooms write either, does not tell."""
    from .languages import cldr_locale, is_english  # only for a date written wrong

    locale = cldr_locale(language) if language and not is_english(language) else None
    pattern = locale.date_formats["short"].pattern if locale is not None else ""
    return "d" in pattern and "M" in pattern and pattern.index("d") < pattern.index("M")


def in_figures(text: str, language: str | None) -> str | None:
    """Say how to write in figures a date written in words of the page's language ('3. März
    2024', 'marzo de 2024'), or None."""
    from .checks.texts.days import month_names, stated_dates  # only for a date written wrong

    if language is None:
        return None
    day = next(stated_dates(text, language), None)
    if day is not None and day.year and not text[:day.start].strip() \
            and not text[day.end:].strip(" ."):
        return f": {day.year:04}-{day.month:02}-{day.day:02}"
    month = MONTH_YEAR.fullmatch(text)
    number = month_names(language).get(month["month"].lower()) if month else None
    return f": {int(month['year']):04}-{number:02}" if month and number else None


@functools.lru_cache(maxsize=1 << 12)  # a site's dates repeat, and a FuzzyDate is immutable
def date_of(text: str) -> FuzzyDate | None:
    """Return the date a text gives, None if not written as a date; ValueError if unreal."""
    match = DATE.fullmatch(text)
    if not match:
        return None
    year, month, day = (int(match[g]) if match[g] else None for g in ("y", "m", "d"))
    fuzzy = FuzzyDate(year, month, day)  # type: ignore[arg-type]
    fuzzy.check()
    return fuzzy

