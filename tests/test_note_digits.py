"""Footnote marks and numbered lists in the digits of the page's language: a Persian page
writes "۱" where an English one writes "1", as it does its dates and counts."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from explainer.content.numerals import ZEROS

from .helpers import REPO, run_cli, soup, write_project

STORY = """\
---
title: {title}
dek: {title}
published: 2024-06-26
language: {language}
---

--- prose
heading: {title}
---
{words}[^1] {words}[^a note] {words}[^1]

1. {words}
2. {words}

[^1]: {words}
[^a note]: {words}
"""
# A language, a word of it, and the digits its pages write 1 and 2 in (CLDR's default
# numbering system: Egypt's Arabic writes Arabic-Indic digits, Arabic of no region Latin ones).
LANGUAGES = [("fa", "پلیس", "۱۲", "arabext"), ("ar-EG", "الشرطة", "١٢", "arab"),
             ("bn", "পুলিশ", "১২", "beng"), ("mr", "पोलीस", "१२", "deva"),
             ("my", "ရဲ", "၁၂", "mymr"), ("en", "police", "12", None), ("ar", "الشرطة", "12", None),
             ("fr", "police", "12", None)]


@pytest.fixture(scope="module", params=[False, True], ids=["sanitised", "trusted"])
def pages(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> dict[str, BeautifulSoup]:
    """Build a story in each language; return its page by language."""
    stories = {f"content/{language.lower()}.md": STORY.format(
        title=word.title(), language=language, words=word) for language, word, *_ in LANGUAGES}
    root = write_project(tmp_path_factory.mktemp("digits") / "site", {
        **stories, "site.yml": f"trusted_html: {str(request.param).lower()}\n"})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return {language: soup(next((root / "public").rglob(f"{language.lower()}.html")))
            for language, *_ in LANGUAGES}


@pytest.mark.parametrize(("language", "digits"), [(language, digits) for language, _, digits, _
                                                  in LANGUAGES])
def test_a_footnote_mark_is_in_the_digits_of_the_page(pages: dict[str, BeautifulSoup],
                                                      language: str, digits: str) -> None:
    page = pages[language]
    marks = [mark.get_text() for mark in page.select("sup[id] > a[href]")]
    assert marks == [digits[0], digits[1], digits[0]]
    for mark in page.select("sup[id] > a[href]"):  # each still leads to its note
        assert page.find("li", id=mark["href"][1:]) is not None


@pytest.mark.parametrize(("language", "system"), [(language, system) for language, *_, system
                                                  in LANGUAGES])
def test_the_page_names_its_numbering_system_for_the_lists(pages: dict[str, BeautifulSoup],
                                                           language: str,
                                                           system: str | None) -> None:
    # Pages in Latin digits carry nothing: their lists are numbered as they always were.
    assert pages[language].html.get("data-numbers") == system


def test_the_stylesheet_numbers_lists_in_every_system_a_page_can_name() -> None:
    css = (REPO / "static" / "style.css").read_text(encoding="utf-8")
    styled = set(re.findall(r'\[data-numbers="([a-z]+)"\] ol:not\(\[type\]\)\) '
                            r'\{ list-style-type: [a-z-]+; \}', css))
    assert styled == set(ZEROS)
