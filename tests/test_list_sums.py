"""Parts a sentence lists and the total it says they make must add up: "40 golds, 44 silvers
and 41 bronzes, 126 medals in all" is a slip (125)."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-12\n---\n"


def warned(text: str) -> list[str]:
    """Return the warnings of a summary of one sentence, on line 8 of the file."""
    return warnings_of(f"--- summary\n---\n{text}\n", FRONT)


@pytest.mark.parametrize(("text", "column", "told"), [
    ("The United States won 40 golds, 44 silvers and 41 bronzes, 126 medals in all.", 60,
     "lists 40, 44 and 41 as the parts of 126, but they add up to 125"),
    ("The United States won forty golds, 44 silvers and 41 bronzes, 126 medals in all.", 63,
     "lists forty, 44 and 41 as the parts of 126, but they add up to 125"),
    ("The crash left 12 dead and 30 injured, 43 casualties in total.", 40,
     "lists 12 and 30 as the parts of 43, but they add up to 42"),
    ("Labour won 180 seats, Reform 150 and others 70, 401 in all.", 49,
     "lists 180, 150 and 70 as the parts of 401, but they add up to 400"),
    ("It took 180 seats for Labour, 150 for Reform and 70 for others, for a total of 401.",
     80, "lists 180, 150 and 70 as the parts of 401, but they add up to 400"),
    ("The plan costs $5bn, $3bn and $2bn, a combined $11bn.", 48,
     "lists $5bn, $3bn and $2bn as the parts of $11bn, but they add up to 10bn"),
    ("They sent 300 police officers and 200 soldiers \u2014 600 people altogether.", 50,
     "lists 300 and 200 as the parts of 600, but they add up to 500"),
])
def test_parts_that_do_not_add_up_to_the_total_given(text: str, column: int,
                                                     told: str) -> None:
    assert warned(text) == [f"content/x.md:8:{column}: warning: section 'summary' {told}"]


@pytest.mark.parametrize("text", [
    # The same sentences, adding up.
    "The United States won 40 golds, 44 silvers and 41 bronzes, 125 medals in all.",
    "The crash left 12 dead and 30 injured, 42 casualties in total.",
    "Labour won 180 seats, Reform 150 and others 70, 400 in all.",
    "The plan costs $5bn, $3bn and $2bn, a combined $10bn.",
    # Only some of the parts: after "including", or an item without a number.
    "The United States won 126 medals in all, including 40 golds, 44 silvers and 41 bronzes.",
    "It won a gold, 3 silvers and 2 bronzes, 6 medals in all.",
    "Of 126 medals in all, 40 were golds and 44 silvers.",
    "Police held 12 men and 3 women, 16 people in all, among them a child.",
    "Police held 12 men and 3 women, of whom 2 were freed, 16 people in all.",
    # No word of a sum: the last count may be another whole.
    "It won 40 golds, 44 silvers and 41 bronzes, 126 medals.",
    # "in all" of another phrase, a rate, days, years, percentages and bounds.
    "It won 40 golds, 44 silvers and 41 bronzes, 126 medals in all events.",
    "Ten buses, each with 40 seats, 400 seats in all, left.",
    "On 9, 10 and 11 January, 31 people died in all.",
    "It grew in 2020, 2021 and 2022, 3 times in all.",
    "Turnout rose 10%, 10% and 10%, 33% in all.",
    "About 40 died, 30 were hurt and 20 are missing, 100 in all.",
    "The toll was 1.2 million, 3.4 million and 2.2 million, 6.7 million in all.",
])
def test_parts_that_add_up_or_no_parts_and_total_is_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(("text", "column", "told"), [
    ("Four justices, Breyer, Sotomayor and Kagan, dissented.", 1,
     "counts Four but names 3: Breyer, Sotomayor and Kagan"),
    ("Police arrested three men, John F. Smith and Paul van der Berg.", 17,
     "counts three but names 2: John F. Smith and Paul van der Berg"),
    ("It named 2 ministers: Rachel Reeves, Yvette Cooper and David Lammy.", 10,
     "counts 2 but names 3: Rachel Reeves, Yvette Cooper and David Lammy"),
])
def test_a_count_of_people_and_their_names_that_disagree(text: str, column: int,
                                                          told: str) -> None:
    assert warned(text) == [f"content/x.md:8:{column}: warning: section 'summary' {told}"]


@pytest.mark.parametrize("text", [
    # The same sentences, counting right.
    "Three justices, Breyer, Sotomayor and Kagan, dissented.",
    "Police arrested two men, John F. Smith and Paul van der Berg.",
    "Two suspects, Tamerlan and Dzhokhar Tsarnaev, were named.",
    # Only some of them: after "including", a whole named by "the", a list that goes on.
    "Four justices, including Breyer, Sotomayor and Kagan, dissented.",
    "The four liberal justices, Breyer, Sotomayor and Kagan, dissented.",
    "Four justices, Breyer, Sotomayor and Kagan, and Chief Justice Roberts dissented.",
    "Four justices, Breyer, Sotomayor and Kagan, joined by Roberts, dissented.",
    "Four justices, Chief Justice John Roberts and Justices Alito, Thomas and Gorsuch, agreed.",
])
def test_a_count_of_people_named_in_full_or_in_part_is_silent(text: str) -> None:
    assert warned(text) == []
