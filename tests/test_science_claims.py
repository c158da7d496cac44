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
