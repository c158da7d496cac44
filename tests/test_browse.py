"""Browse by country and by tag; drafts and explainers dated in the future stay out."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from explainer.options import BuildOptions
from explainer.recipe import build as build_site
from explainer.recipe import build_tools
from explainer.site.tagslugs import plain_slug

from .helpers import run_cli, soup
from .publishing import build, write_project

AFTER = "1719835200"  # 2024-07-01 12:00 UTC, the day the scheduled explainer is due


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_project(tmp_path_factory.mktemp("browse") / "site")


@pytest.fixture(scope="module")
def out(project: Path) -> Path:
    return build(project, project.parent / "public")[0]


def listed(page_path: Path) -> list[str]:
    return [a["href"] for a in soup(page_path).select(".explainer-list h2 a")]


def test_a_country_page_lists_its_explainers_with_their_roles(out: Path) -> None:
    assert listed(out / "countries/ke.html") == ["../haiti.html", "../sudan.html"]
    page = soup(out / "countries/ke.html")
    assert page.h1.get_text(" ", strip=True) == "Kenya KE"
    roles = [re.sub(r"\s+", " ", p.get_text()) for p in page.select(".explainer-list .meta")]
    assert roles == ["26 June 2024 · Updated 2 July 2024 · Leading", "May 2024 · Supporting"]
    assert page.select_one("h1 img.flag")["src"] == "../flags/ke.svg"
    # A name stands as a label, where a sentence would want "the" before some (the Netherlands).
    assert page.select_one(".site-description").get_text() == "Kenya: 2 explainers"
    assert soup(out / "countries/us.html").select_one('meta[name="description"]')["content"] \
        == "United States: the explainers that involve it."


def test_tags_that_differ_in_case_share_one_page(out: Path) -> None:
    assert listed(out / "tags/security.html") == ["../haiti.html", "../sudan.html"]
    assert soup(out / "tags/security.html").h1.get_text() == "Security"
    names = [a.get_text() for a in soup(out / "tags/index.html").select(".tags a")]
    assert names == ["Haiti", "Security", "Sudan"]
    index = soup(out / "countries/index.html")
    assert [a.get_text() for a in index.select(".country-list a")] == [
        "Haiti", "Kenya", "Sudan", "United States"]
    # A list shows each flag at 24×18 pixels, in its lighter drawing for that size.
    flags = [img["src"] for img in index.select(".country-list img")]
    assert flags == [f"../flags/small/{code}.svg" for code in ("ht", "ke", "sd", "us")]
    assert all((out / "countries" / src).is_file() for src in flags)


def test_explainer_pages_link_their_countries_and_tags(out: Path) -> None:
    page = soup(out / "haiti.html")
    assert [a["href"] for a in page.select(".tags a")] == ["tags/haiti.html",
                                                           "tags/security.html"]
    assert [a["href"] for a in page.select(".country-list a.country-name")] == [
        "countries/ke.html", "countries/ht.html", "countries/us.html"]
    index = soup(out / "index.html")
    assert {a["href"] for a in index.select(".site-nav a")} == {"countries/index.html",
                                                               "tags/index.html", "search.html"}


def test_links_from_sub_folder_pages_resolve(out: Path) -> None:
    for html in out.rglob("*.html"):
        for element in soup(html).select("a[href], link[href], img[src], script[src]"):
            url = (element.get("href") or element["src"]).split("#")[0]
            if url and not url.startswith(("https:", "http:", "mailto:")):
                assert (html.parent / url).resolve().is_file(), f"{html}: {url}"


def test_drafts_and_future_explainers_are_left_out(out: Path) -> None:
    files = {p.relative_to(out).as_posix() for p in out.rglob("*")}
    assert {"draft.html", "later.html", "countries/fr.html", "tags/later.html"} & files == set()
    assert listed(out / "index.html") == ["haiti.html", "sudan.html", "trade.html"]


def test_the_build_says_what_it_left_out(project: Path, tmp_path: Path) -> None:
    _, output = build(project, tmp_path / "public")
    assert "built 3 explainer(s)" in output
    assert "2 draft or future-dated explainer(s) left out (--drafts shows them)" in output


def test_source_date_epoch_decides_what_today_is(project: Path, tmp_path: Path) -> None:
    out, _ = build(project, tmp_path / "public", epoch=AFTER)
    assert listed(out / "index.html") == ["later.html", "haiti.html", "sudan.html", "trade.html"]
    assert not (out / "draft.html").exists()


def test_drafts_shows_drafts_and_future_explainers(project: Path, tmp_path: Path) -> None:
    out, _ = build(project, tmp_path / "public", "--drafts")
    assert set(listed(out / "index.html")) == {"later.html", "haiti.html", "sudan.html",
                                               "trade.html", "draft.html"}
    assert soup(out / "draft.html").select_one(".draft-banner")
    assert listed(out / "countries/fr.html") == ["../draft.html"]


def test_a_published_drafts_build_keeps_drafts_from_search_engines_and_feeds(
        project: Path, tmp_path: Path) -> None:
    out, _ = build(project, tmp_path / "public", "--drafts", "--base-url",
                   "https://example.org/")
    robots = [meta["content"] for meta in soup(out / "draft.html").select('meta[name="robots"]')]
    assert robots == ["noindex"]
    assert not soup(out / "haiti.html").select('meta[name="robots"]')
    assert soup(out / "draft.html").select_one('script[type="application/ld+json"]')
    for listing in ("sitemap.xml", "feed.xml", "countries/fr.xml"):  # France: the draft's
        text = (out / listing).read_text(encoding="utf-8")
        assert "draft.html" not in text, listing
        assert ("later.html" in text) is (listing != "countries/fr.xml"), listing


def test_today_can_be_given_to_the_builder(project: Path, tmp_path: Path) -> None:
    options = BuildOptions(project, tmp_path / "out", today=date(2024, 7, 1))
    result = build_site(options, build_tools(options))
    index = soup(tmp_path / "out" / "index.html")
    assert [a["href"] for a in index.select("main h2 a")] == \
        ["later.html", "haiti.html", "sudan.html", "trade.html"]
    assert [w.message.split(":")[0] for w in result.warnings] == ["no base_url"]


@pytest.mark.parametrize("epoch", ["yesterday", "99999999999999", "1\u00b2"])
def test_a_bad_source_date_epoch_is_refused(project: Path, tmp_path: Path, epoch: str) -> None:
    result = run_cli("build", "--root", project, "--output", tmp_path / "public",
                     env={"SOURCE_DATE_EPOCH": epoch})
    assert result.returncode == 2
    assert result.stderr == ("error: SOURCE_DATE_EPOCH must be a whole number of seconds since "
                             f"1970-01-01 UTC, before the year 10000, found '{epoch}'\n")
    assert not (tmp_path / "public").exists()


@pytest.mark.parametrize(("tag", "slug"), [
    ("United States", "united-states"), ("Côte d'Ivoire", "cote-d-ivoire"),
    ("  Security ", "security"), ("C++", "c"),
])
def test_tag_slugs(tag: str, slug: str) -> None:
    assert plain_slug(tag) == slug


@pytest.mark.parametrize(("tag", "slug"), [
    ("Выборы 2024", "vybory-2024"), ("Олимпиада 2024", "olimpiada-2024"),
    ("Εκλογές", "ekloges"), ("Straße", "strasse"), ("Łódź", "lodz"),
    # A sign with no Latin sound is left out, not made a hyphen: Russian ь and ъ.
    ("Объём добычи", "obem-dobychi"), ("Ельцин", "eltsin"),
    ("Index", "index-tag"),  # tags/index.html is the list of tags
])
def test_a_tag_in_another_script_gets_a_page_of_its_own_name(tag: str, slug: str) -> None:
    # Two tags that share only their digits ("2024") do not share a page.
    assert plain_slug(tag) == slug


@pytest.mark.parametrize(("tags", "spelt"), [
    (("سد", "صد"), "sd"),  # Persian: dam, hundred
    (("政治", "正直"), "zhengzhi"),  # Chinese: politics, honest
    (("地震", "地震 "), "dezhen"),  # one tag, written with a blank after it
])
def test_tags_that_latin_letters_spell_alike_keep_pages_of_their_own(tags: tuple[str, str],
                                                                     spelt: str) -> None:
    slugs = [plain_slug(tag) for tag in tags]
    assert all(re.fullmatch(spelt + r"-[0-9a-f]{8}", slug) for slug in slugs)
    assert (slugs[0] == slugs[1]) is (tags[0].strip() == tags[1].strip())


def test_a_tag_without_a_letter_or_digit_still_gets_a_page() -> None:
    assert re.fullmatch(r"tag-[0-9a-f]{8}", plain_slug("++"))
    assert plain_slug("++") != plain_slug("--")


def test_a_country_page_names_a_role_as_the_story_heads_it(tmp_path: Path) -> None:
    story = ("---\ntitle: Accords\ndek: Who signed.\npublished: 2024-05-23\n---\n\n"
             "--- countries\nroles:\n  founding signatory: Founding signatories\n"
             "countries:\n  - {name: Kenya, role: founding signatory}\n"
             "  - {name: Haiti, role: observer}\n---\n")
    root = write_project(tmp_path / "site", {"content/accords.md": story})
    out = build(root, tmp_path / "public")[0]
    roles = {code: re.sub(r"\s+", " ", soup(out / f"countries/{code}.html")
                          .select_one(".explainer-list .meta").get_text())
             for code in ("ke", "ht")}
    assert roles == {"ke": "23 May 2024 · Founding signatories", "ht": "23 May 2024 · Observer"}


def two_tagged(tmp_path: Path, newer: str, older: str,
               language: str = "en") -> tuple[Path, str]:
    """Build two explainers, the newer with one tag and the older with another; return the
    output folder and the build's messages."""
    story = ("---\ntitle: {title}\ndek: D.\npublished: {date}\nlanguage: " + language +
             "\ntags: [{tag}]\n---\n\n--- summary\n---\nText.\n")
    root = write_project(tmp_path / "site", {
        "content/a.md": story.format(title="A", date="2024-05-23", tag=newer),
        "content/b.md": story.format(title="B", date="2024-05-01", tag=older)})
    return build(root, tmp_path / "public")


def test_a_tag_spelt_two_ways_is_warned_of(tmp_path: Path) -> None:
    out, messages = two_tagged(tmp_path, "Política", "Politica")
    assert ("content/b.md: warning: tag 'Politica' shares its page with 'Política' "
            "(content/a.md), which names the page\n") in messages
    assert soup(out / "tags" / "politica.html").h1.get_text() == "Política"


@pytest.mark.parametrize(("newer", "older"), [("İstanbul", "istanbul"), ("ışık", "Işık"),
                                              ("IĞDIR", "Iğdır")])
def test_a_turkish_tag_in_another_case_is_not_warned_of(tmp_path: Path, newer: str,
                                                        older: str) -> None:
    out, messages = two_tagged(tmp_path, newer, older, language="tr")
    assert "warning: tag" not in messages
    [page] = (out / "tr" / "tags").glob(f"{plain_slug(newer)}.html")
    assert soup(page).h1.get_text() == newer


@pytest.mark.parametrize(("tags", "warned"), [("Cyclones, Pacific", True),
                                               ("'Cyclones, Pacific'", False),
                                               ("[Cyclones, Pacific]", False)])
def test_tags_parted_by_commas_on_one_line_are_warned_of(tmp_path: Path, tags: str,
                                                         warned: bool) -> None:
    story = f"---\ntitle: A\ndek: D.\npublished: 2024-05-23\ntags: {tags}\n---\n\n" \
            "--- summary\n---\nText.\n"
    out, messages = build(write_project(tmp_path / "site", {"content/a.md": story}),
                          tmp_path / "public")
    assert ("content/a.md:5:7: warning: front matter: 'tags' is one tag, 'Cyclones, Pacific': "
            "commas do not part tags\n    tags: Cyclones, Pacific\n  hint: write a list in "
            "brackets: tags: [Cyclones, Pacific]; or quote the tag if the comma belongs in "
            "it\n" in messages) is warned
    pages = sorted(p.name for p in (out / "tags").glob("*.html"))
    assert pages == (["cyclones-pacific.html", "index.html"] if "[" not in tags else
                     ["cyclones.html", "index.html", "pacific.html"])


@pytest.mark.parametrize(("tags", "said", "column", "listed"), [
    ("حدود، وساطة", "is one tag, 'حدود، وساطة'", 7, "حدود, وساطة"),
    ("[حدود، وساطة]", "reads 'حدود، وساطة' as one tag", 8, "حدود, وساطة"),
    ("[边界，调解]", "reads '边界，调解' as one tag", 8, "边界, 调解")])
def test_tags_parted_by_another_script_s_comma_are_warned_of(
        tmp_path: Path, tags: str, said: str, column: int, listed: str) -> None:
    story = f"---\ntitle: A\ndek: D.\npublished: 2024-05-23\nlanguage: ar\ntags: {tags}\n" \
            "---\n\n--- summary\n---\nText.\n"
    out, messages = build(write_project(tmp_path / "site", {"content/a.md": story}),
                          tmp_path / "public")
    assert (f"content/a.md:6:{column}: warning: front matter: 'tags' {said}: commas do not "
            f"part tags\n    tags: {tags}\n  hint: write a list in brackets: tags: "
            f"[{listed}]; YAML parts a list with ',' alone; or quote the tag if the "
            "comma belongs in it\n") in messages
    assert len(list((out / "ar" / "tags").glob("*.html"))) == 2  # the index and the one tag


def messages_of(tmp_path: Path, front: str) -> str:
    """Build a site of one explainer with these lines in its front matter; return the
    build's messages."""
    story = f"---\ntitle: A\ndek: D.\npublished: 2024-05-23\n{front}---\n\n" \
        "--- summary\n---\nText.\n"
    return build(write_project(tmp_path / "site", {"content/a.md": story}), tmp_path / "public")[1]


@pytest.mark.parametrize("front", [
    "language: ar\ntags: ['حدود، وساطة', غزة]\n",  # a quoted tag keeps its comma
    "byline: Ana Ruiz, Reuters\n"])  # a byline on one line names one author, with a comma
def test_a_comma_typed_on_purpose_is_kept_quietly(tmp_path: Path, front: str) -> None:
    assert "commas do not part" not in messages_of(tmp_path, front)


def test_a_byline_parted_by_another_script_s_comma_is_warned_of(tmp_path: Path) -> None:
    messages = messages_of(tmp_path, "language: ar\nbyline: [ليلى بن عمر، مكتب الشروحات]\n")
    assert ("warning: front matter: 'byline' reads 'ليلى بن عمر، مكتب الشروحات' as one name: "
            "commas do not part names\n") in messages
    assert "hint: write a list in brackets: byline: [ليلى بن عمر, مكتب الشروحات]; YAML " \
        "parts a list with ',' alone; or quote the name if the comma belongs in it" in messages


def test_a_tag_gets_the_typographer_s_apostrophe_as_every_other_text(tmp_path: Path) -> None:
    out, messages = two_tagged(tmp_path, "Afrique de l'Ouest", "Afrique de l’Ouest", "fr")
    assert "warning: tag" not in messages  # one spelling, however typed
    page = soup(out / "fr" / "tags" / "afrique-de-louest.html")
    assert page.h1.get_text() == "Afrique de l’Ouest"
    assert len(page.select("main li")) == 2
    assert [a.get_text() for a in soup(out / "fr" / "a.html").select("a[href*='tags/']")
            if "Afrique" in a.get_text()] == ["Afrique de l’Ouest"]


def test_a_tag_named_index_gets_a_page_of_its_own(tmp_path: Path) -> None:
    story = "---\ntitle: A\ndek: D.\npublished: 2024-05-23\ntags: [Index, Prices]\n---\n\n" \
            "--- summary\n---\nText.\n"
    root = write_project(tmp_path / "site", {"content/a.md": story})
    out = build(root, tmp_path / "public")[0]
    assert soup(out / "tags" / "index-tag.html").h1.get_text() == "Index"
    names = [a.get_text() for a in soup(out / "tags" / "index.html").select(".tags a")]
    assert names == ["Index", "Prices"]
