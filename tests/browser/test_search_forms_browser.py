"""The search page in Chromium finds a word typed in another form than its explainer's (a
Russian reader's выборов finds "Выборы"), marks it, and lists the explainers that say the
word as typed first: the page's script seeks other forms as the tests' reference does."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..test_search_forms import build_forms
from .test_search_browser import RESULTS, search, search_label
from .tools import page_errors


@pytest.fixture(scope="module")
def forms_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_forms(tmp_path_factory.mktemp("forms"))


@pytest.mark.parametrize(("language", "query", "titles", "marked"), [
    ("ru", "выборов", ["Выборы в Кении"], ["Выборы"]),
    ("es", "elecciones", ["Elección en Perú"], ["Elección"]),
    ("en", "elections", ["Vote in Chile", "Election in Kenya"], ["elections", "Election"])])
def test_typing_a_word_in_another_form_finds_it_after_the_form_typed(
        forms_site: Path, new_page, language: str, query: str, titles: list[str],
        marked: list[str]) -> None:
    page = "search.html" if language == "en" else f"{language}/search.html"
    new_page.goto((forms_site / page).as_uri())
    search(new_page, query, search_label(language))
    assert new_page.locator(RESULTS).get_by_role("link").all_text_contents() == titles
    assert new_page.locator(RESULTS).locator("mark").all_text_contents() == marked
    assert page_errors(new_page).all == []
