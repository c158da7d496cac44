"""The Solar Hijri calendar, which Iranian and Afghan newsrooms date in ("۱۵ آذر ۱۴۰۳" is
5 December 2024)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explainer.content.solarhijri import solar_hijri


@pytest.mark.parametrize(("day", "solar"), [
    (date(2024, 3, 20), (1403, 1, 1)), (date(2024, 3, 19), (1402, 12, 29)),
    (date(2024, 12, 5), (1403, 9, 15)), (date(1979, 2, 11), (1357, 11, 22)),
    (date(2025, 3, 20), (1403, 12, 30)),  # 1403 is a leap year: Esfand has 30 days
    (date(2025, 3, 21), (1404, 1, 1)), (date(2024, 9, 22), (1403, 7, 1)),
    (date(1989, 6, 3), (1368, 3, 13)), (date(622, 3, 22), (1, 1, 1))])
def test_a_gregorian_day_is_converted_to_the_solar_hijri_calendar(
        day: date, solar: tuple[int, int, int]) -> None:
    assert solar_hijri(day) == solar


def test_the_solar_hijri_days_follow_each_other_without_a_gap() -> None:
    lengths = [31] * 6 + [30] * 5
    day, before = date(1800, 1, 1), solar_hijri(date(1800, 1, 1))
    while day < date(2300, 1, 1):
        day += timedelta(days=1)
        now = solar_hijri(day)
        assert before is not None and now is not None
        year, month, of_month = before
        following = [(year, month, of_month + 1), (year, month + 1, 1)] if month < 12 else \
            [(year, 12, of_month + 1), (year + 1, 1, 1)]
        assert now in following, day
        if now[2] == 1 and month < 12:
            assert of_month == lengths[month - 1], day
        if now[2] == 1 and month == 12:
            assert of_month in (29, 30), day
        before = now


def test_a_day_before_the_calendar_s_first_year_has_none() -> None:
    assert solar_hijri(date(622, 3, 21)) is None
    assert solar_hijri(date(300, 5, 2)) is None
