"""The search page's count of results in Chromium: written as the build writes numbers, in the
language's digits and groups, where a browser's own CLDR may group them otherwise."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest

from explainer.site import search as index
from explainer.site.indexmaker import IndexMaker
from explainer.site.lexicon import Lexicon

from ..helpers import run_cli
from ..test_search import teaser
from .test_search_browser import STATUS, search, search_label


@pytest.mark.parametrize("language", ["es", "pl", "bn", "fa"])
def test_a_count_is_written_as_the_page_writes_numbers(make_site: Callable[..., Path],
                                                       new_page, language: str) -> None:
    # Browsers write 1500 in Spanish and Polish, where the build writes 1.500 and 1 500 as
    # the lists count; Bengali and Persian count in their own digits. The site's one explainer
    # makes the page, and an index of 1,500 generated ones is put in its place.
    story = "---\ntitle: T\ndek: D\npublished: 2024-06-01\n---\n\n--- summary\n---\nS.\n"
    root = make_site({"site.yml": f"language: {language}\n", "content/t.md": story})
    assert run_cli("build", "--root", root).returncode == 0
    words = Lexicon({}).words(language)
    explainers = tuple(replace(teaser(n), language=language) for n in range(1_500))
    for path, data in IndexMaker().files(explainers, index.SearchIndex(
            "", (), words, UTC)).items():
        (root / "public" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "public" / path).write_bytes(data)
    new_page.goto((root / "public" / "search.html").as_uri())
    search(new_page, "region", search_label(language))
    assert new_page.locator(STATUS).text_content() == words.text(
        "search_results", 1_500, query="region") + " " + words.text(
        "search_more", shown=words.number(20))
