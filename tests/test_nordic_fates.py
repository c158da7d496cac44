"""A Norwegian, Swedish or Danish key figure of what befell people ("drepte i Norge") is held
against a count of people its sentence says the same befell, and not against one that says
another fate befell them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli

STORY = """---
title: Terror i Norge
dek: Angrepene i Oslo og på Utøya.
published: 2012-01-01
language: {language}
---

--- summary
---
{prose}

--- figures
figures:
  - value: '77'
    label: {label}
---
"""

CASES = [  # language, label, a killing miscounted, the same count of another fate
    ("nb", "drepte i Norge", "76 mennesker ble drept i Norge 22. juli 2011.",
     "76 mennesker ble evakuert i Norge 22. juli 2011."),
    ("sv", "dödade i Norge", "76 människor dödades i Norge den 22 juli 2011.",
     "76 människor skadades i Norge den 22 juli 2011."),
    ("da", "dræbte i Norge", "76 mennesker blev dræbt i Norge den 22. juli 2011.",
     "76 mennesker blev såret i Norge den 22. juli 2011."),
]


def warnings_of(make_site: Callable[..., Path], language: str, label: str, prose: str
                ) -> list[str]:
    """Return the warnings `check` prints for a summary beside the key figure."""
    story = STORY.format(language=language, label=label, prose=prose)
    root = make_site({"content/terror.md": story})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


@pytest.mark.parametrize(("language", "label", "killed", "other"), CASES)
def test_a_nordic_count_of_the_killed_is_held_to_the_key_figure(
        make_site: Callable[..., Path], language: str, label: str, killed: str, other: str
) -> None:
    people = killed.split()[1]
    assert warnings_of(make_site, language, label, killed) == [
        f"content/terror.md:10:1: warning: section 'summary' says '76 {people}' but the key "
        f"figure '{label}' (line 14) says '77'"]
    assert warnings_of(make_site, language, label, killed.replace("76", "77")) == []


@pytest.mark.parametrize(("language", "label", "killed", "other"), CASES)
def test_a_nordic_count_of_another_fate_is_silent(
        make_site: Callable[..., Path], language: str, label: str, killed: str, other: str
) -> None:
    assert warnings_of(make_site, language, label, other) == []
