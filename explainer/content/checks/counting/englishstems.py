"""The stem English gives the forms of a regular word, so that every form of a verb is one
word: "sue", "sues", "sued" and "suing"; "agree", "agrees", "agreed" and "agreeing"; "carry",
"carries", "carried" and "carrying"; "ban", "banned"; British and American spellings,
"organised" and "organized", "travelled" and "traveled". The irregular verbs are read by
their table (englishverbs.py), which this stem makes the head of each."""

from __future__ import annotations

import re

# What a verb doubles before '-ed' and '-ing', after one short vowel: 'banned', not 'called'.
DOUBLED = re.compile(r"[^aeiou][aeiou]([bdgmnprt])\1$")
# A final "ll" after a vowel of a second syllable, which British English doubles and American
# does not ("travelled", "traveled"), nor either in the bare verb ("travel", "install"): all
# are read with one "l". A word of one syllable keeps its own ("kill", "killed").
DOUBLED_L = re.compile(r"[aeiouy][^aeiouy]+[aeiou]ll$")
# British "-ise" and "-yse" are American "-ize" and "-yze", in every form: "organised",
# "organizing", "analyses", "organisation". Not in a short word ("rise", "raise", "wise").
BRITISH_S = re.compile(r"(?<=[a-z]{3}[iy])s(?=(?:e|es|ed|ing|ings|ation|ations)$)")
# A final "y" after a consonant is an "i" before "-es" and "-ed": "carry", "carries",
# "carried" are read as "carri"; not after a vowel ("play", "played").
CONSONANT_Y = re.compile(r"(?<=[^aeiou])y$")
# The words in "-eed" that are the pasts of verbs in "-ee"; every other one is a word of its
# own, in which "-ed" is no ending ("need", "seed", "speed", "exceed", "proceed").
PASTS_IN_EED = frozenset("freed agreed disagreed decreed guaranteed refereed emceed teed "
                         "pureed".split())
# The words whose final "s" is no plural nor third person: "news" is no form of "new", nor
# "measles" of "measle"; nor is the "s" of "boss", "focus", "crisis" or "hepatitis".
SINGULAR_IN_S = frozenset("measles mumps rabies herpes diabetes scabies rickets news".split())
OWN_S = ("ss", "us", "sis", "itis")
VOWELS = "aeiou"


def regular_stem(word: str) -> str:
    """Return the stem of a lowercased word read as a regular one: its ending ("-s", "-ed",
    "-ing", "-ings") off, a consonant it doubled single again, its "y" an "i" and its final
    "e" off, so that every form of a regular verb gives one stem ("sue", "sued", "suing")."""
    word = BRITISH_S.sub("z", word)
    word = without_ending(word)
    word = word[:-1] if DOUBLED_L.search(word) else word
    if len(word) >= 3:
        word = CONSONANT_Y.sub("i", word)
    # 'satellites' loses its 's' and 'satellite' its 'e': the two meet as 'satellit'.
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


def without_ending(word: str) -> str:
    """Return a word without its ending of an inflection, if it has one: "bombings" as
    "bomb", "banned" as "ban", "agreed" as "agree", "used" as "use", "tying" as "tie"."""
    if word in SINGULAR_IN_S or word.endswith(OWN_S):
        return word
    if word.endswith("eed"):  # "agreed" is "agree" and a "d"; "need" is all its own
        return word[:-1] if word in PASTS_IN_EED else word
    for suffix in ("ings", "ing", "ed", "s"):
        if not word.endswith(suffix):
            continue
        root = word[: -len(suffix)]
        if suffix == "s":
            return root if len(root) >= 3 else word
        if len(root) >= 3:
            return root[:-1] if DOUBLED.search(root) else root
        if len(root) == 2 and (root[0] in VOWELS or root[1] in VOWELS + "y"):
            return short_root(root, suffix)
    return word


def short_root(root: str, suffix: str) -> str:
    """Return the bare verb of three letters that a root of two left by "-ed" or "-ing" is
    the stem of: "used" and "using" of "use", "sued" of "sue", "tying" of "tie"."""
    if suffix != "ed" and root[1] == "y" and root[0] not in VOWELS:
        return root[0] + "ie"  # "tying", "lying", "vying"
    return root if root.endswith("e") else root + "e"
