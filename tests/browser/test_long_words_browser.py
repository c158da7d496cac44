"""A word longer than a phone is wide, in every place an author may write one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from .test_layout import OVERFLOWING

WORD = "Interdepartmentalcoordinationcommitteeforcross-borderpolicing"
FILLER = "The delegations met again and talked about the police mission at length. " * 25


def long_story() -> str:
    """Return an explainer long enough for its contents, with the long word in a heading."""
    headings = ["The talks", f"The {WORD}", "The money", "The officers"]
    sections = "".join(f"--- prose\nheading: {h}\n---\n{FILLER}\n\n" for h in headings)
    front = f"---\ntitle: Talks\ndek: D\npublished: 2024-05-23\ntags: [Police, {WORD}]\n---\n\n"
    return front + sections


@pytest.fixture(scope="module")
def long_words(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site whose explainer has a heading and a tag of one long word."""
    root = tmp_path_factory.mktemp("long-words")
    write_project(root, {"content/talks.md": long_story()})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.mark.parametrize("width", [320, 390])
def test_a_long_heading_or_tag_never_scrolls_a_phone_sideways(long_words: Path, make_page,
                                                             width: int) -> None:
    page = make_page(viewport={"width": width, "height": 800})
    for name in ("talks.html", "tags/index.html", "search.html"):
        page.goto((long_words / name).as_uri())
        assert page.get_by_text(WORD, exact=False).count() > 0, f"no long word on {name}"
        assert page.evaluate(OVERFLOWING) == [], f"{name} at {width} px"
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        assert scroll <= inner, f"{name} scrolls sideways at {width} px"
    page.goto((long_words / "talks.html").as_uri())
    assert page.locator(".contents a").count() == 4, "no contents list: no test"
