"""Country names in other languages: read on a page in that language, named when refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content import model
from explainer.content.languages import cldr_lineage
from explainer.content.naming.ownnames import own_spellings
from explainer.content.naming.shownnames import shown_names

from .helpers import run_cli, soup, write_project
from .test_country_names import countries_section
from .test_schema import errors_of, read

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: {}\n---\n"


@pytest.mark.parametrize(("written", "hint"), [
    ("Deutschland", "'Deutschland' is German for 'Germany': write 'Germany' (or its code, DE)"),
    ("España", "'España' is Spanish for 'Spain': write 'Spain' (or its code, ES)"),
    ("espana", "'espana' is Spanish for 'Spain': write 'Spain' (or its code, ES)"),
    ("Kanada", "'Kanada' is Croatian, Czech, Finnish, German, Hungarian, Indonesian, Malay, "
               "Polish, Slovak, Swahili, Swedish and Turkish for 'Canada': write 'Canada' (or "
               "its code, CA)"),
    # Names that take 'the' in running English: the hint needs no article before any of them.
    ("Nederland", "'Nederland' is Dutch and Norwegian Bokmål for 'Netherlands': write "
                  "'Netherlands' (or its code, NL)"),
    ("Filipinas", "'Filipinas' is Portuguese and Spanish for 'Philippines': write "
                  "'Philippines' (or its code, PH)"),
    ("Vereinigte Staaten", "'Vereinigte Staaten' is German for 'United States': write "
                           "'United States' (or its code, US)"),
])
def test_a_name_in_another_language_is_refused_naming_the_country(written: str,
                                                                  hint: str) -> None:
    [error] = errors_of(countries_section(written))
    meant = hint.split("write '")[1].split("'")[0]
    assert f"unknown country '{written}' (did you mean '{meant}'?)" in error
    assert f"hint: {hint}" in error


def test_a_name_in_no_language_gets_no_such_hint() -> None:
    [error] = errors_of(countries_section("Nihon"))
    assert "did you mean" not in error and " for '" not in error


@pytest.mark.parametrize(("language", "written", "code"), [
    ("de", "Deutschland", "DE"), ("de", "Elfenbeinküste", "CI"), ("es", "Espana", "ES"),
    ("pt-PT", "Brasil", "BR"), ("fr", "Congo (RDC)", "CD"), ("de", "Germany", "DE"),
    ("tr", "MISIR", "EG"), ("tr", "KIBRIS", "CY"), ("tr", "İRAN", "IR"),
    # Typed on an Arabic keyboard (its yeh and kaf), or with a Hebrew letter not in its final
    # form at the end of a word: "ایران", "پاکستان", "ירדן".
    ("fa", "ايران", "IR"), ("ur", "پاكستان", "PK"), ("he", "ירדנ", "JO"),
    # Vowel signs are marks, not letters: Tonga is no Togo, Sint Maarten no Saint Martin.
    ("hi", "टोंगा", "TO"), ("hi", "टोगो", "TG"), ("bn", "সিন্ট মার্টেন", "SX"),
    # The name the page prints, CLDR's less its old name in brackets ("মায়ানমার (বার্মা)").
    ("bn", "মায়ানমার", "MM"), ("el", "Μιανμάρ", "MM"), ("ru", "Мьянма", "MM"),
    # A regional locale reads the names of the one it inherits from: Taiwan's and zh-Hant's
    # Kenya on a Hong Kong page, beside Hong Kong's; Brazil's on a page for Portugal.
    ("zh-HK", "肯亞", "KE"), ("zh-HK", "肯尼亞", "KE"), ("pt-PT", "Quênia", "KE"),
    ("pt-PT", "Quénia", "KE"),
    # The formal names newsrooms write, as ISO 3166-1 gives them in the language, where CLDR
    # keeps a shorter one; one written inside out turned the right way round.
    ("fr", "République démocratique du Congo", "CD"), ("de", "Demokratische Republik Kongo", "CD"),
    ("es", "República Democrática del Congo", "CD"), ("it", "Repubblica democratica del Congo",
                                                      "CD"),
    ("de", "Republik Kongo", "CG"), ("de", "Tschechische Republik", "CZ"),
    ("fr", "République de Corée", "KR"), ("pt-BR", "República Democrática do Congo", "CD")])
def test_a_page_reads_the_names_of_its_own_language(language: str, written: str,
                                                    code: str) -> None:
    explainer, problems = read(countries_section(written), FRONT.format(language))
    assert [p.render() for p in problems] == []
    assert explainer is not None
    [section] = explainer.sections
    assert isinstance(section, model.Countries)
    assert [entry.country.code for entry in section.entries] == [code]


@pytest.mark.parametrize(("tag", "lineage"), [
    ("zh-Hant", ["zh-Hant"]), ("zh-Hant-HK", ["zh-Hant-HK", "zh-Hant"]),
    ("zh-Hant-MO", ["zh-Hant-MO", "zh-Hant-HK", "zh-Hant"]), ("sr-Latn", ["sr-Latn"]),
    ("sr-Cyrl-BA", ["sr-Cyrl-BA", "sr-Cyrl", "sr"]),
    ("zh-Hans-SG", ["zh-Hans-SG", "zh-Hans", "zh"]),
    ("pt-AO", ["pt-AO", "pt-PT", "pt"]), ("es-MX", ["es-MX", "es-419", "es"])])
def test_a_locale_inherits_as_cldr_says(tag: str, lineage: list[str]) -> None:
    # zh-Hant and sr-Latn inherit from CLDR's root: zh's Simplified names are not theirs.
    assert cldr_lineage(tag) == lineage


def test_a_traditional_page_reads_no_simplified_name() -> None:
    [error] = errors_of(countries_section("肯尼亚"), FRONT.format("zh-HK"))
    assert "unknown country '肯尼亚'" in error
    # Hong Kong's short name is zh-Hant's own, no longer zh's: still the name a page prints.
    assert shown_names("zh-Hant")["HK"] == "香港"


def test_a_page_reads_no_other_language_s_names() -> None:
    [error] = errors_of(countries_section("Deutschland"), FRONT.format("es"))
    assert "'Deutschland' is German for 'Germany'" in error
    [error] = errors_of(countries_section("Kongo"), FRONT.format("pl"))  # the bare name
    assert "unknown country 'Kongo'" in error


@pytest.mark.parametrize(("language", "written"), [
    ("de", "Kongo"), ("ja", "コンゴ"),  # ISO's bare name of both Congos
    ("es", "Congo, República Democrática del"),  # inside out, as the ISO list writes it
    ("zh", "中国台湾省"), ("ru", "Китайская провинция Тайвань"),  # no name of its own
    ("zh-HK", "肯尼亚")])  # a Simplified name, which the translations give Traditional pages
def test_a_formal_name_is_read_only_where_it_names_one_country_its_own_way(
        language: str, written: str) -> None:
    [error] = errors_of(countries_section(written), FRONT.format(language))
    assert f"unknown country '{written}'" in error


@pytest.mark.parametrize(("language", "told"), [
    ("de", "use the country's English name, its name in German or its ISO 3166-1 code"),
    ("pt-PT", "use the country's English name, its name in Portuguese or its ISO 3166-1 code"),
    ("en", "use the country's English name or its ISO 3166-1 code")])
def test_a_country_not_found_is_told_the_names_its_page_reads(language: str, told: str) -> None:
    [error] = errors_of(countries_section("Bayernland"), FRONT.format(language))
    assert "unknown country 'Bayernland'\n" in error and f"hint: {told}, e.g. KE" in error
    # A name CLDR does not give is printed by 'label:' beside the code.
    assert "(another name to print goes in 'label:': name: GB, label: Gran Bretagna)" in error


def test_names_in_other_languages_are_read_only_for_a_name_english_has_not() -> None:
    own_spellings.cache_clear()
    body = countries_section("Germany", "UN", "KE", "Korea, Rep.")
    for language in ("en", "de", "fr"):
        assert errors_of(body, FRONT.format(language)) == []
    assert own_spellings.cache_info().currsize == 0


def test_a_german_page_prints_the_german_name_it_was_given(tmp_path: Path) -> None:
    story = FRONT.format("de") + "\n" + countries_section("Deutschland", "Frankreich")
    root = write_project(tmp_path, {"content/de.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    page = soup(root / "out" / "de" / "de.html")
    assert [a.get_text() for a in page.select("a.country-name")] == ["Deutschland", "Frankreich"]


@pytest.mark.parametrize(("language", "written", "meant"), [
    ("de", "Östereich", "Österreich"), ("de", "Serbein", "Serbien"),
    ("es", "Brasill", "Brasil"), ("es-MX", "Argentinna", "Argentina"),
    ("es", "Organización de los Estados Americano", "Organización de los Estados Americanos"),
    ("de", "Vereinte Natonen", "Vereinte Nationen")])
def test_a_misspelt_name_in_the_page_s_language_is_told_the_name_it_meant(
        language: str, written: str, meant: str) -> None:
    [error] = errors_of(countries_section(written), FRONT.format(language))
    assert f"unknown country '{written}' (did you mean '{meant}'?)\n" in error


def test_a_name_whose_letters_without_accents_are_a_code_is_read_as_the_name(
        tmp_path: Path) -> None:
    # 'Mỹ', the United States in Vietnamese, is 'my' without its accent: Malaysia's code.
    story = FRONT.format("vi") + "\n" + countries_section("Mỹ", "MY", "Lào")
    root = write_project(tmp_path, {"content/bao.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    links = soup(root / "out" / "vi" / "bao.html").select("a.country-name")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Hoa Kỳ", "countries/us.html"), ("Malaysia", "countries/my.html"),
        ("Lào", "countries/la.html")]
