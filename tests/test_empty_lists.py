"""A language whose explainers name no country, or have no tag, offers no empty list."""

from __future__ import annotations

from pathlib import Path

from .helpers import soup
from .publishing import build, write_project

ENGLISH = ("---\ntitle: Flood relief\ndek: Who gets the money.\npublished: 2024-05-20\n"
           "tags: [floods]\n---\n\n--- summary\n---\nThe money is shared out.\n\n"
           "--- countries\ncountries:\n  - name: Kenya\n    role: host\n---\n")
FRENCH = ("---\ntitle: L'aide aux inondations\ndek: Qui reçoit l'argent.\npublished: 2024-05-21\n"
          "language: fr\ntranslation_key: relief\n{tags}---\n\n--- summary\n---\n"
          "L'argent est réparti.\n")


def built(tmp_path: Path, french_tags: str = "") -> Path:
    """Build an English explainer with a country and a tag, and its French version with
    the given tags line and no country; return the output folder."""
    root = write_project(tmp_path / "site", {
        "site.yml": "language: en\nsearch: true\n",
        "content/relief.md": ENGLISH,
        "content/aide.md": FRENCH.format(tags=french_tags)})
    return build(root, tmp_path / "public")[0]


def nav(page: Path) -> list[str]:
    """Return the words of the links of a page's site navigation."""
    return [a.get_text() for a in soup(page).select("nav.site-nav a")]


def test_a_language_without_countries_or_tags_does_not_offer_their_lists(
        tmp_path: Path) -> None:
    out = built(tmp_path)
    for page in ("fr/aide.html", "fr/index.html", "fr/search.html", "fr/countries/index.html"):
        assert nav(out / page) == ["Rechercher"], page
    # The lists are still there, for a link made to them earlier, but lead to nothing empty.
    assert (out / "fr/countries/index.html").is_file() and (out / "fr/tags/index.html").is_file()
    for page in ("fr/countries/index.html", "fr/tags/index.html"):
        links = [a.get_text() for a in soup(out / page).select("main p.meta a")]
        assert links == ["Tous les décryptages"], page
    search = soup(out / "fr/search.html")
    assert search.select(".search-browse") == []
    assert [h.get_text() for h in search.select("main h3")] == []
    # The English edition, which has both, offers both.
    assert nav(out / "relief.html") == ["Countries", "Tags", "Search"]
    assert [h.get_text() for h in soup(out / "search.html").select(".search-browse h3")] == [
        "Countries", "Tags"]
    links = [a.get_text() for a in soup(out / "countries/index.html").select("main p.meta a")]
    assert links == ["Browse by tag", "All explainers"]


def test_a_language_with_tags_but_no_country_offers_its_tags_alone(tmp_path: Path) -> None:
    out = built(tmp_path, "tags: [inondations]\n")
    assert nav(out / "fr/aide.html") == ["Mots-clés", "Rechercher"]
    search = soup(out / "fr/search.html")
    assert [h.get_text() for h in search.select(".search-browse h3")] == ["Mots-clés"]
    assert [a.get_text() for a in search.select(".search-browse a")] == ["inondations"]
    links = [a.get_text() for a in soup(out / "fr/tags/index.html").select("main p.meta a")]
    assert links == ["Tous les décryptages"]


def test_a_site_without_search_countries_or_tags_has_no_empty_navigation(
        tmp_path: Path) -> None:
    story = "---\ntitle: Talks\ndek: D.\npublished: 2024-06-01\n---\n\n--- summary\n---\nTalks.\n"
    root = write_project(tmp_path / "site", {"site.yml": "search: false\n",
                                             "content/a.md": story})
    out = build(root, tmp_path / "public")[0]
    for page in ("a.html", "index.html", "404.html"):
        assert soup(out / page).select("nav.site-nav") == [], page
    links = [a.get_text() for a in soup(out / "404.html").select("main li a")]
    assert links == ["All explainers"]
