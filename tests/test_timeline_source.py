"""A timeline-wide source: named once, shown once, and no "no source" warning for its events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from explainer.cli import main

FRONT = "---\ntitle: Accords\ndek: D\npublished: 2024-05-23\n---\n\n"
TIMELINE = """--- timeline
source:
  title: The list of signatories
  url: https://example.org/signatories
events:
  - date: 2020-10-13
    title: Eight countries sign
  - date: 2021-05-24
    title: Korea signs
    source: https://example.org/korea
  - date: 2022-06-01
    title: Another signs
---
"""


def build(make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str],
          timeline: str, language: str = "en") -> tuple[BeautifulSoup, str]:
    root = make_site({"content/accords.md": FRONT + timeline,
                      "site.yml": f"title: News\nlanguage: {language}\n"})
    assert main(["build", "--root", str(root), "--base-url", "https://example.org/"]) == 0
    html = (root / "public" / "accords.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser"), capsys.readouterr().err


def test_the_timeline_source_is_shown_once_and_events_keep_their_own(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    page, err = build(make_site, capsys, TIMELINE)
    timeline = page.select_one("section.timeline")
    shared = timeline.select(".timeline-source")
    assert [p.get_text() for p in shared] == ["Source: The list of signatories"]
    assert shared[0].a["href"] == "https://example.org/signatories"
    assert [p.a["href"] for p in timeline.select(".event-source")] == [
        "https://example.org/korea"]
    assert "no source for" not in err


def test_without_a_timeline_source_each_unsourced_event_is_warned_about(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    without = TIMELINE.replace("source:\n  title: The list of signatories\n"
                               "  url: https://example.org/signatories\n", "")
    page, err = build(make_site, capsys, without)
    assert page.select(".timeline-source") == []
    assert "no source for event 'Eight countries sign', 'Another signs' on lines 9, 14 " \
           "(2 entries)" in err


def test_the_timeline_source_is_said_in_the_page_language(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    page, _ = build(make_site, capsys, TIMELINE, "fr")
    assert page.select_one(".timeline-source").get_text().startswith("Source\u00a0:")
