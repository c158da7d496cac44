"""The nouns of an act that Portuguese, Spanish and Italian make of a verb, by which a
timeline's title may name its event while prose tells it with the verb: "Invasão das sedes dos
Três Poderes" is what "bolsonaristas invadiram as sedes" did, "Aprobación de la ley" what "el
Congreso aprobó la ley" did. A noun's stem with its ending taken off and the verb's put on is
the verb's stem ("invasa" of "invasão" is "invad", "aprobacion" is "aprob"); only a root of
four letters or more is read ("votação" is not "vot"), and only a whole stem meets a verb's:
"inventaram" is no "invasão"."""

from __future__ import annotations

from collections.abc import Iterable

# Each language's endings of a noun of an act, as its stems end, and what the verb's stem ends
# in instead: "-ção" of a verb in "-ar" ("aprovação", "aprova"), "-são" of one in "-dir"
# ("invasão", "invade"; "decisão", "decide").
ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "pt": (("aca", ""), ("sa", "d")),
    "es": (("acion", ""), ("sion", "d")),
    "it": (("azion", ""), ("sion", "d")),
}
SHORTEST_ROOT = 4


def act_nouns(words: Iterable[str], language: str) -> frozenset[tuple[str, str]]:
    """Return the nouns of an act among a title's words (stems), each with its verb's stem:
    ("invad", "invasa")."""
    endings = ENDINGS.get(language.split("-")[0].lower(), ())
    return frozenset((word[:-len(ending)] + verb, word) for word in words
                     for ending, verb in endings
                     if word.endswith(ending) and len(word) - len(ending) >= SHORTEST_ROOT)


def with_act_nouns(words: set[str], nouns: Iterable[frozenset[tuple[str, str]]]) -> set[str]:
    """Return a sentence's words (stems) with the nouns of the acts its verbs tell."""
    return words | {noun for pairs in nouns for verb, noun in pairs if verb in words}

