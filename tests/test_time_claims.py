"""A time of day the prose gives for an event that the timeline times otherwise is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

CRASH = "The jet and the helicopter collide over the Potomac"
SAID = "The jet and the helicopter collided over the Potomac {}."
TITLES = {
    "en": (CRASH, SAID),
    "de": ("Der Jet und der Hubschrauber kollidieren über dem Potomac",
           "Der Jet und der Hubschrauber kollidierten {} über dem Potomac."),
    "fr": ("Le jet et l'hélicoptère entrent en collision au-dessus du Potomac",
           "Le jet et l'hélicoptère sont entrés en collision au-dessus du Potomac {}."),
    "es": ("El avión y el helicóptero chocan sobre el Potomac",
           "El avión y el helicóptero chocaron sobre el Potomac {}."),
    "it": ("L'aereo e l'elicottero si scontrano sul Potomac",
           "L'aereo e l'elicottero si sono scontrati sul Potomac {}."),
    "pt": ("O avião e o helicóptero colidem sobre o Potomac",
           "O avião e o helicóptero colidiram sobre o Potomac {}."),
    "ja": ("旅客機とヘリコプターがポトマック川上空で衝突",
           "旅客機とヘリコプターが{}にポトマック川上空で衝突した。"),
    "zh": ("客机与直升机在波托马克河上空相撞", "客机与直升机于{}在波托马克河上空相撞。"),
    "sw": ("Ndege ya abiria na helikopta zinagongana juu ya mto Potomac",
           "Ndege ya abiria na helikopta ziligongana juu ya mto Potomac {}."),
    "ko": ("여객기와 헬기가 포토맥강 상공에서 충돌",
           "여객기와 헬기가 {} 포토맥강 상공에서 충돌했다."),
    # Thai, written without spaces between words, as its newsrooms write it
    "th": ("เครื่องบินโดยสารชนกับเฮลิคอปเตอร์เหนือแม่น้ำโพโตแมค",
           "เครื่องบินโดยสารชนกับเฮลิคอปเตอร์เหนือแม่น้ำโพโตแมคเมื่อเวลา{}"),
}


def time_warnings(prose: str, language: str = "en", date: str = "2025-01-29 20:48 -05:00",
                  extra: str = "") -> list[str]:
    """Return the first line of each warning about a time, for a summary beside the crash."""
    title = TITLES[language][0]
    text = (f"---\ntitle: T\ndek: D\npublished: 2025-02-01\nlanguage: {language}\n---\n\n"
            f"--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
            f"events:\n  - date: {date}\n    title: {title}\n{extra}---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [p.render().split("\n")[0] for p in check_explainer(explainer)
            if "times '" in p.message or "another time" in p.message]


def test_a_time_the_timeline_gives_otherwise_is_a_warning_at_its_line_and_column() -> None:
    assert time_warnings("Nobody survived.\n" + SAID.format("at 8:50 p.m.")) == [
        "content/x.md:11:57: warning: section 'summary' gives 8:50 p.m., but the timeline "
        f"times '{CRASH}' 2025-01-29 20:48-05:00 (line 16)"]


@pytest.mark.parametrize("given", ["at 8:48 p.m.", "at 8:47 p.m.", "at 8.49pm", "at 20:48",
                                   "at 8:48", "about 8:45 p.m.", "at 9 p.m.", "at 8:48 p.m. EST",
                                   "at 01:48 GMT", "at 02:48 (UTC+1)"])
def test_a_time_near_enough_to_the_event_s_is_its_own(given: str) -> None:
    assert time_warnings(SAID.format(given)) == []


@pytest.mark.parametrize("given", ["at 8:50 p.m.", "at 8.58pm", "at 20:58", "at 8:55",
                                   "about 8:55 p.m.", "at 8 p.m.", "at 8:48 a.m.",
                                   "at 02:48 GMT", "at 8:48 p.m. CST", "at 01:48 (UTC+1)"])
def test_a_time_further_from_the_event_s_is_a_warning(given: str) -> None:
    [found] = time_warnings(SAID.format(given))
    assert f" gives {given.removeprefix('at ').removeprefix('about ')}, but " in found


def test_a_zone_is_compared_as_the_clock_where_the_event_gives_no_offset() -> None:
    assert time_warnings(SAID.format("at 8:48 p.m. GMT"), date="2025-01-29 20:48") == []
    assert len(time_warnings(SAID.format("at 01:48 GMT"), date="2025-01-29 20:48")) == 1


@pytest.mark.parametrize(("language", "agreeing", "other"), [
    ("de", "um 20.48 Uhr", "um 20.58 Uhr"), ("de", "um 20:48 Uhr", "um 20:58 Uhr"),
    ("fr", "à 20 h 48", "à 20 h 58"), ("fr", "à 20h48", "à 20h58"),
    ("es", "a las 20:48", "a las 20:58"), ("ja", "20時48分", "20時58分"),
    ("ja", "午後8時48分", "午後8時58分"), ("zh", "20点48分", "20点58分")])
def test_a_time_is_read_as_each_language_writes_it(language: str, agreeing: str,
                                                    other: str) -> None:
    said = TITLES[language][1]
    assert time_warnings(said.format(agreeing), language) == []
    [found] = time_warnings(said.format(other), language)
    assert f" gives {other.removeprefix('a las ').split(' ', 1)[-1]}, " in found


@pytest.mark.parametrize(("language", "agreeing", "other", "written"), [
    # A point between the hours and the minutes, after the words of an hour, where CLDR
    # writes a colon; without them "20.58" is left alone.
    ("es", "a las 20.48", "a las 20.58", "20.58"), ("it", "alle 20.48", "alle 20.58", "20.58"),
    ("it", "alle ore 20.48", "alle ore 20.58", "20.58"), ("pt", "às 20.48", "às 20.58", "20.58"),
    ("es", "a las 20.48", "con 20.58 de velocidad", None)])
def test_a_time_with_a_point_after_the_words_of_an_hour_is_read(
        language: str, agreeing: str, other: str, written: str | None) -> None:
    said = TITLES[language][1]
    assert time_warnings(said.format(agreeing), language) == []
    found = time_warnings(said.format(other), language)
    assert [line.split(" gives ")[1].split(",")[0] for line in found] == \
        ([written] if written else [])


@pytest.mark.parametrize(("language", "agreeing", "other", "written"), [
    ("th", " 20.48 น.", " 20.58 น.", "20.58 น."), ("th", " ๒๐.๔๘ น.", " ๒๐.๕๘ น.", "๒๐.๕๘ น."),
    ("th", "ประมาณ 20.45 น.", "ประมาณ 20.55 น.", "20.55 น."),
    ("th", " 21 นาฬิกา", " 22 นาฬิกา", "22 นาฬิกา"),
    ("ko", "오후 8시 48분", "오후 8시 58분", "오후 8시 58분"),
    ("ko", "오후 8시 45분께", "오후 8시 55분께", "오후 8시 55분")])
def test_a_thai_or_korean_time_is_read_as_its_newsrooms_write_it(
        language: str, agreeing: str, other: str, written: str) -> None:
    said = TITLES[language][1]
    assert time_warnings(said.format(agreeing), language) == []
    [found] = time_warnings(said.format(other), language)
    assert f" gives {written}, " in found


@pytest.mark.parametrize(("twin", "warned"), [
    ('The jet and the helicopter collided over the Potomac, "at 8:58 p.m.", a witness said.',
     "The jet and the helicopter collided over the Potomac, at 8:58 p.m., a witness recalled."),
    ("The jet and the helicopter collided over the Potomac between 8 and 9 p.m.",
     "The jet and the helicopter collided over the Potomac at 9:58 p.m."),
    ("The jet and the helicopter collided over the Potomac, 8:30-9:00 p.m.",
     "The jet and the helicopter collided over the Potomac, 9:00 p.m."),
    ("The jet and the helicopter collided over the Potomac at the end of a 2:30 flight.",
     "The jet and the helicopter collided over the Potomac at the end of the flight, at 2:30."),
    ("The jet and the helicopter collided over the Potomac for 8:58 minutes.",
     "The jet and the helicopter collided over the Potomac at 8:58."),
    ("The jet and the helicopter collided over the Potomac as the score stood at 2:1.",
     "The jet and the helicopter collided over the Potomac as the clock stood at 2:10."),
    ("The jet and the helicopter collided over the Potomac by 9:30 p.m.",
     "The jet and the helicopter collided over the Potomac at 9:30 p.m."),
])
def test_a_quote_a_range_a_duration_a_score_or_a_bound_gives_no_time(twin: str,
                                                                    warned: str) -> None:
    assert time_warnings(twin) == []
    assert len(time_warnings(warned)) == 1


def test_a_time_of_another_day_or_act_is_not_the_event_s() -> None:
    assert time_warnings(SAID.format("at 8:48 p.m. on 29 January") + " The jet and the "
                         "helicopter collided over the Potomac at 9:58 p.m. on 30 January.") \
        == []
    assert time_warnings("At 11:30 p.m., officials announced that the jet and the helicopter "
                         "collided over the Potomac.") == []


@pytest.mark.parametrize(("shown", "warned"), [
    ("29 January, 8.58pm", True), ("29 January, 8.48pm", False),
    ("29 January, 8:48 p.m.", False), ("29. Januar, 20.58 Uhr", True), ("29 January", False)])
def test_a_display_date_s_time_is_held_to_the_date(shown: str, warned: bool) -> None:
    found = time_warnings("Nobody survived.", extra=f"    display_date: \"{shown}\"\n")
    assert found == ([f"content/x.md:15: warning: section 'timeline': event '{CRASH}' is "
                      f"dated 2025-01-29 20:48-05:00, but its display_date '{shown}' gives "
                      f"another time, {shown.split(', ')[1]}"] if warned else [])


@pytest.mark.parametrize(("given", "warned"), [
    ("saa 2:48 usiku", False), ("saa 2:48", False), ("saa 20:48", False),
    ("saa 2:48 asubuhi", True), ("saa 3:10 usiku", True), ("saa 8:48 usiku", True)])
def test_swahili_counts_the_hours_after_saa_from_dawn_and_dusk(given: str, warned: bool) -> None:
    # 20:48 is "saa 2:48 usiku", the second hour of the night; "saa 8:48 usiku" is 2:48.
    warnings = time_warnings(TITLES["sw"][1].format(given), "sw")
    assert warnings == ([f"content/x.md:10:65: warning: section 'summary' gives "
                         f"{given.split()[1]}, but the timeline times '{TITLES['sw'][0]}' "
                         "2025-01-29 20:48-05:00 (line 15)"] if warned else [])


@pytest.mark.parametrize(("given", "warned"), [
    # A time after the year of its day: the year is no first end of a range of hours.
    ("le 29 janvier 2025 à 20 h 48", []),
    ("le 29 janvier 2025 à 21 h 48", ["21 h 48"]),
    ("le 29 janvier 2025 à 21:48", ["21:48"]),
    # A range of hours still gives no time.
    ("entre 19 h et 21 h 48", []),
    ("de 19 h à 21 h 48", []),
])
def test_a_time_after_a_year_is_read_and_a_range_of_hours_is_not(given: str,
                                                                   warned: list[str]) -> None:
    found = time_warnings(TITLES["fr"][1].format(given), "fr")
    assert [line.split(" gives ")[1].split(", but")[0] for line in found] == warned


STRIKE = ("  - date: 2025-01-30 01:28 -05:00\n"
          "    title: A ship strikes a pier and the bridge collapses\n")


@pytest.mark.parametrize(("given", "warned"), [
    ("The bridge collapsed at 1:38 a.m.", True),
    ("The ship struck a pier at 1:38 a.m.", True),
    ("The bridge collapsed at 1:28 a.m.", False),
    ("The bridge reopened at 1:38 a.m.", False),
    ("At 1:38 a.m., officials announced that the bridge had collapsed.", False),
])
def test_a_time_of_one_happening_a_title_joins_is_held_to_the_event(given: str,
                                                                     warned: bool) -> None:
    column = given.index("1:") + 1
    found = time_warnings(given, extra=STRIKE)
    assert found == ([f"content/x.md:10:{column}: warning: section 'summary' gives "
                      "1:38 a.m., but the timeline times 'A ship strikes a pier and the bridge "
                      "collapses' 2025-01-30 01:28-05:00 (line 17)"] if warned else [])


UPDATE = ("  - date: 2024-07-19 04:09 +00:00\n"
          "    title: CrowdStrike releases the faulty channel file 291 update\n"
          "  - date: 2024-07-19 05:27 +00:00\n"
          "    title: CrowdStrike withdraws the update\n"
          "  - date: 2024-07-20\n"
          "    title: Microsoft releases a recovery tool\n")


@pytest.mark.parametrize(("given", "warned"), [
    # The day and a word of one act alone among that day's timed titles name its event.
    ("At 04:19 UTC on 19 July 2024, CrowdStrike pushed a configuration update.", True),
    ("At 04:09 UTC on 19 July 2024, CrowdStrike pushed a configuration update.", False),
    ("At 04:19 UTC on 19 July 2024, CrowdStrike rolled out an update.", True),
    ("At 05:17 UTC on 19 July 2024, CrowdStrike withdrew the update.", True),
    ("At 05:27 UTC on 19 July 2024, CrowdStrike withdrew the update.", False),
    # Without the day, or with words every timed title of the day has, no event is named.
    ("At 04:19 UTC, CrowdStrike pushed a configuration update.", False),
    ("At 04:19 UTC on 19 July 2024, CrowdStrike changed the update.", False),
])
def test_a_time_on_its_day_names_the_one_timed_event_its_act_tells(given: str,
                                                                   warned: bool) -> None:
    assert len(time_warnings(given, extra=UPDATE)) == warned


@pytest.mark.parametrize(("language", "agreeing", "other", "written"), [
    # The part of the day CLDR names after a time says which half of the day it is in.
    ("es", "a las 8.48 de la noche", "a las 8.58 de la noche", "8.58 de la noche"),
    ("es", "a las 8:48 de la noche", "a las 8:48 de la mañana", "8:48 de la mañana"),
    # An hour or two past the part of the day as CLDR bounds it: "de la tarde" ends at 20:00.
    ("es", "a las 8.48 de la tarde", "a las 8.48 de la mañana", "8.48 de la mañana"),
    ("pt", "às 8h48 da tarde", "às 8h48 da manhã", "8h48 da manhã"),
    ("fr", "à 8 h 48 du soir", "à 8 h 58 du soir", "8 h 58 du soir"),
    ("it", "alle 8.48 di sera", "alle 8.48 di mattina", "8.48 di mattina"),
    ("pt", "às 8h48 da noite", "às 8h58 da noite", "8h58 da noite"),
    ("de", "um 8.48 Uhr abends", "um 8.58 Uhr abends", "8.58 Uhr abends"),
    ("it", "alle 20:48", "alle 20:58", "20:58"), ("pt", "às 20h48", "às 20h58", "20h58"),
    ("de", "20.48 Uhr", "20.58 Uhr", "20.58 Uhr")])
def test_a_time_is_in_the_part_of_the_day_named_after_it(language: str, agreeing: str,
                                                         other: str, written: str) -> None:
    said = TITLES[language][1]
    assert time_warnings(said.format(agreeing), language) == []
    [found] = time_warnings(said.format(other), language)
    assert f" gives {written}, " in found
