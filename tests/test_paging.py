"""Long lists split into pages (the index, a country's, a tag's), and a feed per country and tag."""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.errors import ContentError
from explainer.site.config import load_config

from .helpers import run_cli, soup
from .test_incremental import Session, explainer

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "https://example.org/news/"
# Five stories, all about Kenya and tagged Energy, in pages of two: three pages per list.
LISTS = {"index.html": ["index.html", "page/2.html", "page/3.html"],
         "countries/ke.html": ["countries/ke.html", "countries/ke/page/2.html",
                               "countries/ke/page/3.html"],
         "tags/energy.html": ["tags/energy.html", "tags/energy/page/2.html",
                              "tags/energy/page/3.html"]}


def stories(count: int) -> dict[str, str]:
    """Return explainer files Story 1 (the oldest) to Story `count`."""
    return {f"content/s{n}.md": explainer(f"Story {n}", f"2024-05-{n:02d}", tags="[Energy]")
            for n in range(1, count + 1)}


def built(make_site: Callable[..., Path], settings: str, count: int = 5) -> Path:
    """Build `count` stories with the given site.yml; return the output folder."""
    root = make_site({"site.yml": settings, **stories(count)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    return root / "public"


def titles(page: Path) -> list[str]:
    """Return the titles of the explainers a page of a list shows."""
    return [a.get_text() for a in soup(page).select(".explainer-list h2 a")]


def target(page: str, href: str) -> str:
    """Return the site path a relative link on a page leads to, as a browser reads it."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), href))


def test_each_list_is_split_into_pages_of_the_set_size(make_site) -> None:
    out = built(make_site, "page_size: 2\n")
    for pages in LISTS.values():
        assert [titles(out / page) for page in pages] == [
            ["Story 5", "Story 4"], ["Story 3", "Story 2"], ["Story 1"]]
    assert not (out / "page/1.html").exists() and not (out / "page/4.html").exists()
    assert soup(out / "page/2.html").select_one("ol.explainer-list")["start"] == "3"


def test_every_page_links_to_its_neighbours_and_names_itself(make_site) -> None:
    out = built(make_site, "page_size: 2\n")
    for pages in LISTS.values():
        for number, page in enumerate(pages, 1):
            html = soup(out / page)
            head = {link["rel"][0]: target(page, link["href"])
                    for link in html.select("head link[rel=prev], head link[rel=next]")}
            nav = html.select_one("nav.pagination")
            steps = {a["rel"][0]: target(page, a["href"]) for a in nav.select("a[rel]")}
            expected = {**({"prev": pages[number - 2]} if number > 1 else {}),
                        **({"next": pages[number]} if number < len(pages) else {})}
            assert head == steps == expected
            numbered = nav.select("a[aria-label]")
            assert [a.get_text() for a in numbered] == ["1", "2", "3"]
            assert [target(page, a["href"]) for a in numbered] == pages
            assert [a.get_text() for a in nav.select("[aria-current=page]")] == [str(number)]
            for link in html.select("a[href], link[href]"):  # every link opens from disk
                href = link["href"]
                if "://" not in href and not href.startswith("#"):
                    assert (out / target(page, href)).is_file(), (page, href)


def test_later_pages_say_their_number(make_site) -> None:
    out = built(make_site, "title: News\npage_size: 2\n")
    assert soup(out / "index.html").title.get_text() == "News"
    assert soup(out / "page/2.html").title.get_text() == "News, page 2 of 3"
    assert soup(out / "countries/ke/page/3.html").title.get_text() == \
        "Kenya, page 3 of 3 · News"
    assert soup(out / "tags/energy/page/2.html").select_one(".page-number").get_text() == \
        "Page 2 of 3"
    assert soup(out / "tags/energy.html").select_one(".page-number") is None


def test_a_long_list_names_its_first_last_and_nearest_pages(make_site) -> None:
    out = built(make_site, "page_size: 1\n", count=12)
    nav = soup(out / "page/6.html").select_one("nav.pagination")
    items = [li.get_text(strip=True) for li in nav.select("li")]
    assert items == ["Previous", "1", "…", "4", "5", "6", "7", "8", "…", "12", "Next"]


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ["Précédente", "Suivante", "Page 2 sur 3"]),
    ("ar", ["السابقة", "التالية", "الصفحة 2 من 3"])])
def test_the_navigation_speaks_the_sites_language(make_site, language: str,
                                                   words: list[str]) -> None:
    out = built(make_site, f"language: {language}\npage_size: 2\n")
    html = soup(out / "page/2.html")
    nav = html.select_one("nav.pagination")
    shown = [a.get_text() for a in nav.select("a[rel]")]
    assert [*shown, html.select_one(".page-number").get_text()] == words


def test_a_short_list_is_one_page_without_navigation(make_site) -> None:
    out = built(make_site, "title: News\n")  # 5 stories, 50 to a page by default
    assert titles(out / "index.html")[0] == "Story 5" and len(titles(out / "index.html")) == 5
    assert not (out / "page").exists() and not (out / "countries/ke").exists()
    html = soup(out / "index.html")
    assert html.select("nav.pagination, link[rel=prev], link[rel=next]") == []


def test_under_a_sub_path_pages_have_their_own_address(make_site) -> None:
    out = built(make_site, f"page_size: 2\nbase_url: {BASE}\n")
    html = soup(out / "countries/ke/page/2.html")
    assert html.select_one("link[rel=canonical]")["href"] == f"{BASE}countries/ke/page/2.html"
    assert html.select_one("link[rel=prev]")["href"] == "../../ke.html"  # relative all the same
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert all(f"<loc>{BASE}{page}</loc>" in sitemap for page in ["page/3.html",
               "countries/ke/page/3.html", "tags/energy/page/2.html"])


def test_each_country_and_tag_has_a_feed_its_pages_link_to(make_site) -> None:
    out = built(make_site, f"title: News\npage_size: 2\nbase_url: {BASE}\n")
    for feed, first, name in [("countries/ke.xml", "countries/ke.html", "Kenya"),
                              ("tags/energy.xml", "tags/energy.html", "Energy")]:
        root = ET.parse(out / feed).getroot()
        assert root.findtext(f"{ATOM}title") == f"{name} · News"
        assert root.find(f"{ATOM}link[@rel='self']").get("href") == BASE + feed
        assert root.find(f"{ATOM}link[@rel='alternate']").get("href") == BASE + first
        assert [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")] == \
            [f"Story {n}" for n in range(5, 0, -1)]
        for page in LISTS[first]:
            links = soup(out / page).select("link[rel=alternate][type='application/atom+xml']")
            assert [link["href"] for link in links] == [f"{BASE}feed.xml", BASE + feed]
    assert not (out / "countries/index.xml").exists()


def test_without_a_base_url_there_are_no_feeds(make_site) -> None:
    out = built(make_site, "page_size: 2\n")
    assert list(out.rglob("*.xml")) == []
    assert soup(out / "countries/ke.html").select("link[rel=alternate]") == []


@pytest.mark.parametrize(("value", "message"), [
    *((value, f"'page_size' must be a whole number of explainers, at least 1, found '{value}'")
      for value in ["0", "ten", "2.5", "-3"]),
    ("[2]", "'page_size' must be text, found a list")])
def test_page_size_must_be_a_whole_number(make_site, value: str, message: str) -> None:
    root = make_site({"site.yml": f"title: T\npage_size: {value}\n"})
    with pytest.raises(ContentError) as caught:
        load_config(root)
    [problem] = caught.value.problems
    assert problem.render() == (
        f"site.yml:2:12: error: site config: {message}\n"
        f"    page_size: {value}\n"
        "  hint: " + ("write e.g. 'page_size: 50'" if "whole" in message else
                      "write it on one line after the key, in quotes if it has ': '"))


def test_an_edit_renders_the_page_of_the_index_that_shows_it(make_site) -> None:
    session = Session(make_site({"site.yml": "page_size: 2\n", **stories(5)}))
    before = session.files
    session.edit("content/s1.md", explainer("Story 1, renamed", "2024-05-01", tags="[Energy]"))
    result = session.rebuild()
    # s1.html; the last page of the index, of Kenya and of Energy, which show it; and the
    # indexes of countries and tags (its pieces and data files, and the index of the data
    # files, are made when first asked for)
    assert result.rendered == 6
    for unchanged in ("index.html", "page/2.html", "countries/ke.html", "tags/energy.html"):
        assert session.files[unchanged] is before[unchanged], unchanged
    assert b"Story 1, renamed" in session.files["page/3.html"]
    assert session.files == session.full_build()
