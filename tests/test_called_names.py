"""A figure's label calls a person by the name papers call them by ("Prabowo–Gibran",
"Anies–Muhaimin"); a sentence that gives that name with the family name after it
("Prabowo Subianto") speaks of the same person, not of another."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

INDONESIAN = "---\ntitle: T\ndek: D\npublished: 2024-03-21\nlanguage: id\n---\n"
FIGURES = """
--- figures
figures:
  - value: 58,59%
    label: perolehan suara Prabowo–Gibran
  - value: 24,95%
    label: perolehan suara Anies–Muhaimin
---
"""


@pytest.mark.parametrize(("text", "warned"), [
    ("Prabowo Subianto memperoleh 56,59 persen suara.", ["'56,59 persen'"]),
    ("Prabowo Subianto memperoleh 58,59 persen suara.", []),
    ("Anies Baswedan memperoleh 26,95 persen suara.", ["'26,95 persen'"]),
    ("Anies Baswedan memperoleh 24,95 persen suara.", []),
    # Another person's family name after no name of the label's is another's share.
    ("Ganjar Pranowo memperoleh 16,47 persen suara.", []),
])
def test_a_name_with_its_family_name_is_the_label_s(text: str, warned: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES, INDONESIAN)) == warned
