"""A sentence that names a part of the year by words ("by the end of the year", "cuối năm",
"im vierten Quartal") speaks of another time than a figure whose label names a month outside
it; one of the label's own part of the year, or of no part, is still held against it."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of


def said(text: str, value: str, label: str, language: str) -> list[str]:
    """Return what the warnings about a summary of the text, beside one figure, say it states."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-12-20\nlanguage: {language}\n---\n"
    figures = f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: "{label}"\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))


PRICES = {
    "vi": ("Khoảng 650 USD/tấn", "giá gạo 5% tấm cao nhất, {}/2024", "tháng 1", "tháng 12",
           "{}, giá gạo 5% tấm giảm xuống còn khoảng 500 USD/tấn.", "Cuối năm", "'500 USD'"),
    "en": ("$650", "price of 5% broken rice in {} 2024", "January", "December",
           "{}, the price of 5% broken rice had fallen to $500.", "By the end of the year",
           "'$500'"),
    "fr": ("650 dollars", "prix du riz brisé à 5 % en {} 2024", "janvier", "décembre",
           "{}, le prix du riz brisé à 5 % est tombé à 500 dollars.", "À la fin de l'année",
           "'500 dollars'"),
    "es": ("650 dólares", "precio del arroz partido al 5 % en {} de 2024", "enero", "diciembre",
           "{}, el precio del arroz partido al 5 % bajó a 500 dólares.", "A finales de año",
           "'500 dólares'"),
    "de": ("650 Dollar", "Preis für Bruchreis mit 5 % im {} 2024", "Januar", "Dezember",
           "{} lag der Preis für Bruchreis mit 5 % bei 500 Dollar.", "Ende des Jahres",
           "'500 Dollar'"),
    "it": ("650 dollari", "prezzo del riso spezzato al 5% a {} 2024", "gennaio", "dicembre",
           "{}, il prezzo del riso spezzato al 5% è sceso a 500 dollari.", "Alla fine dell'anno",
           "'500 dollari'"),
    "pt": ("650 dólares", "preço do arroz quebrado a 5% em {} de 2024", "janeiro", "dezembro",
           "{}, o preço do arroz quebrado a 5% caiu para 500 dólares.", "No fim do ano",
           "'500 dólares'"),
}


@pytest.mark.parametrize("language", sorted(PRICES))
def test_the_end_of_the_year_is_another_time_than_january(language: str) -> None:
    value, label, january, _, text, end, _ = PRICES[language]
    assert said(text.format(end), value, label.format(january), language) == []


@pytest.mark.parametrize("language", sorted(PRICES))
def test_the_end_of_the_year_is_december_s_time(language: str) -> None:
    value, label, _, december, text, end, warned = PRICES[language]
    assert said(text.format(end), value, label.format(december), language) == [warned]


@pytest.mark.parametrize("language", sorted(PRICES))
def test_january_s_own_time_is_still_held_against_january(language: str) -> None:
    value, label, january, _, text, _, warned = PRICES[language]
    first = january[0].upper() + january[1:]
    own = {"vi": f"Trong {january}", "en": f"In {first} 2024", "fr": f"En {january} 2024",
           "es": f"En {january} de 2024", "de": f"Im {first} 2024",
           "it": f"A {january} 2024", "pt": f"Em {january} de 2024"}[language]
    assert said(text.format(own), value, label.format(january), language) == [warned]


@pytest.mark.parametrize(("text", "warned"), [
    ("In the fourth quarter, the price of 5% broken rice fell to $500.", []),
    ("Late in the year, the price of 5% broken rice fell to $500.", []),
    ("In the first quarter, the price of 5% broken rice fell to $500.", ["'$500'"]),
    ("Early in the year, the price of 5% broken rice fell to $500.", ["'$500'"]),
    ("The price of 5% broken rice fell to $500.", ["'$500'"]),
])
def test_a_quarter_or_the_start_of_the_year_holds_its_months(text: str, warned: list[str]
                                                             ) -> None:
    assert said(text, "$650", "price of 5% broken rice in January 2024", "en") == warned
