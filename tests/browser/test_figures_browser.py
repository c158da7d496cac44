"""Key figures as a reader sees them, in every script: whole, in order, on their column."""

from __future__ import annotations

from pathlib import Path

from ..helpers import run_cli, write_project

FIGURES = """\
---
title: {title}
dek: D.
published: 2024-06-26
language: {language}
---

--- figures
figures:
{figures}
---
"""

# Where each of the given words of the first figure's value is drawn, from the left, and the
# right edges of the value's text and of its label.
PLACES = """(words) => {
  const value = document.querySelector('.figure-value');
  const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode(), range = document.createRange();
  const left = (word) => {
    const i = text.data.indexOf(word);
    range.setStart(text, i); range.setEnd(text, i + word.length);
    return range.getBoundingClientRect().left;
  };
  range.selectNodeContents(value);
  const label = value.parentElement.querySelector('dt').getBoundingClientRect();
  return {lefts: words.map(left), right: range.getBoundingClientRect().right,
          labelRight: label.right};
}"""


def build(tmp_path: Path, language: str, title: str, figures: str, more: str = "") -> Path:
    """Build an explainer of key figures (and more sections) in a language; return its page."""
    story = FIGURES.format(language=language, title=title, figures=figures) + more
    root = write_project(tmp_path / "site", {"content/money.md": story})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return next((root / "public").rglob("money.html"))


def test_a_latin_figure_reads_left_to_right_on_an_arabic_page(tmp_path: Path,
                                                              make_page) -> None:
    page_path = build(tmp_path, "ar", "الميزانية", '  - {value: "€1.2 billion–€1.5 billion", '
                      "label: التكلفة}\n  - {value: 360 مليون دولار, label: التعهدات}")
    page = make_page(viewport={"width": 1280, "height": 900})
    page.goto(page_path.as_uri())
    found = page.evaluate(PLACES, ["€1.2", "€1.5"])
    first, second = found["lefts"]
    assert first < second, "the range reads backwards: 'billion–€1.5 €1.2 billion'"
    # It still starts where the page's lines start: on the right, under its label's edge.
    assert abs(found["right"] - found["labelRight"]) <= 1


# The characters after which a line of the first figure's value breaks.
BREAKS = """() => {
  const value = document.querySelector('.figure-value');
  const text = document.createTreeWalker(value, NodeFilter.SHOW_TEXT).nextNode();
  const range = document.createRange(), after = [];
  let top = null;
  for (let i = 0; i < text.length; i++) {
    range.setStart(text, i); range.setEnd(text, i + 1);
    const rect = range.getBoundingClientRect();
    if (top !== null && rect.top > top + 2) after.push(text.data.slice(0, i));
    top = rect.top;
  }
  return after;
}"""


def test_a_japanese_figure_fits_its_column_whole(tmp_path: Path, make_page) -> None:
    # Nine characters, as wide as eighteen letters: set as a long figure, or "ドル" breaks.
    page_path = build(tmp_path, "ja", "予算", "  - {value: 3億6000万ドル, label: 米国の拠出額}\n"
                      "  - {value: \"約1,000人\", label: ケニア警察官}")
    page = make_page(viewport={"width": 390, "height": 900})
    page.goto(page_path.as_uri())
    assert page.evaluate(BREAKS) == [], "the figure breaks inside its unit"


# Where each of the given words is drawn, from the left, in the first element of a selector.
LEFTS = """([selector, words]) => {
  const element = document.querySelector(selector);
  const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
  const range = document.createRange();
  return words.map((word) => {
    const i = text.data.indexOf(word);
    range.setStart(text, i); range.setEnd(text, i + word.length);
    return range.getBoundingClientRect().left;
  });
}"""


def test_a_latin_label_or_note_reads_left_to_right_on_an_arabic_page(tmp_path: Path,
                                                                     make_page) -> None:
    countries = ("\n--- countries\ncountries:\n  - name: United States\n    role: funder\n"
                 "    note: $360 million pledged (2024).\n---\n")
    page_path = build(tmp_path, "ar", "الميزانية", '  - {value: "1,000", label: GDP growth (%), '
                      "note: Source IMF (2024).}", countries)
    page = make_page(viewport={"width": 800, "height": 900})
    page.goto(page_path.as_uri())
    # "(%) GDP growth", "Source IMF (2024)." and "million pledged (2024) $360." otherwise.
    for selector, words in ((".figure dt", ["GDP", "(%)"]), (".figure-note", ["Source", "."]),
                            (".country-note", ["$360", "million"])):
        first, second = page.evaluate(LEFTS, [selector, words])
        assert first < second, f"{selector} reads backwards"


# Which of two words of the first figure's label is drawn further left.
LABEL_ORDER = """([first, second]) => {
  const text = document.querySelector('.figure dt span').firstChild;
  const range = document.createRange();
  const left = (word) => {
    const i = text.data.indexOf(word);
    range.setStart(text, i); range.setEnd(text, i + word.length);
    return range.getBoundingClientRect().left;
  };
  return left(first) < left(second);
}"""


def test_an_arabic_label_that_starts_with_a_latin_word_reads_right_to_left(
        tmp_path: Path, make_page) -> None:
    page_path = build(tmp_path, "ar", "الاقتصاد", '  - {value: "80%", '
                      'label: "G20 اقتصادات العالم"}\n  - {value: "3%", label: "GDP growth"}')
    page = make_page(viewport={"width": 1280, "height": 900})
    page.goto(page_path.as_uri())
    # Read from the right, "G20" comes first: it is drawn right of the Arabic words.
    assert not page.evaluate(LABEL_ORDER, ["G20", "اقتصادات"]), \
        "the label runs left to right: 'اقتصادات العالم G20' to a reader of Arabic"
    spans = page.locator(".figure dt span")
    assert [spans.nth(i).get_attribute("dir") for i in range(2)] == ["rtl", "auto"]
