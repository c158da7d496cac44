"""The same mistake on many entries of a file is reported once, naming every line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.cli import main
from explainer.errors import Problem, group_problems

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n\n"


def event(day: int, title: str, source: str = "") -> str:
    return f"  - date: 2024-05-{day:02}\n    title: {title}\n{source}"


def test_events_without_a_source_get_one_warning_listing_their_lines(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    events = "".join(event(day, f"Vote number {day}") for day in range(1, 5))
    root = make_site({"content/x.md": FRONT + "--- timeline\nevents:\n" + events + "---\n"})
    assert main(["check", "--root", str(root), "--base-url", "https://example.org/"]) == 0
    err = capsys.readouterr().err
    assert err == (
        "content/x.md:9: warning: section 'timeline': event 'Vote number 1', 'Vote number 2', "
        "'Vote number 3', ... has no source on lines 9, 11, 13, 15 (4 entries)\n"
        "  hint: add 'source:' with a link, or with a title for a report that is not online; or "
        "give the timeline a 'source:' for all its events\n")


def test_a_mistake_made_once_reads_as_before() -> None:
    alone = Problem("content/x.md", 9, 5, "section 'timeline': event 'Vote' has no source",
                    "add 'source:'", "  - date: 2024-05-01", "warning")
    assert group_problems([alone]) == [alone]


def test_different_fields_missing_stay_apart() -> None:
    title = Problem("content/x.md", 2, 1, "front matter: 'title' is required",
                    "add 'title: some text'", "---")
    dek = Problem("content/x.md", 9, 1, "front matter: 'dek' is required",
                  "add 'dek: some text'", "---")
    assert group_problems([dek, title]) == [title, dek]


def test_the_same_mistake_in_two_files_is_reported_for_each() -> None:
    one, two = (Problem(path, 4, 1, "section 'countries': unknown country 'Kenia'", "",
                        "  - name: Kenia") for path in ("content/a.md", "content/b.md"))
    assert group_problems([two, one]) == [one, two]
