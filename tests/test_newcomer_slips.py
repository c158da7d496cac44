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


@pytest.mark.parametrize(("title", "fix"), [
    ("‘Haiti’s police’", "Haiti’s police"),
    ("“Kenya's mission”", "Kenya's mission"),
    ("“@UN in Haiti”", "'@UN in Haiti'"),  # a leading '@' is reserved
    ("“#1 in Haiti”", "'#1 in Haiti'"),  # a leading '#' opens a comment
    ("“Yes”", "'Yes'"),  # unquoted, a yes/no
])
def test_a_curly_quoted_title_s_fix_is_quoted_only_where_yaml_needs_it(
        make_site: Callable[..., Path], title: str, fix: str) -> None:
    code, err = check(make_site, FRONT.format(title=title) + "--- summary\n---\nFine.\n")
    assert code == 0
    assert f"  hint: leave them out: title: {fix}; a title that quotes someone" in err


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


SUMMARY = FRONT.format(title="T") + "--- summary\n---\n"


@pytest.mark.parametrize(("prose", "line", "message"), [
    ("First.\n\n---\n\nSecond.\n", 11, "a line '---' in prose is no section break: the page "
     "shows it as a horizontal rule"),
    ("Text.\n\n---\n", 11, "a line '---' ends the file: the page shows it as a horizontal rule"),
    ("Text.\n---\n\n", 10, "a line '---' ends the file: the page makes the line above it a "
     "heading"),
])
def test_a_bare_dashes_line_in_prose_is_warned_of(make_site: Callable[..., Path], prose: str,
                                                  line: int, message: str) -> None:
    code, err = check(make_site, SUMMARY + prose)
    assert code == 0
    assert f"content/story.md:{line}:1: warning: {message}\n    ---\n  hint: " in err
    assert "write '***' or '___'" in err
    assert err.count("a line '---'") == 1


@pytest.mark.parametrize("prose", [
    "First.\n\n***\n\nSecond.\n",  # a rule written as one
    "Heading\n---\n\nText below it.\n",  # a heading's underline, in the middle of prose
    "```\n---\n```\n\nText.\n",  # code
    "First.\n\n\\---\n",  # a line of text
])
def test_a_rule_or_heading_meant_as_such_is_not_warned(make_site: Callable[..., Path],
                                                       prose: str) -> None:
    code, err = check(make_site, SUMMARY + prose)
    assert code == 0
    assert "a line '---'" not in err


def test_a_pasted_page_is_warned_of_once_a_file(make_site: Callable[..., Path]) -> None:
    long = "word " * 2_100
    code, err = check(make_site, SUMMARY + f"Intro.\n\n{long}\n\n{long}\n\n{'short ' * 100}\n")
    assert code == 0
    assert "content/story.md:11:1: warning: a line of 10,500 characters in prose (and 1 more), " \
        "over 10,000: a pasted page?\n" in err
    assert "  hint: keep the words a reader needs" in err
    assert err.count("a pasted page") == 1


def test_a_long_paragraph_under_the_limit_is_not_warned(make_site: Callable[..., Path]) -> None:
    code, err = check(make_site, SUMMARY + "word " * 1_990 + "\n")
    assert code == 0
    assert "pasted page" not in err
