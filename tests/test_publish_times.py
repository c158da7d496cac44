"""A time of day given with 'published', 'updated' or a change's date: the page, its
structured data, the feed, the sitemap and the data files keep it, in the site's time zone."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from .helpers import run_cli, soup
from .manual import DOCS, code_blocks, read, section

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "title: Newsroom\nbase_url: https://example.org/\ntimezone: Africa/Nairobi\n"


def story(title: str, dates: str) -> str:
    """Return an explainer with the given date lines in its front matter."""
    return (f"---\ntitle: {title}\ndek: What happened, and why it matters.\n{dates}\n---\n\n"
            "--- summary\n---\nSomething happened in the capital today.\n")


def build(make_site: Callable[..., Path], files: dict[str, str]) -> Path:
    """Build a project of the files; return its output folder."""
    root = make_site({"site.yml": SITE, **files})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public"


def page_data(public: Path, name: str) -> dict[str, object]:
    """Return the JSON-LD of an explainer's page."""
    script = soup(public / name).find("script", type="application/ld+json")
    assert script is not None
    return json.loads(script.get_text())  # type: ignore[no-any-return]


def entries(public: Path) -> dict[str, tuple[str, str]]:
    """Return each feed entry's published and updated timestamps, by title."""
    feed = ET.parse(public / "feed.xml").getroot()
    return {entry.findtext(f"{ATOM}title") or "": (entry.findtext(f"{ATOM}published") or "",
                                                   entry.findtext(f"{ATOM}updated") or "")
            for entry in feed.iter(f"{ATOM}entry")}


def test_times_reach_the_page_its_data_and_the_feed(make_site: Callable[..., Path]) -> None:
    public = build(make_site, {"content/morning.md": story(
        "Morning", "published: 2024-06-26 09:15\nupdated: 2024-06-26T14:32:00+01:00")})
    page = soup(public / "morning.html")
    byline = page.select_one(".byline")
    assert byline is not None
    assert [(t["datetime"], t.get_text()) for t in byline.find_all("time")] == [
        ("2024-06-26T09:15:00+03:00", "26 June 2024, 9:15\u202fam GMT+3"),
        # 14:32 at UTC+1 is 16:32 in Nairobi, where the site gives its times.
        ("2024-06-26T16:32:00+03:00", "26 June 2024, 4:32\u202fpm GMT+3")]
    data = page_data(public, "morning.html")
    assert data["datePublished"] == "2024-06-26T09:15:00+03:00"
    assert data["dateModified"] == "2024-06-26T16:32:00+03:00"
    assert entries(public)["Morning"] == ("2024-06-26T09:15:00+03:00",
                                          "2024-06-26T16:32:00+03:00")
    index = json.loads((public / "data" / "index.json").read_text())
    (listed,) = index["explainers"]
    assert (listed["published"], listed["updated"]) == ("2024-06-26T09:15:00+03:00",
                                                        "2024-06-26T16:32:00+03:00")
    sitemap = (public / "sitemap.xml").read_text()
    assert "<lastmod>2024-06-26T16:32:00+03:00</lastmod>" in sitemap


def test_a_change_keeps_its_time_in_the_page_and_the_export(
        make_site: Callable[..., Path]) -> None:
    public = build(make_site, {"content/vote.md": story(
        "Vote", "published: 2024-06-26 08:00\nchanges:\n  - date: 2024-06-26 18:05\n"
        "    text: The count is final.\n    correction: true")})
    page = soup(public / "vote.html")
    stamps = {t["datetime"]: t.get_text() for t in page.find_all("time")}
    assert stamps["2024-06-26T18:05:00+03:00"] == "26 June 2024, 6:05\u202fpm GMT+3"
    export = json.loads((public / "data" / "vote.json").read_text())
    assert [change["date"] for change in export["changes"]] == ["2024-06-26T18:05:00+03:00"]
    assert export["updated"] == "2024-06-26T18:05:00+03:00"
    (correction,) = page_data(public, "vote.html")["correction"]
    assert correction["datePublished"] == "2024-06-26T18:05:00+03:00"
    # The feed says when it was made as the page does: the day's changes keep their hours.
    content = ET.parse(public / "feed.xml").getroot().find(f"{ATOM}entry/{ATOM}content")
    assert [p.text for p in content.iter("{http://www.w3.org/1999/xhtml}p")][1] \
        == "26 June 2024, 6:05\u202fpm GMT+3\u00a0· Correction"


def test_a_date_without_a_time_is_written_as_before(make_site: Callable[..., Path]) -> None:
    public = build(make_site, {"content/day.md": story("Day", "published: 2024-06-26")})
    page = soup(public / "day.html")
    assert any(t["datetime"] == "2024-06-26" and t.get_text() == "26 June 2024"
               for t in page.find_all("time"))
    assert page_data(public, "day.html")["datePublished"] == "2024-06-26"
    # The feed gives the moment the day begins where the site publishes by its day: in
    # Nairobi, not at midnight UTC (which falls on the day before west of Greenwich).
    assert entries(public)["Day"] == ("2024-06-26T00:00:00+03:00", "2024-06-26T00:00:00+03:00")
    assert (public / "feed.xml").read_text().count("<updated>2024-06-26T00:00:00+03:00<") == 2
    assert json.loads((public / "data" / "day.json").read_text())["published"] == "2024-06-26"


def test_one_day_lists_its_explainers_by_their_times(make_site: Callable[..., Path]) -> None:
    public = build(make_site, {
        "content/dawn.md": story("Dawn", "published: 2024-06-26 06:00"),
        "content/noon.md": story("Noon", "published: 2024-06-26T12:00+03:00"),
        "content/plain.md": story("Plain", "published: 2024-06-26"),
        "content/late.md": story("Late", "published: 2024-06-26T10:30Z")})  # 13:30 there
    titles = [a.get_text(strip=True) for a in soup(public / "index.html").select("h2 a")]
    assert titles == ["Late", "Noon", "Dawn", "Plain"]


def test_a_list_gives_the_day_the_byline_gives(make_site: Callable[..., Path]) -> None:
    # 23:30 in New York is 06:30 the next morning in Nairobi, the site's zone.
    public = build(make_site, {"content/night.md": story("Night",
                                                         "published: 2024-06-26T23:30-04:00")})
    listed = soup(public / "index.html").select_one(".meta time").get_text()
    byline = soup(public / "night.html").select_one(".byline time").get_text()
    assert listed == "27 June 2024"
    assert byline.startswith(f"{listed}, ")


def test_a_list_says_updated_for_a_later_day_in_the_site_s_zone(
        make_site: Callable[..., Path]) -> None:
    public = build(make_site, {
        # 16:32 in Nairobi, the site's zone: later the same day, which the list gives already.
        "content/morning.md": story("Morning", "published: 2024-06-26 09:15\n"
                                    "updated: 2024-06-26T14:32:00+01:00"),
        # 06:30 on the 27th in Nairobi, updated at 08:00 there: the same day again.
        "content/night.md": story("Night", "published: 2024-06-26T23:30-04:00\n"
                                  "updated: 2024-06-27 08:00"),
        # 16:00 on the 26th in Nairobi, updated at 01:00 on the 27th there: a later day.
        "content/auckland.md": story("Auckland", "published: 2024-06-27T01:00+12:00\n"
                                     "updated: 2024-06-26T22:00Z")})
    items = {item.h2.get_text(strip=True): item.select_one(".meta").get_text(" ", strip=True)
             for item in soup(public / "index.html").select(".explainer-list article")}
    assert items == {"Morning": "26 June 2024", "Night": "27 June 2024",
                     "Auckland": "26 June 2024 · Updated 27 June 2024"}


@pytest.mark.parametrize(("dates", "day", "shown"), [
    # 23:30 in New York is the 27th in Nairobi, the site's zone: it waits for the 27th, the day
    # its page gives.
    ("published: 2024-06-26T23:30-04:00", "2024-06-26", []),
    ("published: 2024-06-26T23:30-04:00", "2024-06-27", ["Night"]),
    # Midnight in Auckland on the 27th is still the 26th in Nairobi (15:00): out on the 26th.
    ("published: 2024-06-27T00:00+12:00", "2024-06-26", ["Night"]),
    # 01:00 in Nairobi is the 26th there, though the day before in UTC.
    ("published: 2024-06-26T01:00", "2024-06-26", ["Night"]),
])
def test_an_explainer_waits_for_the_day_its_page_gives(
        make_site: Callable[..., Path], dates: str, day: str, shown: list[str]) -> None:
    root = make_site({"site.yml": SITE, "content/night.md": story("Night", dates)})
    epoch = str(int(datetime.fromisoformat(f"{day}T12:00+00:00").timestamp()))
    result = run_cli("build", "--root", root, "--output", root / "public",
                     env={"SOURCE_DATE_EPOCH": epoch})
    assert result.returncode == 0, result.stderr
    listed = [a.get_text() for a in soup(root / "public" / "index.html").select("h2 a")]
    assert listed == shown
    assert (root / "public" / "night.html").exists() == bool(shown)


def build_at(root: Path, moment: str) -> list[str]:
    """Build a project as at a moment, with the build cache of the builds before; return the
    titles the front page lists."""
    epoch = str(int(datetime.fromisoformat(moment).timestamp()))
    result = run_cli("build", "--root", root, "--output", root / "public",
                     env={"SOURCE_DATE_EPOCH": epoch})
    assert result.returncode == 0, result.stderr
    return [a.get_text() for a in soup(root / "public" / "index.html").select("h2 a")]


def test_an_explainer_waits_for_its_time_of_publication(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": SITE, "content/plain.md": story("Plain", "published: 2024-06-25"),
                      "content/noon.md": story("Embargoed", "published: 2024-06-26 16:00")})
    assert build_at(root, "2024-06-26T15:59+03:00") == ["Plain"]
    assert not (root / "public" / "noon.html").exists()
    # Nothing has changed but the time: the last build no longer stands.
    assert build_at(root, "2024-06-26T16:00+03:00") == ["Embargoed", "Plain"]
    assert build_at(root, "2024-06-26T16:05+03:00") == ["Embargoed", "Plain"]
    # A build repeated as at an earlier moment is that moment's site, as SOURCE_DATE_EPOCH says.
    assert build_at(root, "2024-06-26T15:59+03:00") == ["Plain"]
    assert build_at(root, "2024-06-24T18:00+03:00") == []


def test_the_day_begins_in_the_site_s_time_zone(make_site: Callable[..., Path]) -> None:
    site = SITE.replace("Africa/Nairobi", "America/Los_Angeles")
    root = make_site({"site.yml": site, "content/plain.md": story("Plain", "published: 2026-12-10"),
                      "content/next.md": story("Scheduled", "published: 2026-12-16")})
    # The 16th in UTC, but 5 pm on the 15th in Los Angeles, then a minute past midnight there.
    assert build_at(root, "2026-12-16T01:00Z") == ["Plain"]
    assert build_at(root, "2026-12-15T23:59-08:00") == ["Plain"]
    assert build_at(root, "2026-12-16T00:01-08:00") == ["Scheduled", "Plain"]


def test_an_update_a_minute_before_publication_is_an_error(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": SITE, "content/early.md": story(
        "Early", "published: 2024-06-26 09:15\nupdated: 2024-06-26 09:14")})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert "content/early.md:5:10: error: front matter: 'updated' (2024-06-26 09:14) is " \
           "before 'published' (2024-06-26 09:15)" in result.stderr


def test_a_time_that_is_none_is_an_error(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": SITE, "content/odd.md": story(
        "Odd", "published: 2024-06-26 25:00")})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert "content/odd.md:4:12: error: front matter: 'published' gives '25:00' after its " \
           "day, which is no time of day" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_time_zone_names_the_one_meant(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": SITE.replace("Africa/Nairobi", "Africa/Nairobbi"),
                      "content/day.md": story("Day", "published: 2024-06-26")})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert "site.yml:3:11: error: site config: 'timezone' must be an IANA time zone name" \
        in result.stderr
    assert "hint: did you mean 'Africa/Nairobi'?" in result.stderr


def test_the_schemas_take_a_time_with_its_offset(make_site: Callable[..., Path]) -> None:
    from jsonschema import Draft202012Validator

    public = build(make_site, {"content/vote.md": story(
        "Vote", "published: 2024-06-26 08:00\nchanges:\n  - date: 2024-06-26 18:05\n"
        "    text: The count is final.")})
    docs = Path(__file__).parent.parent / "docs"
    for data, schema in ((public / "data" / "vote.json", "explainer.schema.json"),
                         (public / "data" / "index.json", "index.schema.json")):
        checker = Draft202012Validator(json.loads((docs / schema).read_text()))
        assert not list(checker.iter_errors(json.loads(data.read_text()))), schema


@pytest.mark.parametrize(("updated", "change", "warned"), [
    ("2024-06-26T18:05:00+03:00", "2024-06-26 18:05", False),  # one moment, in Nairobi
    ("2024-06-26T18:05:00+03:00", "2024-06-26T15:05Z", False),
    ("2024-06-26 18:05", "2024-06-26 19:05", True),
    ("2024-06-26T18:05:00+03:00", "2024-06-28 18:05", True),
    ("2024-06-26T18:05:00+03:00", "2024-06-26T18:05Z", True)])
def test_updated_agrees_with_a_change_of_its_moment_written_otherwise(
        make_site: Callable[..., Path], updated: str, change: str, warned: bool) -> None:
    root = make_site({"site.yml": SITE, "content/vote.md": story(
        "Vote", f"published: 2024-06-26 08:00\nupdated: {updated}\nchanges:\n"
        f"  - date: {change}\n    text: The count is final.")})
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    assert ("is not the date of the newest change" in result.stderr) is warned, result.stderr


@pytest.mark.parametrize(("updated", "listed"), [
    ("2024-06-26 18:05", ["26 June 2024"]),  # the day it was published: said once
    ("2024-06-26T23:30-04:00", ["26 June 2024", "Updated 27 June 2024"]),  # 06:30 in Nairobi
    ("2024-06-27 07:00", ["26 June 2024", "Updated 27 June 2024"])])
def test_a_list_says_updated_only_on_a_later_day(
        make_site: Callable[..., Path], updated: str, listed: list[str]) -> None:
    public = build(make_site, {"content/vote.md": story(
        "Vote", f"published: 2024-06-26 08:00\nupdated: {updated}")})
    meta = soup(public / "index.html").select_one(".meta").get_text(" ", strip=True)
    assert [part.strip() for part in meta.split("·")][-len(listed):] == listed, meta


def test_the_writing_page_s_times_read_on_the_page_as_it_says(
        make_site: Callable[..., Path]) -> None:
    times = section(read(DOCS / "writing.md"), "Times of day")
    [dates] = code_blocks(times, "yaml")
    zone = re.search(r"`timezone: ([\w/]+)`, \"([^\"]+)\"", times.replace("\n", " "))
    assert zone and zone[1] in SITE
    moment = re.search(r"data files give the date and time with its offset from UTC \(`([^`]+)`",
                       times.replace("\n", " "))
    assert moment
    byline = soup(build(make_site, {"content/morning.md": story("Morning", dates)})
                  / "morning.html").select_one(".byline")
    assert byline is not None
    shown = [(t["datetime"], t.get_text().replace("\u202f", " ")) for t in byline("time")]
    assert (moment[1], zone[2]) in shown
