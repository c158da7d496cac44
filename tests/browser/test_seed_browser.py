"""The built seed site in a real browser, from disk, and through the Nu HTML Checker."""

from __future__ import annotations

from pathlib import Path

from ..helpers import SEED
from .tools import page_errors


def test_reader_opens_index_from_disk_and_follows_the_link(seed_site: Path, new_page) -> None:
    page = new_page
    page.goto((seed_site / "index.html").as_uri())
    assert page.title()
    page.get_by_role("link", name="Kenya leads a police mission to Haiti").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"{SEED}.html")
    assert page.locator("h1").inner_text().startswith("Kenya leads a police mission")
    assert page.locator("ol.timeline-events").is_visible()
    assert page.locator("aside.takeaways").is_visible()
    assert page.locator("ul.country-list").first.is_visible()
    assert page.locator("svg.world-map").is_visible()
    flags = page.locator("img.flag")
    flags.last.scroll_into_view_if_needed()
    page.wait_for_function("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
    background = page.evaluate("getComputedStyle(document.querySelector('.takeaways'))"
                               ".backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "stylesheet did not load"
    assert page_errors(page).all == []


def test_every_page_passes_the_nu_html_checker(seed_site: Path, vnu) -> None:
    pages = sorted(seed_site.rglob("*.html"))
    assert len(pages) >= 2
    assert vnu(pages) == []
