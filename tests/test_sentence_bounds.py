"""A point after an initial, an initialism or a title before a name ends no sentence: "the U.S.
Supreme Court", "John G. Roberts Jr.", "Loper Bright Enterprises v. Raimondo" are read as one
sentence with the words after them, so a day they give is held to the event those words name,
and the warning quotes the whole sentence. A point before a capital after a word ends one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli

STORY = """\
---
title: The court ends Chevron deference
dek: A ruling.
published: 2024-07-01
---

--- summary
---
{text}

--- timeline
source: https://example.org/
events:
  - date: 2024-06-28
    title: The Supreme Court overrules Chevron
  - date: 2024-06-28
    title: Roberts writes the ruling in Loper Bright Enterprises v. Raimondo
---
"""


def day_warnings(make_site: Callable[..., Path], text: str) -> list[tuple[str, str]]:
    """Return each warning about a day: its first line and the sentence it quotes."""
    root = make_site({"content/ruling.md": STORY.format(text=text)})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    return [(line, lines[at + 1].strip()) for at, line in enumerate(lines)
            if "the timeline dates" in line]


@pytest.mark.parametrize(("text", "day", "title", "line"), [
    ("On 27 June 2024 the U.S. Supreme Court overruled Chevron, a precedent from 1984.",
     "27 June 2024", "The Supreme Court overrules Chevron", 14),
    ("Chief Justice John G. Roberts Jr. wrote the ruling in Loper Bright Enterprises v. "
     "Raimondo on 26 June 2024.", "26 June 2024",
     "Roberts writes the ruling in Loper Bright Enterprises v. Raimondo", 16),
])
def test_a_point_inside_a_name_ends_no_sentence(make_site: Callable[..., Path], text: str,
                                                day: str, title: str, line: int) -> None:
    column = text.index(day) + 1
    assert day_warnings(make_site, text) == [
        (f"content/ruling.md:9:{column}: warning: section 'summary' gives {day}, but the "
         f"timeline dates '{title}' 2024-06-28 (line {line})", text)]


def test_the_right_day_after_an_initialism_is_no_slip(make_site: Callable[..., Path]) -> None:
    text = "On 28 June 2024 the U.S. Supreme Court overruled Chevron, a precedent from 1984."
    assert day_warnings(make_site, text) == []


def test_a_point_after_a_word_still_ends_a_sentence(make_site: Callable[..., Path]) -> None:
    text = ("The fishermen sued in 2020. On 27 June 2024 the Supreme Court overruled Chevron, "
            "a precedent from 1984.")
    found = day_warnings(make_site, text)
    assert [quoted for _, quoted in found] == [
        "On 27 June 2024 the Supreme Court overruled Chevron, a precedent from 1984."]


def test_a_title_before_a_name_ends_no_sentence(make_site: Callable[..., Path]) -> None:
    text = ("On 27 June 2024, with Mississippi Atty. Gen. Lynn Fitch in the room, the Supreme "
            "Court overruled Chevron.")
    found = day_warnings(make_site, text)
    assert [quoted for _, quoted in found] == [text]


def test_a_letter_a_noun_names_ends_a_sentence(make_site: Callable[..., Path]) -> None:
    text = ("Spain topped Group B. On 27 June 2024 the Supreme Court overruled Chevron, a "
            "precedent from 1984.")
    found = day_warnings(make_site, text)
    assert [quoted for _, quoted in found] == [
        "On 27 June 2024 the Supreme Court overruled Chevron, a precedent from 1984."]
