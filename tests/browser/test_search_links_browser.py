"""A search result's link in Chromium: the plain relative address every other page writes
("haiti-kenya-police-mission.html" beside search.html, the French explainer's own name beside
fr/search.html), which a reader may copy, and which opens the explainer from file://, at a
domain's root and under a sub-path."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import SEED
from .test_search_browser import RESULTS, search
from .tools import page_errors, serve_dir

FRENCH = "kenya-mission-police-haiti"  # the seed's French explainer, in fr/
PAGES = (("search.html", "Search the explainers", "Kenya", f"{SEED}.html"),
         ("fr/search.html", "Rechercher dans les décryptages", "Tchad", f"{FRENCH}.html"))


def opened_result(page, base: str, search_page: str, label: str, query: str) -> str:
    """Search a page for a query; return its one result's href as written, once a click on
    it has opened the page it names."""
    page.goto(base + search_page)
    search(page, query, label)
    link = page.locator(RESULTS).get_by_role("link")
    assert link.count() == 1
    href = link.get_attribute("href")
    folder = search_page.rpartition("/")[0]
    link.click()
    page.wait_for_url(base + "/".join(filter(None, (folder, href))))
    return href


@pytest.mark.parametrize(("search_page", "label", "query", "address"), PAGES)
def test_a_result_links_to_its_explainer_from_a_file(seed_site: Path, new_page,
                                                     search_page: str, label: str,
                                                     query: str, address: str) -> None:
    base = seed_site.as_uri() + "/"
    assert opened_result(new_page, base, search_page, label, query) == address
    assert new_page.locator("h1").count() == 1
    assert page_errors(new_page).all == []


@pytest.mark.parametrize("prefix", ["/", "/news/"])
@pytest.mark.parametrize(("search_page", "label", "query", "address"), PAGES)
def test_a_result_links_to_its_explainer_over_http(seed_site: Path, new_page, prefix: str,
                                                   search_page: str, label: str, query: str,
                                                   address: str) -> None:
    with serve_dir(seed_site, prefix) as base:
        assert opened_result(new_page, base, search_page, label, query) == address
        response = new_page.request.get(new_page.url)
        assert response.ok
    assert page_errors(new_page).all == []
