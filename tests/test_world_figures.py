"""An amount its clause says is the world's ("5,000 flights worldwide were cancelled") is no
slip beside a figure whose label names whose it is ("Delta flights cancelled"), unless the
sentence names that one too; a label of the world, or of no one, is held against it."""

from __future__ import annotations

import pytest

from .test_checks import GERMAN, stated, warnings_of


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'


DELTA = figure("About 7,000", "Delta flights cancelled")


@pytest.mark.parametrize(("text", "said"), [
    # The world's count, however the clause says so, beside one airline's figure.
    ("In the first 24 hours, about 5,000 flights worldwide were cancelled.", []),
    ("About 5,000 flights were cancelled around the world.", []),
    ("Globally, about 5,000 flights were cancelled.", []),
    # The airline's own count is a slip, worldwide or not.
    ("In the first 24 hours, about 5,000 Delta flights were cancelled.",
     ["'5,000 Delta flights'"]),
    ("Delta cancelled about 5,000 flights worldwide.", ["'5,000 flights'"]),
    ("Over five days, about 5,000 flights were cancelled.", ["'5,000 flights'"]),
])
def test_the_worlds_amount_is_not_held_against_a_figure_of_one(text: str, said: list[str]
                                                                ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + DELTA)) == said


@pytest.mark.parametrize("label", ["flights cancelled worldwide", "flights cancelled"])
def test_a_figure_of_the_world_or_of_no_one_is_held_against_the_worlds_amount(
        label: str) -> None:
    body = "--- summary\n---\nAbout 5,000 flights worldwide were cancelled.\n"
    assert stated(warnings_of(body + figure("About 7,000", label))) == ["'5,000 flights'"]


@pytest.mark.parametrize(("text", "said"), [
    ("Die Airlines strichen weltweit 5.000 Flüge.", []),
    ("Die Lufthansa strich weltweit 5.000 Flüge.", ["'5.000 Flüge'"]),
    ("Die Airlines strichen 5.000 Flüge.", ["'5.000 Flüge'"]),
])
def test_the_worlds_amount_in_german(text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figure("7000", "Flüge, die die Lufthansa strich")
    assert stated(warnings_of(body, GERMAN)) == said
