"""Rules of the figure checks that each language the checks read writes its own way: a
proportion, what others expected of a figure, the whole of a share named after its holder."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of

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
