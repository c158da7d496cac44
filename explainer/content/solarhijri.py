"""The Solar Hijri calendar, which Iran's and Afghanistan's newsrooms date in ("۱۵ آذر ۱۴۰۳" is
5 December 2024): a Gregorian day's year, month and day in it.

Its year begins at the spring equinox; the arithmetic here is the well-known one of the jalaali
calendar (Borkowski's, as jalaali-js and most Iranian software have it), whose leap years
follow the equinox through the years it holds, -61 to 3177: 33-year cycles of eight leap years,
with the breaks where the cycles shift. The first six months have 31 days, the next five 30,
and Esfand 29, or 30 in a leap year."""

from __future__ import annotations

from datetime import date

# The languages whose pages date in the Solar Hijri calendar: Persian, in Iran ('fa') and in
# Afghanistan ('fa-AF', whose months CLDR names as Afghans do: حمل, ثور, ...).
SOLAR_HIJRI_LANGUAGES = frozenset({"fa"})
# The years of the calendar where its 33-year cycle of leap years shifts.
BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
          2324, 2394, 2456, 3178)
GREGORIAN_OFFSET = 621  # a Solar Hijri year begins in March of the Gregorian year 621 after it
FIRST_HALF = 186  # the days of the first six months, of 31 days each


def dates_in_solar_hijri(language: str) -> bool:
    """Tell whether a language's pages date in the Solar Hijri calendar: Persian's."""
    return language.split("-")[0].split("_")[0] in SOLAR_HIJRI_LANGUAGES


def new_year(year: int) -> tuple[date, int]:
    """Return the Gregorian day a Solar Hijri year begins on (1 Farvardin), and how many years
    that year is after the calendar's last leap year (0 for a leap year)."""
    cycle_start, jump, leaps = BREAKS[0], 0, -14
    for cycle_end in BREAKS[1:]:
        jump = cycle_end - cycle_start
        if year < cycle_end:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        cycle_start = cycle_end
    into = year - cycle_start
    leaps += into // 33 * 8 + (into % 33 + 3) // 4
    if jump % 33 == 4 and jump - into == 4:
        leaps += 1
    gregorian = year + GREGORIAN_OFFSET
    gregorian_leaps = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    if jump - into < 6:
        into = into - jump + (jump + 4) // 33 * 33
    since_leap = ((into + 1) % 33 - 1) % 4 if (into + 1) % 33 else 4
    return date(gregorian, 3, 20 + leaps - gregorian_leaps), since_leap


def solar_hijri(day: date) -> tuple[int, int, int] | None:
    """Return a Gregorian day's year, month (1 for Farvardin) and day in the Solar Hijri
    calendar: 2024-12-05 is (1403, 9, 15). None for a day before its year 1 (in March 622) or
    after the years its arithmetic holds."""
    year = day.year - GREGORIAN_OFFSET
    if not 1 <= year < BREAKS[-1]:
        return None
    first, _ = new_year(year)
    days = (day - first).days
    if days < 0:
        year -= 1
        if year < 1:
            return None
        # From 1 Mehr, the seventh month: 179 days before 1 Farvardin, 180 after a leap year.
        days += 179 + (new_year(year + 1)[1] == 1)
    elif days < FIRST_HALF:
        return year, 1 + days // 31, 1 + days % 31
    else:
        days -= FIRST_HALF
    return year, 7 + days // 30, 1 + days % 30
