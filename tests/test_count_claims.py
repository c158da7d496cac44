"""Counts of countries read with their qualifiers, and compared with every part of the list
they could mean: the whole list, a group, all but one group, a group named by its role."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.markup import Markup
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source

from .test_checks import FRENCH, FRONT, warnings_of

STORIES = Path(__file__).parent / "fixtures" / "stories"
# The Artemis Accords' list: 8 founding signatories, 21 later ones, 2 non-signatories (31).
ARTEMIS = (STORIES / "artemis-accords.md").read_text(encoding="utf-8")
COUNTRIES = ARTEMIS[ARTEMIS.index("--- countries"):]


def said(text: str, front: str | None = None) -> list[str]:
    """Return the warnings about a summary of one sentence beside the Artemis list."""
    body = f"--- summary\n---\n{text}\n\n" + COUNTRIES
    found = warnings_of(body, front) if front else warnings_of(body)
    return [line.split(": warning: ")[1] for line in found]


@pytest.mark.parametrize("text", [
    "31 countries are named here.",  # the whole list
    "29 countries had signed by September 2023.",  # all but the non-signatories
    "8 countries signed at the launch.",  # one group
    "21 other countries signed later.",  # one group, as 'other'
    "8 founding signatories, then 21 later signatories.",  # groups named by their roles
    "More than 20 countries signed after the launch.",
    "Over 25 countries had signed.",
    "At least 29 countries had signed.",
    "Nearly 30 countries had signed.",
    "Almost 30 countries had signed.",
    "About 30 countries had signed.",
    "Around 30 countries had signed.",
    "Some 30 countries had signed.",
    "Fewer than 10 countries signed at the launch.",
    "Up to 8 countries signed at the launch.",
])
def test_a_true_count_is_not_warned_about(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("More than 40 countries had signed.",
     "section 'summary' says 'More than 40 countries' but the country list has 31 countries"),
    ("Nearly 20 countries had signed.",
     "section 'summary' says 'Nearly 20 countries' but the country list has 31 countries"),
    ("Fewer than 2 countries stayed out.",
     "section 'summary' says 'Fewer than 2 countries' but the country list has 31 countries"),
    ("30 other countries joined.",
     "section 'summary' says '30 other countries' but the country list has 31 countries"),
    ("At least 9 founding signatories.",
     "section 'summary' says 'At least 9 founding signatories' but the country list has 8 under "
     "'founding signatory'"),
    ("7 founding signatories signed.",
     "section 'summary' says '7 founding signatories' but the country list has 8 under "
     "'founding signatory'"),
])
def test_a_count_that_fits_no_part_of_the_list_is_warned_about(text: str, expected: str) -> None:
    assert said(text) == [expected]


def test_the_hint_names_the_groups() -> None:
    source = split_source(FRONT + "--- summary\n---\n12 countries signed.\n\n" + COUNTRIES,
                          Path("x.md"), "content/x.md")
    explainer, _ = read_explainer(source, Markup())
    [problem] = check_explainer(explainer)
    assert problem.hint.startswith("the list's groups: 8 founding signatory, 21 later "
                                   "signatory, 2 non-signatory")


@pytest.mark.parametrize(("text", "expected"), [
    ("Plus de 20 pays ont signé après le lancement.", []),
    ("Près de 30 pays avaient signé.", []),
    ("Au moins 29 pays avaient signé.", []),
    ("Environ 30 pays avaient signé.", []),
    ("Plus de 40 pays avaient signé.",
     ["section 'summary' says 'Plus de 40 pays' but the country list has 31 countries"]),
    ("Moins de 2 pays sont restés à l’écart.",
     ["section 'summary' says 'Moins de 2 pays' but the country list has 31 countries"]),
])
def test_french_qualifiers(text: str, expected: list[str]) -> None:
    assert said(text, FRENCH) == expected
