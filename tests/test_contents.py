"""Moving around: the site's navigation, a long explainer's contents, its reading time."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.site.strings import package_tables

from .helpers import SEED, run_cli, soup

INDEXES = ("countries/index.html", "tags/index.html", "search.html")
PROSE = "--- prose\nheading: Part {n}\n---\n{words}\n\n"


def story(sections: int, words: int, language_words: str = "word ") -> str:
    """Return an explainer of some headed prose sections, with about `words` words in all."""
    each = (language_words * (words // sections)).strip()
    return ("---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n\n" +
            "".join(PROSE.format(n=n, words=each) for n in range(sections)))


def build(make_site: Callable[..., Path], files: dict[str, str]) -> Path:
    """Build a project of the given files; return its output folder."""
    root = make_site(files)
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_the_seed_lists_its_headed_sections_in_page_order(seed_site: Path) -> None:
    page = soup(seed_site / f"{SEED}.html")
    contents = page.select_one("article nav.contents")
    assert contents["aria-labelledby"] == "contents-title"
    assert contents.h2.get_text() == "In this explainer"
    links = contents.select("a")
    # The story's sections: the box of data and embed codes is about the page, not the story.
    headed = page.select("article > :is(section, aside):not(.summary, .reuse) > h2")
    assert page.select_one("article > .reuse > h2").get_text() == "Reuse this explainer"
    assert [a["href"] for a in links] == [f"#{h.parent['id']}" for h in headed]
    assert [a.get_text() for a in links] == [h.contents[0].strip() for h in headed]
    assert [a.get_text() for a in links][:4] == [
        "Why it matters", "Key takeaways", "Key figures", "What was agreed in Washington"]
    assert [a.get_text() for a in links][-2:] == ["Sources", "What changed"]
    assert page.select_one(".byline .reading-time").get_text() == "5 min read"


@pytest.mark.parametrize(("sections", "words", "listed"), [
    (4, 700, True),  # four headed sections, three minutes: a long explainer
    (3, 1200, False),  # long, but too few sections to need a list
    (6, 400, False),  # many sections, read in two minutes
])
def test_only_a_long_explainer_gets_a_contents_list(make_site: Callable[..., Path],
                                                    sections: int, words: int,
                                                    listed: bool) -> None:
    out = build(make_site, {"content/s.md": story(sections, words)})
    assert bool(soup(out / "s.html").select("nav.contents")) is listed


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "word ", "5 min read"),  # 1,200 words at 228 a minute
    ("fr", "mot ", "6\u00a0min de lecture"),  # at 195 a minute
    ("ar", "كلمة ", "قراءة في 9 دقائق"),  # at 138 a minute
    ("ja", "語", "3分で読めます"),  # 1,200 characters at 357 a minute
])
def test_the_reading_time_counts_as_the_language_reads(make_site: Callable[..., Path],
                                                       language: str, text: str,
                                                       expected: str) -> None:
    out = build(make_site, {"site.yml": f"language: {language}\n",
                            "content/s.md": story(4, 1200, text)})
    assert soup(out / "s.html").select_one(".reading-time").get_text() == expected


def test_every_page_has_the_site_s_navigation(seed_site: Path) -> None:
    pages = sorted(seed_site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        page = soup(path)
        if path.parent.name == "embed":  # a piece shown in another site's frame
            assert page.select("header, nav") == [], path
            continue
        nav = page.select_one("header.site-header nav.site-nav")
        named = package_tables()[page.html["lang"]].texts["site_navigation"]  # "Tovuti" in sw
        assert nav["aria-label"] == named, path
        folder = path.parent.relative_to(seed_site).as_posix()
        parts = path.relative_to(seed_site).parts
        # A page in another language than the site's leads to that language's own pages.
        home = parts[0] + "/" if len(parts) > 1 and \
            parts[0] not in ("countries", "tags", "authors") and \
            (seed_site / parts[0] / "index.html").is_file() else ""
        assert [a["href"] for a in nav.select("a")] == [
            posixpath.relpath(home + target, folder) for target in INDEXES], path
        current = [a.get_text() for a in nav.select("a[aria-current]")]
        section = parts[len(home.split("/")) - 1]
        names = [a.get_text() for a in nav.select("a")]  # in the page's language
        assert current == {"countries": names[:1], "tags": names[1:2],
                           "search.html": names[2:]}.get(section, []), path


def test_a_long_page_leads_back_to_its_top(seed_site: Path) -> None:
    page = soup(seed_site / f"{SEED}.html")
    back = page.select_one("main > p.back-to-top a")
    assert back["href"] == "#top" and back.get_text() == "Back to top"
    assert page.select_one("#top") is page.select_one("header.site-header")


def test_a_heading_named_like_a_part_of_the_page_gets_an_id_of_its_own(
        make_site: Callable[..., Path]) -> None:
    text = ("---\ntitle: T\ndek: D\npublished: 2024-05-23\nchanges:\n  - date: 2024-05-24\n"
            "    text: A figure was updated.\n---\n\n"
            "--- prose\nheading: Changes\n---\nWhat the law changes.\n\n"
            "--- prose\nheading: Countries title\n---\nA heading as odd as any.\n\n"
            "--- countries\ncountries:\n  - {name: Kenya, role: lead}\n---\n")
    page = soup(build(make_site, {"content/s.md": text}) / "s.html")
    ids = [element["id"] for element in page.select("[id]")]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    headed = {h2.get_text(): h2.find_parent("section")["id"] for h2 in page.select(".prose h2")}
    assert headed == {"Changes": "changes-2", "Countries title": "countries-title"}
