"""Russian and Ukrainian words as the checks read them: numbers in words in the cases a count
puts them in ("пять стран", "в пяти странах", "п'ять країн", "двадцяти двох"), a rough stem
that meets a noun's cases ("страны", "стран", "странах"), and whether a word looks like a
noun that a number above one counts ("страны", "стран", "країн", "мандатов", "депутатів")."""

from __future__ import annotations

import functools
import re

from ..texts.ideographs import FORM_LETTERS

# The apostrophes Ukrainian writes within a word: "п'ять", "п’ять", "пʼять".
APOSTROPHES = "'\u2019\u02bc"
# Each number's forms, Russian's then Ukrainian's, in the cases a count takes: "два", "две",
# "двух", "двум", "двумя"; "дві", "двох", "двома".
UNITS = {
    1: "один одна одно одного одной одному одним одну одном одне однієї одній однією",
    2: "два две двух двум двумя дві двох двом двома",
    3: "три трёх трех трём трем тремя трьох трьом трьома",
    4: "четыре четырёх четырех четырём четырем четырьмя чотири чотирьох чотирьом чотирма",
    5: "пять пяти пятью п'ять п'яти п'ятьох п'ятьом п'ятьма п'ятьома",
    6: "шесть шести шестью шість шістьох шістьом шістьма шістьома",
    7: "семь семи сім сімох сімом сімома",  # not "семью", "сьома": a family, a seventh
    8: "восемь восьми восемью вісім вісьмох вісьмом вісьма вісьмома",
    9: "девять девяти девятью дев'ять дев'яти дев'ятьох дев'ятьом дев'ятьма",
}
# The teens and the tens that end as "десять" does, by the stem each case is added to:
# "одиннадцат" + "ь", "и", "ью"; Ukrainian's "одинадцят" + "ь", "и", "ьох", "ьма".
RUSSIAN_TEENS = {11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
                 15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат",
                 19: "девятнадцат", 10: "десят", 20: "двадцат", 30: "тридцат"}
UKRAINIAN_TEENS = {11: "одинадцят", 12: "дванадцят", 13: "тринадцят", 14: "чотирнадцят",
                   15: "п'ятнадцят", 16: "шістнадцят", 17: "сімнадцят", 18: "вісімнадцят",
                   19: "дев'ятнадцят", 10: "десят", 20: "двадцят", 30: "тридцят"}
# The other tens and the hundred, in every case a count puts them in.
TENS = {40: "сорок сорока", 50: "пятьдесят пятидесяти пятьюдесятью п'ятдесят п'ятдесяти",
        60: "шестьдесят шестидесяти шістдесят шістдесяти",
        70: "семьдесят семидесяти сімдесят сімдесяти",
        80: "восемьдесят восьмидесяти вісімдесят вісімдесяти",
        90: "девяносто девяноста дев'яносто дев'яноста", 100: "сто ста"}


def apostrophised(forms: dict[str, int]) -> dict[str, int]:
    """Return the forms with each apostrophe Ukrainian writes: "п'ять", "п’ять", "пʼять"."""
    return {form.replace("'", mark): value for form, value in forms.items()
            for mark in APOSTROPHES}


def number_words() -> dict[str, int]:
    """Return the numbers in words up to a hundred in their cases, a ten and its unit joined
    by '-' as word_value() looks them up ("двадцать-два"), and "тысяча" and "тисяча"."""
    found = {form: value for value, forms in UNITS.items() for form in forms.split()}
    for value, stem in RUSSIAN_TEENS.items():
        found |= {stem + "ь": value, stem + "и": value, stem + "ью": value}
    for value, stem in UKRAINIAN_TEENS.items():
        found |= {stem + "ь": value, stem + "и": value, stem + "ьох": value, stem + "ьма": value}
    found |= {"тысяча": 1000, "тысячи": 1000, "тисяча": 1000, "тисячі": 1000}
    tens = {form: value for value, forms in TENS.items() for form in forms.split()}
    tens |= {form: value for form, value in found.items() if value in (20, 30)}
    found |= tens
    for ten, value in tens.items():
        if value < 100:
            found |= {f"{ten}-{unit}": value + units for unit, units in found.items()
                      if units < 10}
    return apostrophised(found)


NUMBER_WORDS = number_words()
# The words a unit may follow as part of a longer number: "два" of "двадцать два".
CONTINUED = [word for word, value in NUMBER_WORDS.items()
             if value in range(20, 101, 10) and "-" not in word]
ONES = frozenset(word for word, value in NUMBER_WORDS.items() if value == 1)

# Endings of a noun's and an adjective's cases, the longest first, that a stem drops: "-ами"
# of "странами", "-ов" of "мандатов", "-ів" of "депутатів", "-ому" of "Каховському".
ENDINGS = ("иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ях", "ах", "ов",
           "ев", "ів", "їв", "ей", "ой", "ий", "ый", "ій", "ая", "яя", "ое", "ее", "ые", "ие",
           "ом", "ем", "ам", "ям", "ую", "юю", "ою", "ею", "ых", "их", "им", "ым", "а", "я",
           "ы", "и", "і", "ї", "е", "є", "у", "ю", "о", "й", "ь")
# An adjective's endings, which no noun a count counts has: "других" of "девять других стран",
# "інших" of "дев'ять інших країн", "новых" of "пять новых членов".
ADJECTIVE = re.compile(r"(?:ых|их|ые|ие|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ыми|ими|ская|ские|"
                       r"ській|ського|ськими|ська|ське|ські|цькі|ова|ове|ові|ева|еві)$")
# A Russian adjective's "-ий" ("последний", "российский"), not a noun's genitive plural
# ("соглашений", "событий", "санкций"); in Ukrainian, "-ий" is always an adjective's.
RUSSIAN_ADJECTIVE_IY = re.compile(r"(?:[кгхжчшщ]|[^аеёиоуыэюя]н)ий$")
# A Ukrainian adjective's "-ий" and its plural, "-ні", "-ві", "-ті" ("нові", "затоплені"), not a
# noun's ("гривні" after "в" is one, but so few are that no count is missed for it).
UKRAINIAN_ADJECTIVE = re.compile(r"(?:ий|[еаяиоь]ні|[чжтсрдл]ні|[ое]ві|[сцз]ькі)$")
# The endings of a feminine noun's nominative singular that no plural has: "-ость" and "-ість"
# ("стоимость", "кількість"), whose plurals are "-ости", "-остей", "-ості", "-остей".
SINGULAR_ONLY = ("ость", "ість")
PLURAL_ENDINGS = ("ов", "ев", "ёв", "ів", "їв", "ей", "ам", "ям", "ами", "ями", "ах", "ях", "ы",
                  "и", "і", "а", "я", "ий", "ій")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'страны' meets 'стран' and 'странах', 'водосховище'
    'водосховищі', 'Каховського' 'Каховському' (its 'ё' as 'е', its apostrophe as one), and a
    verb's forms meet."""
    word = word.lower().replace("ё", "е").replace("\u2019", "'").replace("\u02bc", "'")
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    # A verb's forms, and a noun's whose stem changes, share their first letters as
    # word_forms() reads them: "зруйнували" and "зруйнована", "завершилася" and "завершується".
    return word[:min(FORM_LETTERS, len(word) - 1)] if word.isalpha() and len(word) > 3 else word


def looks_counted(word: str) -> bool:
    """Tell whether a lowercased word may be the noun a number above one counts: a case
    ending of one ('мандатов', 'країни', 'депутатів') or none, a genitive plural ('стран',
    'країн', 'лет'); not an adjective ('других', 'інших') nor a symbol ('км³')."""
    if len(word) < 3 or not word[-1].isalpha() or ADJECTIVE.search(word):
        return False
    if word.endswith(SINGULAR_ONLY):
        return False  # "кількість", "стоимость": their plural ends otherwise ("-ості", "-остей")
    return word.endswith(PLURAL_ENDINGS) or word[-1] not in "аеёиоуыэюяіїєй"


def russian_plural(word: str) -> bool:
    """Tell whether a lowercased Russian word looks like a noun a number above one counts."""
    return looks_counted(word) and RUSSIAN_ADJECTIVE_IY.search(word) is None


def ukrainian_plural(word: str) -> bool:
    """Tell whether a lowercased Ukrainian word looks like a noun a number above one counts:
    not an adjective's "-ий" nor its plural "-і" ("затоплені населені пункти")."""
    return looks_counted(word) and UKRAINIAN_ADJECTIVE.search(word) is None
