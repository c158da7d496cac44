"""An outbreak's counts as a desk updates them over weeks: a toll that rises across dated
sentences is told newest last, and only the newest is held to the key figure; a real
disagreement still warns."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of
from .test_portuguese_counts import BRAZIL

DEATHS = ('\n--- figures\nfigures:\n  - value: At least 720\n'
          '    label: mpox deaths in the Democratic Republic of the Congo\n---\n')
MORTES = ('\n--- figures\nfigures:\n  - value: Mais de 5 mil\n'
          '    label: mortes por dengue confirmadas no Brasil\n---\n')


@pytest.mark.parametrize(("text", "said"), [
    # A part of a month that the next sentence goes on to.
    ("By mid-August, the Democratic Republic of the Congo had 570 mpox deaths. By "
     "mid-September it had at least 720.", []),
    ("By early August the Democratic Republic of the Congo had 511 mpox deaths. By late "
     "September it had 760.", []),
    ("The Democratic Republic of the Congo had 570 mpox deaths; by the middle of September "
     "the toll was 720.", []),
    # A span after which the next sentence gives the later level.
    ("On 13 August the Democratic Republic of the Congo had 511 mpox deaths. A week later "
     "the toll was 570, and two weeks after that 720.", []),
    ("The Democratic Republic of the Congo had 511 mpox deaths. Two weeks later it had 720.",
     []),
    # No later time, or a later time with no later level: the level is held to the figure.
    ("The Democratic Republic of the Congo had 570 mpox deaths. Doctors say the toll is "
     "higher.", ["'570 mpox deaths'"]),
    ("The Democratic Republic of the Congo had 570 mpox deaths. A week later vaccines "
     "arrived.", ["'570 mpox deaths'"]),
])
def test_an_english_toll_told_before_a_later_time_is_an_earlier_level(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + DEATHS, FRONT)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Em março, o Brasil contava 390 mortes confirmadas por dengue. Em dezembro, eram mais "
     "de 5 mil.", []),
    ("O Brasil contava 390 mortes confirmadas por dengue. Até meados de dezembro, eram "
     "5.200.", []),
    ("O Brasil contava 1.100 mortes confirmadas por dengue em abril; no fim de dezembro, "
     "eram 5.900.", []),
    ("No início de março, o Brasil contava 390 mortes confirmadas por dengue. Um mês "
     "depois, eram 1.100; em dezembro, mais de 5 mil.", []),
    ("O Brasil contava 390 mortes confirmadas por dengue. Em dezembro, houve uma reunião.",
     ["'390 mortes'"]),
    ("O Brasil contava 3 mil mortes confirmadas por dengue.", ["'3 mil mortes'"]),
])
def test_a_portuguese_toll_told_before_a_later_month_is_an_earlier_level(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + MORTES, BRAZIL)) == said
