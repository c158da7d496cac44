"""A quote typed between its language's quotation marks shows one opening mark, the section's."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli, soup

FRONT = """\
---
title: {title}
dek: What was said.
published: 2024-06-26
language: {language}
---
"""
QUOTE = """
--- quote
text: {text}
speaker: {speaker}
---
"""
# Each language's quotes as its writers type them, and the words the page shows.
QUOTES = {
    "ja": [("「想定外という言葉は使わない」", "想定外という言葉は使わない"),
           ("『想定外という言葉は使わない』", "想定外という言葉は使わない"),
           # Marks around part of the words are the words' own.
           ("「想定外だった」と言うべきではない。", "「想定外だった」と言うべきではない。")],
    "en": [("“We will not accept it.”", "We will not accept it."),
           ("'\"We will not accept it.\"'", "We will not accept it."),
           ("“We won”.", "We won."),
           ("“She told us ‘never’, and we won’t.”", "She told us ‘never’, and we won’t."),
           ("'\"Not now,\" she said, \"not ever.\"'", "“Not now,” she said, “not ever.”")],
    "fr": [("« Nous ne céderons pas »", "Nous ne céderons pas")],
    "de": [("„Wir schaffen das“", "Wir schaffen das"), ("»Wir schaffen das«", "Wir schaffen das")],
    "ru": [("«Мы не вернёмся к сделке»", "Мы не вернёмся к сделке"),
           ("«Он сказал „нет“»", "Он сказал „нет“")],
}
# Several paragraphs, each opening with the mark and the last closing it.
PARAGRAPHS = """|-
  “We will not accept it.

  “Not now, not ever.”"""


def story(language: str, texts: list[str]) -> str:
    """Return an explainer in a language of one quote per text."""
    quotes = "".join(QUOTE.format(text=text, speaker="A. Speaker") for text in texts)
    return FRONT.format(title=f"Quotes {language}", language=language) + quotes


def test_the_marks_typed_around_a_quote_are_not_shown_twice(
        make_site: Callable[..., Path]) -> None:
    files = {f"content/quotes-{language}.md": story(language, [typed for typed, _ in quotes])
             for language, quotes in QUOTES.items()}
    files["content/paragraphs.md"] = story("en", [PARAGRAPHS]).replace(
        "Quotes en", "Paragraphs")
    root = make_site(files)
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    public = root / "public"
    for language, quotes in QUOTES.items():
        folder = public if language == "en" else public / language
        shown = [quote.get_text().strip() for quote in
                 soup(folder / f"quotes-{language}.html").select(".quote blockquote")]
        assert shown == [words for _, words in quotes]
        # The data files give the words as the page does.
        data = json.loads((folder / "data" / f"quotes-{language}.json").read_text("utf-8"))
        assert [section["text"] for section in data["sections"]] == shown
    quote = soup(public / "paragraphs.html").select_one(".quote blockquote")
    assert [p.get_text() for p in quote("p")] == ["We will not accept it.", "Not now, not ever."]


# A language and the mark its quotations open with, which the page's large mark is: its own
# typographers' where explainer sets the language as they do, else CLDR's (Hebrew and Urdu
# open with ”, Hungarian and Georgian with „).
OPENING_MARKS = {"en": "“", "fr": "«", "de": "„", "ja": "「", "da": "»", "ar": "«", "he": "”",
                 "ur": "”", "hu": "„", "ka": "„", "ug": "»", "sv": "”", "hy": "«", "fa": "«",
                 "zh": "“", "zh-TW": "「"}


def test_a_quote_opens_with_the_mark_of_its_language(make_site: Callable[..., Path]) -> None:
    files = {f"content/marks-{language.lower()}.md": story(language, ["Words."])
             for language in OPENING_MARKS}
    # Words quoted in another language than the page's open with that language's mark.
    files["content/marks-en.md"] += "\n--- quote\ntext: Words.\nspeaker: B.\nlanguage: he\n---\n"
    root = make_site(files)
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    for language, mark in OPENING_MARKS.items():
        page = next((root / "public").rglob(f"marks-{language.lower()}.html"))
        marks = [quote["data-mark"] for quote in soup(page).select(".quote blockquote")]
        assert marks == ([mark, "”"] if language == "en" else [mark]), language
