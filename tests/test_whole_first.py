"""A whole, then its parts after a word of "among" ("사망자 25명 중 18명이 외국인이었다"): the
whole is held against the figure of the noun before it, never against the part's figure, whose
label has the words that the sentence gives after the join ("외국인 사망자")."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of


def said(text: str, figures: list[tuple[str, str]], language: str) -> list[str]:
    """Return what the warnings of a summary, beside the figures (value, label), say it states."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-06-30\nlanguage: {language}\n---\n"
    items = "".join(f'  - value: "{value}"\n    label: {label}\n' for value, label in figures)
    return stated(warnings_of(f"--- summary\n---\n{text}\n\n--- figures\nfigures:\n{items}---\n",
                              front))


KO = [("23명", "사망자"), ("18명", "외국인 사망자")]
JA = [("23人", "火災の死者"), ("18人", "外国人の死者")]
ZH = [("23人", "火灾死亡人数"), ("18人", "外国遇难者人数")]


@pytest.mark.parametrize(("text", "figures", "language", "warned"), [
    ("사망자 25명 중 18명이 외국인이었다.", KO, "ko", ["'25명'"]),
    ("사망자 23명 중 18명이 외국인이었다.", KO, "ko", []),
    ("사망자 25명 가운데 한국인은 5명이고 외국인은 18명이었다.", KO, "ko", ["'25명'"]),
    ("사망자 23명 가운데 한국인은 5명이고 외국인은 18명이었다.", KO, "ko", []),
    # The whole is no count of the part: nothing to hold it against.
    ("사망자 25명 중 18명이 외국인이었다.", KO[1:], "ko", []),
    ("火災の死者25人のうち18人が外国人だった。", JA, "ja", ["'25人'"]),
    ("火災の死者23人のうち18人が外国人だった。", JA, "ja", []),
    ("火灾死亡25人中有18人是外国人。", ZH, "zh", ["'25人'"]),
    ("火灾死亡23人中有18人是外国人。", ZH, "zh", []),
])
def test_a_whole_before_its_part_is_held_against_its_own_figure(
        text: str, figures: list[tuple[str, str]], language: str, warned: list[str]) -> None:
    assert said(text, figures, language) == warned



@pytest.mark.parametrize(("text", "figures", "language", "warned"), [
    # "3만5천여", "3万5千余", "300多" are 35,000-odd and 300-odd: within the next thousand or
    # hundred, no open bound.
    ("리튬 배터리 5만3천여 개가 보관돼 있었다.", [("3만5천여 개", "보관된 리튬 배터리")], "ko",
     ["'5만3천여 개'"]),
    ("리튬 배터리 3만5천여 개가 보관돼 있었다.", [("3만5천여 개", "보관된 리튬 배터리")], "ko", []),
    ("火災の死者は500人だった。", [("300人余り", "火災の死者")], "ja", ["'500人'"]),
    ("火災の死者は350人だった。", [("300人余り", "火災の死者")], "ja", []),
    ("火灾死亡人数为500人。", [("300多人", "火灾死亡人数")], "zh", ["'500人'"]),
    ("火灾死亡人数为350人。", [("300多人", "火灾死亡人数")], "zh", []),
])
def test_an_odd_number_stays_within_its_last_place(
        text: str, figures: list[tuple[str, str]], language: str, warned: list[str]) -> None:
    assert said(text, figures, language) == warned
