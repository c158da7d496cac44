"""Links of an explainer's text to pages of the site that are not there are warned of."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli, soup
from .test_incremental import TIMELINE, explainer


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
    text = ("[Beta](beta.html), [its map](beta.html#countries), [Kenya](countries/ke.html), "
            "[en français](fr/gamma.html), [all](index.html), [the report](files/report.pdf), "
            "[a site](https://example.org/x.html), [here](#top), <a href=\"tags/index.html\">t</a>")
    assert checked(make_site, {
        "content/alpha.md": with_text("Alpha", text),
        "content/beta.md": explainer("Beta"),
        "content/gamma.md": with_text("Gamma", "Voir [Alpha](../alpha.html).",
                                      "language: fr\n")}) == []


def test_a_link_to_a_place_a_page_does_not_have_is_a_warning_with_the_closest(
        make_site: Callable[..., Path]) -> None:
    text = "See [the list](#countires), [Beta's](beta.html#timeline) and [ours](alpha.html#nope)."
    warnings = checked(make_site, {"content/alpha.md": with_text("Alpha", text),
                                   "content/beta.md": explainer("Beta")})
    assert warnings == [
        "content/alpha.md:10:16: warning: link to '#countires': this page has no place "
        "'#countires'", "  hint: did you mean #countries?",
        "content/alpha.md:10:38: warning: link to 'beta.html#timeline': the page beta.html has "
        "no place '#timeline'",
        "content/alpha.md:10:69: warning: link to 'alpha.html#nope': this page has no place "
        "'#nope'"]


def test_a_link_by_an_old_address_is_checked_at_the_page_it_leads_to(
        make_site: Callable[..., Path]) -> None:
    text = "See [its map](old-beta.html#countries) and [its events](old-beta.html#timline)."
    warnings = checked(make_site, {
        "content/alpha.md": with_text("Alpha", text),
        "content/beta.md": with_text("Beta", "Talks.\n" + TIMELINE, "aliases: [old-beta]\n")})
    assert warnings == [
        "content/alpha.md:10:57: warning: link to 'old-beta.html#timline': the page beta.html "
        "has no place '#timline'", "  hint: did you mean #timeline?"]


def test_headings_in_prose_have_ids_that_links_reach(make_site: Callable[..., Path]) -> None:
    text = ("Read [what next](#what-happens-next), [again](#what-happens-next-2), [the events]"
            "(#timeline) and [Beta's](beta.html#die-strasse-nach-osten).\n\n"
            "## What happens *next*\n\nTalks.\n\n### Timeline\n\nSoon.\n\n"
            "## What happens next\n\nMore talks.")
    root = make_site({"content/alpha.md": with_text("Alpha", text + "\n" + TIMELINE),
                      "content/beta.md": with_text("Beta", "## Die Straße nach Osten\n\nLang.")})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    assert "link to" not in result.stderr
    page = soup(root / "public/alpha.html")
    assert [(h.name, h["id"], h.get_text()) for h in page.select("#summary :is(h3, h4)")] == [
        ("h3", "what-happens-next", "What happens next"), ("h4", "timeline-2", "Timeline"),
        ("h3", "what-happens-next-2", "What happens next")]
    assert page.select_one("section#timeline.timeline") is not None  # the section keeps its id
    assert soup(root / "public/beta.html").select_one("h3#die-strasse-nach-osten") is not None


def test_a_sign_with_no_latin_sound_leaves_a_heading_s_id_and_a_new_slug_whole(
        make_site: Callable[..., Path]) -> None:
    text = ("[Там](#podezd), [здесь](#obyavlenie), [Uzbek](#ozbekiston).\n\n## Подъезд\n\n"
            "Да.\n\n## Oʻzbekiston\n\nHa.")
    prose = "\n--- prose\nheading: Объявление\n---\nТекст.\n"
    root = make_site({"content/alpha.md": with_text("Alpha", text + "\n" + prose)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    assert "link to" not in result.stderr
    page = soup(root / "public/alpha.html")
    assert page.select_one("h3#podezd").get_text() == "Подъезд"
    assert page.select_one("h3#ozbekiston").get_text() == "Oʻzbekiston"
    assert page.select_one("section#obyavlenie h2").get_text() == "Объявление"
    assert run_cli("new", "Мосьва сегодня", "--root", root).returncode == 0
    assert (root / "content/mosva-segodnya.md").is_file()


def test_a_link_to_a_draft_or_to_an_explainer_not_yet_out_is_a_warning(
        make_site: Callable[..., Path]) -> None:
    warnings = checked(make_site, {
        "content/alpha.md": with_text("Alpha", "See [Beta](beta.html) and [Gamma](gamma.html)."),
        "content/beta.md": explainer("Beta").replace("published:", "draft: true\npublished:"),
        "content/gamma.md": explainer("Gamma", published="2099-01-01")})
    assert [line.split(": warning: ")[1] for line in warnings if ": warning: " in line] == [
        "link to 'beta.html': the site has no page beta.html",
        "link to 'gamma.html': the site has no page gamma.html"]


# Links to ids that some pages have and others not: a section's heading, a map's title, the
# changes, the related explainers, the share links, a note of a timeline's event.
PLACES = ("summary-title", "quote", "quote-title", "countries-title", "countries-map-title",
          "countries-map-caption", "changes", "changes-title", "related-title", "share-title",
          "reuse-title", "fn_timeline-1", "fnref_timeline-1", "fn_1", "top")
QUOTE = "\n--- quote\ntext: Words said.\nspeaker: Someone\n---\n"
NOTED = ("\n--- timeline\nevents:\n  - date: 2024-05-01\n    title: It began\n"
         "    text: \"Began.[^1]\\n\\n[^1]: A note.\"\n---\n")
CHANGED = "changes:\n  - {date: 2024-05-02, text: \"Fixed.[^1]\\n\\n[^1]: Why.\"}\n"


def test_a_link_to_a_place_is_warned_of_exactly_when_the_page_lacks_it(
        make_site: Callable[..., Path]) -> None:
    # Each link from a file of its own, lest the warnings be told together; none shares a
    # country or a tag with Alpha, lest it be listed among Alpha's related explainers.
    linking = {f"content/link-{n}.md": with_text(f"Link {n}", f"[Alpha](alpha.html#{place})")
               .replace("Kenya", "France") for n, place in enumerate(PLACES)}
    plain = explainer("Alpha", extra=QUOTE).replace("role: lead}", "role: lead}\nmap: none")
    full = explainer("Alpha", tags="[police]", extra=NOTED).replace("published:",
                                                                     CHANGED + "published:")
    for alpha, options in (({"content/alpha.md": plain}, ()), (
            {"content/alpha.md": full, "content/beta.md": explainer("Beta", tags="[police]")},
            ("--base-url", "https://example.org/"))):
        root = make_site({**linking, **alpha})
        result = run_cli("build", "--root", root, *options)
        assert result.returncode == 0, result.stderr
        page = soup(root / "public/alpha.html")
        warnings = run_cli("check", "--root", root, *options).stderr
        warned = {place for place in PLACES if f"no place '#{place}'" in warnings}
        assert warned == {place for place in PLACES if page.find(id=place) is None}
        assert warned and warned != set(PLACES)
