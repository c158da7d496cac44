"""An amount of money that the words beside it say is added ("an additional $2,000", "2 000
euros supplémentaires", "अतिरिक्त ₹2 लाख") is what another payer adds, not the level a key
figure gives: it is held only against a figure added to a level. The same sentence without
those words still gives the level, and is held against the figure."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of


def said(text: str, value: str, label: str, language: str) -> list[str]:
    """Return what the warnings about a summary of the text, beside one figure, say it states."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-06-20\nlanguage: {language}\n---\n"
    figures = f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: "{label}"\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))


# A figure of each language, a sentence that gives an amount added to it, and the same sentence
# with the amount as a level ({} stands for the amount and its words).
PAYMENTS = [
    ("en", "$10,000", "compensation paid by the ministry to each family",
     "Each family receives {} in compensation from the ministry.",
     "an additional $2,000", "$2,000"),
    ("en", "$10,000", "compensation paid by the ministry to each family",
     "Each family receives {} in compensation from the ministry.", "a further $2,000", "$2,000"),
    ("en", "$10,000", "compensation paid by the ministry to each family",
     "Each family receives {} in compensation from the ministry.", "another $2,000", "$2,000"),
    ("en", "$10,000", "compensation paid by the ministry to each family",
     "Each family receives {} in compensation from the ministry.", "$2,000 more", "$2,000"),
    ("fr", "10 000 euros", "indemnisation versée par le ministère à chaque famille",
     "Chaque famille reçoit {} d'indemnisation du ministère.", "2 000 euros supplémentaires",
     "2 000 euros"),
    ("es", "10.000 euros", "indemnización pagada por el ministerio a cada familia",
     "Cada familia recibe {} de indemnización del ministerio.", "2.000 euros adicionales",
     "2.000 euros"),
    ("de", "10.000 Euro", "Entschädigung des Ministeriums für jede Familie",
     "Jede Familie erhält {} Entschädigung des Ministeriums.", "zusätzlich 2.000 Euro",
     "2.000 Euro"),
    ("it", "10.000 euro", "risarcimento pagato dal ministero a ogni famiglia",
     "Ogni famiglia riceve {} di risarcimento dal ministero.", "ulteriori 2.000 euro",
     "2.000 euro"),
    ("pt", "10 mil reais", "indenização paga pelo ministério a cada família",
     "Cada família recebe {} de indenização do ministério.", "2 mil reais adicionais",
     "2 mil reais"),
    ("id", "Rp 10 juta", "santunan dari kementerian untuk setiap keluarga korban",
     "Setiap keluarga korban menerima santunan {} dari kementerian.", "tambahan Rp 2 juta",
     "Rp 2 juta"),
    ("vi", "10 triệu đồng", "tiền bồi thường của bộ cho mỗi gia đình",
     "Mỗi gia đình nhận {} tiền bồi thường của bộ.", "thêm 2 triệu đồng", "2 triệu đồng"),
    ("pl", "10 tys. zł", "odszkodowanie wypłacone przez ministerstwo każdej rodzinie",
     "Każda rodzina otrzyma od ministerstwa {} odszkodowania.", "dodatkowe 2 tys. zł",
     "2 tys. zł"),
    ("hi", "₹10 लाख", "रेल मंत्रालय द्वारा मृतकों के परिजनों को मुआवजा",
     "रेल मंत्रालय मृतकों के परिजनों को {} मुआवजा देगा।", "अतिरिक्त ₹2 लाख", "₹2 लाख"),
    ("sw", "Sh10 milioni", "fidia ya wizara kwa kila familia",
     "Kila familia itapokea fidia ya wizara ya {}.", "Sh2 milioni za ziada", "Sh2 milioni"),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "added", "level"), PAYMENTS)
def test_an_amount_added_by_another_payer_is_not_the_figure_s_level(
        language: str, value: str, label: str, text: str, added: str, level: str) -> None:
    assert said(text.format(added), value, label, language) == []


@pytest.mark.parametrize(("language", "value", "label", "text", "added", "level"), PAYMENTS)
def test_the_same_amount_given_as_a_level_is_held_against_the_figure(
        language: str, value: str, label: str, text: str, added: str, level: str) -> None:
    assert said(text.format(level), value, label, language) == [f"'{level}'"]


def test_the_railway_ministry_s_compensation_beside_the_relief_fund_s_extra() -> None:
    text = ("प्रधानमंत्री राष्ट्रीय राहत कोष से मृतकों के परिजनों को अतिरिक्त ₹2 लाख मुआवजा "
            "दिया जाएगा।")
    label = "रेल मंत्रालय द्वारा मृतकों के परिजनों को मुआवजा"
    assert said(text, "₹10 लाख", label, "hi") == []
    assert said(text.replace("अतिरिक्त ", ""), "₹10 लाख", label, "hi") == ["'₹2 लाख'"]


@pytest.mark.parametrize(("value", "warned"), [("$3,000", ["'$2,000'"]), ("$2,000", [])])
def test_an_added_amount_is_held_against_a_figure_of_what_is_added(
        value: str, warned: list[str]) -> None:
    text = "Each family also receives an additional $2,000 in compensation from the state fund."
    label = "additional compensation from the state fund to each family"
    assert said(text, value, label, "en") == warned


@pytest.mark.parametrize(("text", "value", "label", "warned"), [
    # "más" after an amount adds it, as "$2,000 more" does...
    ("Cada familia recibe 2.000 euros más al mes de indemnización del ministerio.",
     "10.000 euros", "indemnización pagada por el ministerio a cada familia", []),
    # ...but not before the adjective of a share, "el 20 % más rico", which is a level.
    ("El 20 % más rico de los hogares tiene la riqueza del país.", "10 %",
     "parte de la riqueza del país en manos de los hogares más ricos", ["'20 %'"]),
])
def test_spanish_mas_adds_an_amount_but_not_a_share_of_the_richest(
        text: str, value: str, label: str, warned: list[str]) -> None:
    assert said(text, value, label, "es") == warned
