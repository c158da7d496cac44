"""How Russian and Ukrainian write counts and amounts, alike, as their newsrooms print them:
"пять стран", "более 30 государств", "п'ять країн", "понад 30 держав", "2,5%", "1 500
человек", "18 км³", "12 тыс.", "1,5 млрд грн", "360 млн долларов" (a space, or nothing,
between thousands; a comma before decimals); the noun after its number in the case the number
puts it in ("2 страны", "5 стран", "в пяти странах"; "2 країни", "5 країн"). russian.py and
ukrainian.py give each its language."""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from . import HYPHENS, YEAR, Counting
from .commas import SPACES, UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import (
    PREFIXES,
    alternatives,
    code_first,
    codes_pattern,
    money_in,
    names_in,
    openings,
)
from .eastslavicwords import CONTINUED, NUMBER_WORDS, ONES, russian_plural, stem
from .patterns import named_after, naming, qualifier_pattern
from .signs import sign_pattern

WORD = r"[^\W\d_][\w'’ʼ-]*"
# A number in words, whole: a ten and its unit ("двадцать два", "двадцять-дві"), or one word
# ("пять", "п'ять"), not the end of a longer number nor the "сім" of "сім'я" (a family). Written
# as trees of letters (see alternatives()): its forms in every case are thousands.
TENS = [word for word in CONTINUED if NUMBER_WORDS[word] < 100]
UNITS = [word for word, value in NUMBER_WORDS.items() if value < 10 and "-" not in word]
SINGLE = [word for word in NUMBER_WORDS if "-" not in word and word not in ONES]
WORDS = (rf"(?<![\w{HYPHENS}])" + "".join(rf"(?<!\b{word}\s)" for word in CONTINUED)
         + rf"(?:(?:{alternatives(TENS)})[{HYPHENS}\s]+(?:{alternatives(UNITS)})"
         + rf"|{alternatives(SINGLE)})(?![\w{HYPHENS}])(?!['’ʼ]\w)")
# The words before a count in words that point back at countries just named: "эти две
# страны", "обе страны", "всех трёх государств", "ці дві країни", "усі три держави".
POINTING_BACK = ("эти", "этих", "этими", "те", "тех", "теми", "оба", "обе", "обоих", "обеих",
                 "все", "всех", "всеми", "наши", "наших", "свои", "своих", "их", "остальные",
                 "остальных", "ці", "цих", "цими", "ті", "тих", "обидві", "обидва", "обох",
                 "всі", "усі", "всіх", "усіх", "наші", "наших", "свої", "своїх", "їхні", "решта")
GUARDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK)
COUNTED_IN_WORDS = rf"{GUARDS}(?P<word>{WORDS})"
OTHER = r"(?:други(?:х|е|м|ми)|інш(?:их|і|им|ими))\s+"
# The cases of "страны", "государства", "країни" and "держави" a number puts them in: "3
# страны", "5 стран", "в 5 странах", "36 країн"; and "21 страна", "21 країна", in figures.
NOUNS = (r"(?:стран(?:ы|ах|ам|ами)?|государств(?:а|ах|ам|ами)?|країн(?:и|ах|ам|ами)?|"
         r"держав(?:и|ах|ам|ами)?)")
SINGULAR = r"(?:страна|государство|країна|держава)"
COUNTRY_CLAIM = re.compile(
    UNQUOTED + rf"(?<![\w.,])(?:(?P<digits>\d{{1,3}})\s+(?P<other>{OTHER})?(?:{SINGULAR}|{NOUNS})|"
    + COUNTED_IN_WORDS + rf"\s+(?P<word_other>{OTHER})?{NOUNS})(?!\w)", re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + r"(?<!\w)" + COUNTED_IN_WORDS +
                        rf"(?P<words>(?:\s+{WORD}){{1,3}})", re.IGNORECASE)
# What names one country besides a count: "30 стран, кроме России", "не рахуючи України".
BESIDE = (r"кроме|помимо|не\s+считая|за\s+исключением|наряду\s+с|крім|окрім|не\s+рахуючи|"
          r"за\s+винятком|поряд\s+(?:з|із)")
BESIDES = re.compile(rf"(?:\s+{WORD})?,?\s+(?:{BESIDE})(?!\w)", re.IGNORECASE)
# The same before the count, in its clause: "Кроме России, в саммите участвовали 35 стран".
BESIDES_BEFORE = re.compile(rf"(?<!\w)(?:{BESIDE})\s+{WORD}(?:\s+[^\W\d_,.;:][\w'’ʼ-]*){{0,5}},?"
                            rf"\s+(?:{WORD}\s+){{0,4}}\Z", re.IGNORECASE)
NUMBER_WORD = re.compile(WORDS, re.IGNORECASE)
MONTHS = "|".join({name for language in ("ru", "uk") for context in ("format", "stand-alone")
                   for name in get_month_names("wide", context, language).values()})
# A figure's history: an earlier level ("первоначально", "предварительные данные",
# "спочатку"), what was expected ("ожидалось", "прогноз", "очікували"), and a later time ("к 24
# октября", "до 9 червня", "сейчас", "тепер").
EARLIER = re.compile(r"(?<!\w)(?:первоначальн\w*|изначальн\w*|сначала|ранее|прежде|"
                     r"предварительн\w*|ожида\w*|прогноз\w*|предполага\w*|спочатку|"
                     r"початков\w*|раніше|попередн\w*|очіку\w*|передбача\w*)(?!\w)", re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:(?:к|до|на|по\s+состоянию\s+на|станом\s+на)\s+\d{{1,2}}\s+"
                   rf"(?:{MONTHS})(?:\s+\d{{4}})?|позже|позднее|затем|потом|сейчас|теперь|"
                   r"сегодня|пізніше|згодом|потім|тепер|зараз|нині|сьогодні)(?!\w)",
                   re.IGNORECASE)
PERCENT_WORDS = r"проц\.|процент\w*|відсот\w*"
# What a percentage is of: the genitive right after it, "5% мирового ВВП" (see levels.py).
SHARE_OF = re.compile(rf"(?:(?<=%)|(?<=проц\.)|(?<=процентов)|(?<=процента)|(?<=відсотків)|"
                      rf"(?<=відсотка))\s+(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})", re.IGNORECASE)
# The whole of a share in a label after its holder: "доля стран БРИКС в мировом ВВП", "частка
# України у світовому експорті" (group 'whole', as SHARE_OF has it).
SHARE_IN = re.compile(rf"(?<!\w)(?:дол[яеиюй]|част[ьи]|частк[аиуою])\s+(?:{WORD}\s+){{0,4}}?"
                      rf"(?:в|во|у)\s+(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})", re.IGNORECASE)
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d \u00a0\u202f,]*|{WORDS})"
                          rf"(?:\s+{WORD}){{1,3}}\s+(?:из|со|с|з|із|зі)\s+\Z", re.IGNORECASE)
# Another whole's countries, its name after them: "27 стран ЕС", "27 государств-членов
# Евросоюза", "54 страны Африки", "27 країн ЄС", "10 країн-членів БРІКС".
OF_ANOTHER = re.compile(r"(?:[\s-]+член(?:ов|ами|ы)?|[\s-]+член(?:ів|и))?\s+(?:из\s+|з\s+|із\s+)?"
                        r"(?-i:[A-ZА-ЯЁЄІЇҐ])\w*(?![\w'’ʼ-])", re.IGNORECASE)


NUMBER = number(SPACES)
SCALES = {**dict.fromkeys(("тыс", "тыс.", "тысяча", "тысячи", "тысяч", "тис", "тис.", "тисяча",
                           "тисячі", "тисяч"), 1e3),
          **dict.fromkeys(("млн", "млн.", "миллион", "миллиона", "миллионов", "мільйон",
                           "мільйона", "мільйони", "мільйонів"), 1e6),
          **dict.fromkeys(("млрд", "млрд.", "миллиард", "миллиарда", "миллиардов", "мільярд",
                           "мільярда", "мільярди", "мільярдів"), 1e9),
          **dict.fromkeys(("трлн", "трлн.", "триллион", "триллиона", "триллионов",
                           "трильйон", "трильйона", "трильйони", "трильйонів"), 1e12)}
SCALE_WORDS = alternatives(SCALES)
SCALE = rf"(?:\s?(?P<scale>(?:{SCALE_WORDS})(?:(?<=\.)|(?!\w))))?"


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Russian and
    Ukrainian names in every case a number puts them in ("долларов США", "доларів США") and
    the bare words."""
    found = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", **PREFIXES}
    for code, words in (("RUB", "руб руб. рубль рубля рублей"),
                        ("UAH", "грн грн. гривня гривні гривень гривен гривны"),
                        ("USD", "доллар доллара долларов долл. долар долари долара доларів"),
                        ("EUR", "евро євро"), ("CNY", "юань юаня юаней юані юанів")):
        found |= dict.fromkeys(words.split(), code)
    return names_in("ru", "uk", counts=(1, 2, 5, 1.5)) | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3]
# The currency after the amount ("150 млн рублей", "1,5 млрд грн", "5 тыс. евро"), or its
# sign before it ("$360 млн", "€2,5 млрд").
NAMED_MONEY = re.compile(rf"(?<![\w$€£₽₴.,])(?P<number>{NUMBER}){SCALE}\s?"
                         rf"(?P<currency>(?:{alternatives(NAMED)})(?:(?<=\.)|(?!\w))|"
                         rf"{codes_pattern()}|(?:руб|грн)(?:\.|(?!\w))|[€₽₴]|"
                         r"(?-i:[A-Z]{1,3})?\$(?!\s?\d))", re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)[€₽₴])\s?"
                   rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "₽", "₴", "руб", "грн", "грив", "долл", "долар", "евро",
               "євро", "юан", "usd", "eur", "rub", "uah")
money_matches = functools.partial(money_in, hints=MONEY_HINTS, openings=openings(NAMED),
                                  named=NAMED_MONEY, signed=MONEY,
                                  first=code_first(NUMBER, SCALE))
ABOUT = r"(?:около\s+|почти\s+|более\s+|примерно\s+|близько\s+|майже\s+|понад\s+)?"
# A change before the amount: "вырос на 3%", "сократился на 2 млрд", "зріс на 3%", "втратив
# 41 мандат"; or a margin, "не хватило 9 голосов", "забракло 9 голосів".
CHANGES = (r"вырос\w*|выросл\w*|рост\w*|увелич\w*|сократ\w*|сниз\w*|упа[лв]\w*|подорожа\w*|"
           r"подешев\w*|прибав\w*|зріс|зросл\w*|зрост\w*|збільш\w*|зменш\w*|скорот\w*|"
           r"знизи\w*|знижен\w*|впа[лв]\w*|подорожча\w*|подня\w*|поднял\w*|підня\w*|піднял\w*")
CHANGE = re.compile(rf"(?<!\w)(?:{CHANGES})(?:\s+\w+)?\s+на\s+{ABOUT}\Z"
                    rf"|(?<!\w)(?:потеря\w*|потерял\w*|втрати\w*|втрача\w*)\s+{ABOUT}\Z"
                    r"|(?<!\w)(?:не\s+хватил\w*|забракл\w*|не\s+вистачил\w*)\s+"
                    r"(?:всего\s+|лишь\s+|лише\s+|всього\s+)?\Z", re.IGNORECASE)
# An amount added to a level: "ещё 200 полицейских", "200 дополнительных", "ще 200".
ADDED = re.compile(r"(?<!\w)(?:ещё|еще|дополнительн\w*|ще|додатков\w*)\s+"
                   r"(?:около\s+|почти\s+|близько\s+|майже\s+)?\Z", re.IGNORECASE)
ADDED_AFTER = re.compile(r"\s*(?:дополнительн|додатков)\w*(?!\w)", re.IGNORECASE)
PERCENT = percent(SPACES, PERCENT_WORDS)
# A count's words come after its scale ("36 тыс. человек"); not a scale, a month ("22
# октября", "6 червня") or the word of a year ("2024 года", "2023 року", "2023 р.").
YEAR_WORDS = r"года|году|годах|гг?\.|року|році|роках|рр?\."
COUNT = re.compile(rf"(?P<number>{counted_number(SPACES)}){SCALE}\s+"
                   rf"(?P<words>(?!(?:{SCALE_WORDS}|{MONTHS}|{YEAR_WORDS}|{PERCENT_WORDS})"
                   rf"(?:(?<=\.)|(?!\w))){WORD}(?:\s+{WORD}){{0,2}})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
# A range: "от 5 до 10", "від 5 до 10", "5-10%", "между 20 и 30%", "між 20 і 30%".
END = (rf"(?:(?:US)?\$|€)?(?:{NUMBER})(?:[{SPACES}]?(?:%|{PERCENT_WORDS})|"
       rf"\s?(?:{SCALE_WORDS})(?:(?<=\.)|(?!\w)))?(?:\s(?:руб\.?|рублей|грн|гривень|евро|"
       r"євро|долларов|доларів)(?!\w))?")
MINUS = rf"(?:{sign_pattern('ru')})?"
RANGE = re.compile(rf"(?P<between>(?<!\w)(?:между|між)\s+)?(?<![\w.,])(?<!\d[{SPACES}])"
                   rf"{MINUS}(?P<first>{END})(?(between)\s+(?:и|і|й|та)\s+|"
                   rf"(?:(?P<to>[{SPACES}]+до[{SPACES}]+)|[–—-])){MINUS}(?P<second>{END})",
                   re.IGNORECASE)
# What makes "X до Y" after it a level and the next: "вырос с 12 до 29%", "зріс з 12 до 29%";
# "от 5 до 10" and "від 5 до 10" stay ranges.
FROM_LEVEL = re.compile(r"(?<!\w)(?:с|со|з|із|зі)\s+\Z", re.IGNORECASE)
# The points of abbreviations, which end no sentence before a lowercase word: "36 тыс.
# человек", "в 2024 г. саммит", "1,5 млрд грн. на", "т. е.", "вул. Шевченка".
UNSTOPPED = re.compile(r"(?<!\w)(?:тыс|тис|млн|млрд|трлн|руб|грн|проц|долл|гг|г|рр|р|ок|им|"
                       r"ул|вул|обл|р-н|т\.\s?е|т\.\s?д|т\.\s?п|т\.\s?ч|т\.\s?зв|и\.\s?о|"
                       r"в\.\s?о|св|д|пр|ст|чел|км|см)\.(?!\s+[A-ZА-ЯЁЄІЇҐ])")
STOP_WORDS = frozenset(
    "и в во не на с со к ко о об от до по за из у же ли бы что как а но или это этот эта эти "
    "того тот та те его её ее их он она оно они мы вы я был была было были будет будут есть "
    "при для без через под над перед между также тоже уже ещё еще только который которая "
    "которое которые которых которым более менее около почти свыше примерно всего года году "
    "г тыс млн млрд процентов где когда так то все всех весь вся свой своих "
    "і й та чи що як але або це цей ця ці того той ті його її їх він вона воно вони ми ви "
    "був була було були буде будуть є при для без через під над перед між також теж вже ще "
    "лише тільки який яка яке які яких яким понад менше близько майже приблизно року р тис "
    "відсотків де коли так все всі усіх свій своїх із зі від щодо".split())
QUALIFIERS = {
    "более": "more", "более чем": "more", "больше": "more", "свыше": "more",
    "больше чем": "more", "понад": "more", "більше": "more", "більш ніж": "more",
    "більше ніж": "more", "понад як": "more", "не менее": "at least", "не менее чем":
    "at least", "по меньшей мере": "at least", "как минимум": "at least", "минимум": "at least",
    "щонайменше": "at least", "принаймні": "at least", "не менше": "at least",
    "не менш ніж": "at least", "менее": "fewer", "меньше": "fewer", "менше": "fewer",
    "менш ніж": "fewer", "не более": "up to", "не більше": "up to", "не більш ніж": "up to",
    "максимум": "up to", "почти": "nearly", "едва ли не": "nearly", "майже": "nearly",
    "около": "about", "примерно": "about", "приблизительно": "about", "порядка": "about",
    "близько": "about", "приблизно": "about", "біля": "about", "порядку": "about"}
# What may be or will be, not what is: "может достичь", "вероятно", "загрожує до 10 років".
FORESEEN = re.compile(r"(?<!\w)(?:может|могут|мог\s+бы|вероятно|возможно|грозит|грозят|"
                      r"може|можуть|міг\s+би|ймовірно|можливо|загрожує|загрожують)(?!\w)",
                      re.IGNORECASE)
# A margin, after the noun it counts ("9 голосов перевеса", "9 голосів переваги").
MARGIN = re.compile(r"\s+(?:перевеса|разницы|переваги|різниці)(?!\w)", re.IGNORECASE)
# Words that open a count and name nothing: "Все 36 стран ..." (see Counting.openers).
OPENERS = frozenset("все всех только лишь уже сегодня всі усі всіх лише тільки вже сьогодні "
                    "ровно рівно".split())
# A word in capitals of two letters or more, Latin or Cyrillic: a name ("ЕС", "ООН", "БРИКС").
ACRONYM = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞŒА-ЯЁЄІЇҐ]{2,}(?![\w-])")

COUNTING = Counting(
    language="ru", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("стран", "государств", "країн", "держав"),
    country_nouns=("страны", "стран", "государства", "країни", "країн", "держави"),
    money=money_matches, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, openers=OPENERS,
    number=FIGURE_NUMBER, value=pointed_value(SCALES), stop_words=STOP_WORDS,
    plural=russian_plural, stem=stem, word=re.compile(r"[^\W_][\w'’ʼ-]*"),
    number_word=NUMBER_WORD, qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS),
    earlier=EARLIER, later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM,
    unstopped=UNSTOPPED, besides_before=BESIDES_BEFORE, of_another=named_after(OF_ANOTHER),
    added=ADDED,
    added_after=ADDED_AFTER, foreseen=FORESEEN, margin=MARGIN, acronym=ACRONYM,
    share_in=SHARE_IN)
