"""The units of time a key figure's value gives by their symbol: "9.79 s", "12 min",
"48 h". A symbol looks like no plural noun, so a count would never read it; each is read as
the noun the explainer's language writes for it in the text ("9.79 seconds", "9,79
secondes", "9,79 Sekunden"), so that the text's count of that noun is held against it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .magnitudes import magnitude_named

# Each language's symbols of a time, as its newsrooms print them in a value, and the noun it
# writes for that time in a sentence. Not "h" where it is also a time of day ("20 h" in French).
SYMBOLS = {
    "en": {"s": "seconds", "sec": "seconds", "secs": "seconds", "min": "minutes",
           "mins": "minutes", "h": "hours", "hr": "hours", "hrs": "hours"},
    "fr": {"s": "secondes", "min": "minutes"},
    "es": {"s": "segundos", "seg": "segundos", "min": "minutos"},
    "de": {"s": "Sekunden", "Sek.": "Sekunden", "min": "Minuten", "Min.": "Minuten",
           "Std.": "Stunden"},
    "it": {"s": "secondi", "min": "minuti"},
    "pt": {"s": "segundos", "min": "minutos"},
}
# A symbol right after a number that stands alone, or after a space: "9.79 s", "9.79s"; not
# after the number of a model ("24 F-35s", "T-72s"), nor a symbol that is the start of a word
# ("5 hectares", "10 sets").
PATTERNS = {
    language: re.compile(r"(?<![\w.,\u2010\u2011-])(?P<number>\d+(?:[.,]\d+)*)"
                         r"(?P<space>[ \u00a0\u202f]?)(?P<symbol>"
                         + "|".join(re.escape(symbol) for symbol in
                                    sorted(symbols, key=len, reverse=True))
                         + r")(?!\w)")
    for language, symbols in SYMBOLS.items()
}
# The "s" of a decade ("the 1990s", "the 80s", "'80s").
DECADE = re.compile(r"(?:1[89]|20)?\d0")
# A capitalised word right before a whole number makes it a model's ("Boeing 747s").
MAKER = re.compile(r"\b[A-Z][\w-]*[ \u00a0]$")


def _is_time(value: str, found: re.Match[str]) -> bool:
    """Tell whether a symbol after a number gives a time: not the "s" of a decade, nor of
    the plural of a model a maker's name comes before ("Boeing 747s")."""
    if found["symbol"] != "s":
        return True
    whole = found["number"].isdigit()
    decade = DECADE.fullmatch(found["number"]) and (len(found["number"]) == 4
                                                    or not found["space"])
    return not decade and not (whole and MAKER.search(value, 0, found.start()))


def value_named(value: str, label: str, language: str) -> str:
    """Return a figure's value with its time's symbol written as its noun (times_named()), and
    a magnitude its label names as one ("7.8" beside "magnitude of the quake"; magnitudes.py)."""
    return magnitude_named(times_named(value, language), label, language)


def times_named(value: str, language: str) -> str:
    """Return a figure's value with each time its symbol gives written as its noun, as the
    language writes it in a sentence: "9.79 s" as "9.79 seconds"; the value as it is in a
    language without symbols here."""
    tag = language.split("-")[0]
    pattern = PATTERNS.get(tag)
    if pattern is None:
        return value
    return pattern.sub(lambda match: match["number"] + " " + SYMBOLS[tag][match["symbol"]]
                       if _is_time(value, match) else match[0], value)


# The nouns a label of a time says it measures a span with ("length of her reign", "durée du
# mandat"), which, as its unit, are no words of what it is a span of; and the language's nouns of
# a time that make a figure's unit one.
SPAN_NOUNS = {
    "en": ("length", "duration"), "fr": ("durée",), "es": ("duración",),
    "de": ("Dauer", "Länge"), "it": ("durata",), "pt": ("duração",),
}
TIME_NOUNS = {
    "en": "seconds minutes hours days weeks months years decades centuries",
    "fr": "secondes minutes heures jours semaines mois ans années siècles",
    "es": "segundos minutos horas días semanas meses años décadas siglos",
    "de": "Sekunden Minuten Stunden Tage Wochen Monate Jahre Jahrzehnte Jahrhunderte",
    "it": "secondi minuti ore giorni settimane mesi anni decenni secoli",
    "pt": "segundos minutos horas dias semanas meses anos décadas séculos",
}


def is_time(unit: str, language: str, stem: Callable[[str], str]) -> bool:
    """Tell whether a unit (a stem) is a time's ("year" of "20 years"; see TIME_NOUNS): a
    length, which a day beside it does not make that day's part, as it does a count's."""
    tag = language.split("-")[0]
    return unit in {stem(noun.lower()) for noun in TIME_NOUNS.get(tag, "").split()}


def span_nouns(unit: str, language: str, stem: Callable[[str], str]) -> set[str]:
    """Return the stems of the nouns by which a label says its figure is a span (see
    SPAN_NOUNS), where its unit (a stem) is a time; none for another unit."""
    tag = language.split("-")[0]
    times = {stem(noun.lower()) for noun in TIME_NOUNS.get(tag, "").split()}
    return {stem(noun.lower()) for noun in SPAN_NOUNS[tag]} if unit in times else set()
