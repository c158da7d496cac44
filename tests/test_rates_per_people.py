"""An amount per a number of people ("60 cases per 100,000 people") is a rate, not a count:
it is held only against a figure per the same number, and the number it is per counts
nothing."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of
from .test_portuguese_counts import BRAZIL

CASES = ('\n--- figures\nfigures:\n  - value: More than 25,000\n'
         '    label: suspected mpox cases in the Democratic Republic of the Congo\n'
         '  - value: "60"\n    label: suspected mpox cases per 100,000 people in the Democratic '
         'Republic of the Congo\n---\n')
CASOS = ('\n--- figures\nfigures:\n  - value: Mais de 6,5 milhões\n'
         '    label: casos prováveis de dengue no Brasil em 2024\n'
         '  - value: R$ 1,5 bilhão\n    label: verba do governo federal para a dengue em 2024\n'
         '---\n')


@pytest.mark.parametrize(("text", "said"), [
    ("The Democratic Republic of the Congo had 60 suspected mpox cases per 100,000 people.", []),
    ("The Democratic Republic of the Congo had 60 suspected mpox cases for every 100,000 "
     "people.", []),
    ("The Democratic Republic of the Congo had 45 suspected mpox cases per 100,000 people.",
     ["'45 suspected mpox cases'"]),
    ("The Democratic Republic of the Congo had 3 mpox deaths per 100 suspected mpox cases.",
     []),
    ("The Democratic Republic of the Congo had 20,000 suspected mpox cases.",
     ["'20,000 suspected mpox cases'"]),
])
def test_a_rate_per_people_is_held_only_against_a_rate(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + CASES, FRONT)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("O Brasil teve 3 mil casos prováveis de dengue por 100 mil habitantes em 2024.", []),
    ("O Brasil teve 3 mil casos prováveis de dengue a cada 100 mil habitantes em 2024.", []),
    ("O Brasil teve 4 milhões de casos prováveis de dengue em 2024.", ["'4 milhões de casos'"]),
    # A price paid for a sum is no rate.
    ("O governo federal pagou a verba para a dengue em 2024 por R$ 1,2 bilhão.",
     ["'R$ 1,2 bilhão'"]),
])
def test_a_rate_por_100_mil_habitantes_is_no_count(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + CASOS, BRAZIL)) == said


def said_of_rate(text: str, value: str, label: str, language: str) -> list[str]:
    """Return what the warnings of a summary beside one figure, a count, say the text
    states."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-09-20\nlanguage: {language}\n---\n"
    figures = f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))
