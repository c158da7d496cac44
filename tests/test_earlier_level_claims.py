"""The level a sentence gives now, beside the one it rose or fell from ("up from about $25
billion in 2019"): the earlier one is history, the new one is held against the figure."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, stated, warnings_of

BUDGET = ("\n--- figures\nfigures:\n  - value: $71.3 billion\n"
          "    label: budget for the election\n---\n")


@pytest.mark.parametrize(("text", "said"), [
    ("The budget for the election rose to $17.3 billion, up from about $25 billion in 2019.",
     ["'$17.3 billion'"]),
    ("The budget for the election rose to $17.3 billion, up from $25 billion in 2019.",
     ["'$17.3 billion'"]),
    ("The budget for the election fell to $17.3 billion, down from nearly $25 billion.",
     ["'$17.3 billion'"]),
    # The new level agrees: the earlier one is not compared.
    ("The budget for the election rose to $71.3 billion, up from about $25 billion in 2019.",
     []),
    # A later level the sentence goes on to is still the one compared.
    ("The budget for the election was $17.3 billion in 2019; by 2024 it was $71.3 billion.",
     []),
])
def test_the_level_a_change_started_from_is_not_the_one_compared(text: str, said: list[str]
                                                                 ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + BUDGET, FRONT)) == said


def test_french_keeps_a_level_told_with_de() -> None:
    figures = '\n--- figures\nfigures:\n  - value: 64 ans\n    label: âge légal de départ\n---\n'
    text = "Aujourd'hui, l'âge légal de départ est de 62 ans ; il sera de 64 ans en 2030."
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, FRENCH)) == []
