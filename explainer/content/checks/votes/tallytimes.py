"""When a vote was cast, as an explainer says: the months a tally's words name.

A committee votes at each meeting, a parliament at each reading: "In June the committee voted
7-2 to hold rates" gives the vote of another meeting than the figure's 5-4 of August. The
figure's own tally is dated by the sentences that give it and by the timeline's events whose
title or text gives it; a tally whose words name months, none of them those, is of another vote.
So is one whose words name a day the timeline's events of the label's case ("the Harvard
case") do not fall on, if they do not name that case.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Timeline
from ..amounts.times import named_times
from ..texts.days import month_names, stated_dates
from ..texts.textnames import capitalised

if TYPE_CHECKING:
    from ...model import Explainer


def another_month(clause: str, own: set[int], language: str) -> bool:
    """Tell whether a tally's clause names a month and the figure's own tally was cast in
    others only: a vote of another meeting ("In June the committee voted 7-2 to hold")."""
    named = months_of(clause, language)
    return bool(named and own) and not named & own


def months_of(text: str, language: str) -> set[int]:
    """Return the months a text names, by number."""
    names = month_names(language)
    return {names[name] for name in named_times(text, language)[1] if name in names}


def another_day(clause: str, label: str, explainer: Explainer) -> bool:
    """Tell whether a tally's clause dates it to a day ("struck down the loan plan on June 30")
    and the timeline dates the case the label names ("the Harvard and UNC cases": an event
    whose title or text names Harvard) to other days only, the clause naming none of the
    label's names: a vote in another case."""
    names = capitalised(label, first=True)
    if not names or any(re.search(rf"\b{re.escape(name)}\b", clause) for name in names):
        return False  # the label's own case, on whatever day
    named = {(day.month, day.day) for day in stated_dates(clause, explainer.language)}
    own = {(event.date.month, event.date.day) for section in explainer.sections
           for event in (section.events if isinstance(section, Timeline) else ())
           if event.date.day and any(re.search(rf"\b{re.escape(name)}\b", f"{event.title} "
                                               f"{event.text}") for name in names)}
    return bool(named and own) and not named & own
