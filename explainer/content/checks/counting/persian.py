"""How Persian writes counts and amounts: in Persian digits ("۱۶٬۳۸۴٬۴۰۳", "۳۹٫۹"), in
Arabic-Indic or Latin ones, with "٬" between thousands and "٫" or "/" as the decimal mark
("۳/۵ درصد"); a scale after the number ("۳۰ میلیون", "۲ میلیارد دلار", "۵۰۰ هزار تومان"),
money named after it ("تومان", "ریال", "دلار", "یورو", CLDR's Persian names), "درصد", "%"
or "٪" for a percentage, the noun after the number and singular ("۲۷ کشور", "نه کشور دیگر"),
qualifiers before it ("بیش از", "حدود", "کمتر از", "نزدیک به", "دست‌کم").

The patterns read a text whose digits are Latin and whose marks are Latin ones: see
localise(). A zero-width non-joiner inside a word ("کشور‌ها", "می‌کنند") is part of it. A day
("۱۵ تیر ۱۴۰۳", "۱۹ مه ۲۰۲۴") counts nothing.
"""

from __future__ import annotations

import functools
import re

from ...numerals import latin_digits
from ..texts.days import month_names
from ..texts.solardays import solar_months
from . import YEAR, Counting
from .arabic import COUNTED_NUMBER, NUMBER  # as Arabic writes them, its signs localised
from .commas import UNQUOTED
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .patterns import named_after, naming, qualifier_pattern, words_pattern
from .persianwords import CONTINUED, COUNTING_WORDS, NUMBER_WORDS, stem

SEPARATORS = str.maketrans("\u066b\u066c\u066a", ".,%")  # ٫ ٬ ٪
# A slash between two numbers of one or two parts, the decimal mark of many Persian texts
# ("۳/۵ درصد"); not a date's ("۱۴۰۳/۴/۱۵") nor a fraction's written in three parts.
SLASH = re.compile(r"(?<![\d/])(\d{1,3})/(\d{1,2})(?![\d/])")


def localise(text: str) -> str:
    """Return a text whose numbers are written as the patterns read them, every offset kept:
    its digits Latin ("۴۰۰" as "400"), its decimal mark and its thousands separator Latin
    ones, a slash between a number and its decimals a point."""
    text = latin_digits(text).translate(SEPARATORS)
    return SLASH.sub(r"\1.\2", text) if "/" in text else text


# A letter, a vowel mark or a zero-width non-joiner: what goes on inside a word.
IN = r"\w\u064b-\u065f\u0670\u200c"
WORD = rf"[^\W\d_][{IN}'’-]*"
END = rf"(?![{IN}])"
START = rf"(?<![{IN}])"
SCALES = (("تریلیون", 1e12), ("هزار میلیارد", 1e12), ("میلیارد", 1e9), ("بیلیون", 1e9),
          ("میلیون", 1e6), ("هزار", 1e3))
SCALE_WORDS = r"هزار\s+میلیارد|تریلیون|میلیارد|بیلیون|میلیون|هزار"
SCALE = rf"(?:\s+(?P<scale>{SCALE_WORDS}){END})?"
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}")


def value(match: re.Match[str]) -> float:
    """Return the value of a number and its scale: "۳۰ میلیون" is 30,000,000."""
    scale = " ".join((match["scale"] or "").split())
    times = next((size for word, size in SCALES if word == scale), 1.0)
    return float(match["number"].replace(",", "")) * times


WORDS = words_pattern(NUMBER_WORDS, CONTINUED).replace(r"(?!\w)", END)
CORE = words_pattern(COUNTING_WORDS, CONTINUED).replace(r"(?!\w)", END)
NUMBER_WORD = re.compile(WORDS)
WORD_COUNT = re.compile(rf"{UNQUOTED}(?P<word>{CORE})(?P<words>(?:\s+{WORD}){{1,3}})")
COUNTRY_NOUNS = ("کشور", "کشورها", "کشورهای")
COUNTRY_NOUN = r"کشور(?:[\u200c\s]?ها(?:ی)?)?"
# The noun after the number, singular as Persian keeps it ("۲۷ کشور", "نه کشور"), "دیگر"
# after it when it leaves one out ("۹ کشور دیگر"). Not after a word that points back ("این
# سه کشور", "هر دو کشور"); nor "دو کشور" in words, which, Persian having no article, is how
# newsrooms write "the two countries" of a story's pair ("روابط دو کشور"), unless "دیگر"
# makes it two more ("دو کشور دیگر").
POINTING_BACK = "".join(rf"(?<!{word}\s)" for word in ("این", "آن", "هر", "همین", "همان"))
COUNTRY_CLAIM = re.compile(
    rf"{UNQUOTED}{POINTING_BACK}(?:(?<![\w.,])(?P<digits>\d{{1,3}})(?![\d.,]?\d)|"
    rf"(?!دو\s+{COUNTRY_NOUN}{END}(?!\s+دیگر))(?P<word>{CORE}|نه{END}))\s+{COUNTRY_NOUN}{END}"
    rf"(?:\s+(?P<other>دیگر){END})?(?P<word_other>)")

# The currencies newsrooms name alone, and what each is.
BARE = {"تومان": "تومان", "ریال": "IRR", "دلار": "USD", "یورو": "EUR", "پوند": "GBP",
        "یوان": "CNY", "ین": "JPY", "درهم": "AED", "روبل": "RUB", "لیر": "TRY",
        "افغانی": "AFN"}


def currencies() -> dict[str, str]:
    """Return each currency as written, with its ISO 4217 code (the toman, which has none, as
    itself): CLDR's Persian names, the signs and the names newsrooms write alone."""
    return names_in("fa") | BARE | {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
                                    **PREFIXES}


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha()]
NAMED_MONEY = re.compile(
    rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s*(?P<currency>(?:{alternatives(NAMED)})"
    rf"{END}|{codes_pattern()}|[€$£¥])")
MONEY = re.compile(rf"(?P<currency>(?<!\w)(?-i:[A-Z]{{1,3}})?[$£¥]|(?<!\w)€)\s?"
                   rf"(?P<number>{NUMBER}){SCALE}")
money = functools.partial(money_in, hints=("$", "€", "£", "¥", *BARE), openings=frozenset(),
                          named=NAMED_MONEY, signed=MONEY, first=code_first(NUMBER, SCALE))
PERCENT = re.compile(rf"(?P<number>{COUNTED_NUMBER})\s?(?:%|درصد{END})")
MONTHS = "|".join(sorted({re.escape(name) for name in (*month_names("fa"), *solar_months("fa"))},
                         key=len, reverse=True))
# What may not be the noun a number counts: a month, a scale, a percentage, a currency.
NOT_NOUNS = rf"(?:{MONTHS}|{SCALE_WORDS}|درصد|{alternatives(NAMED)})"
COUNT = re.compile(
    rf"{UNQUOTED}(?P<number>{COUNTED_NUMBER}){SCALE}(?![\d/:.-]?\d)\s+"
    rf"(?!{NOT_NOUNS}{END})(?P<words>{WORD}(?:\s+{WORD}){{0,2}})")
CHANGES = r"(?:افزایش|کاهش|رشد|افت|سقوط|جهش|کم|زیاد)"
# A change before its amount: "افزایش ۵ درصدی", "به میزان ۵ درصد افزایش"; the verb after it:
# "۵ درصد افزایش یافت" (rose by 5%), not the level it reaches ("به ۵ درصد رسید").
CHANGE = re.compile(rf"{START}(?:{CHANGES}(?:\s+{WORD}){{0,3}}?(?:\s+به\s+میزان|\s+به\s+اندازه)?"
                    rf"|به\s+میزان|به\s+اندازه)\s+(?:حدود\s+)?\Z")
CHANGE_AFTER = re.compile(rf"\s*(?:{WORD}\s+){{0,1}}?{CHANGES}[\u200c\s]*(?:یافت|یافته|داشت"
                          rf"|پیدا|کرد|شد|می[\u200c\s]?یابد){END}")
ADDED = re.compile(rf"{START}(?:علاوه\s+بر|افزون\s+بر)\s+\Z")
END_OF_RANGE = rf"(?:{NUMBER})(?:\s?%|\s+درصد{END}|\s+(?:{SCALE_WORDS}){END})?"
# A range: "بین ۳۰ تا ۴۰", "بین ۳۰ و ۴۰", "۳۰ تا ۴۰ درصد", "۳۰-۴۰"; after "از" a level and
# the next ("از ۳۹ به ۴۹", "از ۳۰ تا ۴۰" after a change).
RANGE = re.compile(rf"(?P<between>{START}بین\s+)?(?<![\w.,])(?P<first>{END_OF_RANGE})"
                   rf"(?(between)\s+(?:و|تا)\s+|(?:(?P<to>\s+تا\s+)|\s?[–-]\s?))"
                   rf"(?P<second>{END_OF_RANGE})(?![\d.,]?\d)")
FROM_LEVEL = re.compile(rf"{START}از\s+\Z")
QUALIFIERS = {"بیش از": "more", "بیشتر از": "more", "بیش‌تر از": "more", "افزون بر": "more",
              "بالغ بر": "about", "حدود": "about", "حدوداً": "about", "حدودا": "about",
              "در حدود": "about", "تقریباً": "about", "تقریبا": "about", "نزدیک به": "nearly",
              "قریب به": "nearly", "کمتر از": "fewer", "کم‌تر از": "fewer", "زیر": "fewer",
              "دست‌کم": "at least", "دست کم": "at least", "حداقل": "at least",
              "حداکثر": "up to"}
QUALIFIER = qualifier_pattern(QUALIFIERS)
EARLIER = re.compile(rf"{START}(?:در\s+ابتدا|ابتدا|پیش[\u200c\s]?تر|قبلاً|قبلا|اولیه"
                     rf"|پیش[\u200c\s]?بینی|برآورد\s+اولیه){END}")
LATER = re.compile(rf"{START}(?:سپس|بعداً|بعدا|اکنون|هم[\u200c\s]?اکنون|اینک|اکنون)"
                   rf"{END}")
FORESEEN = re.compile(rf"{START}(?:ممکن\s+است|احتمالاً|احتمالا|خواهد|خواهند|شاید"
                      rf"|پیش[\u200c\s]?بینی\s+می[\u200c\s]?شود){END}")
SHARE_OF = re.compile(rf"\s+از\s+(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})")
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d,.]*|{CORE})(?:\s+{WORD}){{1,3}}"
                          r"\s+از\s+\Z")
# Another whole's countries: "۲۷ کشور عضو اتحادیه اروپا", "۲۲ کشور عربی".
WHOLES = r"(?:اتحادیه|ناتو|گروه|سازمان|اتحاد|شورای|جامعه|بریکس|اوپک|آسه[\u200c\s]?آن)"
KINDS = r"(?:عربی|اروپایی|آفریقایی|آسیایی|اسلامی|عضو|غربی|حاشیه|همسایه|در\s+حال\s+توسعه)"
OF_WHOLE = re.compile(rf"(?:\s+(?:دیگر\s+)?{KINDS}{END}|(?:\s+عضو)?\s+(?:در\s+|از\s+)?"
                      rf"{WHOLES}{END}|\s+(?-i:[A-Z]{{2,}}))")
BESIDE = r"(?:به[\u200c\s]?جز|بجز|جز|غیر\s+از|علاوه\s+بر|افزون\s+بر|به\s+همراه)"
BESIDES = re.compile(rf"(?:\s+{WORD})?،?\s+{BESIDE}{END}")
BESIDES_BEFORE = re.compile(rf"{START}{BESIDE}\s+{WORD}(?:\s+{WORD}){{0,4}}[،,]?\s+"
                            rf"(?:{WORD}\s+){{0,6}}\Z")
STOP_WORDS = frozenset(
    "از به در با که این آن را و یا تا بر برای هم نیز است بود شد کرد کند کنند شده بودند "
    "ها های ای یک هر همه چند دیگر پس پیش بین روی زیر سر خود او آنها ایشان ما ما شما من "
    "اما ولی اگر چون چه نه هیچ بیش کمتر بیشتر حدود نزدیک درصد".split())
NOT_COUNTED = frozenset(stem(name) for name in (*month_names("fa"), *solar_months("fa")))


def plural(word: str) -> bool:
    """Tell whether a lowercased word may be the noun a number counts: Persian puts it after
    the number, singular, so any word but a function word or a month may be."""
    return word.replace("\u200c", "").isalpha() and word not in STOP_WORDS \
        and stem(word) not in NOT_COUNTED


COUNTING = Counting(
    language="fa", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("کشور"), country_nouns=COUNTRY_NOUNS, money=money,
    currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT, word_count=WORD_COUNT,
    range=RANGE, from_level=FROM_LEVEL, number=FIGURE_NUMBER, value=value,
    stop_words=STOP_WORDS, plural=plural, stem=stem, word=re.compile(WORD),
    number_word=NUMBER_WORD, qualifiers=QUALIFIERS, qualifier=QUALIFIER, earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM, besides_before=BESIDES_BEFORE,
    of_another=named_after(OF_WHOLE), localise=localise, added=ADDED, foreseen=FORESEEN,
    change_after=CHANGE_AFTER, needed=frozenset({"لازم", "نصاب", "حدنصاب"}))
