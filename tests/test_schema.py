"""Reading sections into typed objects, and the errors bad headers get."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from explainer.content import model
from explainer.content.schema import SECTION_KINDS, read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n"


def read(body: str, front: str = FRONT):
    source = split_source(front + body, Path("x.md"), "content/x.md")
    return read_explainer(source, Markup())


def only_section(body: str) -> model.Section:
    explainer, problems = read(body)
    assert [p.render() for p in problems if p.severity == "error"] == []
    assert explainer is not None
    return explainer.sections[0]


def errors_of(body: str, front: str = FRONT) -> list[str]:
    return [p.render() for p in read(body, front)[1] if p.severity == "error"]


def test_section_kinds_match_the_partial_templates() -> None:
    partials = {p.stem for p in (Path(__file__).parents[1] / "templates/sections").glob("*.html")}
    assert set(SECTION_KINDS) == partials


def test_front_matter_is_typed() -> None:
    front = ("---\ntitle: 'Haiti: a mission'\ndek: D\npublished: 2024-05-23\n"
             "updated: 2024-06\nbyline: [A, B]\ntags: Haiti\ndraft: yes\n"
             "based_on:\n  title: Report\n  author: Bijay Laxmi\n---\n")
    explainer, problems = read("--- summary\n---\nx\n", front)
    assert explainer is not None
    assert explainer.title == "Haiti: a mission"
    assert explainer.published == model.FuzzyDate(2024, 5, 23)
    assert explainer.updated == model.FuzzyDate(2024, 6)
    assert explainer.byline == ("A", "B")
    assert explainer.tags == ("Haiti",)
    assert explainer.draft is True
    assert explainer.based_on[0].author == "Bijay Laxmi"
    assert explainer.slug == "x"


@pytest.mark.parametrize("value", ["yes", "No", "TRUE", "off", "On", "'yes'", "y", "1", "~",
                                   "null", "NULL", "", "nil", "Yes # comment", "[true]",
                                   "!!str true", "! true", "|\n  true"])
def test_booleans_and_nulls_are_read_as_yaml_reads_them(value: str) -> None:
    loaded = yaml.safe_load(f"draft: {value}")["draft"]
    explainer, problems = read("--- summary\n---\nx\n", FRONT[:-4] + f"draft: {value}\n---\n")
    errors = [p.message for p in problems if p.severity == "error"]
    if isinstance(loaded, bool) or loaded is None:
        assert errors == [] and explainer is not None
        assert explainer.draft is bool(loaded)
    else:
        found = "a list" if isinstance(loaded, list) else f"the value {str(loaded)!r}"
        assert errors == [f"front matter: 'draft' must be true or false, found {found}"]


def test_timeline_events_are_sorted_with_fuzzy_dates() -> None:
    section = only_section(
        "--- timeline\nevents:\n"
        "  - {date: 2024-06, title: Later, status: expected, approximate: true,"
        " source: 'https://example.org/a'}\n"
        "  - {date: 2021-07-07, title: First}\n"
        "  - {date: 2024, title: Year only}\n---\n")
    assert isinstance(section, model.Timeline)
    assert [e.title for e in section.events] == ["First", "Later", "Year only"]
    later = section.events[1]
    assert (later.status, later.approximate, later.date.iso) == ("expected", True, "2024-06")
    assert later.source is not None and later.source.url == "https://example.org/a"


def test_sections_get_ids_from_their_heading_or_kind_once_each_on_the_page() -> None:
    explainer, problems = read(
        "--- prose\nheading: Haiti's gangs -- why now?\n---\nx\n"
        "--- prose\nheading: Timeline\n---\nx\n"
        "--- timeline\nevents:\n  - {date: 2021, title: A}\n---\n"
        "--- prose\nheading: \"Haiti’s gangs: why now\"\n---\nx\n"
        "--- prose\nheading: '?!'\n---\nx\n"
        "--- image\nfile: a.jpg\nalt: A\n---\n")
    assert explainer is not None
    assert [s.anchor for s in explainer.sections] == [
        "haitis-gangs-why-now", "timeline", "timeline-2", "haitis-gangs-why-now-2", "prose",
        "image"]


def test_text_fields_keep_what_was_typed() -> None:
    section = only_section(
        "--- countries\ncountries:\n  - name: NO\n    role: other\n    note: on\n---\n")
    assert isinstance(section, model.Countries)
    entry = section.entries[0]
    assert (entry.country.code, entry.country.name, entry.note) == ("NO", "Norway", "on")


def test_countries_resolve_names_and_codes_and_group_by_role() -> None:
    section = only_section(
        "--- countries\ncountries:\n  - {name: Kenya, role: lead}\n"
        "  - {name: US, role: funder}\n  - {name: Bahamas, role: supporting}\n---\n")
    assert isinstance(section, model.Countries)
    assert [e.country.code for e in section.entries] == ["KE", "US", "BS"]
    assert [g.role for g in section.groups] == ["lead", "funder", "supporting"]


@pytest.mark.parametrize(("line", "view"), [("", "auto"), ("map: none\n", "none"),
                                           ("map: region\n", "region"), ("map: auto\n", "auto")])
def test_countries_may_say_how_to_map_them(line: str, view: str) -> None:
    section = only_section(f"--- countries\n{line}countries:\n  - {{name: Kenya}}\n---\n")
    assert isinstance(section, model.Countries) and section.map == view


def test_an_unknown_map_is_an_error_that_suggests_one() -> None:
    (error,) = errors_of("--- countries\nmap: wrold\ncountries:\n  - {name: Kenya}\n---\n")
    assert error == (
        "content/x.md:7:6: error: section 'countries': 'map' must be one of auto, world, region, "
        "none;"
        " found 'wrold'\n    map: wrold\n  hint: did you mean 'world'?")


def test_a_map_said_to_be_false_is_told_of_none() -> None:
    (error,) = errors_of("--- countries\nmap: false\ncountries:\n  - {name: Kenya}\n---\n")
    assert error.endswith("found 'false'\n    map: false\n  hint: did you mean 'none'?")


def test_a_country_listed_twice_is_shown_once_with_a_warning() -> None:
    explainer, problems = read(
        "--- countries\ncountries:\n  - {name: Chad, role: supporting}\n"
        "  - {name: Chad, role: contributing}\n---\n")
    assert explainer is not None
    assert [e.role for e in explainer.countries] == ["supporting"]
    assert [(p.severity, p.line) for p in problems] == [("warning", 9)]
    assert "Chad is listed twice (first on line 8)" in problems[0].message


@pytest.mark.parametrize(("body", "expected"), [
    ("--- sumary\n---\nx\n", "content/x.md:6:5: error: unknown section kind 'sumary'"),
    ("--- countries\ncountries:\n  - name: Kenia\n    role: lead\n---\n",
     "content/x.md:8:11: error: section 'countries': unknown country 'Kenia' "
     "(did you mean 'Kenya'?)"),
    ("--- timeline\nevents:\n  - date: 2024-13-45\n    title: X\n---\n",
     "content/x.md:8:11: error: section 'timeline': 'date' is not a real date: '2024-13-45'"),
    ("--- prose\n---\ntext\n", "content/x.md:6:1: error: section 'prose': 'heading' is required"),
    ("--- quote\ntext: T\nspeaker: S\nspeeker: X\n---\n",
     "content/x.md:9:1: error: section 'quote': unknown field 'speeker'"),
    ("--- prose\nheading: Kenya: the plan\n---\nx\n",
     "content/x.md:7:15: error: section 'prose': YAML syntax error: "
     "mapping values are not allowed"),
    ("--- prose\nheading: Crisis #1\n---\nx\n", "'heading' is cut short at ' #'"),
    ("--- sources\nsources:\n  - title: X\n    url: javascript:alert(1)\n---\n",
     "unsafe link 'javascript:alert(1)'"),
    ("--- summary\n---\n\n", "the prose below the header is empty"),
    ("--- timeline\nevents:\n  - date: 2024\n    title: X\n    status: planned\n---\n",
     "'status' must be one of done, expected; found 'planned'"),
])
def test_errors_name_file_line_and_what_to_do(body: str, expected: str) -> None:
    rendered = "\n".join(errors_of(body))
    assert expected in rendered


EVENTS = "--- timeline\nevents:\n  - date: 2024-01-01\n    title: One\n{}---\n"


@pytest.mark.parametrize(("lines", "line", "hint"), [
    ("  - date: 2024-02-01\n      title: Two\n", 11,
     "'title:' is indented further than 'date:' on the line above, so YAML reads it as more "
     "of that value; line 'title:' up under 'date:'"),
    ("  - date: 2024-02-01\n   title: Two\n", 11,
     "'title:' is indented less than 'date:' on the line above; to give it to the same entry, "
     "line 'title:' up under 'date:'"),
    (" - date: 2024-02-01\n    title: Two\n", 10,
     "line this item's '-' up with the '-' of the item above it (column 3)"),
])
def test_a_line_out_of_line_is_named_once_with_the_column_it_belongs_in(
        lines: str, line: int, hint: str) -> None:
    [error] = errors_of(EVENTS.format(lines))
    assert error.startswith(f"content/x.md:{line}:")
    assert error.endswith(f"  hint: {hint}")
    assert "entries)" not in error  # reported once, not once per attempt to read it


@pytest.mark.parametrize("lines", [
    # A colon in a value under a key that opens a block, or in a new list's first item, is a
    # colon in a value: the line is where it should be.
    "  - date: 2024-02-01\n    title: Two\n    source:\n      title: Haiti: a resolution\n",
    "  - date: 2024-02-01\n    title: Two\n    sources:\n        - title: Haiti: a resolution\n",
])
def test_a_colon_in_a_value_below_a_key_is_not_taken_for_a_line_out_of_line(lines: str) -> None:
    error = errors_of(EVENTS.format(lines))[0]
    assert error.endswith("  hint: a ': ' inside an unquoted value starts a new key; put the "
                          "value in quotes")


@pytest.mark.parametrize(("body", "errors"), [
    # YAML reads the line as the start of a longer text and stops below it; the page's
    # author is sent to the line that lacks the ':'.
    ("--- quote\ntext: T\nspeaker Luis Almagro\nrole: secretario general\n---\n",
     ["content/x.md:8:8: error: section 'quote': no ':' after 'speaker'\n"
      "    speaker Luis Almagro\n"
      "  hint: a field's name ends with ':' and a space: write 'speaker: Luis Almagro'"]),
    ("--- timeline\ntitle Cómo se llegó hasta aquí\nevents:\n  - {date: 2024, title: X}\n---\n",
     ["content/x.md:7:6: error: section 'timeline': no ':' after 'title'"]),
    # A colon with no space after it leaves the line one text, as for a missing colon.
    ("--- quote\ntext: T\nspeaker:Luis Almagro\nrole: secretario general\n---\n",
     ["content/x.md:8:8: error: section 'quote': no space after 'speaker:'\n"
      "    speaker:Luis Almagro\n"
      "  hint: a field's name ends with ':' and a space: write 'speaker: Luis Almagro'"]),
    # On an item's first line, the slip is lined up with the item's fields below it.
    ("--- timeline\nevents:\n  - date:2024-06-26\n    title: Ruto meets Biden\n---\n",
     ["content/x.md:8:9: error: section 'timeline': no space after 'date:'\n"
      "    - date:2024-06-26\n"
      "  hint: a field's name ends with ':' and a space: write 'date: 2024-06-26'"]),
    # A no-break space after the colon (Option-space, or pasted) is text to YAML as well.
    ("--- quote\ntext: T\nspeaker:\u00a0Luis Almagro\nrole: secretario general\n---\n",
     ["content/x.md:8:8: error: section 'quote': a no-break space (U+00A0) after 'speaker:', "
      "which YAML reads as text, not as the space that ends the field's name\n"
      "    speaker:\u00a0Luis Almagro\n"
      "  hint: a field's name ends with ':' and a space: write 'speaker: Luis Almagro'"]),
    ("--- countries\ncountries:\n  - name: Bolivia\n    note País donde nace el río\n"
     "  - name: Argentina\n    role parte\n---\n",
     ["content/x.md:9:9: error: section 'countries': no ':' after 'note'",
      "content/x.md:11:9: error: section 'countries': no ':' after 'role'"]),
])
def test_a_field_without_its_colon_is_named_at_its_own_line(body: str,
                                                            errors: list[str]) -> None:
    found = errors_of(body)
    assert [error[:len(expected)] for error, expected in zip(found, errors, strict=True)] == errors


def test_a_list_written_as_prose_under_its_field_is_named_at_its_first_line() -> None:
    body = ("--- takeaways\ntakeaways:\nKenya leads the mission.\nThe US pays for it.\n---\n")
    assert errors_of(body) == [
        "content/x.md:8:1: error: section 'takeaways': this line is not an item of "
        "'takeaways:' above it: it has no '- ' and is not indented\n"
        "    Kenya leads the mission.\n"
        "  hint: write each item on its own line, indented and after '- ': "
        "'  - Kenya leads the mission.'"]


def test_prose_under_a_field_that_has_its_value_is_not_taken_for_a_list() -> None:
    # Twin: 'text: T' has its value, so the line below it is no list's item.
    [error] = errors_of("--- quote\ntext: T\nLuis Almagro said so.\nrole: jefe\n---\n")
    assert "not an item" not in error
    assert error.startswith("content/x.md:9:")


def test_a_date_wrong_twice_is_reported_twice() -> None:
    body = ("--- timeline\nevents:\n  - {date: 2024-02-30, title: X}\n"
            "  - {date: 2024-02-30, title: Y}\n  - {date: May, title: Z}\n"
            "  - {date: May, title: W}\n---\n")
    errors = [e.split("\n")[0] for e in errors_of(body)]
    assert errors == [f"content/x.md:{line}:12: error: section 'timeline': 'date' is not "
                      f"{what}" for line, what in [
                          (8, "a real date: '2024-02-30' (day is out of range for month)"),
                          (9, "a real date: '2024-02-30' (day is out of range for month)"),
                          (10, "a date: 'May'"), (11, "a date: 'May'")]]


def test_all_errors_of_a_file_are_reported_together() -> None:
    errors = errors_of("--- sumary\n---\nx\n--- prose\n---\nx\n")
    assert len(errors) == 2


def test_front_matter_errors() -> None:
    errors = errors_of("--- summary\n---\nx\n", front="---\ntitle: T\npublished: 2024-5\n"
                       "updated: 2023-01-01\nslug: ../x\n---\n")
    text = "\n".join(errors)
    assert "'dek' is required" in text
    assert "'updated' (2023-01-01) is before 'published' (2024-05)" in text
    assert "slug '../x' is not allowed" in text


@pytest.mark.parametrize(("field", "meant"), [
    ("date", "published"), ("publishDate", "published"), ("lastmod", "updated"),
    ("categories", "tags"), ("standfirst", "dek"), ("excerpt", "dek"), ("author", "byline"),
    ("featured_image", "image"), ("permalink", "slug"), ("lang", "language")])
def test_front_matter_moved_from_another_tool_is_told_its_field(field: str, meant: str) -> None:
    # Hugo's, Jekyll's, Pelican's and WordPress's names, and a newsroom's, for ours.
    [error] = errors_of("--- summary\n---\nx\n", front=f"{FRONT[:-4]}{field}: x\n---\n")
    assert f"unknown field '{field}'" in error
    assert f"hint: did you mean '{meant}'" in error


@pytest.mark.parametrize(("front", "expected"), [
    # A Thai writer's year of the Buddhist era: the explainer would wait 543 years unshown.
    ("published: 2568-03-12\nlanguage: th", "content/x.md:4:12: error: front matter: "
     "'published' gives the year 2568, in which no explainer is published or updated\n"
     "    published: 2568-03-12\n  hint: write the date in the Gregorian calendar; 2568 of "
     "the Buddhist era is 2025"),
    ("published: ۱۴۰۴-۰۲-۲۰\nlanguage: fa", "content/x.md:4:12: error: front matter: "
     "'published' gives the year 1404, in which no explainer is published or updated\n"
     "    published: ۱۴۰۴-۰۲-۲۰\n  hint: write the date in the Gregorian calendar; 1404 of "
     "the Solar Hijri calendar began in March 2025"),
    # Urdu dates may give the Islamic calendar's year, 1446 for 2024-25, which is not the Solar
    # Hijri one: no calendar is guessed for it.
    ("published: 1446-02-20\nlanguage: ur", "content/x.md:4:12: error: front matter: "
     "'published' gives the year 1446, in which no explainer is published or updated\n"
     "    published: 1446-02-20\n  hint: write the date in the Gregorian calendar"),
    ("published: 2025-01-02\nlanguage: he\nchanges:\n  - date: 5785-05-20\n    text: Fixed.",
     "content/x.md:7:11: error: front matter: 'date' gives the year 5785, in which no "
     "explainer is published or updated\n    - date: 5785-05-20\n  hint: write the date in "
     "the Gregorian calendar; 5785 of the Hebrew calendar began in the autumn of 2024"),
])
def test_a_publication_date_in_another_calendar_s_year_is_an_error(front: str,
                                                                   expected: str) -> None:
    assert errors_of("--- summary\n---\nx\n", f"---\ntitle: T\ndek: D\n{front}\n---\n") == [
        expected]


def test_a_vaguer_date_follows_the_precise_dates_it_contains() -> None:
    section = only_section(
        "--- timeline\nevents:\n  - {date: 2024-06, title: Due, status: expected}\n"
        "  - {date: 2024, title: Sometime}\n  - {date: 2024-06-25, title: Landed}\n---\n")
    assert isinstance(section, model.Timeline)
    assert [e.title for e in section.events] == ["Landed", "Due", "Sometime"]


@pytest.mark.parametrize(("body", "line", "said", "hint"), [
    ("--- quote\ntext: T\nspeaker: S\nsource:\n  - title: A report\n    url: https://e.org/a\n"
     "---\n", 10, "section 'quote': a source must be a mapping",
     "a source is one mapping: write its 'key: value' lines without '- ' before them"),
    ("--- countries\ncountries:\n  - - name: Kenya\n---\n", 8,
     "section 'countries': a country must be a mapping",
     "a country is one mapping: write its 'key: value' lines without '- ' before them"),
    ("--- figures\nfigures:\n  - 200\n---\n", 8, "section 'figures': a figure must be a mapping",
     "start the figure with '- ' and a key"),
])
def test_a_list_where_one_mapping_is_wanted_is_told_to_drop_its_dashes(
        body: str, line: int, said: str, hint: str) -> None:
    problems = [p for p in read(body)[1] if p.severity == "error"]
    assert [(p.line, p.hint) for p in problems] == [(line, hint)]
    assert problems[0].message.startswith(said)  # of one field as of an item: not 'each'
