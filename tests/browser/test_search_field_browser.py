"""The search field in Chromium: its button stays beside it on a phone, in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from .tools import page_errors

FRONT = "---\ntitle: {title}\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n\n"
# The languages whose button says the most ("Rechercher", "Αναζήτηση"), and English.
STORIES = {"en": "Talks", "fr": "Pourparlers", "el": "Συνομιλίες", "de": "Gespräche",
           "pt-BR": "Negociações"}
PLACES = """() => { const box = (s) => document.querySelector('.search-field ' + s)
  .getBoundingClientRect(); const field = box('input'), button = box('button');
  return {sameRow: Math.abs(field.top - button.top) < 1, field: field.width,
          right: Math.max(field.right, button.right)}; }"""


@pytest.fixture(scope="module")
def languages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site with an explainer, and so a search page, in each of the languages."""
    root = tmp_path_factory.mktemp("search-field")
    write_project(root, {f"content/talks-{language.lower()}.md": FRONT.format(title=title,
                                                                      language=language)
                         + "--- summary\n---\nText.\n" for language, title in STORIES.items()})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.mark.parametrize("width", [320, 360])
def test_the_search_button_stays_beside_its_field_on_a_phone(languages: Path, make_page,
                                                            width: int) -> None:
    page = make_page(viewport={"width": width, "height": 740})
    pages = sorted(languages.rglob("search.html"))
    assert len(pages) == len(STORIES), "a search page per language: no test"
    for path in pages:
        page.goto(path.as_uri())
        name = path.relative_to(languages).as_posix()
        places = page.evaluate(PLACES)
        assert places["sameRow"], f"{name} at {width} px: the button under the field"
        assert places["field"] >= 128, f"{name} at {width} px: a field too narrow to type in"
        assert places["right"] <= width, f"{name} at {width} px"
    assert page_errors(page).all == []


def test_in_large_text_the_button_goes_under_a_field_it_would_crush(languages: Path,
                                                                    make_page) -> None:
    page = make_page(viewport={"width": 390, "height": 800})
    page.goto((languages / "fr" / "search.html").as_uri())
    page.add_style_tag(content="html { font-size: 200% !important; }")
    places = page.evaluate(PLACES)
    assert not places["sameRow"] and places["right"] <= 390, places
    assert page_errors(page).all == []
