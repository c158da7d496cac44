"""An age set beside a name, as newsrooms write it ("Lionel Messi, 35,", "Messi (35)"), is
held to the dates the page gives, like one its words say."""

from __future__ import annotations

import pytest

from .test_age_claims import life_warnings

LIVES = {
    "en": [("1987-06-24", "Lionel Messi is born in Rosario"),
           ("2022-12-18", "Argentina beat France in the final")],
    "fr": [("1987-06-24", "Naissance de Lionel Messi à Rosario"),
           ("2022-12-18", "L'Argentine bat la France en finale")],
    "de": [("1987-06-24", "Lionel Messi wird in Rosario geboren"),
           ("2022-12-18", "Argentinien schlägt Frankreich im Finale")],
    "es": [("1987-06-24", "Nace Lionel Messi en Rosario"),
           ("2022-12-18", "Argentina vence a Francia en la final")],
    "it": [("1987-06-24", "Nasce Lionel Messi a Rosario"),
           ("2022-12-18", "L'Argentina batte la Francia in finale")],
}
# Each sentence with "{}" for the age: 36 is wrong (he was 35), 35 is right.
SET_BESIDE = [
    ("en", "On 18 December 2022 Lionel Messi, {}, lifted the trophy."),
    ("en", "On 18 December 2022 Lionel Messi, then {}, lifted the trophy."),
    ("en", "On 18 December 2022 Messi ({}) lifted the trophy."),
    ("fr", "Le 18 décembre 2022, Lionel Messi, {} ans, a soulevé le trophée."),
    ("de", "Am 18. Dezember 2022 hob Messi ({}) den Pokal."),
    ("de", "Am 18. Dezember 2022 hob der {}-Jährige den Pokal."),
    ("es", "El 18 de diciembre de 2022, Lionel Messi, de {} años, levantó el trofeo."),
    ("it", "Il 18 dicembre 2022 Lionel Messi, {} anni, ha alzato il trofeo."),
]


def messi_warnings(prose: str, language: str = "en") -> list[str]:
    """Return the first line of each age warning of a summary beside Messi's timeline."""
    return life_warnings(prose, language, "Lionel Messi", LIVES[language])


def test_an_age_beside_a_name_is_warned_of_at_its_number() -> None:
    assert messi_warnings("On 18 December 2022 Lionel Messi, 36, lifted the trophy.") == [
        "content/x.md:10:35: warning: section 'summary' gives the age 36 on 2022-12-18 "
        "('Argentina beat France in the final', line 17), but a birth on 1987-06-24 ('Lionel "
        "Messi is born in Rosario', line 15) makes it 35"]


@pytest.mark.parametrize(("language", "prose"), SET_BESIDE)
def test_an_age_beside_a_name_is_read_in_each_language(language: str, prose: str) -> None:
    assert len(messi_warnings(prose.format(36), language)) == 1
    assert messi_warnings(prose.format(35), language) == []


@pytest.mark.parametrize("prose", [
    "In 2022, 36 teams played; on 18 December 2022 Argentina won.",
    "On 18 December 2022 Group C, 36 points behind, was gone.",
    "On 18 December 2022 Kylian Mbappé, 36, scored three times.",
    "On 18 December 2022 Kylian Mbappé (36) scored three times.",
])
def test_a_number_beside_no_name_of_the_person_is_no_age_of_theirs(prose: str) -> None:
    assert messi_warnings(prose) == []


def test_a_number_beside_a_name_is_read_only_where_the_page_gives_a_birth() -> None:
    assert life_warnings("On 18 December 2022 Lionel Messi, 36, lifted the trophy.", "en",
                         "Lionel Messi", LIVES["en"][1:]) == []


def test_a_birth_the_text_gives_after_a_place_is_read_and_named_by_its_line() -> None:
    prose = ("Messi, born in Rosario on 24 June 1987, had lost the 2014 final.\n\n"
             "On 18 December 2022 Lionel Messi, {}, lifted the trophy.")
    assert life_warnings(prose.format(36), "en", "Lionel Messi", LIVES["en"][1:]) == [
        "content/x.md:12:35: warning: section 'summary' gives the age 36 on 2022-12-18 "
        "('Argentina beat France in the final', line 17), but a birth on 1987-06-24 (section "
        "'summary', line 10) makes it 35"]
    assert life_warnings(prose.format(35), "en", "Lionel Messi", LIVES["en"][1:]) == []


def test_a_day_after_the_clause_of_a_birth_is_not_its_day() -> None:
    prose = ("Messi was born in Rosario, and on 18 December 2022 he won the final.\n\n"
             "On 18 December 2022 Lionel Messi, 36, lifted the trophy.")
    assert life_warnings(prose, "en", "Lionel Messi", LIVES["en"][1:]) == []
