"""Hundreds written in words in Portuguese, Spanish, French and Italian, read whole beside a
key figure: a count that disagrees with it warns, the same count agreeing stays silent."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of


def front(language: str) -> str:
    """Return the front matter of an explainer in the language."""
    return f"---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n"


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'


DEAD = {"pt": "mortos na enchente", "es": "muertos en la inundación",
        "fr": "morts de l'inondation", "it": "morti dell'alluvione"}


@pytest.mark.parametrize(("language", "text", "count"), [
    ("pt", "A enchente deixou trezentos mortos.", 300),
    ("pt", "A enchente deixou duzentos e cinquenta mortos.", 250),
    ("pt", "A enchente deixou cento e doze mortos.", 112),
    ("es", "La inundación dejó trescientos muertos.", 300),
    ("es", "La inundación dejó doscientos cincuenta muertos.", 250),
    ("es", "La inundación dejó ciento treinta y dos muertos.", 132),
    ("fr", "L'inondation a fait trois cents morts.", 300),
    ("fr", "L'inondation a fait deux cent cinquante morts.", 250),
    ("fr", "L'inondation a fait deux-cent-quatre-vingts morts.", 280),
    ("it", "L'alluvione ha fatto trecento morti.", 300),
    ("it", "L'alluvione ha fatto duecentocinquanta morti.", 250),
    ("it", "L'alluvione ha fatto centottanta morti.", 180),
])
def test_a_count_of_hundreds_in_words_is_held_against_the_figure(
        language: str, text: str, count: int) -> None:
    said = text.split(" ", 3)[-1].rstrip(".")  # what follows the verb: the count and its noun
    body = f"--- summary\n---\n{text}\n"
    assert stated(warnings_of(body + figure(str(count + 50), DEAD[language]),
                              front(language))) == [f"'{said}'"]
    assert warnings_of(body + figure(str(count), DEAD[language]), front(language)) == []


@pytest.mark.parametrize(("language", "text", "said"), [
    # The feminine of a hundred, before a feminine noun.
    ("pt", "A enchente deixou duzentas e cinquenta vítimas.", "'duzentas e cinquenta vítimas'"),
    ("es", "La inundación dejó doscientas cincuenta víctimas.",
     "'doscientas cincuenta víctimas'"),
])
def test_a_hundred_in_the_feminine_is_read(language: str, text: str, said: str) -> None:
    label = {"pt": "vítimas da enchente", "es": "víctimas de la inundación"}[language]
    body = f"--- summary\n---\n{text}\n"
    assert stated(warnings_of(body + figure("300", label), front(language))) == [said]
    assert warnings_of(body + figure("250", label), front(language)) == []
