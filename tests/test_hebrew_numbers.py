"""Numbers in Hebrew: the exchange of strikes between Iran and Israel builds with --strict and
no warning; a count of countries the list contradicts, a percentage the key figure gives
otherwise are warned about with file, line and column, with a twin that does not warn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "languages" / "hebrew-iran.md"


def test_the_story_builds_strictly_with_no_warning(make_site: Callable[..., Path],
                                                    tmp_path: Path) -> None:
    root = make_site({"content/hebrew-iran.md": FIXTURE.read_text(encoding="utf-8")})
    out = tmp_path / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url",
                     "https://example.org/", "--strict")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr
    assert (out / "he" / "hebrew-iran.html").is_file()


def explainer(summary: str, figure: str, label: str) -> str:
    """Return an explainer in Hebrew with a summary, a key figure and three countries."""
    return (f"---\ntitle: חדשות\ndek: חדשות.\npublished: 2024-11-27\nlanguage: he\n---\n\n"
            f"--- summary\n---\n{summary}\n\n--- figures\nfigures:\n  - value: \"{figure}\"\n"
            f"    label: {label}\n---\n\n--- countries\ncountries:\n  - {{name: Israel}}\n"
            "  - {name: Lebanon}\n  - {name: France}\n---\n")


RATE = ("4.5%", "הריבית של בנק ישראל")
BLOC = ("64", "מושבים לגוש של נתניהו")
CASES = [
    # A count of countries in figures or in words, its letter joined by a hyphen ("ב-7").
    ("שתים עשרה מדינות תומכות בהסכם.", RATE, "10:1: warning: section 'summary' says 'שתים "
     "עשרה מדינות' but the country list has 3 countries"),
    ("שלוש מדינות תומכות בהסכם.", RATE, None),
    ("ההסכם נחתם ב-7 מדינות.", RATE, "10:14: warning"),
    ("ההסכם נחתם ב-3 מדינות.", RATE, None),
    # A percentage with its joined letter, and with the word "אחוז".
    ("הריבית של בנק ישראל עומדת על 4.5%.", RATE, None),
    ("הריבית של בנק ישראל עומדת על 4.75%.", RATE, "10:30: warning"),
    ("הריבית של בנק ישראל עומדת על 4.5 אחוזים.", RATE, None),
    # A part "out of" its whole ("64 מתוך 120 המושבים"): the whole is no second claim.
    ("הגוש של נתניהו זכה ב-64 מתוך 120 המושבים.", BLOC, None),
    ("הגוש של נתניהו זכה ב-62 מתוך 120 המושבים.", BLOC,
     "10:22: warning: section 'summary' says '62 מתוך 120 המושבים' but "
     "the key figure 'מושבים לגוש של נתניהו' (line 14) says '64'"),
]


@pytest.mark.parametrize(("summary", "figure", "warned"), CASES)
def test_counts_and_levels(make_site: Callable[..., Path], summary: str,
                           figure: tuple[str, str], warned: str | None) -> None:
    found = explainer_warnings(make_site, "hadashot.md", explainer(summary, *figure))
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(f"content/hadashot.md:{warned}"), found
