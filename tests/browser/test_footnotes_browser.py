"""Footnotes in a real browser: a mark takes the reader to its note and the note back, and
pages with notes pass axe and the Nu HTML Checker."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from .tools import axe_each, page_errors

# Two sections that both number their notes from 1, the second long enough that its note is
# out of sight until the reader follows the mark.
STORY = """\
---
title: Jobs at the plant
dek: What a filing says about the plant's jobs.
published: 2024-06-26
---

--- summary
---
About 4,000 jobs may go[^1], the filing says.

[^1]: According to a filing to the regulator.

--- prose
heading: What the filing says
---
The plant employs 9,000 people[^1], and the filing counts some twice[^1].

{filler}

[^1]: A figure from the company's 2023 report.
[^a note]: Never cited: no way back.
"""
FILLER = "\n\n".join(["The filing runs to forty pages, most of them tables."] * 40)
IN_SIGHT = "n => { const box = n.getBoundingClientRect(); " \
    "return box.bottom > 0 && box.top < innerHeight; }"


@pytest.fixture(scope="module", params=[False, True], ids=["sanitised", "trusted"])
def notes_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the story in English and in French, with authors' HTML sanitised or trusted."""
    story = STORY.format(filler=FILLER)
    french = story.replace("published:", "language: fr\nslug: emplois\npublished:")
    root = write_project(tmp_path_factory.mktemp("notes") / "site", {
        "content/plant-jobs.md": story, "content/emplois.md": french,
        "site.yml": f"trusted_html: {str(request.param).lower()}\n"})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_a_mark_takes_the_reader_to_its_note_and_back(notes_site: Path, make_page) -> None:
    # No smooth scrolling: where the page is is then known as soon as a link is followed.
    page = make_page(viewport={"width": 1280, "height": 800}, reduced_motion="reduce")
    page.goto((notes_site / "plant-jobs.html").as_uri())
    assert not page.locator("#what-the-filing-says li").first.evaluate(IN_SIGHT)
    page.locator("#what-the-filing-says sup a").first.click()
    note = page.locator(":target")
    assert note.inner_text().startswith("A figure from the company’s 2023 report.")
    assert note.evaluate(IN_SIGHT)
    note.locator("a").first.click()  # its way back, to the first mark that cites it
    back = page.locator(":target")
    assert back.evaluate("n => [n.closest('section').id, n.textContent]") == [
        "what-the-filing-says", "1"]
    assert back.evaluate(IN_SIGHT)
    assert page_errors(page).all == []


def test_pages_with_notes_pass_axe(notes_site: Path, make_page, axe) -> None:
    page = make_page()
    assert axe_each(page, axe, notes_site, ["plant-jobs.html", "fr/emplois.html"]) == {}
    assert page_errors(page).all == []


def test_pages_with_notes_pass_the_nu_html_checker(notes_site: Path, vnu) -> None:
    pages = sorted(notes_site.rglob("*.html"))
    assert notes_site / "fr" / "emplois.html" in pages
    assert vnu(pages) == []


NUMBERED = """\
---
title: {word}
dek: {word}
published: 2024-06-26
language: {language}
---

--- prose
heading: {word}
---
{word}[^1]

1. {word}
2. {word}

[^1]: {word}
"""
# What numbers each list of a prose text: its own numbered list, then its notes.
LIST_STYLES = "() => [...document.querySelectorAll('.prose ol')].map(" \
    "(list) => getComputedStyle(list).listStyleType)"


@pytest.mark.parametrize(("language", "word", "style"), [
    ("fa", "پلیس", "persian"), ("ar-EG", "الشرطة", "arabic-indic"), ("bn", "পুলিশ", "bengali"),
    ("mr", "पोलीस", "devanagari"), ("sat", "ᱯᱩᱞᱤᱥ", "olck"), ("en", "police", "decimal"),
    ("ar", "الشرطة", "decimal")])
def test_notes_and_numbered_lists_count_in_the_digits_of_the_page(
        tmp_path: Path, make_page, language: str, word: str, style: str) -> None:
    root = write_project(tmp_path / "site", {
        "content/numbered.md": NUMBERED.format(language=language, word=word)})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = make_page()
    page.goto(next((root / "public").rglob("numbered.html")).as_uri())
    assert page.evaluate(LIST_STYLES) == [style, style]
    # The lists the page draws without numbers (its contents, its explainers) stay so.
    assert set(page.evaluate("() => [...document.querySelectorAll('ol:not(.prose ol)')].map("
                             "(list) => getComputedStyle(list).listStyleType)")) <= {"none"}
