"""What the shipped templates show a reader beyond the seed explainer."""

from __future__ import annotations

from pathlib import Path

from explainer.render.templates import url_label

from .helpers import SEED, run_cli, soup

UPDATED = """\
---
title: A story that changed
dek: A short dek.
published: 2024-06-26
updated: 2024-07-02
---

--- summary
---
Something happened.

--- sources
sources:
  - https://en.wikipedia.org/wiki/Assassination_of_Jovenel_Mo%C3%AFse
  - title: A titled source
    url: https://example.org/report
---
"""


def test_updated_explainer_shows_a_last_updated_line(make_site, tmp_path: Path) -> None:
    root = make_site({"content/story.md": UPDATED})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    page = soup(tmp_path / "out" / "story.html")
    updated = page.select_one(".byline .updated")
    assert updated.get_text(" ", strip=True) == "Last updated 2 July 2024"
    assert updated.time["datetime"] == "2024-07-02"
    links = {a["href"]: a for a in page.select(".sources a")}
    bare = links["https://en.wikipedia.org/wiki/Assassination_of_Jovenel_Mo%C3%AFse"]
    assert bare.get_text() == "en.wikipedia.org/wiki/Assassination_of_Jovenel_Moïse"
    assert bare["class"] == ["bare-url"]
    titled = links["https://example.org/report"]
    assert titled.get_text() == "A titled source" and not titled.get("class")


def test_seed_explainer_is_dated_by_its_last_change(seed_site: Path) -> None:
    page = soup(seed_site / f"{SEED}.html")
    byline = page.select_one(".byline").get_text(" ", strip=True)
    assert "Published 26 June 2024 · Last updated 3 December 2026 · See what changed" in byline


def test_url_labels_drop_scheme_www_query_and_decode_the_path() -> None:
    assert url_label("https://www.example.org/a%20b/?q=1#x") == "example.org/a b"
    assert url_label("http://example.org") == "example.org"
    assert url_label("mailto:desk@example.org") == "desk@example.org"


def test_map_is_captioned_by_a_key_of_roles(seed_site: Path) -> None:
    page = soup(seed_site / f"{SEED}.html")
    figure = page.select_one("section.countries figure.country-map")
    svg = figure.select_one("svg.world-map")
    caption = figure.select_one("figcaption")
    assert svg["aria-describedby"] == caption["id"]
    keys = [li["class"] for li in caption.select(".map-legend li")]
    assert keys == [["role-lead"], ["role-host"], ["role-funder"], ["role-contributing"],
                    ["role-supporting"]]
