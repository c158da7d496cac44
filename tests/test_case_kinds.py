"""Cases suspected (or probable) and cases confirmed are two quantities of an outbreak: a
count of the one is not held against a key figure of the other, while a count of the same
kind, or of no kind said, still is."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of
from .test_portuguese_counts import BRAZIL

SUSPECTED = ('\n--- figures\nfigures:\n  - value: More than 25,000\n'
             '    label: suspected mpox cases in the Democratic Republic of the Congo\n---\n')
PROVAVEIS = ('\n--- figures\nfigures:\n  - value: Mais de 6,5 milhões\n'
             '    label: casos prováveis de dengue no Brasil em 2024\n---\n')


@pytest.mark.parametrize(("text", "said"), [
    ("The Democratic Republic of the Congo has had about 5,000 confirmed mpox cases.", []),
    ("The Democratic Republic of the Congo has confirmed 5,000 mpox cases.", []),
    ("The Democratic Republic of the Congo has had 15,000 suspected mpox cases.",
     ["'15,000 suspected mpox cases'"]),
    ("The Democratic Republic of the Congo has had 15,000 probable mpox cases.",
     ["'15,000 probable mpox cases'"]),
    ("The Democratic Republic of the Congo has had 15,000 mpox cases.",
     ["'15,000 mpox cases'"]),
])
def test_confirmed_cases_are_not_held_against_suspected_ones(text: str, said: list[str]
                                                             ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SUSPECTED, FRONT)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("O Brasil registrou 1 milhão de casos confirmados de dengue em 2024.", []),
    ("O Brasil registrou 4 milhões de casos prováveis de dengue em 2024.",
     ["'4 milhões de casos'"]),
    ("O Brasil registrou 4 milhões de casos de dengue em 2024.", ["'4 milhões de casos'"]),
])
def test_casos_confirmados_are_not_held_against_casos_provaveis(text: str, said: list[str]
                                                                ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + PROVAVEIS, BRAZIL)) == said

