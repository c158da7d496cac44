"""An age set beside a name in a sentence that gives no other day ("Starmer, 61, was
appointed") is the person's age on the explainer's date, held to their birth."""

from __future__ import annotations

import pytest

from .test_age_claims import life_warnings
from .test_apposed_ages import LIVES

# Published on 2024-02-01 (test_age_claims.FRONT): Messi, born on 24 June 1987, was 36.
NOW = [
    ("en", "Lionel Messi, {}, said he would play on."),
    ("en", "Messi ({}) said he would play on."),
    ("fr", "Lionel Messi, {} ans, a dit qu'il continuerait."),
    ("de", "Messi ({}) sagte, er spiele weiter."),
]


@pytest.mark.parametrize(("language", "prose"), NOW)
def test_an_age_beside_a_name_without_a_day_is_held_to_the_explainers_date(
        language: str, prose: str) -> None:
    warned = life_warnings(prose.format(37), language, "Lionel Messi", LIVES[language])
    assert len(warned) == 1
    assert "the explainer's date (2024-02-01)" in warned[0]
    assert "makes it 36" in warned[0]
    assert life_warnings(prose.format(36), language, "Lionel Messi", LIVES[language]) == []


def test_each_person_born_in_the_timeline_is_held_to_their_own_birth() -> None:
    lives = [("1962-09-02", "Keir Starmer is born in London"),
             ("1980-05-12", "Rishi Sunak is born in Southampton")]
    prose = "Starmer, {}, took office. Sunak, {}, stayed on as leader."
    assert life_warnings(prose.format(61, 43), "en", "A new government", lives) == []
    warned = life_warnings(prose.format(61, 44), "en", "A new government", lives)
    assert len(warned) == 1
    assert "age 44" in warned[0] and "Rishi Sunak is born" in warned[0]
    warned = life_warnings(prose.format(63, 43), "en", "A new government", lives)
    assert len(warned) == 1
    assert "age 63" in warned[0] and "Keir Starmer is born" in warned[0]


@pytest.mark.parametrize("prose", [
    "Lionel Messi, then 30, said he would play on.",
    "In 2018 Lionel Messi, 30, said he would play on.",
    "Messi won the Ballon d'Or in 2017.\nMessi, 30, said he would play on.",
    "Kylian Mbappé, 30, said he would play on.",
])
def test_an_age_of_another_time_or_person_is_not_held_to_the_explainers_date(
        prose: str) -> None:
    assert life_warnings(prose, "en", "Lionel Messi", LIVES["en"]) == []


SUNAK = [("1980-05-12", "Rishi Sunak is born in Southampton"),
         ("2022-10-25", "Rishi Sunak becomes prime minister")]


def test_an_age_in_a_sentence_telling_an_event_is_held_to_that_events_day() -> None:
    prose = "At the time, Sunak, {}, became the youngest prime minister in modern history."
    assert life_warnings(prose.format(42), "en", "Sunak steps down", SUNAK) == []
    (warned,) = life_warnings(prose.format(43), "en", "Sunak steps down", SUNAK)
    assert "age 43 on 2022-10-25" in warned and "makes it 42" in warned


def test_an_age_in_a_sentence_telling_no_event_is_held_to_the_explainers_date() -> None:
    prose = "Sunak, {}, said he would stay on as an MP."
    assert life_warnings(prose.format(43), "en", "Sunak steps down", SUNAK) == []
    (warned,) = life_warnings(prose.format(42), "en", "Sunak steps down", SUNAK)
    assert "the explainer's date (2024-02-01)" in warned and "makes it 43" in warned


# The text gives three births, each after its person's name; published on 2024-02-01.
PLAYERS = ("Patrick Mahomes, born on 17 September 1995, was the quarterback. Travis Kelce, "
           "born on 5 October 1989, caught nine passes. San Francisco's quarterback Brock "
           "Purdy, born on 27 December 1999, was on the other side.\n\n")
GAME = [("2024-01-28", "Kansas City reaches the final")]
KELCES = ("Travis Kelce, born on 5 October 1989, plays for Kansas City. Jason Kelce, born on "
          "5 November 1987, played for Philadelphia.\n\n")


def test_each_person_born_in_the_text_is_held_to_their_own_birth() -> None:
    prose = PLAYERS + "Mahomes, {}, won again; Kelce, {}, won too; Purdy, {}, lost."
    assert life_warnings(prose.format(28, 34, 24), "en", "A final", GAME) == []
    warned = life_warnings(prose.format(28, 35, 24), "en", "A final", GAME)
    assert len(warned) == 1
    assert "age 35" in warned[0] and "birth on 1989-10-05" in warned[0]
    warned = life_warnings(prose.format(28, 34, 25), "en", "A final", GAME)
    assert len(warned) == 1
    assert "age 25" in warned[0] and "birth on 1999-12-27" in warned[0]


def test_a_name_two_births_share_is_held_to_neither() -> None:
    assert life_warnings(KELCES + "Kelce, 40, spoke first.", "en", "Brothers", GAME) == []
    warned = life_warnings(PLAYERS + "Kelce, 40, spoke first.", "en", "Brothers", GAME)
    assert len(warned) == 1 and "birth on 1989-10-05" in warned[0]
