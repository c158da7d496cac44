"""The editorial checks of numbers read Japanese as Japanese papers write it: digits, full
width too, with the units 万, 億 and 兆 among them ("1万2000人", "2兆5000億円"), a counter
joined to the number ("500人", "400隻", "9カ国"), qualifiers before it ("約", "少なくとも") or
after it ("500人以上", "8万棟余り"), percentages by sign or tenths ("46%", "4割"), and
numerals in kanji only where they count ("三カ国"), never "十数カ国"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, story_warnings
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_economy_claims import said_beside as said_of_change

JAPANESE = "---\ntitle: T\ndek: D\npublished: 2024-12-27\nlanguage: ja\n---\n"
FIXTURE = Path(__file__).parent / "fixtures" / "languages" / "japanese.md"
FIGURES = """
--- figures
figures:
  - value: 500人以上
    label: 災害関連死を含む死者
  - value: 約8万棟
    label: 被害を受けた住宅
  - value: 約3万4000人
    label: 発生翌日に避難した人
  - value: 約47億円
    label: 予備費からの支出
  - value: 46%
    label: 輪島市の高齢化率
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: Japan, role: lead}
  - {name: United States, role: donor}
  - {name: South Korea, role: donor}
  - {name: China, role: donor}
  - {name: France, role: donor}
  - {name: Germany, role: donor}
---
"""


def said(text: str) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES + COUNTRIES, JAPANESE))


@pytest.mark.parametrize(("text", "warned"), [
    # A counter joined to its number; the figure's own qualifier after it.
    ("災害関連死を含む死者は400人にのぼった。", ["'400人'"]),
    ("災害関連死を含む死者は504人にのぼった。", []),
    ("災害関連死を含む死者は500人を超えた。", []),
    ("災害関連死を含む死者は少なくとも510人となった。", []),
    # The units of ten thousand among digits; qualifiers before the number and after it.
    ("被害を受けた住宅は約8万棟に及んだ。", []),
    ("被害を受けた住宅は8万1000棟に及んだ。", []),
    ("被害を受けた住宅は8万棟余りに及んだ。", []),
    ("被害を受けた住宅は約5万棟に及んだ。", ["'5万棟'"]),
    ("被害を受けた住宅は５万棟だった。", ["'５万棟'"]),
    ("発生翌日には約3万4000人が避難した。", []),
    ("発生翌日には約2万人が避難した。", ["'2万人'"]),
    ("発生翌日には3万人余りが避難した。", []),
    # Days, times, years, magnitudes and intensities count nothing; a range's ends are no
    # figure's value.
    ("2024年1月1日午後4時10分ごろ、マグニチュード7.6、最大震度7の地震が起き、災害関連死を含む"
     "死者は12月までに500人以上となった。", []),
    ("被害を受けた住宅は7万〜9万棟とみられる。", []),
    ("被害を受けた住宅は7万～9万棟とみられる。", []),
    # Money after its number, or after its sign; percentages by sign, word or tenths.
    ("政府は予備費から47億円を支出した。", []),
    ("政府は予備費から約20億円を支出した。", ["'20億円'"]),
    ("政府は予備費から4700万円を支出した。", ["'4700万円'"]),
    ("輪島市の高齢化率は46％だった。", []),
    ("輪島市の高齢化率は4割を超える。", []),
    ("輪島市の高齢化率は36パーセントだった。", ["'36パーセント'"]),
    ("輪島市の高齢化率は3割だった。", ["'3割'"]),
    ("輪島市の高齢化率は46%で、前年から1.2ポイント上がった。", []),
])
def test_amounts_in_japanese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("日本、米国など6カ国が支援を表明した。", []),
    ("日本、米国など6か国が支援を表明した。", []),
    ("日本、米国など6ヶ国が支援を表明した。", []),
    ("日本、米国など9カ国が支援を表明した。", ["'9カ国'"]),
    ("日本と他の5カ国が支援を表明した。", []),
    ("日本と他の7カ国が支援を表明した。", ["'他の7カ国'"]),
    ("日本を除く5カ国が支援を表明した。", []),
    ("日本以外の5カ国が支援を表明した。", []),
    ("5カ国以上が支援を表明した。", []),
    ("約6カ国が支援を表明した。", []),
    ("六カ国が支援を表明した。", []),
    ("三カ国が支援を表明した。", ["'三カ国'"]),
    # Another whole's countries; some, not a number; countries pointed back at.
    ("G7の7カ国が声明を出した。", []),
    ("EU加盟27カ国が声明を出した。", []),
    ("十数カ国が支援を表明した。", []),
    ("米国と中国のこの2カ国は支援を急いだ。", []),
])
def test_counts_of_countries_in_japanese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


def check(make_site: Callable[..., Path], text: str) -> list[str]:
    """Return the warnings of checking a project with the explainer's text."""
    root = make_site({"content/noto.md": text})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


def test_an_earthquake_explainer_in_japanese_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert check(make_site, FIXTURE.read_text(encoding="utf-8")) == []


def test_contradictions_in_a_japanese_earthquake_explainer_are_warned_of(
        make_site: Callable[..., Path]) -> None:
    wrong = FIXTURE.read_text(encoding="utf-8") \
        .replace("死者は12月までに**500人以上**", "死者は12月までに**400人**") \
        .replace("住宅の被害は約8万棟", "住宅の被害は約5万棟") \
        .replace("県内で約3万4000人が避難所", "県内で約2万人が避難所") \
        .replace("G7の7カ国からは", "9カ国からは")
    assert check(make_site, wrong) == [
        "content/noto.md:18:28: warning: section 'summary' says '400人' but the key figure "
        "'災害関連死を含む死者' (line 38) says '500人以上'",
        "content/noto.md:18:47: warning: section 'summary' says '5万棟' but the key figure "
        "'被害を受けた住宅' (line 40) says '約8万棟'",
        "content/noto.md:19:14: warning: section 'summary' says '2万人' but the key figure "
        "'発生翌日に避難した人' (line 42) says '約3万4000人'",
        "content/noto.md:60:39: warning: section 'prose' says '9カ国' but the country list "
        "has 1 country"]


@pytest.mark.parametrize(("text", "warned"), [
    # Parts, then their sum: only the sum is held against the figure.
    ("災害関連死を含む死者は、直接死228人と災害関連死276人の計504人となった。", []),
    ("災害関連死を含む死者は、直接死228人と災害関連死276人の合計約504人。", []),
    ("災害関連死を含む死者は、直接死228人と災害関連死276人の計404人となった。", ["'404人'"]),
    # A whole, then its parts.
    ("災害関連死を含む死者は504人で、このうち直接死は228人、災害関連死は276人だった。", []),
    ("災害関連死を含む死者は400人で、このうち直接死は228人だった。", ["'400人'"]),
    # A place narrows an amount, where the label names none.
    ("東京では、発生翌日に避難した人は2万人だった。", []),
    ("発生翌日に避難した人は2万人だった。", ["'2万人'"]),
])
def test_parts_and_sums_in_japanese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


LIVES = [
    ('ja', 'エリザベス2世、1926–2022',
     ('エリザベスがロンドンで生まれる', '女王が死去'),
     '女王は2022年9月8日に97歳で死去した。', 1),
    ('ja', 'エリザベス2世、1926–2022',
     ('エリザベスがロンドンで生まれる', '女王が死去'),
     '女王は2022年9月8日に96歳で死去した。', 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_japanese(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


FALLS = [
    ('ja', '−64%', '第3四半期の営業利益の減少',
     '第3四半期の営業利益は46%減少した。', ["'46%'"]),
    ('ja', '−64%', '第3四半期の営業利益の減少',
     '第3四半期の営業利益は64%減少した。', []),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), FALLS)
def test_a_change_is_held_against_a_figure_whose_label_names_one_in_japanese(
        language: str, value: str, label: str, text: str, warned: list[str]) -> None:
    """A fall of 46% beside a figure of a fall of 64% is a warning; one of 64% agrees, and is
    no level of +64% either."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-01-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {value: label}, front) == warned


LEVELS_ON = [
    ('ja', '中国製品に対する米国の関税',
     '中国製品に対する米国の関税は10%だったが、その後125%に引き上げられた。',
     ["'125%'"]),
    ('ja', '中国製品に対する米国の関税',
     '中国製品に対する米国の関税は10%だったが、その後145%に引き上げられた。',
     []),
]


@pytest.mark.parametrize(("language", "label", "text", "warned"), LEVELS_ON)
def test_a_level_taken_on_to_the_next_is_an_earlier_one_in_japanese(
        language: str, label: str, text: str, warned: list[str]) -> None:
    """The 10% a tariff went up from is history: only the level it reached is held to 145%."""
    front = f"---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {"145%": label}, front) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # A change given after its amount, by so much; the level it reaches ("5%に") still warns.
    ("輸出は前年より5%増えた。", []),
    ("輸出は前年同月比で5%減。", []),
    ("輸出は3割増となった。", []),
    ("輸出は5%の増加だった。", []),
    ("輸出の割合は5%に上昇した。", ["'5%'"]),
    ("輸出の割合は5%だった。", ["'5%'"]),
])
def test_a_change_after_its_amount_is_no_level_in_japanese(text: str,
                                                           warned: list[str]) -> None:
    assert said_of_change(text, {"12%": "輸出の割合"}, JAPANESE) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Parts listed after their whole, without their sum, that add up to the figure; a list
    # that adds up to another number warns.
    ("外国人の死者は、中国籍17人、ラオス籍1人だった。", []),
    # The warning names the part nearest the figure, not every amount of the sentence.
    ("外国人の死者は、中国籍17人、ラオス籍3人だった。", ["'17人'"]),
    # A part the sentence sums up is no claim, even larger than another figure; the sum is.
    ("改選124議席と欠員補充の1議席の計125議席を争った。", []),
    ("改選124議席と欠員補充の1議席の計127議席を争った。", ["'127議席'"]),
])
def test_parts_listed_or_summed_in_japanese(text: str, warned: list[str]) -> None:
    figures = {"18人": "外国人の死者", "125議席": "改選議席", "122議席": "非改選を含む与党の議席"}
    assert said_of_change(text, figures, JAPANESE) == warned


ELECTION = Path(__file__).parent / "fixtures" / "languages" / "japanese-election.md"


def test_a_election_explainer_in_japanese_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert story_warnings(make_site, "election", ELECTION.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("right", "wrong", "message"), [
    ('  - 選挙区の投票率は58.51%で',
     '  - 選挙区の投票率は56.51%で',
     "content/election.md:30:13: warning: takeaway says '56.51%' but the key figure "
     "'選挙区の投票率' (line 40) says '58.51%'"),
    ('米国との関税交渉',
     '米国など3カ国との関税交渉',
     "content/election.md:55:26: warning: section 'prose' says '3カ国' but the country list has 2 "
     "countries"),
])
def test_a_slip_in_the_election_explainer_in_japanese_is_warned_of(
        make_site: Callable[..., Path], right: str, wrong: str, message: str) -> None:
    story = ELECTION.read_text(encoding="utf-8")
    assert right in story
    assert story_warnings(make_site, "election", story.replace(right, wrong, 1)) == [message]


MISSION = """
--- figures
figures:
  - value: 1935.3グラム
    label: 持ち帰った月の裏側の試料
  - value: 53日間
    label: 任務の期間
---
"""


@pytest.mark.parametrize(("text", "warned"), [
    # A weight in grams and a count of days, joined to the number as Japanese papers write
    # them; a date's day is no count.
    ("カプセルは月の裏側の試料1935.3グラムを持ち帰った。任務の期間は53日間だった。", []),
    ("カプセルは月の裏側の試料1953.3グラムを持ち帰った。", ["'1953.3グラム'"]),
    ("任務の期間は63日間だった。", ["'63日間'"]),
    ("任務の期間中、6月25日に試料を持ち帰った。", []),
])
def test_weights_and_days_in_japanese(text: str, warned: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + MISSION, JAPANESE)) == warned
