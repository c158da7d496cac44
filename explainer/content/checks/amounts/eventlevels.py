"""A timeline event among the others, beside a figure: whether the figure holds its amount.

An event's level is an earlier one where a later event gives a level of its unit anew ("1,200
people confirmed dead" on 17 November, then "2,900 people confirmed dead" on 19 November): the
last is held to the figure. A label may name the one event it speaks of instead: by its month
("Bank Rate after the August cut": the last event of August, not November's cut to 4.75%), or
by its ordinal in a series ("Bank Rate after the first cut": the first event that names a cut).
A month it counts from ("deaths since May") names no event.
That event alone is held to the figure, whatever a later one gives; the others are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..counting import Counting
from .ordinals import after_the_first, named_item
from .times import named_times, other_time
from .yearparts import month_numbers

if TYPE_CHECKING:
    from ...model import TimelineEvent

# A month a label counts from names the start of a span, not one event: "deaths since May".
SINCE_WORDS = {"en": r"since|from", "fr": r"depuis", "es": r"desde", "pt": r"desde",
               "de": r"seit|ab", "it": r"da|dal|dalla|dall'|fin\s+da"}
SINCE = {language: re.compile(rf"(?<!\w)(?:{words})(?:\s+[\w.']+){{1,2}}", re.IGNORECASE)
         for language, words in SINCE_WORDS.items()}


class LaterLevels:
    """The units a timeline's later events give a level of, after each event ("1,200 people
    confirmed dead" on 17 November, then "2,900 people confirmed dead" on 19 November: the
    first is an earlier level, the last one is held to the figure). Read once, from the last
    event back, when a disagreement first asks."""

    def __init__(self, events: tuple[TimelineEvent, ...],
                 units_of: Callable[[str, Counting], frozenset[str]]) -> None:
        self.events = events
        self.units_of = units_of  # the units of the amounts a text gives
        self.after: list[frozenset[str]] | None = None

    def given(self, index: int, unit: str, counting: Counting) -> bool:
        """Tell whether an event after the one at index gives a level of the unit."""
        if self.after is None:
            seen: frozenset[str] = frozenset()
            after = []
            for event in reversed(self.events):
                after.append(seen)
                seen |= self.units_of(f"{event.title}\n\n{event.text}", counting)
            self.after = after[::-1]
        return unit in self.after[index]


@dataclass(frozen=True)
class EventLevels:
    """One event of a timeline among the others: whether a later one gives a level of a unit
    anew (called with the unit), and whether the event is of another year than a figure's."""

    later: LaterLevels
    index: int

    def __call__(self, unit: str, counting: Counting) -> bool:
        """Tell whether an event after this one gives a level of the unit."""
        return self.later.given(self.index, unit, counting)

    def passed(self, unit: str, label: str, counting: Counting) -> bool:
        """Tell whether a figure (its label) does not hold the event's amount of a unit: the
        event is apart from the label, or the label names another event of its month or
        series; or it names none, and a later event gives a level of the unit anew."""
        named = self.named_by(label, counting)
        if named is False or self.apart_from(label, counting):
            return True
        return named is None and self(unit, counting)

    def named_by(self, label: str, counting: Counting) -> bool | None:
        """Tell whether a label that names one event, by its month or its ordinal in a
        series, names this one; None if it names none."""
        named = named_item(label, self.later.events, self.index, counting)
        return self.of_month(label, counting) if named is None else named

    def of_month(self, label: str, counting: Counting) -> bool | None:
        """Tell whether the event is the last of the timeline in a month the label names (of
        a year it names, if it names one); None if it names none, or the event has no month."""
        names, language = month_numbers(counting.language), counting.language.split("-")[0]
        years, written = named_times(SINCE[language].sub(" ", label) if language in SINCE
                                     else label, counting.language)
        months = {names[month] for month in written if month in names}
        events = self.later.events
        if not months or events[self.index].date.month is None:
            return None
        of_them = [index for index, event in enumerate(events) if event.date.month in months
                   and (not years or str(event.date.year) in years)]
        return bool(of_them) and of_them[-1] == self.index

    def apart_from(self, label: str, counting: Counting) -> bool:
        """Tell whether the event is of another time than a figure's label, or of an item of a
        series after the first one the label names (ordinals.after_the_first())."""
        return self.of_another_time(label, counting) or after_the_first(
            label, self.later.events, self.index, counting)

    def of_another_time(self, label: str, counting: Counting) -> bool:
        """Tell whether the event's date is in another year, or on another day, than the one a
        figure's label names ("rise in rates on 8 April 2022" beside an event of 1 June 2023,
        "manifestants le 7 mars" beside one of 19 January): an entry of a chronology speaks of
        its date, unless its words name the label's year, or day, too."""
        event = self.later.events[self.index]
        if not event.date.common_era:
            return False
        said = f"{event.date.first_day().year} {event.title}\n\n{event.text}"
        return other_time(label, said, counting.language, event.date)
