"""Romanian words as the checks read them: numbers in words in the gender of what they count
("doi miniștri", "două țări", "doisprezece", "douăsprezece", "douăzeci și unu"), each written
with the comma below ("ș", "ț"), the cedilla ("ş", "ţ") or, where that reads the same, without
its marks; a rough stem that meets a noun's forms ("țări", "ţara", "țărilor", "tari"); and
whether a word looks like a plural noun that a number above one counts ("oameni", "țări",
"state", "voturi")."""

from __future__ import annotations

import functools
import unicodedata

from ..texts.ideographs import FORM_LETTERS

# The letters Romanian writes with a comma below, and their look-alikes with a cedilla, which
# older fonts and keyboards still give: "țări" and "ţări" are one word.
CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")
COMMA_BELOW = str.maketrans("șțȘȚ", "şţŞŢ")

# Each number's forms, masculine then feminine where they differ ("doi", "două"); "un", "o",
# "unu" and "una" are the article too, so a count in words starts at two, and one is read only
# after a ten ("douăzeci și unu"). "nouă" is also "new" ("o nouă lege"): see romanian.py.
UNITS = {2: "doi două", 3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte", 8: "opt",
         9: "nouă"}
ONE = "unu una un o"
TEENS = {10: "zece", 11: "unsprezece", 12: "doisprezece douăsprezece", 13: "treisprezece",
         14: "paisprezece patrusprezece", 15: "cincisprezece", 16: "șaisprezece",
         17: "șaptesprezece", 18: "optsprezece", 19: "nouăsprezece"}
TENS = {20: "douăzeci", 30: "treizeci", 40: "patruzeci", 50: "cincizeci", 60: "șaizeci",
        70: "șaptezeci", 80: "optzeci", 90: "nouăzeci"}
# "o sută" and "o mie": read whole, as the article "o" is no number alone.
LARGE = {100: "o-sută", 1000: "o-mie"}
# Forms whose bare letters are another word: "doua" (the second, "a doua zi"), "noua" (the
# new one); they are read only with their marks.
AMBIGUOUS_BARE = frozenset({"doua", "noua"})


def bare(word: str) -> str:
    """Return a word without its diacritics: 'țări' and 'ţări' as 'tari'."""
    return "".join(char for char in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(char))


def spellings(word: str) -> set[str]:
    """Return a word as it may be written: with the comma below, with the cedilla, and without
    its marks unless that spells another word."""
    found = {word.translate(CEDILLA), word.translate(COMMA_BELOW)}
    plain = bare(word)
    return found if any(part in AMBIGUOUS_BARE for part in plain.split("-")) else found | {plain}


def number_words() -> dict[str, int]:
    """Return the numbers in words up to a hundred, and a thousand, in their genders, a ten and
    its unit joined by '-' as word_value() looks them up ("douăzeci-și-unu"), in every
    spelling."""
    found = {form: value for table in (UNITS, TEENS, TENS, LARGE)
             for value, forms in table.items() for form in forms.split()}
    units = {form: value for value, forms in UNITS.items() for form in forms.split()}
    units |= dict.fromkeys(ONE.split(), 1)
    for value, ten in TENS.items():
        found |= {f"{ten}-și-{form}": value + unit for form, unit in units.items()}
    return {spelled: value for form, value in found.items() for spelled in spellings(form)}


NUMBER_WORDS = number_words()
# The words a unit may follow as part of a longer number: "cinci" of "douăzeci și cinci".
CONTINUED = sorted({f"{spelled} {and_}" for ten in TENS.values() for spelled in spellings(ten)
                    for and_ in ("și", "şi", "si")})

# The endings of a noun's forms, plain and definite, the longest first, that a stem drops:
# "-urilor" of "voturilor", "-elor" of "statelor", "-ilor" of "oamenilor", "-ul" of "votul";
# and of a verb's present, "-ează" of "anulează", bare as stem() compares them.
ENDINGS = ("eaza", "aza", "urilor", "urile", "ilor", "elor", "ului", "uri", "ele", "ile", "lor",
           "ul", "ii", "ea", "le", "a", "e", "i", "u", "ă")
# A participle's ending, dropped after the above: "anulat" meets "anulează", "câștigat"
# "câștigă", as a timeline's title tells in the present what prose tells in the past.
PARTICIPLE = ("at", "it", "ut")
PLURAL_ENDINGS = ("i", "e", "uri", "lor", "le")
# Adjectives and participles in the plural that come before or after the noun a number counts:
# "europene", "membre", "afectate", "noi".
ADJECTIVE_ENDINGS = ("ene", "eni", "ate", "ati", "ite", "iti", "ute", "uti", "ice", "ici")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: lowercased, without its diacritics, so 'Țări' meets
    'ţările' and 'tari'; without the commonest ending of its forms and a participle's, then
    its first letters, which a verb's forms share."""
    word = bare(word.lower().translate(CEDILLA)).replace("\u2019", "'")
    for ending in ENDINGS:
        if word.endswith(bare(ending)) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if word.endswith(PARTICIPLE) and len(word) >= 5:
        word = word[:-2]
    return word[:min(FORM_LETTERS, len(word) - 1)] if word.isalpha() and len(word) > 3 else word


def looks_plural(word: str, stop_words: frozenset[str], months: frozenset[str]) -> bool:
    """Tell whether a lowercased word may be the plural noun a number counts."""
    plain = bare(word.translate(CEDILLA))
    return word.isalpha() and len(word) > 2 and word not in stop_words \
        and plain not in months and plain.endswith(PLURAL_ENDINGS) \
        and not plain.endswith(ADJECTIVE_ENDINGS)
