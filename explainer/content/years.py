"""A long timeline's events under a heading per year, as newsrooms set a long chronology, or
per decade when its years are many, each heading with an id of its own that the timeline's
row of links to its years points to."""

from __future__ import annotations

import dataclasses
import itertools

from .anchors import free_id
from .model import FuzzyDate, Section, Timeline, TimelineEvent, TimelineYear

# A timeline of more events than this, over more than one year, is shown by year; a shorter
# one stays one list, which reads at a glance. Over more years than this, and at least
# DECADES decades, it is shown by decade: a heading a year would be as many as the events.
LONG = 12
DECADES = 3


def by_year(section: Section, taken: set[str]) -> Section:
    """Return a long timeline with its events grouped by year (or decade), each heading given
    an id that no part of the page named so far holds (`taken`), which it takes; a short one,
    or another section, as it is."""
    if not isinstance(section, Timeline) or len(section.events) <= LONG:
        return section
    # The events are in date order, so each year's are together.
    groups = [(year, tuple(events)) for year, events in
              itertools.groupby(section.events, key=lambda event: event.date.year)]
    if len(groups) < 2:
        return section
    decades = by_decade(section.events)
    if len(groups) > LONG and len(decades) >= DECADES:
        last = section.events[-1].date.year
        years = tuple(TimelineYear(FuzzyDate(decade), free_id(f"{section.anchor}-{decade}s",
                                                              taken),
                                   events, FuzzyDate(min(decade + 9, last)))
                      for decade, events in decades)
    else:
        years = tuple(TimelineYear(FuzzyDate(year), free_id(year_id(section.anchor, year),
                                                            taken), events)
                      for year, events in groups)
    return dataclasses.replace(section, years=years)


def by_decade(events: tuple[TimelineEvent, ...]) -> list[tuple[int, tuple[TimelineEvent, ...]]]:
    """Return the events by decade (1950 for 1950 to 1959), or none if any is before the
    common era, whose decades are counted down."""
    if any(event.date.year <= 0 for event in events):
        return []
    return [(decade, tuple(grouped)) for decade, grouped in
            itertools.groupby(events, key=lambda event: event.date.year // 10 * 10)]


def year_id(anchor: str, year: int) -> str:
    """Return the id a timeline's year heading is made from: timeline-2024, and for a year
    before the common era timeline-500-bc, as the data files' years are read."""
    return f"{anchor}-{year}" if year > 0 else f"{anchor}-{-year}-bc"
