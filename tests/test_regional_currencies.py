"""Currencies that newsrooms write by a region's own sign ("₦5 billion", as CLDR writes the
naira in en-NG) or by a name of one word ("5 billion naira", "1.5 billion rand"): each is held
against the key figures in that currency alone, never against US dollars."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of
from .test_numbered_names import figures

NAIRA = figures(("₦5 billion", "budget of the Lagos rail line"),
                ("$2 billion", "loan for the Lagos rail line"))
RAND = figures(("1.2 billion rand", "cost of the Durban port upgrade"),
               ("$500 million", "World Bank loan for the Durban port upgrade"))


@pytest.mark.parametrize(("text", "said"), [
    ("The Lagos rail line has a budget of ₦5 billion.", []),
    ("The Lagos rail line has a budget of 5 billion naira.", []),
    ("The Lagos rail line has a budget of ₦6 billion.", ["'₦6 billion'"]),
    ("The Lagos rail line has a budget of 6 billion naira.", ["'6 billion naira'"]),
    # Another currency is another figure: naira are not held against US dollars.
    ("The loan for the Lagos rail line is $3 billion.", ["'$3 billion'"]),
    ("The loan for the Lagos rail line is $2 billion, or ₦3,000 billion.", []),
])
def test_the_naira_by_its_sign_and_its_name(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + NAIRA, FRONT)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("The Durban port upgrade costs 1.2 billion rand.", []),
    ("The Durban port upgrade costs 1.5 billion rand.", ["'1.5 billion rand'"]),
    ("The World Bank loan for the Durban port upgrade is $600 million.", ["'$600 million'"]),
])
def test_the_rand_by_its_name(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RAND, FRONT)) == said
