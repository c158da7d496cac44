"""Amounts of economics prose compared with the key figures: rates, targets, tariffs raised
in steps, and reserves net and gross."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of


def said_beside(text: str, figures: dict[str, str], front: str = FRONT) -> list[str]:
    """Return what the warnings say a summary's text states, beside the given key figures
    (value: label)."""
    items = "".join(f'  - value: "{value}"\n    label: "{label}"\n'
                    for value, label in figures.items())
    return stated(warnings_of(f"--- summary\n---\n{text}\n\n--- figures\nfigures:\n{items}---\n",
                              front))


TARIFF = {"145%": "US tariff on most Chinese goods"}


@pytest.mark.parametrize(("text", "said"), [
    # A level the sentence then takes on to another is an earlier one.
    ("In February the United States put a 10% tariff on all Chinese goods, and raised it "
     "to 20% in March.", []),
    ("The US tariff on most Chinese goods went from 10% to 84% and then to 125%.",
     ["'125%'"]),
    ("The US tariff on most Chinese goods was 10%, then rose to 145%.", []),
    # The last level is still compared, and a level given alone.
    ("The US tariff on most Chinese goods went from 10% to 84% and then to 145%.", []),
    ("The US tariff on most Chinese goods stood at 10% in February.", ["'10%'"]),
    ("The US tariff on most Chinese goods is 125%, and 10% on Canadian steel.", ["'125%'"]),
])
def test_a_sequence_of_levels_gives_earlier_levels_before_its_last(
        text: str, said: list[str]) -> None:
    assert said_beside(text, TARIFF) == said


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    ("Le droit de douane américain est passé à 10 %, puis à 125 %.", FRENCH,
     {"145 %": "droit de douane américain"}, ["'125 %'"]),
    ("El arancel estadounidense subió al 10 % y luego al 125 %.", SPANISH,
     {"145 %": "arancel estadounidense"}, ["'125 %'"]),
    ("Der US-Zoll stieg auf 10 % und dann auf 125 %.", GERMAN,
     {"145 %": "US-Zoll"}, ["'125 %'"]),
])
def test_a_sequence_of_levels_in_other_languages(
        text: str, front: str, figures: dict[str, str], said: list[str]) -> None:
    assert said_beside(text, figures, front) == said


@pytest.mark.parametrize(("text", "said"), [
    # What a level eased from is an earlier level; what it eased to is compared.
    ("Services inflation eased to 4.7% from 5.0%.", ["'4.7%'"]),
    ("Services inflation eased to 4.2% from 5.0%.", []),
])
def test_what_a_level_came_from_is_an_earlier_level(text: str, said: list[str]) -> None:
    assert said_beside(text, {"4.2%": "services inflation"}) == said
