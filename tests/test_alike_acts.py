"""A sentence that tells an event's act with another verb for it ("found" of a title's
"recovered", "sworn in" of "takes office") speaks of the event, and its day is held to it."""

from __future__ import annotations

import pytest

from .test_date_claims import day_warnings

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-08-01\n---\n"
TIMELINE = """
--- timeline
source: https://example.org/
events:
  - date: 2024-03-26
    title: A ship strikes the bridge, which collapses
  - date: 2024-05-07
    title: The last of the six victims is recovered
  - date: 2024-06-03
    title: The new port chief takes office
---
"""


def dated(prose: str) -> list[str]:
    """Return the warnings about days for a summary of prose beside the timeline."""
    return day_warnings(f"{FRONT}\n--- summary\n---\n{prose}\n{TIMELINE}")


@pytest.mark.parametrize(("prose", "warning"), [
    ("The last of the six was found on May 9, six weeks after the collapse.",
     "content/x.md:9:34: warning: section 'summary' gives May 9, but the timeline dates "
     "'The last of the six victims is recovered' 2024-05-07 (line 16)"),
    ("The new port chief was sworn in on June 4.",
     "content/x.md:9:36: warning: section 'summary' gives June 4, but the timeline dates "
     "'The new port chief takes office' 2024-06-03 (line 18)"),
    # The title's own verb, as before.
    ("The last of the six was recovered on May 9.",
     "content/x.md:9:38: warning: section 'summary' gives May 9, but the timeline dates "
     "'The last of the six victims is recovered' 2024-05-07 (line 16)"),
])
def test_another_verb_for_the_titles_act_names_its_event(prose: str, warning: str) -> None:
    assert dated(prose) == [warning]


@pytest.mark.parametrize("prose", [
    # The same sentences with the event's day.
    "The last of the six was found on May 7, six weeks after the collapse.",
    "The new port chief was sworn in on June 3.",
    # Another act than the title's, of the same people: the burial is not the recovery.
    "The last of the six was buried on May 9.",
    # The verb alone, of others than the title names.
    "Divers found more debris on May 9.",
])
def test_another_act_or_the_events_day_is_no_warning(prose: str) -> None:
    assert dated(prose) == []
