"""Counts written in words, compared with the key figures as counts in figures are."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of


def front(language: str) -> str:
    """Return the front matter of an explainer in a language."""
    return FRONT.replace("\n---\n", f"\nlanguage: {language}\n---\n")


def said(language: str, value: str, label: str, text: str) -> list[str]:
    """Return what the warnings say the text states, beside one key figure."""
    figures = f'--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n\n" + figures, front(language)))


WINS = ("7", "wins at the tournament")
OFFICERS = ("7", "officers sent to the mission")


@pytest.mark.parametrize(("language", "value", "label", "text", "expected"), [
    # A count in words is held against the figure, as the same count in figures is.
    ("en", *WINS, "The team had six wins at the tournament.", ["'six wins'"]),
    ("en", *WINS, "The team had 6 wins at the tournament.", ["'6 wins'"]),
    ("en", *WINS, "The team had seven wins at the tournament.", []),
    ("en", *WINS, "The team had twenty-five wins at the tournament.", ["'twenty-five wins'"]),
    ("en", "12", "eggs in the basket", "There were a dozen eggs in the basket.", []),
    ("en", "13", "eggs in the basket", "There were a dozen eggs in the basket.",
     ["'a dozen eggs'"]),
    ("en", "200", "officers sent to the mission", "A hundred officers were sent to the mission.",
     ["'A hundred officers'"]),
    # A word for one names no count, unless a scale follows it.
    ("en", "3 million", "people displaced by the floods",
     "Two million people were displaced by the floods.", ["'Two million people'"]),
    ("en", "3 million", "people displaced by the floods",
     "One million people were displaced by the floods.", ["'One million people'"]),
    ("en", "3 million", "people displaced by the floods",
     "1 million people were displaced by the floods.", ["'1 million people'"]),
    ("en", "2 million", "people displaced by the floods",
     "Two million people were displaced by the floods.", []),
    ("fr", "3 millions", "personnes déplacées par les inondations",
     "Deux millions de personnes ont été déplacées par les inondations.",
     ["'Deux millions de personnes'"]),
    ("fr", "3 millions", "personnes déplacées par les inondations",
     "Un million de personnes ont été déplacées par les inondations.",
     ["'Un million de personnes'"]),
    ("de", "3 Millionen", "Menschen durch die Fluten vertrieben",
     "Zwei Millionen Menschen wurden durch die Fluten vertrieben.",
     ["'Zwei Millionen Menschen'"]),
    ("es", "3 millones", "personas desplazadas por las inundaciones",
     "Dos millones de personas fueron desplazadas por las inundaciones.",
     ["'Dos millones de personas'"]),
    ("es", "2 millones", "personas desplazadas por las inundaciones",
     "Dos millones de personas fueron desplazadas por las inundaciones.", []),
    ("fr", "7", "victoires au tournoi", "L'équipe a obtenu six victoires au tournoi.",
     ["'six victoires'"]),
    ("fr", "7", "victoires au tournoi", "L'équipe a obtenu sept victoires au tournoi.", []),
    ("de", "7", "Siege beim Turnier", "Das Team holte sechs Siege beim Turnier.",
     ["'sechs Siege'"]),
    ("de", "7", "Siege beim Turnier", "Das Team holte sieben Siege beim Turnier.", []),
    ("es", "7", "victorias en el torneo", "El equipo logró seis victorias en el torneo.",
     ["'seis victorias'"]),
    ("it", "7", "vittorie al torneo", "La squadra ha ottenuto sei vittorie al torneo.",
     ["'sei vittorie'"]),
    ("it", "7", "vittorie al torneo", "La squadra ha ottenuto sette vittorie al torneo.", []),
    ("pt", "7", "vitórias no torneio", "A equipe obteve seis vitórias no torneio.",
     ["'seis vitórias'"]),
    ("pt", "7", "vitórias no torneio", "A equipe obteve sete vitórias no torneio.", []),
    ("sw", "7", "maafisa waliotumwa", "Timu ilituma maafisa wanane waliotumwa.",
     ["'maafisa wanane'"]),
    ("sw", "7", "maafisa waliotumwa", "Timu ilituma maafisa saba waliotumwa.", []),
    ("hi", "7", "टीम की जीत", "टीम ने छह जीत दर्ज कीं।", ["'छह जीत'"]),
    ("hi", "7", "टीम की जीत", "टीम ने सात जीत दर्ज कीं।", []),
])
def test_a_count_in_words_is_compared_with_the_figures(
        language: str, value: str, label: str, text: str, expected: list[str]) -> None:
    assert said(language, value, label, text) == expected


@pytest.mark.parametrize(("language", "text"), [
    # "one" is a pronoun as often as a number; "a" and "an" are never one.
    ("en", "One of the officers sent to the mission was hurt."),
    ("en", "No one knows how many officers were sent to the mission."),
    ("en", "The one who led the officers sent to the mission resigned."),
    ("en", "An officer sent to the mission was hurt, and a union of officers objected."),
    ("en", "One day the officers sent to the mission left."),
    ("en", "At one point the officers sent to the mission left."),
    ("en", "At one o'clock the officers sent to the mission left."),
    # Ordinals and fractions are no counts; nor is "a couple of".
    ("en", "The first officers sent to the mission arrived, then the second officers."),
    ("en", "Two-thirds of the officers sent to the mission are women."),
    ("en", "Two thirds of the officers sent to the mission are women."),
    ("en", "Three-quarters of the officers sent to the mission are women."),
    ("en", "A couple of officers sent to the mission left."),
    # A number word capitalised within a sentence is a name.
    ("en", "The Group of Seven nations sent officers to the mission."),
    ("en", "The Big Three officers sent to the mission met."),
    ("en", "Fantastic Four fans cheered the officers sent to the mission."),
    ("en", "Ocean's Eleven viewers cheered the officers sent to the mission."),
    # Articles.
    ("de", "Ein Polizist für die Mission wurde verletzt, eine Polizistin auch."),
    ("fr", "Un policier pour la mission a été blessé, une policière aussi."),
    ("es", "Un policía para la misión resultó herido, una mujer también, uno de ellos."),
    ("it", "Un agente per la missione è stato ferito, uno di loro, una donna."),
    ("pt", "Um policial para a missão ficou ferido, uma mulher também."),
    # A month beside a day in figures: French "sept".
    ("fr", "Le 12 sept. 2024, des policiers pour la mission sont arrivés."),
])
def test_a_word_that_counts_nothing_is_not_compared(language: str, text: str) -> None:
    label = {"en": OFFICERS[1], "de": "Polizisten für die Mission",
             "fr": "policiers pour la mission", "es": "policías para la misión",
             "it": "agenti per la missione", "pt": "policiais para a missão"}[language]
    assert said(language, "7", label, text) == []


def test_a_label_that_gives_a_counts_number_names_it() -> None:
    # "trois pays" is a count of its own now, and the label's words too: the 75 million
    # is still held against the figure.
    assert said("fr", "72 millions", "habitants des trois pays",
                "Les trois pays comptent 75 millions d'habitants.") == \
        ["'75 millions d'habitants'"]


@pytest.mark.parametrize(("text", "expected"), [
    # A count after "top" or "bottom" picks a part by its rank: no count of the whole ...
    ("It was the first time that the top two teams at the Games finished level.", []),
    ("The bottom three teams at the Games go home, as the bottom 3 teams did before.", []),
    # ... but the same count without the rank is one.
    ("It was the first time that two teams at the Games finished level.", ["'two teams'"]),
])
def test_a_count_picked_by_rank_is_not_compared(text: str, expected: list[str]) -> None:
    assert said("en", "206", "national teams at the Games", text) == expected
