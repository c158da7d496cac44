"""Country names as people write them, and as a newsroom prints them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pycountry
import pytest

from explainer.content import model
from explainer.content.languages import cldr_locale
from explainer.content.naming.actors import suggestions
from explainer.content.naming.countries import countries, resolve_country
from explainer.content.naming.names import name_key
from explainer.content.naming.organisations import resolve_organisation
from explainer.content.naming.shownnames import shown_names
from explainer.content.naming.subdivisions import subdivision_countries
from explainer.site.lexicon import Lexicon
from explainer.site.strings import package_tables

from .helpers import REPO, run_cli, soup, write_project
from .test_schema import errors_of, only_section, read

# The 193 UN member states, the two observer states, Kosovo and Taiwan, as news agencies and
# the BBC write them in copy, with the code each stands for.
STATES = {
    "Afghanistan": "AF", "Albania": "AL", "Algeria": "DZ", "Andorra": "AD", "Angola": "AO",
    "Antigua and Barbuda": "AG", "Argentina": "AR", "Armenia": "AM", "Australia": "AU",
    "Austria": "AT", "Azerbaijan": "AZ", "The Bahamas": "BS", "Bahrain": "BH",
    "Bangladesh": "BD", "Barbados": "BB", "Belarus": "BY", "Belgium": "BE", "Belize": "BZ",
    "Benin": "BJ", "Bhutan": "BT", "Bolivia": "BO", "Bosnia-Herzegovina": "BA",
    "Botswana": "BW", "Brazil": "BR", "Brunei": "BN", "Bulgaria": "BG", "Burkina Faso": "BF",
    "Burundi": "BI", "Cape Verde": "CV", "Cambodia": "KH", "Cameroon": "CM", "Canada": "CA",
    "Central African Republic": "CF", "Chad": "TD", "Chile": "CL", "China": "CN",
    "Colombia": "CO", "Comoros": "KM", "Republic of Congo": "CG", "Costa Rica": "CR",
    "Ivory Coast": "CI", "Croatia": "HR", "Cuba": "CU", "Cyprus": "CY",
    "Czech Republic": "CZ", "Democratic Republic of Congo": "CD", "Denmark": "DK",
    "Djibouti": "DJ", "Dominica": "DM", "Dominican Republic": "DO", "Ecuador": "EC",
    "Egypt": "EG", "El Salvador": "SV", "Equatorial Guinea": "GQ", "Eritrea": "ER",
    "Estonia": "EE", "Eswatini": "SZ", "Ethiopia": "ET", "Fiji": "FJ", "Finland": "FI",
    "France": "FR", "Gabon": "GA", "The Gambia": "GM", "Georgia": "GE", "Germany": "DE",
    "Ghana": "GH", "Greece": "GR", "Grenada": "GD", "Guatemala": "GT", "Guinea": "GN",
    "Guinea-Bissau": "GW", "Guyana": "GY", "Haiti": "HT", "Honduras": "HN", "Hungary": "HU",
    "Iceland": "IS", "India": "IN", "Indonesia": "ID", "Iran": "IR", "Iraq": "IQ",
    "Ireland": "IE", "Israel": "IL", "Italy": "IT", "Jamaica": "JM", "Japan": "JP",
    "Jordan": "JO", "Kazakhstan": "KZ", "Kenya": "KE", "Kiribati": "KI", "Kuwait": "KW",
    "Kyrgyzstan": "KG", "Laos": "LA", "Latvia": "LV", "Lebanon": "LB", "Lesotho": "LS",
    "Liberia": "LR", "Libya": "LY", "Liechtenstein": "LI", "Lithuania": "LT",
    "Luxembourg": "LU", "Madagascar": "MG", "Malawi": "MW", "Malaysia": "MY",
    "Maldives": "MV", "Mali": "ML", "Malta": "MT", "Marshall Islands": "MH",
    "Mauritania": "MR", "Mauritius": "MU", "Mexico": "MX", "Micronesia": "FM",
    "Moldova": "MD", "Monaco": "MC", "Mongolia": "MN", "Montenegro": "ME", "Morocco": "MA",
    "Mozambique": "MZ", "Myanmar": "MM", "Namibia": "NA", "Nauru": "NR", "Nepal": "NP",
    "the Netherlands": "NL", "New Zealand": "NZ", "Nicaragua": "NI", "Niger": "NE",
    "Nigeria": "NG", "North Korea": "KP", "North Macedonia": "MK", "Norway": "NO",
    "Oman": "OM", "Pakistan": "PK", "Palau": "PW", "Panama": "PA", "Papua New Guinea": "PG",
    "Paraguay": "PY", "Peru": "PE", "Philippines": "PH", "Poland": "PL", "Portugal": "PT",
    "Qatar": "QA", "Romania": "RO", "Russia": "RU", "Rwanda": "RW",
    "St Kitts and Nevis": "KN", "St Lucia": "LC", "St Vincent and the Grenadines": "VC",
    "Samoa": "WS", "San Marino": "SM", "Sao Tome and Principe": "ST", "Saudi Arabia": "SA",
    "Senegal": "SN", "Serbia": "RS", "Seychelles": "SC", "Sierra Leone": "SL",
    "Singapore": "SG", "Slovakia": "SK", "Slovenia": "SI", "Solomon Islands": "SB",
    "Somalia": "SO", "South Africa": "ZA", "South Korea": "KR", "South Sudan": "SS",
    "Spain": "ES", "Sri Lanka": "LK", "Sudan": "SD", "Suriname": "SR", "Sweden": "SE",
    "Switzerland": "CH", "Syria": "SY", "Tajikistan": "TJ", "Tanzania": "TZ",
    "Thailand": "TH", "East Timor": "TL", "Togo": "TG", "Tonga": "TO",
    "Trinidad and Tobago": "TT", "Tunisia": "TN", "Turkey": "TR", "Turkmenistan": "TM",
    "Tuvalu": "TV", "Uganda": "UG", "Ukraine": "UA", "UAE": "AE", "UK": "GB", "US": "US",
    "Uruguay": "UY", "Uzbekistan": "UZ", "Vanuatu": "VU", "Venezuela": "VE",
    "Vietnam": "VN", "Yemen": "YE", "Zambia": "ZM", "Zimbabwe": "ZW",
    # The observer states, then Kosovo and Taiwan
    "Vatican": "VA", "Palestine": "PS", "Kosovo": "XK", "Taiwan": "TW",
}
# Other names for some of them, as style guides, agencies and the countries themselves write
# them; any spelling, in any case, with or without accents, 'the' or full stops.
ALIASES = [
    ("Russian Federation", "RU"), ("Türkiye", "TR"), ("Turkiye", "TR"), ("TURKEY", "TR"),
    ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"), ("United Kingdom", "GB"),
    ("GBR", "GB"), ("gb", "GB"), ("U.S.", "US"), ("USA", "US"), ("United States", "US"),
    ("United States of America", "US"), ("America", "US"), ("U.A.E.", "AE"),
    ("United Arab Emirates", "AE"), ("Côte d'Ivoire", "CI"), ("Côte d’Ivoire", "CI"),
    ("Cote d'Ivoire", "CI"), ("DR Congo", "CD"), ("DRC", "CD"), ("Congo-Kinshasa", "CD"),
    ("Democratic Republic of the Congo", "CD"), ("Congo (DRC)", "CD"),
    ("Republic of the Congo", "CG"), ("Congo-Brazzaville", "CG"), ("Congo Republic", "CG"),
    ("Burma", "MM"), ("Myanmar (Burma)", "MM"), ("Czechia", "CZ"), ("Swaziland", "SZ"),
    ("Macedonia", "MK"), ("Cabo Verde", "CV"), ("Timor-Leste", "TL"), ("Vatican City", "VA"),
    ("Holy See", "VA"), ("Palestinian territories", "PS"), ("State of Palestine", "PS"),
    ("XK", "XK"), ("Republic of Korea", "KR"), ("DPRK", "KP"),
    ("Islamic Republic of Iran", "IR"), ("Syrian Arab Republic", "SY"), ("Lao PDR", "LA"),
    ("Viet Nam", "VN"), ("Plurinational State of Bolivia", "BO"), ("Tanzania", "TZ"),
    ("United Republic of Tanzania", "TZ"), ("Republic of Moldova", "MD"),
    ("Federated States of Micronesia", "FM"), ("Brunei Darussalam", "BN"), ("Gambia", "GM"),
    ("Bahamas", "BS"), ("Saint Kitts and Nevis", "KN"), ("St. Kitts & Nevis", "KN"),
    ("Saint Lucia", "LC"), ("St Vincent", "VC"), ("São Tomé", "ST"), ("Sao Tome", "ST"),
    ("São Tomé and Príncipe", "ST"), ("Curaçao", "CW"), ("Curacao", "CW"), ("Holland", "NL"),
    ("Bosnia", "BA"), ("Bosnia and Herzegovina", "BA"), ("Hong Kong", "HK"),
    ("Macau", "MO"), ("Macao", "MO"), ("PRC", "CN"), ("People's Republic of China", "CN"),
    ("South Georgia", "GS"), ("Hong Kong SAR", "HK"), ("Macao SAR", "MO"), ("Macau SAR", "MO"),
    ("West Bank and Gaza", "PS"), ("occupied Palestinian territory", "PS"),
    ("Occupied Palestinian Territories", "PS"), ("FYROM", "MK"),
    ("the former Yugoslav Republic of Macedonia", "MK"),
]
# Names as data sources list them, inside out and with words cut short: the World Bank, the
# CIA World Factbook, ISO 3166-1, the UN's M49.
AS_SOURCES_WRITE = [
    ("Korea, South", "KR"), ("Korea, North", "KP"), ("Macedonia, North", "MK"),
    ("Korea, Rep.", "KR"), ("Korea, Dem. People's Rep.", "KP"), ("Korea, Dem. Rep.", "KP"),
    ("Iran, Islamic Rep.", "IR"), ("Egypt, Arab Rep.", "EG"), ("Congo, Dem. Rep.", "CD"),
    ("Congo, Rep.", "CG"), ("Bahamas, The", "BS"), ("Gambia, The", "GM"),
    ("Micronesia, Fed. Sts.", "FM"), ("Venezuela, RB", "VE"), ("Yemen, Rep.", "YE"),
    ("Korea, Republic of", "KR"), ("Congo, Republic of the", "CG"), ("Sudan, South", "SS"),
    ("Korea (South)", "KR"), ("China, Hong Kong SAR", "HK"), ("Central African Rep.", "CF"),
]
MISSPELT = [("Kenia", "Kenya"), ("Phillipines", "Philippines"), ("Columbia", "Colombia"),
            ("Argentinia", "Argentina"), ("Tailand", "Thailand"), ("Ukrane", "Ukraine"),
            ("Isreal", "Israel"), ("Luxemburg", "Luxembourg"), ("Swazilnd", "Swaziland"),
            ("Afganistan", "Afghanistan"), ("Europen Union", "European Union"),
            # Two letters typed the other way round, in a short name too; and a letter moved,
            # which difflib finds close to the name only when the typed one is read first.
            ("Iarn", "Iran"), ("Peur", "Peru"), ("Mlai", "Mali"), ("Cbua", "Cuba"),
            ("Ganha", "Ghana")]
NONSENSE = ["Narnia", "Wakanda", "Atlantis", "Ruritania", "Xyz"]


def countries_section(*names: str) -> str:
    """Return a countries section listing the names, in quotes (so 'NO' stays text)."""
    return "--- countries\ncountries:\n" + "".join(f'  - name: "{name}"\n' for name in names) \
        + "---\n"


def test_every_un_state_observer_kosovo_and_taiwan_builds(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    assert len(STATES) == 197
    story = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n\n" + countries_section(*STATES)
    root = make_site({"content/world.md": story})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "unknown country" not in result.stderr and "listed twice" not in result.stderr
    page = soup(tmp_path / "out" / "world.html")
    assert [li["data-iso"] for li in page.select("li.country")] == list(STATES.values())


def test_the_index_of_every_state_weighs_under_150_kb_with_its_flags(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    story = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n\n" + countries_section(*STATES)
    result = run_cli("build", "--root", make_site({"content/world.md": story}),
                     "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    index = tmp_path / "out" / "countries" / "index.html"
    page = soup(index)
    loaded = {index, *(index.parent / link["href"] for link in page.select("link[rel=stylesheet]")),
              *(index.parent / img["src"] for img in page.select("img"))}
    assert len(page.select(".country-list li")) == len(STATES)
    assert sum(path.stat().st_size for path in loaded) < 150_000  # the page budget


@pytest.mark.parametrize(("written", "code"), ALIASES)
def test_a_country_is_known_by_its_other_names(written: str, code: str) -> None:
    section = only_section(countries_section(written))
    assert isinstance(section, model.Countries)
    assert [entry.country.code for entry in section.entries] == [code]


@pytest.mark.parametrize(("written", "code"), AS_SOURCES_WRITE)
def test_a_country_is_known_as_data_sources_write_it(written: str, code: str) -> None:
    section = only_section(countries_section(written))
    assert isinstance(section, model.Countries)
    assert [entry.country.code for entry in section.entries] == [code]


def test_a_name_turned_round_is_still_refused_when_it_is_not_a_country() -> None:
    [error] = errors_of(countries_section("Ireland, Northern"))
    assert "unknown country 'Ireland, Northern'" in error


@pytest.mark.parametrize("attr", ["alpha_2", "alpha_3"])
def test_every_iso_code_stands_for_its_own_country(attr: str) -> None:
    section = only_section(countries_section(*(getattr(c, attr) for c in pycountry.countries)))
    assert isinstance(section, model.Countries)
    assert [entry.country.code for entry in section.entries] == [
        c.alpha_2 for c in pycountry.countries]


@pytest.mark.parametrize(("written", "meant"), MISSPELT)
def test_a_misspelt_name_gets_the_name_it_was_meant_to_be(written: str, meant: str) -> None:
    [error] = errors_of(countries_section(written))
    assert f"unknown country '{written}' (did you mean '{meant}'?)" in error


@pytest.mark.parametrize("written", NONSENSE)
def test_a_made_up_name_gets_no_suggestion(written: str) -> None:
    [error] = errors_of(countries_section(written))
    assert f"unknown country '{written}'\n" in error
    assert "did you mean" not in error


def test_a_name_of_two_countries_asks_which() -> None:
    [error] = errors_of(countries_section("Congo"))
    assert "'Congo' may mean 'DR Congo' or 'Republic of the Congo'" in error
    assert "hint: write the one you mean" in error


@pytest.mark.parametrize(("written", "whole"), [
    ("Scotland", "United Kingdom"), ("Gaza", "Palestine"), ("Somaliland", "Somalia"),
    ("Crimea", "Ukraine"), ("Abkhazia", "Georgia"), ("South Ossetia", "Georgia"),
    ("Transnistria", "Moldova"), ("Northern Cyprus", "Cyprus"), ("North Cyprus", "Cyprus"),
    ("Turkish Republic of Northern Cyprus", "Cyprus"), ("TRNC", "Cyprus")])
def test_a_part_of_a_country_is_named_with_a_label(written: str, whole: str) -> None:
    [error] = errors_of(countries_section(written))
    assert f"'{written}' is not a country of its own but part of one: {whole}\n" in error
    assert f"hint: write 'name: {whole}' and 'label: {written}'" in error


@pytest.mark.parametrize(("written", "whole"), [
    ("Texas", "United States"), ("Bavaria", "Germany"), ("Bayern", "Germany"),
    ("Quebec", "Canada"), ("québec", "Canada"), ("Kerala", "India"), ("Sichuan", "China"),
    ("New South Wales", "Australia"), ("Sindh", "Pakistan")])
def test_a_region_of_a_country_is_named_with_a_label(written: str, whole: str) -> None:
    [error] = errors_of(countries_section(written))
    assert f"'{written}' is not a country of its own but part of one: {whole}\n" in error
    assert f"hint: write 'name: {whole}' and 'label: {written}'" in error


@pytest.mark.parametrize(("written", "wholes", "entries"), [
    ("Florida", "United States or Uruguay", "'name: United States' or 'name: Uruguay'"),
    ("punjab", "India or Pakistan", "'name: India' or 'name: Pakistan'"),
    ("La Paz", "Bolivia, El Salvador or Honduras",
     "'name: Bolivia', 'name: El Salvador' or 'name: Honduras'")])
def test_a_region_of_a_few_countries_names_each_with_its_entry(
        written: str, wholes: str, entries: str) -> None:
    [error] = errors_of(countries_section(written))
    assert f"'{written}' is not a country of its own but part of one: {wholes}\n" in error
    assert f"hint: write {entries}, the one it is part of, and 'label: {written}'" in error


@pytest.mark.parametrize("written", ["Central", "Western", "Taiwan Sheng"])
def test_a_direction_of_many_countries_or_a_region_also_a_country_is_only_unknown(
        written: str) -> None:
    [error] = errors_of(countries_section(written))
    assert f"unknown country '{written}'" in error
    assert "part of one" not in error


def test_regions_are_looked_up_only_for_a_name_nothing_else_knows() -> None:
    subdivision_countries.cache_clear()
    only_section(countries_section("Kenya", "Côte d'Ivoire", "UK", "African Union"))
    assert subdivision_countries.cache_info().currsize == 0


def test_two_regions_of_one_country_are_two_entries() -> None:
    body = ("--- countries\ncountries:\n  - name: United States\n    label: Texas\n"
            "  - name: United States\n    label: California\n---\n")
    explainer, problems = read(body)
    assert [p.render() for p in problems] == []
    assert [entry.label for entry in explainer.sections[0].entries] == ["Texas", "California"]


@pytest.mark.parametrize(("written", "meant"), [
    ("Republic of China", "Taiwan"), ("Chinese Taipei", "Taiwan"),
    ("Sahrawi Arab Democratic Republic", "Western Sahara"), ("SADR", "Western Sahara")])
def test_a_name_that_says_more_than_the_country_s_points_to_it(written: str,
                                                               meant: str) -> None:
    [error] = errors_of(countries_section(written))
    assert f"unknown country '{written}' (did you mean '{meant}'?)" in error
    assert f"hint: write 'name: {meant}', and 'label: {written}' to show it as {written}" in error


@pytest.mark.parametrize(("language", "written"), [
    ("fr", "Taipei chinois"), ("es", "China Taipéi"), ("de", "Chinesisch Taipeh"),
    ("it", "Taipei Cinese")])
def test_taiwan_s_olympic_name_in_the_page_s_language_points_to_it(language: str,
                                                                   written: str) -> None:
    front = f"---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n\n"
    [error] = errors_of(countries_section(written), front)
    assert f"unknown country '{written}' (did you mean 'Taiwan'?)" in error
    assert f"hint: write 'name: Taiwan', and 'label: {written}' to show it as {written}" in error


def test_taiwan_s_olympic_name_in_another_language_is_only_unknown() -> None:
    [error] = errors_of(countries_section("Taipei chinois"))  # on a page in English
    assert "did you mean 'Taiwan'" not in error


SHOWN = """---
title: Shown names
dek: D
published: 2024-05-23
---

--- countries
countries:
  - {name: "Russian Federation", role: lead}
  - {name: "Iran, Islamic Republic of", role: host}
  - {name: "Congo, The Democratic Republic of the"}
  - {name: "Korea, Republic of"}
  - {name: Turkey}
  - {name: Myanmar (Burma)}
  - {name: "Cote d'Ivoire"}
  - {name: Bosnia & Herzegovina}
  - {name: Åland Islands}
  - {name: UK, label: Britain}
  - {name: Kosovo}
---
"""


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = write_project(tmp_path_factory.mktemp("shown"), {"content/shown.md": SHOWN})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out", result.stderr


def test_pages_show_the_names_a_newsroom_prints(shown: tuple[Path, str]) -> None:
    page = soup(shown[0] / "shown.html")
    assert [a.get_text() for a in page.select("a.country-name")] == [
        "Russia", "Iran", "DR Congo", "South Korea", "Türkiye", "Myanmar", "Côte d’Ivoire",
        "Bosnia and Herzegovina", "Åland Islands", "Britain", "Kosovo"]


def test_a_label_names_the_country_in_its_story_only(shown: tuple[Path, str]) -> None:
    [data] = [json.loads(s.string) for s in
              soup(shown[0] / "shown.html").select('script[type="application/ld+json"]')]
    assert data["about"] == [{"@type": "Country", "name": "Russia", "identifier": "RU"},
                             {"@type": "Country", "name": "Iran", "identifier": "IR"}]
    assert {"@type": "Country", "name": "Britain", "identifier": "GB"} in data["mentions"]
    heading = soup(shown[0] / "countries/gb.html").h1.get_text(" ", strip=True)
    assert heading == "United Kingdom GB"


def test_the_country_index_is_in_the_order_of_the_names_shown(shown: tuple[Path, str]) -> None:
    index = soup(shown[0] / "countries/index.html")
    assert [a.get_text() for a in index.select(".country-list a")] == [
        "Åland Islands", "Bosnia and Herzegovina", "Côte d’Ivoire", "DR Congo", "Iran",
        "Kosovo", "Myanmar", "Russia", "South Korea", "Türkiye", "United Kingdom"]


def test_kosovo_has_its_flag_and_every_flag_shown_is_written(shown: tuple[Path, str]) -> None:
    out = shown[0]
    kosovo = soup(out / "shown.html").select_one('li.country[data-iso="XK"]')
    assert [img["src"] for img in kosovo.select("img")] == ["flags/small/xk.svg"]
    [listed] = [li for li in soup(out / "countries/index.html").select(".country-list li")
                if li.a["href"] == "xk.html"]
    assert [img["src"] for img in listed.select("img")] == ["../flags/small/xk.svg"]
    flags = {img["src"] for path in out.rglob("*.html")
             for img in soup(path).select('img[src*="flags/"]')}
    assert flags and all((out / path.removeprefix("../")).is_file() for path in flags)


def test_kosovo_is_drawn_on_the_map(shown: tuple[Path, str]) -> None:
    svg = soup(shown[0] / "shown.html").select_one("figure.country-map svg")
    assert svg.select('path[data-country="XK"]')


def test_a_country_listed_twice_under_two_names_is_warned_by_its_shown_name() -> None:
    _, problems = read(countries_section("Turkey", "Türkiye"))
    assert [p.message for p in problems] == [
        "section 'countries': Türkiye is listed twice (first on line 8); the page shows it once"]



def test_a_country_pasted_under_three_names_is_warned_about_once_with_its_count(
        make_site: Callable[..., Path]) -> None:
    """Côte d'Ivoire three times over is one warning that says so, not 'listed twice ... the
    page shows it once on lines 12, 13'."""
    root = make_site({"content/lake.md": "---\ntitle: Lake\ndek: D\npublished: 2024-05-23\n"
                      "---\n\n" + countries_section("Côte d'Ivoire", "Ghana", "Cote d'Ivoire",
                                                      "Ivory Coast", "DRC", "Congo-Kinshasa")})
    result = run_cli("check", "--root", root)
    warnings = [line for line in result.stderr.splitlines() if ": warning: section" in line]
    assert warnings == [
        "content/lake.md:11:1: warning: section 'countries': Côte d\u2019Ivoire is listed 3 times "
        "(first on line 9, then on lines 11, 12); the page shows it once",
        "content/lake.md:14:1: warning: section 'countries': DR Congo is listed twice (first on "
        "line 13); the page shows it once"]
    assert "  hint: remove the entries after the first" in result.stderr


@pytest.mark.parametrize(("written", "message", "hint"), [
    ("Eswatini/Swaziland", "unknown country 'Eswatini/Swaziland' (did you mean 'Eswatini'?)",
     "the names are one country's: write one of them, 'Eswatini' (or its code, SZ)"),
    ("Czechia / Czech Republic", "unknown country 'Czechia / Czech Republic' (did you mean "
     "'Czechia'?)", "the names are one country's: write one of them, 'Czechia' (or its code, "
     "CZ)"),
    ("Chad/Sudan", "'Chad/Sudan' names 2 countries",
     "give each an entry of its own, with its 'name:' and 'role:'"),
    ("Türkiye (Turkey)", "unknown country 'Türkiye (Turkey)' (did you mean 'Türkiye'?)",
     "the names are one country's: write one of them, 'Türkiye' (or its code, TR)"),
    ("Greenland (Denmark)", "unknown country 'Greenland (Denmark)' (did you mean "
     "'Greenland'?)", "write 'Greenland' alone (or its code, GL); Denmark, if it takes part, "
     "is an entry of its own"),
    ("Kosovo (UNSCR 1244)", "unknown country 'Kosovo (UNSCR 1244)' (did you mean 'Kosovo'?)",
     "write 'Kosovo' alone (or its code, XK); a remark on it goes in 'note:'"),
])
def test_a_name_pasted_with_its_other_name_says_which_to_write(written: str, message: str,
                                                               hint: str) -> None:
    [error] = errors_of(countries_section(written))
    assert error == (f"content/x.md:8:11: error: section 'countries': {message}\n"
                     f'    - name: "{written}"\n  hint: {hint}')

# The names a page in each language prints for the two Congos, Myanmar, Hong Kong, Macao and
# Palestine, from CLDR's standard names, short forms and variants (content/shownnames.py).
IN_LANGUAGES = {
    "es": ("Congo (República)", "República Democrática del Congo", "Myanmar", "Hong Kong",
           "Macao", "Palestina"),
    "pl": ("Republika Konga", "Demokratyczna Republika Konga", "Mjanma", "Hongkong", "Makau",
           "Palestyna"),
    "it": ("Congo (Repubblica)", "Congo (RDC)", "Myanmar", "Hong Kong", "Macao", "Palestina"),
    "tr": ("Kongo Cumhuriyeti", "Kongo Demokratik Cumhuriyeti", "Myanmar", "Hong Kong", "Makao",
           "Filistin"),
    "sw": ("Jamhuri ya Kongo", "Kongo (DRC)", "Myanmar", "Hong Kong", "Makau", "Palestina"),
    "pt": ("República do Congo", "República Democrática do Congo", "Mianmar", "Hong Kong",
           "Macau", "Palestina"),
    "pt-PT": ("República do Congo", "República Democrática do Congo", "Mianmar", "Hong Kong",
              "Macau", "Palestina"),
    "fr": ("République du Congo", "Congo (RDC)", "Myanmar", "Hong Kong", "Macao", "Palestine"),
    "de": ("Kongo (Republik)", "Kongo (Demokratische Republik)", "Myanmar", "Hongkong", "Macau",
           "Palästina"),
    "ar": ("جمهورية الكونغو", "جمهورية الكونغو الديمقراطية", "ميانمار", "هونغ كونغ", "مكاو",
           "فلسطين"),
    "zh-Hant": ("剛果共和國", "剛果民主共和國", "緬甸", "香港", "澳門", "巴勒斯坦"),
}


@pytest.mark.parametrize("language", IN_LANGUAGES)
def test_each_language_prints_names_that_stand_on_their_own(language: str) -> None:
    names = shown_names(language)
    assert tuple(names[code] for code in ("CG", "CD", "MM", "HK", "MO", "PS")) == \
        IN_LANGUAGES[language]


def test_the_docs_show_the_names_each_language_prints() -> None:
    text = (REPO / "docs" / "countries.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z]{2})` \| (.+) \|$", text, flags=re.MULTILINE)
    assert len(rows) == 8
    for language, names in rows:
        assert tuple(names.split(" | ")) == IN_LANGUAGES[language]


@pytest.mark.parametrize("language", sorted(package_tables()))
def test_no_language_shipped_prints_a_menu_s_name(language: str) -> None:
    names = shown_names(str(cldr_locale(language)).replace("_", "-"))
    congos = names["CG"], names["CD"]
    assert congos[0] != congos[1]
    # Neither names its capital ("Congo - Kinshasa") nor is the bare name of both ("Kongo").
    assert not any(re.search(r"[-–]", name) for name in congos), congos
    assert not {name_key(name) for name in congos} & {"congo", "kongo"}, congos
    assert not any(re.search(r"[)）]$", names[code]) for code in ("MM", "HK", "MO"))
    assert "SAR" not in names["HK"] + names["MO"]


PAGES_IN = """---
title: T
dek: D
published: 2024-05-23
language: {language}
---

--- countries
countries:
  - {{name: DRC, role: lead}}
  - {{name: Republic of the Congo, role: lead}}
  - {{name: Burma}}
  - {{name: Hong Kong}}
---
"""


@pytest.mark.parametrize(("language", "congos"), [
    # CLDR's menu names one Congo by its capital after a dash, the other after a space.
    ("ne", ["कङ्गो (डीआर्\u200cसी)", "कङ्गो (गणतन्त्र)"]),
    ("am", ["ኮንጎ (የዲሞክራቲክ ሪፐብሊክ ኮንጎ)", "ኮንጎ (ሪፑብሊክ)"]),
])
def test_a_congo_named_by_its_capital_after_a_space_is_a_menu_s_name_too(
        tmp_path: Path, language: str, congos: list[str]) -> None:
    root = write_project(tmp_path, {"content/story.md": PAGES_IN.format(language=language)})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    page = soup(root / "out" / language / "story.html")
    assert [a.get_text() for a in page.select("a.country-name")][:2] == congos


def test_a_page_in_another_language_names_a_country_one_way_everywhere(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"content/es.md": PAGES_IN.format(language="es"),
                                    "content/sw.md": PAGES_IN.format(language="sw")})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    out = root / "out"
    spanish = ["República Democrática del Congo", "Congo (República)", "Myanmar", "Hong Kong"]
    page = soup(out / "es" / "es.html")
    assert [a.get_text() for a in page.select("a.country-name")] == spanish
    [data] = [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    assert [c["name"] for c in data["about"]] == spanish[:2]
    rows = (out / "es" / "data" / "es.countries.csv").read_text(encoding="utf-8").splitlines()
    assert [row.split(",")[4] for row in rows[1:]] == spanish
    assert soup(out / "es" / "countries" / "cg.html").h1.get_text(" ", strip=True) == \
        "Congo (República) CG"
    index = soup(out / "es" / "countries" / "index.html")
    assert [a.get_text() for a in index.select(".country-list a")] == sorted(spanish)
    swahili = soup(out / "sw" / "sw.html")  # CLDR's Swahili standard name is English's
    assert [a.get_text() for a in swahili.select("a.country-name")] == [
        "Kongo (DRC)", "Jamhuri ya Kongo", "Myanmar", "Hong Kong"]


@pytest.mark.parametrize(("language", "names"), [
    # Taiwan's names are CLDR's zh_Hant, Hong Kong's its zh_Hant_HK: never zh's Simplified.
    ("zh-TW", ["肯亞", "喬治亞", "象牙海岸", "香港", "剛果民主共和國"]),
    ("zh-HK", ["肯尼亞", "格魯吉亞", "科特迪瓦", "香港", "剛果民主共和國"]),
    ("zh", ["肯尼亚", "格鲁吉亚", "科特迪瓦", "香港", "刚果民主共和国"]),
])
def test_a_chinese_page_names_countries_as_its_region_writes_them(
        tmp_path: Path, language: str, names: list[str]) -> None:
    story = PAGES_IN.format(language=language).split("--- countries")[0] + (
        "--- countries\ncountries:\n  - {name: Kenya, role: lead}\n  - {name: Georgia}\n"
        "  - {name: Ivory Coast}\n  - {name: Hong Kong}\n  - {name: DRC}\n---\n")
    root = write_project(tmp_path, {"content/story.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    page = soup(root / "out" / language.lower() / "story.html")
    assert [a.get_text() for a in page.select("a.country-name")] == names


def test_a_language_cldr_knows_little_of_names_countries_as_english_does() -> None:
    congo = countries()["CD"]
    assert Lexicon({}).words("qq").country(congo) == "DR Congo"  # no CLDR data at all
    assert Lexicon({}).words("ny").country(congo) == "DR Congo"  # none for most countries
    # No other names (explainer keeps them for the languages it ships): the standard one.
    assert Lexicon({}).words("km").country(congo) == "កុងហ្គោ- គីនស្ហាសា"


@pytest.mark.parametrize(("written", "meant"), [
    ("Congo DR", "DR Congo"), ("Congo Brazaville", "Republic of the Congo"),
    ("Iran Islamic Republik", "Iran"), ("St Vincent Grenadine", "St. Vincent and the Grenadines"),
    ("Hong Kong SAR Chin", "Hong Kong"), ("Palestinian Territory", "Palestine")])
def test_a_suggestion_is_a_name_as_the_page_prints_it(written: str, meant: str) -> None:
    [error] = errors_of(countries_section(written))
    assert f"unknown country '{written}' (did you mean '{meant}'?)" in error


def test_every_name_suggested_reads_as_prose_and_names_its_country() -> None:
    shown = {country.name for country in countries().values()}
    for name in suggestions("en").values():
        assert not re.search(r"[(),&]| - ", name) or name in shown, name
        assert resolve_country(name) is not None or resolve_organisation(name), name
