"""Latin letters for Greek, Cyrillic, Armenian and Georgian words as their readers write them:
Greek by ELOT 743, the standard of Greece's passports and road signs (Αυγούστου gives
Avgoustou, not Aygoystoy), Serbian Cyrillic by Serbian's own Latin alphabet (Лозница gives
Loznica, not Loznitsa), and the words of other languages by their own standards, in
romantables.py (Ukrainian Київ gives Kyiv, not Kiiv). What is left is spelt by anyascii,
letter for letter, in latin.py."""

from __future__ import annotations

import re
import unicodedata

from .romantables import spell_national

# ELOT 743: αυ, ευ and ηυ are av, ev and iv before a vowel or a voiced consonant, af, ef and if
# before a voiceless one or at a word's end; ου is ou; μπ at a word's start is b, and mp
# within it, after an accented vowel too (Τέμπη gives Tempi); γ before γ, ξ or χ is n (Άγγελος
# gives Angelos). A diaeresis parts the two vowels (Ευρωπαϊκή, προϋπόθεση),
# and so does a tonos on the first (άυλος).
VOWEL_Y = re.compile(r"([αεηΑΕΗ])([υΥ])(?!\u0301?\u0308)(?=\u0301?([^\W\d_]?))")
VOICED = set("αεηιουωβγδζλμνρ")
OU = re.compile(r"([οΟ])([υΥ])(?!\u0301?\u0308)")
# A text is decomposed: the accent of the letter before is a combining mark, not a letter.
MP = re.compile(r"(?<![^\W\d_])(?<![\u0300-\u036f])([μΜ])[πΠ]")
GAMMA = re.compile(r"[γΓ](?=[γξχΓΞΧ])")
GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
SERBIAN_LATIN = str.maketrans({
    **dict(zip("абвгдежзијклмнопрстћуфхцчш", "abvgdežzijklmnoprstćufhcčš", strict=True)),
    **dict(zip("АБВГДЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", "ABVGDEŽZIJKLMNOPRSTĆUFHCČŠ", strict=True)),
    "ђ": "dj", "Ђ": "Dj", "љ": "lj", "Љ": "Lj", "њ": "nj", "Њ": "Nj", "џ": "dž", "Џ": "Dž"})
# The languages that write Serbo-Croatian in Cyrillic: Serbian, Bosnian, Montenegrin.
SERBIAN = ("sr", "bs", "cnr")


def spell(text: str, language: str) -> str:
    """Return a text with its Greek words spelt as ELOT 743 spells them, its Cyrillic ones as
    the text's language spells them if it has a romanisation of its own (Serbian in Serbian
    Latin letters), and its Armenian and Georgian ones by their standards; other letters as
    they are."""
    if GREEK.search(text):
        text = unicodedata.normalize("NFC", greek(unicodedata.normalize("NFD", text)))
    subtag = re.split(r"[-_]", language.lower(), maxsplit=1)[0]
    if subtag in SERBIAN:
        text = text.translate(SERBIAN_LATIN)
    return spell_national(text, subtag)


def greek(text: str) -> str:
    """Spell a decomposed Greek text's pairs of letters that ELOT 743 spells otherwise than
    letter by letter, in Latin letters of the case of the Greek."""
    text = VOWEL_Y.sub(lambda pair: pair[1] + cased(
        "v" if pair[3].lower() in VOICED else "f", pair[2]), text)
    text = OU.sub(lambda pair: pair[1] + cased("u", pair[2]), text)
    text = MP.sub(lambda pair: cased("b", pair[1]), text)
    return GAMMA.sub(lambda gamma: cased("n", gamma[0]), text)


def cased(letter: str, like: str) -> str:
    """Return a Latin letter in the case of the Greek one it stands for."""
    return letter.upper() if like.isupper() else letter
