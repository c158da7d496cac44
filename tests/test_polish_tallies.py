"""A Polish tally of a vote, spelled out as Polish newsrooms write it ("stosunkiem głosów 248
do 201", "za głosowało 248 posłów, przeciw 201", "248 posłów głosowało za, a 201 przeciw"), is
held to the key figure of that vote: one of as many votes that splits them otherwise warns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import story_warnings

STORY = """---
title: Wotum zaufania
dek: Sejm udzielił rządowi wotum zaufania.
published: 2023-12-14
language: pl
---

--- summary
---
{text}

--- figures
figures:
  - value: 248-201
    label: głosowanie nad wotum zaufania dla rządu
---
"""


@pytest.mark.parametrize(("text", "warned"), [
    ("Rząd otrzymał wotum zaufania: za głosowało 249 posłów, przeciw 200.", True),
    ("Rząd otrzymał wotum zaufania: za głosowało 248 posłów, przeciw 201.", False),
    ("Sejm udzielił rządowi wotum zaufania stosunkiem głosów 250 do 199.", True),
    ("Sejm udzielił rządowi wotum zaufania stosunkiem głosów 248 do 201.", False),
    ("W głosowaniu 247 posłów głosowało za, a 202 przeciw.", True),
    ("W głosowaniu 248 posłów głosowało za, a 201 przeciw.", False),
    # Another vote, of another number of votes: the previous government's lost vote.
    ("Dzień wcześniej rząd Morawieckiego przegrał: za było 190 posłów, przeciw 266.", False),
])
def test_a_polish_tally_spelled_out(make_site: Callable[[dict[str, str]], Path], text: str,
                                    warned: bool) -> None:
    """A tally that splits the figure's votes otherwise is warned of, with its words."""
    warnings = story_warnings(make_site, "wotum", STORY.format(text=text))
    assert bool([line for line in warnings if "248-201" in line]) == warned, warnings
