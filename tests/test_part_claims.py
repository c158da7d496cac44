"""Amounts of a part held against a figure of another: a name given with another amount, what a
share is of."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, GERMAN, stated, warnings_of
from .test_portuguese_counts import BRAZIL


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f"\n--- figures\nfigures:\n  - value: \"{value}\"\n    label: {label}\n---\n"


NORWAY = figure("R$ 450 milhões", "doação da Noruega ao fundo")


@pytest.mark.parametrize(("text", "said"), [
    # Norway is named with the percentage, not with the fund's R$ 4,5 bilhões.
    ("O fundo recebeu R$ 4,5 bilhões em doações, 93,8 % delas da Noruega.", []),
    # Named with the amount itself, it is held against Norway's figure.
    ("O fundo recebeu R$ 500 milhões da Noruega, 10 % das doações.", ["'R$ 500 milhões'"]),
    ("A Noruega doou R$ 500 milhões ao fundo.", ["'R$ 500 milhões'"]),
])
def test_a_name_given_with_another_amount_speaks_of_that_one(text: str, said: list[str]
                                                             ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + NORWAY, BRAZIL)) == said


STAFF = figure("rund 120.000", "Beschäftigte der Volkswagen AG in Deutschland")


@pytest.mark.parametrize(("text", "said"), [
    # In German too, a country named with another amount speaks of that one.
    ("Volkswagen beschäftigt in Deutschland rund 120.000 Menschen, weltweit rund 680.000 "
     "Beschäftigte.", []),
    ("Volkswagen hat in Deutschland rund 150.000 Beschäftigte, weltweit rund 680.000.",
     ["'150.000 Beschäftigte'"]),
])
def test_a_country_given_with_another_amount_in_german(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + STAFF, GERMAN)) == said


ENVELOPE = figure("34,3 %", "part de la France dans l'enveloppe totale")


@pytest.mark.parametrize(("text", "said"), [
    # In French, "dans" names the whole of a share after its holder: the envelope, not France.
    ("La part de la France est de 36,3 % de l'enveloppe totale.", ["'36,3 %'"]),
    ("La part de la France est de 34,3 % de l'enveloppe totale.", []),
    # A share of another whole is another figure.
    ("La part de la France est de 36,3 % des importations.", []),
])
def test_dans_names_the_whole_of_a_french_share(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + ENVELOPE, FRENCH)) == said


NUCLEAR = figure("6 Prozent", "Anteil der Kernkraftwerke am Strom")
RENEWABLES = figure("6 Prozent", "Anteil der Erneuerbaren an der Stromerzeugung")
MIX = figure("6 Prozent", "Anteil am Strommix")


@pytest.mark.parametrize(("text", "label", "said"), [
    # In German, "am" and "an der" name the whole of a share after its holder: the
    # electricity, not the nuclear plants.
    ("Die Kernkraftwerke lieferten 16 Prozent des Stroms.", NUCLEAR, ["'16 Prozent'"]),
    ("Die Kernkraftwerke lieferten 6 Prozent des Stroms.", NUCLEAR, []),
    ("Die Erneuerbaren lieferten 16 Prozent der Stromerzeugung.", RENEWABLES,
     ["'16 Prozent'"]),
    ("Wind und Sonne lieferten 16 Prozent des Strommixes.", MIX, ["'16 Prozent'"]),
    # A share of another whole is another figure.
    ("Die Kernkraftwerke lieferten 16 Prozent des Gases.", NUCLEAR, []),
    ("Die Erneuerbaren lieferten 16 Prozent der Wärme.", RENEWABLES, []),
])
def test_am_names_the_whole_of_a_german_share(text: str, label: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + label, GERMAN)) == said


def test_an_am_of_a_time_names_no_whole() -> None:
    # Only a share's label names its whole so: "am Jahresende" is when, not what of.
    text = "Die Arbeitslosenquote lag am Jahresende bei 16 Prozent der Erwerbspersonen."
    label = figure("6 Prozent", "Arbeitslosenquote am Jahresende")
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + label, GERMAN)) == ["'16 Prozent'"]
