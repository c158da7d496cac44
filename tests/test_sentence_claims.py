"""A prison sentence or the counts of a conviction, given otherwise than the key figures."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

FRONT = "---\ntitle: Sam Bankman-Fried is sentenced\ndek: D\npublished: 2024-03-29\n---\n"
FRAUD = """
--- figures
figures:
  - value: 25 years
    label: prison sentence
  - value: 7
    label: counts on which Bankman-Fried was convicted
---
"""


def said(text: str) -> list[str]:
    """Return what each warning for a summary of `text` beside FRAUD says the text gives."""
    return [line.split(" says ", 1)[1].split(" but ")[0]
            for line in warnings_of(f"--- summary\n---\n{text}\n" + FRAUD, FRONT)]


@pytest.mark.parametrize(("text", "given"), [
    # A sentence in years is one in prison, as newsrooms write it.
    ("Judge Kaplan sentenced him to 24 years.", ["'24 years'"]),
    ("Judge Kaplan sentenced him to twenty-four years on Thursday.", ["'twenty-four years'"]),
    ("He received a 24-year sentence.", ["'24-year'"]),
    ("Judge Kaplan sentenced him to 25 years.", []),
    # Who is jailed or imprisoned for a time is sentenced to it.
    ("Judge Kaplan jailed him for 24 years.", ["'24 years'"]),
    ("He was imprisoned for 24 years.", ["'24 years'"]),
    ("Judge Kaplan jailed him for 25 years.", []),
    # A day beside the sentence is the day it was handed down, not a part of it.
    ("He was sentenced to 24 years on March 28, 2024.", ["'24 years'"]),
    ("He received a 24-year sentence on March 28, 2024.", ["'24-year'"]),
    ("He was jailed for 24 years on March 28, 2024.", ["'24 years'"]),
    ("He was sentenced to 25 years on March 28, 2024.", []),
    # A sentence of something else is not the prison term.
    ("Judge Kaplan sentenced him to three years of probation.", []),
    ("Judge Kaplan sentenced him to three years' probation.", []),
    ("He was jailed for 24 years of his life.", []),
    ("He spent 3 years building the firm.", []),
])
def test_a_sentence_in_years_is_the_prison_sentence(text: str, given: list[str]) -> None:
    assert said(text) == given


@pytest.mark.parametrize(("text", "given"), [
    ("A jury convicted him on all eight counts.", ["'eight counts'"]),
    # A month or a day of the week names no one the title does not.
    ("In November 2023 a jury convicted him on all eight counts.", ["'eight counts'"]),
    ("On Thursday a jury convicted him on all eight counts.", ["'eight counts'"]),
    ("On Thursday a jury convicted him on all seven counts.", []),
    # Another capitalised name is another one convicted.
    ("On Thursday a jury convicted Ellison on all eight counts.", []),
])
def test_a_time_capitalised_names_no_one_else(text: str, given: list[str]) -> None:
    assert said(text) == given


LISTED = """
--- figures
figures:
  - value: 7
    label: counts of fraud and conspiracy
---
"""


@pytest.mark.parametrize(("title", "text", "given"), [
    # The title names one word of the label's list, and so the list: the counts are its.
    ("Sam Bankman-Fried gets 25 years for the FTX fraud",
     "A jury convicted him of all eight counts.", ["'eight counts'"]),
    ("Sam Bankman-Fried gets 25 years for the FTX fraud",
     "A jury convicted him of all seven counts.", []),
    ("Sam Bankman-Fried gets 25 years for the FTX fraud",
     "A jury convicted him of eight counts of fraud.", ["'eight counts'"]),
    # A title that names none of the list leaves the counts unsaid.
    ("Sam Bankman-Fried gets 25 years", "A jury convicted him of all eight counts.", []),
])
def test_a_list_of_the_label_the_title_names_one_of_is_the_stories(title: str, text: str,
                                                                  given: list[str]) -> None:
    front = f"---\ntitle: {title}\ndek: D\npublished: 2024-03-29\n---\n"
    found = warnings_of(f"--- summary\n---\n{text}\n" + LISTED, front)
    assert [line.split(" says ", 1)[1].split(" but ")[0] for line in found] == given
