"""A warning about words of a text the YAML header gives (a takeaway, the dek, an event's
title or text, an answer) is told at the line and column of those words in the file, however
the value is written: plain, quoted with escapes, over several lines, or as a block."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

# What each check reads: the words before those it warns of and those words on, the sections
# it holds them against, what its message says, and the kinds of text it reads.
ALL_KINDS = ("takeaway", "dek", "answer", "event text", "event title")
CHECKS = {
    "figure": ("The United States pledged", "$350 million to support the mission.",
               "--- figures\nfigures:\n  - value: $360 million\n    label: pledged by the "
               "United States to support the mission\n---\n", "says '$350 million'", ALL_KINDS),
    "count": ("Kenya leads the mission with", "9 other countries.",
              "--- countries\ncountries:\n  - name: Kenya\n    role: lead\n  - name: Chad\n"
              "    role: contributing\n---\n", "says '9 other countries'",
              ("takeaway", "dek", "answer")),
    "day": ("The first Kenyan officers arrived in Port-au-Prince on", "26 June 2024.",
            "--- timeline\nsource: https://example.org/\nevents:\n  - date: 2024-06-25\n"
            "    title: First Kenyan officers arrive in Port-au-Prince\n---\n",
            "gives 26 June 2024", ("takeaway", "dek", "answer")),
    "tally": ("The court ruled on immunity in a", "5-4 decision.",
              "--- figures\nfigures:\n  - value: 6-3\n    label: the vote in Trump v. United "
              "States\n---\n", "says '5-4'", ALL_KINDS),
}
# Each way of writing words {a} then {b} as a YAML value, its lines after the first at
# {indent}.
STYLES = {
    "plain": "{a} {b}",
    "plain over two lines": "{a}\n{indent}{b}",
    "plain after a blank line": "{a}\n\n{indent}{b}",
    "double-quoted with escapes": '"\\u0020{a}\\x20{b}"',
    "double-quoted over lines": '"{a}\\\n{indent}\\x20{b}"',
    "double-quoted, folded": '"{a}\n{indent}\n{indent}{b}"',
    "single-quoted": "'It''s so: {a} {b}'",
    "folded block": ">-\n{indent}{a}\n{indent}{b}",
    "folded block after a blank line": ">-\n\n{indent}{a}\n{indent}{b}",
    "literal block": "|\n{indent}{a}\n{indent}  {b}",
    "folded block, kept": ">+\n{indent}{a}\n\n{indent}{b}\n",
}
CASES = [(check, kind, style) for check, (*_, kinds) in CHECKS.items() for kind in kinds
         for style in STYLES if kind != "event title" or "block" not in style]


def front(dek: str = "D") -> str:
    """Return a front matter with a dek."""
    return f"---\ntitle: T\ndek: {dek}\npublished: 2024-06-26\n---\n"


def file_of(kind: str, value: str) -> str:
    """Return an explainer's text up to its sections (but the dek's: its front matter) whose
    text of a kind is a YAML value, indented as its key needs."""
    if kind == "dek":
        return front(value.format(indent="  "))
    if kind == "takeaway":
        return front() + f"--- takeaways\ntakeaways:\n  - {value.format(indent='    ')}\n---\n"
    if kind == "answer":
        return front() + ("--- questions\nquestions:\n  - question: Who pays?\n"
                          f"    answer: {value.format(indent='      ')}\n---\n")
    field, other = ("title", "text: Words.") if kind == "event title" else \
        ("text", "title: A pledge")
    return front() + ("--- timeline\nsource: https://example.org/\nevents:\n"
                      f"  - date: 2024-06-20\n    {other}\n"
                      f"    {field}: {value.format(indent='      ')}\n---\n")


def places_of_warnings(text: str) -> list[tuple[str, str]]:
    """Return each warning's message, and what its file holds from its line and column on."""
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    lines = text.split("\n")
    return [(p.message, lines[p.line - 1][p.column - 1:]) for p in check_explainer(explainer)
            if p.line is not None and p.column is not None]


@pytest.mark.parametrize(("check", "kind", "style"), CASES)
def test_a_warning_is_told_at_the_words_it_quotes_in_the_file(check: str, kind: str,
                                                               style: str) -> None:
    before, words, sections, says, _ = CHECKS[check]
    value = STYLES[style].replace("{a}", before).replace("{b}", words)
    text = file_of(kind, value) + "\n" + sections
    found = places_of_warnings(text)
    said = [at for message, at in found if says in message]
    assert said and all(at.startswith(words.rstrip(".")) for at in said), (text, found)


def test_a_block_indented_past_its_indicator_is_told_at_the_value() -> None:
    """A block whose indicator gives less indentation than its lines have keeps the rest as
    its text's: the warning is at the value's start, not at a column that would miss."""
    before, words, sections, says, _ = CHECKS["figure"]
    text = file_of("takeaway", f"|1\n     {before}\n     {words}") + "\n" + sections
    assert [at for message, at in places_of_warnings(text) if says in message] == ["|1"]
