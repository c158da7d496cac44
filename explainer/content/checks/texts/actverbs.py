"""The nouns a language makes of a verb, which name its act, and their verbs' stems ("invad"
of "invasion", "aprob" of "aprobación"): a title may name its event so while prose tells it
with the verb ("Invasão das sedes", "invadiram as sedes"). Only a root of four letters or more
is read ("votação" is not "vot"), and only a whole stem meets a verb's: no "inventaram"."""

from __future__ import annotations

from collections.abc import Iterable

# Each language's endings of a noun of an act, as its stems end (English's drops a final "e":
# "closur"), and what its verb's stem ends in instead: "-sion" of a verb in "-de" ("invasion",
# "invades"), "-ção" of one in "-ar" ("aprovação"), "-são" of one in "-dir" ("invasão").
ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("ification", "ifi"), ("ation", ""), ("ission", "it"), ("sion", "d"), ("ion", ""),
           ("ment", ""), ("ur", ""), ("al", "")),
    "de": (("ung", ""),),
    "fr": (("ation", ""), ("tion", ""), ("ment", ""), ("ur", ""), ("ure", "")),
    "sv": (("ning", ""), ("ande", ""), ("and", ""), ("else", ""), ("an", "")),
    "nb": (("ing", ""), ("else", "")),
    "no": (("ing", ""), ("else", "")),
    "da": (("ing", ""), ("else", "")),
    # Croatian's "-ak" drops its "a" in the other cases, and its "z" then sounds as "s"
    # ("ulazak", "ulaska" of "ulazi"); "-anje" makes the noun of a verb in "-ati".
    "hr": (("ak", ""), ("sk", "z"), ("šk", "ž"), ("anj", "")),
    "sr": (("ak", ""), ("sk", "z"), ("šk", "ž"), ("anj", "")),
    "pt": (("aca", ""), ("sa", "d")),
    "es": (("acion", ""), ("sion", "d")),
    "it": (("azion", ""), ("sion", "d")),
}
SHORTEST_ROOT = 4
# The languages the checks of days read nouns of an act in; those of spans read the others.
TOLD_BY_VERB = frozenset({"pt", "es", "it"})


def verb_stems(word: str, language: str, bare: bool = False) -> set[str]:
    """Return the stems of the verbs a noun (a stem) may be made of: "invad" of "invasion";
    `bare`, whose root is SHORTEST_ROOT letters without the verb's ending ("pensión" no "pend")."""
    endings = ENDINGS.get(language.split("-")[0], ())
    return {word[:-len(ending)] + verb for ending, verb in endings if word.endswith(ending)
            and len(word) - len(ending) + (0 if bare else len(verb)) >= SHORTEST_ROOT}


def act_nouns(words: Iterable[str], language: str) -> frozenset[tuple[str, str]]:
    """Return the nouns of an act among a title's words (stems), each with its verb's stem:
    ("invad", "invasa"); none in a language not TOLD_BY_VERB."""
    tongue = language.split("-")[0].lower()
    return frozenset((root, word) for word in words if tongue in TOLD_BY_VERB
                     for root in verb_stems(word, tongue, bare=True))


def with_act_nouns(words: set[str], nouns: Iterable[frozenset[tuple[str, str]]]) -> set[str]:
    """Return a sentence's words (stems) with the nouns of the acts its verbs tell."""
    return words | {noun for pairs in nouns for verb, noun in pairs if verb in words}
