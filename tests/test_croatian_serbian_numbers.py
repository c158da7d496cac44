"""Croatian and Serbian explainers have their numbers read, Serbian in Cyrillic as in Latin
letters: a takeaway's count of weeks, of victims or of countries that the key figures or the
country list give otherwise is warned about with its file, line and column; a level and the
next, a change, a range and a count that points back are not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, planted_warnings, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
CROATIAN, SERBIAN = "croatian-euro.md", "serbian-nadstresnica.md"


@pytest.mark.parametrize(("name", "language"), [(CROATIAN, "hr"), (SERBIAN, "sr")])
def test_the_story_builds_strictly_with_no_warning(make_site: Callable[..., Path],
                                                   tmp_path: Path, name: str,
                                                   language: str) -> None:
    root = make_site({f"content/{name}": (FIXTURES / name).read_text(encoding="utf-8")})
    out = tmp_path / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url",
                     "https://example.org/", "--strict")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr
    page = out / language / name.replace(".md", ".html")
    assert f'lang="{language}"' in page.read_text("utf-8")


SLIPS = [
    # Weeks in words that the key figure gives in figures.
    (CROATIAN, "zajedno dva tjedna", "zajedno tri tjedna",
     "30:45: warning: takeaway says 'tri tjedna' but the key figure 'tjedna dvojnog optjecaja "
     "kune i eura' (line 38) says '2'"),
    # A count of countries in words, a ten "i" a unit, in the accusative.
    (CROATIAN, "za jedan euro.\n  - Kuna",
     "za jedan euro.\n  - Europodručje s Hrvatskom ima dvadeset i jednu zemlju.\n  - Kuna",
     "30:34: warning: takeaway says 'dvadeset i jednu zemlju' but the country list has 1 "
     "country"),
    (CROATIAN, "ukinute su 26. ožujka", "ukinute su 27. ožujka",
     "31:46: warning: a takeaway gives 27. ožujka 2023, but the timeline dates 'Ukinute "
     "kontrole na zračnim granicama' 2023-03-26 (line 66)"),
    # Serbian in Cyrillic: the victims of the day.
    (SERBIAN, "погинуло је 14 људи.", "погинуло је 15 људи.",
     "30:32: warning: takeaway says '15 људи' but the key figure 'људи погинулих на дан "
     "несреће' (line 38) says '14'"),
    # A day with its month in the genitive, which CLDR's Serbian months are not.
    (SERBIAN, "одржан је 15. марта 2025.", "одржан је 16. марта 2025.",
     "33:41: warning: a takeaway gives 16. марта 2025, but the timeline dates 'Велики протест "
     "у Београду' 2025-03-15 (line 66)"),
    (SERBIAN, "Београду одржан је 15. марта 2025.\n",
     "Београду одржан је 15. марта 2025.\n  - Протести су се проширили на још девет земаља.\n",
     "34:33: warning: takeaway says 'још девет земаља' but the country list has 1 country"),
]


@pytest.mark.parametrize(("name", "right", "wrong", "warned"), SLIPS)
def test_a_slip_in_the_story_is_warned_about(make_site: Callable[..., Path], name: str,
                                             right: str, wrong: str, warned: str) -> None:
    found = planted_warnings(make_site, FIXTURES / name, right, wrong, True)
    assert len(found) == 1 and found[0].startswith(f"content/{name}:{warned}"), found


def story(language: str, summary: str) -> str:
    """Return an explainer with a summary, two key figures and a country list of three."""
    return (f"---\ntitle: Kamate\ndek: Odluka banke.\npublished: 2024-06-06\n"
            f"language: {language}\n---\n\n--- summary\n---\n{summary}\n\n--- figures\n"
            "figures:\n  - value: 3,5 %\n    label: nova kamatna stopa središnje banke\n"
            "  - value: 1.500\n    label: evakuiranih stanovnika Karlovca\n---\n\n"
            "--- countries\ncountries:\n  - {name: Croatia}\n  - {name: Serbia}\n"
            "  - {name: Slovenia}\n---\n")


SUMMARIES = [
    # A percentage the figure gives otherwise, with "posto", "odsto" or in Cyrillic.
    ("hr", "Nova kamatna stopa središnje banke iznosi 3,75 posto.", "10:43: warning: section "
     "'summary' says '3,75 posto' but the key figure 'nova kamatna stopa središnje banke' "
     "(line 14) says '3,5\u00a0%'"),
    ("hr", "Nova kamatna stopa središnje banke iznosi 3,5 posto.", None),
    ("sr-Latn", "Nova kamatna stopa središnje banke iznosi 4 odsto.", "10:43: warning"),
    ("sr", "Нова каматна стопа средишње банке износи 4 одсто.", "10:42: warning"),
    ("sr", "Нова каматна стопа средишње банке износи 3,5 одсто.", None),
    # A level and the next, a change by so much, a range: no level to hold.
    ("hr", "Kamatna stopa središnje banke porasla je za 2 posto.", None),
    ("hr", "Kamatna stopa središnje banke bit će od 3 do 4 posto.", None),
    ("sr", "Каматна стопа средишње банке порасла је за 2 одсто.", None),
    # Thousands parted by a point.
    ("hr", "Iz Karlovca je evakuirano 1.600 stanovnika.", "10:27: warning: section 'summary' "
     "says '1.600 stanovnika' but the key figure 'evakuiranih stanovnika Karlovca' (line 16) "
     "says '1.500'"),
    ("hr", "Iz Karlovca je evakuirano 1.500 stanovnika.", None),
    # Counts of countries in their cases; not one that points back, nor another whole's.
    ("hr", "Poplave su pogodile četiri zemlje.", "10:21: warning: section 'summary' says "
     "'četiri zemlje' but the country list has 3 countries"),
    ("hr", "Poplave su pogodile tri zemlje.", None),
    ("hr", "Hrvatska i još dvije zemlje potpisale su sporazum.", None),
    ("hr", "Hrvatska i još pet zemalja potpisale su sporazum.", "10:12: warning: section "
     "'summary' says 'još pet zemalja'"),
    ("hr", "Hrvatska i Srbija su se dogovorile. Te dvije zemlje potpisale su sporazum.", None),
    ("hr", "Sporazum su potpisale dvije zemlje.", "10:23: warning: section 'summary' says "
     "'dvije zemlje' but the country list has 3 countries"),
    ("hr", "Sporazum je podržalo svih 27 država članica EU.", None),
    ("hr", "Sporazum je podržalo 27 država članica.", "10:22: warning"),
    ("sr", "Поплаве су погодиле четири земље.", "10:21: warning: section 'summary' says "
     "'четири земље' but the country list has 3 countries"),
    ("sr", "Поплаве су погодиле три земље.", None),
    ("sr-Latn", "Poplave su pogodile pet država.", "10:21: warning"),
]


@pytest.mark.parametrize(("language", "summary", "warned"), SUMMARIES)
def test_croatian_and_serbian_levels_and_counts(make_site: Callable[..., Path], language: str,
                                                summary: str, warned: str | None) -> None:
    found = explainer_warnings(make_site, "kamate.md", story(language, summary), read=True)
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(f"content/kamate.md:{warned}"), found
