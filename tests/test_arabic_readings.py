"""A word Arabic may read with a preposition joined before it ("بشار" as "ب" and "شار") is
one word of a figure's label however it is read: the label shares half its words with a
sentence by its words, not by their readings."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

ARABIC = "---\ntitle: T\ndek: D\npublished: 2024-12-10\nlanguage: ar\n---\n"
RULE = """
--- figures
figures:
  - value: 24 عاماً
    label: مدة حكم بشار الأسد
  - value: 53 عاماً
    label: مدة حكم عائلة الأسد
---
"""


@pytest.mark.parametrize(("text", "warned"), [
    # The figure of Bashar's rule has the 24 years, though "بشار" may be read "ب" + "شار".
    ("فرّ الأسد إلى موسكو بعد 24 عاماً في الحكم.", []),
    ("فرّ الأسد إلى موسكو بعد 53 عاماً من حكم العائلة.", []),
    # A number that neither figure has is still a slip.
    ("فرّ الأسد إلى موسكو بعد 30 عاماً في الحكم.", ["'30 عاماً'"]),
    ("انتهى حكم بشار الأسد بعد 20 عاماً.", ["'20 عاماً'"]),
])
def test_a_word_read_with_a_preposition_counts_once_in_a_label(
        text: str, warned: list[str]) -> None:
    assert stated(warnings_of(f"--- takeaways\ntakeaways:\n  - {text}\n---\n" + RULE,
                              ARABIC)) == warned
