"""Rules of the figure checks that each language the checks read writes its own way: a
proportion, what others expected of a figure, a margin."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, GERMAN, SPANISH, stated, warnings_of

ITALIAN = FRENCH.replace("language: fr", "language: it")
PORTUGUESE = FRENCH.replace("language: fr", "language: pt")


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f"\n--- figures\nfigures:\n  - value: \"{value}\"\n    label: {label}\n---\n"


def said(text: str, front: str, figures: str) -> list[str]:
    """Return the amounts a summary of the text is warned of, beside the figures."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))


REFUGEES = {
    FRENCH: figure("1,5 million", "réfugiés du Soudan en Égypte"),
    GERMAN: figure("1,5 Millionen", "Flüchtlinge aus dem Sudan in Ägypten"),
    ITALIAN: figure("1,5 milioni", "rifugiati dal Sudan in Egitto"),
}


@pytest.mark.parametrize(("text", "front", "warned"), [
    # A proportion's two numbers count no refugees.
    ("En Égypte, 2 sur 5 réfugiés du Soudan vivent au Caire.", FRENCH, []),
    ("In Ägypten leben 2 von 5 Flüchtlingen aus dem Sudan in Kairo.", GERMAN, []),
    ("In Egitto, 2 su 5 rifugiati dal Sudan vivono al Cairo.", ITALIAN, []),
    # A count of them is still held against the figure, and so is one after a year.
    ("En Égypte, 5 réfugiés du Soudan vivent au Caire.", FRENCH, ["'5 réfugiés'"]),
    ("In Ägypten leben 5 Flüchtlinge aus dem Sudan in Kairo.", GERMAN, ["'5 Flüchtlinge'"]),
    ("Seit 2020 von 500 Flüchtlingen aus dem Sudan in Ägypten auf 900 gestiegen.", GERMAN,
     ["'500 Flüchtlingen'"]),
    ("In Egitto, 5 rifugiati dal Sudan vivono al Cairo.", ITALIAN, ["'5 rifugiati'"]),
])
def test_the_numbers_of_a_proportion_count_nothing_in_every_language(
        text: str, front: str, warned: list[str]) -> None:
    assert said(text, front, REFUGEES[front]) == warned


INFLATION = {
    FRENCH: figure("3,8 %", "inflation en septembre, sur un an"),
    SPANISH: figure("3,8 %", "inflación en septiembre, interanual"),
    GERMAN: figure("3,8 %", "Inflation im September, im Jahresvergleich"),
    ITALIAN: figure("3,8%", "inflazione a settembre, su base annua"),
    PORTUGUESE: figure("3,8%", "inflação em setembro, em termos anuais"),
}


@pytest.mark.parametrize(("text", "front", "warned"), [
    # What others expected before the figure was known is not its level.
    ("Les économistes tablaient sur une inflation de 3,5 % en septembre.", FRENCH, []),
    ("Les analystes s'attendaient à une inflation de 3,5 % en septembre.", FRENCH, []),
    ("Los analistas esperaban una inflación del 3,5 % en septiembre.", SPANISH, []),
    ("Ökonomen hatten für September eine Inflation von 3,5 % erwartet.", GERMAN, []),
    ("Analysten erwarteten im September eine Inflation von 3,5 %.", GERMAN, []),
    ("Ökonomen hatten für September mit einer Inflation von 3,5 % gerechnet.", GERMAN, []),
    ("Analysten rechneten im September mit einer Inflation von 3,5 %.", GERMAN, []),
    ("Gli analisti si aspettavano un'inflazione del 3,5% a settembre.", ITALIAN, []),
    ("Os economistas esperavam uma inflação de 3,5% em setembro.", PORTUGUESE, []),
    # The figure's own level is still compared.
    ("L'inflation était de 3,5 % en septembre.", FRENCH, ["'3,5 %'"]),
    ("La inflación fue del 3,5 % en septiembre.", SPANISH, ["'3,5 %'"]),
    ("Die Inflation lag im September bei 3,5 %.", GERMAN, ["'3,5 %'"]),
    ("L'inflazione a settembre è stata del 3,5%.", ITALIAN, ["'3,5%'"]),
    ("A inflação foi de 3,5% em setembro.", PORTUGUESE, ["'3,5%'"]),
    # And so is what is due, or said to be, which is no forecast of others.
    ("Une inflation de 3,5 % était attendue en septembre.", FRENCH, ["'3,5 %'"]),
    ("Se esperaba una inflación del 3,5 % en septiembre.", SPANISH, ["'3,5 %'"]),
    ("Für September wurde eine Inflation von 3,5 % erwartet.", GERMAN, ["'3,5 %'"]),
    ("Die erwartete Inflation im September lag bei 3,5 %.", GERMAN, ["'3,5 %'"]),
    ("Era attesa un'inflazione del 3,5% a settembre.", ITALIAN, ["'3,5%'"]),
    ("Esperava-se uma inflação de 3,5% em setembro.", PORTUGUESE, ["'3,5%'"]),
])
def test_what_others_expected_of_a_figure_is_not_its_level_in_every_language(
        text: str, front: str, warned: list[str]) -> None:
    assert said(text, front, INFLATION[front]) == warned


OFFICERS = {
    SPANISH: figure("1.000", "policías kenianos listos para el despliegue"),
    PORTUGUESE: figure("1.000", "policiais quenianos prontos para o envio"),
}


@pytest.mark.parametrize(("text", "front", "warned"), [
    # Who waited is no one's forecast: the count of them is compared.
    ("Unos 1.200 policías kenianos esperaban en la frontera el despliegue.", SPANISH,
     ["'1.200 policías'"]),
    ("Cerca de 1.200 policiais quenianos esperavam na fronteira o envio.", PORTUGUESE,
     ["'1.200 policiais'"]),
])
def test_who_waited_is_not_who_expected(text: str, front: str, warned: list[str]) -> None:
    assert said(text, front, OFFICERS[front]) == warned



ENGLISH = FRENCH.replace("language: fr", "language: en")
VOTES = {
    ENGLISH: figure("278", "votes for the censure motion"),
    FRENCH: figure("278", "voix pour la motion de censure"),
    SPANISH: figure("278", "votos a favor de la moción de censura"),
    GERMAN: figure("278", "Stimmen für den Misstrauensantrag"),
    ITALIAN: figure("278", "voti a favore della mozione di sfiducia"),
    PORTUGUESE: figure("278", "votos a favor da moção de censura"),
}


@pytest.mark.parametrize(("text", "front", "warned"), [
    # A margin, or what was lacking, is no level of the votes.
    ("The censure motion was 9 votes short of a majority.", ENGLISH, []),
    ("The censure motion lacked 9 votes.", ENGLISH, []),
    ("La motion de censure a échoué à 9 voix près.", FRENCH, []),
    ("Il a manqué 9 voix à la motion de censure.", FRENCH, []),
    ("La motion de censure a échoué, avec 9 voix d'écart.", FRENCH, []),
    ("La moción de censura fracasó por 9 votos.", SPANISH, []),
    ("A la moción de censura le faltaron 9 votos.", SPANISH, []),
    ("La moción de censura quedó a 9 votos de la mayoría.", SPANISH, []),
    ("La moción de censura perdió con 9 votos de diferencia.", SPANISH, []),
    ("Dem Misstrauensantrag fehlten 9 Stimmen.", GERMAN, []),
    ("Die Regierung überstand den Misstrauensantrag mit 9 Stimmen Vorsprung.", GERMAN, []),
    ("La mozione di sfiducia è fallita per 9 voti.", ITALIAN, []),
    ("Alla mozione di sfiducia sono mancati 9 voti.", ITALIAN, []),
    ("La mozione di sfiducia è stata respinta con 9 voti di scarto.", ITALIAN, []),
    ("A moção de censura falhou por 9 votos.", PORTUGUESE, []),
    ("Faltaram 9 votos à moção de censura.", PORTUGUESE, []),
    ("A moção de censura caiu com 9 votos de diferença.", PORTUGUESE, []),
    # The votes the motion won are still compared.
    ("The censure motion won 287 votes.", ENGLISH, ["'287 votes'"]),
    ("La motion de censure a obtenu 287 voix.", FRENCH, ["'287 voix'"]),
    ("La moción de censura obtuvo 287 votos.", SPANISH, ["'287 votos'"]),
    ("Der Misstrauensantrag erhielt 287 Stimmen.", GERMAN, ["'287 Stimmen'"]),
    ("La mozione di sfiducia ha ottenuto 287 voti.", ITALIAN, ["'287 voti'"]),
    ("A moção de censura obteve 287 votos.", PORTUGUESE, ["'287 votos'"]),
])
def test_a_margin_is_not_a_level_in_every_language(
        text: str, front: str, warned: list[str]) -> None:
    assert said(text, front, VOTES[front]) == warned
