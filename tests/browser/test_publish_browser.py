"""A published site under a sub-path, crawled in Chromium; the new page types in the Nu checker."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urldefrag

import pytest

from ..helpers import REPO, SEED
from ..publishing import build, write_project
from .tools import page_errors, serve_dir

PREFIX = "/news/explainers/"
LOAD_IMAGES = """async () => {
  for (const image of document.images) image.loading = "eager";
  await Promise.all([...document.images].map(i => i.decode().catch(() => null)));
  return [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src);
}"""


def project(tmp_path: Path) -> Path:
    """Return the test site plus the repository's explainer, for its map and flags."""
    root = write_project(tmp_path / "site")
    seed = (REPO / "content" / f"{SEED}.md").read_text(encoding="utf-8")
    (root / "content" / f"{SEED}.md").write_text(seed, encoding="utf-8")
    return root


def crawl(page, base: str) -> tuple[set[str], set[str]]:
    """Visit every page linked from the index under base; return the pages and their assets."""
    todo, pages, assets = [base], set(), set()
    while todo:
        url = todo.pop(0)
        if url in pages:
            continue
        pages.add(url)
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        assert page.evaluate(LOAD_IMAGES) == [], url
        links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        origin = base.removesuffix(PREFIX)
        assert [link for link in links if link.startswith(origin)
                and not link.startswith(base)] == [], f"{url} links out of the site's folder"
        inside = [urldefrag(link).url for link in links if link.startswith(base)]
        data = {link for link in inside if link.endswith((".json", ".csv"))}  # data files
        todo += [link for link in inside if link not in data]
        assets |= data
        assets.update(page.eval_on_selector_all(
            "link[href], img[src], script[src]", "els => els.map(e => e.href || e.src)"))
    return pages, assets


@pytest.mark.parametrize("with_base_url", [True, False], ids=["base-url", "no-base-url"])
def test_every_page_and_asset_loads_under_a_sub_path(tmp_path: Path, make_page: Callable,
                                                     with_base_url: bool) -> None:
    root, out = project(tmp_path), tmp_path / "public"
    with serve_dir(out, prefix=PREFIX) as base:
        build(root, out, *(["--base-url", base] if with_base_url else []))
        page = make_page()
        pages, assets = crawl(page, base)
        expected = {p.relative_to(out).as_posix() for p in out.rglob("*.html")} - {"404.html"}
        assert {url.removeprefix(base) or "index.html" for url in pages} == expected
        for url in sorted(assets):
            assert page.request.get(url).status == 200, url
        if with_base_url:
            sitemap = ET.fromstring(page.request.get(base + "sitemap.xml").body())
            locs = [loc.text for loc in sitemap.findall(".//{*}loc")]
            # The embeddable pieces are for other sites' frames, and a search page has nothing
            # of its own to find: neither is for search engines.
            assert len(locs) == len([path for path in expected if not path.startswith("embed/")
                                     and not path.endswith("search.html")])
            for loc in locs:
                assert page.request.get(loc).status == 200, loc
        color = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert color not in ("rgba(0, 0, 0, 0)", "transparent"), "stylesheet did not load"
        assert page_errors(page).all == []


def test_the_404_page_works_at_any_depth(tmp_path: Path, make_page: Callable) -> None:
    root, out = project(tmp_path), tmp_path / "public"
    with serve_dir(out, prefix=PREFIX) as base:
        build(root, out, "--base-url", base)
        page = make_page()
        missing = base + "no/such/section/page.html"
        body = (out / "404.html").read_bytes()
        # Hosts answer any missing address with the 404 page, as this route does.
        page.route(missing, lambda route: route.fulfill(
            status=404, body=body, content_type="text/html; charset=utf-8"))
        page.goto(missing)
        assert page.locator("h1").inner_text() == "Page not found"
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "stylesheet did not load"
        page.get_by_role("link", name="Explainers by country").click()
        page.wait_for_load_state("load")
        assert page.url == base + "countries/index.html"
        assert page.locator("h1").inner_text() == "Countries"
        # The only failure is the 404 status of the missing page itself.
        assert [error for error in page_errors(page).all if missing not in error] == []


def test_new_page_types_pass_the_nu_html_checker(tmp_path: Path, vnu) -> None:
    root, out = project(tmp_path), tmp_path / "public"
    build(root, out, "--base-url", "https://example.org/news/explainers/")
    pages = [out / name for name in (
        "countries/index.html", "countries/ke.html", "tags/index.html", "tags/security.html",
        "authors/index.html", "authors/ana-perez.html", "404.html", "haiti.html",
        "index.html")]
    assert vnu(pages) == []


def test_new_page_types_have_no_accessibility_violations(tmp_path: Path, new_page, axe) -> None:
    root, out = project(tmp_path), tmp_path / "public"
    build(root, out)
    with serve_dir(out) as base:
        for name in ("countries/index.html", "countries/ke.html", "tags/index.html",
                     "tags/security.html", "authors/index.html", "authors/ana-perez.html",
                     "404.html"):
            new_page.goto(base + name)
            assert axe(new_page) == [], name
    assert page_errors(new_page).all == []
