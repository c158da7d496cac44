"""Slips planted in the Spanish, Portuguese, German and Italian stories, each beside a twin:
the slip is warned of at its line and column, the twin, written as the language has it, is
not."""

from __future__ import annotations

import pytest

from .test_story_slips import slipped

MIGRATION = "acuerdo-migratorio-mauritania"
HIERRO = "  - El Hierro, con unos 11.000 habitantes, recibió más de 14.000 migrantes en 2023."

SLIPS = [
    # "a" before a count is a preposition, unless a number comes before it as a range's end.
    (MIGRATION, HIERRO, "  - El acuerdo implica a ocho países.",
     "content/x.md:33:26: warning: takeaway says 'ocho países' but the country list has 5 "
     "countries"),
]

TWINS = [
    (MIGRATION, HIERRO, "  - El acuerdo implica a cinco países."),
    (MIGRATION, HIERRO, "  - El acuerdo se extenderá de cinco a ocho países."),
]


@pytest.mark.parametrize(("story", "old", "new", "warning"), SLIPS)
def test_a_slip_is_warned_of_where_it_is(story: str, old: str, new: str, warning: str) -> None:
    assert slipped(story, old, new) == [warning]


@pytest.mark.parametrize(("story", "old", "new"), TWINS)
def test_its_twin_written_right_is_not(story: str, old: str, new: str) -> None:
    assert slipped(story, old, new) == []
