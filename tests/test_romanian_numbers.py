"""Romanian explainers have their numbers read: a takeaway's percentage, count of years or of
countries that the key figures or the country list give otherwise, and a day the timeline gives
otherwise, are warned about with their file, line and column, whether a word is written with the
comma below ("ț") or the cedilla ("ţ"); a level and the next, a change, a range, a poll's figure
and a count that points back or counts another whole's are not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, planted_warnings, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
ELECTION, SCHENGEN = "romanian-alegeri.md", "romanian-schengen.md"


@pytest.mark.parametrize("name", [ELECTION, SCHENGEN])
def test_the_romanian_stories_build_strictly_with_no_warning(
        make_site: Callable[..., Path], tmp_path: Path, name: str) -> None:
    root = make_site({f"content/{name}": (FIXTURES / name).read_text(encoding="utf-8")})
    out = tmp_path / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url",
                     "https://example.org/", "--strict")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr, result.stderr
    assert "skipped" not in result.stderr, result.stderr  # the numbers were read
    assert 'lang="ro"' in (out / "ro" / name.replace(".md", ".html")).read_text("utf-8")


SLIPS = [
    (ELECTION, "cu 22,94% din voturi", "cu 23,94% din voturi",
     "30:64: warning: takeaway says '23,94%' but the key figure 'voturi obţinute de Călin "
     "Georgescu în primul tur' (line 39) says '22,94%'"),
    (ELECTION, "alegerile la 6 decembrie", "alegerile la 5 decembrie",
     "33:31: warning: a takeaway gives 5 decembrie, but the timeline dates 'CCR anulează "
     "alegerile prezidenţiale' 2024-12-06 (line 71)"),
    # A poll's figure is what was expected; the same figure as a result is held to the figure.
    (ELECTION, "pe care sondajele îl plasau sub 10%, câştigase",
     "care a obţinut 10%, câştigase",
     "19:56: warning: section 'summary' says '10%' but the key figure 'voturi obţinute de "
     "Călin Georgescu în primul tur' (line 39) says '22,94%'"),
    (SCHENGEN, "din patru țări", "din cinci țări",
     "28:30: warning: takeaway says 'cinci țări' but the country list has 4 countries"),
    (SCHENGEN, "din patru țări", "din cinci ţări",
     "28:30: warning: takeaway says 'cinci ţări' but the country list has 4 countries"),
    (SCHENGEN, "după 18 ani", "după 17 ani",
     "30:64: warning: takeaway says '17 ani' but the key figure 'ani de așteptare de la "
     "aderarea la UE până la intrarea deplină în Schengen' (line 35) says '18'"),
    (SCHENGEN, "la 22 noiembrie 2024", "la 23 noiembrie 2024",
     "28:79: warning: a takeaway gives 23 noiembrie 2024, but the timeline dates 'Miniștrii de "
     "interne ajung la un acord la Budapesta' 2024-11-22 (line 59)"),
]


@pytest.mark.parametrize(("name", "right", "wrong", "warned"), SLIPS)
def test_a_slip_in_the_story_is_warned_about(make_site: Callable[..., Path], name: str,
                                             right: str, wrong: str, warned: str) -> None:
    found = planted_warnings(make_site, FIXTURES / name, right, wrong)
    assert len(found) == 1 and found[0].startswith(f"content/{name}:{warned}"), found


@pytest.mark.parametrize("said", ["din patru ţări", "din patru tari",
                                  "în decembrie 2022. Cele 29 de state ale spațiului Schengen "
                                  "au aprobat decizia"])
def test_a_count_the_list_gives_or_another_whole_s_passes(make_site: Callable[..., Path],
                                                          said: str) -> None:
    text = (FIXTURES / SCHENGEN).read_text(encoding="utf-8")
    planted = text.replace("din patru țări", said, 1) if said.startswith("din") \
        else text.replace("în decembrie 2022.", said + ".", 1)
    assert planted != text
    assert explainer_warnings(make_site, SCHENGEN, planted) == []


def story(summary: str) -> str:
    """Return an explainer with a summary, two key figures and a country list of three."""
    return ("---\ntitle: Dobânda\ndek: Decizia băncii.\npublished: 2024-06-06\nlanguage: ro\n"
            f"---\n\n--- summary\n---\n{summary}\n\n--- figures\n"
            "figures:\n  - value: 6,5%\n    label: noua rată a dobânzii de politică monetară\n"
            "  - value: 1.500\n    label: locuitori evacuați din Galați\n---\n\n"
            "--- countries\ncountries:\n  - {name: Romania}\n  - {name: Bulgaria}\n"
            "  - {name: Hungary}\n---\n")


SUMMARIES = [
    # A percentage the figure gives otherwise, with "%" or "la sută", is warned of.
    ("Banca a stabilit noua rată a dobânzii de politică monetară la 6,75%.", "10:63: warning: "
     "section 'summary' says '6,75%' but the key figure 'noua rată a dobânzii de politică "
     "monetară' (line 14) says '6,5%'"),
    ("Noua rată a dobânzii de politică monetară este de 7 la sută.", "10:51: warning"),
    ("Banca a stabilit noua rată a dobânzii de politică monetară la 6,5%.", None),
    # A level and the next, a change, a range: no level to hold.
    ("Rata dobânzii de politică monetară a scăzut de la 7% la 6,5%.", None),
    ("Rata dobânzii de politică monetară a crescut cu 2%.", None),
    ("Rata dobânzii de politică monetară va fi între 5 şi 6 la sută.", None),
    # Thousands parted by a point, "de" from twenty on.
    ("Din Galați au fost evacuați 1.600 de locuitori.", "10:29: warning: section 'summary' "
     "says '1.600 de locuitori' but the key figure 'locuitori evacuați din Galați' (line 16) "
     "says '1.500'"),
    ("Din Galați au fost evacuați peste 1.500 de locuitori.", None),
    # Counts of countries in words and figures, in their genders; not one that points back.
    ("Acordul a fost semnat de patru țări.", "10:26: warning: section 'summary' says 'patru "
     "țări' but the country list has 3 countries"),
    ("România și alte nouă state au semnat acordul.", "10:12: warning: section 'summary' says "
     "'alte nouă state' but the country list has 3 countries"),
    ("Acordul a fost semnat de douăsprezece state.", "10:26: warning"),
    ("România şi alte nouă ţări au semnat acordul.", "10:12: warning: section 'summary' says "
     "'alte nouă ţări' but the country list has 3 countries"),
    ("Acordul a fost semnat de douăzeci şi una de ţări.", "10:26: warning: section 'summary' "
     "says 'douăzeci şi una de ţări' but the country list has 3 countries"),
    ("Acordul a fost semnat de trei ţări.", None),
    ("Acordul a fost semnat de 25 de țări.", "10:26: warning"),
    ("România și alte două state au semnat acordul.", None),
    ("România, Bulgaria și Ungaria au negociat. Cele trei țări au semnat.", None),
    ("Acordul a fost aprobat de toate cele 27 de state membre ale UE.", None),
    # The whole named first, having them: its members, not the list's.
    ("Spațiul Schengen are 29 de state. Uniunea Europeană are 27 de state membre.", None),
    ("Spaţiul Schengen numără 29 de ţări.", None),
    ("Acordul are 29 de state semnatare.", "10:13: warning: section 'summary' says '29 de "
     "state' but the country list has 3 countries"),
    ("Grupul are 29 de state.", "10:12: warning"),
    # "nouă" is also "new": "o nouă lege" counts nothing.
    ("Cele trei țări au adoptat o nouă lege.", None),
]


@pytest.mark.parametrize(("summary", "warned"), SUMMARIES)
def test_romanian_levels_and_counts(make_site: Callable[..., Path], summary: str,
                                    warned: str | None) -> None:
    found = explainer_warnings(make_site, "dobanda.md", story(summary))
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(f"content/dobanda.md:{warned}"), found


def budget(summary: str) -> str:
    """Return an explainer with a summary and a key figure of money in lei."""
    return ("---\ntitle: Buget\ndek: Fonduri.\npublished: 2024-06-06\nlanguage: ro\n---\n\n"
            f"--- summary\n---\n{summary}\n\n--- figures\nfigures:\n"
            "  - value: 2,5 miliarde de lei\n    label: fonduri alocate de Guvern pentru spitale\n"
            "---\n")


@pytest.mark.parametrize(("summary", "warned"), [
    ("Guvernul a alocat 3,5 miliarde de lei pentru spitale.", "10:19: warning: section "
     "'summary' says '3,5 miliarde de lei' but the key figure 'fonduri alocate de Guvern pentru "
     "spitale' (line 14) says '2,5 miliarde de lei'"),
    ("Guvernul a alocat 2,5 miliarde de lei pentru spitale.", None),
    ("Guvernul a alocat 2.500 de milioane de lei pentru spitale.", None),
])
def test_romanian_money(make_site: Callable[..., Path], summary: str, warned: str | None) -> None:
    found = explainer_warnings(make_site, "buget.md", budget(summary))
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(f"content/buget.md:{warned}"), found
