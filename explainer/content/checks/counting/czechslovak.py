"""How Czech and Slovak write counts and amounts, alike, as their newsrooms print them: "1 500
lidí" (a space, a no-break space or nothing between thousands; a comma before decimals), "2,5
%", "3,5 procenta", "10 mld. eur", "1,2 miliardy korun", "360 mil. Kč"; the noun after its
number in the case the number puts it in ("2 státy", "5 států", "ve 13 krajích"; "5 krajín",
"v 5 krajinách"). czech.py and slovak.py give each its words (see Words); this module makes a
Counting of them."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from babel.dates import get_month_names

from . import YEAR, Counting
from .commas import SPACES, UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .currencies import openings as openings_of
from .czechslovakwords import ONES, plural, stem
from .patterns import naming, of_named, qualifier_pattern, words_pattern

WORD = r"[^\W\d_][\w'’-]*"
NUMBER = number(SPACES)
COUNTED_NUMBER = counted_number(SPACES)


@dataclass(frozen=True)
class Words:
    """One language's words, as patterns (alternatives, without groups) or tables."""

    language: str
    number_words: Mapping[str, int]
    continued: tuple[str, ...]  # the words a unit may follow in a longer number: "dvacet"
    pointing_back: tuple[str, ...]  # "ty dvě země", "obě země": countries just named
    other: str  # "další", "jiných": "9 dalších zemí"
    member: str  # "členských": "27 členských států"
    nouns: str  # the cases of the nouns that count countries
    country_nouns: tuple[str, ...]
    beside: str  # "kromě", "mimo": a count that leaves one country out
    scales: Mapping[str, float]  # lowercased, as written: "mld.", "miliardy"
    scale_words: str
    currencies: Mapping[str, str]  # the bare words and signs, lowercased
    short_currencies: str  # names of three letters or fewer: "eur", "Kč"
    money_hints: tuple[str, ...]
    percent_words: str  # "procent", "procenta"; not "procentní bod", a change
    change: str  # a verb or noun of a change, before "o": "vzrostl o"
    added: str  # "dalších 200": an amount added to a level
    qualifiers: Mapping[str, str]
    between: str  # "mezi" of "mezi 20 a 30 procenty"
    to: str  # "do", "až": "5 až 10 procent"
    from_level: str  # "z": "ze 4 % na 3,5 %" gives a level and the next
    earlier: str
    later: str  # a later time, the day's pattern aside: "nyní", "později"
    counted_from: str  # "z": "14 ministrů z 9 zemí"
    foreseen: str
    abbreviations: str  # words with a point that ends no sentence: "mld", "tzv"
    stop_words: frozenset[str]
    openers: frozenset[str]


def months(locales: tuple[str, ...]) -> str:
    """Return the pattern of a month's names in some locales, in the genitive and the
    nominative: "září", "septembra", "studenoga", "новембра"."""
    return "|".join({name for locale in locales for context in ("format", "stand-alone")
                     for name in get_month_names("wide", context, locale).values()})


class AmountWords(Protocol):
    """What a language gives its amounts' patterns (see Words; southslavic.py's too)."""

    currencies: Mapping[str, str]
    scale_words: str
    short_currencies: str
    money_hints: tuple[str, ...]
    percent_words: str
    between: str
    to: str
    scales: Mapping[str, float]
    from_level: str


class CountWords(Protocol):
    """What a language gives its counts' patterns (see Words; southslavic.py's too)."""

    pointing_back: tuple[str, ...]
    scale_words: str
    percent_words: str
    beside: str
    counted_from: str
    added: str


def money_patterns(words: AmountWords, locales: tuple[str, ...], number: str
                   ) -> tuple[dict[str, str], list[str], re.Pattern[str]]:
    """Return a language's currencies as written (CLDR's names in every case a number puts
    them in, the bare words, the signs), the names a money pattern looks for, and the
    pattern of an amount a currency's name follows: "10 mld. eur", "360 mil. Kč"."""
    found = names_in(*locales, counts=(1, 2, 5, 1.5)) | dict(words.currencies)
    named = [name for name in found if name[0].isalpha() and len(name) > 3]
    scale = rf"(?:\s?(?P<scale>(?:{words.scale_words})(?:(?<=\.)|(?!\w))))?"
    pattern = re.compile(rf"(?<![\w$€£.,])(?P<number>{number}){scale}\s?"
                         rf"(?P<currency>(?:{alternatives(named)}|{words.short_currencies})"
                         rf"(?!\w)|{codes_pattern()}|€|(?-i:[A-Z]{{1,3}})?\$(?!\s?\d))",
                         re.IGNORECASE)
    return found | PREFIXES, named, pattern


def amounts(words: AmountWords, locales: tuple[str, ...], number: str, joint: str
            ) -> dict[str, object]:
    """Return the Counting fields of a language's amounts: money, percentages, ranges (whose
    ends a `joint` joins after "between": "mezi 20 a 30 procenty") and the numbers of key
    figures, its numbers written as `number` matches them."""
    scale = rf"(?:\s?(?P<scale>(?:{words.scale_words})(?:(?<=\.)|(?!\w))))?"
    currencies, named, named_money = money_patterns(words, locales, number)
    signed = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)€)\s?"
                        rf"(?P<number>{number}){scale}", re.IGNORECASE)
    money = functools.partial(money_in, hints=words.money_hints, openings=openings_of(named),
                              named=named_money, signed=signed, first=code_first(number, scale))
    end = (rf"(?:(?:US)?\$|€)?(?:{number})(?:[{SPACES}]?(?:%|{words.percent_words})|"
           rf"\s?(?:{words.scale_words})(?:(?<=\.)|(?!\w)))?"
           rf"(?:\s(?:{words.short_currencies}|{alternatives(named)})(?!\w))?")
    ranged = re.compile(
        rf"(?P<between>\b(?:{words.between})\s+)?(?<![\w.,])(?<!\d[{SPACES}])(?P<first>{end})"
        rf"(?(between)\s+(?:{joint})\s+|"
        rf"(?:(?P<to>[{SPACES}]+(?:{words.to})[{SPACES}]+)|\s?[–-]\s?))"
        rf"(?P<second>{end})", re.IGNORECASE)
    return dict(money=money, currencies=currencies, range=ranged,
                percent=percent(SPACES, words.percent_words),
                number=re.compile(rf"(?P<number>{number}){scale}", re.IGNORECASE),
                value=pointed_value(words.scales),
                from_level=re.compile(rf"(?<!\w)(?:{words.from_level})\s+\Z", re.IGNORECASE))


def counts(words: Words, numbers: str) -> dict[str, object]:
    """Return the Counting fields of a language's counts: of countries, of things in figures
    and in words, and what leaves one country out or counts another whole's."""
    guards = "".join(rf"(?<!\b{word}\s)" for word in words.pointing_back)
    in_words = rf"{guards}(?P<word>{numbers})"
    other = rf"(?:(?:{words.other})\s+)"
    member = rf"(?:(?:{words.member})\s+)?"
    claim = re.compile(
        UNQUOTED + rf"(?<![\w.,])(?:(?P<digits>\d{{1,3}})\s+(?P<other>{other})?|"
        rf"{in_words}\s+(?P<word_other>{other})?){member}(?:{words.nouns})(?!\w)",
        re.IGNORECASE)
    return counted_fields(words, numbers, claim,
                          (COUNTED_NUMBER, (words.language,), r"roku|rok|r\."),
                          of_named(r"\s+(?:z\s+|ze\s+|zo\s+)?"))


def counted_fields(words: CountWords, numbers: str, claim: re.Pattern[str],
                   written: tuple[str, tuple[str, ...], str], of_another: object
                   ) -> dict[str, object]:
    """Return the Counting fields of counts besides the claim of countries: a count (its
    number as `written` gives its pattern, then its noun: not a scale's, a month's of the
    locales it names, nor the words of a year it gives), counts in words, what leaves one
    country out, the whole counted from, another whole's, an amount added."""
    guards = "".join(rf"(?<!\b{word}\s)" for word in words.pointing_back)
    in_words = rf"{guards}(?P<word>{numbers})"
    counted, locales, years = written
    scale = rf"(?:\s?(?P<scale>(?:{words.scale_words})(?:(?<=\.)|(?!\w))))?"
    month = months(locales)
    count = re.compile(rf"(?P<number>{counted}){scale}\s+(?P<words>(?!(?:"
                       rf"{words.scale_words}|{month}|{words.percent_words}|{years})"
                       rf"(?!\w)){WORD}(?:\s+{WORD}){{0,2}})", re.IGNORECASE)
    return dict(
        country_claim=claim, count=count,
        word_count=re.compile(UNQUOTED + r"\b" + in_words + rf"(?P<words>(?:\s+{WORD}){{1,3}})",
                              re.IGNORECASE),
        besides=re.compile(rf"(?:\s+{WORD})?,?\s+(?:{words.beside})(?!\w)", re.IGNORECASE),
        besides_before=re.compile(rf"(?:{words.beside})\s+{WORD}(?:\s+[^\W\d_,.;:][\w'’-]*)"
                                  rf"{{0,5}},?\s+(?:{WORD}\s+){{0,4}}\Z", re.IGNORECASE),
        counted_from=re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d \u00a0\u202f,]*|{numbers})"
                                rf"(?:\s+{WORD}){{1,3}}\s+(?:{words.counted_from})\s+\Z",
                                re.IGNORECASE),
        of_another=of_another,
        added=re.compile(rf"(?<!\w)(?:{words.added})\s+\Z", re.IGNORECASE),
        added_after=re.compile(rf"\s*(?:{words.added})(?!\w)", re.IGNORECASE))

def counting(words: Words) -> Counting:
    """Return how a language of the two writes counts and amounts, from its words."""
    numbers = words_pattern(set(words.number_words) - ONES, words.continued)
    return Counting(
        language=words.language, number_words=words.number_words,
        names_countries=naming(*(noun[:4] for noun in words.country_nouns)),
        country_nouns=words.country_nouns,
        change=re.compile(rf"(?<!\w)(?:{words.change})\w*(?:\s+(?:se|sa))?\s+o\s+"
                          rf"(?:(?:{'|'.join(map(re.escape, words.qualifiers))})\s+)?\Z",
                          re.IGNORECASE),
        stop_words=words.stop_words, plural=plural, stem=stem,
        word=re.compile(r"[^\W_][\w-]*"),
        number_word=re.compile(r"\b(?:" + numbers + r")\b", re.IGNORECASE),
        qualifiers=words.qualifiers, qualifier=qualifier_pattern(words.qualifiers),
        earlier=re.compile(rf"(?<!\w)(?:{words.earlier})(?!\w)", re.IGNORECASE),
        later=re.compile(rf"(?<!\w)(?:(?:do|od|k|ku)\s+\d{{1,2}}\.\s*(?:{months((words.language,))})"
                         rf"|{words.later})(?!\w)", re.IGNORECASE),
        share_of=re.compile(rf"\s+(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})",
                            re.IGNORECASE),
        unstopped=re.compile(rf"(?<!\w)(?:{words.abbreviations})\.(?!\s+[A-ZÁČĎÉĚÍĹĽŇÓÔŔŘŠŤÚŮÝŽ])"),
        foreseen=re.compile(rf"(?<!\w)(?:{words.foreseen})(?!\w)", re.IGNORECASE),
        ratio=re.compile(rf"(?<=\d)(?<!{YEAR})\s+z\s+(?=\d)", re.IGNORECASE),
        openers=words.openers,
        **counts(words, numbers), **amounts(words, (words.language,), NUMBER, "a"))  # type: ignore[arg-type]
