"""Amounts in the world's currencies, in the languages other than English: by a currency's
code, before the number or after it, or by its name as CLDR writes it in the explainer's
language; compared with the key figures in that currency alone."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, GERMAN, SPANISH, stated, warnings_of
from .test_italian_counts import ITALIAN
from .test_portuguese_counts import BRAZIL, PORTUGAL

SWISS_FRENCH = FRENCH.replace("language: fr", "language: fr-CH")
MEXICAN = SPANISH.replace("language: es", "language: es-MX")


def figures(*rows: tuple[str, str]) -> str:
    """Return a figures section of (value, label) rows."""
    return "\n--- figures\nfigures:\n" + "".join(
        f'  - value: "{value}"\n    label: {label}\n' for value, label in rows) + "---\n"


FRENCH_MONEY = figures(("1,2 milliard CHF", "économies annuelles de la fusion"),
                       ("TND 450 millions", "budget du port de Sfax"))
GERMAN_MONEY = figures(("1,2 Mrd. CHF", "jährliche Einsparungen der Fusion"),
                       ("ISK 9 Mrd.", "Kosten des Tunnels bei Akureyri"))
SPANISH_MONEY = figures(("MXN 1200 millones", "costo del tren de Monterrey"),
                        ("850.000 millones ARS", "deuda de la provincia de Buenos Aires"),
                        ("PYG 3.000 millones", "obras del puerto de Asunción"))
ITALIAN_MONEY = figures(("1,2 miliardi CHF", "risparmi annui della fusione"),
                        ("HUF 40 miliardi", "costo del ponte di Debrecen"))
PORTUGUESE_MONEY = figures(("BRL 1,2 bilhão", "orçamento do porto de Santos"),
                           ("AOA 500 mil milhões", "orçamento da saúde de Angola"),
                           ("CVE 900 milhões", "obras do porto da Praia"))


@pytest.mark.parametrize(("text", "front", "said"), [
    # The figure's currency by its French name or its code: right, then a slip.
    ("La fusion promet des économies annuelles de 1,2 milliard de francs suisses.", FRENCH, []),
    ("La fusion promet des économies annuelles de CHF 1,2 milliard.", SWISS_FRENCH, []),
    ("Le budget du port de Sfax atteint 450 millions de dinars tunisiens.", FRENCH, []),
    ("La fusion promet des économies annuelles de 1,4 milliard de francs suisses.", FRENCH,
     ["'1,4 milliard de francs suisses'"]),
    ("La fusion promet des économies annuelles de CHF 1,4 milliard.", SWISS_FRENCH,
     ["'CHF 1,4 milliard'"]),
    ("Le budget du port de Sfax atteint 480 millions de dinars tunisiens.", FRENCH,
     ["'480 millions de dinars tunisiens'"]),
    # Another currency is another figure.
    ("La fusion promet des économies annuelles de 1,4 milliard de dollars canadiens.", FRENCH,
     []),
    ("La fusion promet des économies annuelles de 1,4 milliard EUR.", FRENCH, []),
])
def test_french_amounts_in_the_world_s_currencies(text: str, front: str, said: list[str]
                                                  ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FRENCH_MONEY, front)) == said


@pytest.mark.parametrize(("text", "front", "said"), [
    ("Die Fusion bringt jährliche Einsparungen von 1,2 Mrd. Franken.", GERMAN, []),
    ("Die Fusion bringt jährliche Einsparungen von CHF 1,2 Mrd.", GERMAN, []),
    ("Die Kosten des Tunnels bei Akureyri betragen 9 Milliarden isländische Kronen.", GERMAN,
     []),
    ("Die Kosten des Tunnels bei Akureyri liegen bei ISK 9 Mrd.", GERMAN, []),
    ("Die Fusion bringt jährliche Einsparungen von 1,4 Mrd. CHF.", GERMAN, ["'1,4 Mrd. CHF'"]),
    ("Die Kosten des Tunnels bei Akureyri betragen 12 Milliarden isländische Kronen.", GERMAN,
     ["'12 Milliarden isländische Kronen'"]),
    ("Die Kosten des Tunnels bei Akureyri liegen bei ISK 12 Mrd.", GERMAN, ["'ISK 12 Mrd.'"]),
    ("Die Kosten des Tunnels bei Akureyri betragen 12 Milliarden Dänische Kronen.", GERMAN,
     []),
])
def test_german_amounts_in_the_world_s_currencies(text: str, front: str, said: list[str]
                                                  ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + GERMAN_MONEY, front)) == said


@pytest.mark.parametrize(("text", "front", "said"), [
    ("El costo del tren de Monterrey es de 1.200 millones de pesos mexicanos.", SPANISH, []),
    ("El costo del tren de Monterrey es de MXN 1,200 millones.", MEXICAN, []),
    ("La deuda de la provincia de Buenos Aires llega a 850.000 millones de pesos argentinos.",
     SPANISH, []),
    ("Las obras del puerto de Asunción cuestan 3.000 millones de guaraníes paraguayos.",
     SPANISH, []),
    ("El costo del tren de Monterrey es de 1.500 millones de pesos mexicanos.", SPANISH,
     ["'1.500 millones de pesos mexicanos'"]),
    ("El costo del tren de Monterrey es de 1,500 millones MXN.", MEXICAN,
     ["'1,500 millones MXN'"]),
    ("La deuda de la provincia de Buenos Aires llega a ARS 900.000 millones.", SPANISH,
     ["'ARS 900.000 millones'"]),
    ("Las obras del puerto de Asunción cuestan 3.500 millones de guaraníes paraguayos.",
     SPANISH, ["'3.500 millones de guaraníes paraguayos'"]),
    # Mexican pesos are no Argentine ones.
    ("El costo del tren de Monterrey es de 1.500 millones de pesos argentinos.", SPANISH, []),
])
def test_spanish_amounts_in_the_world_s_currencies(text: str, front: str, said: list[str]
                                                   ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SPANISH_MONEY, front)) == said


ARGENTINE = SPANISH.replace("language: es", "language: es-AR")
SUSQUES = figures(("US$ 850 millones", "inversión de la minera en la planta de Susques"),
                  ("$ 1.200 millones", "fondo de obras de Jujuy"))


@pytest.mark.parametrize(("text", "front", "said"), [
    # In Argentina, as CLDR writes es-AR, "$" is the peso; a dollar is "US$".
    ("La provincia aporta $ 200 millones a la planta de Susques.", ARGENTINE, []),
    ("La minera invertirá US$ 900 millones en la planta de Susques.", ARGENTINE,
     ["'US$ 900 millones'"]),
    ("El fondo de obras de Jujuy es de $ 1.500 millones.", ARGENTINE, ["'$ 1.500 millones'"]),
    # Where no region says otherwise, "$" is the US dollar.
    ("La provincia aporta $ 200 millones a la planta de Susques.", SPANISH,
     ["'$ 200 millones'"]),
    # Pesos, in a region that pays in pesos, are its own: Argentina's, as "$" is there.
    ("El fondo de obras de Jujuy es de 1.500 millones de pesos.", ARGENTINE,
     ["'1.500 millones de pesos'"]),
    ("El fondo de obras de Jujuy es de 1.200 millones de pesos.", ARGENTINE, []),
    # Elsewhere, pesos are no country's, and no dollars.
    ("El fondo de obras de Jujuy es de 1.500 millones de pesos.", SPANISH, []),
])
def test_a_bare_dollar_sign_is_the_currency_the_region_writes_so(
        text: str, front: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SUSQUES, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("La fusione promette risparmi annui di 1,2 miliardi di franchi svizzeri.", []),
    ("La fusione promette risparmi annui di CHF 1,2 miliardi.", []),
    ("Il ponte di Debrecen costa 40 miliardi di fiorini ungheresi.", []),
    ("La fusione promette risparmi annui di 1,4 miliardi CHF.", ["'1,4 miliardi CHF'"]),
    ("Il ponte di Debrecen costa 45 miliardi di fiorini ungheresi.",
     ["'45 miliardi di fiorini ungheresi'"]),
    ("La fusione promette risparmi annui di 1,4 miliardi di dollari canadesi.", []),
])
def test_italian_amounts_in_the_world_s_currencies(text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + ITALIAN_MONEY
    assert stated(warnings_of(body, ITALIAN)) == said


@pytest.mark.parametrize(("text", "front", "said"), [
    ("O orçamento do porto de Santos é de R$ 1,2 bilhão.", BRAZIL, []),
    ("O orçamento do porto de Santos é de 1,2 bilhão de reais brasileiros.", BRAZIL, []),
    ("O orçamento da saúde de Angola é de 500 mil milhões de kwanzas angolanos.", PORTUGAL, []),
    ("As obras do porto da Praia custam 900 milhões de escudos cabo-verdianos.", PORTUGAL, []),
    ("O orçamento do porto de Santos é de 1,5 bilhão BRL.", BRAZIL, ["'1,5 bilhão BRL'"]),
    ("O orçamento da saúde de Angola é de AOA 520 mil milhões.", PORTUGAL,
     ["'AOA 520 mil milhões'"]),
    ("As obras do porto da Praia custam 950 milhões de escudos cabo-verdianos.", PORTUGAL,
     ["'950 milhões de escudos cabo-verdianos'"]),
    # Kwanzas are no reais.
    ("O orçamento do porto de Santos é de 1,5 bilhão de kwanzas angolanos.", BRAZIL, []),
])
def test_portuguese_amounts_in_the_world_s_currencies(text: str, front: str, said: list[str]
                                                      ) -> None:
    body = f"--- summary\n---\n{text}\n" + PORTUGUESE_MONEY
    assert stated(warnings_of(body, front)) == said
