"""Amounts a sentence calls a total."""

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

