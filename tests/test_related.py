"""The end of an explainer: related explainers, and share links when the site has an address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from explainer.inputs import Inputs
from explainer.options import BuildOptions
from explainer.recipe import build, preview_tools
from explainer.render.memory import MemoryWriter

from .helpers import run_cli, soup
from .publishing import BASE, explainer, write_project
from .publishing import build as build_site

KENYA, HAITI, CHAD = "  - {name: Kenya, role: lead}\n", "  - {name: Haiti, role: host}\n", \
    "  - {name: Chad, role: supporting}\n"


def related_of(page: Path) -> list[str]:
    """Return the titles a page lists as related explainers, in order."""
    return [a.get_text() for a in soup(page).select("aside.related a")]


def test_an_explainer_lists_those_that_share_its_countries_or_tags(tmp_path: Path) -> None:
    out, _ = build_site(write_project(tmp_path / "site"), tmp_path / "public")
    # Haiti and Sudan share Kenya and the tag 'security'; the trade deal shares nothing.
    assert related_of(out / "haiti.html") == ["Why Sudan\u2019s war drags on </script><b>"]
    assert related_of(out / "sudan.html") == ["Kenya leads a police mission to Haiti"]
    assert soup(out / "trade.html").select("aside.related") == []
    link = soup(out / "haiti.html").select_one("aside.related a")
    assert link["href"] == "sudan.html"
    assert link.find_next_sibling("time")["datetime"] == "2024-05"


def test_the_three_that_share_the_most_are_listed_newest_first(
        make_site: Callable[..., Path]) -> None:
    files = {
        "content/main.md": explainer("Main", "2024-01-01", tags="[Security]",
                                     countries=KENYA + HAITI + CHAD),
        "content/old-three.md": explainer("Shares three", "2020-01-01", tags="[Security]",
                                          countries=KENYA + HAITI),
        "content/new-one.md": explainer("Shares one", "2024-06-01", countries=CHAD),
        "content/mid-two.md": explainer("Shares two", "2022-01-01", countries=KENYA + HAITI),
        "content/late-two.md": explainer("Also shares two", "2023-01-01", tags="[security]",
                                         countries=CHAD),
        "content/none.md": explainer("Shares nothing", "2024-07-01", tags="[Trade]"),
    }
    root = make_site(files)
    assert run_cli("build", "--root", root).returncode == 0
    assert related_of(root / "public" / "main.html") == [
        "Also shares two", "Shares two", "Shares three"]


def test_an_edit_renders_again_only_the_pages_that_show_the_explainer(
        make_site: Callable[..., Path]) -> None:
    root = make_site({
        "content/a.md": explainer("Alpha", "2024-05-03", tags="[Haiti]", countries=KENYA),
        "content/b.md": explainer("Beta", "2024-05-02", tags="[Haiti]"),
        "content/c.md": explainer("Gamma", "2024-05-01", tags="[Energy]", countries=CHAD),
        "content/d.md": explainer("Delta", "2024-04-01", tags="[Energy]"),
    })
    options, tools = BuildOptions(root=root, output=root / "public"), preview_tools()
    build(options, tools, Inputs.scan(root))
    (root / "content/b.md").write_text(explainer("Beta, retitled", "2024-05-02",
                                                 tags="[Haiti]"), encoding="utf-8")
    result = build(options, tools, Inputs.scan(root))
    assert isinstance(tools.writer, MemoryWriter)
    files = tools.writer.files
    # Beta's page, the index, the index of tags and its tag's page, and Alpha's page, which
    # lists it as related (Beta's data files and the index of them all are made when first
    # asked for); not Gamma's or Delta's pages.
    assert result.rendered == 5
    assert b"Beta, retitled" in files["data/b.json"]
    assert b"Beta, retitled" in files["data/index.json"]
    assert b"Beta, retitled" in files["a.html"] and b"Beta, retitled" in files["tags/haiti.html"]
    assert b"Beta, retitled" not in files["c.html"]


def test_share_links_need_the_site_s_address_and_no_script(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    out, _ = build_site(root, tmp_path / "public", "--base-url", BASE)
    page = soup(out / "haiti.html")
    links = {a.get_text(): a["href"] for a in page.select("section.share a")}
    assert list(links) == ["Email", "Bluesky", "Facebook", "LinkedIn", "WhatsApp", "X"]
    address = BASE + "haiti.html"
    mail = urlsplit(links["Email"])
    assert (mail.scheme, parse_qs(mail.query)) == (
        "mailto", {"subject": ["Kenya leads a police mission to Haiti"], "body": [address]})
    assert parse_qs(urlsplit(links["Facebook"]).query) == {"u": [address]}
    assert parse_qs(urlsplit(links["X"]).query) == {
        "text": ["Kenya leads a police mission to Haiti"], "url": [address]}
    assert all(address in parse_qs(urlsplit(href).query).popitem()[1][0]
               for href in links.values())
    assert page.select("section.share script, section.share img, section.share iframe") == []
    out, _ = build_site(root, tmp_path / "no-address")
    assert soup(out / "haiti.html").select("section.share") == []


def test_a_related_explainer_updated_since_says_so_as_the_lists_do(
        make_site: Callable[..., Path]) -> None:
    french = explainer("Gamma", "2024-05-03", updated="2024-07-02", tags="[Haïti]")
    root = make_site({
        "content/a.md": explainer("Alpha", "2024-05-03", updated="2024-07-02", tags="[Haiti]"),
        "content/b.md": explainer("Beta", "2024-05-02", tags="[Haiti]"),
        "content/c.md": french.replace("---\n", "---\nlanguage: fr\n", 1),
        "content/d.md": explainer("Delta", "2024-05-02", tags="[Haïti]")
        .replace("---\n", "---\nlanguage: fr\n", 1),
    })
    assert run_cli("build", "--root", root).returncode == 0
    out = root / "public"
    for page, listed in (("b.html", "index.html"), ("fr/d.html", "fr/index.html")):
        related = soup(out / page).select_one("aside.related li")
        item = soup(out / listed).select_one("article .meta")
        assert " ".join(related.get_text().split()[1:]) == " ".join(item.get_text().split())
        assert [t["datetime"] for t in related.select("time")] == ["2024-05-03", "2024-07-02"]
    assert "Updated 2 July 2024" in soup(out / "b.html").select_one("aside.related").get_text()
    assert "Mise à jour\u00a0: 2 juillet 2024" in \
        soup(out / "fr/d.html").select_one("aside.related").get_text()
    # One not updated since it was published gives its date alone, there as in the lists.
    assert [t["datetime"] for t in soup(out / "a.html").select("aside.related time")] \
        == ["2024-05-02"]
