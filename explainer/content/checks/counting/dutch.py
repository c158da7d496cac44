"""How Dutch writes counts and amounts: the number before its noun ("twaalf landen", "negen
andere landen", "meer dan 30 landen"), its numbers in words as one word ("eenentwintig",
"tweeëntwintig"), money's sign before ("€ 2,5 miljard") or its name after ("360 miljoen
dollar", "2,5 miljard euro"), "procent" beside "%" (not "procentpunt", a change). Numbers are
read as CLDR's Dutch writes them, 1.000 and 2,5."""

from __future__ import annotations

import functools
import re

from . import YEAR, Counting
from .commas import POINT_OR_SPACE, UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .currencies import openings as openings_of
from .patterns import naming, of_named, qualifier_pattern, words_pattern

# "een" is the article too ("een land"), so a count in words starts at two.
UNITS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9}
TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
        "zeventig": 70, "tachtig": 80, "negentig": 90}


def number_words() -> dict[str, int]:
    """Return the numbers in words as Dutch writes them, each one word: "elf" (11),
    "eenentwintig" (21), "tweeëntwintig" (22, a diaeresis where two e's meet), "honderd"."""
    found = dict(UNITS) | TENS | {
        "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
        "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "honderd": 100,
        "duizend": 1000}
    for unit, n in {"een": 1, **UNITS}.items():
        for ten, m in TENS.items():
            found[f"{unit}{'ën' if unit.endswith('e') else 'en'}{ten}"] = n + m
    return found


NUMBER_WORDS = number_words()
WORDS = words_pattern(NUMBER_WORDS, ["honderd", "duizend"])
NUMBER_WORD = re.compile(WORDS, re.IGNORECASE)
NUMBER = number(POINT_OR_SPACE)
COUNTED_NUMBER = counted_number(POINT_OR_SPACE)
SCALES = {"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "mln.": 1e6, "miljard": 1e9,
          "mld": 1e9, "mld.": 1e9, "biljoen": 1e12}
SCALE_WORDS = r"duizend|miljoen|mln\.?|miljard|mld\.?|biljoen"
SCALE = rf"(?:\s?(?P<scale>{SCALE_WORDS})(?!\w))?"
MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
          "december")
PERCENT_WORDS = r"procent(?!punt)\b"


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Dutch
    names ("zwitserse frank", "amerikaanse dollar"), the bare words and the signs."""
    found = {"$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR",
             "£": "GBP", "pond": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY", **PREFIXES}
    return names_in("nl") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3]
NAMES = alternatives(NAMED)
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s+"
                         rf"(?P<currency>(?:{NAMES})(?!\w)|{codes_pattern()})", re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?:(?-i:[A-Z]{1,3})?[$£¥]|€))"
                   rf"\s?(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "dollar", "euro", "pond", "yen", "yuan", "frank", "kroon")
money = functools.partial(money_in, hints=MONEY_HINTS, openings=openings_of(NAMED),
                          named=NAMED_MONEY, signed=MONEY, first=code_first(NUMBER, SCALE))
PERCENT = percent(".", PERCENT_WORDS)
# A count's words: not a scale, a month ("12 juni"), a percentage or a currency's name.
COUNT = re.compile(rf"{UNQUOTED}(?P<number>{COUNTED_NUMBER}){SCALE}(?!\s?%)\s+"
                   rf"(?P<words>(?!(?:{SCALE_WORDS}|{MONTHS}|procent|{NAMES})\b)"
                   r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
QUALIFIERS = {
    "meer dan": "more", "ruim": "more", "boven de": "more", "minstens": "at least",
    "ten minste": "at least", "tenminste": "at least", "minder dan": "fewer", "tot": "up to",
    "maximaal": "up to", "hooguit": "up to", "bijna": "nearly", "vrijwel": "nearly",
    "ongeveer": "about", "zo'n": "about", "circa": "about", "rond de": "about",
    "ca.": "about"}
OTHER = r"(?:andere|overige)\s+"
# "twaalf landen", "9 andere landen", "27 lidstaten"; not "de twee landen", which points back,
# nor "Nederlanden"; "staten" only as a union's members ("lidstaten"): "Verenigde Staten" and a
# federation's "staten" are no countries of the list.
POINTING_BACK = ("de", "die", "deze", "beide", "alle")
COUNTED_IN_WORDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK) + \
    r"(?P<word>" + WORDS + ")"
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"(?<![\d.,'’])\b(?:(?P<digits>\d{1,3})\s+(?P<other>" + OTHER + r")?|"
    + COUNTED_IN_WORDS + r"\s+(?P<word_other>" + OTHER + r")?)(?:landen|lidstaten)\b",
    re.IGNORECASE)
BESIDE = r"behalve|naast|buiten|afgezien\s+van"
BESIDES = re.compile(rf"(?:\s+[^\W\d_][\w'’-]*)?,?\s+(?:{BESIDE})\b", re.IGNORECASE)
BESIDES_BEFORE = re.compile(r"\b(?:naast|behalve)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_,.;:]"
                            r"[\w'’-]*){0,3},?\s+(?:[^\W\d_][\w'’-]*\s+){0,4}\Z", re.IGNORECASE)
QUALIFIED = r"(?:ongeveer\s+|bijna\s+|ruim\s+|zo'n\s+)?"
# A change, not a level: "steeg met 12 procent", "daalde 3 procent", "een stijging van 2
# procent"; "van 4 procent naar 3,75 procent" is a level and the next (nextlevels.py).
CHANGE = re.compile(r"\b(?:steeg|stegen|gestegen|stijgt|daalde|daalden|gedaald|daalt|groeide|"
                    r"gegroeid|groeit|verhoogde|verhoogd|verhoogt|verlaagde|verlaagd|verlaagt|"
                    r"stijging|daling|groei|toename|afname|verhoging|verlaging|plus|min)\s+"
                    rf"(?:met\s+|van\s+)?(?:een\s+)?{QUALIFIED}\Z|\bmet\s+{QUALIFIED}\Z",
                    re.IGNORECASE)
END = rf"(?:[$€£]\s?)?(?:{NUMBER})(?:\s?%|\s+(?:{PERCENT_WORDS})|\s(?:{SCALE_WORDS})(?!\w))?"
# A range: "tussen 25 en 90 procent", "25 tot 90 procent", "25-90"; "van 4 naar 3,75 procent"
# is a level and the next.
RANGE = re.compile(rf"(?P<between>\btussen\s+)?(?<![\w.,])(?P<first>{END})"
                   r"(?(between)\s+en\s+|(?:(?P<to>\s+tot\s+)|[–-]))"
                   rf"(?P<second>{END})", re.IGNORECASE)
FROM_LEVEL = re.compile(r"\bvan\s+\Z", re.IGNORECASE)
EARLIER = re.compile(r"(?<!\w)(?:aanvankelijk|(?<!voor\shet\s)eerst|oorspronkelijk|eerder|voorheen|"
                     r"verwacht(?:te|ten)?|raming(?:en)?)(?!\w)", re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:(?:op|tot|sinds|per|vanaf)\s+\d{{1,2}}\s+(?:{MONTHS})|"
                   r"later|inmiddels|nu|intussen|sindsdien)(?!\w)", re.IGNORECASE)
SHARE_OF = re.compile(r"\s+van\s+(?P<whole>(?:de\s+|het\s+)?[^\W\d_][\w'’-]*"
                      r"(?:\s+[^\W\d_][\w'’-]*){0,3})", re.IGNORECASE)
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d.,]*|{WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+uit\s+\Z", re.IGNORECASE)
FORESEEN = re.compile(r"(?<!\w)(?:zal|zullen|zou|zouden|naar\s+verwachting|mogelijk|"
                      r"riskeert|raming|ramingen|prognose)(?!\w)", re.IGNORECASE)
STOP_WORDS = frozenset(
    "de het een en of maar in op aan bij met van voor naar uit om tot over onder na door "
    "tegen zonder tussen als dan dat die dit deze wie wat waar er is zijn was waren wordt "
    "worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen moet moeten "
    "wil niet geen ook nog al wel zo meer minder ruim bijna ongeveer circa zich hij zij ze "
    "wij we hun haar zijn hem ons alle andere overige volgens aldus zei zegt sinds vanaf "
    "tijdens".split())
MONTH_WORDS = frozenset(MONTHS.split("|"))
SUFFIXES = ("en", "s", "e")
# A long vowel written double in a closed syllable, single in an open one: "verlaagt" and
# "verlagen", "lidstaat" and "lidstaten" meet with the single one.
LONG_VOWEL = re.compile(r"([aeou])\1(?=[^aeiou]+\Z)")
SHORTEST_STEM = 4


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: lowercased, its apostrophes straight, without the
    commonest ending of a plural or a verb and then the "t" or "d" of a verb's present or
    past, its last consonant single and its last vowel short, so that "landen" and "land",
    "stapte", "stapt" and "stappen", "verlaagde", "verlaagt" and "verlagen", "gemeente" and
    "gemeenten", "lidstaat" and "lidstaten" meet."""
    word = word.lower().replace("\u2019", "'")
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= SHORTEST_STEM:
            word = word[:-len(suffix)]
            break
    if len(word) > SHORTEST_STEM and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # "stapp" of "stappen", "kabinett" of "kabinetten"
    word = LONG_VOWEL.sub(r"\1", word)
    if word.endswith(("t", "d")) and len(word) > SHORTEST_STEM:
        word = word[:-1]  # the ending of a verb's present or past: "stapt", "verlaagd"
    return word


def plural(word: str) -> bool:
    """Tell whether a lowercased word may be the noun a number counts: a Dutch plural ends
    in -en or -s ("landen", "mekaniekers"), or is a noun of a measure that stays singular."""
    return word.isalpha() and len(word) > 2 and word not in STOP_WORDS \
        and word not in MONTH_WORDS and (word.endswith(("en", "s", "'s")) or word in SINGULAR)


# Nouns of a measure a number takes in the singular: "100 kilometer", "3 jaar".
SINGULAR = frozenset("jaar uur kilometer meter kilo ton liter hectare keer maal".split())

COUNTING = Counting(
    language="nl", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("landen", "lidstaten"), country_nouns=("landen", "lidstaten"),
    money=money, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=re.compile(r"(?!)(?P<word>)(?P<words>)"), range=RANGE, from_level=FROM_LEVEL,
    number=FIGURE_NUMBER, value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural,
    stem=stem, word=re.compile(r"[^\W_][\w'’-]*"), number_word=NUMBER_WORD,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM, besides_before=BESIDES_BEFORE,
    of_another=of_named(r"\s+(?:van\s+)?(?:de\s+|het\s+)?"), foreseen=FORESEEN)
