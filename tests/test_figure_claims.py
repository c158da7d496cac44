"""Amounts in the text compared with the key figures: which sentences speak of which figure."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

DEAL = """
--- figures
figures:
  - value: $4.2 billion
    label: price Halvard pays for Norvik
  - value: $38.50
    label: paid per Norvik share
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # The price per share is given as it is; the price of the deal is another figure, which
    # the sentence names by a word of its own, and gives otherwise.
    ("Halvard pays $4.5 billion for Norvik, or $38.50 a share.", ["'$4.5 billion'"]),
    ("Halvard pays $4.2 billion for Norvik, or $38.50 a share.", []),
    # Words the given figure's label has say nothing of the other figure.
    ("Norvik shares, paid at $38.50, traded at $37.90 before the deal.", []),
])
def test_a_figure_given_as_it_is_leaves_another_named_one_compared(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + DEAL)) == said
