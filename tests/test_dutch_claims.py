"""Dutch verbs and parts of a whole, as the checks read them: a weak verb's past and present
("stapte", "stapt") are one act, and a part of a whole ("35 van de 150 zetels") is the
amount a warning quotes."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

DUTCH = "---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: nl\n---\n"
TIMELINE = """
--- timeline
source: https://example.org/
events:
  - date: 2023-11-24
    title: Ronald Plasterk wordt verkenner
  - date: 2024-02-12
    title: Plasterk stapt op als informateur
  - date: 2024-06-06
    title: ECB verlaagt de rente
---
"""
SEATS = """
--- figures
figures:
  - value: "37"
    label: zetels voor de PVV
  - value: "150"
    label: zetels in de Tweede Kamer
---
"""


def day_warnings(prose: str) -> list[str]:
    """Return the warnings about a day of the timeline, for a summary of Dutch prose."""
    return [line for line in warnings_of(f"--- summary\n---\n{prose}\n" + TIMELINE, DUTCH)
            if "the timeline dates" in line]


@pytest.mark.parametrize(("prose", "event"), [
    ("Hij stapte op {day} februari 2024 op als informateur.", "Plasterk stapt op"),
    ("Zij verlaagde op {day} juni 2024 de rente.", "ECB verlaagt de rente"),
    ("Daarna stapten zij op {day} februari 2024 op als informateur.", "Plasterk stapt op"),
])
def test_a_weak_verbs_past_tells_the_act_its_present_titles(prose: str, event: str) -> None:
    right = {"Plasterk stapt op": "12", "ECB verlaagt de rente": "6"}[event]
    wrong = str(int(right) + 1)
    found = day_warnings(prose.format(day=wrong))
    assert len(found) == 1 and f"'{event}" in found[0], found
    assert day_warnings(prose.format(day=right)) == []


@pytest.mark.parametrize(("prose", "quoted"), [
    ("De PVV won de verkiezingen met 35 van de 150 zetels.", ["'35 van de 150 zetels'"]),
    ("De PVV won 35 van de 150 zetels.", ["'35 van de 150 zetels'"]),
    ("De PVV won de verkiezingen met 37 van de 150 zetels.", []),
    ("De PVV won 37 van de 150 zetels.", []),
])
def test_a_part_of_a_whole_is_the_amount_a_warning_quotes(prose: str,
                                                          quoted: list[str]) -> None:
    found = [line for line in warnings_of(f"--- summary\n---\n{prose}\n" + SEATS, DUTCH)
             if "key figure" in line]
    assert [line.split(" says ")[1].split(" but ")[0] for line in found] == quoted
