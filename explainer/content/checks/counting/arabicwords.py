"""Arabic's numbers in words, and the stems of its words, for the Arabic Counting.

A number in words takes the gender opposite to its noun's, and its case: "ثلاث دول" and
"ثلاثة أيام", "اثنا عشر" and "اثني عشر", "عشرون" and "عشرين". Units join a ten with "و":
"خمس وعشرون". Many writers leave a hamza off its alif ("اربع", "احدى"): every form is read
with it and without. One ("واحد", "أحد") is "a single" or "one of" as often, and counts
nothing alone.

A word is read without its vowel marks and its tatweel ("يوماً" as يوم), its article and the
letters joined before it ("والسفن" as سفن), and the endings of its case, its dual and its sound
plural ("دولتين", "ساعات"); the broken plurals newsrooms count most are their singulars ("أيام"
as يوم, "سفن" as سفينة), so that a level written after 3 to 10 ("6 أيام") meets one written
after 11 ("12 يوماً").
"""

from __future__ import annotations

import functools
import re

UNITS = {3: ("ثلاث", "ثلاثة"), 4: ("أربع", "أربعة"), 5: ("خمس", "خمسة"), 6: ("ست", "ستة"),
         7: ("سبع", "سبعة"), 8: ("ثمان", "ثماني", "ثمانية"), 9: ("تسع", "تسعة")}
TWO = ("اثنان", "اثنين", "اثنتان", "اثنتين")
TENS = {10: ("عشر", "عشرة"), 20: ("عشرون", "عشرين"), 30: ("ثلاثون", "ثلاثين"),
        40: ("أربعون", "أربعين"), 50: ("خمسون", "خمسين"), 60: ("ستون", "ستين"),
        70: ("سبعون", "سبعين"), 80: ("ثمانون", "ثمانين"), 90: ("تسعون", "تسعين")}
# The units before a ten joined by "و": one and two too ("واحد وعشرون", "اثنتان وثلاثون").
JOINED_UNITS = {1: ("واحد", "واحدة", "إحدى", "أحد"), 2: TWO, **UNITS}
TEENS = {11: ("أحد-عشر", "إحدى-عشرة"),
         12: ("اثنا-عشر", "اثني-عشر", "اثنتا-عشرة", "اثنتي-عشرة")}
HUNDREDS = ("مئة", "مائة")
ALIFS = str.maketrans("أإآ", "ااا")
MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")  # the tatweel and the vowel marks


def spellings(word: str) -> set[str]:
    """Return a word as written with its hamzas and without them ("أربع", "اربع")."""
    return {word, word.translate(ALIFS)}


def number_words() -> dict[str, int]:
    """Return the numbers in words from two to ten thousand, their parts joined by '-', in
    every gender and case: "خمس", "خمسة", "خمس-عشرة" (15), "خمس-وعشرون" (25), "ثلاثمئة",
    "ثلاثة-آلاف"."""
    found: dict[str, int] = {two: 2 for two in TWO}
    for n, forms in {**UNITS, **TENS}.items():
        found |= dict.fromkeys(forms, n)
    for n, forms in UNITS.items():
        found |= {f"{unit}-{ten}": 10 + n for unit in forms for ten in TENS[10]}
    found |= {form: n for n, forms in TEENS.items() for form in forms}
    for ten, tens in TENS.items():
        if ten > 10:
            found |= {f"{unit}-و{word}": ten + n for n, units in JOINED_UNITS.items()
                      for unit in units for word in tens}
    found |= dict.fromkeys(HUNDREDS, 100) | dict.fromkeys(
        ("مئتان", "مئتين", "مائتان", "مائتين"), 200)
    for n, forms in UNITS.items():
        found |= {f"{forms[0]}{hundred}": 100 * n for hundred in HUNDREDS}
        found |= {f"{forms[0]}-{hundred}": 100 * n for hundred in HUNDREDS}
        found |= {f"{unit}-آلاف": 1000 * n for unit in forms}
    found |= {"ألف": 1000, "ألفان": 2000, "ألفين": 2000, "عشرة-آلاف": 10_000}
    return {spelling: n for word, n in found.items() for spelling in spellings(word)}


NUMBER_WORDS = number_words()
# One counts nothing alone; nor does a thousand, which the scale of a number in figures is.
COUNTING_WORDS = {word: n for word, n in NUMBER_WORDS.items() if n > 1 and n != 1000}
# What a number in words may go on from: a unit before "عشر" ("خمس عشرة"), a hundred.
CONTINUED = sorted({form for forms in JOINED_UNITS.values() for unit in forms
                    for form in spellings(unit)} | set(HUNDREDS))

# The broken plurals a newsroom counts most, by their singulars, as stem() leaves them.
BROKEN = {"ايام": "يوم", "سفن": "سفينة", "اشهر": "شهر", "شهور": "شهر", "اعوام": "عام",
          "سنين": "سنة", "امتار": "متر", "اشخاص": "شخص", "اطفال": "طفل", "جنود": "جندي",
          "قتلي": "قتيل", "جرحي": "جريح", "نواب": "نائب", "مقاعد": "مقعد", "اصوات": "صوت",
          "منازل": "منزل", "بيوت": "بيت", "مباني": "مبني", "دول": "دولة", "بلاد": "بلد",
          "ناقلات": "ناقلة", "قوارب": "قارب", "طائرات": "طائرة", "رجال": "رجل", "نساء": "امراة",
          "اسابيع": "اسبوع", "دقائق": "دقيقة", "ساعات": "ساعة", "اميال": "ميل", "اطنان": "طن",
          "اسر": "اسرة", "عمال": "عامل", "وزراء": "وزير", "مدن": "مدينة", "قري": "قرية"}
# The article, and the letters joined before it ("وال", "بال", "لل"); a single letter joined to
# a word ("و", "ف") only before four letters at least, so that "بلد" and "ولد" stay whole.
ARTICLES = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال")
ENDINGS = ("تين", "تان", "ات", "ون", "ين", "ان", "ة", "ا")
# A one-letter preposition joined to a word without the article ("بتكلفة", "لخطة", "كدولة"),
# perhaps after "و" or "ف" ("وبتكلفة"). As many words open with these letters as their own
# ("بلد", "لبنان", "كبير"), so a stem that opens with one keeps it, and holds the stem without
# it as a part (see parts()): it meets a word written without the letter, as "بتكلفة" meets
# "التكلفة", and "بلد" stays a country.
PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "ب", "ل", "ك")


# A hamza that ends a word sits on the letter its vowels ask for, or on none: the verb "بدأ"
# (began) and its noun "بدء" (the start), "تباطأ" and "تباطؤ", "شاطئ"; each is one letter.
SEATED_HAMZAS = "أإؤئ"


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: its marks, its article, its joined letters, its case and
    number endings left off, a counted broken plural as its singular ("أياماً" is not "6 أيام"
    but "يوم")."""
    word = MARKS.sub("", word.lower().replace("\u2019", "'"))
    if word[-1:] in SEATED_HAMZAS:  # "بدأ" (began) and "بدء" (start): one final hamza
        word = word[:-1] + "ء"
    word = word.translate(ALIFS).replace("ى", "ي")
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article):]
            break
    else:
        if word[:1] in "وف" and len(word) >= 5:
            word = word[1:]
    word = BROKEN.get(word, word)
    # The feminine ending of a word of three letters too: "خطة" meets the "لخطة" of a label.
    ending = next((e for e in ENDINGS if word.endswith(e) and (len(word) - len(e) >= 3
                                                               or e == "ة" and len(word) == 3)),
                  "")
    return word[:len(word) - len(ending)]


def parts(word: str) -> tuple[str, ...]:
    """Return the stem a stem holds without a one-letter preposition joined before it ("لخط"
    holds "خط", "بتكلف" "تكلف"), so that it meets the word written alone; none for a stem too
    short to be one and two letters more ("بلد" holds none)."""
    return tuple(stem(word[len(letters):]) for letters in PROCLITICS
                 if word.startswith(letters) and len(word) - len(letters) >= 2)[:1]
