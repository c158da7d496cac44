"""The checks read Greek numbers: "100.000" with a point between thousands and "2,5" with a
comma, numbers in words in their genders and cases ("τρεις", "τρία", "τριών"), "τοις εκατό",
counts of countries ("πέντε χώρες", "τριών χωρών"). A slip planted in a Greek explainer, a
figure a takeaway gives otherwise or a count the country list contradicts, is warned about with
its file, line and column; a Greek explainer that agrees builds with --strict and no warning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, planted_warnings, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
FIRE = "greek-pyrkagia.md"


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
    found = planted_warnings(make_site, FIXTURES / FIRE, right, wrong)
    assert found == [f"content/{FIRE}:{warned}"], found


def test_the_shipwreck_explainer_builds_strictly_and_a_slip_is_warned_about(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    name = "greek-pylos.md"
    text = (FIXTURES / name).read_text(encoding="utf-8")
    root = make_site({f"content/{name}": text})
    out = tmp_path / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url",
                     "https://example.org/", "--strict")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr
    assert (out / "el" / "greek-pylos.html").is_file()
    found = explainer_warnings(make_site, name, text.replace("Διασώθηκαν 104", "Διασώθηκαν 140", 1))
    assert found == [f"content/{name}:24:16: warning: takeaway says '140 επιζώντες' but the key "
                     "figure 'επιζώντες που διασώθηκαν' (line 31) says '104'"], found


def greek(summary: str, value: str = "3,5%", label: str = "επιτόκιο καταθέσεων") -> str:
    """Return a Greek explainer with a summary, a key figure and a country list of three."""
    return ("---\ntitle: Τ\ndek: Δ.\npublished: 2024-06-06\nlanguage: el\n---\n\n--- summary\n"
            f"---\n{summary}\n\n--- figures\nfigures:\n  - value: \"{value}\"\n"
            f"    label: {label}\n---\n\n--- countries\ncountries:\n  - {{name: Greece}}\n"
            "  - {name: Italy}\n  - {name: France}\n---\n")


@pytest.mark.parametrize(("summary", "warned"), [
    # Numbers in words in their genders and cases, and capitals without accents.
    ("Στην επιχείρηση συμμετείχαν τρεις χώρες.", None),
    ("Στην επιχείρηση συμμετείχαν πέντε χώρες.", "10:29: warning: section 'summary' says "
     "'πέντε χώρες' but the country list has 3 countries"),
    ("Η βοήθεια τριών χωρών έφτασε.", None),
    ("Η βοήθεια τεσσάρων χωρών έφτασε.", "10:11: warning: section 'summary' says 'τεσσάρων "
     "χωρών' but the country list has 3 countries"),
    ("ΣΥΜΜΕΤΕΙΧΑΝ ΠΕΝΤΕ ΧΩΡΕΣ.", "10:13: warning: section 'summary' says 'ΠΕΝΤΕ ΧΩΡΕΣ' but "
     "the country list has 3 countries"),
    ("Στην επιχείρηση συμμετείχαν 12 κράτη.", "10:29: warning: section 'summary' says '12 "
     "κράτη' but the country list has 3 countries"),
    # The article before a count points back at countries just named: no count of the list.
    ("Η Ελλάδα, η Ιταλία και η Γαλλία συμφώνησαν. Οι δύο χώρες θα στείλουν πλοία.", None),
    # One besides, before or after the number: two others and Greece.
    ("Η Ελλάδα ζήτησε βοήθεια και άλλες δύο χώρες απάντησαν.", None),
    ("Η Ελλάδα ζήτησε βοήθεια και άλλες τέσσερις χώρες απάντησαν.", "10:29: warning: section "
     "'summary' says 'άλλες τέσσερις χώρες' but the country list has 3 countries"),
])
def test_counts_of_countries_in_greek(make_site: Callable[..., Path], summary: str,
                                      warned: str | None) -> None:
    found = explainer_warnings(make_site, "a.md", greek(summary))
    assert found == ([] if warned is None else [f"content/a.md:{warned}"]), found


@pytest.mark.parametrize(("summary", "value", "label", "warned"), [
    # A decimal comma, "%" or "τοις εκατό", whose "εκατό" is no hundred.
    ("Το επιτόκιο καταθέσεων είναι 3,5%.", "3,5%", "επιτόκιο καταθέσεων", None),
    ("Το επιτόκιο καταθέσεων είναι 3,5 τοις εκατό.", "3,5%", "επιτόκιο καταθέσεων", None),
    ("Το επιτόκιο καταθέσεων είναι 3,75 τοις εκατό.", "3,5%", "επιτόκιο καταθέσεων",
     "10:30: warning: section 'summary' says '3,75 τοις εκατό' but the key figure 'επιτόκιο "
     "καταθέσεων' (line 14) says '3,5%'"),
    # A level and the next: "από 4% σε 3,5%" gives 4% as the level before.
    ("Το επιτόκιο καταθέσεων μειώθηκε από 4% σε 3,5%.", "3,5%", "επιτόκιο καταθέσεων",
     None),
    ("Το επιτόκιο καταθέσεων μειώθηκε σε 3%.", "3,5%", "επιτόκιο καταθέσεων",
     "10:36: warning: section 'summary' says '3%' but the key figure 'επιτόκιο καταθέσεων' "
     "(line 14) says '3,5%'"),
    # Money: a scale and "ευρώ" after the number, thousands parted by a point.
    ("Το πακέτο στήριξης είναι 2,5 δισεκατομμύρια ευρώ.", "2,5 δισ. ευρώ", "πακέτο στήριξης",
     None),
    ("Το πακέτο στήριξης είναι 3 δισεκατομμύρια ευρώ.", "2,5 δισ. ευρώ", "πακέτο στήριξης",
     "10:26: warning: section 'summary' says '3 δισεκατομμύρια ευρώ' but the key figure "
     "'πακέτο στήριξης' (line 14) says '2,5 δισ. ευρώ'"),
    ("Κάηκαν 12.000 στρέμματα.", "12.000", "καμένα στρέμματα", None),
    ("Κάηκαν δώδεκα χιλιάδες στρέμματα.", "12.000", "καμένα στρέμματα", None),
    ("Κάηκαν δώδεκα χιλιάδες στρέμματα.", "15.000", "καμένα στρέμματα", "10:8: warning: "
     "section 'summary' says 'δώδεκα χιλιάδες στρέμματα' but the key figure 'καμένα "
     "στρέμματα' (line 14) says '15.000'"),
])
def test_figures_in_greek(make_site: Callable[..., Path], summary: str, value: str, label: str,
                          warned: str | None) -> None:
    found = explainer_warnings(make_site, "a.md", greek(summary, value, label))
    assert found == ([] if warned is None else [f"content/a.md:{warned}"]), found


@pytest.mark.parametrize(("summary", "value", "label", "warned"), [
    # A month in the accusative ("τον Ιούνιο") is the month its genitive ("του Ιουνίου")
    # names: a sentence of May speaks of another time than a label of June.
    ("Στις εκλογές του Μαΐου μπήκαν στη Βουλή πέντε κόμματα.", "8",
     "κόμματα στη Βουλή μετά τον Ιούνιο", None),
    ("Στις εκλογές του Ιουνίου μπήκαν στη Βουλή πέντε κόμματα.", "8",
     "κόμματα στη Βουλή μετά τον Ιούνιο", "10:43: warning: section 'summary' says 'πέντε "
     "κόμματα' but the key figure 'κόμματα στη Βουλή μετά τον Ιούνιο' (line 14) says '8'"),
    # A threshold ("το όριο του 3%", "χρειάζονται") is no level reached, and none is one.
    ("Στη Βουλή μπήκαν τα κόμματα που πέρασαν το όριο του 3% των ψήφων.", "40,56%",
     "ποσοστό των ψήφων", None),
    ("Στη Βουλή μπήκε η ΝΔ με το 35% των ψήφων.", "40,56%", "ποσοστό των ψήφων",
     "10:28: warning: section 'summary' says '35%' but the key figure 'ποσοστό των ψήφων' "
     "(line 14) says '40,56%'"),
    ("Η ΝΔ πήρε 146 έδρες.", "151", "έδρες που χρειάζονται για αυτοδυναμία", None),
    ("Για αυτοδυναμία χρειάζονται 150 έδρες.", "151", "έδρες που χρειάζονται για αυτοδυναμία",
     "10:29: warning: section 'summary' says '150 έδρες' but the key figure 'έδρες που "
     "χρειάζονται για αυτοδυναμία' (line 14) says '151'"),
])
def test_times_and_thresholds_in_greek(make_site: Callable[..., Path], summary: str, value: str,
                                       label: str, warned: str | None) -> None:
    found = explainer_warnings(make_site, "a.md", greek(summary, value, label))
    assert found == ([] if warned is None else [f"content/a.md:{warned}"]), found


@pytest.mark.parametrize(("summary", "warned"), [
    # A timeline's present ("ορκίζεται") and the prose's past ("ορκίστηκε") are one verb.
    ("Ο Μητσοτάκης ορκίστηκε πρωθυπουργός στις 26 Ιουνίου 2023.", None),
    ("Ο Μητσοτάκης ορκίστηκε πρωθυπουργός στις 27 Ιουνίου 2023.", "10:42: warning: section "
     "'summary' gives 27 Ιουνίου 2023, but the timeline dates 'Ο Μητσοτάκης ορκίζεται "
     "πρωθυπουργός' 2023-06-26 (line 17)"),
])
def test_a_day_in_greek_prose_is_held_against_its_event(make_site: Callable[..., Path],
                                                       summary: str, warned: str | None) -> None:
    text = ("---\ntitle: Τ\ndek: Δ.\npublished: 2023-06-30\nlanguage: el\n---\n\n--- summary\n"
            f"---\n{summary}\n\n--- timeline\nsource: https://example.org/\nevents:\n"
            "  - date: 2023-06-25\n    title: Δεύτερες εκλογές\n  - date: 2023-06-26\n"
            "    title: Ο Μητσοτάκης ορκίζεται πρωθυπουργός\n---\n")
    found = explainer_warnings(make_site, "a.md", text)
    assert found == ([] if warned is None else [f"content/a.md:{warned}"]), found


@pytest.mark.parametrize(("age", "warned"), [
    ("55", None), ("57", "10:92: warning: section 'summary' gives the age 57")])
def test_an_age_in_greek_is_held_against_the_birth(make_site: Callable[..., Path], age: str,
                                                   warned: str | None) -> None:
    text = ("---\ntitle: Τ\ndek: Δ.\npublished: 2023-06-30\nlanguage: el\n---\n\n--- summary\n"
            "---\nΟ Μητσοτάκης, γεννημένος στις 4 Μαρτίου 1968, ορκίστηκε πρωθυπουργός στις 26 "
            f"Ιουνίου 2023, σε ηλικία {age} ετών.\n\n--- timeline\nsource: https://example.org/\n"
            "events:\n  - date: 2023-06-26\n    title: Ο Μητσοτάκης ορκίζεται πρωθυπουργός\n---\n")
    found = explainer_warnings(make_site, "a.md", text)
    assert (found == []) if warned is None else (
        len(found) == 1 and found[0].startswith(f"content/a.md:{warned}")), found
