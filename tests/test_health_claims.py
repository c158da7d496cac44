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


WEIGHT = """
--- figures
figures:
  - value: 15%
    label: average weight loss on the drug
  - value: 94.1%
    label: vaccine efficacy against severe disease
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # What the placebo group lost is not what the drug's group lost.
    ("Average weight loss on placebo was 2.4%.", []),
    ("On placebo, average weight loss was 2.4%.", []),
    ("Those in the control group had an average weight loss of 2.4%.", []),
    ("Average weight loss was 2.4% on placebo against 15% on the drug.", []),
    # The drug's own group, beside the placebo's, is still held against the figure.
    ("Average weight loss was 2.4% on placebo against 12% on the drug.", ["'12%'"]),
    ("Average weight loss on the drug was 12%, and 2.4% on placebo.", ["'12%'"]),
    ("Average weight loss on the drug was 12%.", ["'12%'"]),
    ("Vaccine efficacy against severe disease was 84.1%.", ["'84.1%'"]),
])
def test_a_trial_s_control_group_is_not_the_group_treated(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + WEIGHT)) == said


def test_a_label_of_the_control_group_is_held_against_it() -> None:
    figures = WEIGHT.replace("average weight loss on the drug", "average weight loss on placebo")
    text = "Average weight loss on placebo was 3.1%."
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == ["'3.1%'"]


@pytest.mark.parametrize(("text", "said"), [
    ("La perte de poids moyenne sous placebo était de 2,4 %.", []),
    ("Sous placebo, la perte de poids moyenne a été de 2,4 %.", []),
    ("La perte de poids moyenne sous traitement était de 12 %, contre 2,4 % sous placebo.",
     ["'12 %'"]),
])
def test_a_trial_s_control_group_in_french(text: str, said: list[str]) -> None:
    figures = """
--- figures
figures:
  - value: 15 %
    label: perte de poids moyenne sous traitement
---
"""
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, FRENCH)) == said


CHILDREN = """
--- figures
figures:
  - value: Nearly 70%
    label: share of mpox cases in the Democratic Republic of the Congo in children under 15
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A share of the same whole, but of another part of it, is another figure.
    ("About 40% of mpox cases in the Democratic Republic of the Congo are confirmed.", []),
    ("About 40% of mpox cases in the Democratic Republic of the Congo are in adults.", []),
    # The label's part, said, is held against it.
    ("About 40% of mpox cases in the Democratic Republic of the Congo are in children "
     "under 15.", ["'40%'"]),
    ("Children under 15 account for about 40% of mpox cases in the Democratic Republic of "
     "the Congo.", ["'40%'"]),
    ("Children under 15 account for nearly 70% of mpox cases in the Democratic Republic of "
     "the Congo.", []),
])
def test_a_share_of_another_part_of_the_whole_is_another_figure(text: str,
                                                                said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + CHILDREN)) == said


def test_a_share_that_says_no_more_than_whose_it_is_is_held_against_it() -> None:
    figures = ("\n--- figures\nfigures:\n  - value: 14.3%\n    label: Reform UK's share of the "
               "vote\n---\n")
    assert stated(warnings_of("--- summary\n---\nReform UK won 15.3% of the vote.\n"
                              + figures)) == ["'15.3%'"]


FRENCH_CASES = """
--- figures
figures:
  - value: 5 000
    label: cas de mpox confirmés en République démocratique du Congo
  - value: "20"
    label: cas de mpox suspects au Burundi
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # "cas" is its own plural: a count of cases, in figures or in words.
    ("La République démocratique du Congo compte 3 000 cas confirmés de mpox.",
     ["'3 000 cas'"]),
    ("La République démocratique du Congo compte 5 000 cas confirmés de mpox.", []),
    ("Le Burundi compte vingt-cinq cas suspects de mpox.", ["'vingt-cinq cas'"]),
    ("Le Burundi compte vingt cas suspects de mpox.", []),
    # Cases of another kind are another count.
    ("La République démocratique du Congo compte 3 000 cas suspects de mpox.", []),
])
def test_french_counts_of_cases_are_read(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FRENCH_CASES, FRENCH)) == said
