"""A long timeline is read by year: a heading per year and a row of links to them first; a
short one stays one list."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from explainer.cli import main

from .helpers import REPO, soup

FRONT = "---\ntitle: Decades of talks\ndek: D\npublished: 2025-01-01\n---\n\n"
I18N = REPO / "explainer" / "data" / "i18n"


def timeline(dates: list[str]) -> str:
    """Return a timeline section with an event on each date."""
    events = "".join(f"  - date: {date}\n    title: Talks of {date}\n"
                     f"    source: https://example.org/{number}\n"
                     for number, date in enumerate(dates))
    return f"--- timeline\nevents:\n{events}---\n"


# Sixteen events over four years, written out of order: the page sorts them.
LONG = [f"{year}-{month:02d}-10" for month in (9, 3, 6, 1) for year in (2021, 2024, 2022, 2023)]


def build(make_site: Callable[..., Path], body: str, language: str = "en",
          ) -> tuple[BeautifulSoup, Path]:
    root = make_site({"content/talks.md": FRONT + body,
                      "site.yml": f"title: News\nlanguage: {language}\n"})
    assert main(["build", "--root", str(root)]) == 0
    return soup(root / "public" / "talks.html"), root / "public"


def links_lead_to_places(page: BeautifulSoup) -> None:
    """Assert that the page's ids are unique and its row of years links to them, in order."""
    ids = [element["id"] for element in page.select("[id]")]
    assert len(ids) == len(set(ids))
    headings = page.select("h3.timeline-year")
    assert [a["href"] for a in page.select(".timeline-years a")] == [
        f"#{heading['id']}" for heading in headings]


def test_a_long_timeline_has_a_heading_per_year_and_links_to_them(make_site) -> None:
    page, _ = build(make_site, timeline(LONG))
    section = page.select_one("section.timeline")
    row = section.select_one("nav.timeline-years")
    assert row.get_text(" ", strip=True) == "Jump to: 2021 2022 2023 2024"
    assert row["aria-labelledby"] == "timeline-title"
    headings = section.select("h3.timeline-year")
    assert [(h.get_text(), h["id"]) for h in headings] == [
        ("2021", "timeline-2021"), ("2022", "timeline-2022"), ("2023", "timeline-2023"),
        ("2024", "timeline-2024")]
    for heading in headings:  # each year's events follow it, titled a level below
        titles = [h.get_text() for h in heading.find_next_sibling("ol").select("h4")]
        assert titles == [f"Talks of {heading.get_text()}-{month:02d}-10"
                          for month in (1, 3, 6, 9)]
    assert section.select("h3.event-title") == []
    links_lead_to_places(page)


def test_a_short_timeline_or_one_of_a_single_year_stays_one_list(make_site) -> None:
    for dates in (LONG[:12], [f"2024-{month:02d}-{day:02d}" for month in range(1, 13)
                              for day in (5, 20)]):
        page, _ = build(make_site, timeline(dates))
        section = page.select_one("section.timeline")
        assert section.select(".timeline-years, .timeline-year, h4") == []
        assert len(section.select("ol.timeline-events > li > h3.event-title")) == len(dates)


def test_the_seed_s_timelines_stay_one_list(seed_site: Path) -> None:
    for path in (seed_site.glob("*.html")):
        for section in soup(path).select("section.timeline"):
            assert section.select(".timeline-years, .timeline-year, h4") == []
            assert section.select("h3.event-title")


def test_years_before_the_common_era_are_written_as_the_page_s_language_does(
        make_site) -> None:
    dates = [f"-{year:04d}" for year in range(510, 500, -1)] + ["-0044-03-15", "0014", "0476"]
    page, _ = build(make_site, timeline(dates), "fr")
    assert page.select_one(".timeline-years").get_text(" ", strip=True).startswith(
        "Aller à\u00a0: 510 av. J.-C. 509 av. J.-C.")
    headings = page.select("h3.timeline-year")
    assert [(h.get_text(), h["id"]) for h in headings[-3:]] == [
        ("44 av. J.-C.", "timeline-44-bc"), ("14", "timeline-14"), ("476", "timeline-476")]
    links_lead_to_places(page)


# A life of 95 years in 16 events over 15 years: a heading a year would be one an event.
LIFE = ["1931-03-02", "1949", "1952-06", "1956", "1961-01-20", "1963", "1968-05", "1974-04-25",
        "1974-11", "1979", "1988", "1991-08-19", "1999", "2004-02", "2013", "2026-01-09"]


def test_a_timeline_of_many_years_has_a_heading_per_decade(make_site) -> None:
    page, public = build(make_site, timeline(LIFE))
    section = page.select_one("section.timeline")
    headings = section.select("h3.timeline-year")
    assert [(h.get_text(), h["id"]) for h in headings] == [
        (f"{decade}\u2009–\u2009{decade + 9}", f"timeline-{decade}s")
        for decade in range(1930, 2020, 10)] + [("2020\u2009–\u20092026", "timeline-2020s")]
    # Each decade's events follow its heading, in date order; none is left out.
    titles = [h.get_text() for heading in headings
              for h in heading.find_next_sibling("ol").select("h4")]
    assert titles == [f"Talks of {date}" for date in LIFE]
    row = section.select_one("nav.timeline-years").get_text(" ", strip=True)
    assert row.startswith("Jump to: 1930\u2009–\u20091939 1940\u2009–\u20091949")
    links_lead_to_places(page)
    piece = soup(public / "embed" / "talks.timeline.html")
    assert [a["href"] for a in piece.select(".timeline-years a")] == [
        f"#{heading['id']}" for heading in headings]


def test_decades_are_written_as_the_page_s_language_joins_years(make_site) -> None:
    page, _ = build(make_site, timeline(LIFE), "ja")
    assert page.select_one("h3.timeline-year").get_text() == "1930年～1939年"
    # A Persian page's decades are the Solar Hijri calendar's: 1930 is in its 1300s.
    page, _ = build(make_site, timeline(LIFE), "fa")
    assert page.select_one("h3.timeline-year").get_text() == "۱۳۰۰ تا ۱۳۰۹"


def test_many_years_in_fewer_than_three_decades_keep_a_heading_a_year(make_site) -> None:
    dates = [f"{year}-0{month}-01" for year in range(2010, 2024) for month in (3, 9)]
    page, _ = build(make_site, timeline(dates))
    headings = page.select("h3.timeline-year")
    assert [h.get_text() for h in headings] == [str(year) for year in range(2010, 2024)]


def test_a_right_to_left_page_writes_its_years_in_its_own_digits(make_site) -> None:
    page, _ = build(make_site, timeline(LONG), "fa")
    assert page.html["dir"] == "rtl"
    row = page.select_one(".timeline-years").get_text(" ", strip=True)
    # The Solar Hijri calendar's years, which begin in March: 10 January 2021 is in 1399.
    assert row == "رفتن به: ۱۳۹۹ ۱۴۰۰ ۱۴۰۱ ۱۴۰۲ ۱۴۰۳"
    links_lead_to_places(page)


def test_a_year_s_id_taken_by_an_earlier_section_is_not_given_twice(make_site) -> None:
    prose = "--- prose\nheading: Timeline 2022\n---\nWhat 2022 brought.\n\n"
    after = "\n--- prose\nheading: Timeline 2023\n---\nAnd then.\n"
    page, _ = build(make_site, prose + timeline(LONG) + after)
    assert page.select_one("section#timeline-2022 h2").get_text() == "Timeline 2022"
    assert page.select_one("h3#timeline-2022-2").get_text() == "2022"
    assert page.select_one("h3#timeline-2023").get_text() == "2023"
    assert page.select_one("section#timeline-2023-2 h2").get_text() == "Timeline 2023"
    links_lead_to_places(page)


def test_an_author_s_link_to_a_year_is_a_place_the_page_has(make_site, capsys) -> None:
    prose = "\n--- prose\nheading: More\n---\nSee [2023](#timeline-2023), [x](#timeline-1999).\n"
    build(make_site, timeline(LONG) + prose)
    err = capsys.readouterr().err
    assert "this page has no place '#timeline-1999'" in err
    assert "no place '#timeline-2023'" not in err


def test_the_piece_links_to_its_own_years_and_its_frame_is_tall_enough(make_site) -> None:
    page, public = build(make_site, timeline(LONG))
    piece = soup(public / "embed" / "talks.timeline.html")
    links = piece.select(".timeline-years a")
    assert [a["href"] for a in links] == [f"#timeline-{year}" for year in range(2021, 2025)]
    assert {a["target"] for a in links} == {"_self"}  # not the page around the frame
    assert all(piece.select_one(a["href"]) is not None for a in links)
    by_year = frame_height(public)
    _, public = build(make_site, timeline([f"2024-{month:02d}-{day:02d}"
                                           for month in range(1, 9) for day in (5, 20)]))
    # As many events, in one year: the four headings and the row of links add more than 60
    # pixels each (as Chromium draws them) to the frame's height.
    assert by_year - frame_height(public) >= 4 * 60 + 30


def test_a_theme_s_links_to_the_years_stay_in_the_piece_however_written(make_site) -> None:
    root = make_site({"content/talks.md": FRONT + timeline(LONG), "site.yml": "title: News\n"})
    template = root / "templates" / "sections" / "timeline.html"
    written = '<a href="#{{ year.anchor }}" target="_self">'
    assert written in template.read_text(encoding="utf-8")
    template.write_text(template.read_text(encoding="utf-8").replace(
        written, '<a target="_self" href="#{{ year.anchor }}">'), encoding="utf-8")
    assert main(["build", "--root", str(root)]) == 0
    piece = soup(root / "public" / "embed" / "talks.timeline.html")
    links = piece.select(".timeline-years a")
    assert [a["href"] for a in links] == [f"#timeline-{year}" for year in range(2021, 2025)]


def frame_height(public: Path) -> int:
    """Return the height the explainer's page gives its timeline piece's frame."""
    code = soup(public / "talks.html").select_one(".reuse textarea, .reuse code").get_text()
    return int(re.search(r'talks\.timeline\.html".*?height="(\d+)"', code)[1])


def test_the_data_files_hold_each_event_once(make_site) -> None:
    _, public = build(make_site, timeline(LONG))
    data = json.loads((public / "data" / "talks.json").read_text(encoding="utf-8"))
    section = next(s for s in data["sections"] if s["kind"] == "timeline")
    assert "years" not in section
    assert len(section["events"]) == len(LONG)


def test_every_strings_table_says_jump_to_in_its_own_words() -> None:
    english = yaml.safe_load((I18N / "en.yml").read_text(encoding="utf-8"))["jump_to"]
    for path in sorted(I18N.glob("*.yml")):
        text = yaml.safe_load(path.read_text(encoding="utf-8")).get("jump_to")
        assert isinstance(text, str) and text.strip(), path.name
        assert path.stem == "en" or text != english, path.name
