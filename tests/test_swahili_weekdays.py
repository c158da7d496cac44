"""Swahili papers set "tarehe" (the date) between a day of the week and its date: "Jumanne,
tarehe 25 Juni 2024"; the day of the week is held to the calendar all the same."""

from __future__ import annotations

import pytest

from .test_weekdays import weekday_warnings


@pytest.mark.parametrize(("prose", "warned"), [
    ("Jumanne, tarehe 25 Juni 2024, wabunge walipitisha mswada.", False),
    ("Jumatatu, tarehe 25 Juni 2024, wabunge walipitisha mswada.", True),
    ("Ruto alihutubia taifa Jumatano tarehe 26 Juni 2024.", False),
    ("Ruto alihutubia taifa Jumatano tarehe 27 Juni 2024.", True),
])
def test_a_swahili_day_of_the_week_before_tarehe_is_held_to_its_date(
        prose: str, warned: bool) -> None:
    found = weekday_warnings(prose, "sw", published="2024-07-02")
    assert len(found) == int(warned), found
