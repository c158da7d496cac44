"""A capitalised name that looks plural ("Windows", "United States") before the noun a count
counts ("Windows devices", "United States officials") is the noun's name, not what is counted:
the checks of key figures compare a count with the figures of that noun."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of
from .test_numbered_names import figures

OUTAGE = figures(("8.5 million", "Windows devices that crashed, Microsoft estimated"),
                 ("1,200", "United States officials sent to the talks"),
                 ("40", "Windows 11 laptops in the newsroom"))


@pytest.mark.parametrize(("text", "said"), [
    ("About 9.5 million devices running Windows crashed, Microsoft estimated.",
     ["'9.5 million devices'"]),
    ("Some 9.5 million Windows devices crashed, Microsoft estimated.",
     ["'9.5 million Windows devices'"]),
    ("The United States sent 1,300 officials to the talks.", ["'1,300 officials'"]),
    ("The newsroom has 45 laptops, all on Windows 11.", ["'45 laptops'"]),
    # The same counts, agreeing, and a count of what the name is not.
    ("About 8.5 million devices running Windows crashed, Microsoft estimated.", []),
    ("The United States sent 1,200 officials to the talks.", []),
    ("Some 90 Americans sent to the talks by the United States were officials.", []),
])
def test_a_plural_looking_name_is_no_counted_noun(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + OUTAGE)) == said
