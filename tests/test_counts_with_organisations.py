"""Counts that take in more than a list's countries: a second noun joined to the count's own
("seven countries and organisations", "seven parties and mediators"), read as counting both;
and a one told from the other ("One party is a state, the other an armed group"), which
counts no group."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, GERMAN, stated, warnings_of

# A ceasefire: 2 party countries and an armed group, 3 mediating countries and the UN.
CEASEFIRE = """--- countries
countries:
  - {name: Israel, role: party}
  - {organisation: Hamas, role: party}
  - {name: Palestine, role: party}
  - {name: Egypt, role: mediator}
  - {name: Qatar, role: mediator}
  - {name: US, role: mediator}
  - {name: UN, role: mediator}
---
"""


def said(text: str, front: str | None = None) -> list[str]:
    """Return the first line of each warning about a summary beside the ceasefire's list."""
    body = f"--- summary\n---\n{text}\n\n{CEASEFIRE}"
    return warnings_of(body, front) if front else warnings_of(body)


@pytest.mark.parametrize("text", [
    "Seven countries and organisations are involved.",  # 5 countries, 2 organisations
    "Five countries and territories are involved.",  # the countries alone fit too
    "Four countries and organisations mediated.",  # a group, with its organisation
    "Five countries and two organisations are involved.",  # each counted on its own
    "Seven parties and mediators took part.",  # two groups, with their organisations
    "Five parties and mediators took part.",  # two groups, of their countries alone
])
def test_a_count_of_countries_and_of_what_is_joined_to_them_fits(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(("front", "text"), [
    (FRENCH, "Sept pays et organisations sont concernés."),
    (GERMAN, "Sieben Länder und Organisationen sind beteiligt."),
])
def test_a_joined_count_fits_in_other_languages(front: str, text: str) -> None:
    assert said(text, front) == []


def test_a_wrong_joined_count_says_what_the_list_holds_of_both() -> None:
    assert said("Nine countries and organisations are involved.") == [
        "content/x.md:8:1: warning: section 'summary' says 'Nine countries and "
        "organisations' but the country list has 5 countries and 2 organisations"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine parties and mediators took part.", ["'Nine parties'"]),
    ("Nine countries and the UN are involved.", ["'Nine countries'"]),  # a name, not a noun
    ("Seven countries and two organisations are involved.", ["'Seven countries'"]),
])
def test_a_count_joined_to_no_noun_of_the_list_still_warns(text: str,
                                                           expected: list[str]) -> None:
    assert stated(said(text)) == expected


@pytest.mark.parametrize(("front", "text"), [
    (None, "One party is a state and the other is an armed group."),
    (None, "One mediator borders Gaza. Another hosts the talks."),
    (None, "One country mediated from the start; the others joined later."),
    (FRENCH, "Une partie est un État, l'autre un groupe armé."),
    (GERMAN, "Eine Partei ist ein Staat, die andere eine bewaffnete Gruppe."),
])
def test_one_told_from_the_other_counts_no_group(front: str | None, text: str) -> None:
    assert said(text, front) == []


@pytest.mark.parametrize("text", [
    "One party signed the deal.",
    "One party signed the deal. The talks went on for weeks, and another round is due.",
])
def test_a_count_of_one_with_no_other_still_warns(text: str) -> None:
    assert stated(said(text)) == ["'One party'"]
