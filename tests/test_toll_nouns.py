"""A death toll named as "the number of dead" rather than "the toll" is a toll too: told day
by day in one sentence, a later day's lower count with no word of a revision is a warning."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

FIGURE = '\n--- figures\nfigures:\n  - value: "224"\n    label: {}\n---\n'


def lower_tolls(language: str, label: str, text: str) -> list[str]:
    """Return the warnings of a toll lower than an earlier day's, for a text in a summary."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-12-10\nlanguage: {language}\n---\n"
    return [line for line in warnings_of(f"\n--- summary\n---\n{text}\n"
                                         + FIGURE.format(label), front) if "lower than" in line]


@pytest.mark.parametrize(("language", "label", "text"), [
    ("de", "Tote", "Die Zahl der Toten stieg auf 205 am 1. November und auf 197 am 4. November."),
    ("es", "muertos", "La cifra de muertos llegó a 205 el 1 de noviembre y a 197 el 4 de "
                      "noviembre."),
    ("es", "muertos", "El número de fallecidos pasó a 205 el 1 de noviembre y a 197 el 4 de "
                      "noviembre."),
    ("fr", "morts", "Le nombre de morts est passé à 205 le 1er novembre et à 197 le 4 novembre."),
    ("en", "dead", "The death count rose to 205 on 1 November and to 197 on 4 November."),
])
def test_a_number_of_dead_that_falls_a_day_later_is_warned_about(
        language: str, label: str, text: str) -> None:
    assert [line.split(": ", 2)[2] for line in lower_tolls(language, label, text)] == [
        "section 'summary' gives a toll of 197, lower than the 205 of an earlier day, with no "
        "word of a revision"]


@pytest.mark.parametrize(("language", "label", "text"), [
    ("de", "Tote", "Die Zahl der Toten stieg auf 205 am 1. November und auf 217 am 4. November."),
    ("es", "muertos", "La cifra de muertos llegó a 205 el 1 de noviembre y a 217 el 4 de "
                      "noviembre."),
    ("fr", "morts", "Le nombre de morts, révisé à la baisse, est passé de 205 le 1er novembre à "
                    "197 le 4 novembre."),
    ("en", "dead", "The death count rose to 205 on 1 November and to 217 on 4 November."),
])
def test_a_number_of_dead_that_rises_or_is_revised_is_silent(
        language: str, label: str, text: str) -> None:
    assert lower_tolls(language, label, text) == []
