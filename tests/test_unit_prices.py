"""A price per a unit ("$627 a tonne", "$85/bbl", "627 dollars la tonne") is a rate, not a
total: it is held only against a figure per the same unit, never against a total."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

EARNINGS = ("$5.75 billion", "rice export earnings in 2024")
PRICE = ("$672", "average export price of rice per tonne in 2024")


def said(text: str, value: str, label: str, language: str = "en") -> list[str]:
    """Return what the warnings of a summary beside one figure say the text states."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-09-20\nlanguage: {language}\n---\n"
    figures = f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))


@pytest.mark.parametrize("price", [
    "$627/tonne", "$627 / t", "$650 per metric ton", "$627 a tonne", "$627 per tonne",
    "$85 a barrel", "$85/bbl", "$2,400 an ounce", "$18 a share", "$95/MWh", "$1.80 per litre",
    "$500 per household", "$2,000 per capita", "$12 an hour",
])
def test_a_price_per_a_unit_is_not_held_against_a_total(price: str) -> None:
    assert said(f"Rice export earnings in 2024 came at {price}.", *EARNINGS) == []


@pytest.mark.parametrize(("text", "warned"), [
    # A time after "a" is the time rule's, and no unit: these are totals.
    ("Rice export earnings in 2024 were $5 billion a year ago.", ["'$5 billion'"]),
    ("Rice export earnings in 2024 were $2 billion a day after the vote.", ["'$2 billion'"]),
    ("Rice export earnings in 2024 were $5 billion a share of the total.", ["'$5 billion'"]),
    ("Rice export earnings in 2024 were $5 billion per the ministry.", ["'$5 billion'"]),
    ("Rice export earnings in 2024 came at $5 billion.", ["'$5 billion'"]),
])
def test_a_total_still_warns_against_a_total(text: str, warned: list[str]) -> None:
    assert said(text, *EARNINGS) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("The average export price of rice in 2024 was $627 a tonne.", ["'$627'"]),
    ("The average export price of rice in 2024 was $627/t.", ["'$627'"]),
    ("The average export price of rice in 2024 was $672 a tonne.", []),
    ("The average export price of rice in 2024 was $672 per metric ton.", []),
    ("The average export price of rice in 2024 was $627 a barrel.", []),  # another unit
])
def test_a_price_per_a_unit_is_held_against_a_figure_per_the_same(
        text: str, warned: list[str]) -> None:
    assert said(text, *PRICE) == warned


def test_a_figure_s_value_may_give_its_unit_and_a_noun_any_unit() -> None:
    brent = ("$85/bbl", "average price of Brent crude in 2024")
    assert said("The average price of Brent crude in 2024 was $82 a barrel.", *brent) == \
        ["'$82'"]
    assert said("The average price of Brent crude in 2024 was $85 per barrel.", *brent) == []
    spending = ("$1,300", "average spending per household on energy in 2024")
    assert said("Average spending on energy in 2024 was $1,200 per household.", *spending) == \
        ["'$1,200'"]
    assert said("Average spending on energy in 2024 was $1,300 per household.", *spending) == []


# Each language: its total figure, a sentence that gives a price per a unit (silent) with
# "{}" for the amount, and the amount as a total (warned of).
LANGUAGES = [
    ("fr", "5,75 milliards de dollars", "recettes des exportations de riz en 2024",
     "Les recettes des exportations de riz en 2024 : {}.", "627 dollars",
     ["la tonne", "par tonne", "le mégawattheure", "par baril", "l'once", "au kilo"]),
    ("es", "5.750 millones de dólares", "ingresos por exportaciones de arroz en 2024",
     "Los ingresos por exportaciones de arroz en 2024: {}.", "627 dólares",
     ["por tonelada", "la tonelada", "el barril", "por acción"]),
    ("de", "5,75 Mrd. Dollar", "Einnahmen aus Reisexporten 2024",
     "Die Einnahmen aus Reisexporten 2024 lagen bei {}.", "627 Dollar",
     ["pro Tonne", "je Barrel", "je Megawattstunde", "je Aktie", "pro Bundesland"]),
    ("it", "5,75 miliardi di dollari", "entrate dalle esportazioni di riso nel 2024",
     "Le entrate dalle esportazioni di riso nel 2024: {}.", "627 dollari",
     ["al barile", "a tonnellata", "per tonnellata", "a testa"]),
    ("pt", "US$ 5,75 bilhões", "receitas das exportações de arroz em 2024",
     "As receitas das exportações de arroz em 2024: {}.", "US$ 627",
     ["por tonelada", "o barril", "a tonelada"]),
    ("vi", "5,75 tỷ USD", "kim ngạch xuất khẩu gạo năm 2024",
     "Kim ngạch xuất khẩu gạo năm 2024: {}.", "627 USD", ["/tấn", "mỗi tấn"]),
    ("id", "5,75 miliar dolar AS", "pendapatan ekspor beras tahun 2024",
     "Pendapatan ekspor beras tahun 2024 mencapai {}.", "627 dolar AS", ["per ton"]),
    ("pl", "5,75 mld dolarów", "przychody z eksportu ryżu w 2024 roku",
     "Przychody z eksportu ryżu w 2024 roku wyniosły {}.", "627 dolarów",
     ["za tonę", "za baryłkę"]),
    ("ru", "5,75 млрд долларов", "доходы от экспорта риса в 2024 году",
     "Доходы от экспорта риса в 2024 году составили {}.", "627 долларов", ["за тонну"]),
    ("hi", "5.75 अरब डॉलर", "2024 में चावल निर्यात की कमाई",
     "2024 में चावल निर्यात की कमाई {} रही।", "627 डॉलर", ["प्रति टन"]),
    ("sw", "dola bilioni 5.75", "mapato ya mauzo ya mchele nje mwaka 2024",
     "Mapato ya mauzo ya mchele nje mwaka 2024 yalikuwa {}.", "dola 627", ["kwa tani"]),
]


@pytest.mark.parametrize(("language", "value", "label", "sentence", "amount", "units"),
                         LANGUAGES, ids=[case[0] for case in LANGUAGES])
def test_each_language_s_price_per_a_unit_is_no_total(
        language: str, value: str, label: str, sentence: str, amount: str,
        units: list[str]) -> None:
    for unit in units:
        joined = amount + unit if unit.startswith("/") else f"{amount} {unit}"
        assert said(sentence.format(joined), value, label, language) == [], unit
    assert said(sentence.format(amount), value, label, language) == [f"'{amount}'"]


@pytest.mark.parametrize(("text", "language", "warned"), [
    # A thing after an article is the subject a verb comes before, not a unit.
    ("Costó 5.000 millones de dólares la acción militar en 2024.", "es",
     ["'5.000 millones de dólares'"]),
    # "per" is "for" in Italian, "par" "by" in French: no unit without one of a unit's words.
    ("Le entrate dalle esportazioni di riso nel 2024: 627 dollari per la scuola.", "it",
     ["'627 dollari'"]),
    ("Les recettes des exportations de riz en 2024 : 627 dollars par l'État.", "fr",
     ["'627 dollars'"]),
    ("Die Einnahmen aus Reisexporten 2024 lagen bei 627 Dollar je nach Quelle.", "de",
     ["'627 Dollar'"]),
])
def test_a_word_of_per_that_means_another_thing_makes_no_rate(
        text: str, language: str, warned: list[str]) -> None:
    figures = {"es": ("5.750 millones de dólares", "coste de la acción militar en 2024"),
               "it": ("5,75 miliardi di dollari", "entrate dalle esportazioni di riso nel 2024"),
               "fr": ("5,75 milliards de dollars", "recettes des exportations de riz en 2024"),
               "de": ("5,75 Mrd. Dollar", "Einnahmen aus Reisexporten 2024")}
    assert said(text, *figures[language], language) == warned


def test_a_price_per_tonne_against_a_price_per_tonne_in_french_and_german() -> None:
    french = ("672 dollars", "prix moyen du riz à l'export par tonne en 2024")
    assert said("Le prix moyen du riz à l'export en 2024 était de 627 dollars la tonne.",
                *french, "fr") == ["'627 dollars'"]
    assert said("Le prix moyen du riz à l'export en 2024 était de 672 dollars la tonne.",
                *french, "fr") == []
    german = ("672 Dollar", "durchschnittlicher Exportpreis für Reis je Tonne 2024")
    assert said("Der durchschnittliche Exportpreis für Reis lag 2024 bei 627 Dollar pro "
                "Tonne.", *german, "de") == ["'627 Dollar'"]
    assert said("Der durchschnittliche Exportpreis für Reis lag 2024 bei 672 Dollar pro "
                "Tonne.", *german, "de") == []


# Each language that gives a price's unit with a word of "per" on the far side: its total
# figure, a sentence with "{}" for the amount, the amount, the amount with its unit ("{}" the
# amount), and a figure per the same unit.
AROUND = [
    ("ko", "57억5천만 달러", "2024년 쌀 수출액", "2024년 쌀 수출가격은 {}였다.", "627달러",
     ["톤당 {}", "1톤당 {}", "배럴당 {}"], "쌀 톤당 평균 수출가격(2024년)"),
    ("ja", "57億5000万ドル", "2024年のコメ輸出額", "2024年のコメ輸出価格は{}だった。", "627ドル",
     ["1トン当たり{}", "トンあたり{}", "1株当たり{}"], "2024年のコメ1トン当たり平均輸出価格"),
    ("zh", "57.5亿美元", "2024年大米出口收入", "2024年大米出口价格为{}。", "627美元",
     ["每吨{}", "每桶{}", "人均{}"], "2024年每吨大米平均出口价格"),
    ("tr", "5,75 milyar dolar", "2024 pirinç ihracat geliri", "2024 pirinç ihracat fiyatı {}"
     " oldu.", "627 dolar", ["ton başına {}", "varil başına {}"],
     "2024 ton başına ortalama pirinç ihracat fiyatı"),
    ("ar", "5.75 مليار دولار", "عائدات صادرات الأرز في 2024", "بلغ سعر صادرات الأرز في 2024 {}.",
     "627 دولارا", ["{} للطن", "{} للبرميل", "{} لكل طن"], "متوسط سعر تصدير الأرز للطن في 2024"),
]


@pytest.mark.parametrize(("language", "value", "label", "sentence", "amount", "units", "per"),
                         AROUND, ids=[case[0] for case in AROUND])
def test_a_unit_said_before_the_amount_or_joined_to_its_per_makes_a_rate(
        language: str, value: str, label: str, sentence: str, amount: str, units: list[str],
        per: str) -> None:
    for unit in units:
        assert said(sentence.format(unit.format(amount)), value, label, language) == [], unit
    assert said(sentence.format(amount), value, label, language) == [f"'{amount}'"]
    priced = sentence.format(units[0].format(amount))
    assert said(priced, amount.replace("627", "672"), per, language) == [f"'{amount}'"]
    assert said(priced, amount, per, language) == []
    assert said(priced.replace("627", "672"), amount, per, language) == \
        [f"'{amount.replace('627', '672')}'"]


@pytest.mark.parametrize(("text", "language", "value", "label", "warned"), [
    # A unit with words between it and the amount is no rate of that amount.
    ("2024년 쌀 수출액은 톤당 가격 기준 627달러였다.", "ko", "57억5천만 달러", "2024년 쌀 수출액",
     ["'627달러'"]),
    ("2024年大米出口收入为每吨价格627美元。", "zh", "57.5亿美元", "2024年大米出口收入",
     ["'627美元'"]),
    ("2024 pirinç ihracat geliri ton başına fiyatla 627 dolar oldu.", "tr", "5,75 milyar dolar",
     "2024 pirinç ihracat geliri", ["'627 dolar'"]),
])
def test_a_unit_apart_from_the_amount_leaves_a_total(
        text: str, language: str, value: str, label: str, warned: list[str]) -> None:
    assert said(text, value, label, language) == warned


@pytest.mark.parametrize(("text", "value", "label", "warned"), [
    # An article in a label is no "per": these labels count, and their count is held.
    ("In all, 75,000 fans bought tickets for the final.", "80,000",
     "fans who bought a ticket for the final", ["'75,000 fans'"]),
    ("About 2,000 workers hold a share in the company.", "3,000",
     "workers who hold a share in the company", ["'2,000 workers'"]),
    ("The price of Brent crude fell to $80 on Monday.", "$85",
     "price of a barrel of Brent crude", ["'$80'"]),
    # "a" right after the amount, "per", "each" and "/" still give the label's unit.
    ("The price of Brent crude fell to $80 on Monday.", "$85 a barrel",
     "price of Brent crude", []),
    ("The price of Brent crude fell to $80 on Monday.", "$85",
     "price of Brent crude per barrel", []),
    ("The price of Brent crude fell to $80 a barrel on Monday.", "$85",
     "price of Brent crude per barrel", ["'$80'"]),
])
def test_an_article_in_a_label_gives_no_unit(
        text: str, value: str, label: str, warned: list[str]) -> None:
    assert said(text, value, label) == warned


SHARE_PRICE = ("$95", "paid for each Activision share")


@pytest.mark.parametrize(("text", "warned"), [
    # A name or an adjective before the unit's noun leaves it the unit: "a share" is the rate
    # of "each Activision share", and "for each" says "per".
    ("Microsoft paid $96 per share.", ["'$96'"]),
    ("Microsoft paid $96 a share.", ["'$96'"]),
    ("Microsoft paid $96 for each Activision share.", ["'$96'"]),
    ("Microsoft paid $95 per share.", []),
    ("Microsoft paid $95 a share.", []),
    # Another unit, or a total: no rate of the figure's.
    ("Microsoft paid $96 a tonne for the servers.", []),
])
def test_a_unit_named_or_qualified_in_a_label_is_the_unit_of_the_text(
        text: str, warned: list[str]) -> None:
    assert said(text, *SHARE_PRICE) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("Brent crude traded at $82 a barrel.", ["'$82'"]),
    ("Brent crude traded at $85 a barrel.", []),
    ("Brent crude traded at $82 a tonne.", []),
])
def test_a_label_s_unit_may_be_qualified_after_its_word_of_per(
        text: str, warned: list[str]) -> None:
    assert said(text, "$85", "paid per Brent barrel") == warned


@pytest.mark.parametrize(("text", "warned"), [
    # "a share" says the label's "for each Activision share": its words need no other match.
    ("Microsoft completed its purchase on 13 October 2023, paying $96 a share in cash, or "
     "about $69 billion.", ["'$96'"]),
    ("Microsoft completed its purchase on 13 October 2023, paying $95 a share in cash, or "
     "about $69 billion.", []),
    # Another buyer's share of another company, or a price per another unit.
    ("Sony offered $96 per share for Ubisoft.", []),
    ("Microsoft completed its purchase on 13 October 2023, paying $96 a tonne.", []),
])
def test_a_rate_says_the_words_of_its_unit_in_the_label(text: str, warned: list[str]) -> None:
    assert said(text, *SHARE_PRICE) == warned
