"""Figures of trials and outbreaks compared with the text: rates, arms of a trial."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, stated, warnings_of

OUTBREAK = """
--- figures
figures:
  - value: More than 17,000
    label: mpox cases reported in Africa this year
  - value: "517"
    label: deaths from mpox this year
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # Cases a week are a rate, not the cases of the year.
    ("Mpox cases in Africa have risen to 2,000 cases a week, up from 500.", []),
    ("Officials now count 2,000 new mpox cases per week in Africa.", []),
    ("Africa now reports 2,000 new mpox cases weekly.", []),
    ("In Africa, weekly reports of mpox give 2,000 cases.", []),
    ("About 40 deaths a day from mpox are reported.", []),
    # A total of the year is still held against the year's figure.
    ("There have been 15,000 mpox cases in Africa this year.", ["'15,000 mpox cases'"]),
    # "A week later" is a time, not a rate.
    ("A week later, 15,000 mpox cases had been reported in Africa.",
     ["'15,000 mpox cases'"]),
])
def test_an_amount_per_a_time_is_no_total(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + OUTBREAK)) == said


WEEKLY = """
--- figures
figures:
  - value: 2,000
    label: new mpox cases a week in August
  - value: $1,300
    label: monthly list price of the drug
---
"""


@pytest.mark.parametrize(("text", "front", "said"), [
    # A rate is held against a figure of the same rate.
    ("There were 2,500 new mpox cases a week in August.", FRONT, ["'2,500 new mpox cases'"]),
    ("The drug's list price is $1,350 a month.", FRONT, ["'$1,350'"]),
    ("The drug's list price is $1,300 a month.", FRONT, []),
    # Not against a total, nor a total against it.
    ("By August, 17,000 new mpox cases had been reported since January.", FRONT, []),
    ("A year of the drug costs $15,600 at list price.", FRONT, []),
    ("Le prix catalogue du médicament atteint 1 350 dollars par mois.",
     FRENCH, ["'1 350 dollars'"]),
])
def test_an_amount_per_a_time_is_held_against_the_same_rate(
        text: str, front: str, said: list[str]) -> None:
    figures = WEEKLY.replace("$1,300", "1 300 dollars").replace(
        "monthly list price of the drug", "prix catalogue mensuel du médicament") \
        if front == FRENCH else WEEKLY
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said
