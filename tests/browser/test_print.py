"""The printout of an explainer, on A4 and US Letter: where it comes from, and nothing cut badly."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest

from ..helpers import SEED
from ..publishing import BASE

PAGE_NUMBER = re.compile(r"^\d+ / \d+$")
PRINTED = """() => ({
  headings: [...document.querySelectorAll('main h2, main h3')]
    .filter((el) => el.checkVisibility()).map((el) => el.innerText),
  figures: [...document.querySelectorAll('.figure')]
    .map((el) => [el.querySelector('.figure-value').innerText, el.querySelector('dt').innerText]),
})"""


def printed_pages(page, paper: str) -> list[str]:
    """Print the open page on a paper size; return the text of each sheet, without its number."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(format=paper)))
    sheets = []
    for sheet in reader.pages:
        lines = [line.strip() for line in sheet.extract_text().split("\n")]
        text = " ".join(line for line in lines if line and not PAGE_NUMBER.match(line))
        sheets.append(" ".join(unicodedata.normalize("NFKC", text).split()))
    return sheets


def flat(text: str) -> str:
    """Return a text as printed_pages() gives it."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_no_heading_ends_a_sheet_and_figures_and_the_map_stay_whole(published_site: Path,
                                                                    make_page,
                                                                    paper: str) -> None:
    page = make_page()
    page.goto((published_site / f"{SEED}.html").as_uri())
    page.emulate_media(media="print")
    printed = page.evaluate(PRINTED)
    sheets = printed_pages(page, paper)
    assert len(sheets) >= 3
    assert sheets[0].startswith(f"EXAMPLE EXPLAINERS {BASE}{SEED}.html Kenya leads")
    for number, sheet in enumerate(sheets, 1):
        for heading in map(flat, printed["headings"]):
            assert not sheet.endswith(heading), f"'{heading}' ends sheet {number} on {paper}"
    for value, label in printed["figures"]:
        assert any(flat(value) in sheet and flat(label) in sheet for sheet in sheets), value
    [countries] = [sheet for sheet in sheets if "Countries involved (15)" in sheet]
    assert "Leading (1) Host (1)" in countries, "the map and its key went to another sheet"


def test_without_a_base_url_the_printout_names_the_site_only(seed_site: Path, make_page) -> None:
    page = make_page()
    page.goto((seed_site / f"{SEED}.html").as_uri())
    first = printed_pages(page, "A4")[0]
    assert first.startswith("EXPLAINERS Kenya leads a police mission")
    assert page.locator(".page-address").count() == 0


def test_what_serves_the_screen_alone_is_not_printed(published_site: Path, make_page) -> None:
    page = make_page()
    page.goto((published_site / f"{SEED}.html").as_uri())
    page.emulate_media(media="print")
    sheets = " ".join(printed_pages(page, "A4"))
    assert "Reuse this explainer" not in sheets and "Embed" not in sheets
    assert not page.locator(".reuse").is_visible()
    page.goto((published_site / "search.html").as_uri())
    page.emulate_media(media="print")
    assert not page.locator("form.search").is_visible()
