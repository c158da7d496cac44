"""The lists of countries and tags in the order readers of each language look names up."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from .helpers import run_cli, soup, write_project

STORY = """---
title: {title}
dek: D.
published: 2024-06-{day:02d}
language: {language}
tags: [{tags}]
---

--- countries
countries: [{countries}]
---
"""



def decomposed(text: str) -> str:
    """Return a text as some keyboards and pastes give it: each accent a mark of its own."""
    return unicodedata.normalize("NFD", text)


# By language: the countries and the tags of an explainer, each in the order the lists show;
# a tag typed decomposed sorts as it does typed whole.
ORDERS = {
    # Ç, Ş and Ü after C, S and U and every word that goes on with them; the dotless I
    # (Irak) before the dotted İ (İran).
    "tr": ({"DZ": "Cezayir", "TD": "Çad", "IQ": "Irak", "IR": "İran", "SD": "Sudan",
            "CL": "Şili", "UG": "Uganda", "JO": "Ürdün"},
           ("Cami", "Çevre", "Irmak", decomposed("İnşaat"), "Seçim", decomposed("Şehir"))),
    "sv": ({"DK": "Danmark", "ZM": "Zambia", "ZW": "Zimbabwe", "AT": "Österrike"},
           ("Ekonomi", "Val", "Översvämning")),
    "pl": ({"LT": "Litwa", "LU": "Luksemburg", "LV": "Łotwa", "MA": "Maroko"},
           ("Leki", "Ład", decomposed("Środowisko"))),
    # Є and І stand among the letters of the alphabet, not after Я.
    "uk": ({"EG": "Єгипет", "IN": "Індія", "IT": "Італія", "JO": "Йорданія", "KE": "Кенія",
            "UA": "Україна"}, ("Вибори", "Економіка", "Інфляція", "Японія")),
    # Й is a letter of its own, after И.
    "ru": ({"IL": "Израиль", "IT": "Италия", "YE": "Йемен", "KE": "Кения"},
           ("Выборы", "Йогурт", "Экономика")),
    # Ђ, Ј, Љ, Њ, Ћ and Џ stand in Serbian's alphabet, after Д, И, Л, Н, Т and Ч, not after Я.
    "sr": ({"IQ": "Ирак", "IT": "Италија", "JP": "Јапан", "YE": "Јемен", "KE": "Кенија",
            "TD": "Чад", "CL": "Чиле", "DJ": "Џибути", "CH": "Швајцарска"},
           ("Дрина", "Ђаци", "Жабаљ", "Јадар", "Лозница", "Љубав", "Нафта", "Његош",
            "Тара", "Ћуприја", "Ужице", "Чачак", "Џамија", "Шабац")),
    # The kaf an Arabic keyboard types (ك) is the letter after qaf, not one after yeh.
    "ar": ({"IQ": "العراق", "KW": "الكويت", "MA": "المغرب", "US": "الولايات المتحدة",
            "QA": "قطر", "CA": "كندا", "LB": "لبنان", "EG": "مصر"},
           ("اقتصاد", "قضاء", "كهرباء", "مياه")),
    # پ, چ, ژ and گ after ب, ج, ز and ک, not after every Arabic letter; ه after و.
    "fa": ({"BR": "برزیل", "PK": "پاکستان", "TR": "ترکیه", "CN": "چین", "JP": "ژاپن",
            "KE": "کنیا", "GE": "گرجستان", "LB": "لبنان", "VN": "ویتنام", "IN": "هند"},
           ("بودجه", "پول", "جنگ", "چاپ", "کار", "گاز", "ورزش", "هوا")),
    # Ch is a letter of its own, after H; a tag in Chinese is no Ch (its 一 is no stand-in).
    "cs": ({"HN": "Honduras", "CL": "Chile", "IN": "Indie"},
           ("Hory", "Chata", "Indie", "一带一路")),
    # ă, â, đ, ê, ô, ơ and ư after a, d, e, o and u and every word that goes on with them,
    # whatever tone mark they carry (Ấn Độ is â, Tổ chức ô); the tone marks are accents:
    # Ả Rập Xê-út among the A's, Úc before Uganda.
    "vi": ({"SA": "Ả Rập Xê-út", "EG": "Ai Cập", "AZ": "Azerbaijan", "IN": "Ấn Độ",
            "BS": "Bahamas", "MK": "Bắc Macedonia", "BY": "Belarus", "BE": "Bỉ", "BO": "Bolivia",
            "PT": "Bồ Đào Nha", "BR": "Brazil", "DM": "Dominica", "DK": "Đan Mạch", "DE": "Đức",
            "ER": "Eritrea", "OM": "Oman", "AU": "Úc", "UG": "Uganda", "UZ": "Uzbekistan"},
           ("An ninh", "Ăn uống", "Âm nhạc", "Dân số", "Du lịch", "Đầu tư", "Olympic",
            "Ô nhiễm", "Toà án", decomposed("Tổ chức"), "Uỷ ban", decomposed("Ứng cử"), "Ưu tiên")),
    # Cs, dzs, sz... after c, d, s... and every word that goes on with them; ö and ő after o,
    # ü and ű after u; ssz is sz and sz (Visszaélés after Viszály).
    "hu": ({"CL": "Chile", "CY": "Ciprus", "CW": "Curaçao", "TD": "Csád", "CZ": "Csehország",
            "DK": "Dánia", "DJ": "Dzsibuti", "IT": "Olaszország", "OM": "Omán",
            "RU": "Oroszország", "AM": "Örményország", "TV": "Tuvalu", "TM": "Türkmenisztán",
            "UA": "Ukrajna", "UZ": "Üzbegisztán"},
           ("Civil", "Cukor", "Csalás", "Oktatás", "Ország", "Örökség", decomposed("Ősz"),
            "Viszály", "Visszaélés")),
    # Tamil in its alphabet's order, which Unicode's is not: ம before ன (Cambodia before
    # Canada), ல வ ழ ள ற ன, then the Grantha letters ஜ ஸ ஹ after every Tamil one.
    "ta": ({"KH": "கம்போடியா", "CA": "கனடா", "CN": "சீனா", "TG": "டோகோ", "RU": "ரஷ்யா",
            "LB": "லெபனான்", "VN": "வியட்நாம்", "JP": "ஜப்பான்", "CH": "ஸ்விட்சர்லாந்து",
            "HT": "ஹைட்டி"},
           ("அரசியல்", "சட்டம்", "வணிகம்", "ஜனநாயகம்")),
    # Simplified Chinese in the order of its pinyin, as CLDR's default collation for Chinese
    # has it (not in the order Unicode encodes the ideographs: 中国 first, 先锋 before 外交);
    # a syllable before every longer one (西安, xi an, before 先锋, xian); Latin letters first.
    "zh": ({"EG": "埃及", "BR": "巴西", "DE": "德国", "RU": "俄罗斯", "FR": "法国",
            "KE": "肯尼亚", "US": "美国", "JP": "日本", "SA": "沙特阿拉伯", "SD": "苏丹",
            "IN": "印度", "CN": "中国"},
           ("G20", "安全", "经济", "外交", "西安", "先锋", "选举")),
    # Japanese as CLDR's collation for it has it: katakana with the hiragana of their sounds
    # (イタリア料理 before いわて), then kanji in JIS X 0208's order, by reading (韓国, kan, before
    # 中国, chuu; 外交, gai, before 経済, kei), not in the order Unicode encodes them.
    "ja": ({"US": "アメリカ合衆国", "GB": "イギリス", "IT": "イタリア", "IN": "インド",
            "EG": "エジプト", "KE": "ケニア", "TD": "チャド", "DE": "ドイツ", "BR": "ブラジル",
            "KR": "韓国", "CN": "中国", "JP": "日本"},
           ("G7", "イタリア料理", "いわて", "エネルギー", "外交", "経済", "政治", "選挙", "地震")),
    # In French, accents are no letters of their own: Égypte among the E's.
    "fr": ({"EG": "Égypte", "EE": "Estonie", "ZM": "Zambie"},
           ("Économie", "Élections", "Sécurité")),
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_project(tmp_path_factory.mktemp("alphabets"), {
        f"content/{language}.md": STORY.format(
            title=language, day=day, language=language,
            tags=", ".join(reversed(tags)),
            countries=", ".join(f"{{name: {code}}}" for code in reversed(countries)))
        for day, (language, (countries, tags)) in enumerate(ORDERS.items(), start=1)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    return root / "public"


@pytest.mark.parametrize("language", ORDERS)
def test_countries_are_listed_in_the_order_of_the_alphabet(out: Path, language: str) -> None:
    index = soup(out / language / "countries/index.html")
    shown = [a.get_text(strip=True) for a in index.select(".country-list a")]
    assert shown == list(ORDERS[language][0].values())


@pytest.mark.parametrize("language", ORDERS)
def test_tags_are_listed_in_the_order_of_the_alphabet(out: Path, language: str) -> None:
    index = soup(out / language / "tags/index.html")
    shown = [a.contents[0].strip() for a in index.select("nav.tags li a")]
    assert shown == list(ORDERS[language][1])
