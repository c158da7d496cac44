"""How Swahili writes counts and amounts: the noun before its number ("nchi nyingine tisa",
"maafisa 1,000"), money's name and scale before its number too ("dola milioni 360", "Sh bilioni
2", "$360 milioni"), "asilimia 61" beside "61%", and numbers as CLDR writes them ("1,000.5")."""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from . import YEAR, Counting
from .currencies import PREFIXES, codes_pattern, names_in, region_pays_in
from .patterns import naming, of_named, qualifier_pattern, words_pattern

UNITS = {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7,
         "nane": 8, "tisa": 9}
TENS = {"kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50,
        "sitini": 60, "sabini": 70, "themanini": 80, "tisini": 90}
# A number agrees with its noun's class: "watu wawili", "makundi mawili", "vikosi viwili",
# "miaka miwili"; "nchi mbili" takes the bare form.
AGREEING = {1: ("mmoja", "kimoja"), 2: ("wawili", "mawili", "viwili", "miwili"),
            3: ("watatu", "matatu", "vitatu", "mitatu"), 4: ("wanne", "manne", "vinne", "minne"),
            5: ("watano", "matano", "vitano", "mitano"), 8: ("wanane", "manane", "vinane",
                                                             "minane")}


def number_words() -> dict[str, int]:
    """Return the numbers in words up to ten thousand as Swahili builds them, their parts
    joined by '-': "kumi na moja" (11), "ishirini na tano" (25), "mia mbili" (200), "elfu
    moja" (1,000); the units in each class's form too ("wawili", "mawili")."""
    units = dict(UNITS) | {form: n for n, forms in AGREEING.items() for form in forms}
    found = dict(units) | TENS
    for ten, tens in TENS.items():
        found |= {f"{ten}-na-{unit}": tens + n for unit, n in units.items()}
    for unit, n in UNITS.items():
        found |= {f"mia-{unit}": 100 * n, f"elfu-{unit}": 1000 * n}
    return found | {"elfu-kumi": 10_000}


NUMBER_WORDS = number_words()
# Read whole: not the "moja" of "kumi na moja", nor that of "mia moja" or "elfu moja".
WORDS = words_pattern(NUMBER_WORDS, [*(f"{ten} na" for ten in TENS), "mia", "elfu"])
NUMBER_WORD = re.compile(r"\b(?:" + WORDS + r")\b", re.IGNORECASE)
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALES = {"elfu": 1e3, "milioni": 1e6, "bilioni": 1e9, "trilioni": 1e12}
SCALE_WORDS = "elfu|milioni|bilioni|trilioni"
# A scale stands before its number ("milioni 360"), or after it after a sign ("$360 milioni").
SCALED = rf"(?:(?P<scale>{SCALE_WORDS})\s+)?(?P<number>{NUMBER})(?![\d,.]?\d)" \
    rf"(?:\s?(?P<after>{SCALE_WORDS})\b)?"
UNQUOTED = r"(?<![\"'\u201c\u2018\u00ab\u201e])(?<!\u00ab[ \u00a0\u202f])"
OTHER = r"(?:nyingine|mengine)\s+"
# "Nchi" (country, countries) and "mataifa" (nations) come before their count: "nchi 12",
# "nchi nyingine tisa", "mataifa mengine 9"; a qualifier may stand between ("nchi zaidi ya 30").
QUALIFIERS = {"zaidi ya": "more", "angalau": "at least", "si chini ya": "at least",
              "chini ya": "fewer", "pungufu ya": "fewer", "hadi": "up to", "isiyozidi": "up to",
              "karibu": "nearly", "karibu na": "nearly", "takriban": "about",
              "kiasi cha": "about", "yapata": "about"}
QUALIFIER = qualifier_pattern(QUALIFIERS)
INNER = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS),
                        key=len, reverse=True))
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"\b(?:nchi|mataifa)\s+(?:(?P<other>" + OTHER + rf")?(?:(?P<inner>{INNER})\s+)?"
    r"(?P<digits>\d{1,3})(?![\d,.]?\d)|(?P<word_other>" + OTHER + rf")?(?P<word>{WORDS}))",
    re.IGNORECASE)
BESIDE = r"mbali\s+na|zaidi\s+ya|isipokuwa|bila\s+kuhesabu|licha\s+ya"
BESIDES = re.compile(rf"(?:\s+[^\W\d_][\w'’-]*)?,?\s+(?:{BESIDE})\b", re.IGNORECASE)
# What says that the amount after it is added to a level, after its noun: "maafisa wengine
# 200", "maafisa zaidi 200"; in a figure's label, "maafisa zaidi wa Kenya".
MORE = r"(?:wengine|mengine|vingine|nyingine|zaidi|wa\s+ziada|za\s+ziada)"
ADDED_AFTER = re.compile(rf"(?=[^\W\d_][\w'’-]*\s+{MORE}\b)", re.IGNORECASE)
# A counted noun, then its number: "maafisa 1,000", "watu milioni 2", "maafisa wengine 200".
COUNT = re.compile(rf"{UNQUOTED}(?<![\w'’-])(?P<words>[^\W\d_][\w'’-]*(?:\s+{MORE})?)\s+"
                   rf"(?:(?P<scale>{SCALE_WORDS})\s+)?"
                   rf"(?P<number>\d(?<![\w$€£.,]\d)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*"
                   r"(?:\.\d+)?))(?![\d,.]?\d)(?!\s?%)", re.IGNORECASE)
NO_MATCH = re.compile(r"(?!)(?P<word>)(?P<words>)")  # counts of a role in words: not read
FIGURE_NUMBER = re.compile(SCALED, re.IGNORECASE)


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Swahili
    names ("dola za marekani", "shilingi za kenya"), the bare words and the signs; "Sh" and
    "shilingi" are a shilling of no country named, unless the tag's region pays in one."""
    found = {"$": "USD", "dola": "USD", "dola za kimarekani": "USD", "€": "EUR",
             "euro": "EUR", "yuro": "EUR", "£": "GBP", "pauni": "GBP", "¥": "JPY", "yeni": "JPY",
             "yuan": "CNY", "ksh": "KES", "ksh.": "KES", "kshs": "KES", "kshs.": "KES",
             "tsh": "TZS", "tsh.": "TZS", "ush": "UGX", "ush.": "UGX", "sh": "Sh", "sh.": "Sh",
             "shilingi": "Sh", **PREFIXES}
    return names_in("sw") | found


CURRENCIES = currencies()
SHILLINGS = ("KES", "TZS", "UGX", "SOS")
NAMES = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                 for name in sorted(CURRENCIES, key=len, reverse=True) if name[0].isalpha())
SIGNS = r"(?-i:[A-Z]{1,3})?[$£¥]|€"
# The currency before the amount: "dola milioni 360", "Sh bilioni 2", "Sh2 bilioni", "$360
# milioni", "KES 1,000"; a name may touch its number ("Sh2", "Ksh.50,000"), not a letter.
MONEY = re.compile(rf"(?P<currency>(?<![\w$€£¥])(?:{NAMES})(?![^\W\d_]|['’-])|(?<!\w)(?:{SIGNS}))"
                   rf"\s?{SCALED}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "dola", "sh", "euro", "yuro", "pauni", "yeni", "yuan")
CODE_MONEY = re.compile(rf"(?<!\w)(?P<currency>{codes_pattern()})\s?{SCALED}")


def money(text: str) -> list[re.Match[str]]:
    """Return the amounts of money in a text, in order; none without a word or sign of money
    or a currency's code."""
    lowered = text.lower()
    found = list(MONEY.finditer(text)) if any(hint in lowered for hint in MONEY_HINTS) else []
    spans = [match.span() for match in found]
    found += [match for match in CODE_MONEY.finditer(text)
              if not any(start < match.end() and match.start() < end for start, end in spans)]
    return sorted(found, key=lambda match: match.start())


def regional(tag: str) -> dict[str, str]:
    """Return "Sh" and "shilingi" as the shilling of a region that pays in one (sw-KE's
    Kenyan shilling, sw-TZ's Tanzanian one), else none."""
    code = region_pays_in(tag)
    return dict.fromkeys(("sh", "sh.", "shilingi"), code) if code in SHILLINGS else {}


def value(match: re.Match[str]) -> float:
    """Return the value of a number with its scale, before or after it ("milioni 360")."""
    scale = (match["scale"] or match.groupdict().get("after") or "").lower()
    return float(match["number"].replace(",", "")) * SCALES.get(scale, 1.0)


PERCENT = re.compile(r"(?P<word>asilimia\s+)?(?P<number>\d(?<![\w.,]\d)(?:\d{0,2}"
                     r"(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))(?(word)(?![\d,.]?\d)|\s?%)",
                     re.IGNORECASE)
CHANGE = re.compile(r"\b\w*(?:ongezeka|ongezea|panda|shuka|pungua|anguka|poromoka)\w*\s+"
                    r"(?:kwa\s+)?(?:takriban\s+)?\Z|\b(?:ongezeko|upungufu|punguzo|kupanda|"
                    r"kushuka)\s+(?:la|kwa|ya)\s+\Z", re.IGNORECASE)
END = rf"(?:(?:asilimia|dola|{SIGNS})\s?)?(?:(?:{SCALE_WORDS})\s+)?(?:{NUMBER})" \
    rf"(?:\s?%|\s+(?:{SCALE_WORDS})\b)?"
RANGE = re.compile(rf"(?P<between>\bkati\s+ya\s+)?(?<![\w.,])(?P<first>{END})(?(between)"
                   rf"\s+na\s+|(?:(?P<to>\s+hadi\s+)|[–-]))(?P<second>{END})", re.IGNORECASE)
FROM_LEVEL = re.compile(r"\bkutoka\s+\Z", re.IGNORECASE)
MONTHS = "|".join(get_month_names("wide", locale="sw").values())
EARLIER = re.compile(r"(?<!\w)(?:awali|mwanzoni|hapo\s+mwanzo|makadirio\s+ya\s+kwanza|"
                     r"walitarajia|ilitarajia)(?!\w)", re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:kufikia\s+(?:tarehe\s+)?\d{{1,2}}\s+(?:{MONTHS})|baadaye|"
                   r"sasa|hadi\s+sasa|tangu\s+hapo)(?!\w)", re.IGNORECASE)
OF = r"(?:ya|za|wa|la|cha|vya|kwa)"
SHARE_OF = re.compile(rf"\s+{OF}\s+(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}})",
                      re.IGNORECASE)
# "Mawaziri 14 kutoka nchi 9": the countries of the ministers counted before.
COUNTED_FROM = re.compile(rf"(?<![\w.,])[^\W\d_][\w'’-]*\s+(?!{YEAR}\b)(?:\d[\d,.]*|{WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s+(?:kutoka|wa|za)\s+\Z",
                          re.IGNORECASE)
# Another whole's countries: "nchi 27 za Umoja wa Ulaya", "nchi 27 wanachama wa EU".
OF_ANOTHER = of_named(r"(?:\s+wanachama)?\s+(?:za|wa)\s+")
RATIO = re.compile(rf"(?<=\d)(?<!{YEAR})\s+kati\s+ya\s+(?=\d)", re.IGNORECASE)
FORESEEN = re.compile(r"(?<!\w)(?:huenda|pengine|inakadiriwa|inatarajiwa\s+kufikia|"
                      r"kiwango\s+cha\s+juu\s+cha)(?!\w)", re.IGNORECASE)
STOP_WORDS = frozenset(
    "na ya wa za la cha vya kwa katika ni si kama huo hiyo hizo hayo hilo hii hizi haya hawa "
    "wale zile ile yale kuwa kwamba lakini au pia tu bado sasa hata juu chini kati zaidi baada "
    "kabla tangu hadi mpaka ambayo ambao ambacho ambalo ambapo ambazo yake yao wake zao lake "
    "chake vyake kila yote wote zote mwaka miaka tarehe mara nchini mjini huko hapa pale "
    "takriban karibu angalau yapata kiasi alisema anasema walisema".split())


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: lowercased, its apostrophes straight."""
    return word.lower().replace("\u2019", "'")


def plural(word: str) -> bool:
    """Tell whether a lowercased word may be a plural noun: Swahili writes a noun before its
    number, in the plural for any number above one, so any word but a function word may."""
    return word.isalpha() and len(word) > 2 and word not in STOP_WORDS


COUNTING = Counting(
    language="sw", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("nchi", "mataifa"), country_nouns=("nchi", "mataifa"),
    money=money, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=NO_MATCH, range=RANGE, from_level=FROM_LEVEL, number=FIGURE_NUMBER,
    value=value, stop_words=STOP_WORDS, plural=plural, stem=stem,
    word=re.compile(r"[^\W_][\w'’-]*"), number_word=NUMBER_WORD, qualifiers=QUALIFIERS,
    qualifier=QUALIFIER, earlier=EARLIER, later=LATER, share_of=SHARE_OF,
    counted_from=COUNTED_FROM, of_another=OF_ANOTHER, regional=regional,
    added_after=ADDED_AFTER, ratio=RATIO, foreseen=FORESEEN)
