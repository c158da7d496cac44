"""A web address written out in an explainer's text is a link, as GitHub's and Hugo's Markdown
make it; the punctuation after it, links, code and pictures are left as they are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli, soup
from .test_dead_links import with_text

TEXT = ("The report is at https://example.org/report. See (https://en.wikipedia.org/wiki/A_(b)), "
        "[the data](https://example.org/data), `curl https://example.org/api` and "
        "![a chart](https://example.org/chart.png), or “https://example.org/q?a=1&b=2”.\n\n"
        "見よhttps://example.org/ja。")


def built(make_site: Callable[..., Path], text: str, front: str = "") -> Path:
    """Build a site of one explainer whose summary is the text; return the output folder."""
    root = make_site({"content/alpha.md": with_text("Alpha", text, front)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_a_bare_address_is_a_link_without_the_punctuation_after_it(
        make_site: Callable[..., Path]) -> None:
    summary = soup(built(make_site, TEXT) / "alpha.html").select_one("#summary")
    assert [(a["href"], a.get_text(), a.get("rel")) for a in summary.find_all("a")] == [
        ("https://example.org/report", "https://example.org/report", ["noopener", "noreferrer"]),
        ("https://en.wikipedia.org/wiki/A_(b)", "https://en.wikipedia.org/wiki/A_(b)",
         ["noopener", "noreferrer"]),
        ("https://example.org/data", "the data", ["noopener", "noreferrer"]),
        ("https://example.org/q?a=1&b=2", "https://example.org/q?a=1&b=2",
         ["noopener", "noreferrer"]),
        ("https://example.org/ja", "https://example.org/ja", ["noopener", "noreferrer"])]
    text = summary.get_text()
    assert "https://example.org/report. See (" in text and "A_(b))," in text
    assert summary.select_one("code").get_text() == "curl https://example.org/api"
    assert summary.select_one("img")["src"] == "https://example.org/chart.png"


def test_an_address_on_a_french_page_keeps_its_colon(
        make_site: Callable[..., Path]) -> None:
    text = "Le rapport : https://example.org/rapport."
    page = built(make_site, text, "language: fr\n") / "fr/alpha.html"
    summary = soup(page).select_one("#summary")
    link = summary.select_one("a")
    assert (link["href"], link.get_text()) == ("https://example.org/rapport",
                                               "https://example.org/rapport")
    assert summary.get_text().strip() == "Le rapport\u00a0: https://example.org/rapport."


def test_an_address_after_a_no_break_space_is_a_link_and_the_space_stays(
        make_site: Callable[..., Path]) -> None:
    text = ("One&nbsp;https://example.org/a, two\u00a0https://example.org/b, "
            "three&#160;https://example.org/c&nbsp;on, four&#8239;https://example.org/d; "
            "not x&amp;https://example.org/e.")
    page = built(make_site, text) / "alpha.html"
    summary = soup(page).select_one("#summary")
    assert [a["href"] for a in summary.find_all("a")] == [
        f"https://example.org/{letter}" for letter in "abcd"]
    assert summary.get_text().strip() == text.replace("&nbsp;", "\u00a0").replace(
        "&#160;", "\u00a0").replace("&#8239;", "\u202f").replace("&amp;", "&")
    assert page.read_text(encoding="utf-8").count("&nbsp;<a class=\"bare-url\"") == 3


def test_an_address_ends_before_another_script_s_stop_and_a_character_after_it(
        make_site: Callable[..., Path]) -> None:
    text = ("راجع https://example.org/ar، ثم https://example.org/ur۔ देखें "
            "https://example.org/hi। Shop at https://example.org/shop& more. Πού; "
            "https://example.org/el\u037e Εδώ: https://example.org/ano\u0387 "
            "https://example.org/teleia· τέλος.")
    summary = soup(built(make_site, text) / "alpha.html").select_one("#summary")
    assert [a["href"] for a in summary.find_all("a")] == [
        "https://example.org/ar", "https://example.org/ur", "https://example.org/hi",
        "https://example.org/shop", "https://example.org/el", "https://example.org/ano",
        "https://example.org/teleia"]
    assert "https://example.org/ar، ثم" in summary.get_text()
    assert "https://example.org/shop& more." in summary.get_text()


def test_an_address_beside_a_picture_whose_text_starts_with_http_is_a_link(
        make_site: Callable[..., Path]) -> None:
    text = "![https explained](https://example.org/chart.png) See https://example.org/guide."
    summary = soup(built(make_site, text) / "alpha.html").select_one("#summary")
    assert [a["href"] for a in summary.find_all("a")] == ["https://example.org/guide"]
