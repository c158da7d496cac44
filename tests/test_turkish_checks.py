"""The editorial checks of numbers read Turkish as Turkish papers print it: "50.000" and "7,8",
scales after the number ("50 bin", "3 milyon", "104 milyar dolar"), a percentage's sign or word
before its number ("yüzde 16", "%16"), qualifiers after it ("50 binden fazla"), and the noun
after its number, singular and with its endings ("11 ilde", "dokuz ülkeyi"); "bir" (a, one), a
day and its month ("6 Şubat 2023") and a year ("2023'te") count nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, story_warnings
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_economy_claims import said_beside as said_of_change

STORY = Path(__file__).parent / "fixtures" / "languages" / "turkish.md"
FRONT = "---\ntitle: T\ndek: D\npublished: 2023-04-20\nlanguage: tr\n---\n"
FIGURES = """
--- figures
figures:
  - value: "7,8"
    label: ilk depremin büyüklüğü
  - value: "7,5"
    label: ikinci depremin büyüklüğü
  - value: "11"
    label: afet bölgesi ilan edilen il
  - value: 50.000'den fazla
    label: Türkiye'de hayatını kaybeden kişi
  - value: Yaklaşık 3 milyon
    label: yerinden edilen kişi
  - value: Yaklaşık 104 milyar dolar
    label: hükümet raporuna göre toplam hasar
  - value: "%16"
    label: bölgede yaşayanların Türkiye nüfusundaki payı
---
--- countries
countries:
  - {name: Türkiye, role: lead}
  - {name: Syria, role: affected}
---
"""


def said(text: str) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES, FRONT))


@pytest.mark.parametrize(("text", "warned"), [
    # A percentage, its sign or word before the number or its sign after it, an ending joined.
    ("Bölge, Türkiye nüfusunun yüzde 61'ini barındırıyor.", ["'yüzde 61'"]),
    ("Bölge, Türkiye nüfusunun %61'ini barındırıyor.", ["'%61'"]),
    ("Bölge, Türkiye nüfusunun % 61'ini barındırıyor.", ["'% 61'"]),
    ("Bölge, Türkiye nüfusunun 61%'ini barındırıyor.", ["'61%'"]),
    ("Bölge, Türkiye nüfusunun yüzde 16'sını barındırıyor.", []),
    ("Bölge, Türkiye nüfusunun %16'sını barındırıyor.", []),
    # A count, its noun singular with its endings, the number's scale and its qualifiers.
    ("Hükümet 12 ili afet bölgesi ilan etti.", ["'12 ili'"]),
    ("Hükümet 11 ili afet bölgesi ilan etti.", []),
    ("Afet bölgesi ilan edilen 14 ilde okullar kapandı.", ["'14 ilde'"]),
    ("Afet bölgesi ilan edilen 11 ilde okullar kapandı.", []),
    ("Yaklaşık 5 milyon kişi yerinden edildi.", ["'5 milyon kişi'"]),
    ("Yaklaşık 3 milyon kişi yerinden edildi.", []),
    ("3 milyon civarında kişi yerinden edildi.", []),
    ("3 milyona yakın kişi yerinden edildi.", []),
    ("Türkiye'de yaklaşık 40.000 kişi hayatını kaybetti.", ["'40.000 kişi'"]),
    ("Türkiye'de 50 binden fazla kişi hayatını kaybetti.", []),
    ("Türkiye'de 50.000'den fazla kişi hayatını kaybetti.", []),
    ("Türkiye'de 50 bini aşkın kişi hayatını kaybetti.", []),
    ("Türkiye'de 60 bin kişi hayatını kaybetti.", []),
    # Magnitudes, each held against its own quake's.
    ("7,6 büyüklüğündeki ilk deprem Pazarcık'ı vurdu.", ["'7,6 büyüklüğündeki'"]),
    ("7,8 büyüklüğündeki ilk deprem Pazarcık'ı vurdu.", []),
    ("Dokuz saat sonra 7,2 büyüklüğündeki ikinci deprem geldi.", ["'7,2 büyüklüğündeki'"]),
    ("Dokuz saat sonra 7,5 büyüklüğündeki ikinci deprem geldi.", []),
    # The locative with the copula after it ("was of magnitude"), read as the locative.
    ("İlk deprem 6,4 büyüklüğündeydi.", ["'6,4 büyüklüğündeydi'"]),
    ("İlk deprem 7,8 büyüklüğündeydi.", []),
    ("İkinci deprem 7,2 büyüklüğündedir.", ["'7,2 büyüklüğündedir'"]),
    ("İkinci deprem 7,5 büyüklüğündedir.", []),
    # One more quake than the numbered ones has a magnitude of its own; the first is still
    # held against its figure in the same shape.
    ("20 Şubat'ta Hatay'da 6,4 büyüklüğünde yeni bir deprem oldu.", []),
    ("İlk depremden 14 gün sonra, Hatay'da 6,4 büyüklüğünde bir deprem daha oldu.", []),
    ("İlk depremden 14 gün sonra, Hatay'da 6,4 büyüklüğünde başka bir deprem oldu.", []),
    ("20 Şubat'ta Hatay'da 6,4 büyüklüğünde ilk deprem oldu.", ["'6,4 büyüklüğünde'"]),
    ("Bir deprem daha oldu; 6,4 büyüklüğündeki ilk deprem Pazarcık'ı vurdu.",
     ["'6,4 büyüklüğündeki'"]),
    # Money named after the number, its endings joined, or signed before it.
    ("Hükümet raporuna göre toplam hasar 140 milyar dolar.", ["'140 milyar dolar'"]),
    ("Hükümet raporuna göre toplam hasar 140 milyar dolarlık.", ["'140 milyar dolarlık'"]),
    ("Hükümet raporuna göre toplam hasar $140 milyar.", ["'$140 milyar'"]),
    ("Hükümet raporuna göre toplam hasar yaklaşık 104 milyar dolar.", []),
    ("Hükümet raporuna göre toplam hasar 104 milyar dolarlık.", []),
    ("Hükümet raporuna göre toplam hasar 1,5 milyar TL'lik yardımın çok üstünde.", []),
])
def test_amounts_in_turkish(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("Depremler dokuz ülkeyi etkiledi.", ["'dokuz ülkeyi'"]),
    ("Depremler 9 ülkede can aldı.", ["'9 ülkede'"]),
    ("Depremler iki ülkede can aldı.", []),
    ("Türkiye ve dokuz ülke daha etkilendi.", ["'dokuz ülke daha'"]),
    ("Türkiye ve bir ülke daha etkilendi.", []),
    ("Diğer 9 ülke de etkilendi.", ["'Diğer 9 ülke'"]),
    ("Türkiye dışında dokuz ülkede can kaybı yaşandı.", ["'dokuz ülkede'"]),
    ("30'dan fazla ülke etkilendi.", ["'30'dan fazla ülke'"]),
    ("En az 2 ülke etkilendi.", []),
    # Capitals: Turkish's İ is the capital of i, its I that of ı.
    ("Türkiye ve YEDİ ülke daha etkilendi.", ["'YEDİ ülke daha'"]),
    ("KIRK ÜLKE ETKİLENDİ.", ["'KIRK ÜLKE'"]),
    ("İki ülke etkilendi.", []),
])
def test_counts_of_countries_in_turkish(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize("text", [
    "6 Şubat 2023'te saat 04.17'de 7,8 büyüklüğünde bir deprem meydana geldi.",
    "Depremler 6 Şubat'ta başladı; 2023'te bölgeye 1,5 milyar TL'lik yardım ulaştı.",
    "Bir ülke yardım göndermedi; bir kişi bile kurtarılamadı.",
    "Bölgede yaklaşık 14 milyon kişi yaşıyor; bu, Türkiye nüfusunun yüzde 16'sı.",
    "Ekipler enkaz altından 5-10 gün sonra bile canlı insan çıkardı.",
    "Konutların yüzde 20 ile 30 arasında olanı hâlâ kullanılamaz durumda.",
    "Evlerin yüzde 5-10'u yıkıldı; %50'si hasar gördü.",
    "Bu iki ülke arasındaki sınır kapısı 2. gün açıldı.",
    "AB üyesi 27 ülke yardım gönderdi.",
    "Her 5 kişiden 2'si evini kaybetti.",
])
def test_careful_turkish_prose_gets_no_false_warning(text: str) -> None:
    assert said(text) == []


def test_the_earthquake_explainer_in_turkish_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/deprem.md": STORY.read_text(encoding="utf-8")})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr


@pytest.mark.parametrize(("right", "wrong", "message"), [
    ("7,8 büyüklüğünde bir deprem", "7,6 büyüklüğünde bir deprem",
     "content/deprem.md:14:67: warning: section 'summary' says '7,6 büyüklüğünde' but the key "
     "figure 'ilk depremin büyüklüğü' (line 39) says '7,8'"),
    ("  - 11 il afet", "  - 14 il afet",
     "content/deprem.md:32:5: warning: takeaway says '14 il' but the key figure 'afet bölgesi "
     "ilan edilen il' (line 43) says '11'"),
    ("Yaklaşık 3 milyon kişi yerinden", "Yaklaşık 5 milyon kişi yerinden",
     "content/deprem.md:20:21: warning: section 'summary' says '5 milyon kişi' but the key "
     "figure 'yerinden edilen kişi' (line 47) says 'Yaklaşık 3 milyon'"),
    ("iki ülkede can", "üç ülkede can",
     "content/deprem.md:61:11: warning: section 'prose' says 'üç ülkede' but the country list "
     "has 2 countries"),
])
def test_a_slip_in_the_earthquake_explainer_is_warned_of(
        make_site: Callable[..., Path], right: str, wrong: str, message: str) -> None:
    story = STORY.read_text(encoding="utf-8")
    assert right in story
    root = make_site({"content/deprem.md": story.replace(right, wrong, 1)})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert message in result.stderr, result.stderr


LIVES = [
    ('tr', 'Kraliçe II. Elizabeth, 1926–2022',
     ("Elizabeth Londra'da doğdu", 'Kraliçe hayatını kaybetti'),
     "Kraliçe 8 Eylül 2022'de 97 yaşında hayatını kaybetti.", 1),
    ('tr', 'Kraliçe II. Elizabeth, 1926–2022',
     ("Elizabeth Londra'da doğdu", 'Kraliçe hayatını kaybetti'),
     "Kraliçe 8 Eylül 2022'de 96 yaşında hayatını kaybetti.", 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_turkish(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


FALLS = [
    ('tr', '−%64', 'üçüncü çeyrekte faaliyet kârındaki düşüş',
     'Üçüncü çeyrekte faaliyet kârı %46 düştü.', ["'%46'"]),
    ('tr', '−%64', 'üçüncü çeyrekte faaliyet kârındaki düşüş',
     'Üçüncü çeyrekte faaliyet kârı %64 düştü.', []),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), FALLS)
def test_a_change_is_held_against_a_figure_whose_label_names_one_in_turkish(
        language: str, value: str, label: str, text: str, warned: list[str]) -> None:
    """A fall of 46% beside a figure of a fall of 64% is a warning; one of 64% agrees, and is
    no level of +64% either."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-01-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {value: label}, front) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # A change given after its amount, by so much; the level it reaches ("%5'e") still warns.
    ("İhracatın payı geçen yıl yüzde 5 arttı.", []),
    ("İhracatın payı geçen yıl %5 geriledi.", []),
    ("İhracatın payı yüzde 5 oranında azaldı.", []),
    ("İhracatın payında %5'lik artış oldu.", []),
    ("İhracatın payı geçen yıl yüzde 5'e yükseldi.", ["'yüzde 5'"]),
    ("İhracatın payı yüzde 5 oldu.", ["'yüzde 5'"]),
])
def test_a_change_after_its_amount_is_no_level_in_turkish(text: str,
                                                          warned: list[str]) -> None:
    assert said_of_change(text, {"%12": "ihracatın payı"}, FRONT) == warned


GRAIN = Path(__file__).parent / "fixtures" / "languages" / "turkish-grain.md"


def test_a_grain_deal_explainer_in_turkish_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert story_warnings(make_site, "grain", GRAIN.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("right", "wrong", "message"), [
    ("Taşınan ürünlerin yüzde 51'i mısır",
     "Taşınan ürünlerin yüzde 15'i mısır",
     "content/grain.md:32:23: warning: takeaway says 'yüzde 15' but the key figure 'taşınan "
     "ürünlerde mısırın payı' (line 42) says '%51'"),
    ("Merkezde\nTürkiye, Rusya, Ukrayna ve BM'den heyetler",
     'Merkezde\naltı ülkeden heyetler',
     "content/grain.md:54:1: warning: section 'prose' says 'altı ülkeden' but the country list "
     "has 5 countries"),
])
def test_a_slip_in_the_grain_deal_explainer_in_turkish_is_warned_of(
        make_site: Callable[..., Path], right: str, wrong: str, message: str) -> None:
    story = GRAIN.read_text(encoding="utf-8")
    assert right in story
    assert story_warnings(make_site, "grain", story.replace(right, wrong, 1)) == [message]


CARRIED = "\n--- figures\nfigures:\n  - value: 32,9 milyon ton\n" \
    "    label: koridordan taşınan tahıl\n---\n"


@pytest.mark.parametrize(("text", "warned"), [
    # A passive verb in the past meets its participle: "taşındı" is the label's "taşınan".
    ("Koridordan bir yılda 23,9 milyon ton ürün taşındı.", ["'23,9 milyon ton'"]),
    ("Koridordan bir yılda 23,9 milyon ton ürün taşınmıştı.", ["'23,9 milyon ton'"]),
    ("Koridordan bir yılda 32,9 milyon ton ürün taşındı.", []),
    # Another verb is another thing: what was sold is not what was carried.
    ("Koridordan bir yılda 23,9 milyon ton ürün satıldı.", []),
])
def test_a_verb_in_the_past_meets_its_participle_in_turkish(text: str,
                                                            warned: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + CARRIED, FRONT)) == warned


DECLARED = ("\n--- timeline\nsource: https://www.afad.gov.tr/\nevents:\n  - date: 2023-02-07\n"
            "    title: 11 ilde olağanüstü hal ilan edildi\n---\n")


@pytest.mark.parametrize(("text", "warned"), [
    # "ilan etti" (declared) is the act of a title's "ilan edildi" (was declared): held to it.
    ("Erdoğan 8 Şubat 2023'te 11 ilde olağanüstü hal ilan etti.", True),
    ("Erdoğan 8 Şubat'ta 11 ilde olağanüstü hal ilan ettiğini açıkladı.", True),
    ("Erdoğan 7 Şubat 2023'te 11 ilde olağanüstü hal ilan etti.", False),
    # A day another act has, a start, is still none of the declaration's.
    ("Olağanüstü hal 11 ilde 8 Şubat 2023'te başladı.", False),
])
def test_a_declaration_in_the_title_is_the_sentences_act_in_turkish(text: str,
                                                                     warned: bool) -> None:
    found = [w for w in warnings_of(f"--- summary\n---\n{text}\n" + DECLARED, FRONT)
             if " gives " in w]
    assert bool(found) == warned, found


QUAKES = """
--- timeline
source:
  title: AFAD
  url: https://www.afad.gov.tr/
events:
  - date: 2023-02-06 04:17 +03:00
    title: Pazarcık merkezli 7,8 büyüklüğünde deprem
  - date: 2023-02-06 13:24 +03:00
    title: Elbistan merkezli 7,5 büyüklüğünde deprem
  - date: {date}
    title: {title}
---
"""


@pytest.mark.parametrize(("date", "title", "warned"), [
    # A quake dated after the first one's day is a later quake, not the first.
    ("2023-02-20 20:04 +03:00", "Hatay'da 6,4 büyüklüğünde deprem", []),
    ("2023-02-20", "Hatay'da 6,4 büyüklüğünde deprem", []),
    # So is one of the first quake's day at a later time; one of that day without a time may be
    # it, and one the title calls the first is it: another magnitude is a slip.
    ("2023-02-06 23:10 +03:00", "Hatay'da 6,4 büyüklüğünde deprem", []),
    ("2023-02-06", "Hatay'da 6,4 büyüklüğünde deprem", ["'6,4 büyüklüğünde'"]),
    ("2023-02-20", "Hatay'da 6,4 büyüklüğünde ilk deprem", ["'6,4 büyüklüğünde'"]),
])
def test_a_timeline_quake_after_the_first_one_is_not_the_first(
        date: str, title: str, warned: list[str]) -> None:
    """A figure of the first quake is held against the events of its day only."""
    body = "--- summary\n---\nDepremler.\n" + FIGURES + QUAKES.format(date=date, title=title)
    assert stated(warnings_of(body, FRONT)) == warned


AFFECTED = """
--- figures
figures:
  - value: "11"
    label: etkilenen il
---
"""


@pytest.mark.parametrize(("text", "warned"), [
    # The active verb in the past ("etkiledi") and its passive participle ("etkilenen", the
    # affected) are one verb: the count is of the figure's provinces.
    ("Depremler 12 ili etkiledi.", ["'12 ili'"]),
    ("Depremler 11 ili etkiledi.", []),
    ("Depremlerden 12 il etkilendi.", ["'12 il'"]),
    ("Depremlerden 11 il etkilendi.", []),
])
def test_a_count_of_what_a_verb_acts_on_meets_its_passive_label(
        text: str, warned: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + AFFECTED, FRONT)) == warned
