"""Who is involved: countries and organisations, their roles and the groups a page shows."""

from __future__ import annotations

from ..naming.names import caseless
from .basics import Section, frozen

MAP_VIEWS = ("auto", "world", "region", "none")  # a countries section's `map:`; auto decides


# The role words every page names in its own language (role_<word> in the strings tables);
# any other role is the story's own word, shown as written. 'other' is the catch-all.
ROLES = ("lead", "host", "funder", "contributing", "supporting", "other")


CATCH_ALL = "other"


def flag_path(code: str, small: bool = False) -> str:
    """Return the site path of the flag of a country or a part of one ('GB', 'GB-SCT'); small,
    of its drawing for lists, 24×18 pixels."""
    return f"flags/{'small/' if small else ''}{code.lower()}.svg"


@frozen()
class Country:
    """A country, known by its CLDR territory code (ISO 3166-1 alpha-2, or XK for Kosovo)."""

    code: str
    name: str  # as pages show it: "Russia", never "Russian Federation"
    numeric: str
    has_flag: bool = True

    @property
    def flag_url(self) -> str:
        """Return the site path of the country's flag image."""
        return flag_path(self.code)

    @property
    def small_flag_url(self) -> str:
        """Return the site path of the country's flag as lists show it, 24×18 pixels."""
        return flag_path(self.code, small=True)

    @property
    def url(self) -> str:
        """Return the site path of the country's page."""
        return f"countries/{self.code.lower()}.html"


@frozen()
class CountryEntry:
    """A country's part in one story; label is the name the story shows, if not the usual."""

    country: Country
    role: str  # as the author wrote it
    note: str = ""
    line: int = 0
    label: str = ""
    # The ISO 3166-2 code of the part of the country its label names, whose flag it shows
    # ('GB-SCT' for 'Scotland'), or '' for the country's own flag.
    subdivision: str = ""
    rank: int = 0  # the place of its role's group in the section, the first 0 (last but one)
    heading: str = ""  # its role's heading in the section's `roles:`, if given there (last)

    @property
    def name(self) -> str:
        """Return the name the story shows: the label, or the country's name."""
        return self.label or self.country.name

    @property
    def has_flag(self) -> bool:
        """Tell whether a list shows a flag beside it: its part's, or its country's."""
        return bool(self.subdivision) or self.country.has_flag

    @property
    def small_flag_url(self) -> str:
        """Return the site path of the flag a list shows beside it, 24×18 pixels."""
        if self.subdivision:
            return flag_path(self.subdivision, small=True)
        return self.country.small_flag_url


@frozen()
class Organisation:
    """An international organisation or another body that takes part in a story."""

    name: str
    initials: str  # what its badge shows, in place of a flag
    key: str = ""  # a listed organisation's English initials (see organisations.py); else ""


@frozen()
class OrganisationEntry:
    """An organisation's part in one story: never on the map, never counted as a country."""

    organisation: Organisation
    role: str  # as the author wrote it
    note: str = ""
    line: int = 0
    label: str = ""
    rank: int = 0  # the place of its role's group in the section, the first 0
    heading: str = ""  # its role's heading in the section's `roles:`, if given there

    @property
    def name(self) -> str:
        """Return the name the story shows: the label, or the organisation's name."""
        return self.label or self.organisation.name


def role_key(role: str) -> str:
    """Return what every spelling of one role shares: no case, single spaces."""
    return " ".join(caseless(role).split())


Part = tuple[Country, tuple[str, ...]]  # a country, and its roles in one story


def parts_of(entries: tuple[CountryEntry, ...]) -> tuple[Part, ...]:
    """Return each country of a story's lists once, in the order first listed, with the roles
    it plays: as first written (or headed in `roles:`), in the order of the story's groups
    (the lead, say, first)."""
    countries: dict[str, Country] = {}
    roles: dict[str, dict[str, tuple[int, str]]] = {}
    for entry in entries:
        code = entry.country.code
        countries.setdefault(code, entry.country)
        roles.setdefault(code, {}).setdefault(role_key(entry.role),
                                              (entry.rank, entry.heading or entry.role))
    return tuple((countries[code], tuple(role for _, role in sorted(found.values(),
                                                                    key=lambda r: r[0])))
                 for code, found in roles.items())


@frozen()
class RoleNote:
    """What a countries section's `roles:` says of one role: its heading and description."""

    role: str
    heading: str = ""
    description: str = ""
    line: int = 0  # where `roles:` names it


@frozen()
class RoleGroup:
    """The countries and organisations that share one role, for the grouped list."""

    role: str  # as first written; a word of ROLES is named in the page's language
    entries: tuple[CountryEntry, ...]  # the countries alone, as the map shows them
    members: tuple[CountryEntry | OrganisationEntry, ...]  # all, in the order of the file
    heading: str = ""  # the author's, from `roles:`
    description: str = ""  # the author's one line on it, from `roles:`
    # Its place among the groups with countries on the map, the first 1, which picks its
    # shade; 0 for the catch-all and for a group of organisations alone, shaded muted.
    shade: int = 0

    @property
    def known(self) -> str:
        """Return the role as a word of ROLES, which the strings tables name, or ''."""
        key = role_key(self.role)
        return key if key in ROLES else ""


@frozen()
class Countries(Section):
    """Who is involved: countries, and organisations beside them, by role."""

    title: str = ""  # the author's; else the page's language names it
    entries: tuple[CountryEntry, ...] = ()
    organisations: tuple[OrganisationEntry, ...] = ()
    map: str = "auto"  # world, region or none; auto frames the map on the countries
    roles: tuple[RoleNote, ...] = ()  # the author's headings and order of roles, if given
    # False for a selection ("how some countries voted"): counts in the text are then not
    # checked against the list.
    complete: bool = True

    @property
    def groups(self) -> tuple[RoleGroup, ...]:
        """Return the entries grouped by role, in the order of their ranks."""
        by_rank: dict[int, list[CountryEntry | OrganisationEntry]] = {}
        for entry in sorted((*self.entries, *self.organisations), key=lambda e: e.line):
            by_rank.setdefault(entry.rank, []).append(entry)
        notes = {role_key(note.role): note for note in self.roles}
        groups = []
        shaded = 0
        for rank in sorted(by_rank):
            members = by_rank[rank]
            note = notes.get(role_key(members[0].role), RoleNote(""))
            entries = tuple(e for e in members if isinstance(e, CountryEntry))
            shaded += bool(entries)
            shade = shaded if entries and role_key(members[0].role) != CATCH_ALL else 0
            groups.append(RoleGroup(members[0].role, entries, tuple(members), note.heading,
                                    note.description, shade))
        return tuple(groups)
