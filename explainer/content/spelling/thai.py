"""Latin letters for Thai words as the Royal Thai General System of Transcription (RTGS),
Thailand's standard for its road signs and place names, spells them: by their sounds, syllable
by syllable, not letter for letter (ประเทศไทย gives prathetthai, not praethsaithy; ทำไม
thammai). Thai writes no space between words and leaves some vowels unwritten: a consonant
without a vowel of its own is read as the reading rules read it, an o before a final
(คน khon), else an a (สภา sapha); words whose unwritten vowels only a dictionary knows
(นายก nayok) are spelt as those rules read them."""

from __future__ import annotations

import re

THAI = re.compile("[\u0e01-\u0e4e]+")
# A consonant's sound at a syllable's start, and at its end (RTGS writes eight final sounds).
INITIAL = dict(zip("กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ", (
    "k kh kh kh kh kh ng ch ch ch s ch y d t th th th n d t th th th n b p ph f ph f ph m y "
    "r l w s s s h l - h").split(), strict=True))
FINAL = dict(zip("กขคฆงจชซฌญฎฏฐฑฒณดตถทธนบปพฟภมรลฬศษส", (
    "k k k k ng t t t t n t t t t t n t t t t t n p p p p p m n n n t t t").split(),
    strict=True))
# ฤ and ฦ are said rue and lue, with ๅ after them or not.
VOCALIC = str.maketrans({"ฤ": "รึ", "ฦ": "ลึ", "ๅ": ""})
LEADS = "เแโใไ"  # vowels written before their consonant
# The vowels written after, above or below a consonant (with the one written before it, if
# any), the longest first; ั is a's before a final.
VOWELS = {"เีย": "ia", "เือ": "uea", "เาะ": "o", "เา": "ao", "เอ": "oe", "เิ": "oe",
          "เะ": "e", "เ": "e", "แะ": "ae", "แ": "ae", "โะ": "o", "โ": "o", "ไ": "ai",
          "ใ": "ai", "ัวะ": "ua", "ัว": "ua", "ือ": "ue", "ั": "a", "ะ": "a", "า": "a",
          "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue", "ุ": "u", "ู": "u", "อ": "o"}
OPEN = {"ะ", "ำ", "ไ", "ใ", "เา", "เาะ", "ัวะ", "เะ", "แะ", "โะ"}  # they take no final
SIGNS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e30\u0e32\u0e33"  # ั ิ ี ึ ื ุ ู ะ า ำ
# Two consonants said together at a syllable's start; ทร, จร, ซร, ศร and สร are said s, ch.
CLUSTERS = {"กร", "กล", "กว", "ขร", "ขล", "ขว", "คร", "คล", "คว", "ปร", "ปล", "พร", "พล",
            "ตร", "บร", "บล", "ดร", "ฟร", "ฟล"}
SAID_AS_ONE = {"ทร": "s", "จร": "ch", "ซร": "s", "ศร": "s", "สร": "s"}
# ห before these is not said, and marks the tone (หนู nu, ใหม่ mai); nor is อ in อยู่, อย่า,
# อย่าง and อยาก.
LOW_SONORANTS = "งญนมยรลว"
# A final ย or ว is part of the vowel: the vowel and it as one sound.
WITH_Y = {"a": "ai", "u": "ui", "o": "oi", "oe": "oei", "ua": "uai", "uea": "ueai",
          "ai": "ai", "ia": "ia"}
WITH_W = {"a": "ao", "i": "io", "e": "eo", "ae": "aeo", "ia": "iao"}
# Tone marks and the shortening mark, which RTGS does not write; a letter under the
# thanthakhat ์ is not said, nor the ท or ต before its ร (จันทร์ chan, ศาสตร์ sat); ๆ repeats
# a word and ฯ shortens one.
UNSAID = re.compile("[\u0e48-\u0e4b\u0e47\u0e4d\u0e4e\u0e3a\u0e46\u0e2f]"
                    "|(?<=[\u0e01-\u0e2e])[ทต]ร\u0e4c|.\u0e4c")


def spell(text: str) -> str:
    """Return a text with its Thai words in Latin letters, as RTGS spells them; other
    letters as they are."""
    return THAI.sub(lambda run: spell_run(run[0]), text)


def spell_run(run: str) -> str:
    """Return a run of Thai letters in Latin ones, syllable by syllable."""
    return "".join(syllables(run))


def syllables(run: str) -> list[str]:
    """Return a run of Thai letters' syllables, each in Latin letters."""
    # A text taken apart by NFKD, as ids are, holds ำ as ํ and า: put together again.
    text = UNSAID.sub("", run.replace("\u0e4d\u0e32", "ำ")).translate(VOCALIC)
    spelt, at = [], 0
    while at < len(text):
        syllable, at = read_syllable(text, at)
        spelt.append(syllable)
    return [syllable for syllable in spelt if syllable]


def read_syllable(text: str, at: int) -> tuple[str, int]:
    """Return the Latin letters of the syllable that starts at `at`, and where the next one
    starts."""
    lead = text[at] if text[at] in LEADS else ""
    at += len(lead)
    if at >= len(text) or text[at] not in INITIAL:  # a vowel or a sign without a consonant
        return VOWELS.get(lead or text[at], ""), at + (not lead)
    onset, at = read_onset(text, at)
    written, at = read_vowel(text, at, lead)
    if written is None:
        rhyme, at = unwritten(text, at)
    elif written in OPEN and not takes_final(text, at, VOWELS[written]):
        rhyme = VOWELS[written]
    else:
        rhyme, at = closed(VOWELS[written], text, at)
    return onset + rhyme, at


def read_onset(text: str, at: int) -> tuple[str, int]:
    """Return the sound of a syllable's first consonant, or of two said together, and where
    its vowel starts."""
    first, second = text[at], text[at + 1:at + 2]
    pair = first + second
    if second in LOW_SONORANTS and second and (
            first == "ห" or pair == "อย" and text[at + 2:at + 3] in ("า", "ู")):
        return INITIAL[second], at + 2
    if second and not text.startswith("รร", at + 1) and not medial_wa(text, at):
        if pair in SAID_AS_ONE:
            return SAID_AS_ONE[pair], at + 2
        if pair in CLUSTERS:
            return INITIAL[first] + INITIAL[second], at + 2
    return INITIAL[first].strip("-"), at + 1


def read_vowel(text: str, at: int, lead: str) -> tuple[str | None, int]:
    """Return the vowel written around a consonant (with the one written before it, as
    VOWELS keys it), and where what follows it starts; None for a vowel not written."""
    for written in sorted((key for key in VOWELS if key.startswith(lead)
                           and (key[0] in LEADS) == bool(lead)), key=len, reverse=True):
        after = written[len(lead):]
        if not after or text.startswith(after, at) and not (
                after == "อ" and has_vowel(text, at + 1)):
            return written, at + len(after)
    return None, at


def unwritten(text: str, at: int) -> tuple[str, int]:
    """Return the vowel a consonant without one is read with, and its final: o (or ua after
    a ว) before a final (คน khon, สวน suan), a after รร (พรรค phak), else a (สภา sapha)."""
    if text.startswith("รร", at):
        return closed("a", text, at + 2) if is_final(text, at + 2) else ("an", at + 2)
    if text.startswith("ว", at) and is_final(text, at + 1):
        return closed("ua", text, at + 1)
    if is_final(text, at):
        return closed("o", text, at)
    return "a", at


def closed(vowel: str, text: str, at: int) -> tuple[str, int]:
    """Return a vowel and the final after it, if one closes its syllable, and where the next
    syllable starts."""
    if not is_final(text, at):
        return vowel, at
    final = text[at]
    if final == "ย":
        return WITH_Y.get(vowel, vowel + "i"), at + 1
    if final == "ว":
        return WITH_W.get(vowel, vowel + "o"), at + 1
    return vowel + FINAL.get(final, ""), at + 1


def takes_final(text: str, at: int, vowel: str) -> bool:
    """Tell whether an open vowel is closed all the same: ไ and ใ by a silent ย (ไทย)."""
    return vowel == "ai" and text.startswith("ย", at) and is_final(text, at)


def is_final(text: str, at: int) -> bool:
    """Tell whether the consonant at `at` ends the syllable before it: one that no vowel of
    its own follows, nor a consonant it begins a syllable with (สภา: ภ has า), nor a lone
    last one (คม in สิงหาคม is khom)."""
    if at >= len(text) or text[at] not in INITIAL or text[at] == "อ" and has_vowel(text, at + 1):
        return False
    if at + 2 == len(text) and text[at + 1] in INITIAL:
        return False  # the run's last consonant closes a syllable this one opens (สิงหาคม)
    return not has_vowel(text, at + 1) and not (
        at + 1 < len(text) and text[at + 1] in INITIAL and has_vowel(text, at + 2)
        and text[at:at + 2] in CLUSTERS | SAID_AS_ONE.keys())


def has_vowel(text: str, at: int) -> bool:
    """Tell whether a vowel written after a consonant stands at `at`."""
    return at < len(text) and text[at] in SIGNS


def medial_wa(text: str, at: int) -> bool:
    """Tell whether a consonant, ว and a final are one syllable with the vowel ua (ควร)."""
    return text[at + 1:at + 2] == "ว" and not has_vowel(text, at + 2) and is_final(text, at + 2)
