"""Embeddable pieces: a section alone on a small page, its code on the explainer's page, and
its oEmbed answer when the site has a base URL."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from explainer.options import BuildOptions
from explainer.serve.preview import Preview

from .helpers import SEED, run_cli, soup
from .test_incremental import explainer

PIECES = {"timeline": "section.timeline", "takeaways": "aside.takeaways",
          "countries": "section.countries", "figures": "section.figures",
          "questions": "section.questions"}
BASE = "https://example.org/news/"
TITLE = "Kenya leads a police mission to Haiti, with US money behind it"


def iframe(code: str) -> Tag:
    """Return the iframe of an embed code."""
    found = BeautifulSoup(code, "html.parser").iframe
    assert found is not None, code
    return found


def build(root: Path, *args: str) -> Path:
    result = run_cli("build", "--root", root, *args)
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_each_piece_is_its_section_alone_with_a_link_back(seed_site: Path) -> None:
    for kind, selector in PIECES.items():
        page = soup(seed_site / "embed" / f"{SEED}.{kind}.html")
        assert page.select(".site-header, .site-footer, .skip-link") == [], kind
        [section] = page.select("main > section, main > aside")  # this section alone
        assert section.get("id") == kind and section in page.select(selector)
        assert page.h1.get_text() == TITLE and page.h1.a["href"] == f"../{SEED}.html"
        back = page.select_one(".embed-credit a")
        assert (back.get_text(), back["href"]) == ("Read the full explainer", f"../{SEED}.html")
        # Links open in the page around the frame; search engines leave the piece out.
        assert page.base.attrs == {"target": "_top"}
        assert page.select_one('meta[name="robots"]')["content"] == "noindex"
        assert page.select('link[rel="canonical"], script[type="application/ld+json"]') == []
        [script] = page.select("script")
        assert script["src"].startswith("../embed.") and "defer" in script.attrs
        assert page.title.get_text().endswith(f": {TITLE}")


def test_a_piece_shows_what_its_section_shows_on_the_page(seed_site: Path) -> None:
    page = soup(seed_site / f"{SEED}.html")
    for kind in ("timeline", "takeaways", "figures"):
        piece = soup(seed_site / "embed" / f"{SEED}.{kind}.html")
        shown = page.select_one(f"#{kind}")
        assert piece.select_one(f"#{kind}").get_text() == shown.get_text(), kind
    countries = soup(seed_site / "embed" / f"{SEED}.countries.html")
    assert len(countries.select("svg.world-map")) == 1
    assert [li["data-iso"] for li in countries.select("li.country")] == \
        [li["data-iso"] for li in page.select("li.country")]
    assert countries.select_one("img.flag")["src"].startswith("../flags/")


def test_an_explainer_has_a_piece_for_each_such_section_it_has(
        make_site: Callable[..., Path]) -> None:
    text = ("---\ntitle: Two timelines\ndek: D.\npublished: 2024-05-01\n---\n"
            "--- takeaways\ntakeaways: [One thing]\n---\n"
            "--- timeline\ntitle: First\nevents: [{date: 2024, title: A}]\n---\n"
            "--- timeline\ntitle: Second\nevents: [{date: 2023, title: B}]\n---\n")
    out = build(make_site({"content/two.md": text}))
    assert sorted(p.name for p in (out / "embed").iterdir()) == [
        "two.takeaways.html", "two.timeline.html"]
    piece = soup(out / "embed/two.timeline.html")
    assert piece.select_one("section.timeline h2").get_text() == "First"  # the first of two
    box = soup(out / "two.html").select_one("details.embed-codes")
    # Each piece is named as its section is headed on the page: the first timeline's title.
    assert [h.get_text() for h in box.select("h3")] == ["First", "Key takeaways"]


def test_the_embed_box_gives_each_code_and_says_why_it_names_a_path(seed_site: Path) -> None:
    box = soup(seed_site / f"{SEED}.html").select_one("details.embed-codes")
    assert box.summary.get_text() == "Embed"
    assert "This site has no public address yet" in box.get_text()
    codes = box.select("textarea.embed-code")
    assert [code["aria-label"] for code in codes] == [
        "Code for How we got here", "Code for Key takeaways", "Code for Countries involved",
        "Code for Key figures", "Code for Questions and answers"]  # the timeline as headed
    assert iframe(codes[1].get_text()).attrs == {
        "src": f"embed/{SEED}.takeaways.html", "title": f"Key takeaways: {TITLE}",
        "lang": "en", "dir": "ltr", "style": "width:100%;border:0", "height": "480",
        "loading": "lazy"}
    assert [a["href"] for a in box.select("h3 a")] == [
        f"embed/{SEED}.{kind}.html" for kind in PIECES]
    assert list(seed_site.glob("embed/*.json")) == []  # no oEmbed without a base URL
    piece = soup(seed_site / "embed" / f"{SEED}.timeline.html")
    assert piece.select('link[type="application/json+oembed"]') == []


def test_with_a_base_url_codes_are_absolute_and_pieces_answer_oembed(
        published_seed: Path) -> None:
    box = soup(published_seed / f"{SEED}.html").select_one("details.embed-codes")
    assert "no public address" not in box.get_text()
    codes = [area.get_text() for area in box.select("textarea.embed-code")]
    for kind, code in zip(PIECES, codes, strict=True):
        src = f"{BASE}embed/{SEED}.{kind}.html"
        assert iframe(code)["src"] == src
        piece = soup(published_seed / "embed" / f"{SEED}.{kind}.html")
        [link] = piece.select('link[rel="alternate"][type="application/json+oembed"]')
        assert link["href"] == f"{BASE}embed/{SEED}.{kind}.oembed.json"
        assert link["title"] == iframe(code)["title"]
        answer = json.loads((published_seed / "embed" / f"{SEED}.{kind}.oembed.json")
                            .read_text(encoding="utf-8"))
        assert (answer["version"], answer["type"], answer["html"]) == ("1.0", "rich", code)
        assert isinstance(answer["width"], int) and isinstance(answer["height"], int)
        assert (answer["provider_name"], answer["provider_url"]) == ("Explainers", BASE)


def test_a_translation_s_oembed_names_its_language_s_front_page_as_provider(
        make_site: Callable[..., Path]) -> None:
    french = explainer("Une mission").replace("published:", "language: fr\npublished:")
    site = "base_url: https://example.org/news/\nlanguages:\n  fr:\n    title: Décryptages\n" \
        "    description: L'actualité expliquée.\n"
    out = build(make_site({"site.yml": site, "content/a.md": explainer("A mission"),
                           "content/une.md": french}))
    answers = {path: json.loads((out / path).read_text(encoding="utf-8"))
               for path in ("embed/a.countries.oembed.json", "fr/embed/une.countries.oembed.json")}
    assert [(a["provider_name"], a["provider_url"]) for a in answers.values()] == [
        ("Explainers", BASE), ("Décryptages", f"{BASE}fr/")]
    assert soup(out / "fr/index.html").title.get_text() == "Décryptages"
    # A publisher's own address names the publisher, whatever the piece's language.
    (out.parent / "site.yml").write_text(site + "publisher_url: https://example.org/\n",
                                         encoding="utf-8")
    answer = json.loads((build(out.parent) / "fr/embed/une.countries.oembed.json").read_text(
        encoding="utf-8"))
    assert answer["provider_url"] == "https://example.org/"


def test_a_piece_s_code_names_the_language_its_title_is_in(
        make_site: Callable[..., Path]) -> None:
    # The page around the frame may be in any language: an Arabic title on an English page
    # would be read with English rules, and laid out left to right.
    arabic = explainer("بعثة الشرطة").replace("published:", "language: ar\npublished:")
    out = build(make_site({"site.yml": f"base_url: {BASE}\n", "content/a.md": arabic,
                           "content/b.md": explainer("A mission")}))
    for page, slug, language, direction in (("ar/a.html", "ar/embed/a", "ar", "rtl"),
                                            ("b.html", "embed/b", "en", "ltr")):
        code = soup(out / page).select_one("textarea.embed-code").get_text()
        frame = iframe(code)
        assert (frame["lang"], frame["dir"]) == (language, direction)
        answer = json.loads((out / f"{slug}.countries.oembed.json").read_text(encoding="utf-8"))
        assert answer["html"] == code
    assert iframe(code)["title"] == "Countries involved: A mission"


def test_pieces_speak_the_language_of_their_page(make_site: Callable[..., Path]) -> None:
    out = build(make_site({"site.yml": "language: fr\n",
                           "content/a.md": explainer("Une mission", extra="\n")}))
    piece = soup(out / "embed/a.countries.html")
    assert piece.html["lang"] == "fr"
    assert piece.select_one(".embed-credit a").get_text() == "Lire le décryptage complet"
    assert piece.title.get_text() == "Pays concernés\u00a0: Une mission"


def test_a_site_can_leave_out_its_pieces_or_its_data_files(make_site: Callable[..., Path]
                                                            ) -> None:
    root = make_site({"site.yml": "embeddable: false\n", "content/a.md": explainer("Alpha")})
    out = build(root)
    assert not (out / "embed").exists()
    assert list(out.glob("embed*.js")) == []  # nor the script only a piece loads
    page = soup(out / "a.html")
    assert page.select(".embed-codes") == [] and len(page.select(".data-links a")) == 2
    (root / "site.yml").write_text("embeddable: false\ndata_files: false\n", encoding="utf-8")
    out = build(root)
    assert not (out / "data").exists() and not (out / "embed").exists()
    assert soup(out / "a.html").select(".reuse") == []


def test_a_piece_follows_an_edit_of_its_sections_template_in_the_preview(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": explainer("Alpha")})
    preview = Preview(BuildOptions(root=root, output=root / "public"), lambda line: None,
                      lambda problems, every: None, lambda paths: None)
    preview.start()
    partial = root / "templates/sections/countries.html"
    text = partial.read_text(encoding="utf-8")
    partial.write_text(text.replace('<span class="iso-code">', '<span class="iso-code edited">'),
                       encoding="utf-8")
    later = partial.stat().st_mtime_ns + 1_000_000_000
    os.utime(partial, ns=(later, later))
    preview.poll()
    for path in ("a.html", "embed/a.countries.html"):
        page = BeautifulSoup(preview.response(path).body, "html.parser")
        assert page.select("span.iso-code.edited"), path


def test_a_link_of_a_section_is_right_on_the_page_and_in_its_piece(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": explainer("Alpha")})
    partial = root / "templates/sections/countries.html"
    text = partial.read_text(encoding="utf-8")
    # A link that escaping changes, and one that it does not, to pages one folder up.
    partial.write_text(text.replace(
        "</section>", '<a class="odd" href="{{ rel(\'tags/say-"hi".html\') }}">Hi</a>'
                      '<a class="plain" href="{{ rel(\'tags/\' ~ section.anchor ~ \'.html\') }}">'
                      "T</a></section>"), encoding="utf-8")
    out = build(root)
    page, piece = soup(out / "a.html"), soup(out / "embed/a.countries.html")
    assert (page.select_one("a.odd")["href"], piece.select_one("a.odd")["href"]) == (
        'tags/say-"hi".html', '../tags/say-"hi".html')
    assert (page.select_one("a.plain")["href"], piece.select_one("a.plain")["href"]) == (
        "tags/countries.html", "../tags/countries.html")
    assert piece.select_one("img.flag")["src"] == "../" + page.select_one("img.flag")["src"]


def test_the_author_s_links_lead_where_they_do_on_the_page_from_a_piece(
        make_site: Callable[..., Path]) -> None:
    events = ("\n--- timeline\nevents:\n  - date: 2024-05-01\n    title: It began\n"
              "    text: As [Beta says](b.html?x=1&y=2#timeline), with [a source]"
              "(https://example.org/a) and [a note](#top). ![A map](images/map.png)\n---\n")
    takeaways = "\n--- takeaways\ntakeaways:\n  - Voir [Alpha](../a.html).\n---\n"
    out = build(make_site({"content/a.md": explainer("Alpha", extra=events),
                           "content/b.md": explainer("Beta"),
                           "content/c.md": explainer("Gamma", extra=takeaways).replace(
                               "published:", "language: fr\npublished:")}))
    page = soup(out / "a.html").select_one("section.timeline")
    piece = soup(out / "embed/a.timeline.html").select_one("section.timeline")
    links = {a.get_text(): a["href"] for a in page.select("a")}
    assert links["Beta says"] == "b.html?x=1&y=2#timeline"
    links = {a.get_text(): a["href"] for a in piece.select("a")}
    assert links["Beta says"] == "../b.html?x=1&y=2#timeline"  # embed/ is one folder down
    # A place on the page is the explainer's: a piece's links open in the page around its
    # frame, which `#top` alone would swap for the bare piece.
    assert (links["a source"], links["a note"]) == ("https://example.org/a", "../a.html#top")
    assert (page.select_one("img")["src"], piece.select_one("img")["src"]) == (
        "images/map.png", "../images/map.png")
    french = soup(out / "fr/embed/c.takeaways.html").select_one("aside.takeaways a")
    assert french["href"] == "../../a.html"  # as ../a.html from fr/c.html


def test_a_piece_of_countries_and_organisations_is_named_so(make_site: Callable[..., Path]
                                                            ) -> None:
    text = ("---\ntitle: Aid\ndek: D.\npublished: 2024-05-01\n---\n"
            "--- countries\ncountries:\n  - {name: Kenya, role: lead}\n"
            "  - {organisation: EU, role: funder}\n---\n")
    out = build(make_site({"content/aid.md": text}))
    box = soup(out / "aid.html").select_one("details.embed-codes")
    assert [h.get_text() for h in box.select("h3")] == ["Countries and organisations involved"]


def test_a_brazilian_page_quotes_its_frame_s_and_pieces_titles_as_its_prose(
        make_site: Callable[..., Path]) -> None:
    # Brazilian prose sets “ ”, not Portugal's « »; and a service is named with its article.
    video = ("\n--- embed\nurl: https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"
             "title: Imagens aéreas da enchente\n---\n")
    out = build(make_site({"site.yml": "language: pt-BR\n",
                           "content/a.md": explainer("A enchente", extra=video)}))
    page = soup(out / "a.html")
    assert page.select_one(".embed-link").get_text() == \
        "Abrir “Imagens aéreas da enchente” no YouTube"
    assert page.select_one("textarea.embed-code")["aria-label"] == \
        "Código de “Países envolvidos”"
