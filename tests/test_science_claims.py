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


HEAT = """
--- figures
figures:
  - value: 47.2 °C
    label: highest temperature, in Kayes, Mali
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A level crossed is a bound of the figure, as "more than" is.
    ("Temperatures in Kayes, Mali, topped 47C for three days.", []),
    ("The highest temperature in Kayes, Mali, exceeded 47C.", []),
    ("The highest temperature in Kayes, Mali, surpassed 47C.", []),
    ("The highest temperature in Kayes, Mali, was above 47C.", []),
    ("The highest temperature in Kayes, Mali, was above 48C.", ["'48C'"]),
    ("The highest temperature in Kayes, Mali, stayed below 47C.", ["'47C'"]),
])
def test_a_level_crossed_is_read_as_a_bound(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + HEAT)) == said


ORION = """
--- figures
figures:
  - value: 1.4 million miles (2.25 million km)
    label: flown by Orion
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A label's name alone says whose, not what: an altitude of Orion's is no distance flown.
    ("Orion's return flyby passes 79 miles above the Moon.", []),
    ("Orion, the capsule, came within 80 miles of the lunar surface.", []),
    # The distance flown, however its verb is written, is held against it.
    ("Orion has flown 1.6 million miles.", ["'1.6 million miles'"]),
    ("Orion flew 1.6 million miles.", ["'1.6 million miles'"]),
    ("Orion flew about 1.4 million miles.", []),
])
def test_a_measure_sharing_a_lone_name_with_a_label_is_another(text: str,
                                                              said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + ORION
    assert stated(warnings_of(body)) == said


def test_a_timeline_title_sharing_a_lone_name_with_a_label_is_another() -> None:
    timeline = ("--- timeline\nevents:\n  - date: 2022-12-05\n    title: Orion's return flyby "
                "passes 79 miles above the Moon\n    source: https://www.nasa.gov/\n---\n")
    assert warnings_of(timeline + ORION) == []


@pytest.mark.parametrize(("text", "said"), [
    # A conversion in brackets is of the amount before it, in that amount's clause.
    ("Orion flew about 1.4 million miles (2.9 million km).", ["'2.9 million km'"]),
    ("Orion flew about 1.4 million miles (2.25 million km).", []),
    ("Orion flew 1.4 million miles (about 2.9 million km) in all.", ["'2.9 million km'"]),
    # Brackets after another clause's amount are that one's.
    ("Orion flew 1.4 million miles, and the Moon is 239,000 miles (385,000 km) away.", []),
])
def test_a_conversion_in_brackets_is_of_the_amount_before_it(text: str,
                                                             said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + ORION)) == said
