"""How Arabic writes counts and amounts: in Arabic-Indic digits ("٤٠٠", "٢٫٥", "١٬٥٠٠") or in
Western ones ("400", "2.5", "1,500"), a scale after the number ("1.5 مليار", "٢٫٥ مليون",
"15 ألفاً"), money named after it ("916 مليون دولار", "جنيه", "ريال", "درهم", "يورو", CLDR's
Arabic names), "%", "٪" or "في المئة" for a percentage, the noun after the number ("400
سفينة", "6 أيام", "9 دول أخرى"), qualifiers before it ("نحو", "أكثر من", "ما لا يقل عن").

The patterns read a text whose digits are Western and whose letters joined to a number ("و15
دولة", "بـ5 مليارات") are spaces: see localise(). A date ("23 مارس 2021", "23 آذار 2021", in
any month names CLDR gives Arabic) counts nothing.
"""

from __future__ import annotations

import functools
import re

from babel.numbers import get_currency_name

from ...numerals import latin_digits
from ..texts.days import month_names
from . import YEAR, Counting
from .arabicwords import CONTINUED, COUNTING_WORDS, MARKS, NUMBER_WORDS, parts, stem
from .commas import UNQUOTED
from .currencies import (
    PREFIXES,
    alternatives,
    code_first,
    codes_pattern,
    money_in,
    names_in,
    region_pays_in,
)
from .patterns import HYPHENS, named_after, named_before, naming

# A letter joined to a number or its sign ("و15", "بـ5", "لـ400", "بـ$9"): read as a space.
JOINED = re.compile(r"(?<![\w\u064b-\u065f])(?:[وف]?[بلك]|[وف])\u0640?(?=[\d$€£¥])")
SEPARATORS = str.maketrans("\u066b\u066c\u066a", ".,%")  # ٫ ٬ ٪


def localise(text: str) -> str:
    """Return a text whose numbers are written as the patterns read them, every offset kept:
    its digits Western ("٤٠٠" as "400"), its Arabic decimal point, thousands separator and
    percent sign Western ones, and the letters joined before a number spaces."""
    text = latin_digits(text).translate(SEPARATORS)
    return JOINED.sub(lambda joined: " " * len(joined[0]), text) if JOINED.search(text) \
        else text


MARK = "[\u064b-\u0652]?"  # a vowel mark, as on the accusative's "دولةً"
TANWEEN = "(?:\u064b?ا\u064b?)?"  # the ending of the accusative: "ألفاً", "ألفًا", "ألفا"
SCALE_WORDS = (rf"[أا]لف{TANWEEN}|[آا]لاف|مليون(?:ان|ين|{TANWEEN})|ملايين|"
               rf"مليار(?:ات|ان|ين|{TANWEEN})|بليون{TANWEEN}|تريليون(?:ات|{TANWEEN})")
SCALE = rf"(?:\s+(?P<scale>{SCALE_WORDS})(?![\w\u064b-\u065f]))?"
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
COUNTED_NUMBER = r"\d(?<![\w$€£¥.,]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}")
SCALES = (("تريليون", 1e12), ("مليار", 1e9), ("بليون", 1e9), ("مليون", 1e6), ("ملايين", 1e6),
          ("لف", 1e3), ("لاف", 1e3))


def value(match: re.Match[str]) -> float:
    """Return the value of a number and its scale: "1.5 مليار" is 1,500,000,000."""
    scale = MARKS.sub("", match["scale"] or "")
    times = next((size for word, size in SCALES if word in scale), 1.0) if scale else 1.0
    return float(match["number"].replace(",", "")) * times


WORD = r"[^\W\d_][\w\u064b-\u065f\u0670'’-]*"
END = r"(?![\w\u064b-\u065f])"  # the end of a word, its vowel marks part of it
PREFIX = r"(?:(?:[وف]?[بل]|[وف])\u0640?)?"  # "وخمس", "بخمس", "لخمسة"
# A number in words whole, perhaps with a letter joined before it: not the end of a longer one
# ("عشرة" of "خمس عشرة", "عشرون" of "خمس وعشرون").
CORE = "|".join(re.escape(word).replace(r"\-", rf"[{HYPHENS}\s]")
                for word in sorted(COUNTING_WORDS, key=len, reverse=True))
GUARDS = rf"(?<![\w{HYPHENS}\u064b-\u065f])" + "".join(
    rf"(?<!{re.escape(word)}\s)" for word in CONTINUED)
# Not a fraction, which a definite noun follows ("خمس السكان", a fifth of the people).
NUMBER_WORD = re.compile(rf"{GUARDS}{PREFIX}(?P<word>{CORE}){END}(?!\s+ال)")
WORD_COUNT = re.compile(rf"{UNQUOTED}{GUARDS}{PREFIX}(?P<word>{CORE}){END}"
                        rf"(?P<words>(?:\s+(?!ال){WORD}){{1,3}})")
COUNTRY_NOUNS = ("دولة", "دول", "بلد", "بلدان")
DUALS = {"دولتان": 2, "دولتين": 2, "بلدين": 2}
# The noun after the number: plural after 3 to 10 ("5 دول"), singular after 11 and more ("15
# دولة", "40 بلداً"); "دولتان", "دولتين" and "بلدين" are two.
COUNTRY_NOUN = rf"(?:دول(?:ة{MARK})?|بلد(?:ان|{TANWEEN})?){END}"
COUNTRY_CLAIM = re.compile(
    rf"{UNQUOTED}(?:(?<![\w.,])(?P<digits>\d{{1,3}})(?![\d.,]?\d)\s+{COUNTRY_NOUN}"
    rf"|{GUARDS}{PREFIX}(?P<word>(?:{CORE}){END}(?=\s+{COUNTRY_NOUN})|دولت(?:ان|ين){END}"
    rf"|بلدين{END})(?:\s+{COUNTRY_NOUN})?)"
    rf"(?:\s+(?P<other>[أا]خر(?:ى|ي|يات|ان|يان|يين)?){END})?(?P<word_other>)")


# The currencies newsrooms name alone, in their cases and numbers, and what each is: the
# region's own where it pays in one of that name (see regional()), else the dollar, the euro,
# or the pound, the riyal and the dirham of Egypt, Saudi Arabia and the Emirates.
BARE = {"دولار": ("USD", "ات|ان|ين|ا"), "يورو": ("EUR", ""), "جنيه": ("EGP", "ات|ان|ين|ا"),
        "ريال": ("SAR", "ات|ان|ين|ا"), "درهم": ("AED", "ان|ين|ا"), "دراهم": ("AED", ""),
        "دينار": ("دينار", "ان|ين|ا"), "دنانير": ("دينار", ""), "ليرة": ("ليرة", ""),
        "ليرات": ("ليرة", ""), "ين": ("JPY", ""), "يوان": ("CNY", "")}


def forms(word: str, endings: str) -> list[str]:
    """Return a word with each of its endings, the accusative's with its mark or without
    ("دولاراً", "دولارًا", "دولارا")."""
    found = [word, *(word + ending for ending in endings.split("|") if ending)]
    return found + [word + mark for mark in ("اً", "ًا")] if "ا" in endings.split("|") \
        else found


def currencies() -> dict[str, str]:
    """Return each currency as written, with its ISO 4217 code: CLDR's Arabic names in each of
    their forms ("جنيه مصري", "جنيهات مصرية", "جنيهًا مصريًا"), the signs and the names
    newsrooms write alone."""
    named = names_in("ar", counts=(1, 2, 3, 11, 100))
    found = {spelled: code for name, code in named.items() if MARKS.search(name)
             for spelled in (MARKS.sub("", name), name.replace("ًا", "اً"))}
    bare = {form: code for word, (code, endings) in BARE.items()
            for form in forms(word, endings)}
    return found | named | bare | {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", **PREFIXES}


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha()]
NAMED_MONEY = re.compile(
    rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s*(?P<currency>(?:{alternatives(NAMED)})"
    rf"{END}|{codes_pattern()}|[€$£¥])")
MONEY = re.compile(rf"(?P<currency>(?<!\w)(?-i:[A-Z]{{1,3}})?[$£¥]|(?<!\w)€)\s?"
                   rf"(?P<number>{NUMBER}){SCALE}")
money = functools.partial(money_in, hints=("$", "€", "£", "¥", *BARE), openings=frozenset(),
                          named=NAMED_MONEY, signed=MONEY, first=code_first(NUMBER, SCALE))


def regional(tag: str) -> dict[str, str]:
    """Return the names newsrooms write alone as the region's own currency, where its Arabic
    name opens with one: "درهم" in ar-MA is the Moroccan dirham, "ريال" in ar-QA Qatar's."""
    code = region_pays_in(tag)
    if code is None:
        return {}
    opening = get_currency_name(code, locale="ar").split()[0]
    return {form: code for word, (_, endings) in BARE.items() if word == opening
            for form in forms(word, endings)}


PER_HUNDRED = r"(?:(?:ب|في\s+)ال(?:مئة|مائة|مئه|مائه))"
PERCENT = re.compile(rf"(?P<number>{COUNTED_NUMBER})\s?(?:%|{PER_HUNDRED}{END})")
# What may not be the noun a number counts: a month ("23 مارس", "23 آذار"), a scale, the
# words of a percentage, a time of day.
NOT_NOUNS = rf"(?:{PER_HUNDRED}|{SCALE_WORDS}|مئة|مائة|صباح|مساء|ظهر|فجر|ليل)"
MONTHS = "|".join(sorted((re.escape(name).replace(r"\ ", r"\s+") for name in
                         month_names("ar")), key=len, reverse=True))
COUNT = re.compile(
    rf"{UNQUOTED}(?P<number>{COUNTED_NUMBER}){SCALE}(?![\d/:.-]?\d)\s+"
    rf"(?!(?:{MONTHS}|{NOT_NOUNS}){END})(?P<words>{WORD}(?:\s+{WORD}){{0,2}})")
VERBS = r"(?:ارتفع|انخفض|زاد|ازداد|تراجع|هبط|صعد|قفز|تقلص|نما|خسر|ربح)\w*"
NOUNS_OF_CHANGE = r"(?:ارتفاع|انخفاض|زيادة|تراجع|هبوط|نمو|قفزة)\w*"
# A change, its subject perhaps between: "ارتفعت الصادرات بنسبة 5%", "زاد بـ5".
CHANGE = re.compile(rf"(?<!\w)(?:{VERBS}|{NOUNS_OF_CHANGE})(?:(?:\s+\w+){{0,4}}?\s+"
                    r"ب(?:نسبة|مقدار|واقع)|(?:\s+(?!إلى|الى)\w+){0,3}?(?:\s+ب)?)\s*"
                    r"(?:نحو\s+|حوالي\s+)?\Z")
ADDED = re.compile(r"(?<!\w)(?:(?:و|ف)?[أا]ضاف\w*|إضافة\s+إلى)\s+\Z")
END_OF_RANGE = rf"(?:{NUMBER})(?:\s?%|\s+{PER_HUNDRED}|\s+(?:{SCALE_WORDS}){END})?"
# A range: "بين 300 و400", "300 إلى 400", "من 300 إلى 400", "300-400"; after a change ("ارتفع
# من 300 إلى 400") a level and the next.
RANGE = re.compile(rf"(?P<between>(?<!\w)بين\s+)?(?<![\w.,])(?P<first>{END_OF_RANGE})"
                   rf"(?(between)\s+و?\s*|(?:(?P<to>\s+(?:إلى|الى|حتى)\s+)|\s?[–-]\s?))"
                   rf"(?P<second>{END_OF_RANGE})(?![\d.,]?\d)")
FROM_LEVEL = re.compile(rf"(?<!\w)(?:{VERBS}|{NOUNS_OF_CHANGE})(?:\s+\w+){{0,3}}\s+من\s+\Z")
QUALIFIERS = {"نحو": "about", "حوالي": "about", "حوالى": "about", "قرابة": "about",
              "زهاء": "about", "ما يقارب": "about", "ما يقرب من": "about", "يقارب": "about",
              "ما يناهز": "about", "يناهز": "about", "تقريبا": "about", "أكثر من": "more",
              "ما يزيد على": "more", "ما يزيد عن": "more", "يزيد على": "more", "أزيد من": "more",
              "ما لا يقل عن": "at least", "لا يقل عن": "at least",
              "على الأقل": "at least", "أقل من": "fewer", "ما يصل إلى": "up to",
              "ما يصل الى": "up to", "يصل إلى": "up to", "ما يقل عن": "fewer", "أدنى من": "fewer",
              "ما يربو على": "more", "يربو على": "more", "نحوا من": "about"}
QUALIFIERS |= {phrase.translate(str.maketrans("أإآ", "ااا")): meant
               for phrase, meant in QUALIFIERS.items()}
QUALIFIER = re.compile(r"(?<!\w)(?:[وفب]|وب|فب)?(?P<qualifier>" + "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+")
    for phrase in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+\Z")
AFTER = re.compile(rf"(?:\s+{WORD}){{0,2}}?\s+(?P<q>تقريب[اً\u064b]+|على\s+الأقل|أو\s+أكثر)"
                   rf"{END}")


def qualified_after(text: str, start: int, end: int) -> str:
    """Return the qualifier written after an amount and its noun ("400 سفينة تقريباً": about;
    "30 دولة على الأقل": at least), or ''."""
    found = AFTER.match(text, end)
    if found is None:
        return ""
    said = found["q"]
    return "about" if said.startswith("تقريب") else "more" if said.startswith("أو") \
        else "at least"


EARLIER = re.compile(r"(?<!\w)(?:(?:في|ب)\s*البداية|بداية|[أا]ول\s+[أا]مر|[أا]ولا|[أا]ولاً|مبدئيا"
                     r"|مبدئياً|في\s+البدء|سابقا|سابقاً|في\s+وقت\s+سابق|[أا]ولي\w*|كان\w*\s+قد"
                     r"|توقع\w*|تقدير\w*\s+[أا]ولي\w*)(?!\w)")
LATER = re.compile(rf"(?<!\w)(?:لاحقا|لاحقاً|في\s+وقت\s+لاحق|ثم|بعد\s+ذلك|حاليا|حالياً|الآن"
                   rf"|(?:حتى|بحلول)\s+(?:يوم\s+)?\d{{1,2}}\s+(?:{MONTHS})|خفض\w*|عاد\w*)(?!\w)")
FORESEEN = re.compile(r"(?<!\w)(?:قد|ربما|يُتوقع|يتوقع|من\s+المتوقع|من\s+المرجح|يرجح|سوف|س(?=ي)"
                      r"|حد\s+[أا]قصى)(?!\w)")
SHARE_OF = re.compile(rf"\s+من\s+(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})")
# A share names its holder before its whole: "حصة القناة من التجارة العالمية".
SHARE_IN = re.compile(rf"(?<!\w)(?:ال)?(?:حصة|نسبة|نصيب)\s+(?:{WORD}\s+){{0,3}}?من\s+"
                      rf"(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})")
# "14 وزيراً من 9 دول": the countries of the ministers counted before.
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d,.]*|{CORE})(?:\s+{WORD}){{1,3}}"
                          r"\s+(?:من|يمثلون|تمثل)\s+\Z")
# Another whole's countries, named after them: "27 دولة في الاتحاد الأوروبي", "الدول الأعضاء".
WHOLES = r"(?:ال)?(?:اتحاد|حلف|مجموعة|جامعة|منظمة|رابطة|مجلس|تكتل|ناتو|آسيان|أوبك|بريكس)"
# Or the countries of a region or a kind, by the adjective after their noun: "22 دولة عربية"
# (22 Arab countries), "دول إفريقية", "دول نامية" (developing).
KINDS_OF_COUNTRY = (r"(?:ال)?(?:عربية|[أإ]فريقية|[أا]وروبية|آسيوية|[إا]سلامية|خليجية|لاتينية"
                    r"|نامية|غربية|صناعية|نفطية)(?!\w)")
OF_WHOLE = re.compile(rf"(?:\s+(?:[أا]عضاء?|عضو\w*))?\s+(?:(?:في|من|ب|داخل)\s*(?:{WHOLES}"
                      rf"|(?-i:[A-Z]{{2,}}))|{KINDS_OF_COUNTRY})")
# Or named before them, the count giving their number ("whose number is"): "الدول الأعضاء في
# جامعة الدول العربية، البالغ عددها 22 دولة", "أعضاء الاتحاد الأوروبي وعددها 27 دولة".
WHOLE_BEFORE = re.compile(rf"(?<!\w){WHOLES}(?:\s+{WORD}){{0,3}}[،,]?\s+(?:(?:ال)?بالغ(?:ة)?\s+|و)"
                          r"عدد(?:ها|هم|هن)\s+\Z")


def of_another(text: str, start: int, end: int) -> bool:
    """Tell whether a count of countries counts another whole's, named after it or before
    it (see OF_WHOLE and WHOLE_BEFORE)."""
    return named_after(OF_WHOLE)(text, start, end) or \
        named_before(WHOLE_BEFORE, reach=80)(text, start, end)


BESIDE = r"(?:[إا]لى\s+جانب|ب?الإضافة\s+[إا]لى|فضلا\s+عن|فضلاً\s+عن|غير|عدا|باستثناء|سوى)"
BESIDES = re.compile(rf"(?:\s+{WORD})?،?\s+{BESIDE}(?!\w)")
BESIDES_BEFORE = re.compile(rf"(?<!\w)و?{BESIDE}\s+{WORD}(?:\s+{WORD}){{0,4}}[،,]?\s+"
                            rf"(?:{WORD}\s+){{0,6}}\Z")
STOP_WORDS = frozenset(
    "في من إلى الى على عن مع هذا هذه ذلك تلك التي الذي الذين اللذين هو هي هم أن إن أنه إنه كان "
    "كانت قد لم لن لا ما ثم أو بعد قبل عند حتى كل بين منذ خلال نحو حوالي أكثر أقل وقد وفي ومن "
    "كما أي أيضا أيضاً غير سوى فقط لكن بل إذ إذا لقد عبر ضمن دون حيث ليس يوم عام شهر "
    # "عدد" (the number of) says nothing of what is counted: "عدد القتلى" counts the dead.
    "عدد أعداد".split())
NOT_COUNTED = frozenset(stem(name) for name in month_names("ar"))


def plural(word: str) -> bool:
    """Tell whether a lowercased word may be the noun a number counts: Arabic puts it after
    the number, plural or singular as the number says, so any word but a function word or a
    month may be."""
    bare = MARKS.sub("", word)
    return bare.isalpha() and word not in STOP_WORDS and stem(word) not in NOT_COUNTED


COUNTING = Counting(
    language="ar", country_claim=COUNTRY_CLAIM, besides=BESIDES,
    number_words=NUMBER_WORDS | DUALS, names_countries=naming("دول", "بلد", "بلاد"),
    country_nouns=COUNTRY_NOUNS, money=money, currencies=CURRENCIES, percent=PERCENT,
    change=CHANGE, count=COUNT, word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL,
    number=FIGURE_NUMBER, value=value, stop_words=STOP_WORDS, plural=plural, stem=stem,
    word=re.compile(WORD), number_word=NUMBER_WORD, qualifiers=QUALIFIERS, qualifier=QUALIFIER,
    earlier=EARLIER, later=LATER, share_of=SHARE_OF, share_in=SHARE_IN, counted_from=COUNTED_FROM,
    besides_before=BESIDES_BEFORE, of_another=of_another, regional=regional,
    localise=localise, added=ADDED, foreseen=FORESEEN, qualified_after=qualified_after,
    needed=frozenset({"مطلوب", "لازم", "نصاب"}), parts=parts, parts_are_readings=True)
