"""An amount set beside a multiple of another thing: "18 million hectares, more than double the
previous record", "twice the 2022 total", "2.5 times the national average". The words after
the multiple name what the amount is compared with, so a figure's label that shares with the
sentence only those words is not what the amount is: the record is the record's own figure.
An amount given after the multiple ("double the previous record of 9 million hectares") is
the compared thing's, and is held against it as any amount is."""

from __future__ import annotations

import re

from ..counting import Counting
from ..texts.sentences import sentence_at, sentence_start

# What says that what follows is a multiple of another thing (a fraction may be a time's:
# "the first half of 2023"), in each language.
MULTIPLES = {language: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
             for language, words in {
    "en": r"double|twice|triple|treble|quadruple|"
          r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
          r"\s+times",
    "fr": r"(?:le\s+)?(?:double|triple|quadruple)\s+d[eu]|deux\s+fois|trois\s+fois|"
          r"\d+(?:,\d+)?\s+fois",
    "es": r"el\s+(?:doble|triple|cuádruple)\s+de(?:l)?|"
          r"(?:dos|tres|cuatro|\d+(?:,\d+)?)\s+veces",
    "de": r"(?:das\s+)?(?:Doppelte|Dreifache|Vierfache)|doppelt\s+so|"
          r"(?:zwei|drei|vier|\d+(?:,\d+)?)mal\s+so",
    "it": r"(?:il\s+)?(?:doppio|triplo)\s+d(?:i|el|ella|ei)|"
          r"(?:due|tre|quattro|\d+(?:,\d+)?)\s+volte",
    "pt": r"(?:o\s+)?(?:dobro|triplo)\s+d[eoa]s?|"
          r"(?:duas|três|quatro|\d+(?:,\d+)?)\s+vezes"}.items()}


def compared_only(text: str, span: tuple[int, int], shared: set[str], counting: Counting
                  ) -> bool:
    """Tell whether the words a label shares with the sentence of the amount at span come only
    after a multiple that follows the amount, in its sentence: they name what the amount is a
    multiple of ("more than double the previous record"), not the amount."""
    multiple = MULTIPLES.get(counting.language.split("-")[0])
    if multiple is None or not shared:
        return False
    start, sentence = sentence_start(text, span[0]), sentence_at(text, span[0])
    found = multiple.search(sentence, span[1] - start)
    if found is None:
        return False
    before = counting.content_words(sentence[:found.start()])
    after = counting.content_words(sentence[found.end():])
    return shared <= after and not shared & before
