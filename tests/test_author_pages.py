"""A page per author of the bylines, listing their explainers as a tag's page lists its own,
which the byline's names link to."""

from __future__ import annotations

import json
import posixpath
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .helpers import soup
from .publishing import build

SITE = "title: Desk\nauthor: Explainer desk\n"
BASE = "base_url: https://example.org/news/\n"


def story(title: str, published: str, byline: str = "", language: str = "",
          key: str = "") -> str:
    """Return an explainer with this byline (none: the site's author wrote it)."""
    front = [f"title: {title}", "dek: D.", f"published: {published}"]
    front += [f"byline: {byline}"] if byline else []
    front += [f"language: {language}"] if language else []
    front += [f"translation_key: {key}"] if key else []
    return "---\n" + "\n".join(front) + "\n---\n\n--- summary\n---\nText.\n"


def site(make_site: Callable[..., Path], settings: str = "") -> Path:
    return make_site({"site.yml": SITE + settings,
                      "content/alpha.md": story("Alpha", "2024-05-03",
                                                "[Ana Pérez, Анна Иванова]"),
                      "content/beta.md": story("Beta", "2024-05-04", "Ana Pérez"),
                      "content/gamma.md": story("Gamma", "2024-05-01"),
                      "content/delta.md": story("Delta", "2024-05-02", "Ana Pérez", "fr")})


def listed(page: Path) -> list[str]:
    return [a.get_text() for a in soup(page).select(".explainer-list h2 a")]


def byline_links(page: Path) -> dict[str, str]:
    """Return the byline's links, by name, each as the file it leads to from the page."""
    return {a.get_text(): posixpath.normpath(posixpath.join(page.parent.as_posix(), a["href"]))
            for a in soup(page).select(".byline a[rel=author]")}


def authors_of(page: Path) -> list[dict[str, Any]]:
    [data] = [json.loads(s.string)
              for s in soup(page).select('script[type="application/ld+json"]')]
    return data["author"]


@pytest.fixture
def published(make_site: Callable[..., Path], tmp_path: Path) -> Path:
    out, _ = build(site(make_site, BASE), tmp_path / "public")
    return out


def test_each_author_has_a_page_of_their_explainers_newest_first(published: Path) -> None:
    out = published
    page = soup(out / "authors/ana-perez.html")
    assert page.h1.get_text() == "Ana Pérez"
    assert page.select_one(".site-description").get_text() == "2 explainers by Ana Pérez"
    assert listed(out / "authors/ana-perez.html") == ["Beta", "Alpha"]
    assert listed(out / "authors/explainer-desk.html") == ["Gamma"]
    hrefs = [a["href"] for a in page.select(".explainer-list h2 a")]
    assert hrefs == ["../beta.html", "../alpha.html"]
    index = {a.get_text(): a["href"]
             for a in soup(out / "authors/index.html").select("nav.authors a")}
    assert index == {"Ana Pérez": "ana-perez.html", "Explainer desk": "explainer-desk.html",
                     "Анна Иванова": "anna-ivanova.html"}


def test_a_byline_s_names_link_to_their_pages_and_a_cyrillic_name_gets_a_latin_one(
        published: Path) -> None:
    out = published
    links = byline_links(out / "alpha.html")
    assert links == {"Ana Pérez": (out / "authors/ana-perez.html").as_posix(),
                     "Анна Иванова": (out / "authors/anna-ivanova.html").as_posix()}
    assert all(Path(target).is_file() for target in links.values())
    byline = " ".join(soup(out / "alpha.html").select_one(".byline span").get_text().split())
    assert byline == "By Ana Pérez and Анна Иванова"
    assert listed(out / "authors/anna-ivanova.html") == ["Alpha"]
    # The site's author, for an explainer without a byline, links to theirs too.
    assert list(byline_links(out / "gamma.html")) == ["Explainer desk"]


def test_the_structured_data_names_each_author_s_page(published: Path) -> None:
    assert authors_of(published / "alpha.html") == [
        {"@type": "Person", "name": "Ana Pérez",
         "url": "https://example.org/news/authors/ana-perez.html"},
        {"@type": "Person", "name": "Анна Иванова",
         "url": "https://example.org/news/authors/anna-ivanova.html"}]
    sitemap = (published / "sitemap.xml").read_text(encoding="utf-8")
    for page in ("authors/", "authors/ana-perez.html", "fr/authors/ana-perez.html"):
        assert f"<loc>https://example.org/news/{page}</loc>" in sitemap
    feed = (published / "authors/ana-perez.xml").read_text(encoding="utf-8")
    assert feed.count("<entry>") == 2


def test_each_language_lists_its_own_explainers_by_an_author_in_its_words(
        published: Path) -> None:
    out = published
    page = soup(out / "fr/authors/ana-perez.html")
    assert listed(out / "fr/authors/ana-perez.html") == ["Delta"]
    assert page.select_one(".site-description").get_text() == "1 décryptage signé Ana Pérez"
    assert soup(out / "fr/authors/index.html").h1.get_text() == "Auteurs"
    assert byline_links(out / "fr/delta.html") == {
        "Ana Pérez": (out / "fr/authors/ana-perez.html").as_posix()}
    # The two editions' pages of one author are versions of each other.
    versions = {link["hreflang"] for link in page.select('link[rel=alternate][hreflang]')}
    assert {"en", "fr"} <= versions


def test_author_pages_false_leaves_the_pages_and_the_links_out(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    out, _ = build(site(make_site, BASE + "author_pages: false\n"), tmp_path / "public")
    assert not (out / "authors").exists() and not (out / "fr/authors").exists()
    assert byline_links(out / "alpha.html") == {}
    byline = " ".join(soup(out / "alpha.html").select_one(".byline span").get_text().split())
    assert byline == "By Ana Pérez and Анна Иванова"
    assert authors_of(out / "alpha.html") == [{"@type": "Person", "name": "Ana Pérez"},
                                             {"@type": "Person", "name": "Анна Иванова"}]
    assert "authors/" not in (out / "sitemap.xml").read_text(encoding="utf-8")


def test_without_a_base_url_the_pages_stand_and_the_data_names_no_address(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    out, _ = build(site(make_site), tmp_path / "public")
    assert listed(out / "authors/ana-perez.html") == ["Beta", "Alpha"]
    assert not (out / "authors/ana-perez.xml").exists()
    assert all("url" not in author for author in authors_of(out / "alpha.html"))


def test_a_site_whose_explainers_name_no_author_has_no_index_of_authors(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"site.yml": "title: Desk\n", "content/a.md": story("A", "2024-05-01")})
    out, _ = build(root, tmp_path / "public")
    assert not (out / "authors").exists()
    assert (out / "tags/index.html").is_file()
