"""A count whose noun comes before its verb ("Mpox deaths in the Democratic Republic of the
Congo were 650") is held against the figures of that noun, as "650 mpox deaths" is."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of


def said_beside(text: str, value: str, label: str, language: str = "en") -> list[str]:
    """Return what the warnings of a summary, beside one figure, say the text states."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-09-20\nlanguage: {language}\n---\n"
    figures = f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))


DEATHS = ("At least 720", "mpox deaths in the Democratic Republic of the Congo")


@pytest.mark.parametrize(("text", "said"), [
    ("Mpox deaths in the Democratic Republic of the Congo were 650.", ["'650'"]),
    ("Mpox deaths in the Democratic Republic of the Congo reached 610.", ["'610'"]),
    ("Mpox deaths in the Democratic Republic of the Congo stood at 610 in August.", ["'610'"]),
    ("Mpox deaths in the Democratic Republic of the Congo totalled 610, officials said.",
     ["'610'"]),
    # The figure's number, or one that agrees with it.
    ("Mpox deaths in the Democratic Republic of the Congo were 720.", []),
    ("Mpox deaths in the Democratic Republic of the Congo reached 760.", []),
    # A noun of no plural, a year, or a number that counts a noun after it.
    ("The toll in the Democratic Republic of the Congo was 650.", []),
    ("Mpox deaths in the Democratic Republic of the Congo peaked in 2024.", []),
])
def test_a_count_whose_noun_comes_first_is_compared(text: str, said: list[str]) -> None:
    assert said_beside(text, *DEATHS) == said


@pytest.mark.parametrize(("language", "text", "label", "said"), [
    ("fr", "Les décès en RDC ont atteint 650.", "décès en RDC", ["'650'"]),
    ("fr", "Les décès en RDC ont atteint 720.", "décès en RDC", []),
    ("es", "Las muertes en la RDC llegaron a 650.", "muertes en la RDC", ["'650'"]),
    ("es", "Las muertes en la RDC llegaron a 720.", "muertes en la RDC", []),
    ("de", "Die Todesfälle in der DR Kongo lagen bei 650.", "Todesfälle in der DR Kongo",
     ["'650'"]),
    ("pt", "As mortes na RDC chegaram a 650.", "mortes na RDC", ["'650'"]),
    ("it", "I morti nella RDC sono saliti a 650.", "morti nella RDC", ["'650'"]),
])
def test_a_count_whose_noun_comes_first_in_other_languages(
        language: str, text: str, label: str, said: list[str]) -> None:
    assert said_beside(text, "720", label, language) == said
