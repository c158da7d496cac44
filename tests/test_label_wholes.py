"""A whole beside a figure of its part: the whole a label gives itself ("seats won, out of
300"), which says the figure is no other number."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of

GREEK = FRONT.replace("---\n", "---\nlanguage: el\n", 1)


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'


def said(text: str, section: str, front: str = FRONT) -> list[str]:
    """Return what each warning about a summary of text, beside the section, says it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + section, front))


WON = figure("158", "seats won, out of 300")
GREEK_WON = figure("158", "έδρες που κέρδισε, από τις 300")


@pytest.mark.parametrize(("text", "section", "front", "expected"), [
    # The whole the label gives agrees with it.
    ("The 300 seats were shared out among seven parties.", WON, FRONT, []),
    ("Οι 300 έδρες μοιράστηκαν σε επτά κόμματα.", GREEK_WON, GREEK, []),
    # A part that is not the figure's still disagrees with it.
    ("The party won 150 of the 300 seats.", WON, FRONT, ["'150 of the 300 seats'"]),
    ("Το κόμμα κέρδισε 150 από τις 300 έδρες.", GREEK_WON, GREEK,
     ["'150 από τις 300 έδρες'"]),
    ("The party won 158 of the 300 seats.", WON, FRONT, []),
])
def test_a_whole_the_label_gives_agrees_with_it(text: str, section: str, front: str,
                                                expected: list[str]) -> None:
    assert said(text, section, front) == expected
