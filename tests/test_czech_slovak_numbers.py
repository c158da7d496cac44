"""Czech and Slovak explainers have their numbers read: a takeaway's count of regions, of
shots or of countries that the key figures or the country list give otherwise is warned about
with its file, line and column; a level and the next, a change, a range and a count that points
back are not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, planted_warnings, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
CZECH, SLOVAK = "czech-povodne.md", "slovak-atentat.md"


def test_the_slovak_story_builds_strictly_with_no_warning(make_site: Callable[..., Path],
                                                          tmp_path: Path) -> None:
    root = make_site({f"content/{SLOVAK}": (FIXTURES / SLOVAK).read_text(encoding="utf-8")})
    out = tmp_path / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url",
                     "https://example.org/", "--strict")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr, result.stderr
    assert 'lang="sk"' in (out / "sk" / SLOVAK.replace(".md", ".html")).read_text("utf-8")


SLIPS = [
    # The regions in which the elections are held: "kraj" is a region, held against its figure.
    (CZECH, "ve 13 krajích", "ve 14 krajích",
     "30:32: warning: takeaway says '14 krajích' but the key figure 'krajů, v nichž se konají "
     "krajské volby' (line 37) says '13'"),
    # A count of countries in words, in the genitive, that the list of five contradicts.
    (CZECH, "září protrhla hráz Odry.\n",
     "září protrhla hráz Odry.\n  - Povodně zasáhly šest zemí.\n",
     "29:21: warning: takeaway says 'šest zemí' but the country list has 5 countries"),
    (SLOVAK, "päť výstrelov", "šesť výstrelov",
     "28:35: warning: takeaway says 'šesť výstrelov' but the key figure 'výstrelov, ktoré "
     "útočník vystrelil' (line 36) says '5'"),
    (SLOVAK, "útočníka 18. mája", "útočníka 19. mája",
     "30:48: warning: a takeaway gives 19. mája, but the timeline dates 'Špecializovaný trestný "
     "súd posiela útočníka do väzby' 2024-05-18 (line 60)"),
    (SLOVAK, "podstúpil dve operácie", "podstúpil tri operácie",
     "29:35: warning: takeaway says 'tri operácie' but the key figure 'operácie, ktoré premiér "
     "v nemocnici podstúpil' (line 38) says '2'"),
]


@pytest.mark.parametrize(("name", "right", "wrong", "warned"), SLIPS)
def test_a_slip_in_the_story_is_warned_about(make_site: Callable[..., Path], name: str,
                                             right: str, wrong: str, warned: str) -> None:
    found = planted_warnings(make_site, FIXTURES / name, right, wrong)
    assert len(found) == 1 and found[0].startswith(f"content/{name}:{warned}"), found


def test_the_count_of_countries_the_list_gives_passes(make_site: Callable[..., Path]) -> None:
    text = (FIXTURES / CZECH).read_text(encoding="utf-8")
    planted = text.replace("září protrhla hráz Odry.\n",
                           "září protrhla hráz Odry.\n  - Povodně zasáhly pět zemí.\n", 1)
    assert explainer_warnings(make_site, CZECH, planted) == []


LABELS = {"cs": ("nová úroková sazba centrální banky", "evakuovaných obyvatel Opavy"),
          "sk": ("nová úroková sadzba centrálnej banky", "evakuovaných obyvateľov Opavy")}


def story(language: str, summary: str) -> str:
    """Return an explainer with a summary, two key figures and a country list of three."""
    rate, people = LABELS[language]
    return (f"---\ntitle: Sazby\ndek: Rozhodnutí banky.\npublished: 2024-06-06\n"
            f"language: {language}\n---\n\n--- summary\n---\n{summary}\n\n--- figures\n"
            f"figures:\n  - value: 3,5 %\n    label: {rate}\n"
            f"  - value: 1 500\n    label: {people}\n---\n\n"
            "--- countries\ncountries:\n  - {name: Czechia}\n  - {name: Slovakia}\n"
            "  - {name: Poland}\n---\n")


SUMMARIES = [
    # A percentage the figure gives otherwise, with "procenta" or "%", is warned of.
    ("cs", "Centrální banka snížila úrokovou sazbu na 3,75 procenta.", "10:43: warning: "
     "section 'summary' says '3,75 procenta' but the key figure 'nová úroková sazba centrální "
     "banky' (line 14) says '3,5\u00a0%'"),
    ("cs", "Nová úroková sazba centrální banky je 35 procent.", "10:39: warning"),
    ("cs", "Centrální banka snížila úrokovou sazbu na 3,5 procenta.", None),
    # A level and the next, a change by points or by so much, a range: no level to hold.
    ("cs", "Centrální banka snížila úrokovou sazbu ze 4 % na 3,5 %.", None),
    ("cs", "Centrální banka snížila úrokovou sazbu o 0,25 procentního bodu na 3,5 %.", None),
    ("cs", "Úroková sazba centrální banky klesla o 2 procenta.", None),
    ("cs", "Sazba centrální banky bude 3 až 4 procenta.", None),
    # Thousands parted by a space or a no-break space.
    ("cs", "Z Opavy evakuovali 1\u00a0600 obyvatel.", "10:20: warning: section 'summary' says "
     "'1\u00a0600 obyvatel' but the key figure 'evakuovaných obyvatel Opavy' (line 16) says "
     "'1\u00a0500'"),
    ("cs", "Z Opavy evakuovali 1 500 obyvatel.", None),
    # Counts of countries in their cases; not one that points back, nor another whole's.
    ("cs", "Povodně zasáhly ve čtyřech zemích.", "10:20: warning: section 'summary' says "
     "'čtyřech zemích' but the country list has 3 countries"),
    ("cs", "Česko a 5 dalších států podepsalo dohodu.", "10:9: warning: section 'summary' "
     "says '5 dalších států' but the country list has 3 countries"),
    ("cs", "Česko a dva další státy podepsaly dohodu.", None),
    ("cs", "Česko, Slovensko a Polsko jednaly. Ty tři země se dohodly.", None),
    ("cs", "Dohodu podpořilo všech 27 členských států EU.", None),
    ("cs", "Dohodu podpořilo 27 členských států.", "10:18: warning"),
    ("sk", "Centrálna banka znížila úrokovú sadzbu na 3,75 percenta.", "10:43: warning: "
     "section 'summary' says '3,75 percenta' but the key figure 'nová úroková sadzba "
     "centrálnej banky' (line 14) says '3,5\u00a0%'"),
    ("sk", "Centrálna banka znížila úrokovú sadzbu zo 4 % na 3,5 %.", None),
    ("sk", "Úroková sadzba centrálnej banky klesla o 2 percentá.", None),
    ("sk", "Dohodu podpísali štyri krajiny.", "10:18: warning: section 'summary' says 'štyri "
     "krajiny' but the country list has 3 countries"),
    ("sk", "Ministri sa stretli v piatich krajinách.", "10:23: warning"),
    ("sk", "Dohodu podpísali tri krajiny.", None),
]


@pytest.mark.parametrize(("language", "summary", "warned"), SUMMARIES)
def test_czech_and_slovak_levels_and_counts(make_site: Callable[..., Path], language: str,
                                            summary: str, warned: str | None) -> None:
    found = explainer_warnings(make_site, "sazby.md", story(language, summary))
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(f"content/sazby.md:{warned}"), found
