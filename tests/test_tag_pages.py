"""Tags whose slugs would meet: C, C++ and C# each keep a page of their own, which every link
to them finds; spellings of one tag still share one."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.site.tagslugs import tag_slugs

from .helpers import run_cli, soup
from .publishing import build
from .test_incremental import Session

SITE = "title: Code desk\nbase_url: https://example.org/news/\n"


def story(title: str, published: str, tags: str) -> str:
    """Return an explainer with these tags."""
    return (f"---\ntitle: {title}\ndek: D.\npublished: {published}\ntags: {tags}\n---\n\n"
            "--- summary\n---\nText.\n")


def tag_links(page: Path) -> dict[str, str]:
    """Return the tag links at the foot of an explainer's page, by tag."""
    return {a.get_text(): a["href"] for a in soup(page).select("footer.tags a")}


def listed(page: Path) -> list[str]:
    return [a["href"] for a in soup(page).select(".explainer-list h2 a")]


@pytest.fixture
def languages(make_site: Callable[..., Path], tmp_path: Path) -> tuple[Path, str]:
    root = make_site({"site.yml": SITE,
                      "content/a.md": story("Alpha", "2024-05-03", "[C++, C#, C]"),
                      "content/b.md": story("Beta", "2024-05-02", "[C#]"),
                      "content/c.md": story("Gamma", "2024-05-01", "[c++]")})
    return build(root, tmp_path / "public")


def test_tags_whose_symbols_drop_out_of_their_slug_keep_pages_of_their_own(
        languages: tuple[Path, str]) -> None:
    out, messages = languages
    assert "shares its page" not in messages
    index = {a.get_text(): a["href"] for a in soup(out / "tags/index.html").select(".tags a")}
    assert index == {"C": "c.html", "C#": "c-sharp.html", "C++": "c-plus-plus.html"}
    assert tag_links(out / "a.html") == {"C++": "tags/c-plus-plus.html",
                                         "C#": "tags/c-sharp.html", "C": "tags/c.html"}
    assert tag_links(out / "b.html") == {"C#": "tags/c-sharp.html"}
    assert tag_links(out / "c.html") == {"c++": "tags/c-plus-plus.html"}
    pages = {"c": ("C", ["../a.html"]), "c-sharp": ("C#", ["../a.html", "../b.html"]),
             "c-plus-plus": ("C++", ["../a.html", "../c.html"])}
    for slug, (name, explainers) in pages.items():
        assert soup(out / f"tags/{slug}.html").h1.get_text() == name
        assert listed(out / f"tags/{slug}.html") == explainers
        feed = (out / f"tags/{slug}.xml").read_text(encoding="utf-8")
        assert f"<title>{name} · Code desk</title>" in feed
        assert feed.count("<entry>") == len(explainers)
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert all(f"https://example.org/news/tags/{slug}.html" in sitemap for slug in pages)
    search = {a.get_text(): a["href"] for a in soup(out / "search.html").select(
        ".search-browse ul:last-of-type a")}
    assert search == {"C": "tags/c.html", "C#": "tags/c-sharp.html",
                      "C++": "tags/c-plus-plus.html"}


def test_a_tag_that_meets_no_other_keeps_its_address(make_site: Callable[..., Path],
                                                     tmp_path: Path) -> None:
    root = make_site({"content/a.md": story("Alpha", "2024-05-03", "[C++, R&D]")})
    out = build(root, tmp_path / "public")[0]
    assert tag_links(out / "a.html") == {"C++": "tags/c.html", "R&D": "tags/r-d.html"}
    assert soup(out / "tags/c.html").h1.get_text() == "C++"


@pytest.mark.parametrize(("plain", "marked", "page"), [
    ("music", "music 🎸", "music"),  # an emoji tells no tag apart
    ("MeToo", "#MeToo", "metoo"),  # nor a hashtag's '#': it is the tag of its word
])
def test_a_mark_that_tells_no_tag_apart_shares_the_tag_s_page(
        make_site: Callable[..., Path], tmp_path: Path, plain: str, marked: str,
        page: str) -> None:
    root = make_site({"content/a.md": story("Alpha", "2024-05-03", f"['{plain}']"),
                      "content/b.md": story("Beta", "2024-05-02", f"['{marked}']")})
    out, messages = build(root, tmp_path / "public")
    assert listed(out / f"tags/{page}.html") == ["../a.html", "../b.html"]
    assert tag_links(out / "b.html") == {marked: f"tags/{page}.html"}
    assert f"content/b.md: warning: tag '{marked}' shares its page with '{plain}' " \
        "(content/a.md)" in messages


@pytest.mark.parametrize(("tags", "slugs"), [
    (("C", "C#", "C sharp"), ("c", None, "c-sharp")),  # C# may not take the page of "C sharp"
    (("C++", "C#"), ("c-plus-plus", "c-sharp")),  # neither is plain: both are spelt out
    (("#MeToo", "AT&T", "AT-T"), ("metoo", "at-and-t", "at-t")),
    (("Index", "Index+"), ("index-tag", "index-plus")),
])
def test_tag_slugs_hang_on_the_set_of_tags_alone(tags: tuple[str, ...],
                                                 slugs: tuple[str | None, ...]) -> None:
    named = [tag_slugs(order) for order in itertools.permutations(tags)]
    assert all(each == named[0] for each in named)
    found = [named[0][tag] for tag in tags]
    assert len(set(found)) == len(tags)
    for slug, expected in zip(found, slugs, strict=True):
        assert slug == expected if expected else re.fullmatch(r"c-[0-9a-f]{8}", slug)


def test_the_preview_moves_a_link_when_a_new_tag_takes_its_page(
        make_site: Callable[..., Path]) -> None:
    session = Session(make_site({"content/a.md": story("Alpha", "2024-05-03", "[C#]")}))
    assert b'href="tags/c.html"' in session.files["a.html"]
    session.edit("content/b.md", story("Beta", "2024-05-02", "[C]"))
    session.rebuild()
    assert b'href="tags/c-sharp.html"' in session.files["a.html"]
    assert b"<h1>C#</h1>" in session.files["tags/c-sharp.html"]
    assert b"<h1>C</h1>" in session.files["tags/c.html"]
    assert session.files == session.full_build()


def test_tag_url_on_a_page_that_has_no_such_tag_names_the_fix(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    # A tag's page name hangs on the other tags of its language: an explainer's page knows
    # its own tags'; the list of tags knows each tag's page.
    override = ('{% extends "theme/tag.html" %}\n{% block content %}{{ super() }}\n'
                '<a href="{{ rel(home ~ tag_url(tag)) }}">{{ tag }}</a>\n{% endblock %}\n')
    root = make_site({"content/a.md": story("Alpha", "2024-05-03", "[C]"),
                      "overrides/templates/tag.html": override})
    result = run_cli("build", "--root", root, "--output", tmp_path / "public")
    assert result.returncode == 1
    first, _, hint = result.stderr.split("\n")[:3]
    assert first == ("overrides/templates/tag.html:3: error: template error while rendering "
                     "tags/c.html: tag_url('C'): this page has no tag 'C'")
    assert hint == ("  hint: give tag_url() one of explainer.tags, on an explainer's page; the "
                    "list of tags has each tag's page as its url")


def test_a_tag_s_page_in_another_language_is_the_same_tag_s(make_site: Callable[..., Path],
                                                            tmp_path: Path) -> None:
    # English has C and C#; French C# alone, whose page keeps the plain name there.
    root = make_site({"content/a.md": story("Alpha", "2024-05-03", "[C, C#]"),
                      "content/b.md": story("Bêta", "2024-05-02", "[C#]\nlanguage: fr")})
    out = build(root, tmp_path / "public")[0]
    assert tag_links(out / "fr/b.html") == {"C#": "tags/c.html"}

    def versions(page: str) -> list[str]:
        return [a["href"] for a in soup(out / page).select("a[hreflang]")]

    assert versions("tags/c-sharp.html") == ["../fr/tags/c.html"]
    assert versions("fr/tags/c.html") == ["../../tags/c-sharp.html"]
    assert versions("tags/c.html") == []
