"""A search result's date: the build writes it into the index as the explainer's page and the
lists write it, beside its ISO date (see docs/search.md)."""

from __future__ import annotations

from pathlib import Path

from .helpers import run_cli, soup
from .searchindex import call

# Explainers in three languages, dated as precisely as each is known, with the date each
# language's lists write: Amharic's is CLDR's as the build has it, where browsers have written
# "20 ኖቬምበር 2026"; Persian's is in its own digits and in the Solar Hijri calendar.
DATED = {"en-day": ("en", "2024-06-26", "26 June 2024"), "en-month": ("en", "2024-06", "June 2024"),
         "en-year": ("en", "2023", "2023"), "am": ("am", "2026-11-20", "ኖቬምበር 20 2026"),
         "fa": ("fa", "2026-11-20", "۲۹ آبان ۱۴۰۵")}


def test_a_result_s_date_is_written_as_the_lists_write_it(make_site, tmp_path: Path) -> None:
    story = ("---\ntitle: Talks\ndek: D\npublished: {}\nlanguage: {}\n---\n\n"
             "--- summary\n---\nTalks.\n")
    root = make_site({f"content/{slug}.md": story.format(date, language)
                      for slug, (language, date, _) in DATED.items()})
    out = tmp_path / "out"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    shown = {}
    for folder in ("", "am/", "fa/"):
        listed = {item.a["href"]: item.time for item in soup(out / folder / "index.html")
                  .select(".explainer-list li")}
        _, (_, documents) = call((out / folder / "search/docs/0.js").read_bytes())
        for _, _, url, published, written in documents:
            assert (published, written) == (listed[url]["datetime"], listed[url].get_text())
            page = soup(out / folder / url).select_one(f"time[datetime='{published}']")
            assert page.get_text() == written, url
            shown[url.removesuffix(".html")] = (published, written)
    assert shown == {slug: (date, written) for slug, (_, date, written) in DATED.items()}


def test_a_result_is_dated_by_the_day_its_time_falls_on_in_the_site_s_zone(
        make_site, tmp_path: Path) -> None:
    # 23:30 in UTC is 02:30 the next morning in Riyadh, where the lists date it.
    story = ("---\ntitle: Talks\ndek: D\npublished: 2025-03-14T23:30:00Z\nlanguage: {}\n---\n\n"
             "--- summary\n---\nTalks.\n")
    root = make_site({"site.yml": "language: en\ntimezone: Asia/Riyadh\n",
                      "content/talks.md": story.format("en"),
                      "content/mahadithat.md": story.format("ar")})
    out = tmp_path / "out"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    for folder, written in (("", "15 March 2025"), ("ar/", "15 مارس 2025")):
        listed = soup(out / folder / "index.html").select_one(".explainer-list li time")
        assert (listed["datetime"], listed.get_text()) == ("2025-03-15T02:30:00+03:00", written)
        _, (_, [(_, _, _, published, shown)]) = call(
            (out / folder / "search/docs/0.js").read_bytes())
        assert (published, shown) == ("2025-03-15", written)
