"""An explainer renamed: the addresses it had before send their readers on to the new one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli, soup
from .test_incremental import TIMELINE, explainer

BASE = "https://example.org/news/"


def renamed(aliases: str, title: str = "Alpha") -> str:
    """Return an explainer whose page had other slugs before."""
    return explainer(title, extra=TIMELINE).replace("published:", f"aliases: {aliases}\npublished:")


def redirect(page: Path) -> tuple[str, str | None, str]:
    """Return where a moved page sends its reader, its canonical address and its robots."""
    html = soup(page)
    refresh = html.select_one('meta[http-equiv="refresh"]')["content"]
    canonical = html.select_one('link[rel="canonical"]')
    assert html.select_one("body a")["href"] == refresh.split("url=", 1)[1]
    return (refresh, canonical["href"] if canonical else None,
            html.select_one('meta[name="robots"]')["content"])


def test_each_address_the_page_and_its_pieces_had_sends_readers_on(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"content/alpha.md": renamed("[alfa, first-alpha]"),
                      "content/beta.md": renamed("beta-old", "Beta").replace(
                          "published:", "language: fr\npublished:")})
    out = tmp_path / "out"
    result = run_cli("build", "--root", root, "--output", out, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    assert redirect(out / "alfa.html") == ("0; url=alpha.html", BASE + "alpha.html", "noindex")
    assert redirect(out / "first-alpha.html")[0] == "0; url=alpha.html"
    assert redirect(out / "embed/alfa.timeline.html") == (
        "0; url=alpha.timeline.html", BASE + "embed/alpha.timeline.html", "noindex")
    assert redirect(out / "fr/beta-old.html")[0] == "0; url=beta.html"
    assert soup(out / "alfa.html").title.get_text() == "Alpha"
    listed = (out / "sitemap.xml").read_text(encoding="utf-8") + \
        (out / "feed.xml").read_text(encoding="utf-8")
    assert "alfa" not in listed and "beta-old" not in listed


def test_a_piece_moved_names_its_oembed_answer_for_systems_that_follow_no_redirect(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"content/alpha.md": renamed("alfa")})
    out = tmp_path / "out"
    assert run_cli("build", "--root", root, "--output", out, "--base-url", BASE).returncode == 0
    oembed = 'link[rel="alternate"][type="application/json+oembed"]'
    [answer] = [link["href"] for link in soup(out / "embed/alfa.timeline.html").select(oembed)]
    assert answer == soup(out / "embed/alpha.timeline.html").select_one(oembed)["href"]
    assert (out / answer.removeprefix(BASE)).is_file()
    assert soup(out / "alfa.html").select(oembed) == []
    assert run_cli("build", "--root", root, "--output", out).returncode == 0
    assert soup(out / "embed/alfa.timeline.html").select(oembed) == []


def test_without_a_base_url_a_moved_page_has_no_canonical_address(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"content/alpha.md": renamed("alfa")})
    assert run_cli("build", "--root", root, "--output", tmp_path / "out").returncode == 0
    assert redirect(tmp_path / "out" / "alfa.html") == ("0; url=alpha.html", None, "noindex")


def test_an_alias_that_is_no_slug_or_that_another_page_has_is_an_error(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    root = make_site({"content/alpha.md": renamed("[alfa, Old_Name]")})
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 1
    assert result.stderr.startswith("content/alpha.md:4:17: error: front matter: alias "
                                    "'Old_Name' is not a slug: it has a capital letter, "
                                    "'O', and a slug has lowercase letters, digits and "
                                    "hyphens only\n")
    root = make_site({"content/alpha.md": renamed("[beta, index]"),
                      "content/beta.md": explainer("Beta")})
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 1
    assert "content/alpha.md:4:17: error: this explainer's alias 'index' would be index.html, " \
        "which is the front page of the site\n    aliases: [beta, index]\n  hint: remove the " \
        "alias\n" in result.stderr
    assert ("content/beta.md:2:8: error: slug 'beta' (its file's name) is already used by "
            "content/alpha.md:4:11 as an alias\n    title: Beta\n  hint: give one of them "
            "another 'slug:' or file name\n") in result.stderr
    assert not out.exists()


def test_the_data_files_are_also_written_under_each_old_slug(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"content/alpha.md": renamed("[alfa, first-alpha]"),
                      "content/beta.md": renamed("beta-old", "Beta").replace(
                          "published:", "language: fr\npublished:")})
    for args in ((), ("--base-url", BASE)):
        out = tmp_path / f"out{len(args)}"
        result = run_cli("build", "--root", root, "--output", out, *args)
        assert result.returncode == 0, result.stderr
        names = ("{}.json", "{}.timeline.csv", "{}.countries.csv", "{}.timelinejs.json")
        for folder, new, olds in (("data", "alpha", ("alfa", "first-alpha")),
                                  ("fr/data", "beta", ("beta-old",))):
            for name in names:
                current = (out / folder / name.format(new)).read_bytes()
                for old in olds:  # the same bytes: they name the new addresses
                    assert (out / folder / name.format(old)).read_bytes() == current
        index = (out / "data/index.json").read_text(encoding="utf-8")
        assert "alfa" not in index and "beta-old" not in index
    assert b'"slug":"alpha"' in (out / "data/alfa.json").read_bytes()


def test_new_refuses_a_slug_another_page_has_now_or_had_before(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/alpha.md": renamed("[alfa]").replace(
                          "published:", "slug: alpha-renamed\npublished:"),
                      "content/beta.md": renamed("beta-old", "Beta").replace(
                          "published:", "language: fr\npublished:")})
    for slug, holder in [("alpha-renamed", "the slug of content/alpha.md"),
                         ("alfa", "an alias of content/alpha.md, its page before it was renamed")]:
        result = run_cli("new", slug, "--root", root)
        assert (result.returncode, result.stderr) == (
            2, f"error: '{slug}' is already {holder}; choose another slug\n")
        assert not (root / "content" / f"{slug}.md").exists()
    # A page in another language's folder leaves the slug free in the site's.
    assert run_cli("new", "beta-old", "--root", root).returncode == 0
    result = run_cli("check", "--root", root, "--drafts")
    assert result.returncode == 0, result.stderr


def test_a_translation_keyed_by_the_old_slug_is_told_the_key_now(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/alpha.md": renamed("[alfa]"),
                      "content/beta.md": explainer("Beta").replace(
                          "published:", "language: fr\ntranslation_key: alfa\npublished:")})
    result = run_cli("check", "--root", root)
    assert "warning: translation_key 'alfa' links this explainer to no other\n" \
           "    translation_key: alfa\n  hint: 'alfa' is the slug content/alpha.md had before " \
           "it was renamed: write translation_key: alpha, its key now\n" in result.stderr
