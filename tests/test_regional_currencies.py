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


SHILLINGS = figures(("KSh 40 billion", "budget of the electoral commission"),
                    ("$200 million", "loan for the electoral commission"))
TAKA = figures(("Tk 50 crore", "damage to the Dhaka metro rail"),
               ("$2 billion", "loan for the Dhaka metro rail"))
RAND_SIGN = figures(("R500 million", "cost of the Durban port upgrade"),
                    ("$50 million", "World Bank loan for the Durban port upgrade"))


@pytest.mark.parametrize(("text", "language", "said"), [
    # Kenyan newsrooms write the shilling "KSh" (CLDR's "Ksh" in en-KE), also "Kshs".
    ("The electoral commission has a budget of KSh 40 billion.", "en-KE", []),
    ("The electoral commission has a budget of Ksh 40 billion.", "en", []),
    ("The electoral commission has a budget of KES 40 billion.", "en-KE", []),
    ("The electoral commission has a budget of KSh 45 billion.", "en-KE", ["'KSh 45 billion'"]),
    ("The electoral commission has a budget of Kshs 45 billion.", "en", ["'Kshs 45 billion'"]),
])
def test_the_kenyan_shilling_by_its_letters(text: str, language: str, said: list[str]) -> None:
    front = FRONT.replace("---\n", f"---\nlanguage: {language}\n", 1)
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SHILLINGS, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    # Bangladeshi newsrooms write the taka "Tk", in crores and lakhs.
    ("Damage to the Dhaka metro rail was Tk 50 crore.", []),
    ("Damage to the Dhaka metro rail was Tk 60 crore.", ["'Tk 60 crore'"]),
    ("The loan for the Dhaka metro rail is $2 billion, or Tk 23,500 crore.", []),
])
def test_the_taka_by_its_letters(text: str, said: list[str]) -> None:
    front = FRONT.replace("---\n", "---\nlanguage: en-IN\n", 1)
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + TAKA, front)) == said


@pytest.mark.parametrize(("text", "language", "said"), [
    # "R" is the rand where the region writes it so, as CLDR does in en-ZA.
    ("The Durban port upgrade costs R500 million.", "en-ZA", []),
    ("The Durban port upgrade costs R600 million.", "en-ZA", ["'R600 million'"]),
    # Elsewhere a bare "R" is no currency the checks know: nothing is held against it.
    ("The Durban port upgrade costs R600 million.", "en", []),
])
def test_the_rand_by_its_letter_in_south_africa(text: str, language: str,
                                                said: list[str]) -> None:
    front = FRONT.replace("---\n", f"---\nlanguage: {language}\n", 1)
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RAND_SIGN, front)) == said


RUPEE_DAMAGE = figures(("Rs 50 crore", "damage to the metro rail"),
                       ("$2 billion", "loan for the metro rail"))


@pytest.mark.parametrize(("text", "said"), [
    # A currency's letters after "at" are the amount's, no place that narrows it to a part.
    ("Damage to the metro rail was put at Rs 60 crore.", ["'Rs 60 crore'"]),
    ("Damage to the metro rail stood at INR 60 crore.", ["'INR 60 crore'"]),
    ("Damage to the metro rail was put at Rs 50 crore.", []),
    # A place the clause gives still makes the amount that place's part.
    ("Damage to the metro rail at Karachi was put at Rs 60 crore.", []),
])
def test_letters_of_a_currency_after_at_name_no_place(text: str, said: list[str]) -> None:
    front = FRONT.replace("---\n", "---\nlanguage: en-IN\n", 1)
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RUPEE_DAMAGE, front)) == said
