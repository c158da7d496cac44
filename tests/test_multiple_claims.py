"""An amount set beside a multiple of another thing ("more than double the previous record"):
the words after the multiple name what it is compared with, not what the amount is."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

FIRES = """
--- figures
figures:
  - value: 18.5 million hectares
    label: burned in 2023
  - value: 7.6 million hectares
    label: the previous record, set in 1989
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # The record is what the amount is double of, not the amount.
    ("More than 18 million hectares, more than double the previous record.", []),
    ("Fires burned 18.5 million hectares, twice the previous record.", []),
    ("About 18 million hectares, nearly 2.5 times the previous record.", []),
    # Its twins: the record given after the multiple is the record's, and a figure the
    # sentence names before the multiple is still held against its amount.
    ("More than 18 million hectares, double the previous record of 9 million hectares.",
     ["'9 million hectares'"]),
    ("Fires burned 12 million hectares in 2023, more than double the previous record.",
     ["'12 million hectares'"]),
    ("The previous record was 9 million hectares.", ["'9 million hectares'"]),
])
def test_what_an_amount_is_a_multiple_of_is_not_what_it_is(text: str, said: list[str]
                                                             ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FIRES)) == said
