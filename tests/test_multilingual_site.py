"""One newsroom's site holding every explainer of the fixtures, in each of their languages: each
edition lists its own explainers, tags, countries and authors in the order its readers look
them up, names them in its language, links translations both ways, and every page passes the
Nu HTML Checker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .helpers import REPO, copy_seed, run_cli, soup

FIXTURES = REPO / "tests" / "fixtures"
BASE = "https://example.org/news/"


def gather(root: Path) -> None:
    """Copy every explainer of the fixtures into root/content beside the seed's: the Japanese
    project's own, whose language its site.yml gave, say it in their front matter; the Spanish
    report of the British election names the English one as its original."""
    content = root / "content"
    for folder in ("stories", "languages", "arabic"):
        for path in sorted((FIXTURES / folder).glob("*.md")):
            shutil.copy2(path, content / path.name)
    for path in sorted((FIXTURES / "japanese" / "content").glob("*.md")):
        text = path.read_text(encoding="utf-8").replace("---\n", "---\nlanguage: ja\n", 1)
        (content / f"tokyo-{path.name}").write_text(text, encoding="utf-8")
    spanish = content / "elecciones-reino-unido-2024.md"
    text = spanish.read_text(encoding="utf-8")
    spanish.write_text(text.replace("---\n", "---\ntranslation_key: uk-general-election-2024\n",
                                    1), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the site once, with a public address (so with feeds and alternate links)."""
    root = copy_seed(tmp_path_factory.mktemp("newsroom") / "project")
    gather(root)
    result = run_cli("build", "--root", root, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    count = len(list((root / "content").glob("*.md")))
    assert f"built {count} explainer(s)" in result.stdout + result.stderr
    return root / "public"


def listed(page: Path) -> list[str]:
    """Return the names a listing page links to, in its order."""
    return [a.get_text(" ", strip=True) for a in soup(page).select("main li a")]


def test_japanese_lists_kanji_by_reading_as_cldr_does(site: Path) -> None:
    # 国 (koku) before 参 (san), 石 (seki) before 地 (chi): Unicode encodes 参 and 地 first.
    assert listed(site / "ja/tags/index.html") == ["国政選挙", "参院選", "石川県", "地震", "日本"]
    # 社 (sha) before 政 (sei); a name in Latin letters before every kana and kanji.
    assert listed(site / "ja/authors/index.html") == ["Explainer desk", "社会部", "政治部"]
    assert listed(site / "ja/countries/index.html") == ["アメリカ合衆国", "日本"]


def test_chinese_still_lists_its_tags_by_pinyin(site: Path) -> None:
    # guan, hai, mao, tai, yue, zhong: not JIS X 0208's order, which puts 関 (kan) after 海.
    assert listed(site / "zh/tags/index.html") == ["关税", "海南", "贸易", "台风", "越南",
                                                   "中美关系"]


@pytest.mark.parametrize(("edition", "lang", "direction"),
                         [("ar", "ar", "rtl"), ("ja", "ja", "ltr"), ("pt-br", "pt-BR", "ltr"),
                          ("fr", "fr", "ltr")])
def test_each_edition_pages_speak_its_language(site: Path, edition: str, lang: str,
                                               direction: str) -> None:
    for page in sorted((site / edition).rglob("*.html")):
        html = soup(page).html
        assert (html.get("lang"), html.get("dir", "ltr")) == (lang, direction), page
    # The site's name, given in English only, is marked as English on an Arabic page.
    title = soup(site / "ar/index.html").select_one(".site-title a")
    assert (title.get_text(), title.get("lang"), title.get("dir")) == ("Explainers", "en", "ltr")


def test_tag_and_country_pages_list_only_their_editions_explainers(site: Path) -> None:
    for page in sorted([*site.rglob("tags/*.html"), *site.rglob("countries/*.html")]):
        lang = soup(page).html.get("lang")
        for link in soup(page).select("main a[href$='.html']"):
            target = (page.parent / link["href"]).resolve()
            assert target.is_file(), (page, link["href"])
            assert soup(target).html.get("lang") == lang, (page, link["href"])


def test_every_file_name_is_plain_ascii_so_the_site_opens_from_disk(site: Path) -> None:
    names = [p.relative_to(site).as_posix() for p in site.rglob("*")]
    assert [n for n in names if not n.isascii() or " " in n] == []
    assert {"ja/tags/dezhen-9466fa8b.html", "ar/tags/msr-60469db2.html"} <= set(names)


def test_translations_with_different_slugs_link_each_other(site: Path) -> None:
    english = site / "uk-general-election-2024.html"
    spanish = site / "es/elecciones-reino-unido-2024.html"
    for page, other, lang in ((english, spanish, "es"), (spanish, english, "en")):
        links = {link["hreflang"]: link["href"]
                 for link in soup(page).select("link[rel=alternate][hreflang]")}
        assert links[lang] == BASE + other.relative_to(site).as_posix()


@pytest.mark.browser
def test_every_page_of_every_edition_passes_the_nu_html_checker(site: Path) -> None:
    from .browser.tools import VNU_JAR, java_path, node_file, run_vnu

    pages = sorted(site.rglob("*.html"))
    names = {p.relative_to(site).as_posix() for p in pages}
    assert {"ar/index.html", "ja/tags/index.html", "fr/countries/ht.html", "404.html",
            "sw/authors/index.html", "zh/search.html"} <= names
    assert any(name.startswith("ar/embed/") for name in names)
    assert run_vnu(java_path(), node_file(VNU_JAR, "vnu-jar"), pages) == []
