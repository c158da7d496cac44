"""The whole world as the scope of an amount: "5,000 flights worldwide were cancelled".

An amount its clause, or the words that open its sentence before a comma ("Globally, ..."),
says is the world's ("worldwide", "around the world", "weltweit", "dans
le monde entier") counts more than one of the world's parts: it is no level of a figure whose
label names whose it is ("Delta flights cancelled") when the sentence does not name that one,
and the label says nothing of the world. "Delta cancelled 5,000 flights worldwide", which
names it, is still held against the label, as is any amount against a label of the world
("flights cancelled worldwide") or of no one ("flights cancelled").
"""

from __future__ import annotations

import re

from .counting import Counting
from .levels import label_names
from .sentences import clause_at, sentence_at

# The words that make an amount the whole world's, in each language.
WORLD = {
    "en": r"world-?wide|globally|(?:around|across|throughout|all over) the (?:world|globe)"
          r"|the world over",
    "fr": r"dans le monde(?: entier)?|à l'échelle (?:mondiale|de la planète)|mondialement",
    "es": r"en todo el mundo|a nivel mundial|en el mundo entero|mundialmente",
    "de": r"weltweit|auf der ganzen Welt",
    "it": r"nel mondo|in tutto il mondo|a livello mondiale",
    "pt": r"no mundo(?: inteiro)?|em todo o mundo|mundialmente",
}
SCOPE = {language: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
         for language, words in WORLD.items()}


def world_apart(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether the amount at span is the world's, as its clause says, and the figure's
    label names whose its figure is, a name its sentence does not give, and not the world."""
    scope = SCOPE.get(counting.language.split("-")[0])
    sentence = sentence_at(text, span[0])
    opener = sentence.split(",")[0] if "," in sentence else ""  # "Globally, ..."
    if scope is None or scope.search(label) or not (
            scope.search(clause_at(text, span[0])) or scope.search(opener)):
        return False
    named = label_names(label)
    said = {word.lower() for word in re.findall(r"\w+", sentence)}
    return bool(named) and not named <= said
