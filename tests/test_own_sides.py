"""A clause that opens with a side of its own ("中方", "中国側", "중국 측") gives that side's
amount, not the amount of the label the clause before it names; a clause without one goes on
with the one before it, and is held against its label."""

from __future__ import annotations

import pytest

from .test_whole_first import said

ZH = [("145%", "美方对中国商品加征的关税")]
JA = [("145%", "米国の対中追加関税")]
KO = [("145%", "미국의 대중 추가 관세")]


@pytest.mark.parametrize(("text", "figures", "language", "warned"), [
    ("美方对中国商品加征的关税为140%，中方为10%。", ZH, "zh", ["'140%'"]),
    ("米国の対中追加関税は140%、中国側は10%だった。", JA, "ja", ["'140%'"]),
    ("미국의 대중 추가 관세는 140%, 중국 측은 10%였다.", KO, "ko", ["'140%'"]),
    # No side of its own: the clause goes on with the one before, and its amount is held.
    ("美方对中国商品加征的关税为140%，后又升至150%。", ZH, "zh", ["'150%'"]),
])
def test_a_clause_with_a_side_of_its_own_speaks_of_that_side(
        text: str, figures: list[tuple[str, str]], language: str, warned: list[str]) -> None:
    assert said(text, figures, language) == warned
