"""The search page marks a query in a script without spaces where its text holds it whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from .test_search_browser import RESULTS, search, search_label
from .tools import page_errors

# Each title holds the query whole; each dek only letters of it, in pairs, inside other words.
STORIES = {
    "th": ("การผลิตไฟฟ้าจากถ่านหิน", "การเจรจาอย่างยากลำบากนานสองสัปดาห์ของประชาชนหลายประเทศ"),
    "ja": ("東京都の知事選挙", "京都の市長選挙も行われた"),  # Kyoto's, not Tokyo's
}
QUERIES = {"th": "ถ่านหิน", "ja": "東京都"}


@pytest.fixture(scope="module")
def unspaced_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site of one Thai and one Japanese explainer."""
    root = tmp_path_factory.mktemp("unspaced")
    files = {f"content/{lang}.md": f"---\ntitle: {title}\ndek: {dek}\npublished: 2024-05-23\n"
             f"language: {lang}\n---\n\n--- summary\n---\n{title}\n"
             for lang, (title, dek) in STORIES.items()}
    write_project(root, files)
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.mark.parametrize("language", ["th", "ja"])
def test_a_query_is_marked_whole_and_not_in_pairs_of_other_words(
        unspaced_site: Path, new_page, language: str) -> None:
    new_page.goto((unspaced_site / language / "search.html").as_uri())
    search(new_page, QUERIES[language], search_label(language))
    links = new_page.locator(RESULTS).get_by_role("link").all_text_contents()
    assert links == [STORIES[language][0]]
    assert new_page.locator(RESULTS).locator("mark").all_text_contents() == [QUERIES[language]]
    assert page_errors(new_page).all == []
