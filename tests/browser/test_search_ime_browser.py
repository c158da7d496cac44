"""The search page in Chromium waits for an input method to commit a word: while a Japanese
reader's kana are still being composed into kanji, nothing is searched, and the word chosen is."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..searchindex import build_japanese
from .test_search_browser import QUAKE, RESULTS, STATUS
from .tools import page_errors


@pytest.fixture(scope="module")
def japanese_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_japanese(tmp_path_factory.mktemp("japanese"))


def test_a_word_is_searched_once_the_input_method_commits_it(japanese_site: Path,
                                                             new_page) -> None:
    page = new_page
    page.goto((japanese_site / "search.html").as_uri())
    page.get_by_label("解説を検索").focus()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    ime = page.context.new_cdp_session(page)
    for kana in ("つ", "つな", "つなみ"):  # as a reader types "tsunami" before choosing 津波
        ime.send("Input.imeSetComposition",
                 {"text": kana, "selectionStart": len(kana), "selectionEnd": len(kana)})
        page.wait_for_timeout(150)  # longer than the page waits after a keystroke
    page.wait_for_timeout(700)  # longer than the pause after which the count is said
    assert page.locator(STATUS).text_content() == ""
    assert "/search/terms/" not in " ".join(requested)
    assert "q=" not in page.url
    ime.send("Input.insertText", {"text": "津波"})
    page.wait_for_function("() => document.querySelector('.search-status').textContent"
                           ".includes('津波')")
    assert page.locator(RESULTS).get_by_role("link").all_text_contents() == [QUAKE]
    assert page_errors(page).all == []
