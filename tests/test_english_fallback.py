"""The words a page shows in English for want of its language's are marked as English, so that
a screen reader speaks them as English; words in the page's own language are not."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from explainer.site.strings import package_tables

from .helpers import REPO, run_cli, soup, write_project

SLUG = "kenya-mission-police-haiti"  # the seed's French explainer, set in Icelandic's place
# Icelandic has no table of explainer's: a project's gives two of its texts.
OWN = {"skip_to_content": "Fara í efnið", "key_takeaways": "Helstu atriði"}
NONCHARACTERS = re.compile("[\ufdd0-\ufdef]")


def icelandic_project(root: Path) -> Path:
    """Write a site in Icelandic, a language without a strings table of explainer's."""
    text = (REPO / "content" / f"{SLUG}.md").read_text(encoding="utf-8")
    text = text.replace("language: fr\n", "").replace(
        "translation_key: haiti-kenya-police-mission\n", "")
    return write_project(root, {
        "site.yml": "title: Skýringar\nlanguage: is\nbase_url: https://example.org/\n",
        "i18n/is.yml": "".join(f"{key}: {text}\n" for key, text in OWN.items()),
        f"content/{SLUG}.md": text})


def pashto_project(root: Path) -> Path:
    """Write the same site in Pashto, a right-to-left language without a strings table."""
    icelandic_project(root)
    (root / "site.yml").write_text("title: تشریحات\nlanguage: ps\nbase_url: https://example.org/\n",
                                   encoding="utf-8")
    (root / "i18n/is.yml").unlink()
    return root


@pytest.fixture(scope="module")
def icelandic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the Icelandic site once."""
    root = icelandic_project(tmp_path_factory.mktemp("icelandic") / "site")
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public"


def unmarked_english(page: BeautifulSoup) -> list[str]:
    """Return the texts of the English table (but those of the project's own) that a page's
    text shows outside an element marked as English."""
    # Where no element may stand, words stay as they are: a script, the code in a textarea,
    # the map's <title> (its name, as an attribute would give it).
    for element in page.select('script, textarea, svg title, [lang="en"]'):
        element.decompose()
    shown = page.body.get_text(" ")
    found = []
    for key, text in package_tables()["en"].texts.items():
        for form in [text] if isinstance(text, str) else text.values():
            for fragment in (part.strip() for part in re.split(r"\{\w+\}", form)):
                whole = re.compile(rf"(?<!\w){re.escape(fragment)}(?!\w)")
                if key not in OWN and len(fragment) >= 3 and whole.search(shown):
                    found.append(fragment)
    return found


def test_every_english_word_the_tool_wrote_is_marked_as_english(icelandic: Path) -> None:
    for name in (f"{SLUG}.html", "index.html", "countries/index.html", "tags/index.html",
                 "search.html", f"embed/{SLUG}.timeline.html"):
        page = soup(icelandic / name)
        assert page.html["lang"] == "is"
        assert unmarked_english(page) == [], name
    marked = [span.get_text() for span in soup(icelandic / f"{SLUG}.html").select(
        'span[lang="en"]')]
    assert {"Published", "Key figures", "Sources", "Back to top", "Supporting"} <= set(marked)
    # Icelandic runs left to right, as English does: the spans need not say so.
    assert soup(icelandic / f"{SLUG}.html").select('span[lang="en"][dir]') == []


def test_english_words_run_left_to_right_on_a_right_to_left_page(
        make_site: Callable[..., Path]) -> None:
    root = pashto_project(make_site())
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / f"{SLUG}.html")
    assert page.html["dir"] == "rtl"
    spans = page.select('span[lang="en"]')
    assert spans and all(span.get("dir") == "ltr" for span in spans)
    assert "Timeline (CSV)" in [span.get_text() for span in spans]


def test_a_text_the_language_s_table_has_is_not_marked(icelandic: Path) -> None:
    page = soup(icelandic / f"{SLUG}.html")
    for selector, text in (("a.skip-link", "Fara í efnið"),
                           ("aside.takeaways h2", "Helstu atriði")):
        heading = page.select_one(selector)
        assert heading.get_text() == text and heading.select("[lang]") == []


def test_the_values_a_text_holds_stay_in_the_page_s_language(icelandic: Path) -> None:
    byline = soup(icelandic / f"{SLUG}.html").select_one(".byline")
    [published] = [span for span in byline.select('span[lang="en"]')
                   if span.get_text() == "Published"]
    date = published.find_next_sibling("time")
    assert date.get_text() == "26. júní 2024" and date.find_parent(lang="en") is None


def test_attributes_and_the_title_say_their_words_as_they_are(icelandic: Path) -> None:
    for path in icelandic.rglob("*"):
        if path.suffix in {".html", ".json", ".csv", ".xml"}:
            assert not NONCHARACTERS.search(path.read_text(encoding="utf-8")), path
    page = soup(icelandic / "countries/index.html")
    assert page.title.get_text() == "Countries · Skýringar"
    assert page.select_one("nav.site-nav")["aria-label"] == "Site"
    page = soup(icelandic / f"{SLUG}.html")
    assert page.select_one("section.countries svg title").get_text().startswith(
        "World map of the 15 countries")
    assert page.select_one("textarea.embed-code").get_text().startswith("<iframe ")


@pytest.mark.parametrize("language", ["sw", "fr", "en"])
def test_a_language_with_its_table_gets_no_marks(make_site: Callable[..., Path],
                                                 language: str) -> None:
    root = icelandic_project(make_site())
    (root / "site.yml").write_text(f"language: {language}\n", encoding="utf-8")
    (root / "i18n/is.yml").unlink()
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    for name in (f"{SLUG}.html", "index.html", f"embed/{SLUG}.timeline.html"):
        page = soup(root / "public" / name)
        assert page.html["lang"] == language
        assert page.select("span[lang]") == [], name


# A writer's own noncharacters, which the page would take for the marks: raw in prose, raw in
# the site's title, and written as a YAML escape in the project's strings table.
WRITTEN = [(f"content/{SLUG}.md", "Maison-Blanche", "Maison-\ufdd0Blanche\ufdd1",
            "invisible character U+FDD0 (a noncharacter)"),
           ("site.yml", "Skýringar", "Sk\ufdd0ýringar\ufdd1",
            "invisible character U+FDD0 (a noncharacter)"),
           ("i18n/is.yml", "Helstu atriði", '"Helstu \\uFDD0atriði\\uFDD1"',
            "strings table: the value holds U+FDD0, a noncharacter")]


@pytest.mark.parametrize(("name", "before", "after", "message"), WRITTEN,
                         ids=[name for name, *_ in WRITTEN])
def test_a_writer_s_noncharacters_are_refused_not_taken_for_the_marks(
        make_site: Callable[..., Path], name: str, before: str, after: str,
        message: str) -> None:
    root = icelandic_project(make_site())
    text = (root / name).read_text(encoding="utf-8")
    (root / name).write_text(text.replace(before, after, 1), encoding="utf-8")
    line = text[:text.index(before)].count("\n") + 1
    column = text.index(before) - text.rfind("\n", 0, text.index(before))
    if name.startswith("i18n/"):
        column = 1 + len("key_takeaways: ")  # the value, where a YAML problem is found
    else:
        column += after.index("\ufdd0")
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 1
    assert f"{name}:{line}:{column}: error: {message}\n" in result.stderr
    assert "hint: Unicode keeps it for a program's own use" in result.stderr
    assert not (root / "public").exists()


# A project's summary, as a user might write it: a badge drawn in SVG (within another), a menu
# whose options leave out their end tags, the intro broken into lines and a heading cut short.
SUMMARY = """<section class="summary" id="{{ section.anchor }}">
<svg class="badge" width="120" height="40" role="img" aria-labelledby="badge">
<svg width="120" height="20"><text id="badge" x="0" y="15">{{ t("summary") }}</text></svg>
<text x="0" y="35">{{ t("sources") }}</text></svg>
<select aria-label="Fara á"><option>{{ t("summary") }}<option>{{ t("sources") }}</select>
<p class="intro">{{ t("embed_intro") | replace(". ", ".<br>" | safe) }}</p>
<h3>{{ t("key_figures") | truncate(7, killwords=True, leeway=0) }}</h3>
<p class="after">{{ t("back_to_top") }}</p>
{{ section.body_html | safe }}
</section>
"""


def test_words_a_project_s_template_puts_where_no_span_may_stand_show_unmarked(
        make_site: Callable[..., Path]) -> None:
    root = icelandic_project(make_site())
    (root / "overrides/templates/sections").mkdir(parents=True)
    (root / "overrides/templates/sections/summary.html").write_text(SUMMARY, encoding="utf-8")
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    html = (root / "public" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert not NONCHARACTERS.search(html)
    summary = BeautifulSoup(html, "html.parser").select_one("section.summary")
    # SVG shows no HTML element: its texts stay bare, in and after the inner drawing.
    assert [text.contents for text in summary.select("svg text")] == [["Summary"], ["Sources"]]
    # An option holds text alone.
    assert summary.select("select span") == []
    assert [option.contents[0] for option in summary.select("option")] == ["Summary", "Sources"]
    # The words around a tag, and those cut short, are shown, with no mark left.
    assert summary.select_one("p.intro").get_text().startswith(
        "To show part of this explainer in another page, paste its code there.")
    assert summary.select_one("h3").get_text() == "Key..."
    # Words after them are marked as ever.
    assert summary.select_one('p.after span[lang="en"]').get_text() == "Back to top"
