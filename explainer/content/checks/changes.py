"""What names a change, beside a level: the unit of an amount that is one ("fell 15%", "sank
um 64 %"), and the nouns by which a figure's label says it is one ("fall in operating profit",
"Rückgang des operativen Ergebnisses"). A change a sentence gives meets such a label's noun, as
its verb says the same ("Revenue rose 9%" beside "rise in revenue"), whatever the verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .counting import Counting

CHANGE = "\u0394"  # what opens the unit of a change: "Δ%" for "sank um 64 %"
# The nouns of a change, in each language, that make a figure's label one of a change.
CHANGE_NOUNS = {
    "en": r"changes?|rises?|increases?|falls?|drops?|declines?|decreases?|growth|gains?|"
          r"jumps?|slumps?|plunges?|contractions?|lost|wiped|erased",
    "fr": r"variations?|hausses?|baisses?|reculs?|progressions?|augmentations?|diminutions?|"
          r"croissance|chutes?|contractions?",
    "es": r"variaci[óo]n|variaciones|ca[íi]das?|bajas?|subas?|aumentos?|alzas?|incrementos?|"
          r"descensos?|reducci[óo]n|crecimiento|retrocesos?",
    "de": r"\w*(?:veränderung|rückgang|anstieg|zuwachs|zunahme|abnahme|einbruch|wachstum)\w*|"
          r"plus|minus",
    "it": r"variazion[ei]|cal[oi]|aument[oi]|crescita|diminuzion[ei]|rialz[oi]|ribass[oi]|"
          r"flession[ei]|contrazion[ei]",
    "pt": r"varia[çc][ãa]o|varia[çc][õo]es|quedas?|altas?|aumentos?|crescimento|redu[çc][ãa]o|"
          r"baixas?|recuos?",
    "vi": r"tăng\s+trưởng|mức\s+tăng|mức\s+giảm|(?:sụt|suy)\s+giảm|tăng|giảm",
}
CHANGE_NOUN = {language: re.compile(rf"(?<!\w)(?:{nouns})(?!\w)", re.IGNORECASE)
               for language, nouns in CHANGE_NOUNS.items()}


def change_named(label: str, unit: str, counting: Counting) -> set[str]:
    """Return the words of a label's nouns of a change (its content words) that an amount of a
    unit meets, being a change too: none for a level."""
    noun = CHANGE_NOUN.get(counting.language.split("-")[0])
    if noun is None or not unit.startswith(CHANGE):
        return set()
    return counting.content_words(" ".join(match[0] for match in noun.finditer(label)))
