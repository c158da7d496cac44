"""A day a figure's label names is a time, not a word a sentence shares with it: a sentence of
that day speaks of the figure only by the label's other words, and one of another day (or a
timeline event dated to another) speaks of another time."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

FRONT = "---\ntitle: T\ndek: D\npublished: 2025-03-01\nlanguage: {}\n---\n"
# By language: the turnout of an election day, the winner's share that day, and a wrong turnout.
TURNOUT = {
    "en": ("82.5%", "turnout on 23 February 2025",
           "The Union won the election on 23 February 2025 with 28.5%.",
           "Turnout on 23 February 2025 was 85.2%.", "'85.2%'"),
    "de": ("82,5 Prozent", "Wahlbeteiligung am 23. Februar 2025",
           "Die Union gewann die Wahl am 23. Februar 2025 mit 28,5 Prozent.",
           "Die Wahlbeteiligung lag am 23. Februar 2025 bei 85,2 Prozent.", "'85,2 Prozent'"),
    "fr": ("82,5 %", "taux de participation le 23 février 2025",
           "L'Union a remporté les élections le 23 février 2025 avec 28,5 %.",
           "Le taux de participation a atteint 85,2 % le 23 février 2025.", "'85,2 %'"),
    "es": ("82,5 %", "participación el 23 de febrero de 2025",
           "La Unión ganó las elecciones el 23 de febrero de 2025 con el 28,5 %.",
           "La participación fue del 85,2 % el 23 de febrero de 2025.", "'85,2 %'"),
}


def said(text: str, value: str, label: str, language: str, timeline: str = "") -> list[str]:
    """Return what the warnings about a summary of the text, beside one figure, say it states."""
    figures = f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: "{label}"\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures + timeline,
                              FRONT.format(language)))


@pytest.mark.parametrize("language", sorted(TURNOUT))
def test_a_share_won_on_the_label_s_day_is_not_its_turnout(language: str) -> None:
    value, label, won, _, _ = TURNOUT[language]
    assert said(won, value, label, language) == []


@pytest.mark.parametrize("language", sorted(TURNOUT))
def test_another_turnout_on_the_label_s_day_is_a_warning(language: str) -> None:
    value, label, _, wrong, warned = TURNOUT[language]
    assert said(wrong, value, label, language) == [warned]


MARCHERS = ("1,28 million", "manifestants le 7 mars selon le ministère de l'Intérieur")


@pytest.mark.parametrize(("text", "warned"), [
    ("Le 23 mars, 1,09 million de manifestants ont défilé selon le ministère.", []),
    ("Le 7 mars, 1,09 million de manifestants ont défilé selon le ministère.",
     ["'1,09 million de manifestants'"]),
])
def test_a_count_of_another_day_is_not_the_label_s(text: str, warned: list[str]) -> None:
    assert said(text, *MARCHERS, "fr") == warned


@pytest.mark.parametrize(("day", "warned"), [
    ("2023-01-19", []),
    ("2023-03-07", ["'1,12 million de manifestants'"]),
])
def test_a_timeline_event_of_another_day_is_not_the_label_s(day: str, warned: list[str]
                                                            ) -> None:
    timeline = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
                f"  - date: {day}\n    title: Journée de mobilisation\n"
                "    text: 1,12 million de manifestants selon le ministère.\n---\n")
    assert said("La mobilisation a duré cinq mois.", *MARCHERS, "fr", timeline) == warned
