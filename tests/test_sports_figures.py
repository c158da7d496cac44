"""Key figures of sports stories: the teams a sentence names, and the scores it gives."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

FRONT = "---\ntitle: Spain beat England to win Euro 2024\ndek: D\npublished: 2024-07-15\n---\n"
WINS = """
--- figures
figures:
  - value: "7"
    label: matches won by Spain
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A part of a country that plays as a team of its own names another team than the
    # label's, though it opens the sentence, as a country that opens one does.
    ("England won 3 matches.", []),
    ("Scotland won 1 match and drew 2 matches.", []),
    ("Wales's 3 matches ended in defeat.", []),
    ("Spain won 6 matches.", ["'6 matches'"]),
])
def test_a_team_that_opens_a_sentence_speaks_of_its_own_figures(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + WINS, FRONT)) == said
