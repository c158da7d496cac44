"""The small print of a page in Chromium: what credits the text is set apart from the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from .tools import page_errors

FRONT = "---\ntitle: {title}\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n\n"
TIMELINE = """--- summary
---
{text}

--- timeline
source:
  title: {credit}
  url: https://example.org/signatories
events:
  - date: 2020-10-13
    title: {event}
  - date: 2021-05-24
    title: {event}
    source: https://example.org/korea
---
"""
STORIES = {
    "en": {"title": "Accords", "text": "Eight countries signed the accords.",
           "credit": "The list of signatories", "event": "A country signs"},
    "ar": {"title": "اتفاقات", "text": "وقّعت ثماني دول على الاتفاقات.",
           "credit": "قائمة الدول الموقعة", "event": "دولة توقّع"},
}
# The type a reader sees: family, size and colour of the element.
TYPE = """(selector) => { const s = getComputedStyle(document.querySelector(selector));
  return [s.fontFamily, s.fontSize, s.color]; }"""


@pytest.fixture(scope="module")
def timelines(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site whose timelines name a source for all their events, and one of their own
    for one event, in English and in Arabic."""
    root = tmp_path_factory.mktemp("small-print")
    files = {f"content/accords-{language}.md": FRONT.format(title=words["title"],
                                                           language=language)
             + TIMELINE.format(**words) for language, words in STORIES.items()}
    write_project(root, files)
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.mark.parametrize("language", list(STORIES))
def test_a_timeline_wide_source_is_set_as_small_as_an_events_source(
        timelines: Path, make_page, language: str) -> None:
    page = make_page(viewport={"width": 360, "height": 740})
    page.goto(next(timelines.rglob(f"accords-{language}.html")).as_uri())
    shared = page.evaluate(TYPE, ".timeline-source")
    own = page.evaluate(TYPE, ".event-source")
    text = page.evaluate(TYPE, ".summary p")
    assert shared == own, f"{language}: the timeline's source {shared}, an event's {own}"
    assert float(shared[1].removesuffix("px")) < float(text[1].removesuffix("px"))
    assert page_errors(page).all == []
