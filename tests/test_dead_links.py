"""Links of an explainer's text to pages of the site that are not there are warned of."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli
from .test_incremental import explainer


def with_text(title: str, text: str, front: str = "") -> str:
    """Return an explainer whose summary is the text."""
    return explainer(title).replace("Something happened.", text).replace(
        "published:", front + "published:")


def checked(make_site: Callable[..., Path], files: dict[str, str]) -> list[str]:
    """Return the warnings `check` gives about links, one line each."""
    result = run_cli("check", "--root", make_site(files))
    assert result.returncode == 0, result.stderr
    return [line for line in result.stderr.splitlines()
            if "link to" in line or line.startswith("  hint: did you mean")]


def test_a_link_to_a_page_the_site_does_not_have_is_a_warning_at_its_place(
        make_site: Callable[..., Path]) -> None:
    warnings = checked(make_site, {
        "content/alpha.md": with_text("Alpha", "See [what Beta says](beeta.html#timeline)."),
        "content/beta.md": explainer("Beta")})
    assert warnings == [
        "content/alpha.md:10:22: warning: link to 'beeta.html#timeline': the site has no page "
        "beeta.html", "  hint: did you mean beta.html?"]


def test_links_to_pages_the_site_has_are_fine(make_site: Callable[..., Path]) -> None:
    text = ("[Beta](beta.html), [its timeline](beta.html#timeline), [Kenya](countries/ke.html), "
            "[en français](fr/gamma.html), [all](index.html), [the report](files/report.pdf), "
            "[a site](https://example.org/x.html), [here](#top), <a href=\"tags/index.html\">t</a>")
    assert checked(make_site, {
        "content/alpha.md": with_text("Alpha", text),
        "content/beta.md": explainer("Beta"),
        "content/gamma.md": with_text("Gamma", "Voir [Alpha](../alpha.html).",
                                      "language: fr\n")}) == []


def test_a_link_to_a_draft_or_to_an_explainer_not_yet_out_is_a_warning(
        make_site: Callable[..., Path]) -> None:
    warnings = checked(make_site, {
        "content/alpha.md": with_text("Alpha", "See [Beta](beta.html) and [Gamma](gamma.html)."),
        "content/beta.md": explainer("Beta").replace("published:", "draft: true\npublished:"),
        "content/gamma.md": explainer("Gamma", published="2099-01-01")})
    assert [line.split(": warning: ")[1] for line in warnings if ": warning: " in line] == [
        "link to 'beta.html': the site has no page beta.html",
        "link to 'gamma.html': the site has no page gamma.html"]
