"""Five explainers as Swahili, Hindi, Indonesian, Vietnamese and Polish newsrooms write them (a
drought and food prices, a rail accident with a toll that rose and fell, a volcanic eruption, rice
exports, a border crisis) are checked with no warning; a slip planted in each is warned about,
with its file, line and column; and an amount per a time ("2.000 kasus per minggu", "visa 2,000
kila wiki", "हर हफ्ते 2,000 मामले") is no total beside a figure of a year."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings
from .test_rates_per_people import said_of_rate

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
STORIES = ["swahili-ukame.md", "hindi-rail.md", "indonesian-erupsi.md", "vietnamese-gao.md",
           "polish-granica.md"]


@pytest.mark.parametrize("name", STORIES)
def test_a_careful_explainer_gives_no_warning(make_site: Callable[..., Path], name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert explainer_warnings(make_site, name, text, read=True) == []


SLIPS = [
    ("swahili-ukame.md", "uliomba dola bilioni 7 kwa msaada wa mwaka 2023.\n---",
     "uliomba dola bilioni 9 kwa msaada wa mwaka 2023.\n---",
     "31:30: warning: takeaway says 'dola bilioni 9' but the key figure 'msaada ulioombwa na "
     "Umoja wa Mataifa kwa mwaka 2023' (line 42) says 'Dola bilioni 7'"),
    ("swahili-ukame.md", "  - Watu milioni 23 nchini Kenya, Ethiopia na Somalia",
     "  - Watu milioni 23 katika nchi nane",
     "28:28: warning: takeaway says 'nchi nane' but the country list has 5 countries"),
    ("hindi-rail.md", "  - हादसे में 275 लोगों", "  - हादसे में 257 लोगों",
     "28:15: warning: takeaway says '257 लोगों'"),
    ("hindi-rail.md", "शुक्रवार रात तक 50 लोगों", "भारत समेत 7 देशों ने शोक जताया। शुक्रवार रात तक 50 लोगों",
     "51:11: warning: section 'prose' says '7 देशों' but the country list has 4 countries"),
    ("indonesian-erupsi.md", "  - Sekitar 10.000 rumah rusak", "  - Sekitar 12.000 rumah rusak",
     "31:13: warning: takeaway says '12.000 rumah' but the key figure 'rumah rusak' (line 43) "
     "says 'Sekitar 10.000'"),
    ("indonesian-erupsi.md", "Malaysia\nAirlines membatalkan",
     "Lima negara terdampak. Malaysia\nAirlines membatalkan",
     "64:89: warning: section 'prose' says 'Lima negara' but the country list has 3 countries"),
    ("vietnamese-gao.md", "  - Việt Nam xuất khẩu 9,03 triệu tấn",
     "  - Việt Nam xuất khẩu 8,03 triệu tấn",
     "28:24: warning: takeaway says '8,03 triệu tấn' but the key figure 'gạo xuất khẩu năm 2024' "
     "(line 36) says '9,03 triệu tấn'"),
    ("vietnamese-gao.md", "Gạo là lương thực", "Bảy quốc gia bị ảnh hưởng. Gạo là lương thực",
     "23:1: warning: section 'why-it-matters' says 'Bảy quốc gia' but the country list has 5 "
     "countries"),
    ("polish-granica.md", "odnotowała ok. 26 tys. prób", "odnotowała ok. 29 tys. prób",
     "29:46: warning: takeaway says '29 tys. prób przekroczenia' but the key figure 'prób "
     "nielegalnego przekroczenia granicy w 2023 r.' (line 37) says 'ok. 26 tys.'"),
    ("polish-granica.md", "na granicę z Polską, Litwą i Łotwą.",
     "na granicę z Polską i pięcioma innymi krajami.",
     "17:44: warning: section 'summary' says 'pięcioma innymi krajami' but the country list "
     "has 4 countries"),
]


@pytest.mark.parametrize(("name", "right", "wrong", "warned"), SLIPS)
def test_a_slip_in_the_explainer_is_warned_about(make_site: Callable[..., Path], name: str,
                                                 right: str, wrong: str, warned: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert right in text
    found = explainer_warnings(make_site, name, text.replace(right, wrong, 1), read=True)
    assert len(found) == 1 and found[0].startswith(f"content/{name}:{warned}"), found


RATES = [
    # An amount per a time is held only against figures per the same time; a total, or an
    # amount for a span ("kwa wiki sita", for six weeks), against the year's.
    ("sw", "25,000", "visa vya homa ya dengi mwaka 2024",
     "Nairobi ilirekodi visa 2,000 vya homa ya dengi kwa wiki.", []),
    ("sw", "25,000", "visa vya homa ya dengi mwaka 2024",
     "Nairobi ilirekodi visa 2,000 vya homa ya dengi kila wiki.", []),
    ("sw", "25,000", "visa vya homa ya dengi mwaka 2024",
     "Nairobi ilirekodi visa 2,000 vya homa ya dengi kwa wiki sita.", ["'visa 2,000'"]),
    ("sw", "25,000", "visa vya homa ya dengi kwa mwaka 2024",
     "Nairobi ilirekodi visa 2,000 vya homa ya dengi mwaka 2024.", ["'visa 2,000'"]),
    ("hi", "25,000", "डेंगू के मामले 2024 में", "दिल्ली में हर हफ्ते डेंगू के 2,000 मामले दर्ज हुए।", []),
    ("hi", "25,000", "डेंगू के मामले 2024 में",
     "दिल्ली में डेंगू के 2,000 मामले प्रति सप्ताह दर्ज हुए।", []),
    ("hi", "25,000", "डेंगू के मामले 2024 में", "दिल्ली में 2024 में डेंगू के 2,000 मामले दर्ज हुए।",
     ["'2,000 मामले'"]),
    ("id", "25.000", "kasus demam berdarah tahun 2024",
     "Jakarta mencatat 2.000 kasus demam berdarah per minggu.", []),
    ("id", "25.000", "kasus demam berdarah tahun 2024",
     "Jakarta mencatat 2.000 kasus demam berdarah seminggu.", []),
    ("id", "25.000", "kasus demam berdarah tahun 2024",
     "Seminggu kemudian Jakarta mencatat 2.000 kasus demam berdarah.", ["'2.000 kasus'"]),
    ("ms", "25,000", "kes denggi pada tahun 2024",
     "Selangor merekodkan 2,000 kes denggi setiap minggu.", []),
    ("ms", "25,000", "kes denggi pada tahun 2024",
     "Selangor merekodkan 2,000 kes denggi pada tahun 2024.", ["'2,000 kes'"]),
    ("vi", "25.000", "ca sốt xuất huyết trong năm 2024",
     "Hà Nội ghi nhận 2.000 ca sốt xuất huyết mỗi tuần.", []),
    ("vi", "25.000", "ca sốt xuất huyết trong năm 2024",
     "Hà Nội ghi nhận 2.000 ca sốt xuất huyết trong năm 2024.", ["'2.000 ca'"]),
    ("pl", "25 000", "przypadków dengi w Polsce w 2024 roku",
     "W Polsce odnotowano 3500 przypadków dengi tygodniowo.", []),
    ("pl", "25 000", "przypadków dengi w Polsce w 2024 roku",
     "W Polsce odnotowano 3500 przypadków dengi w 2024 roku.", ["'3500 przypadków'"]),
    ("pl", "25 000", "przypadków dengi w Polsce w rocznicy epidemii",
     "W Polsce odnotowano 3500 przypadków dengi w rocznicy epidemii.", ["'3500 przypadków'"]),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), RATES)
def test_an_amount_per_a_time_is_no_total(language: str, value: str, label: str, text: str,
                                          warned: list[str]) -> None:
    assert said_of_rate(text, value, label, language) == warned
