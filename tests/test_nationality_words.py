"""A country's people named by a word of nationality not made from its name ("the Americans",
"the Dutch") are that country, as a key figure's label names it."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of
from .test_numbered_names import figures

MEDALS = figures(("126", "medals won by the United States"),
                 ("34", "medals won by the Netherlands"),
                 ("65", "medals won by the United Kingdom"),
                 ("3", "medals won by El Salvador"))


@pytest.mark.parametrize(("text", "said"), [
    ("The Americans won 128 medals in all.", ["'128 medals'"]),
    ("American athletes won 128 medals.", ["'128 medals'"]),
    ("The Dutch won 36 medals.", ["'36 medals'"]),
    ("British athletes won 64 medals.", ["'64 medals'"]),
    ("The Salvadorans won 5 medals.", ["'5 medals'"]),  # a name that opens with another word
    # The same counts, agreeing; and the people of a country no label names.
    ("The Americans won 126 medals in all.", []),
    ("The Dutch won 34 medals.", []),
    ("The Salvadorans won 3 medals.", []),
    ("The French won 64 medals.", []),
    ("The Danes won 9 medals.", []),
])
def test_a_word_of_nationality_names_its_country(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + MEDALS)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A word of nationality beside another name is a region's or a place's: not the country.
    ("Latin American athletes won 40 medals.", []),
    ("South American athletes won 40 medals.", []),
    ("The Latin American team won 40 medals.", []),
    # Alone, or after a word that only opens the sentence, it is the country's still.
    ("The American team won 40 medals.", ["'40 medals'"]),
    ("American athletes won 40 medals.", ["'40 medals'"]),
    ("In all, British athletes won 60 medals.", ["'60 medals'"]),
])
def test_a_word_of_nationality_in_a_longer_name_names_no_country(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + MEDALS)) == said
