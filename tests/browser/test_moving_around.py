"""Moving around a long explainer with the contents list, the keyboard and the way back up."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import SEED
from .pages import SCHEMES
from .tools import page_errors, serve_dir

# Where the target of the address's fragment is: its top, and whether the page is scrolled
# as far as it goes (a section near the end cannot reach the top of the window).
TARGET = """() => {
  const target = document.querySelector(':target');
  const bottom = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
  return [target && target.id, target && Math.round(target.getBoundingClientRect().top), bottom];
}"""
FOCUSED = """() => {
  const el = document.activeElement;
  return [el.textContent.trim(), el.closest('nav.contents') !== null];
}"""
AFTER = "(el) => !!(window.previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)"


def test_each_contents_link_brings_its_section_to_the_top(seed_site: Path, make_page) -> None:
    page = make_page(viewport={"width": 390, "height": 800}, reduced_motion="reduce",
                     java_script_enabled=False)
    page.goto((seed_site / f"{SEED}.html").as_uri())
    links = page.locator("nav.contents a")
    hrefs = links.evaluate_all("els => els.map((el) => el.getAttribute('href'))")
    assert len(hrefs) == 13
    for index, href in enumerate(hrefs):
        links.nth(index).click()
        target, top, bottom = page.evaluate(TARGET)
        assert target == href[1:] and (abs(top) <= 1 or bottom), (href, top)
    page.locator(".back-to-top a").click()
    assert page.evaluate("[scrollY, location.hash]") == [0, "#top"]
    assert page_errors(page).all == []


def test_the_keyboard_meets_the_contents_first_and_goes_through_the_page_in_order(
        published_site: Path, make_page) -> None:
    page = make_page(reduced_motion="reduce")
    page.goto((published_site / f"{SEED}.html").as_uri())
    # The links a reader can reach, and the summary that opens the embed codes' box (whose
    # links are hidden until then).
    focusable = page.locator("a[href]:visible, summary:visible").count()
    met = []
    for _ in range(focusable):
        page.keyboard.press("Tab")
        if met:
            assert page.evaluate(f"() => ({AFTER})(document.activeElement)"), met[-1]
        page.evaluate("window.previous = document.activeElement")
        met.append(page.evaluate(FOCUSED))
    names = [name for name, _ in met]
    # The byline's links to its author's page and to what changed, then the contents.
    assert names[:8] == ["Skip to content", "Example Explainers", "Countries", "Tags",
                         "Search", "Explainer desk", "See what changed", "Why it matters"]
    assert [name for name, in_contents in met if in_contents] == names[7:20]
    assert names.index("Back to top") == len(names) - 2  # then the footer's link
    # Back up from the foot of the page, and the next Tab starts again at the masthead.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)[0] == "Example Explainers"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_end_of_an_explainer_is_accessible(published_site: Path, make_page, axe,
                                               scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    with serve_dir(published_site) as base:
        page.goto(base + f"{SEED}.html")
        assert page.locator("section.share a").count() == 6
        assert page.locator("aside.related a").count() >= 1
        assert axe(page) == []
    assert page_errors(page).all == []


def test_the_end_of_an_explainer_passes_the_nu_html_checker(published_site: Path, vnu) -> None:
    assert vnu([published_site / f"{SEED}.html", published_site / "index.html"]) == []
