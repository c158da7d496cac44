"""An earthquake's magnitude, by the word either side of its number, as each language writes
it: "magnitude 7.8", "a magnitude of 7.8", "a 7.8-magnitude quake", "7.8 on the Richter
scale"; "un séisme de magnitude 7,6", "un terremoto de magnitud 7,6", "ein Erdbeben der Stärke
7,6", "um sismo de magnitude 7,6", "un terremoto di magnitudo 7,6", "7,6 sur l'échelle de
Richter"; read as the measure "M". A figure names it in its label ("magnitude of the first
earthquake", "magnitude du premier séisme") and gives its number alone ("7.8", "7,8"). A bare
number after the verb "measured" ("The first earthquake measured 6.4.", "a quake measuring 7.1
struck"), no unit after it, is one too: held only against a figure of a magnitude, the one
unit "M" is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# By language: the word of a magnitude, the word between it and its number ("of"), and the
# words of the Richter scale after the number.
WORDS = {
    "en": (r"magnitude", r"of", r"on\s+the\s+Richter\s+scale"),
    "fr": (r"magnitude", r"de", r"sur\s+l[’']échelle\s+(?:de\s+)?Richter"),
    "es": (r"magnitud", r"de", r"(?:grados\s+)?en\s+la\s+escala\s+(?:de\s+)?Richter"),
    "de": (r"Stärke|Magnitude", r"von", r"auf\s+der\s+Richter-?[Ss]kala"),
    "pt": (r"magnitude", r"de", r"(?:graus\s+)?na\s+escala\s+(?:de\s+)?Richter"),
    "it": (r"magnitudo", r"di", r"(?:gradi\s+)?(?:della|sulla)\s+scala\s+Richter"),
}
# A magnitude's number: one digit, and up to two decimals after a point (or a comma, where the
# language writes decimals so), no more digits after it.
NUMBER = {"en": r"\d(?:\.\d{1,2})?(?![\d.,]?\d)"}
COMMA_NUMBER = r"\d(?:[.,]\d{1,2})?(?![\d.,]?\d)"
# English reads a number after "measured" as a magnitude too, where nothing follows it but
# the end of a clause, a conjunction or a place.
MEASURED = (r"|(?:measured|measuring)\s+(?P<measured>{number})(?=\s*(?:[.,;:)]|"
            r"\Z)|\s+(?:and|but|when|as|before|after|in|at|off|near|struck|hit)\b|"
            r"\s+on\b(?!\s+the\s+Richter))")


def pattern_of(language: str, words: tuple[str, str, str]) -> re.Pattern[str]:
    """Return the pattern of a magnitude in a language, given its words."""
    word, of, scale = words
    number = NUMBER.get(language, COMMA_NUMBER)
    measured = MEASURED.format(number=number) if language == "en" else ""
    return re.compile(
        rf"(?<![\w-])(?:(?:{word})(?:\s+{of})?[\s-]+(?P<before>{number})|(?<![\d.,])"
        rf"(?P<after>{number})(?:[\s-]+(?:{word})(?![\w-])|\s+{scale}){measured})",
        re.IGNORECASE)


MAGNITUDES = {language: pattern_of(language, words) for language, words in WORDS.items()}


def magnitudes(text: str, language: str) -> Iterator[tuple[int, int, float, str]]:
    """Yield (start, end, value, "M") for every earthquake's magnitude a text gives."""
    pattern = MAGNITUDES.get(language.split("-")[0])
    for found in pattern.finditer(text) if pattern is not None else ():
        if found.groupdict().get("measured"):  # "measured 6.4": its number alone
            yield found.start("measured"), found.end(), float(found["measured"]), "M"
        else:  # its number alone, read with a point: "7,6" is 7.6
            number = found["before"] or found["after"]
            yield found.start(), found.end(), float(number.replace(",", ".")), "M"


def magnitude_named(value: str, label: str, language: str) -> str:
    """Return a figure's value as a magnitude where its label names one and the value gives
    its number alone ("7.8" beside "magnitude of the first earthquake"); else as it is."""
    language = language.split("-")[0]
    words = WORDS.get(language)
    if words is None or not re.fullmatch(NUMBER.get(language, COMMA_NUMBER), value.strip()):
        return value
    word = re.search(rf"(?<!\w)(?:{words[0]})(?!\w)", label, re.IGNORECASE)
    return value if word is None else f"{word[0]} {value.strip()}"
