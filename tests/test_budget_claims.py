"""Amounts of a budget held against its key figures: a difference between two budgets, and a
budget of a fiscal year that began in the calendar year before the one it is named by."""

from __future__ import annotations

import pytest

from .test_checks import FRONT
from .test_economy_claims import said_beside

# A story whose title names the budget's city and fiscal year, as its sentences need not.
CITY = FRONT.replace("title: T", "title: New York City adopts its budget for 2024")
BUDGETS = {"$107.1 billion": "the city's budget for the 2024 fiscal year",
           "$101.1 billion": "the budget adopted a year earlier, for 2023"}


@pytest.mark.parametrize(("text", "said"), [
    # An amount before a comparative is the difference between two levels, not either one.
    ("The budget is about $6 billion larger than the one adopted a year earlier.", []),
    ("Spending is 6% higher than in the budget adopted a year earlier.", []),
    ("The budget adopted a year earlier came to about $6 billion.", ["'$6 billion'"]),
    ("The budget adopted a year earlier, at $6 billion, was smaller.", ["'$6 billion'"]),
])
def test_an_amount_before_a_comparative_is_a_difference(text: str, said: list[str]) -> None:
    figures = {**BUDGETS, "6%": "the budget adopted a year earlier, growth in spending"}
    assert said_beside(text, figures, CITY) == said


@pytest.mark.parametrize(("text", "figures", "said"), [
    # A fiscal year named by its year began in the year before: its budget is adopted then.
    ("The city's budget for the fiscal year, $107.1 billion, was adopted on 30 June 2023.",
     BUDGETS, []),
    ("The city's budget for the fiscal year, $109.1 billion, was adopted on 30 June 2023.", BUDGETS,
     ["'$109.1 billion'"]),
    ("The city's budget for the year, $107.1 billion, was adopted in June 2023.",
     {"$107.1 billion": "the city's budget for fiscal 2024",
      "$101.1 billion": "the budget adopted a year earlier, for 2023"}, []),
    ("The city's budget for the year, $107.1 billion, was adopted in June 2023.",
     {"$107.1 billion": "the city's budget for FY2024",
      "$101.1 billion": "the budget adopted a year earlier, for 2023"}, []),
    # A year named by no fiscal year is that calendar year alone.
    ("The city's budget for the year, $107.1 billion, was adopted in June 2023.",
     {"$107.1 billion": "the city's budget for 2024",
      "$101.1 billion": "the budget adopted a year earlier, for 2023"}, ["'$107.1 billion'"]),
])
def test_a_fiscal_year_begins_in_the_year_before_its_name(
        text: str, figures: dict[str, str], said: list[str]) -> None:
    assert said_beside(text, figures, CITY) == said


@pytest.mark.parametrize(("text", "said"), [
    # The subject of the verb of spending is the payer, and the label names another after "by".
    ("Paris will spend €2bn on a fund of its own.", []),
    ("Berlin has spent €2bn on the fund.", []),
    # The payer the label names, or none said, is still held against it.
    ("Brussels will spend €2bn on the fund.", ["'€2bn'"]),
    ("€2bn will be spent on the fund.", ["'€2bn'"]),
])
def test_an_amount_one_payer_spends_is_no_figure_another_spends(
        text: str, said: list[str]) -> None:
    assert said_beside(text, {"€5bn": "spent on the fund by Brussels"}) == said


@pytest.mark.parametrize(("text", "said"), [
    # The subject of the label's verb is another doer than the one it names after "by".
    ("Reform won 5 seats.", []),
    ("The Liberal Democrats have won 72 seats.", []),
    # The doer the label names, or one left unnamed, is still held against it.
    ("Labour won 400 seats.", ["'400 seats'"]),
    ("The party won 400 seats.", ["'400 seats'"]),
])
def test_an_amount_one_doer_wins_is_no_figure_another_wins(text: str, said: list[str]) -> None:
    assert said_beside(text, {"411": "seats won by Labour"}) == said
