"""Explainers in several languages: each in its own, translations linked, a set of lists each."""

from __future__ import annotations

import calendar
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import feedparser
import pytest

from explainer.site.strings import package_tables

from .helpers import REPO, SEED, run_cli, soup, write_project
from .test_incremental import Session

FRENCH = "fr/kenya-mission-police-haiti.html"
SWAHILI = "sw/kenya-yaongoza-ujumbe-wa-polisi-haiti.html"
BASE = "https://example.org/news/"
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


@pytest.fixture(scope="module")
def published(seed_project: Path) -> Path:
    """Build the repository's own site at a base URL, out of the checkout."""
    out = seed_project.parent / "published"
    result = run_cli("build", "--root", seed_project, "--output", out, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    return out


def test_the_seed_s_english_french_and_swahili_explainers_link_to_each_other(
        seed_site: Path) -> None:
    english, french = seed_site / f"{SEED}.html", seed_site / FRENCH
    swahili = seed_site / SWAHILI
    # Without a base URL, the switcher links the versions: search engines take no relative
    # hreflang address (test_published_translations_give_their_full_addresses).
    assert alternates(english) == alternates(french) == alternates(swahili) == {}
    assert switcher(english) == [("Lire en français", FRENCH, "fr"),
                                 ("Soma kwa Kiswahili", SWAHILI, "sw")]
    assert switcher(french) == [("Read in English", f"../{SEED}.html", "en"),
                                ("Soma kwa Kiswahili", f"../{SWAHILI}", "sw")]
    assert switcher(swahili) == [("Read in English", f"../{SEED}.html", "en"),
                                 ("Lire en français", f"../{FRENCH}", "fr")]
    assert soup(french).html["lang"] == "fr"
    assert soup(swahili).html["lang"] == "sw"


def test_open_graph_names_the_page_s_locale_and_its_translations(seed_site: Path) -> None:
    def locales(page: Path) -> tuple[str, list[str]]:
        head = soup(page).head
        return (head.select_one('meta[property="og:locale"]')["content"],
                [m["content"] for m in head.select('meta[property="og:locale:alternate"]')])

    # A language without a region takes CLDR's likeliest: Swahili's is Tanzania.
    assert locales(seed_site / f"{SEED}.html") == ("en_US", ["fr_FR", "sw_TZ"])
    assert locales(seed_site / FRENCH) == ("fr_FR", ["en_US", "sw_TZ"])
    assert locales(seed_site / SWAHILI) == ("sw_TZ", ["en_US", "fr_FR"])
    assert locales(seed_site / "countries/ke.html") == ("en_US", ["fr_FR", "sw_TZ"])


def test_published_translations_give_their_full_addresses(published: Path) -> None:
    assert alternates(published / FRENCH) == alternates(published / SWAHILI) == {
        "en": f"{BASE}{SEED}.html", "fr": f"{BASE}{FRENCH}", "sw": f"{BASE}{SWAHILI}",
        "x-default": f"{BASE}{SEED}.html"}
    assert alternates(published / "fr/index.html") == {
        "en": BASE, "fr": f"{BASE}fr/", "sw": f"{BASE}sw/", "x-default": BASE}


def test_the_sitemap_lists_each_page_s_translations(published: Path) -> None:
    urls = ET.parse(published / "sitemap.xml").getroot()
    found = {url.findtext(f"{SITEMAP}loc"): {link.get("hreflang"): link.get("href")
                                               for link in url.iter(f"{XHTML}link")}
             for url in urls}
    # As each page's head gives them, with the site's language's version as x-default.
    expected = {"en": f"{BASE}{SEED}.html", "fr": f"{BASE}{FRENCH}", "sw": f"{BASE}{SWAHILI}",
                "x-default": f"{BASE}{SEED}.html"}
    assert found[f"{BASE}{SEED}.html"] == found[f"{BASE}{FRENCH}"] == expected
    assert found[f"{BASE}{SWAHILI}"] == expected
    assert found[f"{BASE}{FRENCH}"] == alternates(published / FRENCH)
    assert found[BASE] == {"en": BASE, "fr": f"{BASE}fr/", "sw": f"{BASE}sw/", "x-default": BASE}
    assert found[f"{BASE}countries/ht.html"] == {"en": f"{BASE}countries/ht.html",
                                                 "fr": f"{BASE}fr/countries/ht.html",
                                                 "sw": f"{BASE}sw/countries/ht.html",
                                                 "x-default": f"{BASE}countries/ht.html"}
    assert found[f"{BASE}countries/bs.html"]  # linked too: both explainers name the Bahamas


def test_each_language_lists_its_own_explainers(seed_site: Path) -> None:
    def listed(page: str) -> list[str]:
        return [a["href"] for a in soup(seed_site / page).select(".explainer-list h2 a")]

    assert listed("index.html") == [f"{SEED}.html"]
    assert listed("fr/index.html") == ["kenya-mission-police-haiti.html"]
    assert listed("fr/countries/ht.html") == ["../kenya-mission-police-haiti.html"]
    assert listed("fr/tags/securite.html") == ["../kenya-mission-police-haiti.html"]
    assert not (seed_site / "fr/tags/security.html").exists()
    assert listed("sw/index.html") == ["kenya-yaongoza-ujumbe-wa-polisi-haiti.html"]
    assert listed("sw/countries/td.html") == ["../kenya-yaongoza-ujumbe-wa-polisi-haiti.html"]
    assert switcher(seed_site / "index.html") == [("Français", "fr/index.html", "fr"),
                                                  ("Kiswahili", "sw/index.html", "sw")]
    assert switcher(seed_site / "fr/countries/ht.html") == [
        ("English", "../../countries/ht.html", "en"),
        ("Kiswahili", "../../sw/countries/ht.html", "sw")]
    assert switcher(seed_site / "tags/security.html") == []  # the French tag is another word


def test_a_language_s_lists_are_in_its_words(seed_site: Path) -> None:
    haiti = soup(seed_site / "fr/countries/ht.html")
    assert haiti.select_one("h1").get_text(" ", strip=True) == "Haïti HT"
    assert haiti.select_one(".site-description").get_text() == "1 décryptage sur ce pays"
    names = [a.get_text() for a in soup(seed_site / "fr/countries/index.html")
             .select(".country-list a")]
    # In French, and in the order of a French index: États-Unis among the E's.
    assert names == ["Bahamas", "Bangladesh", "Barbade", "Bénin", "Burundi", "Chili",
                     "États-Unis", "Grenade", "Haïti", "Jamaïque", "Kenya", "Maurice", "Nigeria",
                     "Paraguay", "Tchad"]
    links = [a["href"] for a in soup(seed_site / FRENCH).select("footer.tags a")]
    assert links == ["tags/haiti.html", "tags/kenya.html", "tags/etats-unis.html",
                     "tags/securite.html"]


def test_the_swahili_country_list_is_in_swahili(seed_site: Path) -> None:
    page = soup(seed_site / SWAHILI)
    headings = [h.get_text(" ", strip=True) for h in page.select("h3.role")]
    # A role agrees with "nchi", a country or countries, as Swahili papers write it.
    assert headings == ["Inayoongoza (1)", "Mwenyeji (1)", "Mfadhili (1)", "Zinazochangia (7)",
                        "Zinazounga mkono (5)"]
    names = [li.get_text(" ", strip=True) for li in page.select(".role.group-4 + ul li")]
    assert names[:2] == ["Chile CL", "Jamaika JM"] and "Morisi MU" in names
    assert page.select_one("time").get_text() == "26 Juni 2024"


def test_each_language_has_its_feed(published: Path) -> None:
    english = feedparser.parse((published / "feed.xml").read_bytes())
    french = feedparser.parse((published / "fr/feed.xml").read_bytes())
    assert english.bozo == french.bozo == 0
    assert [e.link for e in english.entries] == [f"{BASE}{SEED}.html"]
    assert [e.link for e in french.entries] == [f"{BASE}{FRENCH}"]
    assert french.feed.language == "fr" and french.feed.id == f"{BASE}fr/"
    feeds = [link["href"] for link in soup(published / FRENCH).select(
        'link[type="application/atom+xml"]')]
    assert feeds == [f"{BASE}fr/feed.xml"]


def test_an_explainer_with_the_same_slug_in_another_language_is_its_translation(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/en/story.md": story("A story"),
                      "content/es/story.md": story("Una historia", "es")})
    out, _ = build(root)
    assert switcher(out / "story.html") == [("Leer en español", "es/story.html", "es")]


def test_two_stories_that_share_a_slug_but_no_country_are_questioned(
        make_site: Callable[..., Path]) -> None:
    # A file copied to start another story kept its slug: the two are not one in two languages.
    root = make_site({"content/en/story.md": story("A border ruling"),
                      "content/de/story.md": story("Eine Haushaltskrise", "de", country="Germany"),
                      "content/es/story.md": story("Una historia", "es")})
    out, messages = build(root)
    assert messages.count("makes this explainer a version") == 1
    assert "content/de/story.md:2:8: warning: slug 'story' makes this explainer a version of " \
        "content/en/story.md:2:8, with which it shares none of its countries" in messages
    assert switcher(out / "story.html") == [("Auf Deutsch lesen", "de/story.html", "de"),
                                            ("Leer en español", "es/story.html", "es")]


def test_of_two_versions_that_share_no_country_the_second_is_questioned(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/en/story.md": story("A border ruling"),
                      "content/fr/story.md": story("Une crise budgétaire", "fr", country="France")})
    _, messages = build(root)
    assert messages.count("makes this explainer a version") == 1
    assert "content/fr/story.md:2:8: warning: slug 'story' makes" in messages


def test_a_version_that_lists_no_country_is_not_questioned(
        make_site: Callable[..., Path]) -> None:
    no_countries = story("Une histoire", "fr").split("\n--- countries")[0] + "\n"
    root = make_site({"content/story.md": story("A story"),
                      "content/story-fr.md": no_countries.replace(
                          "language: fr\n", "language: fr\nslug: story\n"),
                      "content/other.md": story("Another", country="Kenya"),
                      "content/other-fr.md": story("Une autre", "fr", key="other",
                                                   country="Chad")})
    _, messages = build(root)
    assert messages.count("makes this explainer a version") == 1
    assert "content/other.md:2:8: warning: slug 'other' makes this explainer a version of " \
        "content/other-fr.md:7:18" in messages


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


def test_the_404_page_leads_to_each_other_language_s_front_page_in_its_own_words(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"site.yml": "language: es\n",
                      "content/historia.md": story("Una historia"),
                      "content/gushi.md": story("一个故事", "zh-Hant", key="historia"),
                      "content/qissa.md": story("قصة", "ar", key="historia")})
    out, _ = build(root, "--base-url", BASE)
    page = soup(out / "404.html")
    assert page.html["lang"] == "es"
    links = [(a.get_text(), a["href"], a["hreflang"], a["lang"], a["dir"])
             for a in page.select("main nav a")]
    assert links == [("العربية", f"{BASE}ar/index.html", "ar", "ar", "rtl"),
                     ("中文 (繁體)", f"{BASE}zh-hant/index.html", "zh-Hant", "zh-Hant", "ltr")]
    # The 404 page is no version of the front pages: the head names none.
    assert alternates(out / "404.html") == {}
    # A site in one language has no other to lead to.
    alone = write_project(tmp_path / "alone", {"content/story.md": story("A story")})
    assert soup(build(alone)[0] / "404.html").select("main nav") == []


def test_each_language_gives_the_site_its_own_name_and_description(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "title: Explainers\ndescription: The news, explained.\n"
                                  "languages:\n  fr:\n    title: Décryptages\n"
                                  "    description: L'actualité expliquée.\n",
                      "content/story.md": story("A story"),
                      "content/histoire.md": story("Une histoire", "fr", key="story"),
                      "content/historia.md": story("Una historia", "es", key="story")})
    out, _ = build(root, "--base-url", BASE)
    french = soup(out / "fr/index.html")
    assert french.h1.get_text() == "Décryptages"
    assert french.select_one(".site-description").get_text() == "L\u2019actualité expliquée."
    assert soup(out / "fr/histoire.html").title.get_text() == "Une histoire · Décryptages"
    assert soup(out / "fr/histoire.html").select_one(".site-title").get_text() == "Décryptages"
    feed = feedparser.parse((out / "fr/feed.xml").read_bytes()).feed
    assert (feed.title, feed.author) == ("Décryptages", "Décryptages")
    [data] = [json.loads(script.string) for script in soup(out / "fr/histoire.html").select(
        'script[type="application/ld+json"]')]
    assert data["publisher"]["name"] == "Décryptages"  # no publisher set: the site's name
    # The site's own language, and a language not given, keep the site's name.
    assert soup(out / "index.html").h1.get_text() == "Explainers"
    assert soup(out / "es/historia.html").select_one(".site-title").get_text() == "Explainers"


def test_a_language_s_site_name_keeps_to_the_script_of_its_pages(
        make_site: Callable[..., Path]) -> None:
    # Serbian's name in Cyrillic is not that of the pages in Latin letters, which keep the
    # site's; pages in Montenegro's Serbian, which CLDR writes in Latin letters, take sr-Latn's.
    root = make_site({"site.yml": "title: Explainers\nlanguages:\n  sr:\n    title: Објашњења\n",
                      "content/story.md": story("A story"),
                      "content/prica.md": story("Priča", "sr-Latn", key="story")})
    out, messages = build(root)
    latin = soup(out / "sr-latn/prica.html").select_one(".site-title a")
    assert (latin.get_text(), latin["lang"]) == ("Explainers", "en")
    assert soup(out / "sr-latn/index.html").h1.get_text() == "Explainers"
    assert "'languages' gives the site's name in Serbian ('sr') but no page is in 'sr'" \
        in messages
    root = make_site({"site.yml": "title: Explainers\nlanguages:\n  sr:\n    title: Објашњења\n"
                                  "  sr-Latn:\n    title: Objašnjenja\n",
                      "content/story.md": story("A story"),
                      "content/prica.md": story("Priča", "sr-ME", key="story"),
                      "content/vest.md": story("Вест", "sr", key="story")})
    out, messages = build(root)
    assert soup(out / "sr-me/prica.html").select_one(".site-title").get_text() == "Objašnjenja"
    assert soup(out / "sr/vest.html").select_one(".site-title").get_text() == "Објашњења"
    assert "'languages'" not in messages


def test_the_site_s_name_kept_on_another_language_s_pages_says_its_language(
        make_site: Callable[..., Path]) -> None:
    # An Arabic site whose English pages have no name of their own: a screen reader speaks
    # the Arabic name in Arabic, and it runs right to left.
    root = make_site({"site.yml": "title: الشرح\ndescription: الأخبار مشروحة.\nlanguage: ar\n"
                                  "publisher: أخبار اليوم\n"
                                  "languages:\n  fr:\n    title: Décryptages\n",
                      "content/qissa.md": story("قصة"),
                      "content/story.md": story("A story", "en", key="qissa"),
                      "content/histoire.md": story("Une histoire", "fr", key="qissa")})
    out, _ = build(root)
    english = soup(out / "en/index.html")
    for shown in (english.h1, english.select_one(".site-description"),
                  soup(out / "en/story.html").select_one(".site-title a"),
                  english.select_one(".site-footer p span"),
                  soup(out / "en/embed/story.countries.html").select_one(".embed-credit span")):
        assert (shown["lang"], shown["dir"]) == ("ar", "rtl"), shown
    # The French name is French; the description left out is the site's, in Arabic.
    french = soup(out / "fr/index.html")
    assert not french.h1.has_attr("lang")
    assert french.select_one(".site-description")["lang"] == "ar"
    # On the site's own pages, the page's language says it all.
    arabic = soup(out / "index.html")
    assert not arabic.h1.has_attr("lang")
    assert not arabic.select_one(".site-title a").has_attr("lang")
    # So do the feeds: the English feed's title and subtitle say they are in Arabic.
    out, _ = build(root, "--base-url", "https://example.org/")
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(out / "en/feed.xml").getroot()
    assert feed.get(lang) == "en"
    assert [(feed.find(atom + tag).text, feed.find(atom + tag).get(lang))
            for tag in ("title", "subtitle")] == [("الشرح", "ar"), ("الأخبار مشروحة.", "ar")]
    assert ET.parse(out / "fr/feed.xml").getroot().find(atom + "title").get(lang) is None
    # The publisher, kept in Arabic on the English and French feeds, every list's, says so too.
    feeds = sorted(out.glob("*/**/*.xml")) + [out / "feed.xml"]
    authors = {path.relative_to(out).as_posix(): ET.parse(path).getroot().find(atom + "author")
               for path in feeds if ET.parse(path).getroot().tag == atom + "feed"}
    assert {"en/feed.xml", "fr/feed.xml", "feed.xml"} <= authors.keys()
    for path, author in authors.items():
        assert author.findtext(atom + "name") == "أخبار اليوم"
        assert author.get(lang) == ("ar" if path.startswith(("en/", "fr/")) else None), path


def test_the_site_s_author_on_another_language_s_page_says_its_language(
        make_site: Callable[..., Path]) -> None:
    # A Nepali site's author, the byline of its English explainer that names none of its own.
    root = make_site({"site.yml": "language: ne\nauthor: व्याख्या डेस्क\n",
                      "content/katha.md": story("कथा"),
                      "content/story.md": story("A story", "en", key="katha"),
                      "content/own.md": story("Own", "en").replace(
                          "language: en\n", "language: en\nbyline: [Jane Roe]\n")})
    out, _ = build(root, "--base-url", BASE)
    [name] = soup(out / "en/story.html").select(".byline span[dir=auto] span")
    assert (name.get_text(), name["lang"], name["dir"]) == ("व्याख्या डेस्क", "ne", "ltr")
    [data] = [json.loads(script.string) for script in soup(out / "en/story.html").select(
        'script[type="application/ld+json"]')]
    assert data["author"][0]["name"] == {"@value": "व्याख्या डेस्क", "@language": "ne"}
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    entries = {entry.findtext(f"{ATOM}title"): entry.find(f"{ATOM}author")
               for entry in ET.parse(out / "en/feed.xml").getroot().iter(f"{ATOM}entry")}
    assert entries["A story"].get(lang) == "ne"
    assert entries["A story"].findtext(f"{ATOM}name") == "व्याख्या डेस्क"
    # An explainer's own byline is in its language, and so is the site's author on its pages.
    assert entries["Own"].get(lang) is None
    assert not soup(out / "en/own.html").select(".byline span[lang]")
    assert not soup(out / "katha.html").select(".byline span[lang]")
    [data] = [json.loads(script.string) for script in soup(out / "katha.html").select(
        'script[type="application/ld+json"]')]
    assert data["author"][0]["name"] == "व्याख्या डेस्क"


def test_a_quote_s_caption_is_punctuated_as_the_page_s_language_writes_lists(
        make_site: Callable[..., Path]) -> None:
    quote = ("\n--- quote\ntext: نص.\nspeaker: Tedros Adhanom Ghebreyesus\n"
             "role: المدير العام\ndate: 2026-11-20\n---\n")
    root = make_site({"content/story.md": story("قصة", "ar") + quote})
    out, _ = build(root)
    caption = soup(out / "ar/story.html").select_one(".quote figcaption").get_text().strip()
    assert caption.startswith("Tedros Adhanom Ghebreyesus، المدير العام، ")


@pytest.mark.parametrize(("languages", "error"), [
    ("  French:\n    title: Décryptages\n", "site.yml:2:3: error: site config: 'languages' names "
     "languages by their tags, such as fr or fr-CA, found 'French'"),
    ("  fr: Décryptages\n", "site.yml:2:7: error: site config: 'languages': fr must hold its "
     "'title:' and 'description:', found the value 'Décryptages'"),
    ("  fr:\n", "site.yml:2:3: error: site config: 'languages': fr must hold its 'title:' and "
     "'description:', found nothing"),
])
def test_languages_must_name_each_language_by_its_tag_and_hold_its_texts(
        make_site: Callable[..., Path], languages: str, error: str) -> None:
    root = make_site({"site.yml": "languages:\n" + languages,
                      "content/story.md": story("A story")})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 1
    assert error in result.stderr


def test_a_translation_added_later_links_the_original_from_the_cache(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/story.md": story("A story")})
    out, _ = build(root)
    assert switcher(out / "story.html") == []
    (root / "content/histoire.md").write_text(story("Une histoire", "fr", "story"),
                                               encoding="utf-8")
    build(root)
    assert switcher(out / "story.html") == [("Lire en français", "fr/histoire.html", "fr")]


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
                      "content/f.md": story("Bad key", key="Not A Slug"),
                      "content/g.md": story("Bad end", key="'good-start!'")})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 1
    assert "content/c.md:7:18: error: translation_key 'a': content/b.md:7:18 is already its " \
           "version in fr\n    translation_key: a\n  hint: give one of them another " \
           "translation_key or language" in result.stderr
    assert "content/e.md:6:11: error: front matter: 'language' must be a language tag such as " \
           "en or fr-CA, found 'french'\n    language: french\n  hint: write its tag: " \
           "language: fr\n" in result.stderr
    assert "content/f.md:6:18: error: front matter: translation_key 'Not A Slug' is not " \
           "allowed" in result.stderr
    assert "error: front matter: translation_key 'good-start!' is not allowed" in result.stderr


@pytest.mark.parametrize(("key", "fault", "hint"), [
    ("Haiti Police", "it has a capital letter, 'H'", "write 'translation_key: haiti-police'"),
    ("haiti_police", "it has an underscore, '_'", "write 'translation_key: haiti-police'"),
    ("haiti police", "it has a space", "write 'translation_key: haiti-police'"),
    ("'海地'", "it has '海'", "use lowercase letters, digits and hyphens"),
])
def test_a_wrong_translation_key_names_its_character_and_the_key_that_works(
        make_site: Callable[..., Path], key: str, fault: str, hint: str) -> None:
    root = make_site({"content/f.md": story("Bad key", key=key)})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 1
    written = key.strip("'")
    assert f"content/f.md:6:18: error: front matter: translation_key '{written}' is not " \
           f"allowed: {fault}, and a slug has lowercase letters, digits and hyphens only\n" \
           f"    translation_key: {key}\n  hint: {hint}, like a slug; the slug of the " \
           "explainer it translates does\n" in result.stderr


def test_a_translation_key_that_is_a_slug_is_no_error(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": story("A story", key="haiti-police"),
                      "content/b.md": story("Une histoire", "fr", "haiti-police")})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "translation_key" not in result.stderr


def test_a_translation_key_shared_with_no_other_explainer_is_a_warning(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/story.md": story("A story"),
                      "content/other.md": story("Une histoire", "fr", key="storey")})
    _, messages = build(root)
    assert "content/other.md:7:18: warning: translation_key 'storey' links this explainer " \
           "to no other\n    translation_key: storey\n  hint: did you mean 'story'?" in messages


def test_a_translation_of_an_original_with_an_error_is_not_said_to_link_to_no_other(
        make_site: Callable[..., Path]) -> None:
    broken = story("A story").replace("published: 2024-06-26", "published: 26/06/2024")
    root = make_site({"content/story.md": broken,
                      "content/histoire.md": story("Une histoire", "fr", key="story")})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 1
    assert "content/story.md:4:12: error: front matter: 'published' is not a date" \
        in result.stderr
    assert "histoire.md" not in result.stderr
    assert not (root / "public").exists()



def english_words_the_tool_wrote(page: Path, language: str) -> list[tuple[str, str]]:
    """Return the texts of the English strings table a page shows: (key, text) pairs."""
    html = soup(page)
    for element in html.select(f"script, body [lang]:not([lang={language}])"):
        element.decompose()  # data, and words in other languages: "Read in English"
    shown = [html.get_text(" "), *(element[name] for name in ("aria-label", "title", "alt")
                                   for element in html.select(f"[{name}]"))]
    english, own = package_tables()["en"].texts, package_tables()[language].texts
    found = []
    for key, text in english.items():
        if own[key] == text:
            continue  # the same in both languages: "Sources"
        for form in [text] if isinstance(text, str) else text.values():
            for fragment in re.split(r"\{\w+\}", form):
                # As a word of its own: "Timeline" is not in the name "TimelineJS".
                whole = re.compile(rf"(?<!\w){re.escape(fragment.strip())}(?!\w)")
                if len(fragment.strip()) >= 3 and any(whole.search(seen) for seen in shown):
                    found.append((key, fragment.strip()))
    months = [calendar.month_name[n] for n in range(1, 13)]
    return found + [("month", month) for month in months if any(month in t for t in shown)]


def test_the_french_page_has_no_english_word_the_tool_wrote(seed_site: Path) -> None:
    page = soup(seed_site / FRENCH)
    svg = page.select_one("section.countries svg")
    assert svg.title.get_text() == ("Carte du monde montrant les 15 pays listés ci-dessous"
                                    "\u00a0; agrandi en encadré\u00a0: Haïti")
    assert [label.get_text() for label in svg.select("text")] == ["Haïti"]  # the inset's
    assert english_words_the_tool_wrote(seed_site / FRENCH, "fr") == []


def test_the_arabic_page_has_no_english_word_the_tool_wrote(
        make_site: Callable[..., Path]) -> None:
    fixture = REPO / "tests" / "fixtures" / "arabic" / "ever-given.md"
    out, _ = build(make_site({"content/ever-given.md": fixture.read_text(encoding="utf-8")}))
    page = soup(out / "ar/ever-given.html")
    assert page.html["dir"] == "rtl"
    assert [a.get_text() for a in page.select(".country-name")] == [
        "مصر", "هولندا", "اليابان", "بنما"]
    assert english_words_the_tool_wrote(out / "ar/ever-given.html", "ar") == []
    assert english_words_the_tool_wrote(out / "ar/index.html", "ar") == []


def test_the_french_page_writes_dates_and_country_names_in_french(seed_site: Path) -> None:
    page = soup(seed_site / FRENCH)
    assert "26 juin 2024" in page.select_one(".byline").get_text()
    dates = [time.get_text() for time in page.select(".event-date time")]
    assert dates[:2] == ["7 juillet 2021", "2 octobre 2023"] and dates[-1] == "16 juillet 2024"
    [data] = [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    assert [c["name"] for c in data["about"]] == ["Kenya", "Haïti"]
    assert {"États-Unis", "Tchad", "Barbade", "Maurice"} <= {c["name"] for c in data["mentions"]}
    assert data["inLanguage"] == "fr"
    countries = page.select_one("section.countries")
    assert countries.h2.get_text(" ", strip=True) == "Pays concernés (15)"
    assert [h3.contents[0].strip() for h3 in countries.select("h3.role")] == [
        "Chef de file", "Pays hôte", "Financement", "Contributeurs", "Soutien"]
    names = [a.get_text() for a in countries.select(".country-name")]
    assert names[:3] == ["Kenya", "Haïti", "États-Unis"] and "Tchad" in names


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
        ("fr", "https://example.org/news/fr/histoire.html"),
        ("x-default", "https://example.org/news/story.html")]
    assert urls["https://example.org/news/tags/security.html"] == []


def test_a_map_framed_on_a_region_says_so_in_the_page_s_language(
        make_site: Callable[..., Path]) -> None:
    text = story("Une histoire", "fr").replace(
        "  - {name: Haiti, role: host}\n",
        "  - {name: Haiti, role: host}\n  - {name: Dominican Republic, role: supporting}\n"
        "  - {name: Jamaica, role: supporting}\n")
    out, _ = build(make_site({"content/histoire.md": text}))
    svg = soup(out / "fr/histoire.html").select_one("section.countries svg")
    assert svg.title.get_text() == "Carte montrant les 3 pays listés ci-dessous"


def test_a_country_s_name_links_to_its_page_in_the_explainer_s_language(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/story.md": story("A story"),
                      "content/histoire.md": story("Une histoire", "fr", country="Chile")})
    out, _ = build(root)
    for page in ("fr/histoire.html", "fr/embed/histoire.countries.html"):
        [link] = soup(out / page).select("a.country-name")
        target = (out / page).parent / link["href"]
        assert target.resolve() == (out / "fr/countries/cl.html").resolve(), page
        assert soup(target).html["lang"] == "fr"
