"""Counts of another whole's countries ("the 27 countries of the EU", "NATO's 32 members"),
which are not held against the country list, and counts of the story's own, which are."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, SPANISH, stated, warnings_of
from .test_count_claims import country_list, said

# Three members: a count of 27 fits no part of it.
MEMBERS = country_list(("Kenya", "member"), ("Chad", "member"), ("Benin", "member"))


@pytest.mark.parametrize(("text", "front", "expected"), [
    ("The 27 countries of the EU agreed.", FRONT, []),
    ("The 55 countries of the African Union met, and 32 nations of NATO.", FRONT, []),
    ("NATO's 32 members met; the EU's 27 member states agreed.", FRONT, []),
    ("The 27 member states of the EU agreed.", FRONT, []),
    ("Les 27 pays de l'UE ont signé, comme les 54 pays d’Afrique.", FRENCH, []),
    ("Les 27 pays membres de l'Union européenne ont signé.", FRENCH, []),
    ("L'unanimité des 27 États membres est requise.", FRENCH, []),
    ("Los 27 países de la UE firmaron, y los 54 países de África.", SPANISH, []),
    ("Los 27 países miembros de la Unión Europea firmaron.", SPANISH, []),
    # The whole named first, having them; not the story's own group, named by no word of its own.
    ("L'espace Schengen compte 29 pays ; l'Union européenne compte 27 pays.", FRENCH, []),
    ("El espacio Schengen tiene 29 países y la zona euro cuenta con 20 países.", SPANISH, []),
    ("Le groupe compte 29 pays.", FRENCH, ["'29 pays'"]),
    ("L'accord compte 29 pays signataires.", FRENCH, ["'29 pays'"]),
    ("El grupo tiene 29 países.", SPANISH, ["'29 países'"]),
    # A word that says what the story's own group is names no other whole.
    ("Le groupe élargi compte 29 pays.", FRENCH, ["'29 pays'"]),
    ("El grupo ampliado tiene 29 países.", SPANISH, ["'29 países'"]),
    ("El acuerdo tiene 29 países firmantes.", SPANISH, ["'29 países'"]),
    # Past another noun joined to the count's, with a count of its own.
    ("The 19 countries and two unions of the G20 make up 85% of world GDP.", FRONT, []),
    ("The 19 countries and 2 unions of the G20 met.", FRONT, []),
    ("Les 19 pays et deux unions du G20 se sont réunis.", FRENCH, []),
    ("Los 19 países y dos uniones del G20 se reunieron.", SPANISH, []),
    ("The 19 countries and two unions of the mission met.", FRONT, ["'19 countries'"]),
    ("The 19 countries and two unions signed.", FRONT, ["'19 countries'"]),
    # The story's own group, named in lowercase or by an adjective, is the list's.
    ("The 4 countries of the mission agreed.", FRONT, ["'4 countries'"]),
    ("The 4 countries of the Kenyan-led mission agreed.", FRONT, ["'4 countries'"]),
    ("The mission's 4 member countries agreed.", FRONT, ["'4 member countries'"]),
    ("Les 4 pays de la mission ont signé.", FRENCH, ["'4 pays'"]),
    ("Los 4 países de la misión firmaron.", SPANISH, ["'4 países'"]),
])
def test_a_count_of_a_named_whole_s_countries_is_not_the_list_s(
        text: str, front: str, expected: list[str]) -> None:
    assert stated(said(text, front, MEMBERS)) == expected


def test_a_count_is_read_with_the_words_a_line_break_parts_from_it() -> None:
    # The paragraph is wrapped as editors wrap it: the name after "de la" is on the next line.
    text = ("Los tres firmaron en Salta. De los 33 países de la\nCelac, solo 5 tienen litio.\n\n"
            "Otra cosa: los 4 países de la\nmisión firmaron.")
    found = warnings_of(f"--- summary\n---\n{text}\n\n" + MEMBERS, SPANISH)
    # The Celac's 33 are another whole's; the mission's 4 are the story's own, at their line.
    assert found == ["content/x.md:12:16: warning: section 'summary' says '4 países' but the "
                     "country list has 3 countries"]


@pytest.mark.parametrize(("text", "expected"), [
    # A body named just before, then its members' count in apposition: the body's members.
    ("The Economic Community of West African States, then a bloc of 15 countries, met in "
     "Abuja.", []),
    ("The US announced Operation Prosperity Guardian, a coalition of more than 20 countries "
     "to protect ships.", []),
    ("NATO, a military alliance of 32 countries, met.", []),
    # The same words after a sentence's opening adverbial, or with no name: the story's own.
    ("On Monday, a coalition of more than 20 countries agreed.", ["'more than 20 countries'"]),
    ("In West Africa, a bloc of 15 countries met.", ["'15 countries'"]),
    ("After the coup in Niger, a bloc of 15 countries closed its borders.",
     ["'15 countries'"]),
    ("A coalition of more than 20 countries protects ships.", ["'more than 20 countries'"]),
])
def test_a_count_in_apposition_to_a_named_body_is_its_members(
        text: str, expected: list[str]) -> None:
    assert stated(said(text, FRONT, MEMBERS)) == expected


ITALIAN = FRONT.replace("---\ntitle", "---\nlanguage: it\ntitle")
PORTUGUESE = FRONT.replace("---\ntitle", "---\nlanguage: pt\ntitle")


@pytest.mark.parametrize(("text", "front", "expected"), [
    # A part of a ranking picked by its place is the table's, not the list's.
    ("Italy stays among the top ten nations of the medal table.", FRONT, []),
    ("Italy stays among the top 10 nations of the medal table.", FRONT, []),
    ("L’Italia resta tra le prime dieci nazioni del medagliere.", ITALIAN, []),
    ("L’Italia resta tra le prime 10 nazioni del medagliere.", ITALIAN, []),
    ("O Brasil ficou entre os primeiros 20 países do quadro.", PORTUGUESE, []),
    # The same count with no place in a ranking is the list's, and fits no part of it.
    ("Italy beat ten nations of the medal table.", FRONT, ["'ten nations'"]),
    ("L’Italia ha battuto dieci nazioni del medagliere.", ITALIAN, ["'dieci nazioni'"]),
    ("O Brasil venceu 20 países do quadro.", PORTUGUESE, ["'20 países'"]),
])
def test_a_count_a_ranking_picks_by_place_is_not_the_list_s(
        text: str, front: str, expected: list[str]) -> None:
    assert stated(said(text, front, MEMBERS)) == expected
