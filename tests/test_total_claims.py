"""Amounts a sentence calls a total, and where a change started, after the level it went to."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

RISES = """
--- figures
figures:
  - value: 25 basis points
    label: size of the rise
  - value: "11"
    label: rises since March 2022
  - value: 525 basis points
    label: total tightening since March 2022
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A total of the rises the sentence counts is not the size of one of them.
    ("It was the 11th rise in 16 months, a total of 525 basis points.", []),
    ("The rises of 2023 came to a cumulative 100 basis points.", []),
    ("The rises of 2023 added up to 100 basis points in all.", []),
    # A total that names the total's own figure is held against it.
    ("It was the 11th rise in 16 months, a total tightening of 500 basis points since "
     "March 2022.", ["'500 basis points'"]),
    # No total: the size of the rise the sentence counts.
    ("It was the 11th rise in 16 months, a rise of 50 basis points.", ["'50 basis points'"]),
])
def test_a_total_of_items_is_not_the_size_of_one(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RISES)) == said


BRIDGE = """
--- figures
figures:
  - value: $4 billion
    label: cost of the bridge
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A total that counts no items is the size of the label's one.
    ("The bridge cost a total of $5 billion.", ["'$5 billion'"]),
    ("Three bridges cost a total of $5 billion.", []),
])
def test_a_total_of_one_thing_is_its_size(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + BRIDGE)) == said


RATE = """
--- figures
figures:
  - value: 5.25%
    label: Bank Rate from 3 August 2023, a 15-year high
---
"""
RATE_BEFORE = """
--- figures
figures:
  - value: 5.25%
    label: Bank Rate after the rise
  - value: 4.75%
    label: Bank Rate before the rise
---
"""


@pytest.mark.parametrize(("text", "figures", "said"), [
    # The level a change went to is the figure's; where it started is not said against it too.
    ("The last, on 3 August 2023, took Bank Rate to 5.5% from 5%.", RATE, ["'5.5%'"]),
    ("The last, on 3 August 2023, took Bank Rate to 5.25% from 5%.", RATE, []),
    # Where it started is held against the figure of the level before.
    ("The last rise took Bank Rate to 5.5% from 5%.", RATE_BEFORE, ["'5.5%'", "'5%'"]),
])
def test_where_a_change_started_is_not_the_level_it_went_to(
        text: str, figures: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said
