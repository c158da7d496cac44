"""Persian's numbers in words, and the stems of its words, for the Persian Counting.

Units join a ten or a hundred with "و": "بیست و یک", "صد و بیست", "سیصد و پنج". One ("یک")
is "a" as often, and "نه" is "no" as often as nine: neither counts a noun alone, though "نه
کشور" is nine countries. A word is read with the Arabic forms of its letters as the Persian
ones ("ي" as "ی", "ك" as "ک"), without its hamzas and its vowel marks, and without its plural
and its ezafe ("کشورهای" as کشور, "نامزدان" as نامزد), joined by a zero-width non-joiner or
not ("کشور‌ها"); the broken plurals newsrooms count most are their singulars ("آرا" as رای).
"""

from __future__ import annotations

import functools
import re

UNITS = {1: ("یک",), 2: ("دو",), 3: ("سه",), 4: ("چهار",), 5: ("پنج",), 6: ("شش", "شیش"),
         7: ("هفت",), 8: ("هشت",), 9: ("نه",)}
TEENS = {10: ("ده",), 11: ("یازده",), 12: ("دوازده",), 13: ("سیزده",), 14: ("چهارده",),
         15: ("پانزده", "پونزده"), 16: ("شانزده",), 17: ("هفده", "هیفده"),
         18: ("هجده", "هیجده", "هژده"), 19: ("نوزده",)}
TENS = {20: ("بیست",), 30: ("سی",), 40: ("چهل",), 50: ("پنجاه",), 60: ("شصت",),
        70: ("هفتاد",), 80: ("هشتاد",), 90: ("نود",)}
HUNDREDS = {100: ("صد", "یکصد"), 200: ("دویست",), 300: ("سیصد",), 400: ("چهارصد",),
            500: ("پانصد",), 600: ("ششصد",), 700: ("هفتصد",), 800: ("هشتصد",),
            900: ("نهصد",)}
SCALES = {1000: ("هزار",), 1_000_000: ("میلیون",), 1_000_000_000: ("میلیارد",)}


def below_a_thousand() -> dict[str, int]:
    """Return the numbers in words from one to 999, their parts joined by '-و-' ("بیست-و-یک",
    "صد-و-بیست-و-پنج")."""
    found = {word: n for table in (UNITS, TEENS, TENS, HUNDREDS)
             for n, words in table.items() for word in words}
    tens = dict(found)
    for ten, words in TENS.items():
        tens |= {f"{word}-و-{unit}": ten + n for word in words
                 for n, units in UNITS.items() for unit in units}
    below = dict(tens)
    for hundred, words in HUNDREDS.items():
        below |= {f"{word}-و-{rest}": hundred + n for word in words
                  for rest, n in tens.items() if n < 100}
    return below


def number_words() -> dict[str, int]:
    """Return the numbers in words below a thousand, and a scale alone ("هزار") or after a
    number below a hundred or a round hundred ("سه-هزار", "یک-میلیون", "بیست-و-یک-میلیارد",
    "صد-هزار")."""
    below = below_a_thousand()
    found = dict(below)
    for scale, words in SCALES.items():
        found |= {word: scale for word in words}
        found |= {f"{spoken}-{word}": n * scale for spoken, n in below.items()
                  if n < 100 or n % 100 == 0 for word in words}
    return found


NUMBER_WORDS = number_words()
# One, nine (or "no") and the scales alone count nothing; a scale alone is the scale of a
# number in figures ("۳۰ میلیون").
COUNTING_WORDS = {word: n for word, n in NUMBER_WORDS.items()
                  if word not in ("یک", "نه") and not word.startswith("یک-")
                  and word not in {w for words in SCALES.values() for w in words}}
# What a number in words may go on from, as part of a longer one: a ten or a hundred and "و"
# ("بیست و سه"), or a number before a scale.
CONTINUED = sorted({f"{word} و" for table in (TENS, HUNDREDS) for words in table.values()
                    for word in words})

LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه", "أ": "ا", "إ": "ا",
                         "آ": "ا", "ؤ": "و", "ئ": "ی", "\u200c": "", "\u200d": ""})
MARKS = re.compile("[\u0640\u064b-\u065f\u0670\u0654]")  # tatweel, vowel marks, hamza above
# The broken plurals a newsroom counts most, by their singulars, as stem() leaves them.
BROKEN = {"ارا": "رای", "اراء": "رای", "اشخاص": "شخص", "اعضا": "عضو", "اعضاء": "عضو",
          "وزرا": "وزیر", "وزراء": "وزیر", "ملل": "ملت", "دول": "دولت", "اسرا": "اسیر",
          "قربانیان": "قربانی", "مجروحان": "مجروح", "نمایندگان": "نماینده"}
# The plural endings, the ezafe and the indefinite "ی" after them ("کشورهای", "نامزدهایی").
ENDINGS = ("هایی", "های", "ها", "یان", "گان", "ان", "ات", "ای", "ی")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: its letters as Persian writes them, without its marks,
    its plural and its ezafe; a counted broken plural as its singular ("آرای" is رای)."""
    word = MARKS.sub("", word.lower().replace("\u2019", "'")).translate(LETTERS)
    if word in BROKEN:
        return BROKEN[word]
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            bare = word[:-len(ending)]
            return BROKEN.get(bare, bare)
    return BROKEN.get(word, word)
