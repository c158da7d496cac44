"""Figures of a sports desk's results, a business desk's earnings and a local desk's budget:
tallies with their years, sums that a label names too, parts of a total, quarters that end on a
day, changes, and levels beside the year they are compared with."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of

AUTUMN = FRONT.replace("2024-05-23", "2024-11-01")  # after the quarter's report


def figures(*pairs: tuple[str, str]) -> str:
    """Return a figures section of the (value, label) pairs."""
    items = "".join(f"  - value: \"{value}\"\n    label: {label}\n" for value, label in pairs)
    return f"\n--- figures\nfigures:\n{items}---\n"


def said(text: str, section: str, front: str = FRONT) -> list[str]:
    """Return what the warnings say a summary of the text states, beside the section."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + section, front))


TITLES = figures(("3", "World Cup titles won by New Zealand"))


@pytest.mark.parametrize(("text", "held"), [
    # The years of a tally are no later level it goes on to.
    ("New Zealand have won 4 World Cup titles, in 1987, 2011 and 2015.",
     ["'4 World Cup titles'"]),
    ("New Zealand have won 3 World Cup titles, in 1987, 2011 and 2015.", []),
    # A later level still makes the first an earlier one.
    ("New Zealand had won 2 World Cup titles, in 1987 and 2011; by 2015 the tally was 3.", []),
])
def test_the_years_of_a_tally_are_no_later_level(text: str, held: list[str]) -> None:
    assert said(text, TITLES) == held


@pytest.mark.parametrize(("label", "text", "held"), [
    # A label that joins the names the sentence adds is their sum too.
    ("tournaments won by South Africa or New Zealand",
     "Together South Africa and New Zealand have won 6 of the 10 tournaments.",
     ["'6 of the 10 tournaments'"]),
    ("tournaments won by South Africa and New Zealand",
     "Together South Africa and New Zealand have won 6 of the 10 tournaments.",
     ["'6 of the 10 tournaments'"]),
    # A label of one of them is no sum.
    ("tournaments won by New Zealand",
     "Together South Africa and New Zealand have won 6 of the 10 tournaments.", []),
])
def test_a_label_that_joins_names_is_a_sum(label: str, text: str, held: list[str]) -> None:
    assert said(text, figures(("7" if "South" in label else "3", label))) == held


SEGMENTS = figures(("$46.2 billion", "iPhone revenue in the quarter"),
                   ("$25.0 billion", "services revenue in the quarter"))


@pytest.mark.parametrize(("text", "held"), [
    # A sentence that opens with "Together," adds what its next clause joins.
    ("Together, iPhone and services revenue was $71.2 billion.", []),
    ("Together, wearables and services revenue in the quarter was $34.2 billion.", []),
    ("iPhone revenue was $48.2 billion.", ["'$48.2 billion'"]),
    # The whole a part is of is no second claim against the part's figure.
    ("The iPhone made up $47.2 billion of the quarter's $94.9 billion.",
     ["'$47.2 billion'"]),
    ("The iPhone made up $46.2 billion of the quarter's $94.9 billion.", []),
])
def test_segments_and_their_total(text: str, held: list[str]) -> None:
    assert said(text, SEGMENTS) == held


QUARTER = figures(("$94.9 billion", "Apple's revenue in its fiscal fourth quarter of 2024"),
                  ("6%", "rise in Apple's quarterly revenue from a year earlier")) + """
--- timeline
events:
  - date: 2024-10-31
    title: Apple reports revenue of $94.9 billion for the quarter
    source: https://www.apple.com/newsroom/
---
"""


@pytest.mark.parametrize(("text", "held"), [
    # The day a quarter ends dates the span, not a level a later report overtook.
    ("Apple's revenue for the fourth quarter of its 2024 fiscal year, the three months to 28 "
     "September, was $96.9 billion.", ["'$96.9 billion'"]),
    ("Apple's revenue for the fourth quarter of its 2024 fiscal year, the three months to 28 "
     "September, was $94.9 billion.", []),
])
def test_the_day_a_quarter_ends_dates_no_level(text: str, held: list[str]) -> None:
    assert said(text, QUARTER, AUTUMN) == held


@pytest.mark.parametrize(("text", "held"), [
    # A change meets a label's noun of one, whatever its verb...
    ("Revenue rose 9% year on year to $94.9 billion.", ["'9%'"]),
    ("Revenue grew 6% year on year to $94.9 billion.", []),
    # ... but not with a time alone: wearables are no revenue of the whole.
    ("Wearables brought in $9.0 billion, down 3% from a year earlier.", []),
])
def test_a_change_meets_a_label_of_one(text: str, held: list[str]) -> None:
    assert said(text, QUARTER, AUTUMN) == held


BUDGET = figures(("£48 million", "Millbrook's budget for 2025"),
                 ("£12 million", "roads and transport budget for 2025"),
                 ("£10 million", "social care budget for 2025"))


@pytest.mark.parametrize(("text", "held"), [
    # "Millbrook's budget" is the town's budget, not one kind of budget.
    ("The council approved a budget of £48 million for 2025.", []),
    ("The council approved a budget of £46 million for 2025.", ["'£46 million'"]),
    # "roads and transport budget" is one kind: a budget alone is not it.
    ("Roads and transport get £13 million for 2025.", ["'£13 million'"]),
])
def test_a_budget_and_its_parts(text: str, held: list[str]) -> None:
    assert said(text, BUDGET) == held


@pytest.mark.parametrize(("text", "held"), [
    # The year a level is compared with is not its own.
    ("Social care gets £11 million, the same as in 2024.", ["'£11 million'"]),
    ("Social care gets £11 million, up from £9 million in 2024.", ["'£11 million'"]),
    ("Social care gets £10 million, the same as in 2024.", []),
    ("Social care got £11 million in 2024.", []),
])
def test_the_year_a_level_is_compared_with_is_not_its_own(text: str, held: list[str]) -> None:
    assert said(text, BUDGET) == held
