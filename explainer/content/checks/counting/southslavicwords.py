"""Croatian and Serbian words as the checks read them: numbers in words in the case a count
puts them ("tri zemlje", "triju zemalja", "dvadeset i jedna država"), a rough stem that meets a
noun's cases ("zemalja", "zemljama"), whether a word looks like a noun that a number above one
counts, and Serbian's two alphabets, one letter of Cyrillic for one or two of Latin ("љ" is
"lj"): Cyrillic text is read as its Latin."""

from __future__ import annotations

import re
from typing import TypeVar

V = TypeVar("V")

# Each number's forms: the nominative (and accusative) first, then the others a count takes
# (genitive, dative, locative, instrumental), Croatian's ijekavian "dvije" and Serbian's "dve".
UNITS = {
    1: ("jedan", "jedna", "jedno", "jednu", "jednog", "jedne", "jednoj", "jednom", "jednim",
        "jedni"),
    2: ("dva", "dvije", "dve", "dvaju", "dviju", "dvama", "dvjema", "dvema", "dvoje"),
    3: ("tri", "triju", "trima", "troje"), 4: ("četiri", "četiriju", "četirima"),
    5: ("pet",), 6: ("šest",), 7: ("sedam",), 8: ("osam",), 9: ("devet",),
}
TEENS = {10: "deset", 11: "jedanaest", 12: "dvanaest", 13: "trinaest", 14: "četrnaest",
         15: "petnaest", 16: "šesnaest", 17: "sedamnaest", 18: "osamnaest", 19: "devetnaest"}
TENS = {20: "dvadeset", 30: "trideset", 40: "četrdeset", 50: "pedeset", 60: "šezdeset",
        70: "sedamdeset", 80: "osamdeset", 90: "devedeset"}
LARGE = {"sto": 100, "stotinu": 100, "tisuću": 1000, "hiljadu": 1000}

# Serbian's Cyrillic and the Latin letters each writes; the three pairs first.
PAIRS = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ", "LJ": "Љ", "NJ": "Њ",
         "DŽ": "Џ"}
LETTERS = dict(zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
                   "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", strict=True))
TO_CYRILLIC = re.compile("|".join([*PAIRS, "."]), re.DOTALL)
TO_LATIN = str.maketrans({**{c: latin for latin, c in LETTERS.items()},
                          **{c: latin for latin, c in reversed(PAIRS.items())}})
# What a pattern holds that no letter of a word is: an escape ("\w"), a group's flags
# ("(?:", "(?-i:", "(?<!").
SYNTAX = re.compile(r"\\.|\(\?[^:!=]*[:!=]")


def latin(text: str) -> str:
    """Return a text in Latin letters, its Serbian Cyrillic ('земаља') as Latin ('zemalja')."""
    return text.translate(TO_LATIN)


def cyrillic(text: str) -> str:
    """Return a text in Latin letters as Serbian writes it in Cyrillic: 'zemalja' as 'земаља'."""
    return TO_CYRILLIC.sub(lambda found: PAIRS.get(found[0], LETTERS.get(found[0], found[0])),
                           text)


def in_both(pattern: str) -> str:
    """Return a pattern of words in Latin letters that finds them in Cyrillic too: its
    escapes and group flags kept as they are."""
    parts, at = [], 0
    for syntax in SYNTAX.finditer(pattern):
        parts += [cyrillic(pattern[at:syntax.start()]), syntax[0]]
        at = syntax.end()
    return f"{pattern}|{''.join([*parts, cyrillic(pattern[at:])])}"


def both_tables(table: dict[str, V]) -> dict[str, V]:
    """Return a table of words in Latin letters with each word in Cyrillic too."""
    return table | {cyrillic(word): value for word, value in table.items()}


def number_words() -> dict[str, int]:
    """Return Croatian and Serbian numbers in words up to a hundred in their cases: "dvanaest",
    "dvadeset jedan" and "dvadeset i jedan" (a ten and its unit joined by '-', as word_value()
    looks them up), "sto", "tisuću" and "hiljadu"."""
    found = {form: n for n, forms in UNITS.items() for form in forms}
    found |= {word: n for n, word in TEENS.items()} | LARGE
    for ten, word in TENS.items():
        found[word] = ten
        for unit in range(1, 10):
            for form in UNITS[unit]:
                found |= {f"{word}-{form}": ten + unit, f"{word}-i-{form}": ten + unit}
    return found


NUMBER_WORDS = number_words()
ONES = frozenset(UNITS[1] + tuple(cyrillic(word) for word in UNITS[1]))  # "a country"
CONTINUED = (*TENS.values(), *(f"{ten} i" for ten in TENS.values()), "sto")

# Endings of a noun's or an adjective's cases, the longest first, that a stem drops: "-ama"
# of "zemljama", "-alja" of "zemalja" (its inserted "a"), "-ih" of "drugih".
ENDINGS = ("alja", "ama", "ima", "ova", "ove", "ovi", "ega", "emu", "ome", "ih", "im",
           "og", "om", "oj", "a", "e", "i", "u", "o")
# An adjective's endings, which no noun a count counts has: "novih" of "15 novih zastupnika".
ADJECTIVE = re.compile(r"(?:ih|im|ima|ski|ska|ske|skih|ški|čki|čkih|ni|nih|ne|oga|ega)$")
PLURAL_ENDINGS = ("a", "e", "i", "ima", "ama", "ova", "eva")


def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'zemalja' meets 'zemlje', 'država' 'državama' and
    Cyrillic 'земаља' its Latin."""
    word = latin(word.lower())
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            return word + "lj" if ending == "alja" else word
    return word


def plural(word: str) -> bool:
    """Tell whether a lowercased word looks like a noun in a case a number above one puts it
    in: 'zemlje', 'zemalja', 'ljudi', 'osoba'; not an adjective ('novih')."""
    word = latin(word)
    return len(word) > 3 and word.endswith(PLURAL_ENDINGS) and ADJECTIVE.search(word) is None
