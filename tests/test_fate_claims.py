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
