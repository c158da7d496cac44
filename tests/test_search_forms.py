"""A word's other forms: a query word of five letters or more finds the explainers that say
the word with another ending (выборов finds "выборы", elections "election"), after those
that say it as typed; a shorter word, and a longer word it does not end like, are not found."""

from __future__ import annotations

from pathlib import Path

import pytest

from .searchindex import built_site, call, ranked, site_files

# Explainers by file name: title, dek, date, language. Each says its words in one form only.
FORMS = {
    "kenya": ("Election in Kenya", "A vote.", "2026-05-03", "en"),  # the newest
    "chile": ("Vote in Chile", "The elections of the year.", "2026-05-01", "en"),
    "statement": ("A statement on the roads", "Repairs.", "2026-04-02", "en"),
    "state": ("The state of the roads", "Repairs.", "2026-04-01", "en"),
    "band": ("Band in Lima", "Music.", "2026-03-01", "en"),
    "vybory": ("Выборы в Кении", "Голосование.", "2026-05-01", "ru"),
    "eleccion": ("Elección en Perú", "Votación.", "2026-05-01", "es"),
    "wahl": ("Wahl in Berlin", "Abstimmung.", "2026-05-01", "de"),
}


def build_forms(folder: Path) -> Path:
    """Build the explainers of FORMS in a folder; return its output folder."""
    story = "---\ntitle: {}\ndek: {}\npublished: {}\nlanguage: {}\n---\n\n--- summary\n---\nS.\n"
    return built_site(folder, {f"content/{name}.md": story.format(*texts)
                               for name, texts in FORMS.items()})


@pytest.fixture(scope="module")
def forms_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_forms(tmp_path_factory.mktemp("forms"))


def titles(site: Path, query: str, folder: str = "") -> list[str]:
    """Return the titles of the explainers a query finds on an edition's search page, in the
    page's order."""
    files = site_files(site, folder)
    shown = []
    for number in ranked(files, query, folder):
        _, (_, documents) = call(files[f"{folder}search/docs/{number // 10}.js"])
        shown.append(documents[number % 10][0])
    return shown


@pytest.mark.parametrize(("folder", "query", "found"), [
    ("ru/", "выборов", ["Выборы в Кении"]), ("ru/", "выборах кении", ["Выборы в Кении"]),
    ("es/", "elecciones", ["Elección en Perú"]), ("de/", "Wahlen Berlin", ["Wahl in Berlin"]),
    ("", "statements roads", ["A statement on the roads"])])
def test_a_word_is_found_in_another_form(forms_site: Path, folder: str, query: str,
                                         found: list[str]) -> None:
    assert titles(forms_site, query, folder) == found


def test_the_word_as_typed_ranks_before_its_other_forms(forms_site: Path) -> None:
    # Chile says "elections" in its dek, Kenya "Election" in its title, and is newer.
    assert titles(forms_site, "elections") == ["Vote in Chile", "Election in Kenya"]
    assert titles(forms_site, "election") == ["Election in Kenya", "Vote in Chile"]


@pytest.mark.parametrize(("query", "found"), [
    ("state roads", ["The state of the roads"]),  # not "statement", much longer
    ("bank lima", [])])  # four letters: not sought as "ban", which "Band" begins
def test_a_short_word_or_a_much_longer_one_is_not_another_form(forms_site: Path, query: str,
                                                               found: list[str]) -> None:
    assert titles(forms_site, query) == found
