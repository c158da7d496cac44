"""Roles are the story's words: the fixture stories, and how roles group, head and shade."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from explainer.content.model import Country, CountryEntry
from explainer.content.model.involved import parts_of
from explainer.errors import group_problems
from explainer.site.cards import CATCH_ALL_COLOUR, GROUP_COLOURS, shades

from .helpers import run_cli, soup, write_project
from .test_exports import validate
from .test_schema import errors_of, only_section, read

STORIES = Path(__file__).parent / "fixtures" / "stories"
ARTEMIS, BRICS, EU_UK = "artemis-accords", "brics-enlargement", "eu-uk-trade-agreement"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    files = {f"content/{path.name}": path.read_text(encoding="utf-8")
             for path in STORIES.glob("*.md")}
    root = write_project(tmp_path_factory.mktemp("stories"), files)
    result = run_cli("build", "--root", root, "--output", root / "out", "--strict",
                     "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    return root / "out", result.stderr


def groups_of(out: Path, slug: str) -> list[tuple[str, list[str]]]:
    """Return each role heading of a story's page with the names listed under it."""
    section = soup(out / f"{slug}.html").select_one("section.countries")
    return [(h3.find(string=True, recursive=False).strip(),
             [li.select_one(".country-name").get_text(strip=True)
              for li in h3.find_next_sibling("ul").select("li")])
            for h3 in section.select("h3.role")]


def test_the_stories_build_with_no_warning(built: tuple[Path, str]) -> None:
    assert "warning" not in built[1]


def test_every_country_is_under_the_authors_heading_in_the_authors_order(
        built: tuple[Path, str]) -> None:
    out = built[0]
    artemis = groups_of(out, ARTEMIS)
    assert [(heading, len(names)) for heading, names in artemis] == [
        ("Founding signatories", 8), ("Later signatories", 21), ("Have not signed", 2)]
    assert artemis[0][1] == ["Australia", "Canada", "Italy", "Japan", "Luxembourg",
                             "United Arab Emirates", "United Kingdom", "United States"]
    assert artemis[2][1] == ["China", "Russia"]
    assert "Czechia" in artemis[1][1] and "South Korea" in artemis[1][1]
    assert groups_of(out, BRICS) == [
        ("Founded the group in 2009", ["Brazil", "Russia", "India", "China"]),
        ("Joined in 2010", ["South Africa"]),
        ("Joined on 1 January 2024", ["Egypt", "Ethiopia", "Iran", "United Arab Emirates"]),
        ("Invited, not yet answered", ["Saudi Arabia"]),
        ("Invited, declined", ["Argentina"])]
    assert groups_of(out, EU_UK) == [
        ("Parties", ["European Union", "United Kingdom", "Euratom"]),
        ("EU neighbour on the island of Ireland", ["Ireland"])]


def test_a_roles_description_is_shown_under_its_heading(built: tuple[Path, str]) -> None:
    section = soup(built[0] / f"{BRICS}.html").select_one("section.countries")
    described = {h3.find(string=True, recursive=False).strip(): p.get_text(strip=True)
                 for h3 in section.select("h3.role")
                 if (p := h3.find_next_sibling()) is not None and p.name == "p"}
    assert described == {"Invited, not yet answered":
                         "Invited in August 2023; has not confirmed that it will join"}


def test_the_legend_and_the_shading_follow_the_groups(built: tuple[Path, str]) -> None:
    section = soup(built[0] / f"{ARTEMIS}.html").select_one("section.countries")
    legend = [(li["class"], li.get_text(" ", strip=True))
              for li in section.select(".map-legend li")]
    assert legend == [(["group-1"], "Founding signatories (8)"),
                      (["group-2"], "Later signatories (21)"),
                      (["group-3"], "Have not signed (2)")]
    headings = [h3["class"] for h3 in section.select("h3.role")]
    assert headings == [["role", "group-1"], ["role", "group-2"], ["role", "group-3"]]
    shaded = {path["data-country"]: path["class"] for path in section.select("svg path.land")
              if path.get("data-country")}
    assert "group-1" in shaded["US"] and "group-3" in shaded["CN"]
    # 29 signatories are each one of many: Luxembourg is circled, not enlarged over the Americas.
    assert section.select("svg .inset") == []
    assert section.select_one("svg circle.ring[data-country=LU]")["class"] == ["ring", "group-1"]


def test_the_first_group_is_what_the_page_is_about(built: tuple[Path, str]) -> None:
    page = soup(built[0] / f"{ARTEMIS}.html")
    data = [json.loads(script.string)
            for script in page.select('script[type="application/ld+json"]')]
    article = next(d for d in data if "about" in d)
    assert [thing["identifier"] for thing in article["about"]] == [
        "AU", "CA", "IT", "JP", "LU", "AE", "GB", "US"]
    assert {thing["identifier"] for thing in article["mentions"]} >= {"CN", "RU", "DE"}


def test_exports_give_the_role_as_written_and_its_heading(built: tuple[Path, str]) -> None:
    out = built[0]
    rows = list(csv.DictReader(io.StringIO(
        (out / "data" / f"{BRICS}.countries.csv").read_text(encoding="utf-8"))))
    assert {(row["name"], row["role"], row["role_label"]) for row in rows} >= {
        ("Argentina", "declined", "Invited, declined"),
        ("South Africa", "joined 2010", "Joined in 2010")}
    data = json.loads((out / "data" / f"{BRICS}.json").read_text(encoding="utf-8"))
    section = next(s for s in data["sections"] if s["kind"] == "countries")
    assert [note["role"] for note in section["roles"]] == [
        "founding member", "joined 2010", "joined 2024", "undecided", "declined"]
    # Free roles are what the published schemas describe, in each file and in the index.
    assert validate(data, "explainer.schema.json") == []
    assert validate(json.loads((out / "data" / "index.json").read_text(encoding="utf-8")),
                    "index.schema.json") == []


def test_a_country_page_names_the_role_as_the_story_heads_it(built: tuple[Path, str]) -> None:
    page = soup(built[0] / "countries" / "ar.html")
    meta = [" ".join(p.get_text().split()) for p in page.select(".explainer-list .meta")]
    assert [line.rsplit(" · ", 1)[1] for line in meta] == ["Invited, declined",
                                                            "Later signatories"]


# A lead, and three host countries with a host organisation, in a language: the list counts
# four hosts, the map's key three.
HOSTS = ("---\ntitle: Hosts\ndek: D.\npublished: 2024-05-23\nlanguage: {language}\n---\n\n"
         "--- countries\ncountries:\n  - {{name: Kenya, role: lead}}\n"
         "  - {{name: Haiti, role: host}}\n  - {{name: Jamaica, role: host}}\n"
         "  - {{name: Chad, role: host}}\n  - {{name: UN, role: host}}\n---\n")
# Per language: the heading of the lead, of the hosts, and the role of one host.
HEADINGS = {
    "en": ("Leading", "Hosts", "Host"),
    "fr": ("Chef de file", "Pays hôtes", "Pays hôte"),
    "de": ("Federführend", "Gastländer", "Gastland"),
    "ru": ("Во главе", "Принимающие страны", "Принимающая страна"),
    "ar": ("القيادة", "البلدان المضيفة", "البلد المضيف"),
}


def test_several_hosts_are_headed_in_the_plural_and_one_in_the_singular(
        tmp_path: Path) -> None:
    files = {f"content/hosts-{language}.md": HOSTS.format(language=language)
             for language in HEADINGS}
    root = write_project(tmp_path / "site", files)
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    for language, (lead, hosts, host) in HEADINGS.items():
        folder = root / "out" / ("" if language == "en" else language)
        section = soup(folder / f"hosts-{language}.html").select_one("section.countries")
        assert [h3.get_text(" ", strip=True) for h3 in section.select("h3.role")] == [
            f"{lead} (1)", f"{hosts} (4)"], language
        assert [li.get_text(" ", strip=True) for li in section.select(".map-legend li")] == [
            f"{lead} (1)", f"{hosts} (3)"], language
        listing = soup(folder / "countries" / "ht.html").select_one(".explainer-list .meta")
        assert listing.get_text(" ", strip=True).rsplit(" · ", 1)[1] == host, language


COUNTRIES = "--- countries\ncountries:\n{entries}---\n"


def roles_of(entries: str, header: str = "") -> list[tuple[str, str, str]]:
    section = only_section(f"--- countries\n{header}countries:\n{entries}---\n")
    return [(group.role, group.heading, group.description) for group in section.groups]


def test_free_roles_keep_the_order_they_first_appear_in_with_other_last() -> None:
    entries = ("  - {name: Chile, role: later}\n  - {name: Peru}\n"
               "  - {name: Chad, role: Founding}\n  - {name: Mali, role: later}\n")
    assert [role for role, _, _ in roles_of(entries)] == ["later", "Founding", "other"]


def test_roles_listed_under_roles_come_first_with_their_headings() -> None:
    header = ("roles:\n  founding:\n    heading: Founders\n    description: At the launch\n"
              "  later: Joined later\n")
    entries = "  - {name: Chile, role: later}\n  - {name: Chad, role: founding}\n" \
              "  - {name: Mali, role: observer}\n"
    assert roles_of(entries, header) == [("founding", "Founders", "At the launch"),
                                         ("later", "Joined later", ""), ("observer", "", "")]


def test_the_fixed_role_words_keep_their_fixed_order() -> None:
    entries = ("  - {name: Chile, role: supporting}\n  - {name: Chad, role: contributing}\n"
               "  - {name: Haiti, role: host}\n  - {name: Kenya, role: lead}\n")
    assert [role for role, _, _ in roles_of(entries)] == [
        "lead", "host", "contributing", "supporting"]


def test_one_role_in_other_cases_and_spaces_is_one_group() -> None:
    entries = "  - {name: Chile, role: Later  signatory}\n  - {name: Chad, role: later signatory}\n"
    section = only_section(COUNTRIES.format(entries=entries))
    assert [len(group.entries) for group in section.groups] == [2]


def test_a_turkish_role_with_a_capital_dotted_i_is_one_group_with_its_lower_case() -> None:
    entries = ("  - {name: Chile, role: İzleyici}\n  - {name: Chad, role: izleyici}\n"
               "  - {name: Peru, role: ILIMLI}\n  - {name: Cuba, role: ılımlı}\n")
    section = only_section(COUNTRIES.format(entries=entries))
    assert [(group.role, len(group.entries)) for group in section.groups] == [
        ("İzleyici", 2), ("ILIMLI", 2)]


def test_an_unknown_field_under_a_role_is_an_error_with_a_hint() -> None:
    body = ("--- countries\nroles:\n  founding:\n    title: Founders\n"
            "countries:\n  - {name: Chile, role: founding}\n---\n")
    assert errors_of(body) == [
        "content/x.md:9:5: error: section 'countries': unknown field 'title'\n"
        "    title: Founders\n  hint: known fields: description, heading"]


def test_roles_must_be_a_mapping() -> None:
    body = "--- countries\nroles: [founding, later]\ncountries:\n  - {name: Chile}\n---\n"
    [error] = errors_of(body)
    assert error.startswith("content/x.md:7:8: error: section 'countries': 'roles' must be a "
                            "mapping of roles, found a list")


def test_a_role_no_entry_has_is_a_warning() -> None:
    body = ("--- countries\nroles:\n  founding: Founders\n  observer: Observers\n"
            "countries:\n  - {name: Chile, role: founding}\n---\n")
    warnings = [p.render() for p in read(body)[1] if p.severity == "warning"]
    assert warnings == [
        "content/x.md:9:3: warning: section 'countries': 'roles' names 'observer', which no "
        "entry has\n    observer: Observers\n  hint: give an entry 'role: observer', or remove "
        "it from 'roles'"]


@pytest.mark.parametrize(("roles", "expected"), [
    ("  founding: Founders\n  Founding: Founders again\n",
     "content/x.md:9:3: error: section 'countries': role 'Founding' is given twice under 'roles'"),
    ("  ~: Nobody\n  founding: Founders\n",
     "content/x.md:8:3: error: section 'countries': a role under 'roles' must be a text, as "
     "entries write it"),
])
def test_a_role_under_roles_is_one_text_given_once(roles: str, expected: str) -> None:
    body = f"--- countries\nroles:\n{roles}countries:\n  - {{name: Chile, role: founding}}\n---\n"
    [error] = errors_of(body)
    assert error.startswith(expected), error


def test_a_role_on_two_lines_is_an_error() -> None:
    body = "--- countries\ncountries:\n  - name: Chile\n    role: founding\n      signatory\n---\n"
    [error] = errors_of(body)
    assert "'role' must be one line" in error


def test_the_social_card_shades_by_group_place_and_mutes_the_catch_all() -> None:
    section = only_section(COUNTRIES.format(entries=(
        "  - {name: Chile}\n  - {name: Chad, role: declined}\n"
        "  - {name: Peru, role: founding}\n")))
    assert shades(section.entries) == {"CL": CATCH_ALL_COLOUR, "TD": GROUP_COLOURS[0],
                                       "PE": GROUP_COLOURS[1]}


def test_one_long_role_given_to_many_entries_is_reported_once() -> None:
    long = "sent officers and commands the mission from Port-au-Prince in Haiti"
    entries = "".join(f"  - {{name: {name}, role: {long}}}\n" for name in ("Chile", "Chad", "Peru"))
    problems = group_problems(read(COUNTRIES.format(entries=entries))[1])
    [error] = [p.render() for p in problems]
    assert "'role' is longer than 60 characters" in error and "(3 entries)" in error


def test_a_country_lists_each_of_its_roles_once_in_the_order_of_the_story_s_groups() -> None:
    kenya, haiti = Country("KE", "Kenya", "404"), Country("HT", "Haiti", "332")
    entries = (CountryEntry(haiti, "Host", rank=1), CountryEntry(kenya, "Supporting", rank=2),
               CountryEntry(kenya, "Lead", rank=0), CountryEntry(kenya, "lead ", rank=0))
    # Haiti first, as first listed; Kenya's roles by group, each in its first spelling.
    assert parts_of(entries) == ((haiti, ("Host",)), (kenya, ("Lead", "Supporting")))


@pytest.mark.parametrize(("language", "role", "heading", "lead"), [
    ("en", "donor", "Donor", "Leading"),
    ("en", "sent aid", "Sent aid", "Leading"),
    ("tr", "ilk imzacı", "İlk imzacı", "Liderlik"),  # Turkish capitalises 'i' with a dot
])
def test_a_role_as_written_heads_its_group_with_a_capital(
        tmp_path: Path, language: str, role: str, heading: str, lead: str) -> None:
    story = ("---\ntitle: T\ndek: D.\npublished: 2024-05-01\n"
             f"language: {language}\n---\n\n--- summary\n---\nText.\n\n"
             f"--- countries\ncountries:\n  - {{name: Chile, role: {role}}}\n"
             "  - {name: Peru, role: lead}\n---\n")
    root = write_project(tmp_path, {"content/story.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    page = next((root / "out").rglob("story.html"))
    section = soup(page).select_one("section.countries")
    headings = [h3.find(string=True, recursive=False).strip() for h3 in section.select("h3.role")]
    assert headings == [heading, lead]  # in the order the roles first appear
    assert section.select(".map-legend li")[0].get_text(" ", strip=True) == f"{heading} (1)"
    rows = list(csv.DictReader(io.StringIO(next((root / "out").rglob(
        "story.countries.csv")).read_text(encoding="utf-8"))))
    assert [(row["role"], row["role_label"]) for row in rows][0] == (role, heading)
