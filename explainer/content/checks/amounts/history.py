"""An amount that tells a figure's history: one of its earlier levels, not its level now.

Its clause says so ("the first count was 112", "initially 870"), by a word the figure's label
does not have ("first" of "first contingent"), or its sentence goes on to a later time and
level ("870 were confirmed dead; by 11 November the toll was 3,118"). So is what others
expected of it before it was known ("economists had expected 3.6%"), unless the label says the
figure is such a forecast ("deficit forecast for FY2027"). Nor is what may be or will be (a
maximum one faces, "faces up to 10 years"; "will likely be revised to 3.7%"; "project the rate
at 4.6%") the level now, unless the label says so too, or the figure is an estimate, a range
(see said_otherwise()).

A level the text dates to a day is an earlier one where a timeline's event after that day gives
another level of its unit: "Em 10 de maio, a enchente já deixara 126 mortos" beside an event
of 20 August, "A Defesa Civil confirma 183 mortos", tells of a toll that rose (see
DatedLevels).

A sequence of levels gives earlier levels before its last: the start of "from 10% to 84%" or
of "eased to 4.7% from 5.0%", and a level that the sentence then takes on to another of its
unit ("put a 10% tariff on ..., and raised it to 20%", "84% and then to 125%"), as each
language says so (nextlevels.py); so does a series of levels each of its own time ("25,5 % en
diciembre, 20,6 % en enero y 13,2 % en febrero").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..counting import Counting
from ..texts.counted import YEAR
from ..texts.days import stated_dates
from ..texts.sentences import sentence_at
from ..texts.stated import CHANGE
from .changedfrom import change_before, from_before
from .nextlevels import NEXT_LEVEL, TO_LEVEL
from .ordinals import after_the_first
from .times import SPAN_END, compared_at, month_ended, named_times

if TYPE_CHECKING:
    from ...model import Explainer, TimelineEvent
    from ..texts.counted import Amount

    Amounts = Callable[[str, Counting], Iterator[tuple[int, Amount]]]

# The end of a sentence, read on across semicolons: a full stop, "!" or "?", a blank line.
FULL_STOP = re.compile(r"[.!?](?:\s|$)|\n\n")
CLAUSE_END = re.compile(r"[,;:](?:\s|$)|\s[\u2013\u2014-]\s|[()]")


def earlier_level(text: str, offset: int, clause: str, figure: tuple[set[str], str],
                  counting: Counting, amounts: Amounts) -> bool:
    """Tell whether the amount at offset, in the given clause, is an earlier level of a figure
    (the words of its label, and its unit)."""
    label, unit = figure
    if said_otherwise(clause, label, counting.earlier, counting):
        return True  # "the first count", but not the "first contingent" a label names
    before = from_before(text, offset, counting)
    if before is not None and change_before(text, before, offset, counting) \
            and not unit.startswith(CHANGE):
        return True  # "rose from 870 people to 3,118", "enlarged the tournament from 24 teams
        # to 36"; not "a reculé de 0,5 %", by so much
    if before is not None and started(text, (before.start(), offset), unit, counting, amounts):
        return True  # "from 10% to 84%", "eased to 4.7% from 5.0%", "bajó del 25,5 % al 2,7 %"
    if taken_on(text, offset, unit, counting, amounts):
        return True  # "a 10% tariff ..., and raised it to 20%"
    if dated_series(text, offset, unit, counting, amounts):
        return True  # "25,5 % en diciembre, 20,6 % en enero"
    rest = later_level(text, offset, counting)
    if rest is None:
        return False
    # The later level: of the figure's unit, or a number alone ("the toll was 3,118"), not
    # a year ("won 4 titles, in 1987, 2011 and 2015"). Not a level it started from, of the
    # later time's: "up from about $25 billion in 2019".
    found = [(start, start + len(amount.written),
              None if started_from(rest, start, counting) else amount.unit)
             for start, amount in amounts(rest, counting)]
    return any(found_unit == unit for _, _, found_unit in found) or any(
        not any(start <= number.start() < stop for start, stop, _ in found)
        and not YEAR.fullmatch(number[0]) for number in counting.number.finditer(rest))


def started_from(text: str, offset: int, counting: Counting) -> bool:
    """Tell whether the amount at offset is where a change started: "up from $25 billion"."""
    before = from_before(text, offset, counting)
    return before is not None and \
        counting.change.search(text, max(before.start() - 90, 0), before.start()) is not None


def said_otherwise(clause: str, label: set[str], pattern: re.Pattern[str] | None,
                   counting: Counting) -> bool:
    """Tell whether a clause says, by the pattern's words, that its amount is no level of a
    figure now (the words of its label): an earlier one ("the first count"), or one foreseen
    ("faces up to 10 years"); not by a word that the label has too ("first contingent",
    "maximum sentence Hale faces")."""
    return pattern is not None and any(not counting.content_words(match[0]) & label
                                       for match in pattern.finditer(clause))


def later_level(text: str, offset: int, counting: Counting) -> str | None:
    """Return what the amount's sentence says, after its clause, of a later time it goes on
    to (not one it compares with, "as in 2024"), the time's words left out ("...; by 11
    November the toll was 3,118"), or what follows such a time that opens the next sentence
    ("By 11 November it was 3,118."); None if there is no such time."""
    stop = FULL_STOP.search(text, offset)
    end = stop.start() if stop else len(text)
    clause_end = CLAUSE_END.search(text, offset, end)
    later = next((one for one in counting.later.finditer(text, clause_end.end(), end)
                  if not compared_at(text, (clause_end.end(), one.end()), counting.language)),
                 None) if clause_end else None
    if later is not None and clause_end is not None:
        return text[clause_end.end():later.start()] + " " + text[later.end():end]
    if later is None and stop is not None and "\n\n" not in stop[0]:
        opening = len(text) - len(text[stop.end():].lstrip())
        later = counting.later.match(text, opening)
        if later is not None:
            following = FULL_STOP.search(text, later.end())
            end = following.start() if following else len(text)
    return text[later.end():end] if later is not None else None


def started(text: str, span: tuple[int, int], unit: str, counting: Counting,
            amounts: Amounts) -> bool:
    """Tell whether the amount at the end of span, after the word that says a level starts
    there (its start: "from", "de"), is the first of two levels of its unit: the next given
    after it ("from 10% to 84%"), or just before the word ("eased to 4.7% from 5.0%")."""
    start, offset = span
    following = counting.range.match(text, offset)
    if following is not None and following["to"] and \
            counting.bounds(following["first"], following["second"]):
        return True
    if next_level(text, offset, unit, counting, amounts):
        return True
    before = text[max(start - 40, 0):start].rstrip()
    return any(found.unit == unit and at + len(found.written) == len(before)
               for at, found in amounts(before, counting))


def next_level(text: str, offset: int, unit: str, counting: Counting, amounts: Amounts
               ) -> bool:
    """Tell whether the amount at offset is followed by the word that joins it to a next
    level and that level, of its unit ("von 4,0 % auf 3,75 %")."""
    joined = TO_LEVEL.get(counting.language.split("-")[0])
    found = [] if joined is None else list(amounts(text[offset:offset + 80], counting))[:2]
    if len(found) < 2 or found[0][0] != 0 or {found[0][1].unit, found[1][1].unit} != {unit}:
        return False
    return joined.fullmatch(text, offset + len(found[0][1].written), offset + found[1][0]) \
        is not None


def taken_on(text: str, offset: int, unit: str, counting: Counting, amounts: Amounts
             ) -> bool:
    """Tell whether the amount's sentence, after it, takes its level on to another of its
    unit ("a 10% tariff on all Chinese goods, and raised it to 20% in March")."""
    pattern = NEXT_LEVEL.get(counting.language.split("-")[0])
    stop = FULL_STOP.search(text, offset)
    rest = text[offset:stop.start() if stop else len(text)]
    return pattern is not None and any(
        found.unit == unit and at > 0 and pattern.search(rest, 0, at) is not None
        for at, found in amounts(rest, counting))


def dated_series(text: str, offset: int, unit: str, counting: Counting, amounts: Amounts
                 ) -> bool:
    """Tell whether the amount at offset is one of a series of levels of its unit, each of its
    own time, and not the last: its sentence names as many months (or, naming none, years) as
    it gives levels of the unit ("del 25,5 % en diciembre, 20,6 % en enero y 4,2 % en mayo"),
    and gives another after it, not the level it rose or fell from ("4.2% in August, up from
    3.4% in April 2023" ends with the earlier level). A month and its year are one time: "$20
    billion in April 2025, $12 billion of it at once" gives two amounts of one time."""
    stop = FULL_STOP.search(text, offset)
    rest = text[offset:stop.start() if stop else len(text)]
    if not any(at > 0 and found.unit == unit and not started_from(rest, at, counting)
               for at, found in amounts(rest, counting)):
        return False  # the last level, or the only one
    sentence = sentence_at(text, offset)
    levels = sum(found.unit == unit for _, found in amounts(sentence, counting))
    years, months = named_times(sentence, counting.language)
    return len(months or years) >= levels


class DatedLevels:
    """The days after which a timeline gives a level of a unit: an amount that its sentence
    dates to an earlier day ("Em 10 de maio, a enchente já deixara 126 mortos", "By 10 May,
    the floods had killed 126 people") is a level of that day, which a later event's level
    ("A Defesa Civil confirma 183 mortos" on 20 August) has overtaken, not the figure now. A
    day without its year is the last one on or before the explainer's last update."""

    def __init__(self, explainer: Explainer,
                 units_of: Callable[[str, Counting], frozenset[str]]) -> None:
        self.events = [event for section in explainer.sections
                       for event in getattr(section, "events", ()) if event.date.common_era]
        self.written = explainer.modified.first_day()  # the day it speaks from
        self.units_of = units_of  # the units of the amounts a text gives
        self.units: dict[int, frozenset[str]] = {}  # of each event, read when first asked

    def earlier(self, text: str, offset: int, unit: str, label: str, counting: Counting
                ) -> bool:
        """Tell whether the amount at offset, of a unit, is a level of a day its sentence
        gives, before an event that gives a level of that unit and of the figure's thing: a
        percentage or money names no thing, so the event shares a word with the figure's label
        ("una devaluación del 54 %" is no later share of "los votos en la segunda vuelta"), of
        no later item of a series the label names the first of (after_the_first())."""
        day = self.day_of(text, offset, counting) if self.events else None
        named = unit.removeprefix(CHANGE) != "%" and not unit.isupper()  # "mortos", not "USD"
        return day is not None and any(
            event.date.first_day() > day and unit in self.units_given(index, event, counting)
            and (named or not counting.content_words(label).isdisjoint(
                counting.content_words(f"{event.title} {event.text}")))
            and not after_the_first(label, self.events, index, counting)
            for index, event in enumerate(self.events))

    def units_given(self, index: int, event: TimelineEvent, counting: Counting
                    ) -> frozenset[str]:
        """Return the units an event gives a level of, in its title or its text."""
        if index not in self.units:
            self.units[index] = self.units_of(f"{event.title}\n\n{event.text}", counting)
        return self.units[index]

    def day_of(self, text: str, offset: int, counting: Counting) -> date | None:
        """Return the day the sentence around an offset dates its amount to: the last it
        gives before the amount, unless a later time comes between ("126 on 10 May; now
        183"), else the first after it; None if it gives none, or one that ends a span the
        amount is of ("revenue for the three months to 28 September was $94.9 billion")."""
        sentence = sentence_at(text, offset)
        start = text.rfind(sentence, 0, offset + len(sentence))
        at = offset - start
        days = list(stated_dates(sentence, counting.language))
        before = [one for one in days if one.end <= at]
        if before and counting.later.search(sentence, before[-1].end, at) is None:
            one = before[-1]
        elif not before and (after := [one for one in days if one.start >= at]):
            one = after[0]
        else:  # a month of a year, where no day comes before the amount: "in September 2023"
            return None if before else month_ended(sentence, at, counting.language)
        if (span := SPAN_END.get(counting.language.split("-")[0])) and span.search(
                sentence, 0, one.start):
            return None  # "the three months to 28 September": the span's, not a day's
        year = one.year or self.written.year - (
            (one.month, one.day) > (self.written.month, self.written.day))
        try:
            return date(year, one.month, one.day)
        except ValueError:  # "31 June"
            return None
