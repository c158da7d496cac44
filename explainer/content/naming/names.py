"""Compare names as people write them: one key for all spellings of a name; close matches."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Mapping

# A word: letters and digits, with the vowel signs of the scripts of South and Southeast Asia,
# which are marks, not letters, to \w ("टोंगा", Tonga, is no "ट ग", as Togo's "टोगो" is).
WORD = re.compile(r"[\w\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]+")
# Straight and curly apostrophes and full stops join what they sit in: "Côte d'Ivoire" and
# "Côte d’Ivoire", "U.S." and "US".
JOINERS = re.compile(r"['\u2019\u02bc.]")
# Words that authors add or leave out of one name: "(The) Gambia", "Bosnia (and) Herzegovina".
LEFT_OUT = frozenset({"the", "and"})
# Spellings of one word: "St Lucia" and "Saint Lucia", "Organisation" and "Organization".
SAME_WORD = {"st": "saint", "organisation": "organization"}
# How alike a misspelt name and a known one must be (difflib's ratio) to be suggested: a typo
# or two in a name ("Kenia", "Phillipines") is above it; one name sharing letters with
# another ("Swaziland" and "Thailand", 0.71) is below it.
CLOSE = 0.8
SWAPPED = 0.9  # two neighbouring letters typed the other way round: closer than CLOSE
# Turkish and Azerbaijani pair the dotted i with İ and the dotless ı with I, where casefold()
# gives 'İ' an i and a dot above, and 'I' the dotted i: both i's are one letter to compare.
I_AND_DOT, DOTLESS_I = "i\u0307", "\u0131"  # İ casefolded: i and a combining dot
# Letters one keyboard types for another's, as casefold() takes the final ς for σ: the yeh,
# alef maksura and kaf of an Arabic keyboard for the Persian and Urdu yeh and keheh ("ايران"
# for "ایران"), and Hebrew's final letters for the others ("ירדנ" for "ירדן").
KEYBOARD = str.maketrans("\u064a\u0649\u0643\u05da\u05dd\u05df\u05e3\u05e5",
                         "\u06cc\u06cc\u06a9\u05db\u05de\u05e0\u05e4\u05e6")


def caseless(text: str) -> str:
    """Return a text without case, as any language writes it: 'İstanbul' and 'istanbul',
    'MISIR' and 'Mısır' are one."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return folded.replace(I_AND_DOT, "i").replace(DOTLESS_I, "i")


@functools.lru_cache(maxsize=1 << 12)  # a site names the same few countries again and again
def name_key(text: str) -> str:
    """Return what every spelling of a name shares: no case, accents, punctuation or 'the',
    whichever keyboard typed it."""
    decomposed = unicodedata.normalize("NFKD", caseless(text).translate(KEYBOARD))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = JOINERS.sub("", plain).replace("&", " and ").replace("+", " plus ")
    words = (SAME_WORD.get(word, word) for word in WORD.findall(plain))
    return " ".join(word for word in words if word not in LEFT_OUT)


def closest_name(text: str, spellings: Mapping[str, str]) -> str | None:
    """Return the known name a misspelt one most likely meant, or None if none is close.

    spellings maps each name's key to the name as it is written.
    """
    key = name_key(text)
    if len(key) < 4:  # a code or a short word: too little to go on
        return None
    # Typos seldom touch a name's first letter: "Ruritania" is no misspelt "Mauritania".
    scored = [(likeness(key, name), name) for name in spellings if name[:1] == key[:1]]
    score, best = max(scored, default=(0.0, ""))
    return spellings[best] if score >= CLOSE else None


def likeness(typed: str, known: str) -> float:
    """Return how alike a typed key and a known one are, from 0 to 1, whichever is read
    first: difflib's ratio is not symmetric, and "ganha" is as close to "ghana" as "ghana"
    to it. Two letters typed the other way round ("iarn") count as one slip."""
    if len(typed) == len(known) and swapped(typed, known):
        return max(SWAPPED, 1.0 - 1.0 / len(known))  # a slip, however short the name
    matcher = difflib.SequenceMatcher(None, typed, known)
    if matcher.real_quick_ratio() < CLOSE or matcher.quick_ratio() < CLOSE:
        return 0.0  # too unlike to be worth the full comparison, either way round
    return max(matcher.ratio(), difflib.SequenceMatcher(None, known, typed).ratio())


def swapped(typed: str, known: str) -> bool:
    """Tell whether two words of one length differ by two neighbouring letters swapped."""
    differ = [index for index, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
    return len(differ) == 2 and differ[1] == differ[0] + 1 \
        and typed[differ[0]] == known[differ[1]] and typed[differ[1]] == known[differ[0]]
