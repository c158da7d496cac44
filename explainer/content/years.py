"""A long timeline's events under a heading per year, as newsrooms set a long chronology, or
per decade when its years are many, each heading with an id of its own that the timeline's
row of links to its years points to."""

from __future__ import annotations

import dataclasses
import itertools

from .anchors import free_id
from .model import FuzzyDate, Section, Timeline, TimelineEvent, TimelineYear
from .solarhijri import dates_in_solar_hijri, solar_hijri

# A timeline of more events than this, over more than one year, is shown by year; a shorter
# one stays one list, which reads at a glance. Over more years than this, and at least
# DECADES decades, it is shown by decade: a heading a year would be as many as the events.
LONG = 12
DECADES = 3


def by_year(section: Section, taken: set[str], language: str = "") -> Section:
    """Return a long timeline with its events grouped by year (or decade) of the calendar its
    page's language dates in (see calendar_years), each heading given an id that no part of
    the page named so far holds (`taken`), which it takes; a short one, or another section, as
    it is."""
    if not isinstance(section, Timeline) or len(section.events) <= LONG:
        return section
    # The events are in date order, so each year's are together.
    years_of = calendar_years(section.events, language)
    groups = [(year, tuple(event for _, event in events)) for year, events in
              itertools.groupby(zip(years_of, section.events, strict=True),
                                key=lambda dated: dated[0])]
    if len(groups) < 2:
        return section
    decades = by_decade(groups)
    if len(groups) > LONG and len(decades) >= DECADES:
        last = years_of[-1]
        years = tuple(TimelineYear(FuzzyDate(decade), free_id(f"{section.anchor}-{decade}s",
                                                              taken),
                                   events, FuzzyDate(min(decade + 9, last)))
                      for decade, events in decades)
    else:
        years = tuple(TimelineYear(FuzzyDate(year), free_id(year_id(section.anchor, year),
                                                            taken), events)
                      for year, events in groups)
    return dataclasses.replace(section, years=years)


def calendar_years(events: tuple[TimelineEvent, ...], language: str) -> list[int]:
    """Return each event's year: on a page in a language that dates in the Solar Hijri
    calendar (Persian), where every event has one, the Solar Hijri year of its last day
    (2024-12-05 is in 1403; 2024, known to the year, in 1403, where it ends, as the timeline
    puts it after the days it holds); else the Gregorian year."""
    if dates_in_solar_hijri(language):
        days = [solar_hijri(event.date.last_day()) if event.date.common_era else None
                for event in events]
        if all(days):
            return [day[0] for day in days if day]
    return [event.date.year for event in events]


def by_decade(groups: list[tuple[int, tuple[TimelineEvent, ...]]],
              ) -> list[tuple[int, tuple[TimelineEvent, ...]]]:
    """Return the events of each year by decade (1950 for 1950 to 1959), or none if any year
    is before the common era, whose decades are counted down."""
    if any(year <= 0 for year, _ in groups):
        return []
    return [(decade, tuple(event for _, events in grouped for event in events))
            for decade, grouped in itertools.groupby(groups, key=lambda group: group[0] // 10 * 10)]


def year_id(anchor: str, year: int) -> str:
    """Return the id a timeline's year heading is made from: timeline-2024, and for a year
    before the common era timeline-500-bc, as the data files' years are read."""
    return f"{anchor}-{year}" if year > 0 else f"{anchor}-{-year}-bc"
