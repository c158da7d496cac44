"""A long timeline's events under a heading per year, as newsrooms set a long chronology, each
heading with an id of its own that the timeline's row of links to its years points to."""

from __future__ import annotations

import dataclasses
import itertools

from .anchors import free_id
from .model import FuzzyDate, Section, Timeline, TimelineYear

# A timeline of more events than this, over more than one year, is shown by year; a shorter
# one stays one list, which reads at a glance.
LONG = 12


def by_year(section: Section, taken: set[str]) -> Section:
    """Return a long timeline with its events grouped by year, each year's heading given an
    id that no part of the page named so far holds (`taken`), which it takes; a short one, or
    another section, as it is."""
    if not isinstance(section, Timeline) or len(section.events) <= LONG:
        return section
    # The events are in date order, so each year's are together.
    groups = [(year, tuple(events)) for year, events in
              itertools.groupby(section.events, key=lambda event: event.date.year)]
    if len(groups) < 2:
        return section
    years = tuple(TimelineYear(FuzzyDate(year), free_id(year_id(section.anchor, year), taken),
                               events) for year, events in groups)
    return dataclasses.replace(section, years=years)


def year_id(anchor: str, year: int) -> str:
    """Return the id a timeline's year heading is made from: timeline-2024, and for a year
    before the common era timeline-500-bc, as the data files' years are read."""
    return f"{anchor}-{year}" if year > 0 else f"{anchor}-{-year}-bc"
