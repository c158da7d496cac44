"""Polish words as the checks read them: numbers in words in the case a count puts them ("pięć
krajów", "w pięciu krajach", "dwudziestu dwóch posłów"), a rough stem that meets a noun's
cases ("mandaty", "mandatów", "mandatami"), and whether a word looks like a noun that a number
above one counts."""

from __future__ import annotations

import functools
import re

# Each number's forms: the nominative (and accusative) first, then the others a count takes:
# the genitive and the locative ("pięciu"), the instrumental ("pięcioma"), the masculine
# persons' ("trzej posłowie") and the collective ("troje dzieci").
UNITS = {
    1: ("jeden", "jedna", "jedno", "jednego", "jednej", "jednemu", "jednym", "jedną"),
    2: ("dwa", "dwie", "dwóch", "dwu", "dwoma", "dwiema", "dwaj", "dwoje", "dwojga"),
    3: ("trzy", "trzech", "trzema", "trzej", "troje", "trojga"),
    4: ("cztery", "czterech", "czterema", "czterej", "czworo", "czworga"),
    5: ("pięć", "pięciu", "pięcioma", "pięcioro"),
    6: ("sześć", "sześciu", "sześcioma", "sześcioro"),
    7: ("siedem", "siedmiu", "siedmioma", "siedmioro"),
    8: ("osiem", "ośmiu", "ośmioma", "ośmioro"),
    9: ("dziewięć", "dziewięciu", "dziewięcioma", "dziewięcioro"),
}
TEENS = {10: "dziesię", 11: "jedena", 12: "dwuna", 13: "trzyna", 14: "czterna", 15: "piętna",
         16: "szesna", 17: "siedemna", 18: "osiemna", 19: "dziewiętna"}
# A ten's nominative, then its other cases: "dwadzieścia", "dwudziestu".
TENS = {20: ("dwadzieścia", "dwudziestu"), 30: ("trzydzieści", "trzydziestu"),
        40: ("czterdzieści", "czterdziestu"), 50: ("pięćdziesiąt", "pięćdziesięciu"),
        60: ("sześćdziesiąt", "sześćdziesięciu"), 70: ("siedemdziesiąt", "siedemdziesięciu"),
        80: ("osiemdziesiąt", "osiemdziesięciu"), 90: ("dziewięćdziesiąt", "dziewięćdziesięciu")}
# A unit after a ten in its case: "dwadzieścia dwa", "dwudziestu dwóch", "dwadzieścia jeden"
# (whatever the noun's gender or case, "jeden" after a ten).
AFTER_TEN = {1: (("jeden",), ("jeden",)), 2: (("dwa", "dwie"), ("dwóch", "dwu")),
             3: (("trzy",), ("trzech",)), 4: (("cztery",), ("czterech",))}


def teens() -> dict[str, int]:
    """Return the numbers from ten to nineteen in their cases: "jedenaście", "jedenastu"."""
    found = {"dziesięć": 10, "dziesięciu": 10, "dziesięcioma": 10}
    for value, start in TEENS.items():
        if value > 10:
            found |= {start + "ście": value, start + "stu": value, start + "stoma": value}
    return found


def number_words() -> dict[str, int]:
    """Return the numbers in words up to a hundred in their cases, a ten and its unit joined
    by '-' as word_value() looks them up ("dwadzieścia-dwa"), and "sto" and "tysiąc"."""
    found = {form: value for value, forms in UNITS.items() for form in forms} | teens()
    found |= {"sto": 100, "stu": 100, "tysiąc": 1000}
    for ten, (nominative, oblique) in TENS.items():
        found |= {nominative: ten, oblique: ten}
        for unit in range(1, 10):
            plain, cased = AFTER_TEN.get(unit, (UNITS[unit][:1], UNITS[unit][1:2]))
            found |= {f"{nominative}-{word}": ten + unit for word in plain}
            found |= {f"{oblique}-{word}": ten + unit for word in cased}
    return found


NUMBER_WORDS = number_words()
# The words a unit may follow as part of a longer number: "dwa" of "dwadzieścia dwa".
CONTINUED = [form for forms in TENS.values() for form in forms] + ["sto", "stu"]
ONES = frozenset(UNITS[1])  # "jeden kraj" is "a country", no count

# Endings of a noun's cases, the longest first, that a stem drops: "-ami" of "mandatami",
# "-ów" of "mandatów", "-owie" of "posłowie"; an adjective's too, so a name's words meet
# ("Koalicja Obywatelska", "Koalicji Obywatelskiej").
ENDINGS = ("owie", "iego", "iemu", "ami", "ach", "ych", "ich", "ymi", "imi", "ego", "emu",
           "iej", "ów", "om", "ej", "ie", "em", "ą", "ę", "y", "i", "a", "e", "o", "u")
# Nouns a number above one counts in a form no ending says is plural: the genitive plural
# without an ending ("pięć osób", "10 lat", "12 państw", "5 kobiet") and "dzieci", "ludzi".
BARE_PLURALS = frozenset("osób lat państw kobiet miejsc godzin minut sekund gmin szkół "
                         "firm rodzin głów ofiar spraw ustaw partii dzieci ludzi dni".split())
# An adjective's endings, which no noun a count counts has: "nowych" of "157 nowych posłów".
ADJECTIVE = re.compile(r"(?:ych|ich|ymi|imi|ego|emu|owy|owa|owe|ski|ska|skie|scy|cki|cka|"
                       r"ckie|ccy)$")
PLURAL_ENDINGS = ("ów", "ami", "ach", "om", "owie", "y", "i", "e", "a")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'mandaty' meets 'mandatów' and 'mandatami', 'kraje'
    'krajach', and 'osoby' 'osób' (its 'ó' as 'o'); a passive participle in '-ony' its verbal
    noun in '-enie', as the noun is made from it ('zaprzysiężony', 'zaprzysiężenie')."""
    word = word.lower()
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) >= 7 and word.endswith("on"):  # "zaprzysiężony" does "zaprzysiężenie"
        word = word[:-2] + "en"
    return word.replace("ó", "o")


def plural(word: str) -> bool:
    """Tell whether a lowercased word looks like a noun in a case a number above one puts it
    in: 'mandaty', 'mandatów', 'krajach', 'posłowie', 'osób'; not an adjective ('nowych')."""
    if word in BARE_PLURALS:
        return True
    return len(word) > 3 and word.endswith(PLURAL_ENDINGS) and ADJECTIVE.search(word) is None
