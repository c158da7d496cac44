"""Publishing: absolute URLs with and without a base URL, the feed, the sitemap and robots.txt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from .helpers import run_cli, soup
from .publishing import BASE, SLUGS, build, write_project

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PAGES = {"index.html", *(f"{slug}.html" for slug in SLUGS), "countries/index.html",
         "countries/ht.html", "countries/ke.html", "countries/sd.html", "countries/us.html",
         "tags/index.html", "tags/haiti.html", "tags/security.html", "tags/sudan.html",
         "authors/index.html", "authors/ana-perez.html", "authors/explainer-desk.html"}
# The explainers' embeddable pieces: pages for other sites' frames, kept from search engines.
PIECES = {"embed/haiti.countries.html", "embed/sudan.countries.html"}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_project(tmp_path_factory.mktemp("publish") / "site")


@pytest.fixture(scope="module")
def published(project: Path) -> Path:
    return build(project, project.parent / "published", "--base-url", BASE)[0]


@pytest.fixture(scope="module")
def unpublished(project: Path) -> tuple[Path, str]:
    return build(project, project.parent / "unpublished")


def pages_of(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*.html")}


def test_both_builds_make_the_same_pages(published: Path, unpublished) -> None:
    assert pages_of(published) == pages_of(unpublished[0]) == PAGES | PIECES | {
        "404.html", "search.html"}


def test_without_a_base_url_absolute_urls_are_left_out_with_one_warning(unpublished) -> None:
    out, output = unpublished
    assert output.count("warning: no base_url") == 1
    assert "site.yml: warning: no base_url: canonical links, Open Graph URLs, the Atom feed " \
           "and the sitemap are left out" in output
    assert not (out / "feed.xml").exists()
    assert not (out / "sitemap.xml").exists()
    assert (out / "robots.txt").read_text() == "User-agent: *\nDisallow:\n"
    for path in PAGES:
        page = soup(out / path)
        assert page.select('link[rel="canonical"], link[type="application/atom+xml"]') == []
        assert page.select('meta[property="og:url"], meta[property="og:image"]') == []
        assert page.select_one('meta[property="og:title"]')["content"]


def test_with_a_base_url_every_page_names_its_public_address(published: Path) -> None:
    for path in PAGES:
        page = soup(published / path)
        expected = BASE + re.sub(r"(^|/)index\.html$", r"\1", path)
        assert page.select_one('link[rel="canonical"]')["href"] == expected, path
        assert page.select_one('meta[property="og:url"]')["content"] == expected, path
        assert page.select_one('link[type="application/atom+xml"]')["href"] == BASE + "feed.xml"
    not_found = soup(published / "404.html")
    assert not_found.select('link[rel="canonical"]') == []
    assert not_found.select_one('meta[name="robots"]')["content"] == "noindex"


def test_rich_previews_of_an_explainer(published: Path) -> None:
    page = soup(published / "haiti.html")

    def meta(key: str) -> str:
        return page.select_one(f'meta[property="{key}"], meta[name="{key}"]')["content"]

    assert meta("description") == "What happened & why it matters."
    assert meta("og:title") == meta("twitter:title") == "Kenya leads a police mission to Haiti"
    assert meta("og:description") == meta("twitter:description") == meta("description")
    assert meta("og:type") == "article"
    assert meta("og:site_name") == "Example Explainers"
    assert meta("og:image") == BASE + "social.png"
    assert meta("article:published_time") == "2024-06-26"
    assert meta("article:modified_time") == "2024-07-02"
    assert meta("twitter:card") == "summary_large_image"
    assert meta("twitter:site") == "@example"
    assert soup(published / "index.html").select_one('meta[property="og:type"]')["content"] \
        == "website"


def test_the_feed_parses_and_has_what_rfc_4287_requires(published: Path) -> None:
    data = (published / "feed.xml").read_bytes()
    feed = feedparser.parse(data)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.id == BASE
    assert feed.feed.title == "Example Explainers"
    assert feed.feed.subtitle == "Background on the news."
    assert feed.feed.updated == "2024-07-02T00:00:00Z"
    assert {(link.rel, link.href) for link in feed.feed.links} == {
        ("self", BASE + "feed.xml"), ("alternate", BASE)}
    assert feed.feed.author == "Example News"
    assert [e.id for e in feed.entries] == [f"{BASE}{slug}.html" for slug in SLUGS]
    haiti, sudan, trade = feed.entries
    assert haiti.link == haiti.id
    assert haiti.title == "Kenya leads a police mission to Haiti"
    assert haiti.published == "2024-06-26T00:00:00Z"
    assert haiti.updated == "2024-07-02T00:00:00Z"
    assert [a.name for a in haiti.authors] == ["Explainer desk"]
    assert haiti.summary == "What happened & why it matters."
    assert [t.term for t in haiti.tags] == ["Haiti", "Security"]
    assert sudan.title == "Why Sudan\u2019s war drags on </script><b>"
    assert sudan.updated == "2024-05-01T00:00:00Z"
    assert [a.name for a in sudan.authors] == ["Ana Pérez", "Explainer desk"]
    assert trade.published == "2023-01-01T00:00:00Z"
    root = ET.fromstring(data)
    for element in (root, *root.findall(f"{ATOM}entry")):
        for required in ("id", "title", "updated"):
            assert element.find(ATOM + required).text, required
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Example News"
    for entry in root.findall(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None


def test_the_sitemap_lists_every_page_with_its_last_change(published: Path) -> None:
    root = ET.parse(published / "sitemap.xml").getroot()
    assert root.tag == f"{SITEMAP}urlset"
    assert all(url.tag == f"{SITEMAP}url" for url in root)
    found = {url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod") for url in root}
    assert set(found) == {BASE + re.sub(r"(^|/)index\.html$", r"\1", p) for p in PAGES}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) for day in found.values())
    assert found[BASE] == found[BASE + "haiti.html"] == found[BASE + "countries/ke.html"] \
        == "2024-07-02"
    assert found[BASE + "sudan.html"] == found[BASE + "countries/sd.html"] == "2024-05-01"
    assert found[BASE + "trade.html"] == "2023-01-01"
    assert (published / "robots.txt").read_text() == (
        f"User-agent: *\nDisallow:\n\nSitemap: {BASE}sitemap.xml\n")


def test_the_404_page_links_absolutely_when_it_can(published: Path, unpublished) -> None:
    def urls(out: Path) -> list[str]:
        page = soup(out / "404.html")
        found = [e.get("href") or e["src"] for e in page.select("a[href], link[href], img[src]")]
        return [url for url in found if not url.startswith("#")]

    assert urls(published) and all(u.startswith(BASE) for u in urls(published))
    assert BASE + "countries/index.html" in urls(published)
    relative = urls(unpublished[0])
    assert "countries/index.html" in relative
    assert all(not u.startswith(("/", "http")) for u in relative)


def test_a_static_robots_txt_replaces_the_generated_one(make_site) -> None:
    root = make_site({"static/robots.txt": "User-agent: *\nDisallow: /private/\n"})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    assert (out / "robots.txt").read_text() == "User-agent: *\nDisallow: /private/\n"


def test_a_feed_entry_says_what_changed(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    haiti = root / "content" / "haiti.md"
    haiti.write_text(haiti.read_text(encoding="utf-8").replace("updated: 2024-07-02\n", (
        "changes:\n  - date: 2024-06-29\n    correction: true\n"
        "    text: An earlier version gave the **pledge** as $300 million, as [the report]"
        "(https://example.org/r) says; it's \"final\".\n"
        "  - date: 2024-06-27\n    text: Adds the arrival of the first officers.\n"
        "    source: {title: Officers land, url: 'https://example.org/land'}\n")),
        encoding="utf-8")
    out = build(root, tmp_path / "out", "--base-url", BASE)[0]
    for feed_path in ("feed.xml", "countries/ke.xml", "tags/haiti.xml"):
        feed = feedparser.parse((out / feed_path).read_bytes())
        assert feed.bozo == 0, feed.get("bozo_exception")
        haiti_entry = feed.entries[0]
        assert haiti_entry.updated == "2024-06-29T00:00:00Z"
        assert haiti_entry.summary == "What happened & why it matters."
        said = BeautifulSoup(haiti_entry.content[0].value, "html.parser")
        assert [p.get_text().strip() for p in said.find_all("p")] == [
            "What happened & why it matters.", "29 June 2024\u00a0· Correction",
            "An earlier version gave the pledge as $300 million, as the report says; "
            "it\u2019s \u201cfinal\u201d.", "27 June 2024\u00a0· Update",
            "Adds the arrival of the first officers. Source: Officers land"]
        assert said.find("a", string="Officers land")["href"] == "https://example.org/land"
    sudan_entry = feedparser.parse((out / "feed.xml").read_bytes()).entries[1]
    assert "content" not in sudan_entry  # never changed: its summary says it all


def test_a_feed_in_a_right_to_left_language_says_its_direction(tmp_path: Path) -> None:
    story = ("---\ntitle: اتفاق الحدود البحرية\ndek: وقّع البلدان الاتفاق.\npublished: 2024-05-23\n"
             "language: ar\nchanges:\n  - date: 2024-05-25\n    correction: true\n"
             "    text: وُقّع الاتفاق في القاهرة، لا في الرياض.\n---\n\n--- summary\n---\nنص.\n")
    root = write_project(tmp_path / "site", {"content/hudud.md": story})
    out = build(root, tmp_path / "out", "--base-url", BASE)[0]
    [content] = ET.parse(out / "ar" / "feed.xml").getroot().iter(f"{ATOM}content")
    [div] = list(content)
    assert div.get("dir") == "rtl"
    assert [p.text for p in div][1:] == ["25 مايو 2024\u00a0· تصحيح",
                                        "وُقّع الاتفاق في القاهرة، لا في الرياض."]
