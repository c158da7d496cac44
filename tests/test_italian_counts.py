"""Counts of countries and amounts in Italian, read as the Spanish and French ones are (see
test_count_claims.py and test_figure_claims.py): in figures or in words, with their qualifiers,
and the news' other numbers (dates, ages, times, years, ranges) left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_checks import FRONT, stated, warnings_of
from .test_count_claims import country_list, said

ITALIAN = FRONT.replace("\n---\n", "\nlanguage: it\n---\n", 1)
STORY = Path(__file__).parent / "fixtures" / "languages" / "italian.md"


@pytest.mark.parametrize(("text", "expected"), [
    # The Artemis list: 8 founding signatories, 21 later ones, 2 non-signatories (31).
    ("31 paesi sono elencati qui.", []),
    ("Più di 20 paesi hanno firmato dopo il lancio.", []),
    ("Quasi 30 paesi avevano firmato; circa 30 nazioni, almeno 29 Stati.", []),
    ("Oltre 25 paesi avevano firmato entro settembre 2023.", []),
    ("Ventinove paesi avevano firmato; otto paesi al lancio.", []),
    ("Trentuno nazioni sono elencate, e ventun paesi hanno firmato dopo.", []),
    ("Gli Stati Uniti e altri sette paesi hanno firmato al lancio.", []),
    ("Altri 21 paesi hanno firmato in seguito.", []),
    ("I due paesi sono rimasti fuori; gli altri due paesi, questi tre paesi e tutti e tre "
     "i paesi no.", []),
    ("La lista conta 30 paesi oltre agli Stati Uniti.", []),
    ("Oltre all'Italia, hanno firmato 30 paesi.", []),
    ("14 ministri di 9 paesi hanno parlato; 20 delegati provenienti da 9 paesi.", []),
    ("Nel 2020 8 firmatari fondatori hanno firmato.", []),
    ("Più di 40 paesi avevano firmato.", ["'Più di 40 paesi'"]),
    ("Altri 35 paesi si sono aggiunti.", ["'Altri 35 paesi'"]),
    ("Nove paesi hanno firmato al lancio.", ["'Nove paesi'"]),
    ("Ventisei nazioni hanno firmato.", ["'Ventisei nazioni'"]),
    ("Meno di 2 paesi sono rimasti fuori.", ["'Meno di 2 paesi'"]),
    ("Squadre di soccorso da 25 paesi sono sul posto.", ["'25 paesi'"]),
    ("La lista conta 40 paesi oltre agli Stati Uniti.", ["'40 paesi'"]),
    ("Il rapporto parla di «40 paesi»; noi di 35 paesi.", ["'35 paesi'"]),
])
def test_italian_counts_of_countries(text: str, expected: list[str]) -> None:
    assert stated(said(text, ITALIAN)) == expected


MEMBERS = country_list(("Kenya", "member"), ("Chad", "member"), ("Benin", "member"))


@pytest.mark.parametrize(("text", "expected"), [
    ("I 27 paesi dell'UE hanno firmato, come i 54 paesi dell’Africa.", []),
    ("I 27 Stati membri dell'Unione europea hanno firmato.", []),
    ("La legge vale in 50 stati americani, non negli Stati Uniti tutti.", []),
    ("I 4 paesi della missione hanno firmato.", ["'4 paesi'"]),
    ("L'area Schengen conta 29 paesi; l'Unione europea ne ha 27.", []),
    ("L'area Schengen conta 29 paesi; l'Unione europea conta 27 paesi.", []),
    ("Il gruppo conta 29 paesi.", ["'29 paesi'"]),
    ("L'accordo conta 29 paesi firmatari.", ["'29 paesi'"]),
])
def test_an_italian_count_of_a_named_whole_s_countries_is_not_the_list_s(
        text: str, expected: list[str]) -> None:
    assert stated(said(text, ITALIAN, MEMBERS)) == expected


FIGURES = """
--- figures
figures:
  - value: 360 milioni di dollari
    label: promessi dagli Stati Uniti per la missione
  - value: Circa 1.000
    label: poliziotti kenioti pronti a partire
  - value: 61%
    label: affluenza alle elezioni
  - value: "3.118"
    label: morti confermati
  - value: € 2,5 miliardi
    label: bilancio del fondo europeo
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    ("Gli Stati Uniti hanno promesso $360 milioni per la missione.", []),
    ("Gli Stati Uniti hanno promesso oltre 300 milioni di dollari per la missione.", []),
    ("Quasi 1.000 poliziotti kenioti sono pronti a partire.", []),
    ("L'affluenza alle elezioni è stata del 61 per cento, in aumento del 12%.", []),
    ("L'affluenza alle elezioni è stata tra il 25 e il 90% a seconda della regione.", []),
    ("In un primo momento si contavano 870 morti confermati; al 11 novembre erano 3.118.", []),
    ("Il numero dei morti confermati è salito da 870 a 3.118.", []),
    ("Il bilancio del fondo europeo è di 2,5 miliardi di euro, circa l'80% del totale.", []),
    ("Il bilancio del fondo europeo è di € 2.500 milioni.", []),
    ("Gli Stati Uniti hanno promesso 300 milioni di dollari per la missione.",
     ["'300 milioni di dollari'"]),
    ("Circa 1.500 poliziotti kenioti sono pronti a partire.", ["'1.500 poliziotti'"]),
    ("L'affluenza alle elezioni è stata del 66%.", ["'66%'"]),
    ("L'affluenza alle elezioni è stata del 66 per cento.", ["'66 per cento'"]),
    ("L'affluenza alle elezioni è stata del sessantasei per cento.",
     ["'sessantasei per cento'"]),
    ("Si contano 3.500 morti confermati.", ["'3.500 morti'"]),
    ("Il bilancio del fondo europeo è di € 3 miliardi.", ["'€ 3 miliardi'"]),
])
def test_an_italian_figure_stated_with_another_value(text: str, expected: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES, ITALIAN)) == expected


@pytest.mark.parametrize("text", [
    "Il 25 giugno 2024 il consiglio si è riunito alle 14.30, per la prima volta dal 2019.",
    "Il ministro, di 45 anni, ha parlato per 20 minuti davanti a 300 persone.",
    "La prima riunione si è tenuta il 3 aprile; la seconda il 25 aprile.",
    "Negli anni '90 e negli anni Ottanta la quota era tra 20 e 30 su cento.",
    "Le pene vanno da 5 a 10 anni di carcere, e fino a 12 anni per i recidivi.",
    "L'inflazione è scesa al 2,5% dal 3,1%, e il 40% degli italiani risparmia meno.",
    "Il governo ha stanziato 12 miliardi di euro, circa 450 euro per famiglia.",
    "Alle 9 del mattino 2.000 manifestanti, tra cui tre sindacati, erano in piazza.",
    "Il terzo vertice, nel 2023, ha riunito 120 delegati e sei ministri.",
    "Tre anni dopo, il 12 per cento dei comuni aveva aderito: 950 su 7.900.",
    "Roma ha firmato per prima; due settimane dopo sono arrivate altre 14 adesioni.",
    "Il testo ha 18 articoli e nove allegati; la sesta riunione è fissata per le 10.",
])
def test_italian_news_numbers_are_not_warned_about(text: str) -> None:
    # Beside the Artemis list and the figures: nothing here counts either.
    assert said(text, ITALIAN) == []
    assert warnings_of(f"--- summary\n---\n{text}\n" + FIGURES, ITALIAN) == []


def test_a_full_italian_explainer_gives_no_warning() -> None:
    assert warnings_of(*front_and_body(STORY)) == []


def front_and_body(story: Path) -> tuple[str, str]:
    """Return an explainer's body, then its front matter, as warnings_of() takes them."""
    text = story.read_text(encoding="utf-8")
    end = text.index("\n---\n", 3) + len("\n---\n")
    return text[end:], text[:end]


@pytest.mark.parametrize(("said", "slip", "expected"), [
    ("altri cinque paesi", "altri nove paesi", ["'altri nove paesi'"]),
    ("coprono circa il 40%", "coprono circa il 60%", ["'60%'"]),
    ("Stati Uniti hanno promesso 300", "Stati Uniti hanno promesso 350",
     ["'350 milioni di dollari'"]),
])
def test_a_slip_in_the_full_italian_explainer_is_warned_about(said: str, slip: str,
                                                              expected: list[str]) -> None:
    body, front = front_and_body(STORY)
    assert said in body
    assert stated(warnings_of(body.replace(said, slip, 1), front)) == expected


ITALY = country_list(("Italy", "affected"))


@pytest.mark.parametrize(("text", "expected"), [
    # Lowercase "paesi" beside the words of a local place counts villages and towns...
    ("I soccorsi sono arrivati nei 12 paesi colpiti dal terremoto.", []),
    ("Il sisma ha colpito 40 paesi e frazioni della provincia di Rieti.", []),
    ("Senza corrente 15 comuni e 30 paesi della valle.", []),
    # ... or a country's region, which holds no countries ...
    ("In Calabria, 12 paesi della costa saranno toccati dai cantieri.", []),
    ("I cantieri del ponte toccheranno 40 paesi tra Sicilia e Calabria.", []),
    ("L'acqua ha invaso 12 paesi del Rio Grande do Sul.", []),
    # ... and elsewhere, or written "Paesi" as newsrooms write countries, countries.
    ("Aiuti da 12 Paesi sono arrivati dopo il terremoto.", ["'12 Paesi'"]),
    ("12 paesi hanno inviato squadre di soccorso.", ["'12 paesi'"]),
    ("Il ponte interessa 12 Paesi tra Sicilia e Calabria.", ["'12 Paesi'"]),
    ("Con il Kenya e il Cile, 12 paesi hanno inviato squadre.", ["'12 paesi'"]),
    ("La Lombardia ha firmato accordi con 12 Paesi.", ["'12 Paesi'"]),
    ("Dopo il terremoto, che ha colpito 3 comuni. Aiuti da 12 paesi sono arrivati.",
     ["'12 paesi'"]),
])
def test_italian_paesi_beside_a_local_place_are_villages(text: str,
                                                         expected: list[str]) -> None:
    assert [line.split(" but ")[0].split(" says ")[1]
            for line in said(text, ITALIAN, ITALY)] == expected


VOTE_SHARE = """
--- figures
figures:
  - value: 26 per cento
    label: dei voti a Fratelli d'Italia
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    # "d'Italia" is the name the label gives, its elided article left out.
    ("Fratelli d'Italia ha preso il 26 per cento dei voti.", []),
    ("Fratelli d'Italia ha preso il 28 per cento dei voti.", ["'28 per cento'"]),
    ("Fratelli d'Italia ha preso il 28% dei voti.", ["'28%'"]),
])
def test_a_name_after_an_elided_article_is_the_labels(text: str, expected: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + VOTE_SHARE, ITALIAN)) == expected
