"""Czech and Slovak words as the checks read them: numbers in words in the case a count puts
them ("čtyři země", "ve čtyřech zemích", "se čtyřmi státy"; "štyri krajiny", "v štyroch
krajinách"), a rough stem that meets a noun's cases ("krajů", "krajích"; "krajín",
"krajinách"), and whether a word looks like a noun that a number above one counts."""

from __future__ import annotations

import re

# Each number's forms: the nominative (and accusative) first, then the others a count takes
# (genitive, dative, locative, instrumental; Slovak's masculine persons', "traja poslanci").
CZECH_UNITS = {
    1: ("jeden", "jedna", "jedno", "jednoho", "jedné", "jednomu", "jedním", "jednou", "jedny"),
    2: ("dva", "dvě", "dvou", "dvěma"),
    3: ("tři", "tří", "třech", "třem", "třemi"),
    4: ("čtyři", "čtyř", "čtyřech", "čtyřem", "čtyřmi"),
    5: ("pět", "pěti"), 6: ("šest", "šesti"), 7: ("sedm", "sedmi"), 8: ("osm", "osmi"),
    9: ("devět", "devíti"),
}
CZECH_GENITIVE = {1: "jednoho", 2: "dvou", 3: "tří", 4: "čtyř"}  # "dvaceti dvou"
CZECH_TEENS = {10: ("deset", "deseti"), 11: ("jedenáct",), 12: ("dvanáct",), 13: ("třináct",),
               14: ("čtrnáct",), 15: ("patnáct",), 16: ("šestnáct",), 17: ("sedmnáct",),
               18: ("osmnáct",), 19: ("devatenáct",)}
CZECH_TENS = {20: "dvacet", 30: "třicet", 40: "čtyřicet", 50: "padesát", 60: "šedesát",
              70: "sedmdesát", 80: "osmdesát", 90: "devadesát"}
SLOVAK_UNITS = {
    1: ("jeden", "jedna", "jedno", "jedného", "jednej", "jednému", "jedným", "jednou", "jedni"),
    2: ("dva", "dve", "dvaja", "dvoch", "dvom", "dvoma", "dvomi"),
    3: ("tri", "traja", "troch", "trom", "tromi"),
    4: ("štyri", "štyria", "štyroch", "štyrom", "štyrmi"),
    5: ("päť", "piati"), 6: ("šesť", "šiesti"), 7: ("sedem", "siedmi"), 8: ("osem", "ôsmi"),
    9: ("deväť", "deviati"),
}
# Slovak's oblique cases from five on: a stem and "-ich", "-im", "-imi" ("piatich krajinách").
SLOVAK_OBLIQUE = {5: "piat", 6: "šiest", 7: "siedm", 8: "ôsm", 9: "deviat", 10: "desiat",
                  20: "dvadsiat", 30: "tridsiat", 40: "štyridsiat", 50: "päťdesiat",
                  60: "šesťdesiat", 70: "sedemdesiat", 80: "osemdesiat", 90: "deväťdesiat"}
SLOVAK_TEENS = {10: "desať", 11: "jedenásť", 12: "dvanásť", 13: "trinásť", 14: "štrnásť",
                15: "pätnásť", 16: "šestnásť", 17: "sedemnásť", 18: "osemnásť",
                19: "devätnásť"}
SLOVAK_TENS = {20: "dvadsať", 30: "tridsať", 40: "štyridsať", 50: "päťdesiat",
               60: "šesťdesiat", 70: "sedemdesiat", 80: "osemdesiat", 90: "deväťdesiat"}


def czech_words() -> dict[str, int]:
    """Return Czech numbers in words up to a hundred in their cases: "dvanáct", "dvanácti",
    "dvacet dva" (a ten and its unit joined by '-', as word_value() looks them up), the one
    word "dvaadvacet" and "pětadvaceti", "sto" and "tisíc"."""
    found = {form: n for n, forms in CZECH_UNITS.items() for form in forms}
    for n, forms in CZECH_TEENS.items():
        found |= {form: n for form in forms} | {forms[0] + "i": n}  # "dvanácti"
    for ten, word in CZECH_TENS.items():
        found |= {word: ten, word + "i": ten}
        for unit in range(1, 10):
            first = CZECH_UNITS[unit][0]
            genitive = CZECH_GENITIVE.get(unit, CZECH_UNITS[unit][-1])
            found |= {f"{word}-{first}": ten + unit, f"{word}i-{genitive}": ten + unit}
            found |= {f"{first}a{word}": ten + unit, f"{first}a{word}i": ten + unit}
    return found | {"sto": 100, "tisíc": 1000}


def slovak_words() -> dict[str, int]:
    """Return Slovak numbers in words up to a hundred in their cases: "dvanásť", "dvanástich",
    "dvadsaťdva" and "dvadsať dva", "piatich", "sto" and "tisíc"."""
    found = {form: n for n, forms in SLOVAK_UNITS.items() for form in forms}
    for n, stem in SLOVAK_OBLIQUE.items():
        found |= {stem + ending: n for ending in ("ich", "im", "imi")}
    for n, word in SLOVAK_TEENS.items():
        found[word] = n  # "dvanásť", "dvanásti", "dvanástich"
        if n > 10:
            found |= {word[:-1] + "t" + ending: n for ending in ("i", "ich", "im", "imi")}
    for ten, word in SLOVAK_TENS.items():
        found[word] = ten
        for unit in range(1, 10):
            first = SLOVAK_UNITS[unit][0]
            found |= {f"{word}{first}": ten + unit, f"{word}-{first}": ten + unit}
    return found | {"sto": 100, "tisíc": 1000}


CZECH_NUMBER_WORDS = czech_words()
SLOVAK_NUMBER_WORDS = slovak_words()
ONES = frozenset(CZECH_UNITS[1] + SLOVAK_UNITS[1])  # "jedna země" is "a country", no count
# The words a unit may follow as part of a longer number: "dva" of "dvacet dva".
CZECH_CONTINUED = [*CZECH_TENS.values(), *(word + "i" for word in CZECH_TENS.values()), "sto"]
SLOVAK_CONTINUED = [*SLOVAK_TENS.values(), "sto"]

# Endings of a noun's or an adjective's cases, the longest first, that a stem drops: "-ích"
# of "krajích", "-ů" of "krajů", "-ách" of "krajinách", "-ov" of "štátov", "-ej" and "-ú" of
# Slovak's "centrálnej" and "úrokovú".
ENDINGS = ("iach", "ých", "ými", "ého", "ému", "ích", "ech", "ách", "ami", "ové", "ovi", "och",
           "ům", "ám", "ím", "om", "mi", "ov", "ej", "ou", "ů", "y", "i", "e", "ě", "a", "u",
           "o", "í", "é", "á", "ý", "ú")
# A vowel's long form and the short one a noun's other cases have: "krajín" and "krajiny".
SHORT = str.maketrans("áéíóúůýô", "aeiouoyo")
# An adjective's endings, which no noun a count counts has: "nových" of "157 nových poslanců".
ADJECTIVE = re.compile(r"(?:ých|ými|ého|ému|ský|ská|ské|ských|ským|ckých|ový|ová|ové|ných|"
                       r"ní|ný|ná|né|ským|skej|ného|nej)$")
PLURAL_ENDINGS = ("ů", "ov", "ích", "ech", "ách", "iach", "och", "ům", "ám", "om", "ami", "mi",
                  "y", "i", "e", "ě", "é", "a", "ia")
# Nouns a number above one counts in a form no ending says is plural: the genitive plural
# without an ending ("pět osob", "10 let", "12 zemí"; "päť krajín", "10 rokov").
BARE_PLURALS = frozenset("osob lidí obětí let zemí obcí dětí žen měst míst hodin minut voleb "
                         "obyvatel domů krajín ľudí osôb detí žien miest hodín minút volieb "
                         "obcí rokov obyvateľov obetí".split()) | {
    "dny", "dní", "dnů", "dni"}  # the days, in words too short to read by their endings


def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'krajů' meets 'krajích', 'země' 'zemí' and 'krajín'
    'krajinách' (its long vowels short)."""
    word = word.lower()
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word.translate(SHORT)


def plural(word: str) -> bool:
    """Tell whether a lowercased word looks like a noun in a case a number above one puts it
    in: 'kraje', 'krajů', 'krajích', 'osob', 'krajín'; not an adjective ('nových')."""
    if word in BARE_PLURALS:
        return True
    return len(word) > 3 and word.endswith(PLURAL_ENDINGS) and ADJECTIVE.search(word) is None
