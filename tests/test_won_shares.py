"""A percentage a party or a candidate won, its whole left out or given, read in each language
as its share of the vote and held against that side's key figure alone."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of

# By language: the labels of two candidates' shares of the vote, and how it writes a percentage.
LABELS = {
    "fr": ("part des voix de Kılıçdaroğlu", "part des voix d'Erdoğan", " %"),
    "es": ("porcentaje de votos de Kılıçdaroğlu", "porcentaje de votos de Erdoğan", " %"),
    "pt": ("percentagem dos votos de Kılıçdaroğlu", "percentagem dos votos de Erdoğan", "%"),
    "it": ("percentuale dei voti di Kılıçdaroğlu", "percentuale dei voti di Erdoğan", "%"),
    "pl": ("odsetek głosów Kılıçdaroğlu", "odsetek głosów Erdoğana", " %"),
    "nl": ("stemmenaandeel van Kılıçdaroğlu", "stemmenaandeel van Erdoğan", " %"),
    "de": ("Stimmenanteil von Kılıçdaroğlu", "Stimmenanteil von Erdoğan", " %"),
    "tr": ("ilk turda Kılıçdaroğlu'nun aldığı oy", "ilk turda Erdoğan'ın aldığı oy", "%"),
    "ru": ("голосов за Кылычдароглу", "голосов за Эрдогана", "%"),
}


def said(language: str, text: str, both: bool = True) -> list[str]:
    """Return what the warnings say a summary of one sentence states, beside the key figures
    of Kılıçdaroğlu's share (47,82) and, if both, Erdoğan's (52,18)."""
    first, second, percent = LABELS[language]
    figures = f"--- figures\nfigures:\n  - value: 47,82{percent}\n    label: {first}\n"
    if both:
        figures += f"  - value: 52,18{percent}\n    label: {second}\n"
    front = FRONT.replace("---\ntitle", f"---\nlanguage: {language}\ntitle")
    return stated(warnings_of(f"--- summary\n---\n{text}\n{figures}---\n", front))


@pytest.mark.parametrize(("language", "text", "expected"), [
    # A percentage alone that a candidate won is of the vote.
    ("fr", "Kılıçdaroğlu a obtenu 46,82 %.", ["'46,82 %'"]),
    ("es", "Kılıçdaroğlu obtuvo el 46,82 %.", ["'46,82 %'"]),
    ("pt", "Kılıçdaroğlu obteve 46,82%.", ["'46,82%'"]),
    ("it", "Kılıçdaroğlu si è fermato al 46,82%.", ["'46,82%'"]),
    ("pl", "Kılıçdaroğlu uzyskał 46,82 proc.", ["'46,82 proc.'"]),
    # Where the verb follows the number, the name before it is the side that won it.
    ("tr", "Kılıçdaroğlu yüzde 46,82'de kaldı.", ["'yüzde 46,82'"]),
    ("tr", "Kılıçdaroğlu yüzde 46,82 oy aldı.", ["'yüzde 46,82'"]),
    # The right share is silent.
    ("fr", "Kılıçdaroğlu a obtenu 47,82 %.", []),
    ("es", "Kılıçdaroğlu obtuvo el 47,82 %.", []),
    ("pt", "Kılıçdaroğlu obteve 47,82%.", []),
    ("it", "Kılıçdaroğlu si è fermato al 47,82%.", []),
    ("pl", "Kılıçdaroğlu uzyskał 47,82 proc.", []),
    ("tr", "Kılıçdaroğlu yüzde 47,82'de kaldı.", []),
    ("tr", "Kılıçdaroğlu yüzde 47,82 oy aldı.", []),
])
def test_a_percentage_a_candidate_won_is_a_share_of_the_vote(
        language: str, text: str, expected: list[str]) -> None:
    assert said(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # The amount after "and" and a name takes the verb of the clause before.
    ("fr", "Erdoğan a obtenu 52,18 % des voix et Kılıçdaroğlu 46,82 %.", ["'46,82 %'"]),
    ("es", "Erdoğan logró el 52,18 % de los votos y Kılıçdaroğlu el 46,82 %.", ["'46,82 %'"]),
    ("pt", "Erdoğan obteve 52,18% dos votos e Kılıçdaroğlu 46,82%.", ["'46,82%'"]),
    ("it", "Erdoğan ha ottenuto il 52,18% dei voti e Kılıçdaroğlu il 46,82%.", ["'46,82%'"]),
    ("nl", "Erdoğan behaalde 52,18 procent van de stemmen en Kılıçdaroğlu 46,82 procent.",
     ["'46,82 procent'"]),
    ("tr", "Erdoğan yüzde 52,18, Kılıçdaroğlu yüzde 46,82 oy aldı.", ["'yüzde 46,82'"]),
    # The right shares are silent.
    ("fr", "Erdoğan a obtenu 52,18 % des voix et Kılıçdaroğlu 47,82 %.", []),
    ("es", "Erdoğan logró el 52,18 % de los votos y Kılıçdaroğlu el 47,82 %.", []),
    ("pt", "Erdoğan obteve 52,18% dos votos e Kılıçdaroğlu 47,82%.", []),
    ("it", "Erdoğan ha ottenuto il 52,18% dei voti e Kılıçdaroğlu il 47,82%.", []),
    ("nl", "Erdoğan behaalde 52,18 procent van de stemmen en Kılıçdaroğlu 47,82 procent.", []),
    ("tr", "Erdoğan yüzde 52,18, Kılıçdaroğlu yüzde 47,82 oy aldı.", []),
])
def test_a_second_sides_share_takes_the_verb_before(
        language: str, text: str, expected: list[str]) -> None:
    assert said(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # Beside one side's figure alone, another side's share is not held against it.
    ("fr", "Erdoğan a obtenu 52,18 % et Kılıçdaroğlu 46,82 %.", ["'46,82 %'"]),
    ("es", "Erdoğan obtuvo el 52,18 % y Kılıçdaroğlu el 46,82 %.", ["'46,82 %'"]),
    ("pt", "Erdoğan obteve 52,18% e Kılıçdaroğlu 46,82%.", ["'46,82%'"]),
    ("it", "Erdoğan ha ottenuto il 52,18% e Kılıçdaroğlu il 46,82%.", ["'46,82%'"]),
    ("nl", "Erdoğan behaalde 52,18 procent en Kılıçdaroğlu 46,82 procent.", ["'46,82 procent'"]),
    ("de", "Erdoğan erhielt 52,18 Prozent der Stimmen und Kılıçdaroğlu 46,82 Prozent.",
     ["'46,82 Prozent'"]),
    ("tr", "Erdoğan yüzde 52,18, Kılıçdaroğlu yüzde 46,82 oy aldı.", ["'yüzde 46,82'"]),
    # Nor when the side's own share is right.
    ("de", "Erdoğan erhielt 52,18 Prozent der Stimmen und Kılıçdaroğlu 47,82 Prozent.", []),
    ("tr", "Erdoğan yüzde 52,18, Kılıçdaroğlu yüzde 47,82 oy aldı.", []),
])
def test_a_share_is_held_against_its_own_sides_figure_alone(
        language: str, text: str, expected: list[str]) -> None:
    assert said(language, text, both=False) == expected


@pytest.mark.parametrize(("language", "text"), [
    # A share of the seats, a turnout or a poll is no share of the vote won.
    ("fr", "Kılıçdaroğlu a obtenu 46,82 % des sièges."),
    ("fr", "La participation a atteint 46,82 %."),
    ("es", "Kılıçdaroğlu obtuvo el 46,82 % de los escaños."),
    ("es", "La participación fue del 46,82 %."),
    ("pt", "Kılıçdaroğlu obteve 46,82% das cadeiras."),
    ("it", "Kılıçdaroğlu ha ottenuto il 46,82% dei seggi."),
    ("it", "L'affluenza è stata del 46,82%."),
    ("pl", "Kılıçdaroğlu zdobył 46,82 proc. mandatów."),
    ("pl", "Frekwencja wyniosła 46,82 proc."),
    ("nl", "De opkomst was 46,82 procent."),
    ("de", "Die Wahlbeteiligung lag bei 46,82 Prozent."),
    ("tr", "Katılım yüzde 46,82 oldu."),
    ("tr", "Anketlerde Kılıçdaroğlu yüzde 46,82 oy alıyor."),
])
def test_a_share_of_another_whole_stays_silent(language: str, text: str) -> None:
    assert said(language, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Russian names the side in its own case ("Эрдоган", "за Эрдогана") and the vote after
    # the share ("46,82% голосов").
    ("Кылычдароглу получил 46,82% голосов.", ["'46,82%'"]),
    ("Эрдоган набрал 52,18% голосов, а Кылычдароглу — 46,82%.", ["'46,82%'"]),
    ("Кылычдароглу получил 47,82% голосов.", []),
    ("Эрдоган набрал 52,18% голосов, а Кылычдароглу — 47,82%.", []),
])
def test_a_russian_share_is_held_against_its_sides_figure(
        text: str, expected: list[str]) -> None:
    assert said("ru", text) == expected
