"""The questions section: questions a reader asks, each a heading a link can name, answered."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, soup
from .test_exports import validate
from .test_schema import errors_of, read

BASE = "https://example.org/news/"
FRONT = "---\ntitle: Haiti\ndek: A dek.\npublished: 2024-06-26\n{language}---\n\n"
STORY = """--- summary
---
Kenya leads the mission; [who pays](#who-pays-for-it-2) is told below.

--- prose
heading: Who pays for it?
---
The United States does.

--- questions
questions:
  - question: Who pays for it?
    answer: The United States has pledged **$360 million**, [the report says](https://example.org/r).
  - question: Which countries are taking part?
    answer: |
      Two groups:

      - Chile and Jamaica;
      - the Bahamas.
---
"""
FRENCH = """--- questions
questions:
  - question: Qui la finance ?
    answer: Les États-Unis.
---
"""


@pytest.fixture
def built(make_site: Callable[..., Path]) -> Path:
    root = make_site({"content/haiti.md": FRONT.format(language="") + STORY,
                      "content/haiti-fr.md": FRONT.format(language="language: fr\n") + FRENCH})
    result = run_cli("build", "--root", root, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    assert "who-pays-for-it-2" not in result.stderr  # the link finds its question
    return root / "public"


def test_each_question_is_a_heading_with_an_id_made_from_its_words(built: Path) -> None:
    page = soup(built / "haiti.html")
    section = page.select_one("section.questions")
    assert section.h2.get_text() == "Questions and answers"
    assert [(h.name, h["id"], h.get_text()) for h in section.select(".question")] == [
        ("h3", "who-pays-for-it-2", "Who pays for it?"),  # the prose section holds the first
        ("h3", "which-countries-are-taking-part", "Which countries are taking part?")]
    first, second = section.select(".answer")
    assert first.strong.get_text() == "$360 million"
    assert first.a["href"] == "https://example.org/r"
    assert [li.get_text() for li in second.select("ul > li")] == ["Chile and Jamaica;",
                                                                  "the Bahamas."]
    assert page.select_one("#who-pays-for-it").name == "section"  # the prose keeps its id


def test_the_heading_and_ids_are_in_the_page_s_language(built: Path) -> None:
    section = soup(built / "fr/haiti-fr.html").select_one("section.questions")
    assert section.h2.get_text() == "Questions-réponses"
    assert section.h3["id"] == "qui-la-finance"
    assert section.h3.get_text() == "Qui la finance\u202f?"


def test_the_data_file_gives_each_question_as_the_schema_says(built: Path) -> None:
    data = json.loads((built / "data/haiti.json").read_text(encoding="utf-8"))
    assert validate(data, "explainer.schema.json") == []
    [questions] = [s for s in data["sections"] if s["kind"] == "questions"]
    assert questions["title"] == ""
    assert [(q["question"], q["anchor"]) for q in questions["items"]] == [
        ("Who pays for it?", "who-pays-for-it-2"),
        ("Which countries are taking part?", "which-countries-are-taking-part")]
    assert questions["items"][0]["answer"].startswith("The United States has pledged **$360")
    assert "<strong>$360 million</strong>" in questions["items"][0]["answer_html"]


def test_the_questions_are_parts_of_the_article_in_its_structured_data(built: Path) -> None:
    [data] = [json.loads(s.string) for s in
              soup(built / "haiti.html").select('script[type="application/ld+json"]')]
    assert data["@type"] == "BackgroundNewsArticle"
    assert data["hasPart"][0] == {
        "@type": "Question", "name": "Who pays for it?",
        "acceptedAnswer": {"@type": "Answer",
                           "text": "The United States has pledged $360 million, the report says."},
        "url": f"{BASE}haiti.html#who-pays-for-it-2"}
    assert data["hasPart"][1]["acceptedAnswer"]["text"].startswith("Two groups:")


def test_the_questions_make_a_piece_of_their_own(built: Path) -> None:
    piece = soup(built / "embed/haiti.questions.html")
    assert [h.get_text() for h in piece.select("section.questions h3")][0] == "Who pays for it?"
    index = json.loads((built / "data/index.json").read_text(encoding="utf-8"))
    [entry] = [e for e in index["explainers"] if e["slug"] == "haiti"]
    assert entry["embeds"]["questions"] == f"{BASE}embed/haiti.questions.html"


def test_the_questions_are_searched_as_headings_are() -> None:
    explainer, problems = read("--- questions\nquestions:\n  - question: Who pays?\n"
                               "    answer: The US.\n---\n")
    assert explainer is not None and problems == []
    [section] = explainer.sections
    assert [(item.question, item.answer, item.line) for item in section.items] == [
        ("Who pays?", "The US.", 8)]
    assert explainer.outline == ("Who pays?",)


@pytest.mark.parametrize(("body", "expected"), [
    ("questions:\n  - question: Who pays?\n",
     "content/x.md:8:5: error: section 'questions': 'answer' is required\n"
     "    - question: Who pays?\n  hint: add 'answer: its answer, in Markdown'"),
    ("questions:\n  - question: Who pays?\n    answer: ''\n",
     "content/x.md:9:13: error: section 'questions': 'answer' is empty\n"
     "    answer: ''\n  hint: write the answer after 'answer: ', or below it in a '|' block "
     "for several paragraphs or a list"),
    ("questions: []\n",
     "content/x.md:7:12: error: section 'questions': 'questions' is empty\n"
     "    questions: []\n  hint: add at least one '- ...' item"),
    ("questions:\n  - question: Who pays?\n    answr: The US.\n",
     "content/x.md:9:5: error: section 'questions': unknown field 'answr'\n"
     "    answr: The US.\n  hint: did you mean 'answer', which is required?"),
    ("questions:\n  - Who pays?\n",
     "content/x.md:8:5: error: section 'questions': a question must be 'question:' and "
     "'answer:' lines, found text\n    - Who pays?\n  hint: write '- question: ...' and below "
     "it '  answer: ...', its answer in Markdown"),
])
def test_a_question_written_wrong_is_told_where_and_how_to_fix_it(body: str,
                                                                  expected: str) -> None:
    assert errors_of(f"--- questions\n{body}---\n") == [expected]


CHECKED = """--- figures
figures:
  - value: $360 million
    label: pledged by the United States
---

--- questions
questions:
  - question: Who pays for it?
    answer: The United States pledged {amount}.
  - question: When did the officers land?
    answer: |
      The first Kenyan officers landed in Port-au-Prince on {day} June 2024.
---

--- timeline
events:
  - date: 2024-06-25
    title: The first Kenyan officers land in Port-au-Prince
    source: https://example.org/landing
---
"""


@pytest.mark.parametrize(("amount", "day", "warned"), [
    ("$400 million", "26", ["answer says '$400 million' but the key figure 'pledged by the "
                            "United States' (line 9) says '$360 million'",
                            "an answer gives 26 June 2024, but the timeline dates 'The first "
                            "Kenyan officers land in Port-au-Prince' 2024-06-25 (line 24)"]),
    ("$360 million", "25", []),  # the answers agree with the figure and the timeline
])
def test_an_answer_s_figures_and_days_are_held_to_the_page_s_as_prose_is(
        make_site: Callable[..., Path], amount: str, day: str, warned: list[str]) -> None:
    root = make_site({"content/x.md": FRONT.format(language="")
                      + CHECKED.format(amount=amount, day=day)})
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    warnings = [line.split(" warning: ", 1)[1] for line in result.stderr.splitlines()
                if " warning: " in line and line.startswith("content/")]
    assert [w for w in warnings if "answer" in w] == warned
