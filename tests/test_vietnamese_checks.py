"""The editorial checks of numbers read Vietnamese as Vietnamese newsrooms write it: "1.000"
and "1,6 tỷ USD", money named after its number ("40.000 tỷ đồng"), "phần trăm" beside "%", the
noun after its number, perhaps after a classifier ("240.000 ngôi nhà"), and "năm" as five or as a
year, a day and a month ("ngày 7 tháng 9 năm 2024") counting nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_economy_claims import said_beside as said_of_change
from .test_fate_claims import said_beside
from .test_rates_per_people import said_of_rate

VIETNAMESE = "---\ntitle: T\ndek: D\npublished: 2024-09-20\nlanguage: vi\n---\n"
FIGURES = """
--- figures
figures:
  - value: 149 km/h
    label: sức gió mạnh nhất khi bão đổ bộ
  - value: Hơn 290
    label: người chết và mất tích ở Việt Nam
  - value: Khoảng 1,6 tỷ USD
    label: thiệt hại kinh tế ở Việt Nam
  - value: "240.000"
    label: ngôi nhà bị hư hại
  - value: 3,6%
    label: tăng trưởng kinh tế quý ba
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: Vietnam, role: lead}
  - {name: Philippines, role: affected}
  - {name: China, role: affected}
  - {name: Laos, role: affected}
  - {name: Thailand, role: affected}
  - {name: Myanmar, role: affected}
---
"""


def said(text: str) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES + COUNTRIES, VIETNAMESE))


@pytest.mark.parametrize(("text", "warned"), [
    # A wind speed by its symbol, or as Vietnamese papers write it, "km/giờ".
    ("Bão đổ bộ với sức gió 180 km/h.", ["'180 km/h'"]),
    ("Bão đổ bộ với sức gió 149 km/h.", []),
    ("Bão đổ bộ với sức gió mạnh nhất 180 km/giờ.", ["'180 km/giờ'"]),
    ("Bão đổ bộ với sức gió mạnh nhất 149 km/giờ, giật cấp 16-17.", []),
    # The noun after its number, the same for one or many; qualifiers before it.
    ("Bão làm 250 người chết và mất tích ở Việt Nam.", ["'250 người'"]),
    ("Bão làm hơn 290 người chết và mất tích ở Việt Nam.", []),
    ("Bão làm gần 300 người chết và mất tích ở Việt Nam.", []),
    ("Bão làm ít nhất 295 người chết và mất tích ở Việt Nam.", []),
    # A classifier before the noun: "ngôi nhà" and "căn nhà" count houses alike.
    ("Có 340.000 ngôi nhà bị hư hại.", ["'340.000 ngôi nhà'"]),
    ("Có 240.000 căn nhà bị hư hại.", []),
    # Money named after its number and scale, by its code or its name.
    ("Thiệt hại kinh tế ở Việt Nam khoảng 2,6 tỷ USD.", ["'2,6 tỷ USD'"]),
    ("Thiệt hại kinh tế ở Việt Nam khoảng 1,6 tỷ USD.", []),
    ("Thiệt hại kinh tế ở Việt Nam khoảng 2,6 tỷ đô la Mỹ.", ["'2,6 tỷ đô la Mỹ'"]),
    ("Thiệt hại kinh tế ở Việt Nam khoảng 1.600 triệu USD.", []),
    ("Thiệt hại kinh tế ở Việt Nam khoảng 40.000 tỷ đồng.", []),
    # Percentages by sign or by words; growth is the change the label names.
    ("Tăng trưởng kinh tế quý ba đạt 4,6 phần trăm.", ["'4,6 phần trăm'"]),
    ("Kinh tế quý ba tăng trưởng 5,6%.", ["'5,6%'"]),
    ("Kinh tế tăng trưởng 3,6% trong quý ba, thấp hơn dự báo.", []),
])
def test_amounts_in_vietnamese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("Bão còn ảnh hưởng tới chín nước khác.", ["'chín nước khác'"]),
    ("Bão còn ảnh hưởng tới năm nước khác.", []),
    ("Bão ảnh hưởng tới 8 quốc gia.", ["'8 quốc gia'"]),
    ("Bão ảnh hưởng tới sáu quốc gia.", []),
    ("Bão ảnh hưởng tới hơn 10 quốc gia.", ["'hơn 10 quốc gia'"]),
    ("Ngoài Việt Nam, bão còn gây lũ ở năm quốc gia.", []),
    # Counts that point back at countries just named, or count another whole's.
    ("Lãnh đạo hai nước đã điện đàm.", []),
    ("Quan hệ hai nước tốt đẹp.", []),
    ("Ba nước này gửi viện trợ.", []),
    ("27 nước thành viên EU gửi viện trợ.", []),
])
def test_counts_of_countries_in_vietnamese(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize("text", [
    # Days, months and years: "năm" is a year beside them, and five only before a noun.
    "Ngày 7 tháng 9 năm 2024, bão đổ bộ; năm người chết ở Hải Phòng.",
    "Tháng 9 năm nay, 290 người chết và mất tích ở Việt Nam.",
    "Năm 2024, kinh tế Việt Nam tăng trưởng 3,6% trong quý ba.",
    "Thứ năm, 5 tháng 9, bão mạnh lên trên Biển Đông.",
    "Lúc 17 giờ ngày 7/9, 3 người chết ở Quảng Ninh.",
    "Trong năm năm qua, 20 người chết mỗi năm.",
    "Bão số 3 khiến 29 người chết tại Quảng Ninh.",
    # Ranges, and a level a later day gives anew.
    "Mưa kéo dài 5-10 ngày, khiến hơn 290 người chết và mất tích ở Việt Nam.",
    "Từ 2.000 đến 3.000 ngôi nhà bị hư hại mỗi ngày.",
    "Ban đầu, 59 người chết và mất tích ở Việt Nam; đến ngày 20 tháng 9 là hơn 290 người.",
    "Cầu Phong Châu dài 375 mét; nhiệt độ lên tới 35 độ C.",
])
def test_a_careful_vietnamese_story_gives_no_false_warning(text: str) -> None:
    assert said(text) == []


YAGI = """---
title: Bão Yagi tàn phá miền Bắc Việt Nam
dek: >-
  Cơn bão mạnh nhất đổ bộ vào miền Bắc trong nhiều thập kỷ đã khiến hơn 290 người thiệt mạng
  và gây thiệt hại khoảng 1,6 tỷ USD.
published: 2024-09-20
language: vi
byline: Ban biên tập
tags: [Việt Nam, Thiên tai]
---

--- summary
---
Bão **Yagi**, được gọi là bão số 3, đổ bộ vào **Quảng Ninh** và **Hải Phòng** chiều ngày 7 tháng 9
năm 2024 với sức gió mạnh nhất 149 km/h. Đây là cơn bão mạnh nhất đổ bộ vào miền Bắc trong 30 năm
qua. Mưa lớn sau bão gây lũ quét và sạt lở đất ở nhiều tỉnh miền núi.

Tính đến ngày 20 tháng 9, bão và lũ đã làm hơn 290 người chết và mất tích ở Việt Nam. Thiệt hại
kinh tế ước tính khoảng 1,6 tỷ USD, tức khoảng 40.000 tỷ đồng. Gần 240.000 ngôi nhà bị hư hại.

--- takeaways
takeaways:
  - Bão Yagi đổ bộ vào Quảng Ninh và Hải Phòng ngày 7 tháng 9 với gió giật trên cấp 17.
  - Cầu Phong Châu ở Phú Thọ bị sập ngày 9 tháng 9, nhiều xe rơi xuống sông Hồng.
  - Lũ quét vùi lấp Làng Nủ ở Lào Cai ngày 10 tháng 9.
  - Số người chết và mất tích ở Việt Nam vượt 290, thiệt hại khoảng 1,6 tỷ USD.
---

--- figures
figures:
  - value: 149 km/h
    label: sức gió mạnh nhất khi bão đổ bộ
  - value: Hơn 290
    label: người chết và mất tích ở Việt Nam
  - value: Khoảng 1,6 tỷ USD
    label: thiệt hại kinh tế ở Việt Nam
  - value: "6"
    label: quốc gia bị bão ảnh hưởng
---

--- prose
heading: Đường đi của bão
---
Trước khi vào Việt Nam, Yagi đi qua Philippines và đảo Hải Nam của Trung Quốc. Ngoài Việt Nam, bão
còn gây mưa lũ ở năm quốc gia khác: Philippines, Trung Quốc, Lào, Thái Lan và Myanmar. Tổng cộng
sáu quốc gia bị ảnh hưởng.

Sức gió khi bão đổ bộ đạt 149 km/h, giật cấp 16-17. Trong năm 2024, đây là cơn bão mạnh nhất ở
châu Á. Năm nay, nhiều tỉnh đã có mưa lớn kéo dài 5-10 ngày. Khoảng 3 triệu người bị mất điện.

Ngày 9 tháng 9, cầu Phong Châu dài 375 m bị sập, 8 người mất tích khi 10 ô tô, 2 xe máy rơi xuống
sông. Một ngày sau, lũ quét vùi lấp Làng Nủ, xã Phúc Khánh, huyện Bảo Yên. Làng có 37 hộ với 158
nhân khẩu; ít nhất 67 người chết và mất tích. Hai nước Lào và Thái Lan cũng bị lũ.

Ban đầu, chính phủ báo cáo 59 người chết. Đến ngày 12 tháng 9, con số là 233 người. Hai mươi mốt
tỉnh bị ảnh hưởng, trong đó Lào Cai có nhiều người chết nhất. Có tới 1,5 tỷ đồng được quyên góp
trong một ngày, cùng 100.000 đồng mỗi người.

--- countries
countries:
  - {name: Vietnam, role: lead}
  - {name: Philippines, role: affected}
  - {name: China, role: affected}
  - {name: Laos, role: affected}
  - {name: Thailand, role: affected}
  - {name: Myanmar, role: affected}
---

--- timeline
events:
  - date: 2024-09-07
    title: Bão Yagi đổ bộ vào Quảng Ninh và Hải Phòng
    text: Sức gió mạnh nhất 149 km/h, gió giật cấp 17.
    source: https://vi.wikipedia.org/wiki/B%C3%A3o_Yagi_(2024)
  - date: 2024-09-09
    title: Cầu Phong Châu ở Phú Thọ bị sập
    text: Tám người mất tích ngày 9 tháng 9 năm 2024.
    source: https://vi.wikipedia.org/wiki/B%C3%A3o_Yagi_(2024)
  - date: 2024-09-10
    title: Lũ quét vùi lấp Làng Nủ ở Lào Cai
    source: https://vi.wikipedia.org/wiki/B%C3%A3o_Yagi_(2024)
---
"""


def test_a_typhoon_explainer_in_vietnamese_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/bao-yagi.md": YAGI})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr


def test_contradictions_in_a_vietnamese_typhoon_explainer_are_warned_of(
        make_site: Callable[..., Path]) -> None:
    wrong = YAGI.replace("mạnh nhất 149 km/h. Đây", "mạnh nhất 180 km/h. Đây") \
        .replace("ở năm quốc gia khác", "ở chín quốc gia khác") \
        .replace("khoảng 1,6 tỷ USD, tức", "khoảng 2,6 tỷ USD, tức")
    root = make_site({"content/bao-yagi.md": wrong})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    found = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert found == [
        "content/bao-yagi.md:15:32: warning: section 'summary' says '180 km/h' but the key "
        "figure 'sức gió mạnh nhất khi bão đổ bộ' (line 31) says '149\u00a0km/h'",
        "content/bao-yagi.md:19:25: warning: section 'summary' says '2,6 tỷ USD' but the key "
        "figure 'thiệt hại kinh tế ở Việt Nam' (line 35) says 'Khoảng 1,6 tỷ USD'",
        # The sentence names the five it counts: the count is held to them.
        "content/bao-yagi.md:45:18: warning: section 'prose' says 'chín quốc gia khác' but "
        "its sentence then names 5 countries"], result.stderr


@pytest.mark.parametrize(("second", "repeats"), [
    ("  - Thiệt hại kinh tế khoảng 1.600 triệu USD sau bão Yagi.\n", True),
    ("  - Thiệt hại kinh tế khoảng 2,6 tỷ USD sau bão Yagi.\n", False),
])
def test_vietnamese_takeaways_with_one_number_written_two_ways_repeat(second: str,
                                                                      repeats: bool) -> None:
    body = "--- takeaways\ntakeaways:\n  - Thiệt hại kinh tế khoảng 1,6 tỷ USD sau bão " \
        "Yagi.\n" + second + "---\n"
    found = warnings_of(body, VIETNAMESE)
    assert found == (["content/x.md:10: warning: takeaway repeats the one on line 9"]
                     if repeats else [])


@pytest.mark.parametrize(("text", "warned"), [
    # Another source's count is no slip beside the WHO's; the WHO's own, or one given to
    # no one, is.
    ("Hội Trăng lưỡi liềm đỏ Libya cho biết 11.300 người thiệt mạng ở Derna.", []),
    ("Theo Hội Trăng lưỡi liềm đỏ, 11.300 người thiệt mạng ở Derna.", []),
    ("Theo WHO, 4.100 người thiệt mạng ở Derna.", ["'4.100 người'"]),
    ("Lũ lụt khiến 11.300 người thiệt mạng ở Derna.", ["'11.300 người'"]),
])
def test_an_amount_another_source_gives_is_its_own(text: str, warned: list[str]) -> None:
    assert said_beside(text, "3.958", "người thiệt mạng ở Derna theo WHO", "vi") == warned


@pytest.mark.parametrize(("text", "warned"), [
    # A rate per 100,000 people is not held against a count; a count is.
    ("Congo ghi nhận 60 ca nghi mắc mpox trên 100.000 dân.", []),
    ("Congo ghi nhận 20.000 ca nghi mắc mpox.", ["'20.000 ca'"]),
])
def test_a_rate_per_people_is_no_count(text: str, warned: list[str]) -> None:
    assert said_of_rate(text, "25.000", "ca nghi mắc mpox ở Congo", "vi") == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Cases confirmed are not held against cases suspected; cases of no kind said are.
    ("Congo ghi nhận 5.000 ca mắc mpox được xác nhận.", []),
    ("Congo ghi nhận 15.000 ca nghi mắc mpox.", ["'15.000 ca'"]),
    ("Congo ghi nhận 15.000 ca mắc mpox.", ["'15.000 ca'"]),
])
def test_one_kind_is_not_held_against_the_other(text: str, warned: list[str]) -> None:
    assert said_of_rate(text, "25.000", "ca nghi mắc mpox ở Congo", "vi") == warned


LIVES = [
    ('vi', 'Nữ hoàng Elizabeth II, 1926–2022',
     ('Elizabeth chào đời ở London', 'Nữ hoàng qua đời'),
     'Nữ hoàng qua đời ngày 8 tháng 9 năm 2022, hưởng thọ 97 tuổi.', 1),
    ('vi', 'Nữ hoàng Elizabeth II, 1926–2022',
     ('Elizabeth chào đời ở London', 'Nữ hoàng qua đời'),
     'Nữ hoàng qua đời ngày 8 tháng 9 năm 2022, hưởng thọ 96 tuổi.', 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_vietnamese(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


LEVELS_ON = [
    ('vi', 'thuế quan của Mỹ với hàng Trung Quốc',
     'Thuế quan của Mỹ với hàng Trung Quốc là 10%, sau đó tăng lên 145%.',
     []),
    ('vi', 'thuế quan của Mỹ với hàng Trung Quốc',
     'Thuế quan của Mỹ với hàng Trung Quốc là 10%.',
     ["'10%'"]),
]


@pytest.mark.parametrize(("language", "label", "text", "warned"), LEVELS_ON)
def test_a_level_taken_on_to_the_next_is_an_earlier_one_in_vietnamese(
        language: str, label: str, text: str, warned: list[str]) -> None:
    """The 10% a tariff went up from is history: only the level it reached is held to 145%."""
    front = f"---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {"145%": label}, front) == warned
