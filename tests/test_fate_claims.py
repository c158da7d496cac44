"""A count of what befell people ("displaced", "killed", "missing") held against a figure of
what befell others of them is no slip: the same place and noun count another group."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of


def said_beside(text: str, value: str, label: str, language: str = "en") -> list[str]:
    """Return what the warnings of a summary, beside one figure, say the text states."""
    front = f"---\ntitle: T\ndek: D\npublished: 2023-09-20\nlanguage: {language}\n---\n"
    figures = f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))


@pytest.mark.parametrize(("language", "text", "label", "said"), [
    # Died is not displaced, whatever place and noun both name.
    ("en", "Derna's mayor said that as many as 20,000 people may have died.",
     "people displaced from Derna", []),
    ("en", "In Derna, 20,000 people were killed.", "people displaced from Derna", []),
    ("en", "Police arrested 200 people in Derna.", "people evacuated from Derna", []),
    # The same fate, or one of several the label says, is the figure's.
    ("en", "Derna's mayor said that 20,000 people had been displaced.",
     "people displaced from Derna", ["'20,000 people'"]),
    ("en", "In Derna, 20,000 people were killed or went missing.",
     "people killed or missing in Derna", ["'20,000 people'"]),
    ("fr", "Le maire de Derna a dit que 20 000 personnes étaient mortes.",
     "personnes déplacées de Derna", []),
    ("fr", "Le maire de Derna a dit que 20 000 personnes avaient été déplacées.",
     "personnes déplacées de Derna", ["'20 000 personnes'"]),
    ("es", "El alcalde de Derna dijo que 20.000 personas murieron.",
     "personas desplazadas de Derna", []),
    ("es", "El alcalde de Derna dijo que 20.000 personas fueron desplazadas.",
     "personas desplazadas de Derna", ["'20.000 personas'"]),
    ("pt", "O prefeito de Derna disse que 20 mil pessoas morreram.",
     "pessoas desalojadas em Derna", []),
    ("pt", "O prefeito de Derna disse que 20 mil pessoas ficaram desalojadas.",
     "pessoas desalojadas em Derna", ["'20 mil pessoas'"]),
    ("de", "In Derna sind 20.000 Menschen gestorben.", "vertriebene Menschen in Derna", []),
    ("de", "In Derna wurden 20.000 Menschen vertrieben.", "vertriebene Menschen in Derna",
     ["'20.000 Menschen'"]),
])
def test_a_count_of_another_fate_is_another_group(language: str, text: str, label: str,
                                                  said: list[str]) -> None:
    value = {"en": "30,000", "fr": "30 000", "pt": "30 mil"}.get(language, "30.000")
    assert said_beside(text, value, label, language) == said


@pytest.mark.parametrize(("text", "label", "said"), [
    # A verb, its participle, its adjective and its noun count one group.
    ("400 people died.", "people dead", ["'400 people'"]),
    ("400 people were killed.", "people confirmed dead", ["'400 people'"]),
    ("400 people died.", "people killed", ["'400 people'"]),
    ("Fire killed 400 people.", "people among the deaths", ["'400 people'"]),
    ("The storm injured 400 people.", "people with injuries", ["'400 people'"]),
    ("The flood displaced 400 families.", "families hit by displacement", ["'400 families'"]),
    ("He forfeited 400 properties.", "properties subject to forfeiture", ["'400 properties'"]),
    # A form of another fate counts another group: no slip.
    ("400 people were injured.", "people dead", []),
    ("400 people were arrested.", "people among the deaths", []),
    ("400 people were displaced.", "people killed", []),
])
def test_a_fate_in_any_of_its_forms_is_the_same_count(text: str, label: str,
                                                      said: list[str]) -> None:
    assert said_beside(text, "290", label) == said


@pytest.mark.parametrize(("text", "said"), [
    # "Found guilty" is what "convicted" names.
    ("The jury found him guilty on six counts.", ["'six counts'"]),
    ("A jury found Smith guilty on 6 counts.", ["'6 counts'"]),
    # "Found not guilty" is no conviction, nor is a plea, nor is "found" alone.
    ("The jury found him not guilty on six counts.", []),
    ("He pleaded guilty to six counts.", []),
    ("Investigators found six counts of fraud.", []),
])
def test_found_guilty_is_convicted(text: str, said: list[str]) -> None:
    assert said_beside(text, "7", "counts he was convicted on") == said


@pytest.mark.parametrize(("text", "label", "said"), [
    # "N of the M workers died": N counts the dead, held against a figure of the dead...
    ("Five of the eight workers on the bridge died.", "workers killed",
     ["'Five of the eight workers'"]),
    ("Five of the eight workers on the bridge were killed.", "workers who died",
     ["'Five of the eight workers'"]),
    # ... and is right where it is as many; M, all of them, is no count of the dead.
    ("Six of the eight workers on the bridge died.", "workers killed", []),
    # A part of the dead told apart ("from Mexico") is not their count.
    ("Two of the six workers killed were from Mexico.", "workers killed", []),
])
def test_a_part_of_a_whole_that_died_is_the_count_of_the_dead(text: str, label: str,
                                                             said: list[str]) -> None:
    assert said_beside(text, "6", label) == said
