"""Days in Chinese, Japanese and Korean prose are held against the timeline as others are.

Each story is an explainer in its language, built by the command line: the sentences of the
"wrong" ones give a day the timeline gives otherwise (or agree, between them); those of the
"right" ones agree with it, or give a day that is not the event's to compare.
"""

from __future__ import annotations

import re

import pytest

from .helpers import run_cli, write_project

JA_EVENTS = (("2023-10-02", "国連安全保障理事会が多国籍部隊の派遣を承認"),
             ("2024-06-25", "ケニア警察の第一陣がポルトープランスに到着"),
             ("2024-07-16", "ケニア警察の第二陣が到着"))
ZH_EVENTS = (("2023-10-02", "联合国安理会授权多国安全支助任务"),
             ("2024-06-25", "首批肯尼亚警察抵达太子港"),
             ("2024-07-16", "第二批肯尼亚警察抵达"))
TW_EVENTS = (("2024-06-25", "首批肯亞警察抵達太子港"), ("2024-07-16", "第二批肯亞警察抵達"))
KO_EVENTS = (("2024-06-25", "케냐 경찰 선발대 포르토프랭스 도착"),
             ("2024-07-16", "케냐 경찰 2진 도착"))

# Each story: its language, its events, its paragraphs (each a line), and its takeaways. A
# paragraph or takeaway given as (text, words, event) is to be warned of: it gives the words
# for the day, and the timeline dates that event (its index) otherwise.
Line = str | tuple[str, str, int]
STORIES: dict[str, tuple[str, tuple[tuple[str, str], ...], list[Line], list[Line]]] = {
    "ja-wrong": ("ja", JA_EVENTS, [
        ("ケニア警察の第一陣は2024年6月26日にポルトープランスに到着した。", "2024年6月26日", 1),
        "ケニア警察の第二陣は7月16日に到着した。",
        ("ケニア警察の第二陣は７月１７日に到着し、任務に加わった。", "７月１７日", 2),
        # Two sentences on a line: the first speaks of the renewal, a year after the vote.
        ("国連安全保障理事会は2024年10月2日、派遣を1年延長した。"
         "ケニア警察の第一陣は6月24日にポルトープランスに到着していた。", "6月24日", 1),
    ], []),
    "ja-right": ("ja", JA_EVENTS, [
        "ケニア警察の第一陣は2024年6月25日にポルトープランスに到着した。",
        "ケニア警察の第一陣は６月２５日にポルトープランスに到着した。",
        "ケニア警察の第一陣は当初6月1日に到着する予定だったが、実際に到着したのは6月25日だった。",
        "ケニア警察の第一陣は6月24日から26日にかけて順次ポルトープランスに到着した。",
        "ケニア警察の第一陣は6月24日～26日にポルトープランスに到着した。",
        "ケニア警察の第一陣は2024年6月にポルトープランスに到着した。",
        "ケニア警察の第一陣がポルトープランスに到着する1年前、令和5年6月26日に派遣の要請があった。",
        "昨年6月26日に派遣が決まったケニア警察の第一陣が、ポルトープランスに到着した。",
        "政府は「ケニア警察の第一陣は6月26日にポルトープランスに到着する」と発表していた。",
        "ケニア警察の第二陣は7月16日、ポルトープランスに到着した第一陣に合流した。",
        "ジャマイカの警察官は6月27日に到着した。",
        "ケニア警察の第一陣が到着した。その翌日の6月26日、ポルトープランスで記者会見が開かれた。",
        "国連安全保障理事会は2024年10月2日、多国籍部隊の派遣を1年延長した。",
        "ケニア警察の第一陣は、6月30日の期限を前にポルトープランスに到着した。",
    ], ["ケニア警察の第一陣は6月25日にポルトープランスに到着した。"]),
    "zh-wrong": ("zh", ZH_EVENTS, [
        ("首批肯尼亚警察于2024年6月26日抵达太子港。", "2024年6月26日", 1),
        ("首批肯尼亚警察6月26日到达太子港。", "6月26日", 1),
        "第二批肯尼亚警察于7月16日抵达。",
    ], [("第二批肯尼亚警察7月17日抵达。", "7月17日", 2)]),
    "zh-right": ("zh-Hans", ZH_EVENTS, [
        "首批肯尼亚警察于2024年6月25日抵达太子港。",
        "首批肯尼亚警察原定6月1日抵达太子港，实际于6月25日抵达。",
        "首批肯尼亚警察在6月24日至26日期间陆续抵达太子港。",
        "首批肯尼亚警察6月24日到26日陆续抵达太子港。",
        "首批肯尼亚警察于2024年6月抵达太子港。",
        "去年6月26日，肯尼亚同意派遣首批警察前往太子港，一年后抵达。",
        "肯尼亚总统表示：“首批警察将于6月26日抵达太子港。”",
        "第二批肯尼亚警察于7月16日抵达，与首批警察会合。",
        "牙买加警察于6月27日抵达。",
        "联合国安理会于2024年10月2日将多国安全支助任务延长一年。",
        "首批肯尼亚警察赶在6月30日的期限前抵达太子港。",
    ], []),
    "zh-tw-wrong": ("zh-TW", TW_EVENTS, [
        ("首批肯亞警察於２０２４年６月２６日抵達太子港。", "２０２４年６月２６日", 0),
        ("首批肯亞警察於 2024 年 6 月 26 日抵達太子港。", "2024 年 6 月 26 日", 0),
    ], []),
    "zh-tw-right": ("zh-Hant", TW_EVENTS, [
        "首批肯亞警察於 2024 年 6 月 25 日抵達太子港。",
        "首批肯亞警察於６月２５日抵達太子港。",
        "首批肯亞警察於民國112年6月26日獲准派遣，一年後抵達太子港。",
    ], []),
    "ko-wrong": ("ko", KO_EVENTS, [
        ("케냐 경찰 선발대는 2024년 6월 26일 포르토프랭스에 도착했다.", "2024년 6월 26일", 0),
        ("케냐 경찰 선발대는 ６월 ２６일 포르토프랭스에 도착했다.", "６월 ２６일", 0),
    ], [("케냐 경찰 2진은 7월 17일에 도착했다.", "7월 17일", 1)]),
    "ko-right": ("ko", KO_EVENTS, [
        "케냐 경찰 선발대는 2024년 6월 25일 포르토프랭스에 도착했다.",
        "케냐 경찰 선발대는 6월 25일 포르토프랭스에 도착했다.",
        "케냐 경찰 선발대는 6월 24일부터 26일까지 포르토프랭스에 차례로 도착했다.",
        "케냐 경찰 선발대는 2024년 6월 포르토프랭스에 도착했다.",
        "케냐 정부는 작년 6월 26일 경찰 선발대의 포르토프랭스 도착 계획을 발표했다.",
        "케냐 경찰 2진은 7월 16일 포르토프랭스에 도착해 선발대와 합류했다.",
        "자메이카 경찰은 6월 27일 도착했다.",
        "케냐 경찰 선발대는 6월 30일 시한을 앞두고 포르토프랭스에 도착했다.",
    ], ["케냐 경찰 선발대는 6월 25일 포르토프랭스에 도착했다."]),
}


def story(language: str, events: tuple[tuple[str, str], ...], paragraphs: list[Line],
          takeaways: list[Line]) -> tuple[str, list[tuple[int, str, Line]], list[int]]:
    """Return an explainer's text; its paragraphs and takeaways with their line and where they
    are; and the line of each event."""
    lines = ["---", "title: T", "dek: D", "published: 2024-08-01", f"language: {language}",
             "---", "", "--- summary", "---"]
    placed: list[tuple[int, str, Line]] = []
    for paragraph in paragraphs:
        placed.append((len(lines) + 1, "section 'summary'", paragraph))
        lines += [paragraph if isinstance(paragraph, str) else paragraph[0], ""]
    if takeaways:
        lines += ["--- takeaways", "takeaways:"]
        for takeaway in takeaways:
            placed.append((len(lines) + 1, "a takeaway", takeaway))
            lines.append("  - " + (takeaway if isinstance(takeaway, str) else takeaway[0]))
        lines += ["---", ""]
    lines += ["--- timeline", "source: https://example.org/", "events:"]
    event_lines = []
    for day, title in events:
        event_lines.append(len(lines) + 1)
        lines += [f"  - date: {day}", f"    title: {title}"]
    return "\n".join([*lines, "---", ""]), placed, event_lines


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Build every story once; return what the build wrote on its standard error."""
    files = {f"content/{name}.md": story(*parts)[0] for name, parts in STORIES.items()}
    root = write_project(tmp_path_factory.mktemp("cjk") / "site", files)
    result = run_cli("build", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    return result.stderr


def day_warnings(stderr: str, name: str) -> list[tuple[str, str]]:
    """Return each warning about a day in a story: its first line and the sentence quoted; a
    warning printed once for several stories that share the sentence is each one's."""
    lines, found, first = stderr.split("\n"), [], ("", "")
    for at, line in enumerate(lines):
        if not line.startswith(" "):
            first = (line, lines[at + 1].strip() if at + 1 < len(lines) else "")
        if "the timeline dates" in first[0] and (
                line.startswith(f"content/{name}.md:")
                or line.startswith(f"  the same at content/{name}.md:")):
            found.append(first)
    return found


@pytest.mark.parametrize("name", list(STORIES))
def test_a_day_the_timeline_gives_otherwise_is_warned_of_and_no_other(built: str,
                                                                       name: str) -> None:
    language, events, paragraphs, takeaways = STORIES[name]
    written, placed, event_lines = story(language, events, paragraphs, takeaways)
    rows = written.split("\n")
    expected = []
    for line, where, (text, words, index) in [one for one in placed
                                               if not isinstance(one[2], str)]:
        # The warning quotes the sentence that gives the day, not the others of its line, and
        # is told at the day's own line and column.
        sentence = next(part for part in re.split(r"(?<=[。.])", text) if words in part)
        day, title = events[index]
        column = rows[line - 1].index(words) + 1
        expected.append((f"content/{name}.md:{line}:{column}: warning: {where} gives {words}, "
                         f"but the timeline dates '{title}' {day} (line {event_lines[index]})",
                         sentence))
    assert day_warnings(built, name) == expected


@pytest.mark.parametrize("name", ["ja-right", "zh-right", "zh-tw-right"])
def test_numbers_are_read_as_days_are_with_no_note(built: str, name: str) -> None:
    # The checks of numbers read Chinese and Japanese as those of days do: no note says that
    # they were skipped.
    assert f"content/{name}.md: note:" not in built
