"""A key figure given with a qualifier ("More than 580,000", "Mais de 580 mil", "Circa il
60%") is a bound: the text may give the number exactly, or with a qualifier of its own, and
agrees with it where the numbers each allows meet."""

from __future__ import annotations

import pytest

from .test_added_amounts import ITALIAN, PORTUGUESE, figures
from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of

BRAZILIAN = PORTUGUESE.replace("language: pt", "language: pt-BR")


@pytest.mark.parametrize(("front", "value", "label", "text", "said"), [
    # Within the bound, exactly or with a qualifier that meets it.
    (BRAZILIAN, "Mais de 580 mil", "desalojados pelas chuvas",
     "As chuvas deixaram 581.638 desalojados.", []),
    (BRAZILIAN, "Mais de 580 mil", "desalojados pelas chuvas",
     "As chuvas deixaram mais de 600 mil desalojados.", []),
    (FRONT, "More than 580,000", "people displaced by the rains",
     "The rains displaced 581,638 people.", []),
    (FRONT, "Nearly 600,000", "people displaced by the rains",
     "The rains displaced about 590,000 people.", []),
    (ITALIAN, "Circa il 60%", "quota della spesa per le opere a terra",
     "Il 58% della spesa andrà alle opere a terra.", []),
    (FRONT, "More than $12 billion", "damage to roads and homes",
     "Damage to roads and homes came to $12.4 billion.", []),
    # Outside it, however written.
    (BRAZILIAN, "Mais de 580 mil", "desalojados pelas chuvas",
     "As chuvas deixaram 58 mil desalojados.", ["'58 mil desalojados'"]),
    (BRAZILIAN, "Mais de 580 mil", "desalojados pelas chuvas",
     "As chuvas deixaram menos de 500 mil desalojados.", ["'500 mil desalojados'"]),
    (FRONT, "Nearly 600,000", "people displaced by the rains",
     "The rains displaced 620,000 people.", ["'620,000 people'"]),
    (ITALIAN, "Circa il 60%", "quota della spesa per le opere a terra",
     "Il 70% della spesa andrà alle opere a terra.", ["'70%'"]),
    (FRONT, "More than $12 billion", "damage to roads and homes",
     "Damage to roads and homes came to $9 billion.", ["'$9 billion'"]),
])
def test_a_qualified_figure_is_a_bound(front: str, value: str, label: str, text: str,
                                       said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figures((value, label))
    assert stated(warnings_of(body, front)) == said


@pytest.mark.parametrize(("value", "text", "said"), [
    # Two round numbers are two numbers: the slack of "about" is for rounding one.
    ("About 1,000", "About 1,200 Kenyan police officers are set to deploy.",
     ["'1,200 Kenyan police officers'"]),
    ("About 1,000", "About 1,000 Kenyan police officers are set to deploy.", []),
    ("About 1,000", "Exactly 1,040 Kenyan police officers are set to deploy.", []),
])
def test_two_round_numbers_are_read_as_one_is(value: str, text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figures((value, "Kenyan police officers set to deploy"))
    assert stated(warnings_of(body)) == said


@pytest.mark.parametrize(("text", "said"), [
    # "As many as" gives a high estimate, which a figure below it fits.
    ("As many as 12,000 people are still missing in Derna.", []),
    ("Derna's mayor said as many as 12,000 people were missing.", []),
    ("As many as 10,000 people are still missing in Derna.", ["'10,000 people'"]),
])
def test_as_many_as_is_a_high_estimate(text: str, said: list[str]) -> None:
    missing = figures(("10,100", "people missing in Derna"))
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + missing)) == said


@pytest.mark.parametrize(("text", "said"), [
    # "About" rounds: a number written to its last digit is no rounding of one far from it.
    ("About 624 million people voted.", ["'624 million people'"]),
    ("Nearly 624 million people voted.", ["'624 million people'"]),
    ("About 640 million people voted.", []),
    ("About 645 million people voted.", []),
    ("About 600 million people voted.", []),
    ("Nearly 650 million people voted.", []),
])
def test_about_leaves_the_room_its_number_is_written_to(text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figures(("642 million", "people who voted"))
    assert stated(warnings_of(body)) == said


@pytest.mark.parametrize(("front", "value", "label", "text", "said"), [
    # A level crossed, as a newsroom writes it in each language, is a bound of the figure.
    (FRENCH, "226 km/h", "rafale mesurée à Pamandzi",
     "Les rafales ont dépassé 220 km/h à Pamandzi.", []),
    (FRENCH, "226 km/h", "rafale mesurée à Pamandzi",
     "Les rafales ont dépassé les 230 km/h à Pamandzi.", ["'230 km/h'"]),
    (SPANISH, "771,8 litros por metro cuadrado", "de lluvia en Turís en 24 horas",
     "En Turís la lluvia superó los 700 litros por metro cuadrado en 24 horas.", []),
    (SPANISH, "771,8 litros por metro cuadrado", "de lluvia en Turís en 24 horas",
     "En Turís la lluvia superó los 800 litros por metro cuadrado.",
     ["'800 litros por metro cuadrado'"]),
    (BRAZILIAN, "5,35 metros", "nível recorde do Guaíba em Porto Alegre",
     "O nível do Guaíba em Porto Alegre ultrapassou 5 metros.", []),
    (BRAZILIAN, "5,35 metros", "nível recorde do Guaíba em Porto Alegre",
     "O nível do Guaíba em Porto Alegre ultrapassou os 6 metros.", ["'6 metros'"]),
    (ITALIAN, "92%", "alberghi di Roma occupati durante il conclave",
     "Durante il conclave gli alberghi di Roma occupati hanno superato il 90%.", []),
    (ITALIAN, "92%", "alberghi di Roma occupati durante il conclave",
     "Durante il conclave gli alberghi di Roma occupati hanno superato il 95%.", ["'95%'"]),
    (GERMAN, "82,5 %", "Wahlbeteiligung",
     "Die Wahlbeteiligung überstieg 80 Prozent.", []),
    (GERMAN, "82,5 %", "Wahlbeteiligung",
     "Die Wahlbeteiligung überstieg 85 Prozent.", ["'85 Prozent'"]),
])
def test_a_level_crossed_is_a_bound_in_each_language(front: str, value: str, label: str,
                                                     text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figures((value, label))
    assert stated(warnings_of(body, front)) == said


@pytest.mark.parametrize(("value", "label", "text", "said"), [
    # A figure whose label says its level was crossed: a later, higher level agrees with it.
    ("$3 trillion", "market value passed on 5 June 2024",
     "On 18 June the market value rose to about $3.34 trillion.", []),
    ("1,000", "confirmed cases topped in the capital",
     "Confirmed cases in the capital reached 1,240 by the end of the month.", []),
    # A level below the one crossed still disagrees.
    ("$3 trillion", "market value passed on 5 June 2024",
     "On 5 June the market value was $2.8 trillion.", ["'$2.8 trillion'"]),
    # A passive names the sum itself, not a level crossed.
    ("$95 billion", "aid passed by the Senate",
     "The aid the Senate approved came to $97 billion.", ["'$97 billion'"]),
    # Things passed are counted, not a level of them crossed: "laws passed in 2023".
    ("42", "laws passed in 2023", "Parliament passed 45 laws in 2023.", ["'45 laws'"]),
    ("42", "laws passed in 2023", "Parliament passed 42 laws in 2023.", []),
])
def test_a_level_a_label_says_was_crossed_is_a_bound(value: str, label: str, text: str,
                                                      said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figures((value, label))
    assert stated(warnings_of(body)) == said
