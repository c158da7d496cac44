"""A sentence's amounts held to the key figures each is of: a warning names the amount that
disagrees, not its sentence's other amounts; a verb matches its action noun; a singular or
collective label ("majority", "jurors") is held to the sentence that names it."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of


def warned(text: str, value: str, label: str) -> list[str]:
    """Return the warnings for a takeaway beside one key figure."""
    return warnings_of(f"--- takeaways\ntakeaways:\n  - {text}\n---\n\n--- figures\nfigures:\n"
                       f"  - value: \"{value}\"\n    label: {label}\n---\n")


def expected_of(text: str, said: str | None, label: str, shown: str) -> list[str]:
    """Return the warning a takeaway gets where it says `said` against a figure shown as
    `shown`; none where it says nothing that disagrees."""
    return [] if said is None else [
        f"content/x.md:8:{5 + text.index(said)}: warning: takeaway says '{said}' but the key "
        f"figure '{label}' (line 13) says '{shown}'"]


SOLD = ("SVB sold $21 billion of securities at a loss of {} and planned to raise $2.25 billion "
        "in new capital.")


@pytest.mark.parametrize(("loss", "said"), [
    ("$1.6 billion", "$1.6 billion"),
    ("$1.8 billion", None),
])
def test_a_warning_names_only_the_amount_that_disagrees(loss: str, said: str | None) -> None:
    text = SOLD.format(loss)
    label = "loss SVB took on selling securities"
    assert warned(text, "$1.8 billion", label) == expected_of(text, said, label, "$1.8 billion")


@pytest.mark.parametrize(("text", "value", "label", "said"), [
    # The day of the main clause is not that of a clause after "after".
    ("Regulators closed the bank on 10 March after customers pulled $42 billion of deposits.",
     "$100 billion", "further deposits pulled on 10 March", None),
    ("On 10 March customers pulled $42 billion of deposits.",
     "$100 billion", "further deposits pulled on 10 March", "$42 billion"),
])
def test_the_day_before_after_is_the_main_clause_s(text: str, value: str, label: str,
                                                   said: str | None) -> None:
    assert warned(text, value, label) == expected_of(text, said, label, value)


@pytest.mark.parametrize(("text", "value", "label", "said"), [
    # A collective's count is of its members, whatever noun follows: "a jury of 11 New Yorkers".
    ("A jury of 11 New Yorkers found him guilty.", "12", "jurors", "11"),
    ("A jury of 12 New Yorkers found him guilty.", "12", "jurors", None),
    # "The jury of 11" is that jury, no "the majority of"; nor is its count a level of the
    # day it sat, nor a crime "in the first degree" an earlier level.
    ("The jury of 11 began deliberating on 29 May.", "12", "jurors", "11"),
    ("The jury of 12 began deliberating on 29 May.", "12", "jurors", None),
    ("A jury of 11 convicted him on 30 May 2024 of fraud in the first degree.", "12", "jurors",
     "11"),
    ("A jury of 12 convicted him on 30 May 2024 of fraud in the first degree.", "12", "jurors",
     None),
    # A label of a majority, singular, counts one: "a majority of 176".
    ("Labour won 411 seats, a majority of 176.", "174", "majority", "176"),
    ("Labour won 411 seats, a majority of 174.", "174", "majority", None),
    # Most of a whole is no majority of that size, nor is a share of the vote a count.
    ("The majority of 176 new MPs are men.", "174", "majority", None),
    ("Labour won a majority of 52% in the seat.", "174", "majority", None),
])
def test_a_collective_is_held_to_the_figure_of_its_members(text: str, value: str, label: str,
                                                           said: str | None) -> None:
    assert warned(text, value, label) == expected_of(text, said, label, value)


@pytest.mark.parametrize(("text", "said"), [
    # A storm that "came ashore" made landfall, as the label's "at landfall" says.
    ("Helene came ashore late on 26 September with winds of 150 mph.", "150 mph"),
    ("Helene came ashore late on 26 September with winds of 140 mph.", None),
])
def test_a_storm_that_came_ashore_made_landfall(text: str, said: str | None) -> None:
    label = "maximum sustained winds at landfall"
    assert warned(text, "140 mph", label) == expected_of(text, said, label, "140\u00a0mph")
