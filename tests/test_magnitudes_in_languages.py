"""An earthquake's magnitude in French, Spanish, German, Portuguese and Italian ("un séisme
de magnitude 7,6", "ein Erdbeben der Stärke 7,6") is read as one, and held against a figure
whose label names a magnitude and whose value gives its number alone ("7,8")."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

# By language: the figure's label, and a sentence with the magnitude it gives.
QUAKES = {
    "fr": ("magnitude du premier séisme",
           "Un séisme de magnitude {} a frappé le sud du pays le 6 février."),
    "es": ("magnitud del primer terremoto",
           "Un terremoto de magnitud {} sacudió el sur del país el 6 de febrero."),
    "de": ("Stärke des ersten Erdbebens",
           "Ein Erdbeben der Stärke {} erschütterte den Süden des Landes am 6. Februar."),
    "pt": ("magnitude do primeiro sismo",
           "Um sismo de magnitude {} atingiu o sul do país em 6 de fevereiro."),
    "it": ("magnitudo del primo terremoto",
           "Un terremoto di magnitudo {} ha colpito il sud del paese il 6 febbraio."),
}


def said(language: str, magnitude: str) -> list[str]:
    """Return what the warnings of a story in a language say its summary states, where the
    summary gives a quake of a magnitude and the key figure says 7,8."""
    label, sentence = QUAKES[language]
    front = f"---\ntitle: T\ndek: D\npublished: 2023-02-10\nlanguage: {language}\n---\n"
    body = (f"\n--- summary\n---\n{sentence.format(magnitude)}\n\n--- figures\nfigures:\n"
            f'  - value: "7,8"\n    label: {label}\n---\n')
    return stated(warnings_of(body, front))


@pytest.mark.parametrize(("language", "written"), [
    ("fr", "magnitude 7,6"), ("es", "magnitud 7,6"), ("de", "Stärke 7,6"),
    ("pt", "magnitude 7,6"), ("it", "magnitudo 7,6")])
def test_another_magnitude_than_the_figure_s_warns(language: str, written: str) -> None:
    assert said(language, "7,6") == [f"'{written}'"]


@pytest.mark.parametrize("language", sorted(QUAKES))
def test_the_figure_s_magnitude_is_silent(language: str) -> None:
    assert said(language, "7,8") == []


@pytest.mark.parametrize(("language", "sentence", "written"), [
    ("fr", "Le séisme, d'une magnitude de 7,6, a frappé à l'aube.", "magnitude de 7,6"),
    ("es", "El primer terremoto, de 7,6 en la escala de Richter, sacudió la región.",
     "7,6 en la escala de Richter"),
    ("de", "Das Erdbeben hatte eine Stärke von 7,6 auf der Richterskala.", "Stärke von 7,6"),
    ("it", "Il terremoto, di magnitudo 7.6, ha colpito all'alba.", "magnitudo 7.6"),
])
def test_a_magnitude_written_otherwise_is_read_too(language: str, sentence: str,
                                                   written: str) -> None:
    label = QUAKES[language][0]
    front = f"---\ntitle: T\ndek: D\npublished: 2023-02-10\nlanguage: {language}\n---\n"
    body = (f"\n--- summary\n---\n{sentence}\n\n--- figures\nfigures:\n"
            f'  - value: "7,8"\n    label: {label}\n---\n')
    assert stated(warnings_of(body, front)) == [f"'{written}'"]
    right = body.replace("7,6", "7,8").replace("7.6", "7.8")
    assert warnings_of(right, front) == []
