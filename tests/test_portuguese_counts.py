"""Counts of countries and amounts in Portuguese, as Brazil and Portugal write them, read as the
Spanish ones are (see test_count_claims.py and test_figure_claims.py): in figures or in words,
with their gender and qualifiers, and the news' other numbers (dates, ages, times, years,
ranges) left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_checks import FRONT, stated, warnings_of
from .test_count_claims import country_list, said
from .test_italian_counts import front_and_body

PORTUGUESE = FRONT.replace("\n---\n", "\nlanguage: pt\n---\n", 1)
BRAZIL = PORTUGUESE.replace("language: pt", "language: pt-BR")
PORTUGAL = PORTUGUESE.replace("language: pt", "language: pt-PT")
STORY = Path(__file__).parent / "fixtures" / "languages" / "portuguese.md"


@pytest.mark.parametrize("front", [PORTUGUESE, BRAZIL, PORTUGAL])
@pytest.mark.parametrize(("text", "expected"), [
    # The Artemis list: 8 founding signatories, 21 later ones, 2 non-signatories (31).
    ("31 países estão listados aqui.", []),
    ("Mais de 20 países assinaram depois do lançamento.", []),
    ("Quase 30 países tinham assinado; cerca de 30 nações, pelo menos 29 Estados.", []),
    ("Vinte e nove países tinham assinado; oito países no lançamento.", []),
    ("Trinta e uma nações estão listadas, e vinte e um países assinaram depois.", []),
    ("Os Estados Unidos e outros sete países assinaram no lançamento.", []),
    ("Outros 21 países assinaram depois.", []),
    ("Os dois países ficaram de fora; os outros dois países, estes três países e as duas "
     "nações também.", []),
    ("A lista tem 30 países além dos Estados Unidos.", []),
    ("Além do Brasil, assinaram 30 países.", []),
    ("14 ministros de 9 países falaram.", []),
    ("Em 2020, 8 signatários fundadores assinaram.", []),
    ("Mais de 40 países tinham assinado.", ["'Mais de 40 países'"]),
    ("Outros 35 países aderiram.", ["'Outros 35 países'"]),
    ("Nove países assinaram no lançamento.", ["'Nove países'"]),
    ("Vinte e duas nações assinaram.", ["'Vinte e duas nações'"]),
    ("Dezasseis países e dezesseis nações assinaram.",
     ["'Dezasseis países'", "'dezesseis nações'"]),
    ("Menos de 2 países ficaram de fora.", ["'Menos de 2 países'"]),
    ("Equipes de resgate de 25 países estão no local.", ["'25 países'"]),
    ("O relatório fala em «40 países»; nós, em 35 países.", ["'35 países'"]),
])
def test_portuguese_counts_of_countries(front: str, text: str, expected: list[str]) -> None:
    assert stated(said(text, front)) == expected


MEMBERS = country_list(("Kenya", "member"), ("Chad", "member"), ("Benin", "member"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Os 27 países da UE assinaram, assim como os 54 países de África.", []),
    ("Os 27 Estados-membros da União Europeia assinaram.", []),
    ("A lei vale em 12 estados e em 5 Estados brasileiros; governadores de 9 Estados e do "
     "Distrito Federal também.", []),
    ("Os 4 países da missão assinaram.", ["'4 países'"]),
    ("Os 4 Estados da missão assinaram.", ["'4 Estados'"]),
])
def test_a_portuguese_count_of_a_named_whole_s_countries_is_not_the_list_s(
        text: str, expected: list[str]) -> None:
    assert stated(said(text, PORTUGUESE, MEMBERS)) == expected


FIGURES = """
--- figures
figures:
  - value: 360 milhões de dólares
    label: prometidos pelos Estados Unidos para a missão
  - value: Cerca de 1.000
    label: policiais quenianos prontos para partir
  - value: 61%
    label: comparecimento nas eleições
  - value: "3.118"
    label: mortos confirmados
  - value: R$ 628 milhões
    label: orçamento do fundo amazônico
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    ("Os Estados Unidos prometeram US$ 360 milhões para a missão.", []),
    ("Os Estados Unidos prometeram mais de 300 milhões de dólares para a missão.", []),
    ("Quase 1.000 policiais quenianos estão prontos para partir.", []),
    ("O comparecimento nas eleições foi de 61 por cento, uma alta de 12%.", []),
    ("O comparecimento nas eleições ficou entre 25% e 90%, conforme a região.", []),
    ("Inicialmente, foram contados 870 mortos confirmados; até 11 de novembro eram 3.118.", []),
    ("O número de mortos confirmados subiu de 870 para 3.118.", []),
    ("O orçamento do fundo amazônico é de 628 milhões de reais, cerca de 80% do total.", []),
    ("Outros 200 policiais quenianos chegaram ontem.", []),
    ("Os Estados Unidos prometeram 300 milhões de dólares para a missão.",
     ["'300 milhões de dólares'"]),
    ("Cerca de 1.500 policiais quenianos estão prontos para partir.", ["'1.500 policiais'"]),
    ("O comparecimento nas eleições foi de 66%.", ["'66%'"]),
    ("Foram contados 3.500 mortos confirmados.", ["'3.500 mortos'"]),
    ("O orçamento do fundo amazônico é de R$ 1,2 bilhão.", ["'R$ 1,2 bilhão'"]),
])
def test_a_portuguese_figure_stated_with_another_value(text: str, expected: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES, PORTUGUESE)) == expected


@pytest.mark.parametrize(("front", "text", "expected"), [
    # Portugal parts thousands with a space, as CLDR says, or with a point; Brazil with a point.
    (PORTUGAL, "Cerca de 1 000 policiais quenianos estão prontos para partir.", []),
    (PORTUGAL, "Cerca de 1.000 policiais quenianos estão prontos para partir.", []),
    (PORTUGAL, "Cerca de 1 500 policiais quenianos estão prontos para partir.",
     ["'1 500 policiais'"]),
    (BRAZIL, "Cerca de 1.500 policiais quenianos estão prontos para partir.",
     ["'1.500 policiais'"]),
    # Portugal's "mil milhões" is Brazil's "bilhão"; its "bilião" a million million.
    (PORTUGAL, "Os Estados Unidos prometeram 0,36 mil milhões de dólares para a missão.", []),
    (PORTUGAL, "Os Estados Unidos prometeram 0,36 biliões de dólares para a missão.",
     ["'0,36 biliões de dólares'"]),
    (BRAZIL, "Os Estados Unidos prometeram US$ 0,36 bilhão para a missão.", []),
])
def test_numbers_as_brazil_and_portugal_write_them(front: str, text: str,
                                                   expected: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES, front)) == expected


@pytest.mark.parametrize("text", [
    "Em 25 de junho de 2024 o conselho reuniu-se às 14h30, pela primeira vez desde 2019.",
    "O ministro, de 45 anos, falou durante 20 minutos para 300 pessoas.",
    "A primeira reunião foi em 3 de abril; a segunda, no dia 25 de abril, às 10h.",
    "Nos anos 90 e na década de 1980, a taxa ficava entre 20 e 30 por mil.",
    "As penas vão de 5 a 10 anos de prisão, e até 12 anos para reincidentes.",
    "A inflação caiu para 4,5% em 12 meses, e 40% dos brasileiros poupam menos.",
    "O governo liberou R$ 12 bilhões, cerca de R$ 450 por família.",
    "Às 9h, 2.000 manifestantes, entre eles três sindicatos, estavam na praça.",
    "A terceira cúpula, em 2023, reuniu 120 delegados e seis ministros.",
    "Três anos depois, 12 por cento dos municípios tinham aderido: 670 de 5.570.",
    "Brasília assinou primeiro; duas semanas depois chegaram outras 14 adesões.",
    "O texto tem 18 artigos e nove anexos; a sexta reunião está marcada para as 10 horas.",
])
def test_portuguese_news_numbers_are_not_warned_about(text: str) -> None:
    # Beside the Artemis list and the figures: nothing here counts either.
    for front in (BRAZIL, PORTUGAL):
        assert said(text, front) == []
        assert warnings_of(f"--- summary\n---\n{text}\n" + FIGURES, front) == []


def test_a_full_portuguese_explainer_gives_no_warning() -> None:
    body, front = front_and_body(STORY)
    assert warnings_of(body, front) == []
    assert warnings_of(body, front.replace("language: pt-BR", "language: pt")) == []


@pytest.mark.parametrize(("said", "slip", "expected"), [
    ("Seis países doadores", "Oito países doadores", ["'Oito países'"]),
    ("O fundo apoia 114 projetos", "O fundo apoia 140 projetos", ["'140 projetos'"]),
    ("maior doador: foram cerca de R$ 3,4", "maior doador: foram cerca de R$ 4,4",
     ["'R$ 4,4 bilhões'"]),
])
def test_a_slip_in_the_full_portuguese_explainer_is_warned_about(said: str, slip: str,
                                                                 expected: list[str]) -> None:
    body, front = front_and_body(STORY)
    assert said in body
    assert stated(warnings_of(body.replace(said, slip, 1), front)) == expected
