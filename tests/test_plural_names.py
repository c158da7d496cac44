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


CHIPS = figures(("100,000", "GPUs in xAI's data centre"),
                ("650", "MPs elected to the Commons"),
                ("3", "CEOs who testified"))


@pytest.mark.parametrize(("text", "said"), [
    # The plural of initials ("GPUs", "MPs", "CEOs") is what a count counts.
    ("xAI's data centre holds 120,000 H100 GPUs.", ["'120,000 H100 GPUs'"]),
    ("Voters elected 652 MPs to the Commons.", ["'652 MPs'"]),
    ("Only 4 CEOs testified.", ["'4 CEOs'"]),
    ("xAI's data centre holds 100,000 H100 GPUs.", []),
    ("Voters elected 650 MPs to the Commons.", []),
    # Initials in capitals alone are a name, as before: "US" counts nothing.
    ("xAI's data centre, 1 of 2 in the US, is in Memphis.", []),
])
def test_the_plural_of_initials_is_counted(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + CHIPS)) == said


RECORDS = figures(("9", "Katie Ledecky's Olympic gold medals"),
                  ("3", "Simone Biles’s individual titles in Paris"))


@pytest.mark.parametrize(("text", "said"), [
    # A name's possessive ("Ledecky's", "Biles’s") says whose, not what a label counts.
    ("Katie Ledecky has won 10 Olympic gold medals.", ["'10 Olympic gold medals'"]),
    ("Simone Biles won 2 individual titles in Paris.", ["'2 individual titles'"]),
    ("Katie Ledecky has won 9 Olympic gold medals.", []),
    ("Simone Biles won 3 individual titles in Paris.", []),
])
def test_a_possessive_name_is_no_counted_noun(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RECORDS)) == said
