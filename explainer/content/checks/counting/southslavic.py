"""How Croatian and Serbian write counts and amounts, alike, as their newsrooms print them:
"1.000 ljudi" (a point or a space between thousands; a comma before decimals), "2,5 posto",
"3 odsto", "2,5 milijuna eura", "1,2 milijarde dinara"; the noun after its number in the case
the number puts it in ("dvije zemlje", "pet zemalja", "u 20 zemalja"); "još devet zemalja"
counts countries besides one. croatian.py and serbian.py give each its words (see Words), and
Serbian's are read in Cyrillic as in Latin letters; this module makes a Counting of them,
with the patterns of amounts czechslovak.py makes for Czech and Slovak, which write them alike."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from . import YEAR, Counting
from .commas import POINT_OR_SPACE, UNQUOTED, counted_number, number
from .czechslovak import amounts, counted_fields, months
from .patterns import naming, qualifier_pattern, words_pattern
from .southslavicwords import ONES, both_tables, cyrillic, in_both, plural, stem

WORD = r"[^\W\d_][\w'’-]*"
NUMBER = number(POINT_OR_SPACE)
COUNTED_NUMBER = counted_number(POINT_OR_SPACE)
# A name after a count's noun, in either alphabet: "27 država članica EU", "држава ЕУ".
NAME = r"(?-i:[A-ZÀ-ÖØ-ÞŒА-ЯЂЈЉЊЋЏ])\w*(?![\w'’-])"
YEARS = r"godin\w*|god\."  # "2023. godine": the year, no count


@dataclass(frozen=True)
class Words:
    """One language's words, as patterns (alternatives, without groups) or tables."""

    language: str
    locales: tuple[str, ...]  # whose month names a date's pattern reads: "sr" and "sr_Latn"
    number_words: Mapping[str, int]
    continued: tuple[str, ...]  # the words a unit may follow in a longer number: "dvacet"
    pointing_back: tuple[str, ...]  # "te dvije zemlje", "obje zemlje": countries just named
    more: str  # "još": "još devet zemalja", countries besides one
    other: str  # "drugih", "ostalih": "9 drugih zemalja"
    member: str  # "članica": "27 država članica", after the noun
    nouns: str  # the cases of the nouns that count countries
    country_nouns: tuple[str, ...]
    beside: str  # "osim", "uz": a count that leaves one country out
    scales: Mapping[str, float]  # lowercased, as written: "mlrd.", "milijarde"
    scale_words: str
    currencies: Mapping[str, str]  # the bare words and signs, lowercased
    short_currencies: str  # names of three letters or fewer: "kn", "din."
    money_hints: tuple[str, ...]
    percent_words: str  # "posto", "odsto"; not "postotnih bodova", a change
    change: str  # a verb or noun of a change, before "za": "porasla je za"
    added: str  # "dodatnih 200": an amount added to a level
    qualifiers: Mapping[str, str]
    between: str  # "između" of "između 20 i 30 posto"
    to: str  # "do": "od 5 do 10 posto"
    from_level: str  # "s": "s 4 na 3,5 posto" gives a level and the next
    earlier: str
    later: str  # a later time, the day's pattern aside: "sada", "kasnije"
    counted_from: str  # "iz": "14 ministara iz 9 zemalja"
    foreseen: str
    abbreviations: str  # words with a point that ends no sentence: "mlrd", "tzv"
    stop_words: frozenset[str]
    openers: frozenset[str]


def with_cyrillic(words: Words) -> Words:
    """Return a language's words in Latin letters with each in Cyrillic too, as Serbian
    writes both: its patterns find "земаља" as "zemalja", its tables hold "двадесет"."""
    changed: dict[str, object] = {}
    for field in dataclasses.fields(words):
        value = getattr(words, field.name)
        if field.name in ("language", "locales"):
            continue
        if isinstance(value, str):
            changed[field.name] = in_both(value)
        elif isinstance(value, Mapping):
            changed[field.name] = both_tables(dict(value))
        elif isinstance(value, (tuple, frozenset)):
            changed[field.name] = type(value)([*value, *map(cyrillic, value)])
    return dataclasses.replace(words, **changed)  # type: ignore[arg-type]


def counts(words: Words, numbers: str) -> dict[str, object]:
    """Return the Counting fields of a language's counts: of countries, of things in figures
    and in words, and what leaves one country out or counts another whole's."""
    guards = "".join(rf"(?<!\b{word}\s)" for word in words.pointing_back)
    in_words = rf"{guards}(?P<word>{numbers})"
    # "još devet zemalja" (more) and "devet drugih zemalja" (other) count besides one.
    claim = re.compile(
        UNQUOTED + rf"(?:(?P<other>(?<!\w)(?:{words.more})\s+))?(?<![\w.,])"
        rf"(?:(?P<digits>\d{{1,3}})|{in_words})\s+(?P<word_other>(?:{words.other})\s+)?"
        rf"(?:{words.nouns})(?!\w)", re.IGNORECASE)
    return counted_fields(words, numbers, claim, (COUNTED_NUMBER, words.locales, in_both(YEARS)),
                          of_named(rf"\s+(?:(?:{words.member})\s+)?(?:(?:{in_both('iz|u')})\s+)?"))


def of_named(after: str) -> Callable[[str, int, int], bool]:
    """Return what tells whether a count of countries (the text, the count's start and end)
    counts a named whole's: its noun followed by words that say so and a name, in either
    alphabet ("27 država članica EU", "27 држава чланица ЕУ")."""
    following = re.compile(after + NAME)
    return lambda text, start, end: following.match(text, end) is not None


def counting(words: Words) -> Counting:
    """Return how a language of the two writes counts and amounts, from its words (those of
    Serbian in Latin letters and in Cyrillic: see with_cyrillic())."""
    numbers = words_pattern(set(words.number_words) - ONES, words.continued)
    return Counting(
        language=words.language, number_words=words.number_words,
        names_countries=naming(*(noun[:4] for noun in words.country_nouns)),
        country_nouns=words.country_nouns,
        change=re.compile(rf"(?<!\w)(?:{words.change})\w*(?:\s+(?:{in_both('je|su|se|ga')}))*"
                          rf"\s+(?:{in_both('za')})\s+"
                          rf"(?:(?:{'|'.join(map(re.escape, words.qualifiers))})\s+)?\Z",
                          re.IGNORECASE),
        stop_words=words.stop_words, plural=plural, stem=stem,
        word=re.compile(r"[^\W_][\w-]*"),
        number_word=re.compile(r"\b(?:" + numbers + r")\b", re.IGNORECASE),
        qualifiers=words.qualifiers, qualifier=qualifier_pattern(words.qualifiers),
        earlier=re.compile(rf"(?<!\w)(?:{words.earlier})(?!\w)", re.IGNORECASE),
        later=re.compile(rf"(?<!\w)(?:(?:{in_both('do|od')})\s+\d{{1,2}}\.\s*(?:{months(words.locales)})"
                         rf"|{words.later})(?!\w)", re.IGNORECASE),
        share_of=re.compile(rf"\s+(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})",
                            re.IGNORECASE),
        unstopped=re.compile(rf"(?<!\w)(?:{words.abbreviations})\.(?!\s+[A-ZČĆĐŠŽА-ЯЂЈЉЊЋЏ])"),
        foreseen=re.compile(rf"(?<!\w)(?:{words.foreseen})(?!\w)", re.IGNORECASE),
        ratio=re.compile(rf"(?<=\d)(?<!{YEAR})\s+(?:od|од)\s+(?=\d)", re.IGNORECASE),
        openers=words.openers,
        **counts(words, numbers), **amounts(words, words.locales, NUMBER, "i|и"))  # type: ignore[arg-type]
