"""Latin letters for Korean words as the Revised Romanization of Korean (2000), South Korea's
standard for its road signs, passports and place names, spells them: by their sounds, not
letter for letter (한국 gives hanguk, not hangug; 국회 gukhoe, 해제됐나 haejedwaenna)."""

from __future__ import annotations

import re

HANGUL = re.compile("[\uac00-\ud7a3]+")
# A syllable's three parts, in Unicode's order: 19 initials, 21 vowels, 28 finals (the first
# none). The initial ㅇ is silent.
INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
            "k", "t", "p", "h")
VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
          "wo", "we", "wi", "yu", "eu", "ui", "i")
SILENT, NIEUN, DIGEUT, RIEUL, MIEUM, JIEUT, HIEUT, VOWEL_I = 11, 2, 3, 5, 6, 12, 18, 20
# How a final sounds at a word's end or before a consonant: one of seven sounds.
CLOSED = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
          "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")
# Before a vowel, a final is said as the next syllable's initial, a pair's second letter
# alone (닭이 dalgi): what stays, and what moves on. ㅎ is not said there (좋아 joa).
CARRIED = (("", ""), ("", "g"), ("", "kk"), ("k", "s"), ("", "n"), ("n", "j"), ("n", ""),
           ("", "d"), ("", "r"), ("l", "g"), ("l", "m"), ("l", "b"), ("l", "s"), ("l", "t"),
           ("l", "p"), ("", "r"), ("", "m"), ("", "b"), ("p", "s"), ("", "s"), ("", "ss"),
           ("ng", ""), ("", "j"), ("", "ch"), ("", "k"), ("", "t"), ("", "p"), ("", ""))
# ㄷ and ㅌ before 이 are said ji and chi (굳이 guji, 같이 gachi).
PALATAL = {7: ("", "j"), 25: ("", "ch"), 13: ("l", "ch")}
# A final with ㅎ in it makes ㄱ, ㄷ and ㅈ after it aspirated (좋고 joko, 많다 manta).
WITH_H = {27: "", 6: "n", 15: "l"}
ASPIRATED = {0: "k", DIGEUT: "t", JIEUT: "ch"}
NASAL = {"k": "ng", "t": "n", "p": "m"}


def spell(text: str) -> str:
    """Return a text with its Korean words in Latin letters, as the Revised Romanization
    spells them; other letters as they are."""
    return HANGUL.sub(lambda word: spell_word(word[0]), text)


def spell_word(word: str) -> str:
    """Return a word of Hangul syllables in Latin letters, each final said as the next
    syllable's initial lets it be."""
    parts = [divmod(ord(char) - 0xAC00, 28) for char in word]
    syllables = [(whole // 21, whole % 21, final) for whole, final in parts]
    spelt = []
    for at, (initial, vowel, final) in enumerate(syllables):
        if at == 0:
            spelt.append(INITIALS[initial])
        spelt.append(VOWELS[vowel])
        if at + 1 < len(syllables):
            spelt.append(joined(final, *syllables[at + 1][:2]))
        else:
            spelt.append(CLOSED[final])
    return "".join(spelt)


def joined(final: int, initial: int, vowel: int) -> str:
    """Return how a syllable's final and the next one's initial are said together: carried
    over before a vowel, nasal before ㄴ and ㅁ (국물 gungmul), ㄹ doubled (신라 silla)."""
    if initial == SILENT:
        stays, moves = PALATAL.get(final, CARRIED[final]) if vowel == VOWEL_I \
            else CARRIED[final]
        return stays + moves
    if final in WITH_H and initial in ASPIRATED:
        return WITH_H[final] + ASPIRATED[initial]
    sound, onset = CLOSED[final], INITIALS[initial]
    if final in WITH_H and initial == NIEUN:
        return (WITH_H[final] or "n") + ("l" if final == 15 else "n")
    if initial == RIEUL:
        return {"l": "ll", "n": "ll", "": "r"}.get(sound, NASAL.get(sound, sound) + "n")
    if sound == "l" and initial == NIEUN:
        return "ll"
    if initial in (NIEUN, MIEUM):
        return NASAL.get(sound, sound) + onset
    return sound + onset
