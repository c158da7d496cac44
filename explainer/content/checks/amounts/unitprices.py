"""Amounts per a unit of a thing: "$627 a tonne", "$85/bbl", "627 dollars la tonne".

A price per a unit is a rate, not a total: "$627 a tonne" says nothing against "$5.75 billion
of rice exports", nor "€1.80 per litre" against a budget. An amount that the words right after
it give per a unit of measure ("a tonne", "per metric ton", "/MWh", "pro Tonne", "za tonę") or
per a countable thing ("$18 a share", "$500 per household", "5 Euro je Einwohner") has that
unit in its own (see rates.py), and is held only against the figures whose value or label gives
the same ("average export price per tonne", "$85/bbl").

Each language's article or preposition that may also mean something else ("a", "la", "por",
"per" in Italian, "za" in Polish) makes a rate only before a unit of perwords.UNITS: "$5 billion
a year ago" is the time rule's, and its "a year ago" no rate at all; "5 milioni per la scuola"
and "multa de 5 millones por corrupción" are totals. The words that say nothing but "per" ("per" in
English, "pro" and "je" in German) take any noun after them. In English a name or an adjective
may stand before the unit's noun ("each Activision share", "per ordinary share").
"""

from __future__ import annotations

import re

from .perwords import UNITS, unit_in

# The symbols of the units, in every language: "€95/MWh", "627 USD/tấn", "per kg".
SYMBOLS = {
    "tonne": r"t", "barrel": r"bbl", "kilogram": r"kg", "litre": r"l", "ounce": r"oz",
    "megawatt_hour": r"MWh", "kilowatt_hour": r"kWh", "gigajoule": r"GJ", "mmbtu": r"MMBtu",
    "square_metre": r"m²|m2", "cubic_metre": r"m³|m3", "gallon": r"gal",
}
# A noun an English "per" may take: not an article ("per the deal"), nor "per cent".
NOUN = r"(?!(?:the|a|an|its|their|this|that|cent|se)\b)[^\W\d_][\w-]*"
# Each language's words of "per" before a unit of UNITS; those, articles mostly, before a unit
# of measure only, not a thing (Spanish puts a subject after its verb and amount: "costó 5
# millones la acción militar" is what the action cost); then those before any noun ("(?!)",
# none), which a table gives as a pattern of that noun ("per household", "je Bundesland").
WORDS = {
    "en": (r"an?|per|(?:for\s+)?each", r"(?!)", r"per\s+(?P<noun>" + NOUN + ")"),
    "fr": (r"par|chaque", r"la|le|l['\u2019]|au", r"(?!)"),
    "es": (r"por|cada", r"la|el", r"(?!)"),
    "de": (r"pro|je", r"die|der|den", r"(?-i:(?:pro|je)\s+(?P<noun>[A-ZÄÖÜ]\w*))"),
    "it": (r"per|a|ad|ogni|pro", r"al|alla|all['\u2019]|il|la|l['\u2019]", r"(?!)"),
    "pt": (r"por|cada|per", r"o|a", r"(?!)"),
    "id": (r"per|setiap|tiap", r"(?!)", r"(?!)"),
    "ms": (r"per|setiap|bagi\s+setiap", r"(?!)", r"(?!)"),
    "vi": (r"mỗi", r"một", r"(?!)"),
    "sw": (r"kwa|kila", r"(?!)", r"(?!)"),
    "hi": (r"प्रति|हर", r"(?!)", r"(?!)"),
    "pl": (r"za|na", r"(?!)", r"(?!)"),
    "ru": (r"за|на", r"(?!)", r"(?!)"),
    "uk": (r"за|на", r"(?!)", r"(?!)"),
}
# Each language's words of "per" that are its articles too: anywhere in a label they are only
# an article ("fans who bought a ticket", "price of a barrel of Brent"); they give a unit only
# right after an amount ("$85 a barrel").
ARTICLES = {"en": r"an?"}
# Each language's words that may stand between its word of "per" and the unit's noun, as a
# name or an adjective before it: "each Activision share", "per ordinary share", "a Class A
# share" (not "$5 a day for the ticket", whose "for" no such word is).
MODIFIERS = {"en": r"(?:(?-i:[A-Z][\w&\u2019'.-]*)|ordinary|common|preferred|new|single)\s+"}
AMOUNT = re.compile(r"(?:\d|\b(?:thousand|million|billion|trillion|bn|m|k))\s*$", re.IGNORECASE)
THINGS = ("share", "person", "night", "ticket")  # the units that are no measure
END = r"(?![\w'\u2019-])"  # "a T" is no tonne in "a T-shirt", nor "l" a litre in "l'État"


def _units(language: str) -> str:
    """Return the pattern of a language's units, each its own group, with their symbols."""
    names = sorted(UNITS[language].keys() | SYMBOLS.keys())
    forms = {name: "|".join(filter(None, (UNITS[language].get(name), SYMBOLS.get(name))))
             for name in names}
    return "|".join(rf"(?P<{name}>{forms[name]})" for name in names)


def _pattern(language: str) -> re.Pattern[str]:
    """Return the pattern of a unit an amount is per, in a language: after its words of "per"
    or a slash, one of its units (or their symbols); else any noun its words allow."""
    strong, weak, anything = WORDS[language]
    spaced = r"(?:\s+|(?<=['\u2019]))"  # "la tonne", "l'once"
    named = rf"(?:{MODIFIERS[language]}){{0,2}}" if language in MODIFIERS else ""
    anything = anything.replace("(?P<noun>", f"{named}(?P<noun>", 1)
    return re.compile(rf"(?:\s+(?P<word>{strong}){spaced}{named}|\s+(?P<weak>{weak}){spaced}|"
                      rf"\s*/\s*)(?:{_units(language)}){END}|\s+{anything}{END}", re.IGNORECASE)


PATTERNS = {language: _pattern(language) for language in WORDS}


def _unit(found: re.Match[str] | None) -> str | None:
    """Return the unit a match found: the name of one of UNITS, or a noun as written; None
    for a thing after a word that is an article too ("la acción")."""
    if found is None or (found["weak"] and found.lastgroup in THINGS):
        return None
    return found["noun"].lower() if found.lastgroup == "noun" else found.lastgroup


def unit_after(text: str, end: int, language: str) -> str | None:
    """Return the unit that the words right after an amount ending at end give it per ("a
    tonne", "/bbl", "la tonne", "per household"), or None."""
    pattern = PATTERNS.get(language.split("-")[0])
    return None if pattern is None else _unit(pattern.match(text, end))


def unit_per(text: str, language: str) -> str | None:
    """Return the unit a text (a figure's value or label) gives its amount per anywhere
    ("average export price per tonne", "$85/bbl", "쌀 톤당 평균 수출가격"), or None."""
    pattern = PATTERNS.get(language.split("-")[0])
    found = (_unit(match) for match in pattern.finditer(text)
             if _per(text, match, language)) if pattern else ()
    return next(filter(None, found), None) or unit_in(text, language)


def without_per(label: str, unit: str, language: str) -> str:
    """Return a label whose figure is per a unit ("$ per share") without the words that say
    "per" and which one ("paid for each Activision share" as "paid share"): an amount per the
    same unit says them by its own ("$96 a share"), and they relate no sentence to it."""
    pattern, per = PATTERNS.get(language.split("-")[0]), unit.partition(" per ")[2]
    found = next((match for match in pattern.finditer(label) if _per(label, match, language)
                  and _unit(match) == per), None) if pattern and per else None
    if found is None or found.lastgroup == "noun" and found["noun"].lower() != per:
        return label
    end = found.start("noun" if found.lastgroup == "noun" else found.lastgroup)
    return label[:found.start()] + " " + label[end:]


def _per(text: str, found: re.Match[str], language: str) -> bool:
    """Tell whether a match in a value or label says "per": its word is no article, or one
    right after an amount ("$85 a barrel", not "price of a barrel of Brent")."""
    article = ARTICLES.get(language.split("-")[0])
    if not found["word"] or article is None or not re.fullmatch(article, found["word"], re.I):
        return True
    return AMOUNT.search(text, 0, found.start()) is not None
