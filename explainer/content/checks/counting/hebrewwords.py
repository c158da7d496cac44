"""Hebrew words as the checks read them: numbers in words in both genders, in their absolute
and construct forms ("שלוש מדינות", "שלושה טילים", "שלושת הצדדים", "עשרים ואחת"), perhaps
with a letter joined before them ("ושבעה", "בשלוש"); a rough stem that meets a noun with its
joined letters and its plural ("מדינות", "והמדינה"); and whether a word may be a counted noun.
An abbreviation or an acronym with its gershayim (צה"ל, כטב"מים, ש"ח) is one word."""

from __future__ import annotations

import functools

# Each number's feminine and masculine forms, and the construct ones before a noun, in full
# and in defective spelling: "שלוש", "שלושה", "שלושת", "שלש"; "אחת", "אחד" are "one" and
# "one of", so a count in words starts at two, and one is read only after a ten.
UNITS = {
    2: "שתיים שתים שתי שניים שנים שני", 3: "שלוש שלש שלושה שלשה שלושת שלשת",
    4: "ארבע ארבעה ארבעת", 5: "חמש חמישה חמשה חמשת", 6: "שש שישה ששה ששת",
    7: "שבע שבעה שבעת", 8: "שמונה שמונת", 9: "תשע תשעה תשעת",
}
ONE = "אחת אחד"
TEN = "עשר עשרה עשרת"
# 11 to 19: a unit and "עשרה" (feminine) or "עשר" (masculine): "שתים עשרה", "שנים עשר".
TEEN_UNITS = {1: "אחת אחד", 2: "שתים שנים שתי שני", 3: "שלוש שלושה שלש שלשה",
              4: "ארבע ארבעה", 5: "חמש חמישה חמשה", 6: "שש שישה ששה", 7: "שבע שבעה",
              8: "שמונה", 9: "תשע תשעה"}
TENS = {20: "עשרים", 30: "שלושים שלשים", 40: "ארבעים", 50: "חמישים חמשים", 60: "שישים ששים",
        70: "שבעים", 80: "שמונים", 90: "תשעים"}
LARGE = {100: "מאה", 200: "מאתיים", 1000: "אלף", 2000: "אלפיים"}
# The letters that join a word or a number before it: "and", "in", "to", "from", "as", "the",
# "that", alone or two together ("וב", "שב", "מה").
PREFIX_LETTERS = "ובלמכהש"


def number_words() -> dict[str, int]:
    """Return the numbers in words up to a hundred, two hundred, a thousand and two thousand,
    in both genders, a ten and its unit joined by '-' as word_value() looks them up: the unit
    with its "and" ("עשרים-ואחת"), 11 to 19 a unit and its ten ("שתים-עשרה")."""
    found = {form: value for table in (UNITS, TENS, LARGE)
             for value, forms in table.items() for form in forms.split()}
    found |= dict.fromkeys(TEN.split(), 10)
    for value, forms in TEEN_UNITS.items():
        found |= {f"{form}-{ten}": 10 + value for form in forms.split() for ten in ("עשרה", "עשר")}
    units = {form: value for value, forms in UNITS.items() for form in forms.split()}
    units |= dict.fromkeys(ONE.split(), 1)
    for value, tens in TENS.items():
        found |= {f"{ten}-ו{form}": value + unit for ten in tens.split()
                  for form, unit in units.items()}
    return found


NUMBER_WORDS = number_words()
# The words a number may follow as part of a longer one: "עשרה" of "שתים עשרה" follows a unit.
CONTINUED = sorted({form for forms in TEEN_UNITS.values() for form in forms.split()})

# The plural endings a stem drops: "מדינות" and "מדינה" meet, "טילים" and "טיל".
ENDINGS = ("יות", "ים", "ות", "ה", "ת")
FINALS = str.maketrans("ךםןףץ", "כמנפצ")  # a final letter as its other form, where a stem ends


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: without "the" and the letters joined before it where
    the rest is a word of three letters or more ("והמדינות" as "מדינ"), without its plural or
    feminine ending, its last letter in the form it has inside a word."""
    word = word.replace("\u05f4", '"').replace("\u2019", "'")
    if not word or not "\u05d0" <= word[0] <= "\u05ea":
        return word.lower()
    core = word
    while len(core) > 4 and core[0] in PREFIX_LETTERS and '"' not in core[:3]:
        core = core[1:]
    for ending in ENDINGS:
        if core.endswith(ending) and len(core) - len(ending) >= 3:
            core = core[: -len(ending)]
            break
    return core.translate(FINALS)


def looks_plural(word: str, stop_words: frozenset[str], months: frozenset[str]) -> bool:
    """Tell whether a word may be the noun a number counts: Hebrew puts it after the number,
    plural after two and more ("7 טילים", "3 מדינות"), or a singular that a number of years or
    a unit counts ("בת 7", "170 כטב"מים" with its gershayim), so any word but a function word
    or a month may be."""
    bare = word.replace('"', "").replace("\u05f4", "")
    return bare.isalpha() and word not in stop_words and stem(word) not in months
