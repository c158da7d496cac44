"""The words that make an amount of money, a percentage or a measure one added to a level:
"an additional $2,000", "a further ₹2 lakh", "2 000 euros supplémentaires", "अतिरिक्त ₹2
लाख", "Rp2 juta tambahan". What is added (from another fund, on top of a payment) is not the
level a figure gives, and is held, as "another 200 officers" is, only against a figure added
to one (see levels.ADDED): each language's words before a count (Counting.added) say so before
an amount too, and so do these, before it or after it."""

from __future__ import annotations

import re

from ..counting import Counting

# The words before an amount that say it is added, beyond those before a count.
BEFORE = {
    "fr": r"(?:un|une)\s+autre|(?:un\s+)?supplément\s+de|encore",
    "it": r"(?:un\s+)?ulterior[ei]",
    "hi": r"अतिरिक्त",
    "id": r"tambahan(?:\s+sebesar)?",
    "sw": r"nyongeza\s+ya",
    "tr": r"ek|ilave",
}
# The words after an amount that say so: "$2,000 more", "2.000 euros adicionales".
AFTER = {
    "en": r"more|extra|on\s+top",
    "fr": r"supplémentaires?|additionnel(?:le)?s?|de\s+plus|en\s+plus",
    # "2.000 euros más, al mes", not the share of "el 10 % más rico", which is a level
    "es": r"adicionales?|extra|más(?=\s*(?:[,.;:)]|\Z)|\s+(?:al|por|cada|que)(?!\w))",
    "de": r"mehr|zusätzlich",
    "it": r"in\s+più|aggiuntiv[aeio]|extra",
    "pt": r"adicionais|adicional|a\s+mais|extra",
    "pl": r"więcej",
    "id": r"tambahan|lagi",
    "sw": r"(?:ya|za|la|wa|cha|vya)\s+ziada|zaidi",
    "vi": r"nữa",
}
ADDED_BEFORE = {language: re.compile(rf"(?<!\w)(?:{words})\s*\Z", re.IGNORECASE)
                for language, words in BEFORE.items()}
ADDED_AFTER = {language: re.compile(rf"\s*(?:{words})(?!\w)", re.IGNORECASE)
               for language, words in AFTER.items()}


def is_added(text: str, start: int, end: int, counting: Counting) -> bool:
    """Tell whether the amount a text gives from start to end is added to a level, as the
    words before it (the language's words before a count too) or after it say."""
    language = counting.language.split("-")[0]
    before = [pattern for pattern in (counting.added, ADDED_BEFORE.get(language)) if pattern]
    if any(pattern.search(text, max(start - 40, 0), start) for pattern in before):
        return True
    after = ADDED_AFTER.get(language)
    return after is not None and after.match(text, end) is not None
