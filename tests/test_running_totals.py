"""A level, an amount added to it and the total they make, in one sentence, must add up:
"on 365 points, and added 236 from the public to finish with 591" is a slip (601)."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-12\n---\n"


def warned(text: str) -> list[str]:
    """Return the warnings of a summary of one sentence, on line 8 of the file."""
    return warnings_of(f"--- summary\n---\n{text}\n", FRONT)


@pytest.mark.parametrize(("text", "column", "told"), [
    ("Nemo was third after the jury vote, on 365 points, and added 236 from the public to "
     "finish with 591.", 97, "adds 236 to 365 to make 591, but the two make 601"),
    ("The party had 12 seats and gained 5 for a total of 18.", 52,
     "adds 5 to 12 to make 18, but the two make 17"),
    # In bold, quoted as the reader sees it.
    ("She stood on **365** points, then added **236** to finish on **591**.", 64,
     "adds 236 to 365 to make 591, but the two make 601"),
])
def test_a_total_the_level_and_the_amount_added_do_not_make(text: str, column: int,
                                                             told: str) -> None:
    assert warned(text) == [f"content/x.md:8:{column}: warning: section 'summary' {told}"]


@pytest.mark.parametrize("text", [
    # The same sentences, adding up.
    "Nemo was third after the jury vote, on 365 points, and added 226 from the public to "
    "finish with 591.",
    "The party had 12 seats and gained 5 for a total of 17.",
    # No level given: nothing to add the amount to.
    "Nemo added 236 from the public to finish with 591.",
    # A count of those who add, with no comma or "and" before the verb, is no level.
    "On 365 points in 2024, 25 acts added 236 votes to finish with 591.",
    "Overnight 40 volunteers added 120 names to reach 300.",
])
def test_a_total_that_adds_up_or_no_running_total_is_silent(text: str) -> None:
    assert warned(text) == []
