"""Amounts that say what may be or will be (a maximum one faces, a likelihood, a projection)
are not held against the figure as it is."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, GERMAN, SPANISH, stated, warnings_of
from .test_italian_counts import ITALIAN
from .test_portuguese_counts import PORTUGUESE


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f"\n--- figures\nfigures:\n  - value: {value}\n    label: {label}\n---\n"


SENTENCE = figure("14 years", "sentence handed to Hale")
INFLATION = figure("3.5%", "inflation in September")
UNEMPLOYMENT = figure("4.4%", "unemployment rate")


@pytest.mark.parametrize(("text", "figures", "said"), [
    # A maximum the law allows, which Hale faces, is not the sentence handed to Hale.
    ("Hale, 47, faces a prison sentence of up to 10 years on each count.", SENTENCE, []),
    ("Hale could face a sentence of a maximum of 20 years.", SENTENCE, []),
    ("Hale was handed a prison sentence of 12 years.", SENTENCE, ["'12 years'"]),
    # What will likely be, or is projected, is not the figure now.
    ("Inflation in September will likely be revised to 3.7%.", INFLATION, []),
    ("Inflation in September was 3.7%.", INFLATION, ["'3.7%'"]),
    ("Policymakers project the unemployment rate at 4.6% in October 2027.", UNEMPLOYMENT, []),
    ("The unemployment rate stood at 4.6% in October.", UNEMPLOYMENT, ["'4.6%'"]),
    # "May" the month says nothing of what may be, nor "the project" of a projection.
    ("In May the unemployment rate stood at 4.6%.", UNEMPLOYMENT, ["'4.6%'"]),
    ("The project's cost was $4.5 billion.", figure("$4.2 billion", "cost of the dam"),
     ["'$4.5 billion'"]),
    # A figure that is an estimate (a range), or whose label says what may be, is compared
    # with what may be.
    ("The port could cost $3 billion.", figure("between $1 billion and $2 billion",
                                                "cost of the new port"), ["'$3 billion'"]),
    ("Hale faces up to 10 years.", figure("14 years", "maximum sentence Hale faces"),
     ["'10 years'"]),
])
def test_what_may_be_is_not_the_figure_as_it_is(text: str, figures: str, said: list[str]
                                                ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("front", "text", "label", "said"), [
    (FRENCH, "L'inflation de septembre sera probablement révisée à 3,7 %.",
     "inflation de septembre", []),
    (FRENCH, "L'inflation de septembre a été de 3,7 %.", "inflation de septembre", ["'3,7 %'"]),
    (SPANISH, "La inflación de septiembre probablemente será revisada al 3,7 %.",
     "inflación de septiembre", []),
    (SPANISH, "La inflación de septiembre fue del 3,7 %.", "inflación de septiembre",
     ["'3,7 %'"]),
    (GERMAN, "Die Inflation im September wird voraussichtlich auf 3,7 % korrigiert.",
     "Inflation im September", []),
    (GERMAN, "Die Inflation im September lag bei 3,7 %.", "Inflation im September",
     ["'3,7 %'"]),
    (ITALIAN, "L'inflazione di settembre sarà probabilmente rivista al 3,7%.",
     "inflazione di settembre", []),
    (ITALIAN, "L'inflazione di settembre è stata del 3,7%.", "inflazione di settembre",
     ["'3,7%'"]),
    (PORTUGUESE, "A inflação de setembro provavelmente será revista para 3,7%.",
     "inflação de setembro", []),
    (PORTUGUESE, "A inflação de setembro foi de 3,7%.", "inflação de setembro", ["'3,7%'"]),
])
def test_what_may_be_is_not_the_figure_in_other_languages(front: str, text: str, label: str,
                                                          said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figure('"3,5 %"', label)
    assert stated(warnings_of(body, front)) == said
