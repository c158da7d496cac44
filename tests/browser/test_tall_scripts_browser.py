"""Headings in scripts whose marks stand tall above and below their letters (Devanagari, Thai,
Myanmar...) in Chromium at 360 px: a wrapped heading's lines are set far enough apart that
one line's marks stay off the next; Latin headings keep their closer lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project

# A heading's lines (the tops of its text's boxes, those less than half a letter apart as one)
# and the height each line takes, over its font size.
LINES = """(element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  const size = parseFloat(getComputedStyle(element).fontSize);
  const tops = [...range.getClientRects()].map((rect) => rect.top).sort((a, b) => a - b);
  const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1] > size / 2).length;
  const style = getComputedStyle(element);
  const height = element.getBoundingClientRect().height - parseFloat(style.paddingTop)
    - parseFloat(style.paddingBottom) - parseFloat(style.borderTopWidth)
    - parseFloat(style.borderBottomWidth);
  return [lines, height / lines / size];
}"""
STORY = ("---\ntitle: {title}\ndek: {dek}\npublished: 2024-06-04\nlanguage: {language}\n---\n\n"
         "--- summary\n---\n{dek}\n\n--- timeline\nsource: https://example.org/\nevents:\n"
         "  - date: 2024-06-04\n    title: {title}\n---\n")
TITLES = {
    "hi": "लोकसभा चुनाव के नतीजों में किसी भी दल को पूर्ण बहुमत नहीं मिला और गठबंधन सरकार बनी",
    "th": "ผลการเลือกตั้งทั่วไปครั้งนี้ไม่มีพรรคการเมืองใดได้รับเสียงข้างมากเด็ดขาดในสภา",
    "my": "ရွေးကောက်ပွဲရလဒ်များအရ မည်သည့်ပါတီမျှ လွှတ်တော်တွင် အများစုမရရှိခဲ့ပါ",
    "en": "No party won an outright majority in the general election, and a coalition formed",
}


@pytest.fixture(scope="module")
def tall_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build one explainer in each language, its long title wrapping at 360 px."""
    root = write_project(tmp_path_factory.mktemp("tall") / "site", {
        f"content/{language}.md": STORY.format(title=title, dek=title[:20], language=language)
        for language, title in TITLES.items()})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public"


@pytest.mark.parametrize(("language", "least"), [("hi", 1.5), ("th", 1.5), ("my", 1.7)])
def test_a_wrapped_heading_in_a_tall_script_has_room_between_its_lines(
        tall_site: Path, make_page, language: str, least: float) -> None:
    page = make_page(viewport={"width": 360, "height": 800})
    page.goto((tall_site / language / f"{language}.html").as_uri())
    for where in ("h1", ".event-title"):
        lines, pitch = page.locator(where).first.evaluate(LINES)
        assert lines > 1, f"{where} fits on one line: the test shows nothing"
        assert pitch >= least - 0.01, (where, lines, pitch)


def test_a_latin_heading_keeps_its_closer_lines(tall_site: Path, make_page) -> None:
    page = make_page(viewport={"width": 360, "height": 800})
    page.goto((tall_site / "en.html").as_uri())
    lines, pitch = page.locator("h1").evaluate(LINES)
    assert lines > 1, "the title fits on one line: the test shows nothing"
    assert pitch < 1.3, (lines, pitch)
