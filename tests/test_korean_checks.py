"""The editorial checks of numbers read Korean as Korean papers write it: digits with comma
groups and the units 만, 억 and 조 among them ("1억2천만", "10조 원"), a counter joined to the
number ("190명", "204표", "9개국"), qualifiers before it ("약", "최소") or after it ("300여 명",
"190명 이상"), and numbers in words only before a counter ("아홉 나라"), never "이 나라"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, story_warnings
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_economy_claims import said_beside as said_of_change
from .test_fate_claims import said_beside
from .test_rates_per_people import said_of_rate

KOREAN = "---\ntitle: T\ndek: D\npublished: 2025-04-05\nlanguage: ko\n---\n"
FIXTURE = Path(__file__).parent / "fixtures" / "languages" / "korean.md"
FIGURES = """
--- figures
figures:
  - value: 190명
    label: 계엄 해제 요구 결의안에 찬성한 의원
  - value: 204표
    label: 탄핵소추안 찬성
  - value: 85표
    label: 탄핵소추안 반대
  - value: 10조 원
    label: 시장 안정을 위해 정부가 준비한 자금
  - value: 75%
    label: 탄핵에 찬성한 응답자 비율
  - value: 280여 명
    label: 국회에 투입된 계엄군
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: South Korea, role: lead}
  - {name: United States, role: observer}
  - {name: Japan, role: observer}
  - {name: United Kingdom, role: observer}
  - {name: Germany, role: observer}
  - {name: France, role: observer}
---
"""


def said(text: str) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES + COUNTRIES, KOREAN))


@pytest.mark.parametrize(("text", "warned"), [
    # A counter joined to its number, its noun before it, a particle after it.
    ("국회의원 180명이 찬성해 계엄 해제 요구 결의안이 가결됐다.", ["'180명'"]),
    ("국회의원 190명이 찬성해 계엄 해제 요구 결의안이 가결됐다.", []),
    ("재석 의원 190명 전원 찬성으로 계엄 해제 요구 결의안을 가결했다.", []),
    # A noun of two nouns written as one meets its head written alone: 국회의원, 의원.
    ("비상계엄은 국회의원 191명의 해제 요구로 끝났다.", ["'191명'"]),
    ("비상계엄은 국회의원 190명의 해제 요구로 끝났다.", []),
    # Qualifiers before the number and after it.
    ("약 190명의 의원이 계엄 해제 요구 결의안에 찬성했다.", []),
    ("약 150명의 의원이 계엄 해제 요구 결의안에 찬성했다.", ["'150명'"]),
    ("의원 180여 명이 계엄 해제 요구 결의안에 찬성했다.", []),
    ("의원 200여 명이 계엄 해제 요구 결의안에 찬성했다.", ["'200여 명'"]),
    ("의원 150명 이상이 계엄 해제 요구 결의안에 찬성했다.", []),
    ("최소 150명의 의원이 계엄 해제 요구 결의안에 찬성했다.", []),
    # A figure's own qualifier, after its number or its counter.
    ("계엄군 250명이 국회에 투입됐다.", ["'250명'"]),
    ("계엄군 290명이 국회에 투입됐다.", []),
    ("계엄군 350명이 국회에 투입됐다.", ["'350명'"]),  # "280여 명" is 280-odd, not 350
    ("계엄군 약 300명이 국회에 투입됐다.", []),
    # A vote's counts, each held against its own figure.
    ("탄핵소추안은 찬성 204표, 반대 85표, 기권 3표, 무효 8표로 가결됐다.", []),
    ("탄핵소추안은 찬성 200표, 반대 85표로 가결됐다.", ["'200표'"]),
    ("탄핵소추안은 찬성 204표, 반대 58표로 가결됐다.", ["'58표'"]),
    ("탄핵소추안 찬성표는 가결 정족수 200표와 4표 차였다.", []),
    # Money: 만, 억 and 조 among digits, spaced or not.
    ("정부는 시장 안정을 위해 10조 원 규모의 자금을 준비했다.", []),
    ("정부는 시장 안정을 위해 10조원의 자금을 준비했다.", []),
    ("정부는 시장 안정을 위해 100,000억 원의 자금을 준비했다.", []),
    ("정부는 시장 안정을 위해 1조 원 규모의 자금을 준비했다.", ["'1조 원'"]),
    ("정부는 시장 안정을 위해 9조 5천억 원의 자금을 준비했다.", ["'9조 5천억 원'"]),
    ("정부는 시장 안정을 위해 9조5000억원의 자금을 준비했다.", ["'9조5000억원'"]),
    # Percentages by sign or word; a difference of percentages is none.
    ("탄핵에 찬성한 응답자 비율은 75%였다.", []),
    ("탄핵에 찬성한 응답자 비율은 57%였다.", ["'57%'"]),
    ("탄핵에 찬성한 응답자 비율은 57 퍼센트였다.", ["'57 퍼센트'"]),
    ("탄핵에 찬성한 응답자 비율은 75퍼센트로, 한 주 전보다 3.2%p 올랐다.", []),
    # Days, times and years count nothing; a range's ends are no figure's value.
    ("국회는 2024년 12월 4일 오전 1시께 계엄 해제 요구 결의안을 가결했다. 찬성한 의원은 "
     "190명이었다.", []),
    ("계엄 해제 요구 결의안에 찬성한 의원은 180~200명으로 알려졌다.", []),
])
def test_amounts_in_korean(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("미국, 일본 등 다섯 나라가 우려를 표했다.", []),
    ("미국, 일본 등 5개국이 우려를 표했다.", []),
    ("한국과 다른 5개국의 외교관이 모였다.", []),
    ("미국 등 5개국 이상이 우려를 표했다.", []),
    ("미국, 일본 등 아홉 나라가 우려를 표했다.", ["'아홉 나라'"]),
    ("미국, 일본 등 9개국이 우려를 표했다.", ["'9개국'"]),
    ("미국, 일본 등 세 나라가 우려를 표했다.", ["'세 나라'"]),
    ("미국, 일본 등 열 두 나라가 우려를 표했다.", ["'열 두 나라'"]),
    ("한국 외에 다섯 나라가 우려를 표했다.", []),
    ("10여 개국이 우려를 표했다.", ["'10여 개국'"]),
    ("한국과 다른 7개국의 외교관이 모였다.", ["'다른 7개국'"]),
    # Another whole's countries; words that are not numbers there.
    ("EU 27개국이 공동 성명을 냈다.", []),
    ("윤 대통령은 이 나라를 지키겠다고 말했다.", []),
])
def test_counts_of_countries_in_korean(text: str, warned: list[str]) -> None:
    assert said(text) == warned


def check(make_site: Callable[..., Path], text: str) -> list[str]:
    """Return the warnings of checking a project with the explainer's text."""
    root = make_site({"content/gyeeom.md": text})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


def test_a_martial_law_explainer_in_korean_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert check(make_site, FIXTURE.read_text(encoding="utf-8")) == []


def test_contradictions_in_a_korean_martial_law_explainer_are_warned_of(
        make_site: Callable[..., Path]) -> None:
    wrong = FIXTURE.read_text(encoding="utf-8") \
        .replace("국회의원 190명이 모두 찬성해", "국회의원 180명이 모두 찬성해") \
        .replace("탄핵소추안은 찬성 204표", "탄핵소추안은 찬성 200표") \
        .replace("재판관 8명 전원 일치 의견으로", "재판관 9명 전원 일치 의견으로") \
        .replace("등 다섯 나라가", "등 아홉 나라가")
    assert check(make_site, wrong) == [
        "content/gyeeom.md:31:10: warning: takeaway says '180명' but the key figure '계엄 해제 "
        "요구 결의안에 찬성한 의원' (line 38) says '190명'",
        "content/gyeeom.md:32:15: warning: takeaway says '200표' but the key figure '탄핵소추안 "
        "찬성' (line 40) says '204표'",
        "content/gyeeom.md:58:35: warning: section 'prose' says '9명' but the key figure '윤 "
        "대통령 파면에 찬성한 재판관' (line 46) says '8명'",
        "content/gyeeom.md:63:33: warning: section 'prose' says '아홉 나라' but the country list "
        "has 6 countries"]


@pytest.mark.parametrize(("text", "label", "warned"), [
    # The dead are not the evacuated, whatever place and noun both name.
    ("데르나에서 주민 2만 명이 숨졌다.", "데르나에서 대피한 주민", []),
    ("데르나에서 주민 2만 명이 대피했다.", "데르나에서 대피한 주민", ["'2만 명'"]),
    ("데르나에서 주민 2만 명이 실종됐다.", "데르나 주민 사망자", []),
    ("데르나에서 주민 2만 명이 사망했다.", "데르나 주민 사망자", ["'2만 명'"]),
])
def test_a_count_of_another_fate_is_another_group(text: str, label: str,
                                                  warned: list[str]) -> None:
    assert said_beside(text, "3만 명", label, "ko") == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Another source's count is no slip beside the WHO's; the WHO's own, or one given to
    # no one, is.
    ("리비아 적신월사에 따르면 데르나에서 1만1300명이 사망했다.", []),
    ("리비아 적신월사의 집계에 따르면 데르나에서 1만1300명이 사망했다.", []),
    ("데르나에서 1만1300명이 사망했다고 적신월사가 밝혔다.", []),
    ("WHO에 따르면 데르나에서 4100명이 사망했다.", ["'4100명'"]),
    ("데르나 사망자는 1만1300명이다.", ["'1만1300명'"]),
])
def test_an_amount_another_source_gives_is_its_own(text: str, warned: list[str]) -> None:
    assert said_beside(text, "3958명", "WHO 집계 데르나 사망자", "ko") == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Cases confirmed are not held against cases suspected; cases suspected are.
    ("콩고에서 엠폭스 확진 사례가 5000건 나왔다.", []),
    ("콩고에서 엠폭스 의심 사례가 1만5000건 나왔다.", ["'1만5000건'"]),
])
def test_one_kind_is_not_held_against_the_other(text: str, warned: list[str]) -> None:
    assert said_of_rate(text, "2만5000건", "콩고의 엠폭스 의심 사례", "ko") == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Parts, then their sum; a whole, then its parts after "이 중".
    ("국회의원 120명과 70명, 총 190명이 계엄 해제 요구 결의안에 찬성했다.", []),
    ("국회의원 120명과 60명, 총 180명이 계엄 해제 요구 결의안에 찬성했다.", ["'180명'"]),
    ("계엄 해제 요구 결의안에 찬성한 의원은 190명이었다. 이 중 국민의힘 의원은 18명이었다.", []),
    # A place narrows an amount, where the label names none; a survey is no place.
    ("서울에서 탄핵에 찬성한 응답자 비율은 57%였다.", []),
    ("이번 조사에서 탄핵에 찬성한 응답자 비율은 57%였다.", ["'57%'"]),
])
def test_parts_and_sums_in_korean(text: str, warned: list[str]) -> None:
    assert said(text) == warned


LIVES = [
    ('ko', '엘리자베스 2세, 1926–2022',
     ('엘리자베스가 런던에서 태어나다', '여왕 서거'),
     '여왕은 2022년 9월 8일 향년 97세로 별세했다.', 1),
    ('ko', '엘리자베스 2세, 1926–2022',
     ('엘리자베스가 런던에서 태어나다', '여왕 서거'),
     '여왕은 2022년 9월 8일 향년 96세로 별세했다.', 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_korean(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


FALLS = [
    ('ko', '−64%', '3분기 영업이익 감소',
     '3분기 영업이익은 46% 감소했다.', ["'46%'"]),
    ('ko', '−64%', '3분기 영업이익 감소',
     '3분기 영업이익은 64% 감소했다.', []),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), FALLS)
def test_a_change_is_held_against_a_figure_whose_label_names_one_in_korean(
        language: str, value: str, label: str, text: str, warned: list[str]) -> None:
    """A fall of 46% beside a figure of a fall of 64% is a warning; one of 64% agrees, and is
    no level of +64% either."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-01-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {value: label}, front) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # A change given after its amount, by so much; the level it reaches ("5%로") still warns.
    ("수출은 작년보다 5% 증가했다.", []),
    ("수출은 5% 이상 줄었다.", []),
    ("수출은 3.2% 하락했다.", []),
    ("수출은 5%로 늘었다.", ["'5%'"]),
    ("수출 비중은 5%다.", ["'5%'"]),
])
def test_a_change_after_its_amount_is_no_level_in_korean(text: str,
                                                         warned: list[str]) -> None:
    assert said_of_change(text, {"12%": "수출 비중"}, KOREAN) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # A count before the copula that ends its clause is read, after a date too.
    ("계엄 해제 요구 결의안에 찬성한 의원은 180명이었다.", ["'180명'"]),
    ("계엄 해제 요구 결의안에 찬성한 의원은 12월 4일 180명이었다.", ["'180명'"]),
    ("계엄 해제 요구 결의안에 찬성한 의원은 180명이며, 반대는 없었다.", ["'180명'"]),
    ("계엄 해제 요구 결의안에 찬성한 의원은 190명이었다.", []),
    ("계엄 해제 요구 결의안에 찬성한 의원은 12월 4일 190명였다.", []),
])
def test_a_count_before_the_copula_in_korean(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Parts listed after their whole, without their sum, that add up to the figure; a list
    # that adds up to another number warns.
    ("외국인 사망자는 중국 국적 17명, 라오스 국적 1명으로 집계됐다.", []),
    ("외국인 사망자는 중국 국적 17명과 라오스 국적 1명이었다.", []),
    # The warning names the part nearest the figure, not every amount of the sentence.
    ("외국인 사망자는 중국 국적 17명, 라오스 국적 2명으로 집계됐다.", ["'17명'"]),
    ("외국인 사망자는 중국 국적 17명으로 집계됐다.", ["'17명'"]),
])
def test_parts_listed_without_their_sum_in_korean(text: str, warned: list[str]) -> None:
    assert said_of_change(text, {"18명": "외국인 사망자"}, KOREAN) == warned


FIRE = Path(__file__).parent / "fixtures" / "languages" / "korean-fire.md"


def test_a_factory_fire_explainer_in_korean_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert story_warnings(make_site, "fire", FIRE.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("right", "wrong", "message"), [
    ('중국 국적 17명,',
     '중국 국적 15명,',
     "content/fire.md:18:51: warning: section 'summary' says '15명' but the key figure "
     "'외국인 사망자' (line 39) says '18명'"),
    # The whole before "중" is the count of the noun before it, the words after it the part's.
    ('사망자 23명 중 18명이',
     '사망자 25명 중 18명이',
     "content/fire.md:30:9: warning: takeaway says '25명' but the key figure '사망자' (line 37) "
     "says '23명'"),
    # "3만5천여" is 35,000-odd, below 36,000; "보관돼" is "보관" (stored) as "보관된" is.
    ('리튬 배터리 3만5천여 개가 보관돼',
     '리튬 배터리 5만3천여 개가 보관돼',
     "content/fire.md:23:43: warning: section 'why-it-matters' says '5만3천여 개' but the key "
     "figure '공장 2층에 보관된 리튬 배터리' (line 43) says '3만5천여 개'"),
    ('사망자 23명 가운데 한국인은',
     '사망자 25명 가운데 한국인은',
     "content/fire.md:18:5: warning: section 'summary' says '25명' but the key figure "
     "'사망자' (line 37) says '23명'"),
    ('중국과 라오스 두 나라에서',
     '중국과 라오스 등 네 나라에서',
     "content/fire.md:60:45: warning: section 'prose' says '네 나라' but the country list has 3 "
     "countries"),
])
def test_a_slip_in_the_factory_fire_explainer_in_korean_is_warned_of(
        make_site: Callable[..., Path], right: str, wrong: str, message: str) -> None:
    story = FIRE.read_text(encoding="utf-8")
    assert right in story
    assert story_warnings(make_site, "fire", story.replace(right, wrong, 1)) == [message]
