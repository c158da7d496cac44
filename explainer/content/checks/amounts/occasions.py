"""An amount given on an occasion, beside a figure of a whole span: "with an 11% raise on
ratification" is the part of a contract's raise paid the day it is ratified, not the "raise in
top base pay over the life of the contracts" its label speaks of. A label that names the
occasion itself ("raise on ratification") speaks of that amount, and it is held against it.
"""

from __future__ import annotations

import re

from ..counting import Counting
from ..texts.sentences import clause_at

# The occasion an amount is given on, in each language's newsroom usage: "on ratification",
# "upon signing", "at closing", "up front".
OCCASIONS = {
    "en": r"\b(?:on|upon|at)\s+(?:the\s+|its\s+|their\s+)?(?:ratification|signing|approval|"
          r"enactment|passage|closing|completion|signature)\b|\bup[\s-]?front\b",
}
# What makes a label one of a whole span: "over the life of the contracts", "over five years".
SPANS = {
    "en": r"\b(?:over|across|throughout|during)\s+the\s+(?:whole\s+|full\s+|entire\s+)?"
          r"(?:life|term|course|length|duration)\s+of\b|\bover\s+(?:the\s+next\s+)?"
          r"\w+\s+years\b",
}
OCCASION = {language: re.compile(words, re.IGNORECASE) for language, words in OCCASIONS.items()}
SPAN = {language: re.compile(words, re.IGNORECASE) for language, words in SPANS.items()}


def occasion_part(text: str, offset: int, label: str, counting: Counting) -> bool:
    """Tell whether the amount at offset is given on an occasion (its clause names one: "an
    11% raise on ratification") and the label is of a whole span ("over the life of the
    contracts") that names no occasion: a part of the label's amount, not it."""
    language = counting.language.split("-")[0]
    occasion, span = OCCASION.get(language), SPAN.get(language)
    if occasion is None or span is None or span.search(label) is None:
        return False
    return occasion.search(clause_at(text, offset)) is not None and \
        occasion.search(label) is None
