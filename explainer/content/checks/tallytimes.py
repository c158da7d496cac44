"""When a vote was cast, as an explainer says: the months a tally's words name.

A committee votes at each meeting, a parliament at each reading: "In June the committee voted
7-2 to hold rates" gives the vote of another meeting than the figure's 5-4 of August. The
figure's own tally is dated by the sentences that give it and by the timeline's events whose
title or text gives it; a tally whose words name months, none of them those, is of another vote.
"""

from __future__ import annotations

from .days import month_names
from .times import named_times


def another_month(clause: str, own: set[int], language: str) -> bool:
    """Tell whether a tally's clause names a month and the figure's own tally was cast in
    others only: a vote of another meeting ("In June the committee voted 7-2 to hold")."""
    named = months_of(clause, language)
    return bool(named and own) and not named & own


def months_of(text: str, language: str) -> set[int]:
    """Return the months a text names, by number."""
    names = month_names(language)
    return {names[name] for name in named_times(text, language)[1] if name in names}
