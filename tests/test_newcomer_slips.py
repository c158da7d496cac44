"""Slips a writer new to explainer makes that read as something else: each is warned of at its
line and column, once, with its fix, and a warning alone leaves the exit code 0."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli

FRONT = "---\ntitle: {title}\ndek: D\npublished: 2024-05-23\n---\n\n"


def check(make_site: Callable[..., Path], text: str) -> tuple[int, str]:
    root = make_site({"content/story.md": text})
    result = run_cli("check", "--root", root)
    return result.returncode, result.stderr


@pytest.mark.parametrize(("title", "marks"), [
    ("“Kenya's mission”", "“ ”"),
    ("‘Haiti’s police’", "‘ ’"),
    ("«La mission»", "« »"),
])
def test_a_title_in_curly_quotes_is_told_its_marks_are_shown(
        make_site: Callable[..., Path], title: str, marks: str) -> None:
    code, err = check(make_site, FRONT.format(title=title) + "--- summary\n---\nFine.\n")
    assert code == 0
    assert f"content/story.md:2:8: warning: front matter: the title's quotation marks {marks} " \
        "are shown on the page: YAML leaves out straight quotes only\n" in err
    assert "  hint: leave them out: title: " in err
    assert err.count("quotation marks") == 1


@pytest.mark.parametrize("title", [
    "“We will stay”, Kenya's mission",  # a quotation, and text after it
    "“Yes” or “No” – the vote",
    "“Yes” or “No”",  # two quotations, not one title in marks
    "'“In marks on purpose”'",  # straight quotes keep the curly ones as typed
    "Kenya's mission",
])
def test_a_title_that_quotes_someone_is_not_warned(make_site: Callable[..., Path],
                                                  title: str) -> None:
    code, err = check(make_site, FRONT.format(title=title) + "--- summary\n---\nFine.\n")
    assert code == 0
    assert "quotation marks" not in err


def test_a_section_title_in_curly_quotes_is_warned_too(make_site: Callable[..., Path]) -> None:
    text = FRONT.format(title="T") + \
        "--- takeaways\ntitle: “What to know”\ntakeaways: [A, B]\n---\n"
    code, err = check(make_site, text)
    assert code == 0
    assert "content/story.md:8:8: warning: section 'takeaways': the title's quotation marks" in err
