"""A whole beside a figure of its part: the whole a label gives itself ("seats won, out of
300"), and a part a named doer won of a whole a label counts ("Labour won 411 seats" of the
"seats in the Commons"), neither of which says the figure is another number."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of

GREEK = FRONT.replace("---\n", "---\nlanguage: el\n", 1)
HEBREW = FRONT.replace("---\n", "---\nlanguage: he\n", 1)


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


HOUSE = figure("650", "seats in the Commons")
KNESSET = figure("120", "מושבים בכנסת")


@pytest.mark.parametrize(("text", "section", "front", "expected"), [
    # A named doer's seats are its part of the house's.
    ("In the election to the Commons, Labour won 411 seats.", HOUSE, FRONT, []),
    ("בבחירות לכנסת זכה הליכוד ב-32 מושבים.", KNESSET, HEBREW, []),
    ("בבחירות לכנסת הליכוד זכה ב-32 מושבים.", KNESSET, HEBREW, []),
    ("בבחירות לכנסת זכה הליכוד בראשות בנימין נתניהו ב-32 מושבים.", KNESSET, HEBREW, []),
    # The house's own number, said otherwise, is held against it.
    ("The Commons has 600 seats.", HOUSE, FRONT, ["'600 seats'"]),
    ("In the election to the Commons, 600 seats were at stake.", HOUSE, FRONT, ["'600 seats'"]),
    ("בכנסת יש 110 מושבים.", KNESSET, HEBREW, ["'110 מושבים'"]),
    # A label that names the doer, or the verb of winning, is of what the doer won.
    ("In the election to the Commons, Labour won 409 seats.", figure("411", "seats won by Labour"),
     FRONT, ["'409 seats'"]),
    ("Labour won 409 seats.", figure("411", "seats won by Labour"), FRONT, ["'409 seats'"]),
    ("In the election to the Commons, Labour won 409 seats.",
     figure("411", "seats won in the Commons"), FRONT, ["'409 seats'"]),
    ("בבחירות לכנסת זכה הליכוד ב-30 מושבים.", figure("32", "מושבים של הליכוד בכנסת"), HEBREW,
     ["'30 מושבים'"]),
    ("בבחירות לכנסת זכה הליכוד בראשות בנימין נתניהו ב-30 מושבים.",
     figure("32", "מושבים של הליכוד בכנסת"), HEBREW, ["'30 מושבים'"]),
])
def test_a_doer_s_seats_are_a_part_of_the_house_s(text: str, section: str, front: str,
                                                  expected: list[str]) -> None:
    assert said(text, section, front) == expected
