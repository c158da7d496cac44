"""How Turkish writes counts and amounts, as Turkish papers print them: a point between
thousands and a comma before decimals ("50.000", "1,5 milyar TL"), a scale after the number
("50 bin", "3 milyon", "104 milyar dolar"), a percentage's sign or word before it ("yüzde 5",
"%5", "% 5"; "5%" too), money named after the number ("100 milyar lira", "1,5 milyar TL") or
signed before it ("$104 milyar"), and the noun after its number, singular whatever the number,
its endings joined ("11 ilde", "5 ülkeden", "50 bin kişi").

"Bir" is one and the article "a" alike ("bir ülke"): it is read only before a scale ("bir
milyon"). A day and its month ("6 Şubat 2023", "6 Şubat'ta") and a year ("2023'te") count
nothing."""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from ...naming.names import caseless
from . import YEAR, Counting
from .commas import SPACES, UNQUOTED, counted_number, number, pointed_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .patterns import naming, qualifier_pattern, words_pattern
from .turkishwords import CHANGE_AFTER, CONTINUED, NUMBER_WORDS, lower, qualified_after, stem

LETTER = "a-zçğıöşüâîû"
WORD = r"[^\W\d_][\w'’-]*"
WORDS = words_pattern(set(NUMBER_WORDS) - {"bir"}, CONTINUED)
NUMBER_WORD = re.compile(WORDS, re.IGNORECASE)
NUMBER = number(".")
SCALES = {"bin": 1e3, "milyon": 1e6, "milyar": 1e9, "trilyon": 1e12}


def scale_word(root: str, i: str, e: str) -> str:
    """Return the pattern of a scale and its endings, as its vowels take them: "bin", "binden",
    "bini", "bine"; "milyon", "milyona", "milyonu"; "milyar", "milyarlık"; not "bina"."""
    return rf"{root}(?=(?:{i}(?:n(?:{e}|{i})?)?|{e}|[dt]{e}(?:n|ki)?|l{i}k)?(?![{LETTER}]))"


SCALE_WORDS = "|".join([scale_word("bin", "i", "e"), scale_word("milyon", "u", "a"),
                        scale_word("milyar", "ı", "a"), scale_word("trilyon", "u", "a")])
# A scale's ending, which the scale's pattern has checked; the fewest letters, as the ending
# may be the case a qualifier after it asks for ("50 binden fazla").
ENDING = rf"[{LETTER}]*?"
SCALE = rf"(?:\s(?P<scale>{SCALE_WORDS}){ENDING})?"
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONTHS = "|".join(get_month_names("wide", locale="tr").values())
# What may stand between a number and its noun: a qualifier, the case it puts the number in
# ("50.000'den fazla kişi", "50 binden fazla kişi", "3 milyona yakın", "bini aşkın").
BETWEEN = (r"(?:['’]?(?:[dt][ae]n\s+(?:fazla|az)|y?[ae]\s+(?:yakın|kadar)|(?:y?[ıiuü])?\s+"
           r"(?:aşkın|üzerinde|civarında|dolayında|kadar))(?!\w))?")
# A percentage: its sign or word before the number ("yüzde 3,5", "%5", "% 5"), or its sign
# after it ("5%").
PERCENT = re.compile(rf"(?P<before>(?<!\w)yüzde\s+|(?<![\w%])%[{SPACES}]?)?(?<![\w.,])"
                     rf"(?P<number>{NUMBER})(?(before)(?![.,]?\d)|[{SPACES}]?%)",
                     re.IGNORECASE)
# A counted noun after its number, its scale and a qualifier; not a scale, a month ("6
# Şubat"), a percentage or a word of money.
COUNT = re.compile(
    rf"{UNQUOTED}(?<!%)(?<!yüzde\s)(?P<number>{counted_number('.')}){SCALE}{BETWEEN}\s+"
    rf"(?P<words>(?!(?:{SCALE_WORDS}|{MONTHS}|yüzde|puan|dolar|lira|TL|avro|euro)"
    rf"(?![{LETTER}])){WORD}(?:\s+{WORD}){{0,2}})", re.IGNORECASE)
WORD_COUNT = re.compile(rf"{UNQUOTED}(?<!\bbu\s)(?<!\bşu\s)(?<!\bher\s)(?P<word>{WORDS})"
                        rf"(?P<words>(?:\s+{WORD}){{1,3}})", re.IGNORECASE)


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Turkish
    names ("abd doları", "türk lirası"), the signs and the words newsrooms write alone."""
    found = {"$": "USD", "dolar": "USD", "€": "EUR", "avro": "EUR", "euro": "EUR", "£": "GBP",
             "sterlin": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY", "₺": "TRY", "tl": "TRY",
             "lira": "TRY", **PREFIXES}
    return names_in("tr") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3 or name == "tl"]
# A currency's endings: "dolarlık", "liraya", "TL'lik", "avrodan".
CURRENCY_ENDING = r"(?:['’]?[" + LETTER + r"]{1,5})?"
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s?"
                         rf"(?P<currency>{alternatives(NAMED)}|{codes_pattern()}|[₺€$£])"
                         rf"{CURRENCY_ENDING}(?!\w)", re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)[€₺])\s?"
                   rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "₺", "tl", "lira", "dolar", "avro", "euro", "sterlin",
               "yen", "yuan")


money = functools.partial(money_in, hints=MONEY_HINTS, openings=frozenset(), named=NAMED_MONEY,
                          signed=MONEY, first=code_first(NUMBER, SCALE))


QUALIFIERS = {"yaklaşık": "about", "tahminen": "about", "aşağı yukarı": "about",
              "en az": "at least", "asgari": "at least", "en fazla": "up to",
              "azami": "up to", "neredeyse": "nearly", "yaklaşık olarak": "about"}
# Counts of countries: "5 ülke", "9 ülkede", "dokuz ülke daha" and "diğer 9 ülke" (other),
# "30'dan fazla ülke"; not "bu iki ülke" nor "iki ülke arasında", which point back.
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"(?<!\bbu\s)(?<!\bşu\s)(?<!\bher\s)(?<!\bo\s)(?:(?P<other>(?<!\w)(?:diğer|başka)"
    rf"\s+))?(?:(?<![\w.,])(?P<digits>\d{{1,3}})(?![\d.,]?\d)|(?P<word>{WORDS})){BETWEEN}"
    r"\s+ülke(?:y[eiı]|y?le|nin|[dt]e(?:n|ki)?)?(?![\w'’])"
    r"(?!\s+aras[ıi]nda)(?:\s+(?P<word_other>daha)(?!\w))?", re.IGNORECASE)
BESIDE = r"dışında|hariç|haricinde|yanı\s+sıra|d[ae]n\s+başka"
BESIDES = re.compile(rf",?\s+{WORD}\s+(?:{BESIDE})(?!\w)", re.IGNORECASE)
BESIDES_BEFORE = re.compile(rf"(?:{BESIDE})\s*,?\s+(?:{WORD}\s+){{0,5}}\Z", re.IGNORECASE)
# Another whole's countries: "AB'nin 27 ülkesi" is no count (its noun is possessed); "AB
# üyesi 27 ülke", "NATO üyesi 32 ülke" are another whole's.
OF_ANOTHER = re.compile(r"(?-i:[A-Z]{2,}|G\d+)['’]?\w*\s+üye(?:si)?\s+\Z", re.IGNORECASE)


def of_another(text: str, start: int, end: int) -> bool:
    """Tell whether a count of countries counts another whole's, named before it."""
    return OF_ANOTHER.search(text, max(start - 30, 0), start) is not None


CHANGE = re.compile(r"(?<!\w)(?:artış|düşüş|azalış|yükseliş|büyüme|daralma|kayıp)\w*\s+"
                    r"(?:yaklaşık\s+)?\Z", re.IGNORECASE)
END = rf"(?:(?:yüzde\s+|%\s?)?(?:\$|€)?{NUMBER}(?:\s?%|\s(?:{SCALE_WORDS}))?)"
# A range: "5-10", "yüzde 20-30", "5 ila 10", "20 ile 30 arasında".
RANGE = re.compile(rf"(?<![\w.,])(?P<first>{END})(?:(?P<to>\s+ila\s+)|[–-]|(?P<between>\s+ile"
                   rf"\s+))(?P<second>{END})(?(between)['’]?\w*\s+aras[ıi]nda)(?![.,]?\d)",
                   re.IGNORECASE)
EARLIER = re.compile(r"(?<!\w)(?:başlangıçta|önceki|daha\s+önce|ilk\s+(?:tahmin|açıklan|"
                     r"veri|rakam|bilanço|sonuç)\w*|beklen\w*|öngörül\w*)(?!\w)",
                     re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:\d{{1,2}}\s+(?:{MONTHS})['’]?\w*\s+(?:kadar|itibarıyla)|"
                   r"daha\s+sonra|sonradan|şu\s+anda|şimdi|artık|bugün)(?!\w)",
                   re.IGNORECASE)
FORESEEN = re.compile(r"(?<!\w)(?:muhtemelen|olasılıkla|\w+[ae]bil(?:ir|ecek)\w*)(?!\w)",
                      re.IGNORECASE)
# "Her 5 kişiden 2'si": neither counts people.
RATIO = re.compile(rf"(?<=\d)(?<!{YEAR})\s+{WORD}[dt][ae]n\s+(?=\d+['’])", re.IGNORECASE)
# A point after a number ends no sentence before a lowercase word: an ordinal ("2. deprem").
UNSTOPPED = re.compile(r"(?<![\d.,])\d{1,3}\.(?=\s+[a-zçğıöşü])|(?<!\w)(?:vb|vs|örn|yy|Dr|"
                       r"Prof|Doç)\.")
NEVER = re.compile(r"(?!)(?P<whole>)")
FUNCTION_WORDS = (
    "ve ile ya veya ama fakat ancak ise de da ki bu şu o bir her tüm bütün diğer başka için "
    "gibi kadar göre karşı üzere sonra önce daha en çok az fazla yaklaşık civarında "
    "neredeyse aşkın üzerinde yakın arasında olan olarak oldu olduğu ayrıca hem ne mi "
    "sayısı sayı toplam toplamda yüzde bin milyon milyar trilyon binlerce milyonlarca "
    "yüzlerce onlarca tarihinde günü yılı yılında saat itibarıyla".split())
# As written, and as a word is read without case, its dotted and dotless i as one.
STOP_WORDS = frozenset(FUNCTION_WORDS) | frozenset(map(caseless, FUNCTION_WORDS))
MONTH_WORDS = frozenset(lower(month) for month in MONTHS.split("|"))


def plural(word: str) -> bool:
    """Tell whether a lowercased word may be the noun a number counts: a Turkish noun stays
    singular after a number ("11 il", "50 bin kişi"), so any word but a function word or a
    month may be."""
    return word.isalpha() and len(word) > 1 and word not in STOP_WORDS \
        and word not in MONTH_WORDS


COUNTING = Counting(
    language="tr", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("ülke"), country_nouns=("ülke",), money=money,
    currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=re.compile("(?!)"), number=FIGURE_NUMBER,
    value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural, stem=stem,
    word=re.compile(WORD), number_word=NUMBER_WORD, qualifiers=QUALIFIERS,
    qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER, later=LATER, share_of=NEVER,
    counted_from=re.compile("(?!)"), unstopped=UNSTOPPED, besides_before=BESIDES_BEFORE,
    of_another=of_another, foreseen=FORESEEN, ratio=RATIO, head_last=True,
    qualified_after=qualified_after, lower=lower, names_numbers=False,
    change_after=re.compile(CHANGE_AFTER, re.IGNORECASE))
