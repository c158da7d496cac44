"""How each language of India's Brahmic scripts says its letters, for brahmic.py: which a it
leaves unsaid, how it says an anusvara, and the letters it spells otherwise than Hindi.

Letters are named by their Devanagari twins: each script's block of Unicode is laid out as
Devanagari's (ISCII's layout), the same offset in the block holding the same letter."""

from __future__ import annotations

from typing import NamedTuple


class Rules(NamedTuple):
    """A language's way with the letters: `drops` the a it leaves unsaid ("" none, "end" a
    word's last, "all" that and those between single consonants); `keeps_after_cluster` a
    last a after two consonants (Nepali भूकम्प bhukampa); `anusvara` how it is said ("" as the
    next consonant has it); `at_end` a word's last anusvara; the letters it spells otherwise:
    `letters` anywhere, `initial` first in a cluster, `between` alone between vowels,
    `after_nasal` after a nasal, `doubled` twice in a row; `once` a doubled letter of two
    Latin ones written once (Malayalam കൊച്ചി kochi); `jnya` the conjunct ज्ञ (Hindi ज्ञान gyan,
    Marathi ज्ञानेश्वर dnyaneshwar, Gujarati જ્ઞાન gnan)."""

    drops: str = "all"
    keeps_after_cluster: bool = False
    anusvara: str = ""
    at_end: str = "n"
    letters: dict[str, str] = {}
    initial: dict[str, str] = {}
    between: dict[str, str] = {}
    after_nasal: dict[str, str] = {}
    doubled: dict[str, str] = {}
    once: bool = False
    jnya: str = "gy"


HINDI = Rules()
# Bengali and Odia say य as j (যুদ্ধ juddha, but বন্যা banya after a consonant), and a last a
# after two consonants, as Nepali does (ভূমিকম্প bhumikampa); Odia's ଡ଼ is d (ଓଡ଼ିଶା odisha).
BENGALI = Rules(keeps_after_cluster=True, anusvara="ng", letters={"व": "w"},
                initial={"य": "j"})
ODIA = BENGALI._replace(drops="end", anusvara="", letters={"ड़": "d", "ढ़": "dh", "व": "w"})
DRAVIDIAN = Rules(drops="", at_end="m")
# Tamil has one letter for k and g, ch, s and j, t and d, p and b: their sounds hang on
# their place, as the usual romanisation writes them (தமிழ்நாடு tamilnadu, தங்கம் thangam,
# என்று endru, வெற்றி vetri).
TAMIL = DRAVIDIAN._replace(
    letters={"ऴ": "l", "त": "th"}, initial={"च": "s", "त": "t"},
    between={"क": "g", "च": "s", "ट": "d", "त": "th"},
    after_nasal={"क": "g", "च": "j", "ट": "d", "त": "d", "प": "b", "ऱ": "dr"},
    doubled={"ऱ": "tr", "च": "ch", "त": "th"}, once=True)
MALAYALAM = DRAVIDIAN._replace(
    letters={"ऴ": "zh", "त": "th", "थ": "th"}, between={"ट": "d"},
    after_nasal={"ट": "d", "प": "b", "ऱ": "t"}, doubled={"ऱ": "tt", "ङ": "ng"}, once=True)

RULES = {
    "hi": HINDI, "mr": HINDI._replace(jnya="dny"), "ne": HINDI._replace(keeps_after_cluster=True),
    "bn": BENGALI, "as": BENGALI, "pa": Rules(once=True), "gu": Rules(drops="end", jnya="gn"),
    "or": ODIA, "ta": TAMIL, "te": DRAVIDIAN, "kn": DRAVIDIAN, "ml": MALAYALAM,
}
# The languages of each script's block, the first the one whose rules a word of another
# language's text follows (a Tamil tag on an English explainer).
SCRIPTS = {0x0900: ("hi", "mr", "ne"), 0x0980: ("bn", "as"), 0x0A00: ("pa",),
           0x0A80: ("gu",), 0x0B00: ("or",), 0x0B80: ("ta",), 0x0C00: ("te",),
           0x0C80: ("kn",), 0x0D00: ("ml",)}
FIRST, LAST = 0x0900, 0x0D7F


def rules_for(block: int, language: str) -> Rules:
    """Return the rules of a language for a word of a script's block: the language's own if
    it is written in that script, else those of the script's most common language."""
    own = language.lower().partition("-")[0]
    languages = SCRIPTS[block]
    return RULES[own if own in languages else languages[0]]


# Letters whose offset in their block is not their Devanagari twin's: the Gurmukhi tippi (an
# anusvara) and addak (the next consonant said twice), the vowel bearers ੲ and ੳ, Assamese
# ৰ and ৱ, Odia ୱ, Malayalam's au sign.
ADDAK, BEARER = "\u0a71", "\u0a72"
SAME_AS = {"\u0a70": "\u0902", "\u0a71": ADDAK, "\u0a72": BEARER, "\u0a73": BEARER,
           "\u09f0": "र", "\u09f1": "व", "\u0b71": "व", "\u0d57": "ौ"}
# Consonants that say no vowel: the Bengali khanda ta, Malayalam's chillus and dot reph.
VOWELLESS = dict(zip("\u09ce\u0d4e\u0d54\u0d55\u0d56\u0d7a\u0d7b\u0d7c\u0d7d\u0d7e\u0d7f",
                     "तरमयऴणनरलळक", strict=True))


def devanagari_twin(char: str) -> str:
    """Return the Devanagari letter or sign that a letter of another Brahmic script is."""
    code = ord(char)
    if char in SAME_AS or not FIRST <= code <= LAST:
        return SAME_AS.get(char, char)
    return chr(FIRST + (code & 0x7F))
