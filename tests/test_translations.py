"""Explainers in several languages: each in its own, translations linked, a set of lists each."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli, soup
from .test_incremental import Session

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def story(title: str, language: str | None = None, key: str | None = None,
          country: str = "Haiti", tags: str = "[]") -> str:
    """Return a short explainer, in a language and with a translation key if given."""
    extra = (f"language: {language}\n" if language else "") + \
        (f"translation_key: {key}\n" if key else "")
    return (f"---\ntitle: {title}\ndek: A dek.\npublished: 2024-06-26\ntags: {tags}\n{extra}"
            f"---\n\n--- summary\n---\nText.\n\n--- countries\ncountries:\n"
            f"  - {{name: {country}, role: host}}\n---\n")


def build(root: Path, *args: str) -> tuple[Path, str]:
    """Build a project; fail the test if the build fails; return its output and messages."""
    result = run_cli("build", "--root", root, "--output", root / "public", *args)
    assert result.returncode == 0, result.stderr
    return root / "public", result.stderr


def alternates(page: Path) -> dict[str, str]:
    """Return the page's hreflang links: language -> address."""
    return {link["hreflang"]: link["href"]
            for link in soup(page).select('head link[rel="alternate"][hreflang]')}


def switcher(page: Path) -> list[tuple[str, str, str]]:
    """Return the language switcher's links: (text, address, lang)."""
    return [(a.get_text(), a["href"], a["lang"]) for a in soup(page).select("nav.languages a")]


def test_an_explainer_with_the_same_slug_in_another_language_is_its_translation(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/en/story.md": story("A story"),
                      "content/es/story.md": story("Una historia", "es")})
    out, _ = build(root)
    assert alternates(out / "story.html") == {"en": "story.html", "es": "es/story.html",
                                             "x-default": "story.html"}
    assert switcher(out / "story.html") == [("Leer en español", "es/story.html", "es")]


def test_a_site_in_french_puts_its_english_explainers_in_a_folder(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n",
                      "content/histoire.md": story("Une histoire"),
                      "content/story.md": story("A story", "en", key="histoire")})
    out, _ = build(root)
    assert soup(out / "histoire.html").html["lang"] == "fr"
    assert soup(out / "en/story.html").html["lang"] == "en"
    assert switcher(out / "histoire.html") == [("Read in English", "en/story.html", "en")]
    assert [a.get_text() for a in soup(out / "index.html").select(".explainer-list h2")] == \
        ["Une histoire"]


def test_a_translation_added_later_links_the_original_from_the_cache(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/story.md": story("A story")})
    out, _ = build(root)
    assert alternates(out / "story.html") == {}
    (root / "content/histoire.md").write_text(story("Une histoire", "fr", "story"),
                                               encoding="utf-8")
    build(root)
    assert alternates(out / "story.html")["fr"] == "fr/histoire.html"


def test_the_preview_links_a_translation_as_a_full_build_does(
        make_site: Callable[..., Path]) -> None:
    session = Session(make_site({"content/story.md": story("A story")}))
    session.edit("content/histoire.md", story("Une histoire", "fr", "story"))
    session.rebuild()
    assert b'hreflang="fr"' in session.files["story.html"]
    assert "fr/index.html" in session.files
    assert session.files == session.full_build()


def test_mistakes_in_languages_and_translation_keys_are_named(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": story("A story"),
                      "content/b.md": story("Une histoire", "fr", "a"),
                      "content/c.md": story("Une autre", "fr", "a"),
                      "content/e.md": story("Bad", "french"),
                      "content/f.md": story("Bad key", key="Not A Slug")})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 1
    assert "content/c.md: error: translation_key 'a': content/b.md is already its version in " \
           "fr\n  hint: give one of them another translation_key or language" in result.stderr
    assert "content/e.md:6:11: error: front matter: 'language' must be a language tag such as " \
           "en or fr-CA, found 'french'" in result.stderr
    assert "content/f.md:6:18: error: front matter: translation_key 'Not A Slug' is not " \
           "allowed" in result.stderr


def test_a_translation_key_shared_with_no_other_explainer_is_a_warning(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/story.md": story("A story"),
                      "content/other.md": story("Une histoire", "fr", key="storey")})
    _, messages = build(root)
    assert "content/other.md: warning: translation_key 'storey' links this explainer to no " \
           "other\n  hint: did you mean 'story'?" in messages


def test_each_language_has_its_lists_and_its_feed_and_the_sitemap_links_them(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/story.md": story("A story", tags="[Security]"),
                      "content/histoire.md": story("Une histoire", "fr", "story",
                                                   tags="[Sécurité]")})
    out, _ = build(root, "--base-url", "https://example.org/news/")
    titles = {page: [h2.get_text() for h2 in soup(out / page).select(".explainer-list h2")]
              for page in ("index.html", "fr/index.html", "countries/ht.html",
                           "fr/countries/ht.html", "tags/security.html", "fr/tags/securite.html")}
    assert titles == {"index.html": ["A story"], "fr/index.html": ["Une histoire"],
                      "countries/ht.html": ["A story"], "fr/countries/ht.html": ["Une histoire"],
                      "tags/security.html": ["A story"], "fr/tags/securite.html": ["Une histoire"]}
    assert switcher(out / "fr/countries/ht.html") == [("English", "../../countries/ht.html", "en")]
    feed = ET.parse(out / "fr/feed.xml").getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")] == ["Une histoire"]
    urls = {url.findtext(f"{SITEMAP}loc"): [(link.get("hreflang"), link.get("href"))
                                            for link in url.iter(f"{XHTML}link")]
            for url in ET.parse(out / "sitemap.xml").getroot()}
    assert urls["https://example.org/news/story.html"] == [
        ("en", "https://example.org/news/story.html"),
        ("fr", "https://example.org/news/fr/histoire.html")]
    assert urls["https://example.org/news/tags/security.html"] == []
