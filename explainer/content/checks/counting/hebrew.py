"""How Hebrew writes counts and amounts: numbers 1,000 and 2.5, a scale and money after the
number ("3.5 מיליארד דולר", "300 מיליון ש"ח", "5 אלף שקלים") or a sign before it ("$3.5"),
"%" or "אחוז" for a percentage, the noun after the number ("170 כטב"מים", "7 מדינות", "שלוש
מדינות נוספות"), qualifiers before it ("יותר מ-30", "כ-170", "לפחות", "עד").

A letter joined to a number by a hyphen or a maqaf ("ב-18", "ו-300", "מ-99%", "ה-7") is a word
of its own: localise() makes the hyphen a space, so "כ-" (about) and "יותר מ-" (more than)
are read as the qualifiers they are. A date ("ב-19 באפריל") counts nothing.
"""

from __future__ import annotations

import functools
import re

from ..texts.days import month_names
from . import YEAR, Counting
from .commas import UNQUOTED
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .english import NUMBER  # 1,000 and 2.5, as English writes them
from .hebrewwords import CONTINUED, NUMBER_WORDS, PREFIX_LETTERS, looks_plural, stem
from .patterns import naming, of_named

LETTER = "\u05d0-\u05ea"
# One or two letters joined to a number by a hyphen or a maqaf: "ב-18", "וב-2024", "מ-99%".
JOINED = re.compile(rf"(?<![{LETTER}\w])[{PREFIX_LETTERS}]{{1,2}}([-\u05be])(?=[\d$€₪])")


def localise(text: str) -> str:
    """Return a text whose letters joined to a number stand apart, every offset kept: the
    hyphen or maqaf after them a space ("כ-170" as "כ 170")."""
    return JOINED.sub(lambda joined: joined[0][:-1] + " ", text) if JOINED.search(text) \
        else text


GERSH = rf"(?:[\"\u05f4\u05f3'](?=[{LETTER}]))"  # the gershayim or geresh inside a word
WORD = rf"[^\W\d_](?:[\w'’-]|{GERSH})*"
END = r"(?![\w\"\u05f4])"
# A joined letter before a word: "ושלוש", "בשלושה", "מהמדינות".
BEFORE = (rf"(?:(?<![\w{LETTER}])|(?<=(?<![\w])[{PREFIX_LETTERS}])"
          rf"|(?<=(?<![\w])[{PREFIX_LETTERS}]{{2}}))")
CORE = "|".join(re.escape(word).replace(r"\-", r"\s+")
                for word in sorted(NUMBER_WORDS, key=len, reverse=True))
GUARDS = "".join(rf"(?<!{word}\s)" for word in CONTINUED)
# Not a number that points back at what its noun, made definite, names: "שני הצדדים" (the two
# sides), "שלוש המדינות" (the three countries).
NUMBER_WORD = re.compile(rf"{BEFORE}{GUARDS}(?:{CORE}){END}")
WORD_COUNT = re.compile(rf"{UNQUOTED}{BEFORE}{GUARDS}(?P<word>{CORE}){END}"
                        rf"(?P<words>(?:\s+(?!ה){WORD}){{1,3}})")
COUNTED_NUMBER = r"\d(?<![\w$€£₪.,]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
SCALES = (("טריליון", 1e12), ("מיליארד", 1e9), ("מיליון", 1e6), ("אלף", 1e3), ("אלפים", 1e3))
SCALE_WORDS = r"טריליון|מיליארד(?:ים)?|מיליון|מיליונים|אלף|אלפים"
SCALE = rf"(?:\s+(?P<scale>{SCALE_WORDS}){END})?"
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}")


def value(match: re.Match[str]) -> float:
    """Return the value of a number and its scale: "3.5 מיליארד" is 3,500,000,000."""
    scale = match["scale"] or ""
    times = next((size for word, size in SCALES if scale.startswith(word)), 1.0)
    return float(match["number"].replace(",", "")) * times


def currencies() -> dict[str, str]:
    """Return each currency as written, with its ISO 4217 code: CLDR's Hebrew names, the signs,
    and the names newsrooms write alone ("דולר", "שקלים", "ש"ח", "אירו", "יורו")."""
    bare = {"ILS": "שקל שקלים ש\"ח ש\u05f4ח שקל חדש שקלים חדשים ₪", "USD": "דולר דולרים $",
            "EUR": "אירו יורו €", "GBP": "ליש\"ט לירות שטרלינג £"}
    found = {word: code for code, words in bare.items() for word in words.split()}
    return names_in("he") | found | {"¥": "JPY", **PREFIXES}


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha()]
NAMED_MONEY = re.compile(rf"(?<![\w$€£₪.,])(?P<number>{NUMBER}){SCALE}\s*(?P<currency>"
                         rf"(?:{alternatives(NAMED)}){END}|{codes_pattern()}|[€$£₪])")
MONEY = re.compile(rf"(?P<currency>(?<!\w)(?-i:[A-Z]{{1,3}})?[$£¥₪]|(?<!\w)€)\s?"
                   rf"(?P<number>{NUMBER}){SCALE}")
money = functools.partial(money_in, hints=("$", "€", "£", "¥", "₪", "דולר", "שקל", "ש\"ח",
                                           "ש\u05f4ח", "אירו", "יורו", "ליש"),
                          openings=frozenset(), named=NAMED_MONEY, signed=MONEY,
                          first=code_first(NUMBER, SCALE))
PERCENT_WORDS = r"\s?%|\s+(?:אחוז|אחוזים)" + END
PERCENT = re.compile(rf"(?P<number>{COUNTED_NUMBER})(?:{PERCENT_WORDS})")
MONTHS = "|".join(sorted({re.escape(name) for name in month_names("he")}, key=len,
                         reverse=True))
# What may not be the noun a number counts: a month with its joined letter ("19 באפריל"),
# a scale, a percentage's word, an hour ("בשעה").
NOT_NOUNS = rf"(?:[בל]?(?:{MONTHS})|{SCALE_WORDS}|אחוז|אחוזים)"
COUNT = re.compile(rf"{UNQUOTED}(?P<number>{COUNTED_NUMBER}){SCALE}(?![\d/:.-]?\d)(?!\s?%)\s+"
                   rf"(?!{NOT_NOUNS}{END})(?P<words>{WORD}(?:\s+{WORD}){{0,2}})")
COUNTRY_NOUN = r"(?:מדינות|ארצות)(?!\w)"
OTHER = r"(?:נוספות|אחרות)"
# "7 מדינות", "שלוש מדינות נוספות", "עוד שלוש מדינות", "בשבע מדינות"; not "שלוש המדינות".
COUNTRY_CLAIM = re.compile(
    rf"{UNQUOTED}(?:(?P<other>עוד)\s+)?(?:(?<![\w.,])(?P<digits>\d{{1,3}})(?![\d.,]?\d)|"
    rf"{BEFORE}{GUARDS}(?P<word>{CORE}))\s+{COUNTRY_NOUN}(?:\s+(?P<word_other>{OTHER})(?!\w))?")
BESIDE = r"(?:מלבד|חוץ\s+מ|פרט\s+ל|בנוסף\s+ל|יחד\s+עם|לצד)"
BESIDES = re.compile(rf"(?:\s+{WORD})?,?\s+{BESIDE}")
BESIDES_BEFORE = re.compile(rf"(?<!\w)ו?{BESIDE}\S*(?:\s+{WORD}){{0,4}},?\s+(?:{WORD}\s+){{0,6}}\Z")
QUALIFIERS = {"יותר מ": "more", "ויותר מ": "more", "למעלה מ": "more", "מעל": "more",
              "מעל ל": "more", "לפחות": "at least", "פחות מ": "fewer", "מתחת ל": "fewer",
              "עד": "up to", "כמעט": "nearly", "כ": "about", "בערך": "about",
              "קרוב ל": "nearly", "כמה": "about"}
QUALIFIER = re.compile(r"(?<![\w\"])(?P<qualifier>" + "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+")
    for phrase in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+\Z")
VERBS = r"(?:עלה|עלתה|עלו|ירד|ירדה|ירדו|גדל|גדלה|גדלו|צנח|צנחה|זינק|זינקה|קפץ|קפצה|התכווץ)"
NOUNS_OF_CHANGE = r"(?:עלייה|עליה|ירידה|גידול|צניחה|זינוק)"
# A change by so much ("עלה ב-5%", "עלייה של 3%"), not the level it reaches ("ירד ל-3%").
CHANGE = re.compile(rf"(?<!\w)(?:{VERBS}|{NOUNS_OF_CHANGE})(?:\s+{WORD}){{0,3}}?\s+(?:ב|של)"
                    r"\s+(?:כ\s+)?\Z")
END_OF_RANGE = rf"(?:[$€£₪]\s?)?(?:{NUMBER})(?:\s?%|\s+(?:אחוז|אחוזים|{SCALE_WORDS}){END})?"
# A range: "בין 300 ל-400", "300 עד 400", "מ-300 עד 400", "300–400".
RANGE = re.compile(rf"(?P<between>(?<!\w)בין\s+)?(?<![\w.,])(?P<first>{END_OF_RANGE})"
                   rf"(?(between)\s+(?:ל|ו)\s*|(?:(?P<to>\s+(?:עד|ל)\s+)|\s?[–-]\s?))"
                   rf"(?P<second>{END_OF_RANGE})(?![\d.,]?\d)")
FROM_LEVEL = re.compile(rf"(?<!\w)(?:{VERBS}|{NOUNS_OF_CHANGE})(?:\s+{WORD}){{0,3}}\s+מ\s+\Z")
EARLIER = re.compile(r"(?<!\w)(?:בתחילה|תחילה|לראשונה|קודם\s+לכן|בעבר|הערכה\s+ראשונית|"
                     r"במקור|צפוי\s+היה|ציפו)(?!\w)")
LATER = re.compile(rf"(?<!\w)(?:מאוחר\s+יותר|לאחר\s+מכן|כעת|עכשיו|היום|מאז|"
                   rf"עד\s+\d{{1,2}}\s+[בל]?(?:{MONTHS}))(?!\w)")
FORESEEN = re.compile(r"(?<!\w)(?:צפוי|צפויה|צפויים|צפויות|עשוי|עשויה|עלול|עלולה|ייתכן|"
                      r"יהיה|תהיה|יהיו|כנראה|עד\s+כ)(?!\w)")
SHARE_OF = re.compile(rf"\s+(?:מ|מה|מתוך\s+)(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})")
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d,.]*|{CORE})(?:\s+{WORD}){{1,3}}"
                          r"\s+(?:מ|מן)\s*\Z")
STOP_WORDS = frozenset(
    "של את על עם אל מן גם כי אם או אך אבל לא כן זה זו זאת אלה אלו הוא היא הם הן אשר כל כמו "
    "יותר פחות לפחות כמעט בערך עד מעל אחרי לפני בין מול תוך לפי כך כבר רק עוד היה היתה הייתה "
    "היו יש אין בו בה בהם להם לו לה שם הזה הזו האלה מתוך ב ל מ ה ו כ ש וב ול ומ וה שב".split())
NOT_COUNTED = frozenset(stem(name) for name in month_names("he"))
plural = functools.partial(looks_plural, stop_words=STOP_WORDS, months=NOT_COUNTED)

COUNTING = Counting(
    language="he", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("מדינ", "ארצות"), country_nouns=("מדינות", "ארצות"), money=money,
    currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT, word_count=WORD_COUNT,
    range=RANGE, from_level=FROM_LEVEL, number=FIGURE_NUMBER, value=value,
    stop_words=STOP_WORDS, plural=plural, stem=stem, word=re.compile(WORD),
    number_word=NUMBER_WORD, qualifiers=QUALIFIERS, qualifier=QUALIFIER, earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM, besides_before=BESIDES_BEFORE,
    of_another=of_named(r"\s+(?:של\s+|ב|ה)?"), localise=localise, foreseen=FORESEEN,
    names_numbers=False)
