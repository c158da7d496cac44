"""The checks read as a science and health desk writes: trials, missions, heat."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

TRIAL = """
--- figures
figures:
  - value: "185"
    label: cases in the placebo group
  - value: "30"
    label: severe cases, all in the placebo group
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # The label's noun ends its clause: the figure counts severe cases, and agrees.
    ("All 30 severe cases were in the placebo group.", []),
    ("All 31 severe cases were in the placebo group.", ["'31 severe cases'"]),
])
def test_a_label_whose_noun_ends_a_clause_counts_that_noun(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + TRIAL)) == said


HEAT = """
--- figures
figures:
  - value: 47.2 °C
    label: highest temperature, in Kayes, Mali
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A level crossed is a bound of the figure, as "more than" is.
    ("Temperatures in Kayes, Mali, topped 47C for three days.", []),
    ("The highest temperature in Kayes, Mali, exceeded 47C.", []),
    ("The highest temperature in Kayes, Mali, surpassed 47C.", []),
    ("The highest temperature in Kayes, Mali, was above 47C.", []),
    ("The highest temperature in Kayes, Mali, was above 48C.", ["'48C'"]),
    ("The highest temperature in Kayes, Mali, stayed below 47C.", ["'47C'"]),
])
def test_a_level_crossed_is_read_as_a_bound(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + HEAT)) == said
