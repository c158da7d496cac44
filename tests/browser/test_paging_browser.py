"""The pages of a long list in a browser: valid, accessible in both schemes, and walkable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ..helpers import run_cli
from ..test_paging import stories
from .pages import SCHEMES
from .tools import page_errors, serve_dir

# The middle page of each kind of list: it has a page before and a page after it.
PAGED = ("page/2.html", "countries/ke/page/2.html", "tags/energy/page/2.html")


@pytest.fixture
def paged_site(make_site: Callable[..., Path]) -> Path:
    """Build five stories in pages of two; return the output folder."""
    root = make_site({"site.yml": "title: News\npage_size: 2\n", **stories(5)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_paged_lists_pass_the_nu_html_checker(paged_site: Path, vnu) -> None:
    assert vnu([paged_site / page for page in PAGED]) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violations_on_paged_lists(paged_site: Path, make_page, axe,
                                                scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    found = {}
    with serve_dir(paged_site, "/news/") as base:  # under a sub-path, as hosts often publish
        for name in PAGED:
            page.goto(base + name)
            if violations := axe(page):
                found[name] = violations
        errors = page_errors(page).all
        page.context.close()  # while the server is up: Chromium's idle connections end too
    assert found == {}
    assert errors == []


def test_a_reader_walks_the_index_from_disk(paged_site: Path, new_page) -> None:
    page = new_page
    page.goto((paged_site / "index.html").as_uri())
    seen = []
    for _ in range(3):
        seen.append(page.locator(".explainer-list h2").first.inner_text())
        current = page.get_by_role("navigation", name="Pages").locator("[aria-current=page]")
        assert current.inner_text() == str(len(seen))
        next_link = page.get_by_role("link", name="Next")
        if next_link.count() == 0:
            break
        next_link.click()
    assert seen == ["Story 5", "Story 3", "Story 1"]
    assert page.url == (paged_site / "page/3.html").as_uri()
    page.get_by_role("link", name="Page 1").click()
    assert page.url == (paged_site / "index.html").as_uri()
