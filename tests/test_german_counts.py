"""Counts of countries in German, read as the French and English ones are (see
test_count_claims.py): in figures or in words, with their case endings and qualifiers."""

from __future__ import annotations

import pytest

from .test_checks import GERMAN, stated, warnings_of
from .test_count_claims import COUNTRIES, country_list, said

AUSTRIAN = GERMAN.replace("language: de", "language: de-AT")
# Kenya leads, twelve others join it.
MISSION = country_list(("Kenya", "lead"), *((name, "contributing") for name in (
    "Chile", "Jamaica", "Grenada", "Paraguay", "Burundi", "Nigeria")), *(
    (name, "supporting") for name in ("Bahamas", "Barbados", "Benin", "Chad", "Bangladesh",
                                      "Mauritius")))


@pytest.mark.parametrize(("text", "expected"), [
    # The Artemis list: 8 founding signatories, 21 later ones, 2 non-signatories (31).
    ("31 Länder werden hier genannt.", []),
    ("Mehr als 20 Staaten unterzeichneten nach dem Start.", []),
    ("Fast 30 Länder hatten unterzeichnet.", []),
    ("Rund 30 Staaten hatten unterzeichnet; mindestens 29 Länder.", []),
    ("Neunundzwanzig Länder hatten bis September 2023 unterzeichnet.", []),
    ("Einunddreißig Nationen werden genannt.", []),
    ("Die zwei Länder blieben fern; den beiden Ländern und diesen drei Staaten nicht.", []),
    ("Mehr als 40 Länder hatten unterzeichnet.", ["'Mehr als 40 Länder'"]),
    ("Fünfundzwanzig Länder nahmen teil.", ["'Fünfundzwanzig Länder'"]),
    ("Weniger als 2 Staaten sind ausgeschert, nicht ein Dutzend Länder.",
     ["'Weniger als 2 Staaten'", "'ein Dutzend Länder'"]),
    ("Bis zu 3 Staaten sind ausgeschert.", []),
    ("Das Papier nennt „40 Länder“, wir nennen 35 Länder.", ["'35 Länder'"]),
    # The countries of other things counted before them may be a part of the list.
    ("14 Minister aus 9 Ländern sprachen.", []),
    ("Hilfsteams aus 25 Ländern sind vor Ort.", ["'25 Ländern'"]),
    # Another whole's countries, and a federation's states: not the list's.
    ("Die 27 Staaten der EU einigten sich, 16 Länder der Region nicht.", []),
    ("Bund und 16 Länder einigten sich; die 16 Länder stimmten im Bundesrat zu.", []),
    ("Die Ministerpräsidenten der 16 Länder tagten; 16 Länder unterzeichneten.",
     ["'16 Länder'"]),
    ("16 Länder unterzeichneten im Bundesministerium.", ["'16 Länder'"]),
    # The point of "Mrd." or "Mio." ends no sentence: the Bund is in the count's.
    ("Der Bund zahlt 2,5 Mrd. Euro, die 16 Länder zahlen 2,5 Mio. Euro mehr.", []),
    ("Der Bund zahlt 2,5 Mrd. Euro. Die 16 Länder zahlen 2,5 Mio. Euro mehr.",
     ["'16 Länder'"]),
    # All of Germany's or Austria's states, unless the sentence has named countries.
    ("In allen 16 Ländern gilt das; alle 9 Länder Österreichs stimmten zu.", []),
    ("In Deutschland gilt das in allen 16 Ländern.", []),
    ("In Kenia, Tschad und Benin, allen 16 Ländern, gilt das.", ["'16 Ländern'"]),
    ("In allen 12 Ländern gilt das.", ["'12 Ländern'"]),
    # Some of all of them: the whole a part is of.
    ("Am 13. März stimmten 15 der 16 Länder zu, Bayern nicht.", []),
    ("Acht von den 9 Ländern stimmten zu; zwölf der 16 Länder auch.", []),
    ("15 der 12 Länder stimmten zu.", ["'12 Länder'"]),
    ("In Kenia, Tschad und Benin, 2 der 16 Länder, gilt das.", ["'16 Länder'"]),
])
def test_german_counts_of_countries(text: str, expected: list[str]) -> None:
    assert stated(said(text, GERMAN)) == expected
    assert stated(said(text, AUSTRIAN)) == expected  # a regional tag reads as its language


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenia und zwölf weitere Länder schicken Polizisten.", []),
    ("Kenia führt, mit Kräften aus 12 anderen Ländern.", []),
    ("Neben Kenia beteiligen sich zwölf Länder.", []),
    ("Die Liste nennt 12 Staaten außer Kenia.", []),
    ("Kenia führt, unterstützt von neun weiteren Ländern.",
     ["'neun weiteren Ländern'"]),
    ("Kenia und 9 anderen Staaten.", ["'9 anderen Staaten'"]),
])
def test_german_counts_that_leave_one_country_out(text: str, expected: list[str]) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n\n" + MISSION, GERMAN)
    assert stated(found) == expected


def test_a_list_marked_as_a_selection_leaves_german_counts_alone() -> None:
    selection = COUNTRIES.replace("--- countries\n", "--- countries\ncomplete: false\n", 1)
    assert said("143 Länder stimmten dafür.", GERMAN, selection) == []
    assert said("143 Länder stimmten dafür.", GERMAN) == [
        "section 'summary' says '143 Länder' but the country list has 31 countries"]


THREE = country_list(("Kenya", "member"), ("Chad", "member"), ("Benin", "member"))


@pytest.mark.parametrize(("text", "countries", "expected"), [
    # The holders of an office of the federation's 16 (or Austria's 9) states, in the genitive.
    ("Die Kultusminister der 16 Länder trafen sich in Berlin.", THREE, []),
    ("Die Regierungen der 16 Länder und die Chefs der 9 Länder einigten sich.", THREE, []),
    ("Die Innenministerinnen der 16 Länder tagten.", MISSION, []),
    ("Die Vertreter der 16 Länder stimmten zu.", THREE, []),
    # Of another size, they may be the list's, and are held against it.
    ("Die Vertreter der 12 Länder stimmten zu.", MISSION, []),
    ("Die Vertreter der 12 Länder stimmten zu.", THREE, ["'12 Länder'"]),
    ("Die Außenminister der 14 Länder trafen sich.", MISSION, ["'14 Länder'"]),
    # Countries named before it: the 16 points back at them.
    ("Kenia, Tschad und Benin: die Minister der 16 Länder trafen sich.", THREE,
     ["'16 Länder'"]),
])
def test_a_count_of_a_federation_s_office_holders_counts_its_states(
        text: str, countries: str, expected: list[str]) -> None:
    assert stated(said(text, GERMAN, countries)) == expected
