"""Numbers in Swedish, Danish and Norwegian (Bokmål): three explainers as their newsrooms write
them (a strike that spread to the neighbours, a drug maker's rise, a state recognised) build
with --strict and no warning; a count, an amount or a count of countries planted wrong in a
copy is warned about with its file, line and column; and each language's own ways of writing
counts, levels and changes are read, with a twin that still warns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
STORIES = {"swedish-strejk.md": "sv", "danish-wegovy.md": "da", "norwegian-palestina.md": "nb"}


def test_the_three_build_strictly_with_no_warning(make_site: Callable[..., Path],
                                                   tmp_path: Path) -> None:
    root = make_site({f"content/{name}": (FIXTURES / name).read_text(encoding="utf-8")
                      for name in STORIES})
    out = tmp_path / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url",
                     "https://example.org/", "--strict")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr
    for name, language in STORIES.items():
        assert (out / language / name.replace(".md", ".html")).is_file(), name


SLIPS = [
    ("swedish-strejk.md", "Hamnarbetare i fyra hamnar\nlossar", "Hamnarbetare i fem hamnar\nlossar",
     "17:81: warning: section 'summary' says 'fem hamnar' but the key figure 'hamnar där "
     "Teslabilar inte lossas' (line 39) says '4'"),
    ("swedish-strejk.md", "Omkring 90 procent", "Omkring 80 procent",
     "24:9: warning: section 'why-it-matters' says '80 procent' but the key figure 'anställda "
     "i Sverige som omfattas av kollektivavtal' (line 41) says '90\u00a0%'"),
    ("swedish-strejk.md", "Fackförbund i Danmark och Finland", "Fackförbund i fem andra länder",
     "32:19: warning: takeaway says 'fem andra länder' but the country list has 2 contributing "
     "or supporting countries"),
    ("danish-wegovy.md", "Wegovy nåede 31,3 mia. kr.", "Wegovy nåede 33,3 mia. kr.",
     "30:28: warning: takeaway says '33,3 mia. kr.' but the key figure 'salget af Wegovy i "
     "2023' (line 39) says '31,3 mia. kr.'"),
    # "solgte" (sold) is the act of the label's "salget" (the sales).
    ("danish-wegovy.md", "som alene solgte for 31,3 mia. kr.", "som alene solgte for 33,3 mia. kr.",
     "16:52: warning: section 'summary' says '33,3 mia. kr.' but the key figure 'salget af "
     "Wegovy i 2023' (line 39) says '31,3 mia. kr.'"),
    # A point after a day before its month ends no sentence; "gik forbi" and the title's
    # "bliver" name one event by their other words.
    ("danish-wegovy.md", "Den 4. september 2023 gik", "Den 6. september 2023 gik",
     "32:9: warning: a takeaway gives 6. september 2023, but the timeline dates 'Novo Nordisk "
     "bliver Europas mest værdifulde børsnoterede selskab' 2023-09-04 (line 61)"),
    ("norwegian-palestina.md", "Norge og to andre land", "Norge og seks andre land",
     "28:14: warning: takeaway says 'seks andre land' but the country list has 5 countries"),
    ("norwegian-palestina.md", "fikk 143 stemmer", "fikk 144 stemmer",
     "29:36: warning: takeaway says '144 stemmer' but the key figure 'stemmer for resolusjonen "
     "i FNs generalforsamling' (line 35) says '143'"),
]


@pytest.mark.parametrize(("name", "right", "wrong", "warned"), SLIPS)
def test_a_slip_in_the_explainer_is_warned_about(make_site: Callable[..., Path], name: str,
                                                 right: str, wrong: str, warned: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert right in text
    found = explainer_warnings(make_site, name, text.replace(right, wrong, 1))
    assert found and found[0].startswith(f"content/{name}:{warned}"), found
    assert all(line.startswith(f"content/{name}:") for line in found), found


def explainer(language: str, summary: str, figure: str, label: str) -> str:
    """Return an explainer in a language with a summary, a key figure and three countries."""
    return (f"---\ntitle: Nyheder\ndek: Nyheder.\npublished: 2024-06-06\nlanguage: {language}\n"
            f"---\n\n--- summary\n---\n{summary}\n\n--- figures\nfigures:\n  - value: {figure}\n"
            f"    label: {label}\n---\n\n--- countries\ncountries:\n  - {{name: Sweden}}\n"
            "  - {name: Denmark}\n  - {name: Norway}\n---\n")


RATE = ("3,5 %", "styrräntan i Sverige")
CASES = [
    # A count of countries in figures or in words, "andra"/"andre" between them; one that
    # points back ("de fyra länderna", "disse fire lande") is no count of the list.
    ("sv", "Tolv länder stöder beslutet.", RATE, "10:1: warning: section 'summary' says 'Tolv "
     "länder' but the country list has 3 countries"),
    ("sv", "Sverige och två andra länder stöder beslutet.", RATE, None),
    ("sv", "Sverige och tjugoen andra länder stöder beslutet.", RATE, "10:13: warning"),
    ("da", "Danmark og fire andre lande støtter beslutningen.", RATE, "10:12: warning"),
    ("da", "Danmark og to andre lande støtter beslutningen.", RATE, None),
    ("nb", "Seks land støtter vedtaket.", RATE, "10:1: warning"),
    ("nb", "Norge, Sverige og Danmark er enige. Disse tre land og to andre land er naboer.",
     RATE, None),
    # A level and the next: "från 4 till 3,5 procent" gives 4 % as the level before; a change
    # in points ("med 0,25 procentenheter") is no level; a level the figure does not give is
    # warned of.
    ("sv", "Riksbanken sänkte styrräntan i Sverige från 4 till 3,5 procent.", RATE, None),
    ("sv", "Riksbanken sänkte styrräntan i Sverige med 0,25 procentenheter.", RATE, None),
    ("sv", "Styrräntan i Sverige är nu 3,75 procent.", RATE, "10:28: warning: section "
     "'summary' says '3,75 procent'"),
    # Danish "pct." and a point after a day before its month end no sentence.
    ("da", "Den 7. juni var renten i Danmark 3,6 pct.", ("3,6 %", "renten i Danmark"), None),
    ("da", "Den 7. juni var renten i Danmark 3,4 pct.", ("3,6 %", "renten i Danmark"),
     "10:34: warning: section 'summary' says '3,4 pct.'"),
    # Thousands parted by a space, a decimal comma, kroner and the scale's word.
    ("nb", "Oljefondet tjente 2 222 milliarder kroner i 2023.",
     ("2 222 mrd. kroner", "oljefondets avkastning i 2023"), None),
    ("nb", "Oljefondets avkastning i 2023 var 2 022 milliarder kroner.",
     ("2 222 mrd. kroner", "oljefondets avkastning i 2023"), "10:35: warning"),
    # A verb of figures in the past is its noun's act: "sålde" the label's "försäljningen",
    # "solgte" "salget"; another act ("köpte", bought) is not.
    ("sv", "Bolaget sålde bilar för 4,5 miljarder kronor i Norge.",
     ("4,2 miljarder kronor", "försäljningen i Norge"), "10:25: warning: section 'summary' says "
     "'4,5 miljarder kronor' but the key figure 'försäljningen i Norge' (line 14) says"),
    ("sv", "Bolaget köpte bilar för 4,5 miljarder kronor i Norge.",
     ("4,2 miljarder kronor", "försäljningen i Norge"), None),
    ("nb", "Selskapet solgte aksjer for 3 milliarder kroner.",
     ("2 mrd. kroner", "salget av aksjer"), "10:29: warning"),
    # A threshold ("spärren på 4 procent", "krävs") is no level reached, and none is one.
    ("sv", "Partierna som klarade spärren på 4 procent fick mandat.",
     ("19,1 %", "andel av rösterna"), None),
    ("sv", "Partierna som klarade valet fick 4 procent av rösterna.",
     ("19,1 %", "andel av rösterna"), "10:34: warning: section 'summary' says '4 procent'"),
    ("nb", "Partiene over sperregrensen på 4 prosent fikk mandater.",
     ("20,4 %", "andel av stemmene"), None),
    ("nb", "Partiene fikk 4 prosent av stemmene.", ("20,4 %", "andel av stemmene"),
     "10:15: warning"),
    ("da", "Lovforslaget fik 90 stemmer.", ("90", "stemmer der kræves for et flertal"), None),
    ("da", "Der kræves 91 stemmer for et flertal.", ("90", "stemmer der kræves for et flertal"),
     "10:12: warning"),
]


@pytest.mark.parametrize(("language", "summary", "figure", "warned"), CASES)
def test_counts_and_levels(make_site: Callable[..., Path], language: str, summary: str,
                           figure: tuple[str, str], warned: str | None) -> None:
    found = explainer_warnings(make_site, "nyheder.md", explainer(language, summary, *figure))
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(f"content/nyheder.md:{warned}"), found


@pytest.mark.parametrize(("age", "warned"), [
    ("60", None), ("62", "10:68: warning: section 'summary' gives the age 62")])
def test_an_age_in_swedish_is_held_against_the_birth(make_site: Callable[..., Path], age: str,
                                                     warned: str | None) -> None:
    text = ("---\ntitle: T\ndek: D.\npublished: 2024-03-12\nlanguage: sv\n---\n\n--- summary\n"
            "---\nDen 7 mars 2024 blev Kristersson, född den 29 december 1963 och då "
            f"{age} år gammal, statsminister i ett Natoland.\n\n--- timeline\n"
            "source: https://example.org/\nevents:\n  - date: 2024-03-07\n"
            "    title: Sverige blir medlem i Nato\n---\n")
    found = explainer_warnings(make_site, "a.md", text)
    assert (found == []) if warned is None else (
        len(found) == 1 and found[0].startswith(f"content/a.md:{warned}")), found
