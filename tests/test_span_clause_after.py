"""A span said "later" in the middle of a sentence dates the act its own clause tells after
it, as Korean sets a span before the verb it dates ("12월 3일 계엄을 선포했고, 11일 뒤
탄핵소추안을 가결했다"), not the act of a clause the sentence told before it."""

from __future__ import annotations

import pytest

from .test_span_claims import span_warnings

MARTIAL_LAW = """
--- timeline
source: https://example.org/
events:
  - date: 2024-12-03
    title: 윤 대통령, 비상계엄 선포
  - date: 2024-12-04
    title: 국회, 계엄 해제 요구 결의안 가결
  - date: 2024-12-14
    title: 두 번째 탄핵소추안 가결
---
"""
LIFTED_THEN = "윤 대통령이 12월 3일 밤 비상계엄을 선포했지만 국회는 몇 시간 만에 해제를 요구했고, "


@pytest.mark.parametrize(("prose", "told"), [
    (LIFTED_THEN + "11일 뒤 탄핵소추안을 가결했다.", None),
    (LIFTED_THEN + "열흘 뒤 탄핵소추안을 가결했다.",
     "says 열흘 after '윤 대통령, 비상계엄 선포' (2024-12-03), but the timeline dates '두 번째 "
     "탄핵소추안 가결' 2024-12-14, 11 days after"),
    # A span that closes its clause still dates the clause before it.
    ("윤 대통령이 12월 3일 비상계엄을 선포했고 국회는 하루 뒤 해제 요구 결의안을 가결했다.", None),
    ("윤 대통령이 12월 3일 비상계엄을 선포했고 국회는 이틀 뒤 해제 요구 결의안을 가결했다.",
     "says 이틀 after '윤 대통령, 비상계엄 선포' (2024-12-03), but the timeline dates '국회, 계엄 "
     "해제 요구 결의안 가결' 2024-12-04, 1 day after"),
])
def test_a_span_dates_the_act_its_clause_tells_after_it(prose: str, told: str | None) -> None:
    found = span_warnings(prose, "ko", timeline=MARTIAL_LAW)
    assert (found == []) if told is None else (len(found) == 1 and told in found[0]), found

