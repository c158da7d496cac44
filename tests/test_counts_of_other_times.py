"""Counts of countries of another time than the country list's: a sentence that gives a day
more than a year before publication counts that time's countries, not the list's."""

from __future__ import annotations

import pytest

from .test_checks import stated
from .test_count_claims import country_list, said

# Published on 30 August 2024, beside seven countries with cases.
FRONT = "---\ntitle: T\ndek: D\npublished: 2024-08-30\n---\n"
SEVEN = country_list(("Democratic Republic of the Congo", "epicentre"), ("Burundi", "new cases"),
                     ("Kenya", "new cases"), ("Rwanda", "new cases"), ("Uganda", "new cases"),
                     ("Sweden", "first case outside Africa"),
                     ("Thailand", "case outside Africa"))


@pytest.mark.parametrize(("text", "expected"), [
    # An earlier emergency's spread, dated more than a year before publication.
    ("That emergency ended on 11 May 2023, after more than 87,000 cases in 111 countries.", []),
    ("On 23 July 2022, the virus had reached 75 countries.", []),
    # The story's own time, or a day without its year: the list's count, and held against it.
    ("By 14 August 2024, after more than 15,600 cases in 111 countries, the WHO acted.",
     ["'111 countries'"]),
    ("On 11 May, the virus had reached 9 countries.", ["'9 countries'"]),
    ("The seven countries listed have cases; eight countries have cases.", ["'eight countries'"]),
])
def test_a_count_dated_long_before_publication_is_not_the_list_s(
        text: str, expected: list[str]) -> None:
    assert stated(said(text, FRONT, SEVEN)) == expected


def test_a_dated_count_in_another_sentence_is_still_the_list_s() -> None:
    text = "The first emergency ended on 11 May 2023. Eight countries sent aid."
    assert stated(said(text, FRONT, SEVEN)) == ["'Eight countries'"]
