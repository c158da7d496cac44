"""The editorial checks of numbers read Chinese as Chinese papers write it, in Simplified and
Traditional characters: digits with the units 万 and 亿 after them ("1.2万人", "3亿美元"), a
measure word joined to the number ("190人", "400艘", "9个国家"), qualifiers before it ("约",
"超过") or after it ("300多人", "190人以上"), and numbers in words only before a measure word
("三个国家"); dates and times ("2024年9月6日", "晚上10点20分") count nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, story_warnings
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_economy_claims import said_beside as said_of_change

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-09-10\nlanguage: {}\n---\n"
FIXTURE = Path(__file__).parent / "fixtures" / "languages" / "chinese.md"
FIGURES = """
--- figures
figures:
  - value: 62米/秒
    label: 登陆文昌时中心附近最大风力
  - value: 超过100万人
    label: 海南受灾人口
  - value: 400艘
    label: 回港避风的渔船
  - value: 3亿美元
    label: 越南北部的直接经济损失
  - value: 75%
    label: 停电用户恢复供电的比例
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: China, role: lead}
  - {name: Vietnam, role: affected}
  - {name: Philippines, role: affected}
  - {name: Laos, role: affected}
---
"""


# The figures as an explainer in Traditional characters gives them.
TRADITIONAL = FIGURES.translate(str.maketrans("陆时风损经济复电渔万亿户过灾",
                                               "陸時風損經濟復電漁萬億戶過災"))


def said(text: str, language: str = "zh") -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    figures = TRADITIONAL if language == "zh-Hant" else FIGURES
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures + COUNTRIES,
                              FRONT.format(language)))


@pytest.mark.parametrize(("text", "warned"), [
    # A measure word joined to its number; 万 among digits.
    ("海南受灾人口超过100万人。", []),
    ("海南受灾人口为120万人。", []),
    ("海南受灾人口约80万人。", ["'80万人'"]),
    ("海南受灾人口在50万人左右。", ["'50万人'"]),
    ("海南受灾人口达50万人以上。", []),
    ("海南受灾人口100多万人。", []),
    ("海南受灾人口1.2万人。", ["'1.2万人'"]),
    # A count of other things beside it is its own.
    ("台风登陆前，400艘渔船回港避风。", []),
    ("台风登陆前，约400艘渔船回港避风。", []),
    ("台风登陆前，300艘渔船回港避风。", ["'300艘'"]),
    ("台风登陆前，500多艘渔船回港避风。", ["'500多艘'"]),
    ("台风登陆前，400艘以上渔船回港避风。", []),
    # Money named after the number, 亿 among digits.
    ("越南北部的直接经济损失约3亿美元。", []),
    ("越南北部的直接经济损失约5亿美元。", ["'5亿美元'"]),
    ("越南北部的直接经济损失为30000万美元。", []),
    # Percentages by sign or words.
    ("停电用户恢复供电的比例为75%。", []),
    ("停电用户恢复供电的比例为57%。", ["'57%'"]),
    ("停电用户恢复供电的比例为57％。", ["'57％'"]),
    ("停电用户恢复供电的比例为百分之五十七。", ["'百分之五十七'"]),
    ("停电用户恢复供电的比例为百分之七十五。", []),
    # Dates, times and years count nothing; a range's ends are no figure's value.
    ("2024年9月6日下午4点20分前后，“摩羯”在海南文昌登陆，海南受灾人口超过100万人。", []),
    ("当晚10点20分前后，300至500艘渔船仍在回港途中。", []),
    ("台风登陆前，300-500艘渔船回港避风。", []),
])
def test_amounts_in_chinese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("海南受災人口超過100萬人。", []),
    ("海南受災人口約80萬人。", ["'80萬人'"]),
    ("颱風登陸前，500餘艘漁船回港避風。", ["'500餘艘'"]),
    ("越南北部的直接經濟損失約5億美元。", ["'5億美元'"]),
    ("越南、寮國、菲律賓和中國共4個國家受到颱風影響。", []),
    ("越南、寮國、菲律賓和中國共5個國家受到颱風影響。", ["'5個國家'"]),
])
def test_amounts_in_traditional_chinese(text: str, warned: list[str]) -> None:
    assert said(text, "zh-Hant") == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("越南、老挝、菲律宾和中国共4个国家受到台风影响。", []),
    ("越南、老挝、菲律宾和中国共9个国家受到台风影响。", ["'9个国家'"]),
    ("台风影响了五个国家。", ["'五个国家'"]),
    ("台风影响了三个国家。", []),  # the three affected
    ("台风影响了四个国家。", []),
    ("除中国外，另有3个国家受到台风影响。", []),
    ("中国和其他3个国家受到台风影响。", []),
    ("中国和其他5个国家受到台风影响。", ["'其他5个国家'"]),
    ("越南、老挝等五国受到台风影响。", ["'五国'"]),
    # Another whole's countries, a group, and two just named.
    ("东盟10国发表联合声明。", []),
    ("七国集团领导人表示关注。", []),
    ("金砖国家表示愿意提供援助。", []),
    ("中越两国的救援队伍展开合作。", []),
])
def test_counts_of_countries_in_chinese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


def check(make_site: Callable[..., Path], text: str) -> list[str]:
    """Return the warnings of checking a project with the explainer's text."""
    root = make_site({"content/moje.md": text})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


def test_a_typhoon_explainer_in_chinese_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert check(make_site, FIXTURE.read_text(encoding="utf-8")) == []


def test_contradictions_in_a_chinese_typhoon_explainer_are_warned_of(
        make_site: Callable[..., Path]) -> None:
    wrong = FIXTURE.read_text(encoding="utf-8") \
        .replace("  - 海南受灾人口超过100万人。", "  - 海南受灾人口约10万人。") \
        .replace("受灾人口超过100万人，部分", "受灾人口约50万人，部分") \
        .replace("共4个国家受到台风影响", "共5个国家受到台风影响")
    assert check(make_site, wrong) == [
        "content/moje.md:27:12: warning: takeaway says '10万人' but the key figure '海南受灾人口' "
        "(line 35) says '超过100万人'",
        "content/moje.md:45:13: warning: section 'prose' says '50万人' but the key figure "
        "'海南受灾人口' (line 35) says '超过100万人'",
        "content/moje.md:48:2: warning: section 'prose' says '5个国家' but the country list has "
        "4 countries"]


@pytest.mark.parametrize(("text", "warned"), [
    # Parts, then their sum; a whole, then its parts after "其中".
    ("海南受灾人口中，海口30万人、文昌50万人，共计120万人。", []),
    ("海南受灾人口中，海口30万人、文昌50万人，共计80万人。", ["'80万人'"]),
    ("海南受灾人口超过100万人，其中海口30万人。", []),
    ("海南受灾人口为80万人，其中海口30万人。", ["'80万人'"]),
    # A place narrows an amount, where the label names none.
    ("在北京，停电用户恢复供电的比例为57%。", []),
    ("上海的停电用户恢复供电的比例为57%。", []),
    ("停电用户恢复供电的比例为57%。", ["'57%'"]),
])
def test_parts_and_sums_in_chinese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


LIVES = [
    ('zh', '伊丽莎白二世，1926–2022',
     ('伊丽莎白在伦敦出生', '女王去世'),
     '女王于2022年9月8日去世，享年97岁。', 1),
    ('zh', '伊丽莎白二世，1926–2022',
     ('伊丽莎白在伦敦出生', '女王去世'),
     '女王于2022年9月8日去世，享年96岁。', 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_chinese(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


@pytest.mark.parametrize(("prose", "warned"), [
    ("她的父亲乔治六世于1952年2月6日去世，享年56岁。", 0),
    ("她于1952年2月6日即位，时年56岁。", 1),
])
def test_an_age_after_another_persons_possessive_is_theirs(prose: str, warned: int) -> None:
    timeline = [("1926-04-21", "伊丽莎白在伦敦出生"), ("1952-02-06", "乔治六世去世，伊丽莎白即位")]
    assert len(life_warnings(prose, "zh", "伊丽莎白二世，1926–2022", timeline)) == warned


FALLS = [
    ('zh', '−64%', '第三季度营业利润下降',
     '第三季度营业利润下降46%。', ["'46%'"]),
    ('zh', '−64%', '第三季度营业利润下降',
     '第三季度营业利润下降64%。', []),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), FALLS)
def test_a_change_is_held_against_a_figure_whose_label_names_one_in_chinese(
        language: str, value: str, label: str, text: str, warned: list[str]) -> None:
    """A fall of 46% beside a figure of a fall of 64% is a warning; one of 64% agrees, and is
    no level of +64% either."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-01-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {value: label}, front) == warned


LEVELS_ON = [
    ('zh', '美国对中国商品的关税',
     '美国对中国商品的关税原为10%，后来提高到125%。',
     ["'125%'"]),
    ('zh', '美国对中国商品的关税',
     '美国对中国商品的关税原为10%，后来提高到145%。',
     []),
]


@pytest.mark.parametrize(("language", "label", "text", "warned"), LEVELS_ON)
def test_a_level_taken_on_to_the_next_is_an_earlier_one_in_chinese(
        language: str, label: str, text: str, warned: list[str]) -> None:
    """The 10% a tariff went up from is history: only the level it reached is held to 145%."""
    front = f"---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {"145%": label}, front) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Ten alone before a measure word is ten, "多" after it more than ten; "数十" and "十几"
    # are some, not a number.
    ("事故造成十人受伤。", ["'十人'"]),
    ("事故造成十二人受伤。", []),
    ("事故造成十多人受伤。", []),
    ("事故造成二十多人受伤。", ["'二十多人'"]),
    ("事故造成数十人受伤。", []),
    ("事故造成十几人受伤。", []),
])
def test_ten_alone_in_chinese(text: str, warned: list[str]) -> None:
    assert said_of_change(text, {"12人": "事故造成受伤的人"}, FRONT.format("zh")) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("十个国家派出了救援队。", ["'十个国家'"]),
    ("四个国家派出了救援队。", []),
    ("数十个国家表示关切。", []),
])
def test_ten_countries_alone_in_chinese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Parts listed after their whole, without their sum, that add up to the figure; a list
    # that adds up to another number warns.
    ("外籍遇难者中，中国籍17人、老挝籍1人。", []),
    ("外籍遇难者中，中国籍15人、老挝籍1人。", ["'15人'"]),
])
def test_parts_listed_without_their_sum_in_chinese(text: str, warned: list[str]) -> None:
    assert said_of_change(text, {"18人": "外籍遇难者"}, FRONT.format("zh")) == warned


TARIFFS = Path(__file__).parent / "fixtures" / "languages" / "chinese-tariffs.md"


def test_a_trade_war_explainer_in_chinese_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert story_warnings(make_site, "tariffs", TARIFFS.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("right", "wrong", "message"), [
    ('  - 2024年中美货物贸易总额为6882.8亿美元。',
     '  - 2024年中美货物贸易总额为6288.2亿美元。',
     "content/tariffs.md:32:19: warning: takeaway says '6288.2亿美元' but the key figure "
     "'2024年中美货物贸易总额' (line 43) says '6882.8亿美元'"),
    ('与美方在瑞士日内瓦举行会谈',
     '与美方及其他4个国家在瑞士日内瓦举行会谈',
     "content/tariffs.md:59:34: warning: section 'prose' says '其他4个国家' but the country "
     "list has 3 countries"),
])
def test_a_slip_in_the_trade_war_explainer_in_chinese_is_warned_of(
        make_site: Callable[..., Path], right: str, wrong: str, message: str) -> None:
    story = TARIFFS.read_text(encoding="utf-8")
    assert right in story
    assert story_warnings(make_site, "tariffs", story.replace(right, wrong, 1)) == [message]


MISSION = """
--- figures
figures:
  - value: 1935.3克
    label: 带回的月球背面样品
  - value: 53天
    label: 任务历时
---
"""


@pytest.mark.parametrize(("text", "warned"), [
    # A weight in grams and a count of days, joined to the number as Chinese papers write
    # them; another count of days is another span's.
    ("返回器带回1935.3克月球背面样品，任务历时53天。", []),
    ("返回器带回1953.3克月球背面样品。", ["'1953.3克'"]),
    ("嫦娥六号任务历时63天。", ["'63天'"]),
    ("嫦娥六号经过约30天的飞行，在月球背面着陆。", []),
])
def test_weights_and_days_in_chinese(text: str, warned: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + MISSION,
                              FRONT.format("zh"))) == warned
