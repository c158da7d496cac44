"""A Korean age before the copula ("65세였다") and a Swahili one ("alikuwa na umri wa miaka
60") are read as ages, and held to the birth and the day the explainer gives: one the dates
make otherwise warns, the right one is silent."""

from __future__ import annotations

import pytest

from .test_age_claims import life_warnings

LIVES = {
    "ko": ("윤석열 대통령 탄핵", [("1960-12-18", "윤석열 출생"),
                            ("2024-12-14", "국회, 탄핵소추안 가결")]),
    "sw": ("Mswada wa Fedha", [("1966-12-21", "Ruto azaliwa"),
                              ("2024-06-26", "Ruto ahutubia taifa")]),
}


@pytest.mark.parametrize(("language", "prose", "warned"), [
    ("ko", "윤 대통령은 12월 14일 65세였다.", 65),
    ("ko", "12월 14일 탄핵소추안이 가결됐을 때 윤 대통령은 65세이며 임기는 남아 있었다.", 65),
    ("sw", "Tarehe 26 Juni 2024 Ruto alikuwa na umri wa miaka 60.", 60),
    ("sw", "Tarehe 26 Juni 2024, Rais Ruto, aliyezaliwa tarehe 21 Desemba 1966, alikuwa na "
           "umri wa miaka 60.", 60)])
def test_an_age_the_dates_make_otherwise_is_a_warning(language: str, prose: str,
                                                      warned: int) -> None:
    title, timeline = LIVES[language]
    [found] = life_warnings(prose, language, title, timeline)
    assert f"gives the age {warned} on " in found


@pytest.mark.parametrize(("language", "prose"), [
    ("ko", "윤 대통령은 12월 14일 63세였다."),
    ("ko", "12월 14일 탄핵소추안이 가결됐을 때 윤 대통령은 63세이며 임기는 남아 있었다."),
    # A generation, not an age: "60세대".
    ("ko", "12월 14일 집회에는 60세대 시민이 많았다."),
    ("sw", "Tarehe 26 Juni 2024 Ruto alikuwa na umri wa miaka 57."),
    ("sw", "Tarehe 26 Juni 2024, Rais Ruto, aliyezaliwa tarehe 21 Desemba 1966, alikuwa na "
           "umri wa miaka 57."),
    # A length of time, not an age: "miaka 60 ya uhuru".
    ("sw", "Tarehe 26 Juni 2024 Ruto alisema umri wa miaka 60 ya uhuru ni mfupi.")])
def test_the_right_age_or_none_is_no_warning(language: str, prose: str) -> None:
    title, timeline = LIVES[language]
    assert life_warnings(prose, language, title, timeline) == []
