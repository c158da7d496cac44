"""The checks read Greek numbers: "100.000" with a point between thousands and "2,5" with a
comma, numbers in words in their genders and cases ("τρεις", "τρία", "τριών"), "τοις εκατό",
counts of countries ("πέντε χώρες", "τριών χωρών"). A slip planted in a Greek explainer, a
figure a takeaway gives otherwise or a count the country list contradicts, is warned about with
its file, line and column; a Greek explainer that agrees builds with --strict and no warning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
FIRE = "greek-pyrkagia.md"


def check(make_site: Callable[..., Path], name: str, text: str) -> list[str]:
    """Return the warnings `check` prints for a project holding one explainer, first lines."""
    root = make_site({f"content/{name}": text})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


FIRE_SLIPS = [
    ("Κάηκαν περίπου 100.000 στρέμματα", "Κάηκαν περίπου 120.000 στρέμματα",
     "31:20: warning: takeaway says '120.000 στρέμματα' but the key figure 'καμένα "
     "στρέμματα' (line 36) says 'Περίπου 100.000'"),
    ("**πάνω από 700 πυροσβέστες**", "**500 πυροσβέστες**",
     "18:35: warning: section 'summary' says '500 πυροσβέστες' but the key figure "
     "'πυροσβέστες στη μάχη με τις φλόγες' (line 38) says 'Πάνω από 700'"),
    ("ευχαρίστησε τις χώρες", "ευχαρίστησε πέντε χώρες",
     "48:59: warning: section 'prose' says 'πέντε χώρες' but the country list has 3 countries"),
]


@pytest.mark.parametrize(("right", "wrong", "warned"), FIRE_SLIPS)
def test_a_slip_in_the_wildfire_explainer_is_warned_about(make_site: Callable[..., Path],
                                                          right: str, wrong: str,
                                                          warned: str) -> None:
    text = (FIXTURES / FIRE).read_text(encoding="utf-8")
    assert right in text
    assert check(make_site, FIRE, text) == []
    found = check(make_site, FIRE, text.replace(right, wrong, 1))
    assert found == [f"content/{FIRE}:{warned}"], found
