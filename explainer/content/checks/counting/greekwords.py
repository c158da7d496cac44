"""Greek words as the checks read them: numbers in words in the gender and case of what they
count ("τρεις χώρες", "τρία κράτη", "τριών χωρών", "δώδεκα", "εκατό"), with their accents or
without them, as capitals drop them ("ΤΡΙΑ"); a rough stem that meets a noun's cases and
spellings ("πυροσβέστες", "πυροσβεστών", "ΠΥΡΟΣΒΕΣΤΕΣ"); and whether a word looks like a
plural noun that a number above one counts ("στρέμματα", "χώρες", "άνθρωποι", "κράτη")."""

from __future__ import annotations

import functools
import re
import unicodedata

from ..texts.ideographs import FORM_LETTERS

# Each number's forms: its masculine and feminine, its neuter, its genitive, where they differ
# ("τρεις", "τρία", "τριών"); "ένας", "μία", "ένα" are the article too, so a count in words
# starts at two, and one is read only after a ten ("είκοσι ένα").
UNITS = {
    2: "δύο δυο", 3: "τρεις τρία τριών", 4: "τέσσερις τέσσερα τεσσάρων τέσσερεις",
    5: "πέντε", 6: "έξι", 7: "επτά εφτά", 8: "οκτώ οχτώ", 9: "εννέα εννιά",
}
ONE = "ένας μία μια ένα ενός μιας μίας έναν"
TEENS = {10: "δέκα", 11: "έντεκα ένδεκα", 12: "δώδεκα", 13: "δεκατρείς δεκατρία δεκατριών",
         14: "δεκατέσσερις δεκατέσσερα δεκατεσσάρων", 15: "δεκαπέντε", 16: "δεκαέξι δεκάξι",
         17: "δεκαεπτά δεκαεφτά", 18: "δεκαοκτώ δεκαοχτώ", 19: "δεκαεννέα δεκαεννιά"}
TENS = {20: "είκοσι", 30: "τριάντα", 40: "σαράντα", 50: "πενήντα", 60: "εξήντα",
        70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα"}
# A hundred and a thousand in their genders and cases: "εκατό", "χίλιοι", "χίλιες", "χιλίων".
LARGE = {100: "εκατό", 1000: "χίλιοι χίλιες χίλια χιλίων"}


def unaccented(word: str) -> str:
    """Return a word without its accents and diaereses: 'τρία' as 'τρια', as capitals write
    it ('ΤΡΙΑ'), and 'Μαΐου' as 'Μαιου'."""
    return "".join(char for char in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(char))


def spelled(forms: dict[str, int]) -> dict[str, int]:
    """Return the forms with their accents, and without them, as capitals write them."""
    return forms | {unaccented(form): value for form, value in forms.items()}


def number_words() -> dict[str, int]:
    """Return the numbers in words up to a hundred, and a thousand, in their genders and
    cases, a ten and its unit joined by '-' as word_value() looks them up ("είκοσι-τρία")."""
    found = {form: value for table in (UNITS, TEENS, TENS, LARGE)
             for value, forms in table.items() for form in forms.split()}
    units = {form: value for value, forms in UNITS.items() for form in forms.split()}
    units |= dict.fromkeys(ONE.split(), 1)
    for value, ten in TENS.items():
        found |= {f"{ten}-{form}": value + unit for form, unit in units.items()}
    return spelled(found)


NUMBER_WORDS = number_words()
# The words a unit may follow as part of a longer number: "τρία" of "είκοσι τρία"; and "τοις",
# after which "εκατό" is no hundred but a percentage ("5 τοις εκατό").
CONTINUED = sorted({unaccented(ten) for ten in TENS.values()} | set(TENS.values())) + ["τοις"]

# The endings of a noun's and an adjective's cases, unaccented, the longest first, that a stem
# drops: "-ες" of "χώρες", "-ων" of "χωρών", "-ματα" of "στρέμματα", "-ους" of "ανθρώπους".
ENDINGS = ("ματων", "ματα", "ουσ", "εισ", "εων", "ων", "εσ", "οι", "οσ", "ασ", "ησ", "ισ",
           "ου", "α", "η", "ο", "ι", "ε")
# The endings of a plural noun as a number above one counts it, unaccented: "χώρες",
# "στρέμματα", "άνθρωποι", "ανθρώπων", "ανθρώπους", "κράτη", "πόλεις".
PLURAL_ENDINGS = ("ες", "α", "οι", "ων", "ους", "η", "εις", "ια")
# An adjective's or a participle's plural, unaccented, which comes before the noun a number
# counts: "καμένα στρέμματα", "τραυματισμένοι άνθρωποι", "ευρωπαϊκές χώρες", "νέα μέτρα".
ADJECTIVE = re.compile(r"(?:μεν|(?<!ο)ικ|ιακ|αι?κ)(?:α|οι|ες|ων|ους)$|^(?:νεα|νεοι|νεες|νεων)$")

# The forms of a verb whose stem changes, by their beginnings, unaccented, and the stem they
# meet at: "κάηκαν" (were burned), "καμένα" (burned), "κατέκαψε" (burned down) are of "καίω".
VERB_FORMS = {"καιω": ("καηκ", "καμεν", "καψ", "εκαψ", "κατεκαψ", "κατακαηκ", "κατακαμεν",
                       "καιγ", "καιει")}
STEM_OF = {start: lemma for lemma, starts in VERB_FORMS.items() for start in starts}


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: lowercased, without its accents, its final sigma as
    any sigma, so 'Χώρες' meets 'χωρών' and 'ΧΩΡΕΣ'; without the commonest ending of a case,
    then its first letters, which a verb's forms share as word_forms() reads them, a zeta
    last as the sigma of the past ("ορκίζεται" meets "ορκίστηκε")."""
    word = unaccented(word.lower()).replace("ς", "σ").replace("\u2019", "'")
    if (lemma := next((STEM_OF[start] for start in STEM_OF if word.startswith(start)), None)):
        return lemma
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if not word.isalpha() or len(word) <= 3:
        return word
    cut = word[:min(FORM_LETTERS, len(word) - 1)]
    return cut[:-1] + "σ" if cut.endswith("ζ") else cut



def looks_plural(word: str, stop_words: frozenset[str], months: frozenset[str]) -> bool:
    """Tell whether a lowercased word may be the plural noun a number counts."""
    bare = unaccented(word)
    return word.isalpha() and len(word) > 2 and word not in stop_words \
        and bare not in months and bare.endswith(PLURAL_ENDINGS) and not ADJECTIVE.search(bare)
