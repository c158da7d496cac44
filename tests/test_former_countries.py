"""Countries that are no more, and parts of countries, in a list: what to write instead."""

from __future__ import annotations

import pytest

from .test_country_names import countries_section
from .test_schema import errors_of, only_section


@pytest.mark.parametrize(("written", "now", "until"), [
    ("Zaire", "DR Congo", 1997), ("Upper Volta", "Burkina Faso", 1984),
    ("Ceylon", "Sri Lanka", 1972), ("West Germany", "Germany", 1990)])
def test_a_country_s_former_name_points_to_its_name_now(written: str, now: str,
                                                        until: int) -> None:
    [error] = errors_of(countries_section(written))
    assert f"content/x.md:8:11: error: section 'countries': unknown country '{written}' " \
        f"(did you mean '{now}'?)\n" in error
    assert f"hint: '{written}' is the name {now} had until {until}: write 'name: {now}', " \
        f"and 'label: {written}' to show it as {written}" in error
    assert "part of one" not in error  # Zaire is also a province of Angola


def test_the_entry_the_hint_gives_for_a_former_name_is_read() -> None:
    body = "--- countries\ncountries:\n  - name: DR Congo\n    label: Zaire\n---\n"
    [entry] = only_section(body).entries
    assert (entry.country.code, entry.label) == ("CD", "Zaire")


@pytest.mark.parametrize(("written", "until"), [
    ("Soviet Union", 1991), ("the Soviet Union", 1991), ("USSR", 1991),
    ("Yugoslavia", 1992), ("Czechoslovakia", 1992), ("East Germany", 1990)])
def test_a_state_dissolved_is_listed_as_a_body(written: str, until: int) -> None:
    [error] = errors_of(countries_section(written))
    name = written.removeprefix("the ")  # as a list prints it: "Soviet Union"
    assert f"content/x.md:8:11: error: section 'countries': {name} is a country that is " \
        f"no more (until {until}), which the flags and the map cannot show\n" in error
    assert f"hint: write 'organisation: {name}' to list it under its role" in error


def test_two_states_dissolved_are_each_told() -> None:
    errors = errors_of(countries_section("Soviet Union", "Yugoslavia"))
    assert len(errors) == 2 and "'organisation: Yugoslavia'" in errors[1]


def test_the_entry_the_hint_gives_for_a_state_dissolved_is_read() -> None:
    body = "--- countries\ncountries:\n  - organisation: Soviet Union\n    role: party\n---\n"
    [entry] = only_section(body).organisations
    assert entry.organisation.name == "Soviet Union"


@pytest.mark.parametrize("written", ["Russia", "Serbia", "Germany", "Czech Republic", "Benin"])
def test_the_countries_that_followed_are_countries(written: str) -> None:
    assert errors_of(countries_section(written)) == []


@pytest.mark.parametrize(("language", "written", "until"), [
    ("fr", "Union soviétique", 1991), ("fr", "Yougoslavie", 1992), ("de", "DDR", 1990),
    ("es", "Unión Soviética", 1991), ("ar", "الاتحاد السوفيتي", 1991)])
def test_a_state_dissolved_is_known_by_its_name_in_the_page_s_language(
        language: str, written: str, until: int) -> None:
    front = f"---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n"
    [error] = errors_of(countries_section(written), front)
    assert f"error: section 'countries': {written} is a country that is no more (until " \
        f"{until})" in error
    assert f"hint: write 'organisation: {written}'" in error
    assert "did you mean" not in error  # not the closest name of a country that is


def test_a_name_in_another_language_than_the_page_s_is_only_unknown() -> None:
    [error] = errors_of(countries_section("Sowjetunion"))  # German, on a page in English
    assert "unknown country 'Sowjetunion'" in error


@pytest.mark.parametrize(("language", "written", "whole"), [
    ("fr", "Cisjordanie", "Palestine"), ("fr", "Bande de Gaza", "Palestine"),
    ("de", "Westjordanland", "Palestine"), ("es", "Escocia", "United Kingdom"),
    ("ar", "غزة", "Palestine"), ("ar", "أرض الصومال", "Somalia")])
def test_a_part_of_a_country_is_known_by_its_name_in_the_page_s_language(
        language: str, written: str, whole: str) -> None:
    front = f"---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n"
    [error] = errors_of(countries_section(written), front)
    assert f"'{written}' is not a country of its own but part of one: {whole}\n" in error
    assert f"hint: write 'name: {whole}' and 'label: {written}'" in error


def test_a_part_named_in_another_language_than_the_page_s_is_only_unknown() -> None:
    [error] = errors_of(countries_section("Cisjordanie"))  # French, on a page in English
    assert "unknown country 'Cisjordanie'" in error and "part of one" not in error
