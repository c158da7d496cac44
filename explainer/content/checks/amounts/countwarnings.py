"""What a warning about a wrong count of countries says: what the lists hold, how to put the
count right, and where in the file the count is."""

from __future__ import annotations

from ....errors import Problem
from ...context import line_of
from ...model import Countries, Explainer, RoleGroup, TextMap
from .countgroups import Group


def organisations(explainer: Explainer) -> int:
    """Return how many organisations the explainer's lists name."""
    return sum(len(section.organisations) for section in explainer.sections
               if isinstance(section, Countries))


def held_by_lists(explainer: Explainer, joined: int, bodies: bool) -> str:
    """Say what the lists hold that a wrong count of countries is told: their countries ('5
    countries'), those joining a lead for a count of 'other' ones, and their organisations for
    a count that takes them in ('5 countries and 2 organisations')."""
    if joined:
        return f"{joined} contributing or supporting {'country' if joined == 1 else 'countries'}"
    total, lands = len(explainer.countries), len(explainer.parts)
    held = holding(Group("", total, total + organisations(explainer) * bodies, frozenset()),
                   bodies, "entry" if lands < total else "country")
    # Teams of one country (England, Scotland; a country's states) are entries, not countries.
    return held if lands == total else f"{held}, of {plural(lands, 'country')}"


def plural(count: int, noun: str) -> str:
    """Say a count of a noun of the warnings: '1 country', '2 countries', '3 entries'."""
    return f"{count} {noun if count == 1 else noun.removesuffix('y') + 'ies'}"


def holding(group: Group, organisations: bool, noun: str = "country") -> str:
    """Say how many countries a group holds ('2 countries'), and how many organisations
    besides, for a count that may include them ('2 countries and 1 organisation')."""
    held = plural(group.countries, noun)
    others = group.members - group.countries
    if organisations and others:
        held += f" and {others} {'organisation' if others == 1 else 'organisations'}"
    return held


def hint(explainer: Explainer, selection: bool = False) -> str:
    """Return the hint of a wrong count: what the lists hold, and what to do; for a count
    above the whole list's, how to say that the list is a selection."""
    groups = [group for section in explainer.sections if isinstance(section, Countries)
              for group in section.groups if group.entries]  # not organisations alone
    return (f"the list's groups: {', '.join(size_of(group) for group in groups)}; check the "
            "figure against the source: the country list is what the page shows" +
            ("; if the list names only some of the countries, add 'complete: false' to it"
             if selection else ""))


def size_of(group: RoleGroup) -> str:
    """Describe a group's size for a hint: "8 under 'founding signatory'" (a role as written
    names one; a number before it would want a plural the checks cannot make)."""
    return f"{len(group.entries)} under '{group.role}'"


def names_slip(explainer: Explainer, place: TextMap, text: str, offset: int, says: str,
               named: int, before: bool = False) -> Problem:
    """Make the warning of a count that the names of the countries it counts, given after it
    in its sentence (or before it, which it sums up), are not as many as: "Seven countries
    met: Saudi Arabia, Egypt and Jordan" names 3."""
    names = f"names {plural(named, 'country')} before it" if before \
        else f"then names {plural(named, 'country')}"
    return placed(explainer, place, text, offset, f"{says} but its sentence {names}",
                  "count the names the sentence gives, or name every country the count counts")


def warning(explainer: Explainer, line: int, column: int | None, message: str,
            hint: str, excerpt: str = "") -> Problem:
    """Make a warning located in an explainer's file."""
    return Problem(explainer.display_path, line, column, message, hint, excerpt, "warning")


def placed(explainer: Explainer, place: TextMap, text: str, offset: int, message: str,
           hint: str) -> Problem:
    """Make a warning about the words at an offset of a text, which the map places in the
    file: at their own line and column, with the text's line that holds them."""
    return warning(explainer, *place.at(offset), message, hint, line_of(text, offset))
