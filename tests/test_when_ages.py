"""An age told with a clause of when is the person's on the day of the event the clause names."""

from __future__ import annotations

import pytest

from .test_age_claims import age_warnings, life_warnings

FRAUD = [("1992-03-06", "Sam Bankman-Fried is born"),
         ("2022-11-11", "FTX files for bankruptcy"),
         ("2023-11-02", "A jury convicts Bankman-Fried on seven counts"),
         ("2024-03-28", "Bankman-Fried is sentenced to 25 years")]


def fraud_warnings(prose: str) -> list[str]:
    """Return the first line of each age warning for a summary beside FRAUD's timeline."""
    return life_warnings(prose, "en", "Sam Bankman-Fried gets 25 years", FRAUD)


def test_an_age_with_a_clause_naming_an_event_is_held_to_its_day() -> None:
    assert fraud_warnings("Bankman-Fried fell fast.\nHe was 31 when FTX filed for bankruptcy.") \
        == ["content/x.md:11:8: warning: section 'summary' gives the age 31 on 2022-11-11 ('FTX "
            "files for bankruptcy', line 18), but a birth on 1992-03-06 ('Sam Bankman-Fried is "
            "born', line 16) makes it 30"]


@pytest.mark.parametrize(("prose", "ages"), [
    ("Bankman-Fried, who was 33 when he was sentenced, lost his appeal.", ["33"]),
    ("Bankman-Fried, who was 32 when he was sentenced, lost his appeal.", []),
    ("Bankman-Fried fell fast. He was 30 when FTX filed for bankruptcy.", []),
    # A clause that names no event of the timeline gives no day.
    ("Bankman-Fried fell fast. He was 12 when he first played chess.", []),
    # Someone else's age, by another name before it.
    ("Bankman-Fried fell fast. Ellison, who was 33 when he was sentenced, spoke.", []),
    ("Ellison testified. He was 33 when Bankman-Fried was sentenced.", []),
])
def test_a_clause_of_when_gives_the_day_of_the_event_it_names(prose: str,
                                                               ages: list[str]) -> None:
    assert [line.split("gives the age ")[1].split()[0] for line in fraud_warnings(prose)] == ages


@pytest.mark.parametrize(("language", "prose"), [
    ("fr", "Élisabeth régna longtemps. Elle avait 97 ans quand elle meurt à Balmoral."),
    ("es", "Isabel reinó mucho tiempo. Ella tenía 97 años cuando muere en Balmoral."),
])
def test_a_clause_of_when_is_read_in_other_languages(language: str, prose: str) -> None:
    assert len(age_warnings(prose, language)) == 1


@pytest.mark.parametrize(("prose", "ages"), [
    ("Bankman-Fried was born in 1992, so he was 31 when FTX filed for bankruptcy.", ["31"]),
    ("Bankman-Fried was born in 1992, so he was 30 when FTX filed for bankruptcy.", []),
    ("Bankman-Fried had risen fast, and he was 31 when FTX filed for bankruptcy.", ["31"]),
    ("Bankman-Fried had risen fast, and he was 30 when FTX filed for bankruptcy.", []),
    # The clause before names someone else: the pronoun is theirs.
    ("Ellison had risen fast, and she was 31 when FTX filed for bankruptcy.", []),
])
def test_a_pronoun_after_a_clause_naming_the_person_tells_their_age(prose: str,
                                                                   ages: list[str]) -> None:
    assert [line.split("gives the age ")[1].split()[0] for line in fraud_warnings(prose)] == ages


def test_a_pronoun_after_a_clause_is_read_in_french() -> None:
    lives = [("1992-03-06", "Naissance de Sam Bankman-Fried"),
             ("2022-11-11", "FTX se déclare en faillite")]
    prose = "Bankman-Fried est né en 1992, et il avait {} ans quand FTX s'est déclaré en faillite."
    assert len(life_warnings(prose.format(31), "fr", "Bankman-Fried", lives)) == 1
    assert life_warnings(prose.format(30), "fr", "Bankman-Fried", lives) == []


TRIAL = [("1946-06-14", "Donald Trump is born in Queens"),
         ("2023-03-30", "A Manhattan grand jury indicts Trump"),
         ("2024-05-29", "The jury begins deliberating"),
         ("2024-05-30", "Trump is found guilty on all 34 counts"),
         ("2024-11-05", "Trump wins the presidential election")]


@pytest.mark.parametrize(("prose", "ages"), [
    # The clause's verb names the one title of its act, though its subject, "the jury", is
    # in three; and it ends where another age is joined to it.
    ("Trump was born in 1946, so he was 76 when the jury convicted him and 78 when he won the "
     "election.", ["76"]),
    ("Trump was born in 1946, so he was 77 when the jury convicted him and 78 when he won the "
     "election.", []),
    # A phrase of the time after an age beside a name names the event by its noun.
    ("Trump, 76 at the time of the verdict, said he would appeal.", ["76"]),
    ("Trump, 77 at the time of the verdict, said he would appeal.", []),
    ("Trump, 78 at the time of the election, said he would appeal.", []),
    ("Trump, 77 at the time of the election, said he would appeal.", ["77"]),
])
def test_a_clause_or_a_phrase_of_the_time_names_its_act(prose: str, ages: list[str]) -> None:
    warned = life_warnings(prose, "en", "Trump found guilty", TRIAL)
    assert [line.split("gives the age ")[1].split()[0] for line in warned] == ages
