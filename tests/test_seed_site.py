"""The site `python build.py` makes out of the box, read as a reader would read it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .helpers import SEED, run_cli, soup

COUNTRIES = {
    "Leading": ["KE"], "Host": ["HT"], "Funding": ["US"],
    "Contributing": ["CL", "JM", "GD", "PY", "BI", "NG", "MU"],
    "Supporting": ["BS", "BB", "BJ", "TD", "BD"],
}


@pytest.fixture(scope="module")
def page(seed_site: Path):
    return soup(seed_site / f"{SEED}.html")


def text_of(page) -> str:
    return re.sub(r"\s+", " ", page.get_text(" "))


def test_index_links_to_the_explainer(seed_site: Path) -> None:
    index = soup(seed_site / "index.html")
    links = [a["href"] for a in index.select(".explainer-list a")]
    assert links == [f"{SEED}.html"]
    assert index.select_one(".explainer-list time")["datetime"] == "2024-06-26"


def test_every_section_kind_is_rendered(page) -> None:
    assert page.select_one("section.summary")
    assert page.select_one("section.why-it-matters h2").get_text() == "Why it matters"
    assert page.select_one("aside.takeaways h2").get_text() == "Key takeaways"
    assert len(page.select(".figures .figure")) == 6
    assert len(page.select("section.prose")) == 5
    assert len(page.select(".quote blockquote")) == 3
    assert page.select_one("section.timeline ol.timeline-events")
    assert page.select_one("section.countries ul.country-list")
    assert page.select_one("section.sources li.original")


def test_one_h1_and_headings_in_order(page) -> None:
    assert len(page.find_all("h1")) == 1
    levels = [int(h.name[1]) for h in page.find_all(re.compile(r"^h[1-6]$"))]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    assert page.html["lang"] == "en"


@pytest.mark.parametrize("fact", [
    "William Ruto", "Joe Biden", "White House", "three-day state visit", "$360 million",
    "1,000 Kenyan police officers", "elite paramilitary unit", "Port-au-Prince",
    "200 officers", "major non-NATO ally", "more sophisticated weapons", "Jovenel Moïse", "2021",
    "police stations and seaports", "hundreds of thousands", "William O\u2019Neill",
    "kidnappings and extortion", "firmly committed to supporting", "Jake Sullivan",
    "Antony Blinken", "on the precipice of becoming an all-out failed state",
    "main international airport", "in the days ahead", "al-Shabab",
    "Ukraine Defense Contact Group", "fragile transitional council", "Bijay Laxmi",
    "9 other countries",
])
def test_the_source_facts_are_on_the_page(page, fact: str) -> None:
    assert fact in text_of(page)


def test_countries_grouped_by_role_with_iso_codes(page) -> None:
    found: dict[str, list[str]] = {}
    for heading in page.select("section.countries h3.role"):
        role = heading.find(string=True, recursive=False).strip()
        items = heading.find_next_sibling("ul").select("li.country")
        found[role] = [li["data-iso"] for li in items]
        assert f"({len(items)})" in heading.get_text()
        for li in items:
            assert li.select_one(".iso-code").get_text() == li["data-iso"]
            assert li.select_one("img.flag")["src"] == f"flags/small/{li['data-iso'].lower()}.svg"
    assert list(found.items()) == list(COUNTRIES.items())
    title = page.select_one("section.countries h2").get_text(" ", strip=True)
    assert title == "Countries involved (15)"


def test_timeline_is_chronological_with_machine_dates(page) -> None:
    times = [t["datetime"] for t in page.select("ol.timeline-events li time")]
    assert times[0] == "2021-07-07"
    def when(iso: str) -> tuple[int, ...]:
        parts = [int(p) for p in iso.split("-")]
        return (*parts, *[99] * (3 - len(parts)))

    assert times == sorted(times, key=when)
    # The second group the report had due "later this week" has since landed: see what changed.
    assert times[-2:] == ["2024-06-25", "2024-07-16"]
    assert page.select("li.event-expected") == []


def test_links_and_assets_are_relative_and_exist(seed_site: Path) -> None:
    for html in seed_site.rglob("*.html"):
        page = soup(html)
        for tag, attr in (("a", "href"), ("link", "href"), ("img", "src")):
            for element in page.find_all(tag):
                url = element[attr]
                if url.startswith(("https://", "http://", "mailto:", "#")):
                    continue
                assert not url.startswith("/"), f"{html.name}: absolute path {url}"
                assert (html.parent / url.split("#")[0]).is_file(), f"{html.name}: {url}"


def test_the_build_warns_about_the_sources_inconsistencies(seed_project: Path) -> None:
    result = run_cli("check", "--root", seed_project)
    assert result.returncode == 0
    assert "Chad is listed twice" in result.stderr
    assert "takeaway says '9 other countries' but the country list has 12" in result.stderr
    strict = run_cli("check", "--root", seed_project, "--strict")
    assert strict.returncode == 1
