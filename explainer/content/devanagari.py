"""Devanagari words (Hindi, Marathi, Nepali) in Latin letters, as their readers spell them:
राहत gives rahat, आपदा apda, प्रबंधन prabandhan, महाराष्ट्र maharashtra.

A consonant says the vowel a unless a vowel sign or a virama follows it; Hindi leaves that a
unsaid at a word's end and between two single consonants each beside a spoken vowel (Hindi's
schwa deletion, read from a word's end back: समझना is samajhna, कमला kamla). Long vowels are
written as short ones, as the words are commonly spelt (रही gives rahi); an anusvara is m
before p, b or m, else n (संबंध sambandh, पहुंच pahunch); a letter with a nukta is the sound
it stands for (ज़मीन zamin, गढ़ garh)."""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

# A word: the letters and signs of the script, and the joiners that choose a letter's form,
# but not its digits (anyascii writes those) or its dandas (punctuation, left out before).
WORD = re.compile("[\u0900-\u0963\u0970-\u097f\u200c\u200d]+")
CONSONANTS = {
    **dict(zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलळवशषसहऩऱऴ",
               "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l l v sh sh s h "
               "n r l".split(), strict=True)),
    # The letters with a nukta as one character, which NFC writes as two.
    **dict(zip("\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f",
               "q kh gh z r rh f y".split(), strict=True)),
}
WITH_NUKTA = dict(zip("कखगजडढफय", "q kh gh z r rh f y".split(), strict=True))
VOWELS = dict(zip("अआइईउऊऋॠऌएऐओऔऑऍऎऒॲ", "a a i i u u ri ri li e ai o au o e e o a".split(),
                  strict=True))
VOWEL_SIGNS = dict(zip("ािीुूृॄेैोौॉॅॆॊ", "a i i u u ri ri e ai o au o e e o".split(),
                       strict=True))
VIRAMA, NUKTA, ANUSVARA, CHANDRABINDU, VISARGA = "\u094d\u093c\u0902\u0901\u0903"
INHERENT = "a"
# A last consonant after another keeps its a when it is r, y or v (मित्र mitra, राष्ट्र
# rashtra, वाक्य vakya), and so does y after i (भारतीय bhartiya).
KEEP_LAST = "रयव"
LABIALS = "पफबभम"


class Syllable:
    """Letters and their vowel: `onset` the consonants (each with its nukta, if any), `vowel`
    None after a virama or once left unsaid, `inherent` when no sign gave another; `nasal`
    an anusvara or a chandrabindu, `coda` a visarga's h; `joining` when a virama ends it, and
    the next consonant joins its cluster."""
    __slots__ = ("onset", "vowel", "inherent", "nasal", "coda", "joining")

    def __init__(self, onset: list[str], vowel: str | None = INHERENT, inherent: bool = True,
                 coda: str = "") -> None:
        self.onset, self.vowel, self.inherent, self.coda = onset, vowel, inherent, coda
        self.nasal = self.joining = False


def spell(text: str) -> str:
    """Return a text with each Devanagari word written in Latin letters."""
    return WORD.sub(lambda word: spell_word(word[0]), text)


@functools.lru_cache(maxsize=4096)  # a site's tags and headings repeat their words
def spell_word(word: str) -> str:
    """Return one Devanagari word in Latin letters."""
    syllables = read_syllables(word)
    leave_unsaid(syllables)
    return "".join(written(syllables))


def read_syllables(word: str) -> list[Syllable]:
    """Return the syllables of a word, letter by letter, with their vowels as written."""
    found: list[Syllable] = []
    for char in word:
        last = found[-1] if found else Syllable([], None, False)
        if char in CONSONANTS and last.joining:
            last.onset.append(char)
            last.vowel, last.inherent, last.joining = INHERENT, True, False
        elif char in CONSONANTS:
            found.append(Syllable([char]))
        elif char == NUKTA and last.onset:
            last.onset[-1] += char
        elif char in VOWEL_SIGNS and last.inherent:
            last.vowel, last.inherent = VOWEL_SIGNS[char], False
        elif char == VIRAMA and last.inherent:
            last.vowel, last.inherent, last.joining = None, False, True
        elif char in (ANUSVARA, CHANDRABINDU) and found:
            last.nasal = True
        elif char == VISARGA and found:
            last.coda += "h"
        elif char in VOWELS or char in VOWEL_SIGNS:
            found.append(Syllable([], (VOWELS | VOWEL_SIGNS)[char], False))
        elif char not in "\u200c\u200d":  # a letter of another language, a Vedic sign
            found.append(Syllable([], None, False, coda=anyascii(char)))
    return found


def leave_unsaid(syllables: list[Syllable]) -> None:
    """Leave out the a that Hindi does not say: a word's last (but a one-syllable word's, and
    one after a cluster ending in r, y or v), then, from the word's end back, one between a
    spoken vowel and a consonant, and a consonant and a spoken vowel (V C a C V)."""
    if len(syllables) > 1 and says_unsaid_last(syllables[-1], syllables[-2]):
        syllables[-1].vowel = None
    for before, this, after in reversed(list(zip(syllables, syllables[1:], syllables[2:],
                                                     strict=False))):
        if (this.inherent and this.vowel and len(this.onset) == 1 and not this.nasal
                and not this.coda and before.vowel and not before.nasal and not before.coda
                and len(after.onset) == 1 and after.vowel):
            this.vowel = None


def says_unsaid_last(last: Syllable, before: Syllable) -> bool:
    """Tell whether a word's last syllable is a consonant whose a Hindi leaves unsaid."""
    if not last.inherent or not last.onset or last.nasal or last.coda:
        return False
    kept = len(last.onset) > 1 or before.vowel == "i" and not before.nasal
    return not (kept and last.onset[-1] in KEEP_LAST)


def written(syllables: list[Syllable]) -> list[str]:
    """Return each syllable in Latin letters, an anusvara as the next consonant has it."""
    parts = []
    for index, syllable in enumerate(syllables):
        onset = "".join(map(latin, syllable.onset))
        if "जञ" in "".join(syllable.onset):  # ज्ञ, as Hindi says it: ज्ञान gyan
            onset = onset.replace("jn", "gy")
        nasal = ""
        if syllable.nasal:
            following = syllables[index + 1].onset[:1] if index + 1 < len(syllables) else []
            nasal = "m" if following and following[0][0] in LABIALS else "n"
        parts.append(onset + (syllable.vowel or "") + nasal + syllable.coda)
    return parts


def latin(letter: str) -> str:
    """Return a consonant in Latin letters, a nukta giving the sound it stands for."""
    if letter.endswith(NUKTA):
        return WITH_NUKTA.get(letter[0]) or CONSONANTS.get(letter[0], "")
    return CONSONANTS[letter]
