"""Amounts of ballot measures held against the key figures: a share won is no threshold,
and a place that opens a sentence is a name, as the figures' labels write it."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

MEASURES = """
--- figures
figures:
  - value: 57%
    label: vote for Florida's Amendment 4
  - value: 60%
    label: share Florida's Amendment 4 needed to pass
  - value: 55%
    label: share of the vote Colorado requires for a constitutional amendment
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A threshold is not the share the measure won, nor another state's threshold.
    ("Florida requires 60% for constitutional amendments, one of the highest thresholds.", []),
    ("Florida requires 60% for a constitutional amendment.", []),
    ("Colorado requires 55% for a constitutional amendment.", []),
    ("Amendment 4 won 57% of the vote, short of the 60% needed.", []),
    # A wrong share, or a wrong threshold of the state the label names, is still told.
    ("Amendment 4 won 56% of the vote in Florida.", ["'56%'"]),
    ("Colorado requires 60% for a constitutional amendment.", ["'60%'"]),
])
def test_a_threshold_is_held_against_thresholds_of_its_own_place(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + MEASURES)) == said
