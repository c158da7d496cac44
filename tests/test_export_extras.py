"""What the data files say beyond the sections: the lead image, the changes, a timeline's own
source, and each explainer's language in the index."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .helpers import SEED, run_cli, soup
from .media import BASE, SLUG, build_media, jpeg, media_project
from .test_exports import build, read_csv, read_json, validate
from .test_incremental import explainer

TIMELINE = """
--- timeline
source:
  title: The Artemis Accords, signatories
  url: https://www.nasa.gov/artemis-accords/
events:
  - date: 2020-10-13
    title: Eight countries sign the accords
  - date: 2021-05-24
    title: South Korea signs
    source: https://example.org/korea
---
"""


@pytest.fixture(scope="module")
def media_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the media fixture (a lead picture, three changes) with a base URL."""
    site, _ = build_media(tmp_path_factory.mktemp("exports-media"))
    return site


def test_the_json_gives_the_lead_image_where_the_build_put_it(media_site: Path) -> None:
    data = read_json(media_site / f"data/{SLUG}.json")
    assert validate(data, "explainer.schema.json") == []
    image = data["image"]
    assert (image["file"], image["alt"], image["credit"]) == (
        "river-barrier/gates.jpg",
        "The barrier\u2019s gate piers standing in a row across the river at dusk",
        "Illustration: Explainer desk")
    assert image["caption_html"] == "The piers hold the machinery that turns each gate."
    assert image["url"].startswith(BASE)
    served = media_site / image["url"].removeprefix(BASE)
    assert served.is_file() and (image["width"], image["height"]) > (0, 0)


def test_the_json_gives_each_picture_of_the_story_where_the_build_put_it(
        media_site: Path) -> None:
    sections = read_json(media_site / f"data/{SLUG}.json")["sections"]
    pictures = [section["picture"] for section in sections if section["kind"] == "image"]
    assert pictures
    for picture in pictures:
        assert picture["url"].startswith(BASE)
        assert (media_site / picture["url"].removeprefix(BASE)).is_file()
        assert (picture["width"], picture["height"]) > (0, 0)


def test_the_json_tells_the_updates_and_corrections(media_site: Path) -> None:
    changes = read_json(media_site / f"data/{SLUG}.json")["changes"]
    assert [(c["date"], c["correction"]) for c in changes] == [
        ("2026-11-20", False), ("2026-10-12", True), ("2026-10-07", False)]
    assert changes[0]["text"] == "Adds the chart of closures by year."
    assert changes[1]["text_html"].startswith("An earlier version said the gates rise")
    assert changes[0]["source"] is None


def test_timelinejs_shows_the_lead_image_on_its_title_slide(media_site: Path) -> None:
    image = read_json(media_site / f"data/{SLUG}.json")["image"]
    title = read_json(media_site / f"data/{SLUG}.timelinejs.json")["title"]
    assert title["media"] == {"url": image["url"], "caption": image["caption_html"],
                              "credit": "Illustration: Explainer desk", "alt": image["alt"]}


def test_without_a_base_url_timelinejs_gets_no_picture_it_could_not_find(tmp_path: Path
                                                                         ) -> None:
    # TimelineJS reads the address from the page that shows it, not from the file: the
    # address relative to the file that the JSON gives would load nothing there.
    root = media_project(tmp_path / "site")
    assert run_cli("build", "--root", root).returncode == 0
    out = root / "public"
    assert read_json(out / f"data/{SLUG}.json")["image"]["url"].startswith("../media/")
    title = read_json(out / f"data/{SLUG}.timelinejs.json")["title"]
    assert "media" not in title
    assert title["text"]["headline"] == "How a river barrier keeps a city dry"


def test_without_a_lead_image_or_changes_the_json_says_so(make_site: Callable[..., Path]
                                                         ) -> None:
    out = build(make_site({"content/a.md": explainer("Alpha", extra=TIMELINE)}))
    data = read_json(out / "data/a.json")
    assert (data["image"], data["changes"]) == (None, [])
    assert validate(data, "explainer.schema.json") == []
    assert "media" not in read_json(out / "data/a.timelinejs.json")["title"]


def test_a_timeline_s_source_stands_for_its_events_without_one(make_site: Callable[..., Path]
                                                              ) -> None:
    out = build(make_site({"content/a.md": explainer("Alpha", extra=TIMELINE)}))
    _, rows = read_csv(out / "data/a.timeline.csv")
    assert [(row["title"], row["source_title"], row["source_url"]) for row in rows] == [
        ("Eight countries sign the accords", "The Artemis Accords, signatories",
         "https://www.nasa.gov/artemis-accords/"),
        # Its own source, a bare address: no title was given.
        ("South Korea signs", "", "https://example.org/korea")]
    events = read_json(out / "data/a.timelinejs.json")["events"]
    assert [event["text"]["text"] for event in events] == [
        '<p>Source: <a href="https://www.nasa.gov/artemis-accords/">The Artemis Accords, '
        "signatories</a></p>",
        '<p>Source: <a href="https://example.org/korea">example.org/korea</a></p>']


def test_an_event_dated_in_words_shows_them_everywhere_its_date_goes(
        make_site: Callable[..., Path]) -> None:
    worded = TIMELINE.replace("    title: South Korea signs\n",
                              "    display_date: late May 2021\n    title: South Korea signs\n")
    out = build(make_site({"content/a.md": explainer("Alpha", extra=worded)}))
    page = soup(out / "a.html")
    assert [(time["datetime"], time.get_text()) for time in page.select(".event-date time")] == [
        ("2020-10-13", "13 October 2020"), ("2021-05-24", "late May 2021")]
    _, rows = read_csv(out / "data/a.timeline.csv")
    assert [(row["date"], row["display_date"]) for row in rows] == [
        ("2020-10-13", "13 October 2020"), ("2021-05-24", "late May 2021")]
    events = read_json(out / "data/a.timelinejs.json")["events"]
    assert events[1]["start_date"] == {"year": 2021, "month": 5, "day": 24,
                                       "display_date": "late May 2021"}
    data = read_json(out / "data/a.json")
    assert validate(data, "explainer.schema.json") == []


# Short fields written as YAML blocks that keep their line breaks: '|-', '|', and '>' before
# an indented line.
BLOCKS = """
--- timeline
events:
  - date: 2024-05-01
    display_date: |-
      early
      May 2024
    title: |
      Officers
      land
    source:
      title: >
        A report
          on it
      url: https://example.org/report
---
"""


def test_a_short_field_written_over_lines_is_one_line_everywhere(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": explainer("Alpha", extra=BLOCKS)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    assert "content/a.md:20:19: warning: section 'timeline': a line break in 'display_date', " \
        "'title' is read as a space, as the page shows it: 'early May 2024', 'Officers land', " \
        "'A report on it' on lines 20, 23, 27 (3 entries)" in result.stderr
    assert "write it on one line after the key" in result.stderr
    out = root / "public"
    _, [row] = read_csv(out / "data/a.timeline.csv")
    assert (row["display_date"], row["title"], row["source_title"]) == (
        "early May 2024", "Officers land", "A report on it")
    [event] = read_json(out / "data/a.timelinejs.json")["events"]
    assert (event["start_date"]["display_date"], event["text"]["headline"]) == (
        "early May 2024", "Officers land")
    [shown] = read_json(out / "data/a.json")["sections"][2]["events"]
    assert (shown["display_date"], shown["title"]) == ("early May 2024", "Officers land")
    assert soup(out / "a.html").select_one(".event-date time").get_text() == "early May 2024"


@pytest.mark.parametrize(("language", "shown"), [
    ("es", ["enero de 2026 (previsto)", "2026 (aprox., previsto)"]),
    ("pl", ["styczeń 2026 (przewidywane)", "2026 (data przybliżona, przewidywane)"]),
    ("ru", ["январь 2026\u202fг. (ожидается)", "2026 (приблизительно, ожидается)"]),
    ("uk", ["січень 2026\u202fр. (очікується)", "2026 (приблизно, очікується)"]),
    ("en", ["January 2026 (expected)", "About 2026 (expected)"])])
def test_an_expected_date_about_so_takes_one_pair_of_brackets(
        make_site: Callable[..., Path], language: str, shown: list[str]) -> None:
    expected = ("\n--- timeline\nevents:\n"
                "  - {date: 2026, approximate: true, status: expected, title: Vote}\n"
                "  - {date: 2026-01, status: expected, title: Count}\n---\n")
    out = build(make_site({"site.yml": f"language: {language}\n",
                           "content/a.md": explainer("Alpha", "2025-05-01", expected)}))
    events = read_json(out / "data/a.timelinejs.json")["events"]
    assert [event["start_date"]["display_date"] for event in events] == shown


def test_the_index_gives_each_explainer_s_language_and_translations(seed_site: Path) -> None:
    index = read_json(seed_site / "data/index.json")
    assert validate(index, "index.schema.json") == []
    found = {entry["slug"]: (entry["language"], entry["translation_key"])
             for entry in index["explainers"]}
    assert found == {SEED: ("en", SEED), "kenya-mission-police-haiti": ("fr", SEED),
                     "kenya-yaongoza-ujumbe-wa-polisi-haiti": ("sw", SEED)}
    data = read_json(seed_site / "fr/data/kenya-mission-police-haiti.json")
    assert (data["language"], data["translation_key"]) == ("fr", SEED)


def test_the_data_files_name_the_author_the_page_names(make_site: Callable[..., Path]) -> None:
    out = build(make_site({"site.yml": "author: Explainer desk\n",
                           "content/a.md": explainer("Alpha", extra=TIMELINE)}))
    assert read_json(out / "data/a.json")["byline"] == ["Explainer desk"]
    assert read_json(out / "data/index.json")["explainers"][0]["byline"] == ["Explainer desk"]
    assert "Explainer desk" in soup(out / "a.html").select_one(".byline").get_text()


LINKED = """
--- prose
heading: Where to look
---
See [Beta](b.html#beta-says), [the timeline](#timeline) and ![A map](images/map.jpg).

--- timeline
events:
  - date: 2024-05-01
    title: It began
    text: As [Beta says](b.html) and [below](#where-to-look).
---
"""
FRENCH = """
--- takeaways
takeaways:
  - Voir [Alpha](../a.html#timeline).
---
"""


def data_links(path: Path) -> list[str]:
    """Return every address in the HTML fields of a data file, and of a TimelineJS slide."""
    found: list[str] = []

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif isinstance(value, str) and (key.endswith("html") or key == "text"):
            page = BeautifulSoup(value, "html.parser")
            found.extend(tag.get("href") or tag.get("src") for tag in page.select("[href], [src]"))

    walk(read_json(path))
    return found


def test_the_author_s_links_in_the_data_files_lead_where_they_do_on_the_page(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": explainer("Alpha", extra=LINKED),
                      "content/b.md": explainer("Beta", extra="\n--- prose\nheading: Beta "
                                                "says\n---\nIt says so.\n"),
                      "content/c.md": explainer("Gamma", extra=FRENCH).replace(
                          "published:", "language: fr\npublished:"),
                      "static/images/map.jpg": jpeg(40, 30)})
    out = build(root)
    # Written from the page, a.html; read from data/a.json, a folder down, as a page's are.
    assert data_links(out / "data/a.json") == [
        "../b.html#beta-says", "../a.html#timeline", "../images/map.jpg", "../b.html",
        "../a.html#where-to-look"]
    assert data_links(out / "data/a.timelinejs.json") == ["../b.html", "../a.html#where-to-look"]
    assert data_links(out / "fr/data/c.json") == ["../../a.html#timeline"]
    for name in ("data/a.json", "data/a.timelinejs.json", "fr/data/c.json"):
        for link in data_links(out / name):
            path, _, place = link.partition("#")
            target = out / posixpath.normpath(posixpath.join(posixpath.dirname(name), path))
            assert target.is_file(), (name, link)
            assert not place or soup(target).find(id=place), (name, link)
    # With a base URL, a file fetched from anywhere gives full addresses.
    out = build(root, "--base-url", "https://example.org/news/")
    assert data_links(out / "fr/data/c.json") == ["https://example.org/news/a.html#timeline"]
    assert data_links(out / "data/a.timelinejs.json") == [
        "https://example.org/news/b.html", "https://example.org/news/a.html#where-to-look"]


@pytest.mark.parametrize(("language", "shown"), [
    ("th", "5 ธันวาคม 2567"), ("fa", "۱۵ آذر ۱۴۰۳"), ("bn", "৫ ডিসেম্বর, ২০২৪"), ("hi", None),
    ("sw", "5 Desemba 2024"), ("zh-TW", None)])
def test_timelinejs_is_given_the_days_a_page_dates_as_timelinejs_does_not(
        make_site: Callable[..., Path], language: str, shown: str | None) -> None:
    # TimelineJS writes a day's Gregorian year in Latin digits, and in English where it has no
    # words of the language: where the page writes it in another era, calendar, digits or
    # language, the slide says the page's words; a Hindi or Taiwanese page's are TimelineJS's.
    text = explainer("T", extra="\n--- timeline\nevents:\n  - {date: 2024-12-05, title: E}\n---\n")
    out = build(make_site({"site.yml": f"language: {language}\n", "content/a.md": text}))
    start = read_json(out / "data/a.timelinejs.json")["events"][0]["start_date"]
    assert start.get("display_date") == shown
    assert (start["year"], start["month"], start["day"]) == (2024, 12, 5)
