"""How Indonesian and Malay write counts and amounts, alike but for a few words: the number
before its noun, which does not change for the plural ("lima negara", "82 kursi", "96,2 juta
suara"; "negara-negara" is a plural without a count), "lain" after it ("sembilan negara
lain"), money's sign before ("Rp 1,5 triliun", "RM2,5 bilion", "US$360 juta") or its name
after ("360 juta dolar AS"), "persen" and "peratus" beside "%". Numbers are read as CLDR's
Indonesian writes them, 1.000 and 2,5; a region that writes them otherwise (Malaysia's 1,000
and 2.5) has them rewritten so first (see styles.py and malay.py)."""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from . import YEAR, Counting
from .commas import UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .currencies import openings as openings_of
from .patterns import named_after, naming, qualifier_pattern, words_pattern

UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "lapan": 8, "sembilan": 9}


def number_words() -> dict[str, int]:
    """Return the numbers in words as both languages build them, their parts joined by '-':
    "sebelas" (11), "dua belas" (12), "dua puluh lima" (25), "seratus" (100), "tiga ratus"
    (300), "seribu" (1,000), "dua ribu" (2,000); Malay's "lapan" beside "delapan" (8)."""
    found = dict(UNITS) | {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
                           "sepuluh-ribu": 10_000}
    for unit, n in UNITS.items():
        if n > 1:
            found |= {f"{unit}-belas": 10 + n, f"{unit}-puluh": 10 * n,
                      f"{unit}-ratus": 100 * n, f"{unit}-ribu": 1000 * n}
            found |= {f"{unit}-puluh-{last}": 10 * n + m for last, m in UNITS.items()}
    return found


NUMBER_WORDS = number_words()
# Read whole: not the "lima" of "dua puluh lima" or "seratus lima", nor the "satu" of "salah
# satu" (one of them) or of "satu-satunya" (the only one).
WORDS = words_pattern(NUMBER_WORDS, ["puluh", "ratus", "seratus", "ribu", "seribu", "salah"]) \
    + r"(?![\-\u2010\u2011])"
NUMBER_WORD = re.compile(WORDS, re.IGNORECASE)
NUMBER = number(".")
COUNTED_NUMBER = counted_number(".")
SCALES = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "bilion": 1e9,
          "triliun": 1e12, "trilion": 1e12}
SCALE_WORDS = "|".join(SCALES)
SCALE = rf"(?:\s?(?P<scale>{SCALE_WORDS})\b)?"
MONTHS = "|".join(sorted({month for language in ("id", "ms") for width in ("wide", "abbreviated")
                          for month in get_month_names(width, locale=language).values()},
                         key=len, reverse=True))
PERCENT_WORDS = r"persen|peratus"


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Indonesian
    and Malay names ("dolar singapura", "ringgit malaysia"), the bare words and the signs."""
    found = {"$": "USD", "dolar": "USD", "dolar as": "USD", "dolar amerika": "USD",
             "€": "EUR", "euro": "EUR", "£": "GBP", "pound": "GBP", "¥": "JPY", "yen": "JPY",
             "yuan": "CNY", "rp": "IDR", "rp.": "IDR", "rupiah": "IDR", "rm": "MYR",
             "ringgit": "MYR", **PREFIXES}
    return names_in("id", "ms") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3]
NAMES = alternatives(NAMED)
# The currency after the amount: "360 juta dolar AS", "1,5 triliun rupiah"; or before it:
# "Rp 1,5 triliun", "Rp1.500", "RM2,5 bilion", "US$360 juta", "IDR 71 triliun".
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s+"
                         rf"(?P<currency>(?:{NAMES})(?!\w)|{codes_pattern()})", re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?:(?-i:[A-Z]{1,3})?[$£¥]|€|(?-i:Rp)\.?|(?-i:RM)))"
                   rf"\s?(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "rp", "rm", "dolar", "rupiah", "ringgit", "euro", "yen",
               "yuan", "pound")
money = functools.partial(money_in, hints=MONEY_HINTS, openings=openings_of(NAMED),
                          named=NAMED_MONEY, signed=MONEY, first=code_first(NUMBER, SCALE))
PERCENT = percent(".", rf"(?:{PERCENT_WORDS})\b")
# A count's words: not a scale, a month ("20 Maret"), a percentage or a currency's name.
COUNT = re.compile(rf"{UNQUOTED}(?P<number>{COUNTED_NUMBER}){SCALE}(?!\s?%)\s+"
                   rf"(?P<words>(?!(?:{SCALE_WORDS}|{MONTHS}|{PERCENT_WORDS}|{NAMES})\b)"
                   r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
QUALIFIERS = {
    "lebih dari": "more", "lebih daripada": "more", "di atas": "more", "melebihi": "more",
    "setidaknya": "at least", "sedikitnya": "at least", "paling sedikit": "at least",
    "minimal": "at least", "sekurang-kurangnya": "at least", "kurang dari": "fewer",
    "kurang daripada": "fewer", "di bawah": "fewer", "hingga": "up to", "sampai": "up to",
    "sehingga": "up to", "maksimal": "up to", "paling banyak": "up to", "hampir": "nearly",
    "nyaris": "nearly", "mendekati": "nearly", "sekitar": "about", "sekira": "about",
    "kira-kira": "about", "lebih kurang": "about", "kurang lebih": "about"}
OTHER = r"\s+(?P<other>lain(?:nya)?)\b"
# "lima negara", "9 negara lain", "sembilan negara lainnya"; not "dua negara itu", which
# points back, nor "negara-negara", nor "negara bagian" (a federation's states).
COUNTRY_CLAIM = re.compile(
    UNQUOTED + rf"(?<![\w.,-])(?:(?P<digits>\d{{1,3}})(?![\d.,]?\d)|(?P<word>{WORDS}))"
    r"\s+negara(?![\w\-])(?!\s+(?:itu|tersebut|ini|bagian)\b)(?:" + OTHER + r")?"
    r"(?P<word_other>(?!))?", re.IGNORECASE)
BESIDE = r"selain|kecuali|di\s+luar|tidak\s+termasuk|tak\s+termasuk"
BESIDES = re.compile(rf"(?:\s+[^\W\d_][\w'’-]*)?,?\s+(?:{BESIDE})\b", re.IGNORECASE)
BESIDES_BEFORE = re.compile(rf"(?<!\w)(?:{BESIDE})\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_,.;:][\w'’-]*)"
                            r"{0,3},?\s+(?:[^\W\d_][\w'’-]*\s+){0,4}\Z", re.IGNORECASE)
# Another whole's countries: "27 negara anggota Uni Eropa", "10 negara ASEAN", "negara G20".
OF_ANOTHER = re.compile(r"(?:\s+anggota)?(?:\s+dari)?\s+(?-i:[A-Z]{2,}\b|G\d+\b|(?:Uni|Liga|"
                        r"Organisasi|Perserikatan|Kesatuan|Komanwel)\s)")


CHANGE = re.compile(r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|merosot|"
                    r"anjlok|susut|tumbuh|kenaikan|penurunan|peningkatan|pertumbuhan|"
                    r"lonjakan)\s+(?:sebesar\s+|sebanyak\s+)?(?:sekitar\s+|hampir\s+)?\Z"
                    # a margin: "selisih 9 suara", "kurang 30 kerusi" (short by 30 seats)
                    r"|\bselisih\s+(?:sekitar\s+|hampir\s+)?\Z|(?<!lebih\s)\bkurang\s+\Z",
                    re.IGNORECASE)
END = rf"(?:(?:US\$|\$|€|(?-i:Rp)\.?\s?|(?-i:RM)\s?))?(?:{NUMBER})" \
    rf"(?:\s?%|\s+(?:{PERCENT_WORDS})\b|\s?(?:{SCALE_WORDS})\b)?"
# A range: "antara 5 dan 10", "5 hingga 10 tahun", "5-10", "Rp 1-2 triliun".
RANGE = re.compile(rf"(?P<between>\bantara\s+)?(?<![\w.,])(?P<first>{END})(?(between)"
                   r"\s+(?:dan|hingga|sampai|dengan)\s+|(?:(?P<to>\s+(?:hingga|sampai|sehingga)"
                   rf"\s+)|[–-]))(?P<second>{END})", re.IGNORECASE)
FROM_LEVEL = re.compile(r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|"
                        r"merosot)\s+dari\s+\Z", re.IGNORECASE)
EARLIER = re.compile(r"(?<!\w)(?:awalnya|semula|mula-mula|pada\s+mulanya|asalnya|"
                     r"sebelumnya|perkiraan\s+awal|hitung\s+cepat|quick\s+count|"
                     r"jajak\s+pendapat|dijangka|diharapkan)(?!\w)", re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:(?:pada|hingga|sampai|per|sejak)\s+\d{{1,2}}\s+(?:{MONTHS})|"
                   r"kemudian|sekarang|kini|saat\s+ini|hingga\s+kini|sejak\s+itu)(?!\w)",
                   re.IGNORECASE)
SHARE_OF = re.compile(r"\s+(?:dari|daripada)\s+(?P<whole>[^\W\d_][\w'’-]*"
                      r"(?:\s+[^\W\d_][\w'’-]*){0,3})", re.IGNORECASE)
# "14 menteri dari 9 negara": the countries of the ministers counted before.
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d.,]*|{WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+(?:dari|daripada|asal)\s+\Z",
                          re.IGNORECASE)
FORESEEN = re.compile(r"(?<!\w)(?:kemungkinan|diproyeksikan|diramalkan|berpotensi|"
                      r"terancam|unjuran)(?!\w)", re.IGNORECASE)
STOP_WORDS = frozenset(
    "yang di ke dari daripada dan atau dengan untuk pada dalam oleh akan telah sudah masih ini "
    "itu tersebut adalah ialah merupakan juga tidak tak bukan namun tetapi tapi serta bagi "
    "karena kerana sebagai antara hingga sampai sehingga sejak setelah selepas sebelum saat "
    "ketika bahwa bahawa para sang dia ia mereka kami kita secara atas bawah tentang terhadap "
    "kepada lebih kurang sekitar hampir setidaknya sedikitnya lain lainnya semua seluruh setiap "
    "tiap sebanyak sebesar kata ujar katanya menurut tanggal pukul kali ada "
    "masing-masing kira-kira sekurang-kurangnya iaitu yakni jadi menjadi pula lagi".split())
MONTH_WORDS = frozenset(month.lower() for month in MONTHS.split("|"))
AFFIXES = (("di", "me"), ("nya", "kan", "i"))  # prefixes, then suffixes
OPENERS = frozenset("semua seluruh hanya cuma tepat total sebanyak".split())


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: lowercased, its apostrophes straight, a reduplicated
    plural as its word ("negara-negara" as "negara"), without the commonest affixes of a verb
    or a possessive, so that "memenangi", "dimenangi" and "menang" meet."""
    word = word.lower().replace("\u2019", "'")
    first, dash, second = word.partition("-")
    if dash and first == second:
        return first
    for prefix in AFFIXES[0]:
        if word.startswith(prefix) and len(word) - len(prefix) >= 5:
            word = word[len(prefix):]
            break
    for suffix in AFFIXES[1]:
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            return word[:-len(suffix)]
    return word


def plural(word: str) -> bool:
    """Tell whether a lowercased word may be the noun a number counts: a noun does not change
    for the plural ("82 kursi"), so any word but a function word or a month may be."""
    return word.replace("-", "").isalpha() and len(word) > 2 and word not in STOP_WORDS \
        and word not in MONTH_WORDS


COUNTING = Counting(
    language="id", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("negara"), country_nouns=("negara",), money=money,
    currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=re.compile(r"(?!)(?P<word>)(?P<words>)"), range=RANGE, from_level=FROM_LEVEL,
    number=FIGURE_NUMBER, value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural,
    stem=stem, word=re.compile(r"[^\W_][\w'’-]*"), number_word=NUMBER_WORD,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM, besides_before=BESIDES_BEFORE,
    of_another=named_after(OF_ANOTHER), foreseen=FORESEEN, openers=OPENERS)
