"""A dek is read right after its title: a span its first sentence says "later" is measured
from what the title tells, as a sentence of prose is from the one before it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli

STORY = """---
title: {title}
dek: Webb sent back its first full-colour images {count} days later.
published: 2022-08-01
language: en-GB
---

--- summary
---
The James Webb Space Telescope is the largest telescope in space.

--- timeline
source: https://example.org/
events:
  - date: 2021-12-25
    title: Webb launches on an Ariane 5
  - date: 2022-07-12
    title: NASA releases Webb's first full-colour images
---
"""


def warnings_of(make_site: Callable[..., Path], title: str, count: int) -> list[str]:
    """Return the warnings `check` prints for the story under a title, its dek saying the
    images came count days later."""
    root = make_site({"content/webb.md": STORY.format(title=title, count=count)})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


def test_a_dek_s_span_later_than_its_title_s_event_is_held_to_the_timeline(
        make_site: Callable[..., Path]) -> None:
    assert warnings_of(make_site, "Webb launches on 25 December 2021", 189) == [
        "content/webb.md:3:50: warning: the dek says 189 days after 25 December 2021 "
        "(2021-12-25), but the timeline dates 'NASA releases Webb’s first full-colour images' "
        "2022-07-12, 199 days after"]


@pytest.mark.parametrize(("title", "count"), [
    ("Webb launches on 25 December 2021", 199),
    ("What Webb has seen so far", 189),
])
def test_a_dek_s_span_that_fits_or_that_its_title_gives_no_start_is_silent(
        make_site: Callable[..., Path], title: str, count: int) -> None:
    assert warnings_of(make_site, title, count) == []
