"""An election's numbers held against its key figures: seats, shares of the vote, turnout and
a majority, each the figure it says it is and no other."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, SPANISH, stated, warnings_of

RESULT = """
--- figures
figures:
  - value: "411"
    label: seats won by Labour
  - value: "650"
    label: seats in the House of Commons
  - value: 33.7%
    label: Labour's share of the vote
  - value: 59.7%
    label: turnout
  - value: "121"
    label: seats won by the Conservatives
  - value: 14.3%
    label: Reform UK's share of the vote
---
"""


def said(text: str, figures: str = RESULT, front: str = FRONT) -> list[str]:
    """Return what the warnings say a summary of one sentence states, beside the figures."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))


@pytest.mark.parametrize(("text", "expected"), [
    # A share of the vote is no turnout that another clause names.
    ("Keir Starmer's Labour took 411 of the 650 seats on 33.7% of the vote, ending 14 years "
     "in opposition on the lowest turnout since 2001.", []),
    ("The Greens won 6.8% of the vote, on the lowest turnout since 2001.", []),
    ("The Greens won 6.8% of the vote, and turnout fell to its lowest since 2001.", []),
    # A turnout given otherwise, or a share, is still told.
    ("Labour won 33.7% of the vote, on a turnout of 60.7%.", ["'60.7%'"]),
    ("Labour won 34.7% of the vote, on the lowest turnout since 2001.", ["'34.7%'"]),
    ("Turnout was 60.7% of the electorate, the lowest since 2001.", ["'60.7%'"]),
])
def test_a_share_of_a_whole_is_no_figure_another_clause_names(
        text: str, expected: list[str]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A party that opens a sentence is a name where a label opens with it.
    ("Reform UK won 14.3% of the vote but only 5 seats.", []),
    ("Reform UK won 13.3% of the vote but only 5 seats.", ["'13.3%'"]),
    # The party the label names, seats given otherwise, is still told.
    ("Labour won 412 seats, on a third of the vote.", ["'412 seats'"]),
])
def test_a_party_a_label_opens_with_is_a_name(text: str, expected: list[str]) -> None:
    assert said(text) == expected


SEATS = """
--- figures
figures:
  - value: "411"
    label: seats won by Labour
  - value: "121"
    label: seats won by the Conservatives
  - value: "650"
    label: seats in the Commons
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    # The whole a part is of is no party's seats, whatever the sentence names besides.
    ("Labour won 411 of the 650 seats and ended 14 years of Conservative government.", []),
    ("Labour won 411 of the 650 seats, and the Conservatives were left with 121.", []),
    # A part given otherwise, or a whole, is still told.
    ("Labour won 412 of the 650 seats and ended 14 years of Conservative government.",
     ["'412 of the 650 seats'"]),
    ("Labour won 411 of the 651 seats in the Commons.", ["'651 seats'"]),
])
def test_the_whole_of_a_part_is_no_figure_of_another_part(
        text: str, expected: list[str]) -> None:
    assert said(text, SEATS) == expected


ESCAÑOS = """
--- figures
figures:
  - value: "411"
    label: escaños obtenidos por el Partido Laborista
  - value: "121"
    label: escaños obtenidos por los conservadores
  - value: "650"
    label: escaños de la Cámara de los Comunes
---
"""


@pytest.mark.parametrize(("text", "figures", "front", "expected"), [
    # What another amount is of speaks of that amount, not of the seats.
    ("El laborismo de Keir Starmer obtuvo 411 de los 650 escaños y puso fin a 14 años de "
     "gobiernos conservadores.", ESCAÑOS, SPANISH, []),
    ("Keir Starmer's Labour took 411 of the 650 seats and ended 14 years of Conservative "
     "government.", SEATS, FRONT, []),
    # Seats the sentence gives as the party's, otherwise, are still told.
    ("Los conservadores obtuvieron 122 escaños y perdieron el poder tras 14 años de "
     "gobiernos conservadores.", ESCAÑOS, SPANISH, ["'122 escaños'"]),
    ("The Conservatives held just 122 seats after 14 years of Conservative government.",
     SEATS, FRONT, ["'122 seats'"]),
])
def test_the_words_after_another_amount_say_what_it_is_of(
        text: str, figures: str, front: str, expected: list[str]) -> None:
    assert said(text, figures, front) == expected


MAJORITY = """
--- figures
figures:
  - value: "411"
    label: seats won by Labour
  - value: "174"
    label: seats of Labour's majority
---
"""
MAYORÍA = """
--- figures
figures:
  - value: "411"
    label: escaños obtenidos por el Partido Laborista
  - value: "174"
    label: escaños de la mayoría del Partido Laborista
---
"""


@pytest.mark.parametrize(("text", "figures", "front", "expected"), [
    # A majority is what a party has over the others, not what it has.
    ("Labour won a majority of 174 seats.", MAJORITY, FRONT, []),
    ("Labour won 411 seats.", MAJORITY, FRONT, []),
    ("Labour's majority of 174 seats is the largest since 1997.", SEATS, FRONT, []),
    ("El Partido Laborista obtuvo una mayoría absoluta de 174 escaños.", MAYORÍA, SPANISH, []),
    ("El Partido Laborista obtuvo una mayoría absoluta de 174 escaños.",
     ESCAÑOS, SPANISH, []),
    # A majority, or seats, given otherwise are still told.
    ("Labour won a majority of 176 seats.", MAJORITY, FRONT, ["'176 seats'"]),
    ("Labour won 412 seats, a majority of 174 seats.", MAJORITY, FRONT, ["'412 seats'"]),
    ("El Partido Laborista obtuvo una mayoría absoluta de 176 escaños.", MAYORÍA, SPANISH,
     ["'176 escaños'"]),
    ("El Partido Laborista obtuvo 412 de los 650 escaños.", ESCAÑOS, SPANISH,
     ["'412 de los 650 escaños'"]),
])
def test_a_majority_is_held_against_majorities_alone(
        text: str, figures: str, front: str, expected: list[str]) -> None:
    assert said(text, figures, front) == expected


SHARE = """
--- figures
figures:
  - value: 26 percent
    label: of the vote for Brothers of Italy
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    # A label that goes on from its value ("26 percent of the vote") names what it is of.
    ("Brothers of Italy took 26% of the vote.", []),
    ("Brothers of Italy took 28% of the vote.", ["'28%'"]),
    ("Brothers of Italy took 28 percent of the vote.", ["'28 percent'"]),
    # Another whole's share is still another thing.
    ("Brothers of Italy won 28% of the seats.", []),
])
def test_a_label_that_opens_with_its_whole_names_it(text: str, expected: list[str]) -> None:
    assert said(text, SHARE) == expected


SHARES = """
--- figures
figures:
  - value: 33.7%
    label: Labour's share of the vote
  - value: 23.7%
    label: the Conservatives' share of the vote
  - value: 48.85%
    label: Odinga's share of the vote
  - value: 50.49%
    label: Ruto's share of the vote
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    # What a party took, a percentage alone, is its share of the vote; the amount after "and"
    # and a name takes the verb of the clause before.
    ("Labour took 33.7% and the Conservatives 24.7%.", ["'24.7%'"]),
    ("The Conservatives took 24.7%.", ["'24.7%'"]),
    ("Ruto won 50.49% of the vote and Odinga 48.58%.", ["'48.58%'"]),
    # The right shares, and a share of another whole, are silent.
    ("Labour took 33.7% and the Conservatives 23.7%.", []),
    ("Ruto won 50.49% of the vote and Odinga 48.85%.", []),
    ("The Conservatives took 24.7% of the seats.", []),
])
def test_a_percentage_a_party_won_is_its_share_of_the_vote(
        text: str, expected: list[str]) -> None:
    assert said(text, SHARES) == expected


ODINGA = """
--- figures
figures:
  - value: 48.58%
    label: Odinga's share of the vote
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    # A share a named side won is held against its side's figure alone, not another side's.
    ("Ruto won 50.49% of the vote and Odinga 48.58%.", []),
    ("Ruto took 50.49% and Odinga 48.58%.", []),
    # The side whose figure it is still warns when it disagrees, and another side does not.
    ("Ruto won 50.49% of the vote and Odinga 48.1%.", ["'48.1%'"]),
    ("Odinga won 48.1% of the vote.", ["'48.1%'"]),
])
def test_a_share_a_named_side_won_is_held_against_its_sides_figure_alone(
        text: str, expected: list[str]) -> None:
    assert said(text, ODINGA) == expected


VOTOS = """
--- figures
figures:
  - value: 60,3 milhões
    label: de votos para Lula no segundo turno
---
"""
PORTUGUESE = SPANISH.replace("language: es", "language: pt")


@pytest.mark.parametrize(("text", "expected"), [
    # A margin is what the winner has over the loser, a qualifier before its number or not.
    ("Lula venceu por uma diferença de cerca de 2,1 milhões de votos.", []),
    ("Lula venceu por uma margem de cerca de 2,1 milhões de votos.", []),
    ("Lula venceu com uma vantagem de 2,1 milhões de votos.", []),
    # The winner's votes given otherwise are still told.
    ("Lula teve cerca de 62,1 milhões de votos.", ["'62,1 milhões de votos'"]),
    ("Lula teve 62,1 milhões de votos, uma diferença de 2,1 milhões.",
     ["'62,1 milhões de votos'"]),
])
def test_a_margin_after_a_qualifier_is_no_count_of_votes(text: str, expected: list[str]) -> None:
    assert said(text, VOTOS, PORTUGUESE) == expected


ROUNDS = """
--- figures
figures:
  - value: 66.7%
    label: turnout in the first round
  - value: "180"
    label: seats won by the New Popular Front
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    # A share of the vote is no turnout whose round the sentence names, listed or not.
    ("The National Rally led the first round with about 33% of the vote.", []),
    ("In the first round the National Rally won 33% of the vote, the New Popular Front about "
     "28% and Ensemble about 20%.", []),
    # The turnout of that round, given otherwise, is still told.
    ("Turnout in the first round was 67.7%, the highest since 1997.", ["'67.7%'"]),
    ("The National Rally led the first round with 33% of the vote and turnout was 60.7%.",
     ["'60.7%'"]),
    ("Turnout in the first round was 60.7% of registered voters.", ["'60.7%'"]),
])
def test_a_share_of_the_vote_is_no_turnout_of_its_round(text: str, expected: list[str]) -> None:
    assert said(text, ROUNDS) == expected
