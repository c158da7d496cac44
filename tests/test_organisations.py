"""Organisations beside countries: listed with their role, never on the map, never counted."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest
from bs4 import Tag

from explainer.content.naming.names import name_key
from explainer.content.naming.organisations import BUILT_IN, in_language, spellings

from .helpers import REPO, run_cli, soup, write_project
from .test_schema import FRONT, errors_of, read

STORY = """---
title: A mission to Haiti
dek: D
published: 2024-05-23
---

--- takeaways
takeaways:
  - Kenya leads, with 3 countries and the UN behind the mission.
---

--- countries
countries:
  - {name: Kenya, role: lead}
  - {name: Haiti, role: host}
  - {name: UN, role: supporting, note: Authorised the mission}
  - {name: US, role: funder}
  - {organisation: Wagner Group, role: other}
  - {name: African Union, role: supporting}
  - {name: NATO, role: other, label: Nato}
---
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_project(tmp_path_factory.mktemp("organisations"), {"content/haiti.md": STORY})
    result = run_cli("build", "--root", root, "--output", root / "out", "--strict",
                     "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr  # the takeaway's '3 countries' leaves out the UN
    return root / "out"


def test_organisations_are_listed_under_their_roles_with_a_badge(out: Path) -> None:
    section = soup(out / "haiti.html").select_one("section.countries")
    assert section.h2.get_text(" ", strip=True) == "Countries and organisations involved (7)"
    groups = {h3.get_text(" ", strip=True): [
        li.get_text(" ", strip=True) for li in h3.find_next_sibling("ul").select("li")]
        for h3 in section.select("h3.role")}
    assert groups == {
        "Leading (1)": ["Kenya KE"], "Host (1)": ["Haiti HT"], "Funding (1)": ["United States US"],
        "Supporting (2)": ["UN United Nations Authorised the mission", "AU African Union"],
        "Also involved (2)": ["WG Wagner Group", "Nato"]}
    badges = section.select("li.organisation .org-badge")
    assert all(badge["aria-hidden"] == "true" for badge in badges)
    assert section.select("li.organisation img, li.organisation a") == []


def badge_of(item: Tag) -> str | None:
    """Return the initials an organisation's badge shows in a list, or None for no badge."""
    badge = item.select_one(".org-badge")
    return badge.get_text() if badge else None


def test_a_badge_that_would_repeat_the_name_is_left_out(tmp_path: Path) -> None:
    story = STORY[:STORY.index("--- countries")] + (
        "--- countries\ncountries:\n  - {name: Kenya, role: lead}\n  - {name: UN}\n"
        "  - {name: UNICEF}\n  - {organisation: FAO}\n  - {name: WFP, label: WFP}\n"
        "  - {organisation: IPC, label: Integrated Food Security Phase Classification}\n---\n")
    root = write_project(tmp_path, {"content/haiti.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    section = soup(root / "out" / "haiti.html").select_one("section.countries")
    assert [item.get_text(" ", strip=True) for item in section.select("li.organisation")] == [
        "UN United Nations", "UNICEF", "FAO", "WFP",
        "IPC Integrated Food Security Phase Classification"]
    assert [badge_of(li) for li in section.select("li.organisation")] == [
        "UN", None, None, None, "IPC"]


@pytest.mark.parametrize(("language", "named", "expected"), [
    ("ja", "日本赤十字社", [None, "WG"]),
    ("ar", "الهلال الأحمر", [None, "WG"]),
    ("ja", "日本赤十字社 (JRCS)", ["JRCS", "WG"]),
])
def test_a_name_in_a_script_without_capitals_gets_no_badge_of_its_first_letter(
        tmp_path: Path, language: str, named: str, expected: list[str | None]) -> None:
    """A badge of '日' or 'ا' (an article's first letter) says nothing: only initials do."""
    story = STORY[:STORY.index("--- countries")].replace(
        "---\n", f"---\nlanguage: {language}\n", 1) + (
        f"--- countries\ncountries:\n  - {{name: Kenya, role: lead}}\n"
        f"  - {{organisation: '{named}'}}\n  - {{organisation: Wagner Group}}\n---\n")
    root = write_project(tmp_path, {"content/haiti.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    section = soup(root / "out" / language / "haiti.html").select_one("section.countries")
    items = section.select("li.organisation")
    assert [badge_of(li) for li in items] == expected
    assert named in items[0].get_text()

def test_organisations_are_not_on_the_map(out: Path) -> None:
    figure = soup(out / "haiti.html").select_one("figure.country-map")
    assert {shape["data-country"] for shape in figure.select("[data-country]")} == {
        "KE", "HT", "US"}
    assert figure.svg.title.get_text().startswith("World map of the 3 countries listed below")
    assert [li.get_text(strip=True) for li in figure.select(".map-legend li")] == [
        "Leading (1)", "Host (1)", "Funding (1)"]
    assert "Organisations are listed too, but not on the map." in figure.figcaption.get_text()


def test_organisations_have_no_page_of_their_own(out: Path) -> None:
    files = {path.name for path in (out / "countries").iterdir()}
    # a page and a feed per country; none for the United Nations
    assert files == {"index.html", "ke.html", "ht.html", "us.html", "ke.xml", "ht.xml", "us.xml"}


def test_organisations_are_organizations_in_the_structured_data(out: Path) -> None:
    [data] = [json.loads(s.string) for s in
              soup(out / "haiti.html").select('script[type="application/ld+json"]')]
    assert [thing["name"] for thing in data["about"]] == ["Kenya", "Haiti"]
    assert data["mentions"] == [
        {"@type": "Country", "name": "United States", "identifier": "US"},
        {"@type": "Organization", "name": "United Nations"},
        {"@type": "Organization", "name": "Wagner Group"},
        {"@type": "Organization", "name": "African Union"},
        {"@type": "Organization", "name": "Nato"}]


@pytest.mark.parametrize(("code", "country", "organisation"), [
    ("AU", "Australia", "African Union"), ("EC", "Ecuador", "European Commission"),
    ("CW", "Curaçao", "Commonwealth"), ("MS", "Montserrat", "Mercosur"),
    ("AL", "Albania", "Arab League"), ("al", "Albania", "Arab League")])
def test_an_iso_code_that_is_also_an_organisations_initials_is_warned(
        code: str, country: str, organisation: str) -> None:
    explainer, problems = read(f"--- countries\ncountries:\n  - name: {code}\n---\n")
    assert explainer is not None and explainer.countries[0].country.name == country
    [warning] = [p.render() for p in problems]
    assert f"warning: section 'countries': '{code}' is read as {country}, whose ISO code it " \
        "is\n" in warning
    assert f"hint: for the organisation, write 'name: {organisation}'; for the country, write " \
        f"'name: {country}'" in warning


def test_every_iso_code_that_is_a_listed_organisation_s_initials_is_warned() -> None:
    clashes = [initials for initials, _, _ in BUILT_IN
               if pycountry.countries.get(alpha_2=initials.upper()) is not None]
    assert {"AL", "AU", "CW", "EC", "MS"} <= set(clashes)
    section = "".join(f"  - name: {initials}\n" for initials in clashes)
    _, problems = read(f"--- countries\ncountries:\n{section}---\n")
    assert len(problems) == len(clashes)


def test_a_page_s_language_warns_of_its_press_s_initials_too() -> None:
    polish = FRONT.replace("---\n", "---\nlanguage: pl\n", 1)
    body = "--- countries\ncountries:\n  - name: KE\n  - name: UA\n---\n"
    _, problems = read(body, polish)
    assert [p.render().splitlines()[-1] for p in problems] == [
        "  hint: for the organisation, write 'name: European Commission'; for the country, "
        "write 'name: Kenya'",
        "  hint: for the organisation, write 'name: African Union'; for the country, write "
        "'name: Ukraine'"]
    assert read(body)[1] == []  # in English, KE is only Kenya's code


def test_organisation_initials_name_the_listed_body() -> None:
    explainer, problems = read("--- countries\ncountries:\n  - organisation: AU\n---\n")
    assert problems == [] and explainer is not None
    assert [e.organisation.name for e in explainer.organisations] == ["African Union"]


def test_an_entry_is_a_country_or_an_organisation_not_both() -> None:
    [error] = errors_of("--- countries\ncountries:\n  - {name: Kenya, organisation: EU}\n---\n")
    assert "error: section 'countries': give 'name' or 'organisation', not both" in error


def test_an_organisation_listed_twice_is_warned() -> None:
    _, problems = read("--- countries\ncountries:\n  - name: EU\n  - name: European Union\n---\n")
    assert [p.message for p in problems] == [
        "section 'countries': European Union is listed twice (first on line 8); the page "
        "shows it once"]


@pytest.mark.parametrize(("language", "named"), [
    ("fr", [("ONU", "Nations unies"), ("UA", "Union africaine"), ("WG", "Wagner Group"),
            ("OTAN", "Nato")]),
    ("es", [("ONU", "Naciones Unidas"), ("UA", "Unión Africana"), ("WG", "Wagner Group"),
            ("OTAN", "Nato")]),
    ("ar", [("UN", "الأمم المتحدة"), ("AU", "الاتحاد الأفريقي"), ("WG", "Wagner Group"),
            ("NATO", "Nato")]),
])
def test_a_listed_organisation_is_named_in_the_page_s_language(
        tmp_path: Path, language: str, named: list[tuple[str, str]]) -> None:
    story = STORY.replace("published: 2024-05-23\n",
                          f"published: 2024-05-23\nlanguage: {language}\n")
    root = write_project(tmp_path, {"content/haiti.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    section = soup(root / "out" / language / "haiti.html").select_one("section.countries")
    # The body the author named, and the name a label gives, are printed as written.
    # A badge that would only repeat the name ("OTAN" beside "Nato") is left out.
    assert [(badge_of(li), li.select_one(".country-name").get_text())
            for li in section.select("li.organisation")] == [
        (initials if name_key(initials) != name_key(name) else None, name)
        for initials, name in named]
    data = json.loads((root / "out" / language / "data" / "haiti.json").read_text("utf-8"))
    [countries] = [s for s in data["sections"] if s["kind"] == "countries"]
    assert sorted((o["initials"], o["name"]) for o in countries["organisations"]) == \
        sorted(named)


@pytest.mark.parametrize(("language", "written", "shown"), [
    ("es", ["OEA", "Naciones Unidas", "CE"],
     ["OEA Organización de los Estados Americanos", "ONU Naciones Unidas",
      "CE Comisión Europea"]),
    ("de", ["EU-Kommission", "Vereinte Nationen", "IWF"],
     ["EC EU-Kommission", "UN Vereinte Nationen", "IWF Internationaler Währungsfonds"]),
    ("fr-CA", ["ONU"], ["ONU Nations unies"]),
    # Taiwan's press names them in Traditional characters and words of its own (東協, not
    # 東盟); Hong Kong's pages take the same names, never the Simplified ones of zh.
    ("zh-TW", ["東協", "聯合國", "歐盟執委會"], ["ASEAN 東協", "UN 聯合國", "EC 歐盟執委會"]),
    ("zh-HK", ["UN", "IAEA"], ["UN 聯合國", "IAEA 國際原子能總署"]),
    ("zh", ["东盟"], ["ASEAN 东盟"]),
])
def test_a_listed_organisation_is_read_as_the_page_s_language_writes_it(
        tmp_path: Path, language: str, written: list[str], shown: list[str]) -> None:
    """The page prints 'OEA' in Spanish: an author writing the same is understood."""
    entries = "".join(f"  - {{name: {name}, role: supporting}}\n" for name in written)
    story = STORY[:STORY.index("--- countries")].replace(
        "---\n", f"---\nlanguage: {language}\n", 1) + \
        f"--- countries\ncountries:\n  - {{name: Kenya, role: lead}}\n{entries}---\n"
    root = write_project(tmp_path, {"content/haiti.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    page = root / "out" / language.lower() / "haiti.html"
    section = soup(page).select_one("section.countries")
    assert [li.get_text(" ", strip=True) for li in section.select("li.organisation")] == shown


def test_every_listed_organisation_has_a_name_in_each_language_explainer_ships() -> None:
    shipped = {path.stem for path in (REPO / "explainer" / "data" / "i18n").glob("*.yml")}
    listed = sorted({organisation for _, organisation in spellings().values()},
                    key=lambda organisation: organisation.key)
    for language in shipped - {"en"}:
        names = [in_language(organisation, language) for organisation in listed]
        assert all(named.name and 0 < len(named.initials) <= 7 for named in names), language
        # Most are named otherwise than in English; some are the same (G7, BRICS).
        assert sum(named.name != english.name
                   for named, english in zip(names, listed, strict=True)) > len(listed) // 2


# Bodies an author names, and the badge each gets.
BADGES = [("Rapid Support Forces", "RSF"), ("UN Environment Programme", "UNEP"),
          ("CONMEBOL", "CONMEBOL"), ("Hamas", "H"), ("Médecins sans frontières", "MSF"),
          ("Alliance des États du Sahel", "AÉS"), ("Östliche Partnerschaft", "ÖP"),
          ("Организация Договора о коллективной безопасности", "ОД"), ("ОДКБ", "ОДКБ"),
          # Initials the author gives with the name are the badge, not letters added to it.
          ("Comunidad Andina (CAN)", "CAN"), ("Internationale Energieagentur (IEA)", "IEA"),
          ("CAF - Banco de Desarrollo de América Latina", "CAF")]


def test_a_body_named_by_the_author_gets_the_badge_its_name_gives(tmp_path: Path) -> None:
    entries = "".join(f"  - {{organisation: {name}, role: party}}\n" for name, _ in BADGES)
    story = STORY[:STORY.index("--- countries")] + \
        f"--- countries\ncountries:\n  - {{name: Kenya, role: lead}}\n{entries}---\n"
    root = write_project(tmp_path, {"content/haiti.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    section = soup(root / "out" / "haiti.html").select_one("section.countries")
    assert [badge_of(li) for li in section.select("li.organisation")] == \
        [badge if badge != name else None for name, badge in BADGES]
