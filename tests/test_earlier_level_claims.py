"""The level a sentence gives now, beside the one it rose or fell from ("up from about $25
billion in 2019"): the earlier one is history, the new one is held against the figure."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, SPANISH, stated, warnings_of

BUDGET = ("\n--- figures\nfigures:\n  - value: $71.3 billion\n"
          "    label: budget for the election\n---\n")


@pytest.mark.parametrize(("text", "said"), [
    ("The budget for the election rose to $17.3 billion, up from about $25 billion in 2019.",
     ["'$17.3 billion'"]),
    ("The budget for the election rose to $17.3 billion, up from $25 billion in 2019.",
     ["'$17.3 billion'"]),
    ("The budget for the election fell to $17.3 billion, down from nearly $25 billion.",
     ["'$17.3 billion'"]),
    # The new level agrees: the earlier one is not compared.
    ("The budget for the election rose to $71.3 billion, up from about $25 billion in 2019.",
     []),
    # A later level the sentence goes on to is still the one compared.
    ("The budget for the election was $17.3 billion in 2019; by 2024 it was $71.3 billion.",
     []),
    # A change since a year ("up 209 from 2019") names the year compared with, no later time:
    # the level before it is the one compared.
    ("The budget for the election was $17.3 billion, up $9 billion from 2019.",
     ["'$17.3 billion'"]),
    ("The budget for the election was $71.3 billion, up $9 billion from 2019.", []),
])
def test_the_level_a_change_started_from_is_not_the_one_compared(text: str, said: list[str]
                                                                 ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + BUDGET, FRONT)) == said


def test_french_keeps_a_level_told_with_de() -> None:
    figures = '\n--- figures\nfigures:\n  - value: 64 ans\n    label: âge légal de départ\n---\n'
    text = "Aujourd'hui, l'âge légal de départ est de 62 ans ; il sera de 64 ans en 2030."
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, FRENCH)) == []


RATES = ("\n--- figures\nfigures:\n"
         "  - value: 5%\n    label: Bank Rate after the cut\n"
         "  - value: 5.25%\n    label: Bank Rate before the cut, held since August 2023\n"
         "  - value: 11.1%\n    label: peak of consumer price inflation, October 2022\n"
         "  - value: 2%\n    label: inflation in May and June 2024, the Bank's target\n---\n")


@pytest.mark.parametrize(("text", "said"), [
    ("Inflation, which peaked at 11.2% in October 2022, fell to 2% in May 2024.", ["'11.2%'"]),
    ("The Bank Rate fell from 5.5% to 5%.", ["'5.5%'"]),
    # The right earlier levels.
    ("Inflation, which peaked at 11.1% in October 2022, fell to 2% in May 2024.", []),
    ("The Bank Rate fell from 5.25% to 5%.", []),
])
def test_an_earlier_level_is_held_to_the_figure_that_gives_it(text: str, said: list[str]
                                                               ) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n" + RATES, FRONT)
    assert stated(found) == said
    assert all("the key figure 'Bank Rate after the cut'" not in line for line in found)


@pytest.mark.parametrize(("text", "figures"), [
    # No figure of the earlier level: the later level's figure is not held to it.
    ("The Bank Rate fell from 5.5% to 5%.", "  - value: 5%\n    label: Bank Rate after the cut\n"),
    # A figure of the record now, not of the previous one.
    ("The previous record low of the Bank Rate was 0.5%, in 2009.",
     "  - value: 0.1%\n    label: record low of the Bank Rate\n"),
])
def test_an_earlier_level_with_no_figure_of_it_is_not_compared(text: str, figures: str
                                                                ) -> None:
    body = f"--- summary\n---\n{text}\n\n--- figures\nfigures:\n{figures}---\n"
    assert stated(warnings_of(body, FRONT)) == []


def test_an_earlier_record_is_held_to_the_figure_of_that_record() -> None:
    figures = ("  - value: 0.1%\n    label: record low of the Bank Rate, March 2020\n"
               "  - value: 0.5%\n    label: previous record low of the Bank Rate, 2009\n")
    text = "The previous record low of the Bank Rate, 0.25%, was set in 2009."
    body = f"--- summary\n---\n{text}\n\n--- figures\nfigures:\n{figures}---\n"
    assert stated(warnings_of(body, FRONT)) == ["'0.25%'"]


@pytest.mark.parametrize(("text", "said"), [
    ("The jobless rate, which climbed to 6.4% in 2021, fell to 4% in 2024.", ["'6.4%'"]),
    ("The jobless rate, which climbed to 6.2% in 2021, fell to 4% in 2024.", []),
])
def test_an_earlier_level_is_held_to_a_figure_named_by_the_sentence_s_verb(
        text: str, said: list[str]) -> None:
    figures = ("\n--- figures\nfigures:\n  - value: 4%\n    label: jobless rate in 2024\n"
               "  - value: 6.2%\n    label: jobless rate climb, 2021\n---\n")
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, FRONT)) == said


JOBS = ("\n--- figures\nfigures:\n"
        "  - value: 5.2%\n    label: unemployment rate before the pandemic\n"
        "  - value: 7%\n    label: unemployment rate in March\n---\n")


@pytest.mark.parametrize(("text", "said"), [
    # An earlier level given a time of its own that the label does not name is another one:
    # the rate's peak in April 2020, not the rate before the pandemic.
    ("The unemployment rate fell from 14.7% in April 2020 to 7% in March.", []),
    # Given no time of its own, it is held to the figure of the earlier level.
    ("The unemployment rate fell from 5.5% to 7% in March.", ["'5.5%'"]),
])
def test_an_earlier_level_of_its_own_time_is_not_a_figure_of_another(text: str,
                                                                      said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + JOBS, FRONT)) == said


@pytest.mark.parametrize(("text", "said"), [
    # The number of a figure whose label names, before its word of an earlier level, only
    # what the sentence names: that figure's, not a slip of the later one's.
    ("The Bank Rate, at 5.25%, was higher than at any time since 2008.", []),
    ("The Bank Rate, at 5.5%, was higher than at any time since 2008.", ["'5.5%'"]),
])
def test_a_number_of_a_figure_of_an_earlier_level_is_that_figure_s(text: str,
                                                                   said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RATES, FRONT)) == said


def figure_of(value: str, label: str, *more: tuple[str, str]) -> str:
    """Return a figures section of a key figure (its value and label), and more."""
    items = "".join(f'  - value: "{each}"\n    label: {named}\n'
                    for each, named in ((value, label), *more))
    return f"\n--- figures\nfigures:\n{items}---\n"


TEAMS = figure_of("32", "teams at the 2023 tournament")


@pytest.mark.parametrize(("text", "said"), [
    # The change's verb stands before its object: the amount after "from" is where the level
    # started, and the later level, its noun left out, counts teams too.
    ("FIFA had enlarged the tournament from 24 teams to 36.", ["'36'"]),
    ("FIFA had enlarged the tournament from 24 teams to 32.", []),
    # After a change's verb, "from X to Y" is a change, not a range.
    ("FIFA enlarged the tournament from 24 to 36 teams.", ["'36 teams'"]),
    ("FIFA enlarged the tournament from 24 to 32 teams.", []),
    # The later level of the label's year is held to the figure.
    ("The tournament grew from 24 teams in 2019 to 36 in 2023.", ["'36'"]),
    ("The tournament grew from 24 teams in 2019 to 32 in 2023.", []),
    ("FIFA had enlarged the tournament from 24 teams in 2019 to 36 in 2023.", ["'36'"]),
    # A number followed by a word of its own is no level of teams: "to 5 June".
    ("FIFA enlarged the tournament from 24 teams on 3 May to 5 June.", []),
    # Without a later level, what comes after "from" is held as ever.
    ("FIFA drew the tournament's 36 teams from 24 countries.", ["'36 teams'"]),
])
def test_a_change_s_verb_away_from_its_amounts_gives_a_start_and_a_later_level(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + TEAMS, FRONT)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("The bank cut its growth forecast for 2025 from 2.5% to 1.8%.", ["'1.8%'"]),
    ("The bank cut its growth forecast for 2025 from 2.5% to 2%.", []),
    # No later level: the donors are counted, whatever verb comes before.
    ("The appeal raised its total from 24 donors.", ["'24 donors'"]),
])
def test_the_start_of_a_change_after_the_verb_s_object_is_not_held(
        text: str, said: list[str]) -> None:
    figures = figure_of("2%", "growth forecast for 2025", ("30", "donors to the appeal"))
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, FRONT)) == said


@pytest.mark.parametrize(("text", "front", "said"), [
    ("La FIFA a fait passer le tournoi de 24 à 36 équipes.", FRENCH, ["'36 équipes'"]),
    ("La FIFA a fait passer le tournoi de 24 à 32 équipes.", FRENCH, []),
    ("La FIFA a élargi le tournoi de 24 équipes à 36.", FRENCH, ["'36'"]),
    ("La FIFA a élargi le tournoi de 24 équipes à 32.", FRENCH, []),
    ("La FIFA amplió el torneo de 24 a 36 equipos.", SPANISH, ["'36 equipos'"]),
    ("La FIFA amplió el torneo de 24 a 32 equipos.", SPANISH, []),
    ("La FIFA amplió el torneo de 24 equipos a 36.", SPANISH, ["'36'"]),
])
def test_french_and_spanish_read_a_change_s_verb_before_its_object(
        text: str, front: str, said: list[str]) -> None:
    label = {FRENCH: "équipes au tournoi de 2023", SPANISH: "equipos en el torneo de 2023"}
    figures = figure_of("32", label[front])
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


SEATS = "\n--- figures\nfigures:\n  - value: \"411\"\n    label: seats won by Labour\n---\n"


@pytest.mark.parametrize(("text", "said"), [
    ("Labour won 412 seats, up 209 from 2019, with 33.7% of the vote.", ["'412 seats'"]),
    ("Labour won 411 seats, down 5 from 2019, with 33.7% of the vote.", []),
])
def test_a_count_beside_its_change_since_a_year_is_compared(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SEATS, FRONT)) == said
