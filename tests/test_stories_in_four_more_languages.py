"""Four explainers as Dutch, Swedish, Czech and Greek newsrooms write them (a central bank's
rate decision, a strike that spread across the country, floods in Central Europe, a wildfire
near Athens) build with --strict and no warning; a slip planted in each, a day a takeaway
gives otherwise than the timeline, is warned about with its file, line and column."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, planted_warnings, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
STORIES = {"dutch-rente.md": "nl", "swedish-strejk.md": "sv", "czech-povodne.md": "cs",
           "greek-pyrkagia.md": "el"}


def test_the_four_build_strictly_with_no_warning(make_site: Callable[..., Path],
                                                  tmp_path: Path) -> None:
    root = make_site({f"content/{name}": (FIXTURES / name).read_text(encoding="utf-8")
                      for name in STORIES})
    out = tmp_path / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url",
                     "https://example.org/", "--strict")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr, result.stderr
    for name, language in STORIES.items():
        page = (out / language / name.replace(".md", ".html")).read_text(encoding="utf-8")
        assert re.search(rf'<html[^>]* lang="{language}"', page), name


SLIPS = [
    ("dutch-rente.md", "op 6 juni 2024 de", "op 7 juni 2024 de",
     "29:25: warning: a takeaway gives 7 juni 2024, but the timeline dates 'ECB verlaagt de "
     "depositorente naar 3,75 procent' 2024-06-06 (line 73)"),
    ("swedish-strejk.md", "lossa Teslabilar den 7 november", "lossa Teslabilar den 9 november",
     "30:92: warning: a takeaway gives 9 november, but the timeline dates 'Hamnarbetare i fyra "
     "hamnar slutar lossa Teslabilar' 2023-11-07 (line 65)"),
    ("dutch-rente.md", "bedroeg de inflatie in de eurozone 2,6 procent",
     "bedroeg de inflatie in de eurozone 2,8 procent",
     "32:52: warning: takeaway says '2,8 procent' but the key figure 'inflatie in de eurozone "
     "in mei 2024, eerste raming' (line 41) says '2,6%'"),
    ("czech-povodne.md", "V Ostravě se 15. září", "V Ostravě se 16. září",
     "28:18: warning: a takeaway gives 16. září, but the timeline dates 'V Ostravě se protrhla "
     "hráz Odry' 2024-09-15 (line 63)"),
    ("greek-pyrkagia.md", "στις 11 Αυγούστου 2024", "στις 10 Αυγούστου 2024",
     "28:45: warning: a takeaway gives 10 Αυγούστου 2024, but the timeline dates 'Ξεσπά φωτιά "
     "κοντά στον Βαρνάβα' 2024-08-11 (line 55)"),
]


@pytest.mark.parametrize(("name", "right", "wrong", "warned"), SLIPS)
def test_a_slip_in_the_explainer_is_warned_about(make_site: Callable[..., Path], name: str,
                                                 right: str, wrong: str, warned: str) -> None:
    found = planted_warnings(make_site, FIXTURES / name, right, wrong)
    assert len(found) == 1 and found[0].startswith(f"content/{name}:{warned}"), found


def dutch(summary: str) -> str:
    """Return a Dutch explainer with a summary, a key figure and a country list of three."""
    return ("---\ntitle: Rente\ndek: Het rentebesluit.\npublished: 2024-06-06\nlanguage: nl\n"
            "---\n\n--- summary\n---\n"
            f"{summary}\n\n--- figures\nfigures:\n  - value: 3,75%\n"
            "    label: nieuwe depositorente van de ECB\n---\n\n--- countries\ncountries:\n"
            "  - {name: Netherlands}\n  - {name: Belgium}\n  - {name: Germany}\n---\n")


DUTCH = [
    # A count of countries in figures or in words, "andere" between them, is the list's; one
    # that points back ("de twee landen") is not, nor a change in points.
    ("Twaalf landen steunen het besluit.", "10:1: warning: section 'summary' says 'Twaalf "
     "landen' but the country list has 3 countries"),
    ("Nederland en 5 andere landen steunen het besluit.", "10:14: warning: section 'summary' "
     "says '5 andere landen' but the country list has 3 countries"),
    ("Nederland en twee andere landen steunen het besluit.", None),
    ("Nederland, België en Duitsland steunen het. De twee landen aan de grens zijn tevreden.",
     None),
    # A level and the next: "van 4 procent naar 3,75 procent" gives 4 % as the level before;
    # a level the figure does not give is warned of.
    ("De ECB verlaagde de depositorente van 4 procent naar 3,75 procent.", None),
    ("De nieuwe depositorente van de ECB is 3,5 procent.", "10:39: warning: section 'summary' "
     "says '3,5 procent' but the key figure 'nieuwe depositorente van de ECB' (line 14) says "
     "'3,75%'"),
    # A change in points is no level: "met 0,25 procentpunt".
    ("De ECB verlaagde de nieuwe depositorente met 0,25 procentpunt.", None),
    ("De nieuwe depositorente van de ECB is 0,25 procent.", "10:39: warning"),
]


@pytest.mark.parametrize(("summary", "warned"), DUTCH)
def test_dutch_counts_and_levels(make_site: Callable[..., Path], summary: str,
                                 warned: str | None) -> None:
    found = explainer_warnings(make_site, "rente.md", dutch(summary))
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(f"content/rente.md:{warned}"), found
