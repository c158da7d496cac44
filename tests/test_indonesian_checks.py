"""The editorial checks of numbers read Indonesian and Malay: the number before its noun,
which does not change for the plural ("lima negara", "82 kerusi"), "lain" after it ("sembilan
negara lain"), money's sign before ("Rp 1,5 triliun", "RM2.5 bilion"), "persen" and
"peratus"; Indonesian's 1.000 and 2,5, Malaysia's 1,000 and 2.5, as CLDR writes them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_economy_claims import said_beside as said_of_change
from .test_fate_claims import said_beside
from .test_italian_counts import front_and_body
from .test_rates_per_people import said_of_rate

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
INDONESIAN, MALAY = FIXTURES / "indonesian.md", FIXTURES / "malay.md"
FRONT = "---\ntitle: T\ndek: D\npublished: 2024-06-26\nlanguage: {}\n---\n"
COUNTRIES = """
--- countries
countries:
  - {name: Indonesia, role: lead}
  - {name: Malaysia, role: contributing}
  - {name: Singapore, role: contributing}
  - {name: Thailand, role: contributing}
  - {name: Philippines, role: supporting}
---
"""


def said(text: str, language: str = "id") -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + COUNTRIES, FRONT.format(language)))


@pytest.mark.parametrize(("text", "warned"), [
    ("Indonesia memimpin misi bersama sembilan negara lain.", ["'sembilan negara lain'"]),
    ("Indonesia memimpin misi bersama empat negara lain.", []),
    ("Indonesia memimpin misi bersama 9 negara lainnya.", ["'9 negara lainnya'"]),
    ("Lima negara ikut serta dalam latihan itu.", []),
    ("Dua belas negara ikut serta dalam latihan itu.", ["'Dua belas negara'"]),
    ("Lebih dari 30 negara ikut serta.", ["'Lebih dari 30 negara'"]),
    ("Sekitar 5 negara ikut serta; hampir 5 negara menandatangani.", []),
    ("12 negara ikut serta selain Indonesia.", ["'12 negara'"]),
    ("Empat negara ikut serta selain Indonesia.", []),
    ("Dua negara itu bertemu di Jakarta; negara-negara lain menunggu.", []),
    ("Salah satu negara menolak, dan 27 negara anggota Uni Eropa mengamati.", []),
    ("Pada 2024 sebanyak 14 menteri dari 3 negara hadir.", []),
])
def test_counts_of_countries_in_indonesian(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("Malaysia menyertai misi bersama lapan negara lain.", ["'lapan negara lain'"]),
    ("Malaysia menyertai misi bersama empat negara lain.", []),
    ("Lebih daripada 30 negara menyertai latihan itu.", ["'Lebih daripada 30 negara'"]),
    ("Kira-kira 5 negara menyertai latihan itu.", []),
])
def test_counts_of_countries_in_malay(text: str, warned: list[str]) -> None:
    assert said(text, "ms") == warned


@pytest.mark.parametrize(("story", "right", "wrong", "warned"), [
    (INDONESIAN, "meraih 58,6 persen suara", "meraih 68,6 persen suara", ["'68,6 persen'"]),
    (INDONESIAN, "meraih **96,2 juta suara**", "meraih **86,2 juta suara**",
     ["'86,2 juta suara'"]),
    (INDONESIAN, "memperoleh 24,9 persen", "memperoleh 29,4 persen", ["'29,4 persen'"]),
    (INDONESIAN, "legislatif di 38 provinsi", "legislatif di 34 provinsi", ["'34 provinsi'"]),
    (INDONESIAN, "meraih 58,6 persen suara", "meraih 58,6% suara", []),
    (MALAY, "menang **82 kerusi**", "menang **86 kerusi**", ["'86 kerusi'"]),
    (MALAY, "PH menang 82 daripada", "Pakatan Harapan menang 28 daripada",
     ["'28 daripada 222 kerusi'"]),
    (MALAY, "mengundi 73.89 peratus", "mengundi 78.39 peratus", ["'78.39 peratus'"]),
    (MALAY, "mengundi 73.89 peratus", "mengundi 73.89%", []),
    (MALAY, "kira-kira RM1.1 bilion", "kira-kira RM1.9 bilion", ["'RM1.9 bilion'"]),
    (MALAY, "kira-kira RM1.1 bilion", "kira-kira RM1,100 juta", []),
])
def test_a_slip_in_an_election_explainer_is_warned_about(story: Path, right: str, wrong: str,
                                                         warned: list[str]) -> None:
    body, front = front_and_body(story)
    assert right in body
    assert stated(warnings_of(body.replace(right, wrong, 1), front)) == warned


@pytest.mark.parametrize("story", [INDONESIAN, MALAY])
def test_a_careful_election_explainer_gives_no_warning(story: Path) -> None:
    # Years, dates ("20 Maret 2024"), times, ranges ("5 sampai 10", "Antara 5 hingga 10"),
    # qualifiers ("sekitar", "lebih dari", "hampir", "kira-kira") and seat and vote counts.
    assert warnings_of(*front_and_body(story)) == []


FIGURES = """
--- figures
figures:
  - value: 58,6%
    label: suara sah untuk Prabowo–Gibran
  - value: 96,2 juta
    label: suara untuk Prabowo–Gibran
  - value: Rp 71,3 triliun
    label: anggaran untuk seluruh tahapan pemilu
---
"""


@pytest.mark.parametrize("text", [
    "Pada 14 Februari 2024, pukul 07.00 WIB, lebih dari 820.000 TPS dibuka di 38 provinsi.",
    "Prabowo, 72 tahun, meraih sekitar 96 juta suara, hampir 59 persen suara sah.",
    "Prabowo meraih lebih dari 96 juta suara untuk Prabowo–Gibran, 58,59 persen suara sah.",
    "Anggaran untuk seluruh tahapan pemilu mencapai Rp71,3 triliun, atau Rp 71.300 miliar.",
    "Hitung cepat memperkirakan suara sah untuk Prabowo–Gibran antara 57 dan 59 persen.",
    "Pada 20 Maret 2024 KPU mengumumkan hasil; gugatan diputus pada 22 April 2024.",
    "Ancaman hukuman bagi pelaku politik uang adalah 3-4 tahun penjara.",
])
def test_indonesian_news_numbers_are_not_warned_about(text: str) -> None:
    assert warnings_of(f"--- summary\n---\n{text}\n" + FIGURES, FRONT.format("id")) == []


def test_an_explainer_in_indonesian_is_checked_with_no_note(make_site: Callable[..., Path]
                                                            ) -> None:
    story = INDONESIAN.read_text(encoding="utf-8").replace(
        "Prabowo meraih 58,6 persen suara", "Prabowo meraih 68,6 persen suara")
    root = make_site({"content/pilpres.md": story})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr
    assert "content/pilpres.md:31:20: warning: takeaway says '68,6 persen' but the key figure " \
        "'suara sah untuk Prabowo–Gibran' (line 39) says '58,6%'" in result.stderr


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), [
    # Another source's count is no slip beside the WHO's; the WHO's own, or one given to
    # no one, is.
    ("id", "3.958", "orang tewas di Derna menurut WHO",
     "Bulan Sabit Merah Libya mengatakan 11.300 orang tewas di Derna.", []),
    ("id", "3.958", "orang tewas di Derna menurut WHO",
     "11.300 orang tewas di Derna, kata Bulan Sabit Merah.", []),
    ("id", "3.958", "orang tewas di Derna menurut WHO",
     "Menurut Bulan Sabit Merah, 11.300 orang tewas di Derna.", []),
    ("id", "3.958", "orang tewas di Derna menurut WHO",
     "Menurut WHO, 4.100 orang tewas di Derna.", ["'4.100 orang'"]),
    ("id", "3.958", "orang tewas di Derna menurut WHO",
     "Banjir menewaskan 11.300 orang di Derna.", ["'11.300 orang'"]),
    ("ms", "3,958", "orang terbunuh di Derna menurut WHO",
     "Bulan Sabit Merah Libya berkata 11,300 orang terbunuh di Derna.", []),
    ("ms", "3,958", "orang terbunuh di Derna menurut WHO",
     "Menurut Bulan Sabit Merah, 11,300 orang terbunuh di Derna.", []),
    ("ms", "3,958", "orang terbunuh di Derna menurut WHO",
     "Menurut WHO, 4,100 orang terbunuh di Derna.", ["'4,100 orang'"]),
    ("ms", "3,958", "orang terbunuh di Derna menurut WHO",
     "Banjir membunuh 11,300 orang di Derna.", ["'11,300 orang'"]),
])
def test_an_amount_another_source_gives_is_its_own(language: str, value: str, label: str,
                                                   text: str, warned: list[str]) -> None:
    assert said_beside(text, value, label, language) == warned


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), [
    # A rate per 100,000 people is not held against a count; a count is.
    ("id", "25.000", "kasus dugaan mpox di Kongo",
     "Kongo mencatat 60 kasus dugaan mpox per 100.000 penduduk.", []),
    ("id", "25.000", "kasus dugaan mpox di Kongo",
     "Kongo mencatat 60 kasus dugaan mpox setiap 100.000 penduduk.", []),
    ("id", "25.000", "kasus dugaan mpox di Kongo", "Kongo mencatat 20.000 kasus dugaan mpox.",
     ["'20.000 kasus'"]),
    ("id", "25.000", "kasus dugaan mpox di Kongo",
     "Kongo mencatat 20.000 kasus dugaan mpox per 1 Januari.", ["'20.000 kasus'"]),
    ("ms", "25,000", "kes disyaki mpox di Congo",
     "Congo mencatatkan 60 kes disyaki mpox bagi setiap 100,000 penduduk.", []),
    ("ms", "25,000", "kes disyaki mpox di Congo", "Congo mencatatkan 20,000 kes disyaki mpox.",
     ["'20,000 kes'"]),
])
def test_a_rate_per_people_is_no_count(language: str, value: str, label: str, text: str,
                                       warned: list[str]) -> None:
    assert said_of_rate(text, value, label, language) == warned


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), [
    # One of two kinds is not held against a figure of the other; the same kind, or none
    # said, is.
    ("id", "25.000", "kasus suspek mpox di Kongo",
     "Kongo mencatat 5.000 kasus mpox terkonfirmasi.", []),
    ("id", "25.000", "kasus suspek mpox di Kongo", "Kongo mencatat 15.000 kasus suspek mpox.",
     ["'15.000 kasus'"]),
    ("id", "3,05%", "inflasi tahunan Indonesia", "Inflasi bulanan Indonesia mencapai 0,5%.", []),
    ("id", "3,05%", "inflasi tahunan Indonesia", "Inflasi tahunan Indonesia mencapai 2,5%.",
     ["'2,5%'"]),
    ("ms", "25,000", "kes disyaki mpox di Congo",
     "Congo merekodkan 5,000 kes mpox yang disahkan.", []),
    ("ms", "25,000", "kes disyaki mpox di Congo", "Congo merekodkan 15,000 kes disyaki mpox.",
     ["'15,000 kes'"]),
])
def test_one_kind_is_not_held_against_the_other(language: str, value: str, label: str,
                                                text: str, warned: list[str]) -> None:
    assert said_of_rate(text, value, label, language) == warned


LIVES = [
    ('id', 'Ratu Elizabeth II, 1926–2022',
     ('Elizabeth lahir di London', 'Ratu Elizabeth wafat'),
     'Ratu Elizabeth II meninggal pada 8 September 2022 pada usia 97 tahun.', 1),
    ('id', 'Ratu Elizabeth II, 1926–2022',
     ('Elizabeth lahir di London', 'Ratu Elizabeth wafat'),
     'Ratu Elizabeth II meninggal pada 8 September 2022 pada usia 96 tahun.', 0),
    ('ms', 'Ratu Elizabeth II, 1926–2022',
     ('Elizabeth dilahirkan di London', 'Ratu Elizabeth mangkat'),
     'Baginda mangkat pada 8 September 2022 ketika berusia 97 tahun.', 1),
    ('ms', 'Ratu Elizabeth II, 1926–2022',
     ('Elizabeth dilahirkan di London', 'Ratu Elizabeth mangkat'),
     'Baginda mangkat pada 8 September 2022 ketika berusia 96 tahun.', 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_indonesian(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


FALLS = [
    ('id', '−64%', 'penurunan laba operasional kuartal ketiga',
     'Laba operasional kuartal ketiga turun 46%.', ["'46%'"]),
    ('id', '−64%', 'penurunan laba operasional kuartal ketiga',
     'Laba operasional kuartal ketiga turun 64%.', []),
    ('ms', '−64%', 'penurunan keuntungan operasi suku ketiga',
     'Keuntungan operasi suku ketiga menurun 46%.', ["'46%'"]),
    ('ms', '−64%', 'penurunan keuntungan operasi suku ketiga',
     'Keuntungan operasi suku ketiga menurun 64%.', []),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), FALLS)
def test_a_change_is_held_against_a_figure_whose_label_names_one_in_indonesian(
        language: str, value: str, label: str, text: str, warned: list[str]) -> None:
    """A fall of 46% beside a figure of a fall of 64% is a warning; one of 64% agrees, and is
    no level of +64% either."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-01-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {value: label}, front) == warned


LEVELS_ON = [
    ('id', 'tarif AS atas barang Tiongkok',
     'Tarif AS atas barang Tiongkok naik dari 10% menjadi 125%.',
     ["'125%'"]),
    ('id', 'tarif AS atas barang Tiongkok',
     'Tarif AS atas barang Tiongkok naik dari 10% menjadi 145%.',
     []),
    ('ms', 'tarif AS ke atas barangan China',
     'Tarif AS ke atas barangan China naik dari 10% kepada 125%.',
     ["'125%'"]),
    ('ms', 'tarif AS ke atas barangan China',
     'Tarif AS ke atas barangan China naik dari 10% kepada 145%.',
     []),
]


@pytest.mark.parametrize(("language", "label", "text", "warned"), LEVELS_ON)
def test_a_level_taken_on_to_the_next_is_an_earlier_one_in_indonesian(
        language: str, label: str, text: str, warned: list[str]) -> None:
    """The 10% a tariff went up from is history: only the level it reached is held to 145%."""
    front = f"---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {"145%": label}, front) == warned
