"""Words of India's Brahmic scripts in Latin letters, as their readers spell them: Devanagari
(Hindi, Marathi, Nepali), Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada and
Malayalam. राहत gives rahat, ગુજરાત gujarat, ಕರ್ನಾಟಕ karnataka, தமிழ்நாடு tamilnadu.

A consonant says the vowel a unless a vowel sign or a virama follows it. The Indo-Aryan
languages leave that a unsaid at a word's end, and Hindi, Marathi, Nepali, Punjabi and
Bengali also between two single consonants each beside a spoken vowel (schwa deletion, after
a long vowel first, then from the word's end back: समझना is samajhna, शेतकरी shetkari); the
Dravidian ones say it (తెలంగాణ telangana). Long vowels are written as short ones, as the
words are commonly spelt (रही gives rahi); an anusvara is m before p, b or m, else n (संबंध
sambandh, पहुंच pahunch); a letter with a nukta is the sound it stands for (ज़मीन zamin).
What each language does otherwise is in brahmicrules.py."""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

from .brahmicrules import ADDAK, BEARER, FIRST, LAST, VOWELLESS, Rules, devanagari_twin, rules_for

# A word: the letters and signs of the scripts, and the joiners that choose a letter's form,
# but not their digits (anyascii writes those) or their dandas (left out before).
WORD = re.compile("(?:[{}]|\u200c|\u200d)+".format("".join(
    chr(code) for code in range(FIRST, LAST + 1)
    if unicodedata.category(chr(code))[0] in "LM")))
# The consonants; one with a nukta comes here as two characters (latin.py decomposes the text
# first), and WITH_NUKTA spells it.
CONSONANTS = dict(zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलळवशषसहऩऱऴ",
                      "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l l v "
                      "sh sh s h n r l".split(), strict=True))
WITH_NUKTA = dict(zip("कखगजडढफयसल", "q kh gh z r rh f y sh l".split(), strict=True))
VOWELS = dict(zip("अआइईउऊऋॠऌएऐओऔऑऍऎऒॲ", "a a i i u u ri ri li e ai o au o e e o a".split(),
                  strict=True))
VOWEL_SIGNS = dict(zip("ािीुूृॄेैोौॉॅॆॊ", "a i i u u ri ri e ai o au o e e o".split(),
                       strict=True))
SHORT = "अइउऋऌिुृ"
VIRAMA, NUKTA, ANUSVARA, CHANDRABINDU, VISARGA = "\u094d\u093c\u0902\u0901\u0903"
INHERENT = "a"
# A last consonant after another keeps its a when it is r, y or v (मित्र mitra, राष्ट्र
# rashtra, वाक्य vakya), and so does y after i (भारतीय bhartiya).
KEEP_LAST = "रयव"
LABIALS = "पफबभम"
NASALS = "ङञणनमऩ"


class Syllable:
    """Letters and their vowel: `onset` the consonants (each with its nukta, if any), `vowel`
    None after a virama or once left unsaid, `inherent` when no sign gave another, `long` when
    a long one did; `nasal` an anusvara or a chandrabindu, `coda` a visarga's h; `joining`
    when a virama ends it, and the next consonant joins its cluster."""
    __slots__ = ("onset", "vowel", "inherent", "long", "nasal", "coda", "joining")

    def __init__(self, onset: list[str], vowel: str | None = INHERENT, inherent: bool = True,
                 coda: str = "") -> None:
        self.onset, self.vowel, self.inherent, self.coda = onset, vowel, inherent, coda
        self.long = self.joining = False
        self.nasal = ""


def spell(text: str, language: str = "") -> str:
    """Return a text with each word of a Brahmic script written in Latin letters, as the
    language (a tag such as ta) says it if the word is in its script."""
    return WORD.sub(lambda word: spell_word(word[0], language), text)


@functools.lru_cache(maxsize=4096)  # a site's tags and headings repeat their words
def spell_word(word: str, language: str = "") -> str:
    """Return one word of a Brahmic script in Latin letters."""
    block = next((ord(char) & ~0x7F for char in word if FIRST <= ord(char) <= LAST), FIRST)
    rules = rules_for(block, language)
    syllables = read_syllables(word)
    leave_unsaid(syllables, rules)
    return "".join(written(syllables, rules))


def read_syllables(word: str) -> list[Syllable]:
    """Return the syllables of a word, letter by letter, with their vowels as written."""
    found: list[Syllable] = []
    previous = ""
    for original in word:
        char = devanagari_twin(original)
        last = found[-1] if found else Syllable([], None, False)
        if char in CONSONANTS and last.joining:
            last.onset.append(char)
            last.vowel, last.inherent, last.joining = INHERENT, True, False
        elif char in CONSONANTS:
            found.append(Syllable([char, char] if previous == ADDAK else [char]))
        elif char == NUKTA and last.onset:
            last.onset[-1] += char
        elif char in VOWEL_SIGNS and last.inherent:
            last.vowel, last.inherent, last.long = VOWEL_SIGNS[char], False, char not in SHORT
        elif char == VIRAMA and last.inherent:
            last.vowel, last.inherent, last.joining = None, False, True
        elif char in (ANUSVARA, CHANDRABINDU) and found:
            last.nasal = char
        elif char == VISARGA and found:
            last.coda += "h"
        else:
            found.extend(other_syllable(original, char))
        previous = char
    return found


def other_syllable(original: str, char: str) -> list[Syllable]:
    """Return the syllable a vowel letter, a letter that says no vowel, a vowel bearer or a
    letter of another language starts (none for a joiner, or a Gurmukhi addak: the consonant
    after it is said twice)."""
    if original in VOWELLESS:
        return [Syllable([VOWELLESS[original]], None, False)]
    if char == BEARER:
        return [Syllable([])]
    if char in VOWELS or char in VOWEL_SIGNS:
        syllable = Syllable([], (VOWELS | VOWEL_SIGNS)[char], False)
        syllable.long = char not in SHORT
        return [syllable]
    if char in "\u200c\u200d" or char == ADDAK:
        return []
    return [Syllable([], None, False, coda=anyascii(original))]  # a Vedic sign, say


def leave_unsaid(syllables: list[Syllable], rules: Rules) -> None:
    """Leave out the a that the language does not say: a word's last (but a one-syllable
    word's, and one after a cluster ending in r, y or v), then one between a spoken vowel and
    a consonant, and a consonant and a spoken vowel (V C a C V): after a long vowel first,
    then from the word's end back."""
    if not rules.drops:
        return
    if len(syllables) > 1 and says_unsaid_last(syllables[-1], syllables[-2], rules):
        syllables[-1].vowel = None
    if rules.drops != "all":
        return
    triples = list(zip(syllables, syllables[1:], syllables[2:], strict=False))
    for after_long in (True, False):
        for before, this, after in reversed(triples):
            if unsaid_between(before, this, after) and (before.long or not after_long):
                this.vowel = None


def unsaid_between(before: Syllable, this: Syllable, after: Syllable) -> bool:
    """Tell whether a syllable's a is left unsaid between the two beside it."""
    return bool(this.inherent and this.vowel and len(this.onset) == 1 and not this.nasal
                and not this.coda and before.vowel and not before.nasal and not before.coda
                and len(after.onset) == 1 and after.vowel)


def says_unsaid_last(last: Syllable, before: Syllable, rules: Rules) -> bool:
    """Tell whether a word's last syllable is a consonant whose a is left unsaid."""
    if not last.inherent or not last.onset or last.nasal or last.coda:
        return False
    if rules.keeps_after_cluster and len(last.onset) > 1:
        return False
    if last.onset[-1] == "य" and before.vowel == "i" and not before.nasal:
        return False
    return not (len(last.onset) > 1 and last.onset[-1] in KEEP_LAST)


def written(syllables: list[Syllable], rules: Rules) -> list[str]:
    """Return each syllable in Latin letters, an anusvara as the language says it."""
    parts = []
    for index, syllable in enumerate(syllables):
        before = syllables[index - 1] if index else None
        between = bool(before and before.vowel and not before.nasal and not before.coda
                       and len(syllable.onset) == 1 and syllable.vowel)
        following = syllables[index + 1].onset[:1] if index + 1 < len(syllables) else []
        parts.append(onset_latin(syllable.onset, rules, between) + (syllable.vowel or "")
                     + nasal(syllable.nasal, following, rules) + syllable.coda)
    return parts


def nasal(sign: str, following: list[str], rules: Rules) -> str:
    """Return an anusvara or a chandrabindu in Latin letters, as the next consonant has it."""
    if not sign:
        return ""
    if sign == ANUSVARA and rules.anusvara:
        return rules.anusvara
    if not following:
        return rules.at_end if sign == ANUSVARA else "n"
    return "m" if following[0][0] in LABIALS else "n"


def onset_latin(onset: list[str], rules: Rules, between: bool) -> str:
    """Return a syllable's consonants in Latin letters, as their place has them said."""
    parts = []
    for index, letter in enumerate(onset):
        after = onset[index + 1] if index + 1 < len(onset) else None
        if rules.once and after == letter and (len(latin(letter)) > 1 or letter in rules.doubled):
            continue  # the next writes both
        parts.append(sound(letter, onset[index - 1] if index else "", between and not index,
                           rules))
    spelt = "".join(parts)
    if "जञ" in "".join(onset):  # ज्ञ, as the language says it: Hindi ज्ञान gyan
        spelt = spelt.replace("jn", rules.jnya)
    return spelt


def sound(letter: str, before: str, between: bool, rules: Rules) -> str:
    """Return a consonant in Latin letters, as the language says it after the letter before
    it in its cluster (none for the first), alone between two vowels or not."""
    if before == letter and letter in rules.doubled:
        return rules.doubled[letter]
    if before and before[0] in NASALS and letter in rules.after_nasal:
        return rules.after_nasal[letter]
    if between and letter in rules.between:
        return rules.between[letter]
    if not before and letter in rules.initial:
        return rules.initial[letter]
    return rules.letters.get(letter) or latin(letter)


def latin(letter: str) -> str:
    """Return a consonant in Latin letters, a nukta giving the sound it stands for."""
    if letter.endswith(NUKTA):
        return WITH_NUKTA.get(letter[0]) or CONSONANTS.get(letter[0], "")
    return CONSONANTS[letter]
