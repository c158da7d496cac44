"""A key figure whose label's noun is what befell those it counts ("dead in Valencia province",
"deaths in Valencia province", "muertos en la provincia de Valencia", "Verletzte in Sachsen"):
it counts people, and prose most often gives it as a count of people that its sentence says
the same befell ("In all, 234 people died", "murieron 234 personas", "234 Menschen wurden
verletzt"). Such a figure is held against a count of each of its language's nouns of people
too, as against its own noun ("234 dead", "234 deaths"), though only where the count's
sentence says its fate: "2,000 people live in the province" and "2,000 people were evacuated"
count others. The words of each fate are fates.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Figure
from ..counting import Counting
from .fates import fate_patterns, fates_of
from .partwords import toll_words
from .rates import unit_counted

# By language: the nouns a count of people is given in ("234 people", "234 personas").
PEOPLE = {
    "en": "people persons",
    "fr": "personnes",
    "es": "personas",
    "de": "Menschen Personen",
    "it": "persone",
    "pt": "pessoas",
    # Each form a number puts the noun in: "143 человека", "145 человек"; "143 людини", "145
    # людей" (their stems do not meet).
    "ru": "человек человека людей",
    "uk": "людей людини осіб особи",
    "cs": "lidí lidé lidi osob osoby",  # "13 lidí", "3 lidé"
    "nb": "mennesker personer", "no": "mennesker personer",
    "sv": "människor personer", "da": "mennesker personer",
}
# By language: the plural nouns that count the dead as the words of death do ("234 deaths",
# "234 fatalities" of "234 dead"): a label of death counts them too. Each word of the dead
# is one, so a label of one ("fallecidos") is held against a count of another ("muertos").
DEATHS = {
    "en": "deaths fatalities",
    "fr": "décès morts",
    "es": "muertes fallecidos muertos",
    "de": "Todesopfer Todesfälle",
    "it": "decessi",
    "pt": "mortes óbitos mortos falecidos",
    "nb": "dødsofre omkomne", "no": "dødsofre omkomne", "sv": "dödsoffer omkomna",
    "da": "dødsofre omkomne",
}
DEATH = 0  # the place of death in fates.py's table
# By language: the words that open the number of those a fate befell ("the number of dead",
# "el número de muertos", "die Zahl der Toten"): a toll by another name.
NUMBER_OF = {
    "en": r"number\s+of", "fr": r"nombre\s+de", "es": r"número\s+de|cifra\s+de",
    "de": r"Zahl\s+der", "it": r"numero\s+d[ei]", "pt": r"número\s+de",
    "ru": r"число|количество", "uk": r"кількість|число",
    "nb": r"antall(?:et)?", "no": r"antall(?:et)?", "sv": r"antal(?:et)?", "da": r"antal(?:let)?",
}


def fate_head(label: str, counting: Counting) -> str | None:
    """Return the word that opens a label, past the words that say nothing ("more"), if it is
    a fate's ("dead", "muertos", "Tote"): the noun of what it counts; else None."""
    words = label.split()
    while words and words[0].lower() in counting.stop_words:
        words.pop(0)
    head = words[0].strip(",;:.") if words and not counting.head_last else ""
    patterns = fate_patterns(counting.language)
    return head if any(pattern.fullmatch(head) for pattern in patterns) else None


def with_people(figures: list[Figure], counting: Counting) -> list[tuple[Figure, Figure]]:
    """Return (figure, figure as read) for each figure as it is, and as each count of people
    it may be read as (see readings())."""
    return [(figure, read) for figure in figures for read in (figure, *readings(figure,
                                                                                   counting))]


def readings(figure: Figure, counting: Counting) -> list[Figure]:
    """Return a figure as the other counts its label may be read as: one whose noun is a fate
    as a count of each noun of people of its language ("dead in Valencia province" as "people
    dead in Valencia province") and, a fate of death, of each noun of the dead ("deaths dead
    in ..."); one whose noun is of people and that says death as a count of the dead ("people
    killed in ..." as "deaths killed in ...")."""
    code = counting.language.split("-")[0]
    people = PEOPLE.get(code, "").split()
    deaths = DEATHS.get(code, "").split() if DEATH in fates_of(
        figure.label, counting.language) else []
    head = fate_head(figure.label, counting)
    if head is not None:
        return [replace(figure, label=f"{noun} {figure.label}") for noun in people + deaths
                if noun.lower() != head.lower()]
    words = figure.label.split()
    first = next((word for word in words if word.lower() not in counting.stop_words), "")
    if first not in people or counting.head_last:
        return []
    return [replace(figure, label=figure.label.replace(first, noun, 1)) for noun in deaths]


def of_people(unit: str, counting: Counting) -> bool:
    """Tell whether a unit is a count of people, by one of its language's nouns of them or
    of the dead."""
    code = counting.language.split("-")[0]
    nouns = (PEOPLE.get(code, "") + " " + DEATHS.get(code, "")).split()
    return unit_counted(unit) in {counting.stem(noun) for noun in nouns}


def without_fate(label: str, unit: str, counting: Counting) -> str:
    """Return the words of a label that relate it to a count of people of its unit: its fate
    says what the people are, as a noun does ("dead" of "dead in Valencia province"), and is
    left out as a noun is; the label as it is for any other unit."""
    head = fate_head(label, counting)
    if head is None or not of_people(unit, counting):
        return label
    return label.replace(head, " ", 1)


def fate_unsaid(label: str, unit: str, sentence: str, counting: Counting) -> bool:
    """Tell whether a count of people (its unit) is held against a label whose noun is a
    fate, and its sentence says none of the label's fates: "Some 2,000 people live in the
    province" counts no "dead in the province"."""
    if fate_head(label, counting) is None or not of_people(unit, counting):
        return False
    language = counting.language
    return not fates_of(label, language) & fates_of(sentence, language)


def toll_noun(words: str, counting: Counting) -> str | None:
    """Return the noun of people a death toll counts in a language ("people"), if words name
    a toll, or open with its number ("the number of dead"), and a fate ("The death toll in
    Valencia province" of "... rose to 234", not "The toll on the bridge"); else None."""
    code = counting.language.split("-")[0]
    toll, nouns, number = toll_words(counting.language), PEOPLE.get(code), NUMBER_OF.get(code)
    tolled = toll is not None and toll.search(words) or number is not None and re.match(
        rf"(?:{number})(?!\w)", words, re.IGNORECASE)
    named = tolled and fates_of(words, counting.language)
    return nouns.split()[0] if nouns and named else None
