"""The site model: frozen dataclasses that templates receive.

Data flows one way: source files -> these objects -> templates -> output files. Every URL and
output path is computed once, here, when the objects are made.
"""

from __future__ import annotations

import calendar
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

Status = Literal["done", "expected"]
MAP_VIEWS = ("world", "region", "none")  # a countries section's `map:`; left out, it decides
# The role words every page names in its own language (role_<word> in the strings tables);
# any other role is the story's own word, shown as written. 'other' is the catch-all.
ROLES = ("lead", "host", "funder", "contributing", "supporting", "other")
CATCH_ALL = "other"
T = TypeVar("T")
# Months and days as ISO dates write them, '01' to '31': pages show dozens of dates each.
TWO_DIGITS = tuple(f"{number:02d}" for number in range(32))


def frozen(order: bool = False) -> Callable[[type[T]], type[T]]:
    """Make a model class: an immutable dataclass, kept small in memory and quick to pickle.

    A site of thousands of explainers holds millions of these objects, and builds pass them
    between processes and to the cache: slots save a dictionary per object, and pickling the
    arguments of the constructor is several times quicker than pickling the slots' states.
    """
    def make(cls: type[T]) -> type[T]:
        made: Any = dataclass(frozen=True, order=order, slots=True)(cls)
        values = operator.attrgetter(*made.__match_args__)
        if len(made.__match_args__) == 1:
            made.__reduce__ = lambda self: (type(self), (values(self),))
        else:
            made.__reduce__ = lambda self: (type(self), values(self))
        return made  # type: ignore[no-any-return]

    return make


@frozen(order=True)
class FuzzyDate:
    """A date known to the year, the month or the day (pages write it in their language: see
    site/words.py)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        """Return the date as a valid HTML <time datetime> value: 2024, 2024-05 or 2024-05-23."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{TWO_DIGITS[self.month]}"
        return f"{self.year:04d}-{TWO_DIGITS[self.month]}-{TWO_DIGITS[self.day]}"

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """Return how precisely the date is known."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Order dates in time; a vaguer date goes after the precise dates it contains."""
        return (self.year, self.month or 13, self.day or 32)

    def first_day(self) -> date:
        """Return the earliest calendar day the date may stand for."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """Return the latest calendar day the date may stand for."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)


@frozen()
class Link:
    """A source a reader can follow (the url may be unknown for print or lost pages)."""

    title: str
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: FuzzyDate | None = None
    note: str | None = None


@frozen()
class Section:
    """What every section has: its kind, where it came from and its Markdown body as HTML."""

    kind: str
    line: int
    anchor: str
    body_html: str
    body_text: str = ""
    body_line: int = 0

    @property
    def template(self) -> str:
        """Return the name of the partial template that renders this section."""
        return f"sections/{self.kind}.html"


@frozen()
class Summary(Section):
    """The lede: what happened, in a paragraph or two."""


@frozen()
class WhyItMatters(Section):
    """A callout saying why the story matters."""

    title: str = ""  # the author's; else the page's language names it


@frozen()
class Prose(Section):
    """A headed run of Markdown prose."""

    heading: str = ""


@frozen()
class TimelineEvent:
    """One dated event on a timeline."""

    date: FuzzyDate
    title: str
    text_html: str = ""
    source: Link | None = None
    status: Status = "done"
    approximate: bool = False
    line: int = 0
    text: str = ""


@frozen()
class Timeline(Section):
    """Dated events, shown in chronological order."""

    title: str = ""  # the author's; else the page's language names it
    events: tuple[TimelineEvent, ...] = ()
    source: Link | None = None  # the source of every event that names none of its own


@frozen()
class Takeaway:
    """One key takeaway, as HTML, with the text it came from."""

    html: str
    text: str
    line: int


@frozen()
class Takeaways(Section):
    """The key-takeaways box."""

    title: str = ""  # the author's; else the page's language names it
    items: tuple[Takeaway, ...] = ()


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
        return f"flags/{self.code.lower()}.svg"

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
    rank: int = 0  # the place of its role's group in the section, the first 0
    heading: str = ""  # its role's heading in the section's `roles:`, if given there

    @property
    def name(self) -> str:
        """Return the name the story shows: the label, or the country's name."""
        return self.label or self.country.name


@frozen()
class Organisation:
    """An international organisation or another body that takes part in a story."""

    name: str
    initials: str  # what its badge shows, in place of a flag


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
    return " ".join(role.casefold().split())


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

    @property
    def known(self) -> str:
        """Return the role as a word of ROLES, which the strings tables name, or ''."""
        key = role_key(self.role)
        return key if key in ROLES else ""

    @property
    def catch_all(self) -> bool:
        """Tell whether the group is the catch-all 'other', shaded muted."""
        return role_key(self.role) == CATCH_ALL


@frozen()
class Countries(Section):
    """Who is involved: countries, and organisations beside them, by role."""

    title: str = ""  # the author's; else the page's language names it
    entries: tuple[CountryEntry, ...] = ()
    organisations: tuple[OrganisationEntry, ...] = ()
    map: str = "auto"  # world, region or none; auto frames the map on the countries
    roles: tuple[RoleNote, ...] = ()  # the author's headings and order of roles, if given

    @property
    def groups(self) -> tuple[RoleGroup, ...]:
        """Return the entries grouped by role, in the order of their ranks."""
        by_rank: dict[int, list[CountryEntry | OrganisationEntry]] = {}
        for entry in sorted((*self.entries, *self.organisations), key=lambda e: e.line):
            by_rank.setdefault(entry.rank, []).append(entry)
        notes = {role_key(note.role): note for note in self.roles}
        groups = []
        for rank in sorted(by_rank):
            members = by_rank[rank]
            note = notes.get(role_key(members[0].role), RoleNote(""))
            groups.append(RoleGroup(members[0].role,
                                    tuple(e for e in members if isinstance(e, CountryEntry)),
                                    tuple(members), note.heading, note.description))
        return tuple(groups)


@frozen()
class Figure:
    """A key number and what it counts."""

    value: str
    label: str
    note: str = ""
    line: int = 0


@frozen()
class Figures(Section):
    """Key numbers shown large."""

    title: str = ""  # the author's; else the page's language names it
    items: tuple[Figure, ...] = ()


@frozen()
class Quote(Section):
    """Someone's words, attributed."""

    text: str = ""
    speaker: str = ""
    role: str = ""
    date: FuzzyDate | None = None
    source: Link | None = None
    translated: bool = False  # the words are translated from another language


@frozen()
class Sources(Section):
    """Links to the reporting the explainer draws on."""

    title: str = ""  # the author's; else the page's language names it
    items: tuple[Link, ...] = ()


@frozen()
class Picture:
    """An image the explainer shows: its file as the author named it, and its words."""

    file: str  # the input file it resolves to, such as content/haiti/airport.jpg
    alt: str
    caption_html: str = ""
    credit: str = ""
    line: int = 0


@frozen()
class Image(Section):
    """A picture in the flow of the page, with its caption and credit."""

    picture: Picture | None = None


@frozen()
class Embed(Section):
    """A chart, a map, a video or a document from a service newsrooms embed, in a frame."""

    url: str = ""  # the address the frame loads
    link: str = ""  # the address a reader follows without the frame
    title: str = ""
    service: str = ""
    aspect: tuple[int, int] = (16, 9)
    caption_html: str = ""
    sandbox: str = ""  # what the frame may do, or "" for a player that needs its own origin


@frozen()
class Change:
    """A dated update or correction of the explainer, told to its readers."""

    date: FuzzyDate
    text_html: str
    text: str
    correction: bool = False
    source: Link | None = None
    line: int = 0


@frozen()
class Use:
    """Something outside the explainer's file that it points at: an image file or an embed.

    The file's bytes alone do not tell whether it is there or allowed, so it is checked with
    the whole site, on every build (site/media.py).
    """

    kind: Literal["image", "markdown-image", "embed"]
    target: str  # the name as written; for an embed, its address
    line: int
    column: int | None
    excerpt: str
    candidates: tuple[str, ...] = ()  # the input files the name may stand for, in order


@frozen()
class Teaser:
    """An explainer as lists show it: its front matter and its countries, not its sections.

    Index, country and tag pages and the feed receive these, so that listing thousands of
    explainers does not need the text of every one at hand.
    """

    source_path: Path
    display_path: str
    slug: str
    title: str
    dek: str
    published: FuzzyDate
    updated: FuzzyDate | None
    byline: tuple[str, ...]
    based_on: tuple[Link, ...]
    tags: tuple[str, ...]
    draft: bool
    language: str  # the tag of the language it is written in
    translation_key: str  # shared by the explainer's translations; its slug if not given
    folder: str  # of its language's pages: '' for the site's language, else such as 'fr/'
    countries: tuple[CountryEntry, ...]  # every entry of the explainer's country lists
    image: Picture | None  # the lead image
    changes: tuple[Change, ...]  # updates and corrections, newest first
    uses: tuple[Use, ...]  # image files and embeds, checked with the site
    expected: tuple[TimelineEvent, ...]  # events not yet happened when last written
    kinds: tuple[str, ...]  # the kinds of its sections, each once, in file order
    outline: tuple[str, ...]  # its takeaways and section headings, as plain text, for search

    @property
    def url(self) -> str:
        """Return the site path of the explainer's page."""
        return f"{self.folder}{self.slug}.html"

    @property
    def modified(self) -> FuzzyDate:
        """Return the last-updated date (the later of `updated` and the newest change), or the
        publication date."""
        if not self.changes:  # as most explainers: asked for by every list that shows them
            return self.updated or self.published
        newest = self.changes[0].date
        updated = self.updated
        return updated if updated is not None and updated.sort_key > newest.sort_key \
            else newest

    @property
    def corrected(self) -> bool:
        """Tell whether any change is a correction."""
        return any(change.correction for change in self.changes)

    def public_on(self, today: date) -> bool:
        """Tell whether the explainer is neither a draft nor dated after today."""
        return not self.draft and self.published.first_day() <= today


@frozen()
class Explainer(Teaser):
    """One explainer: its front matter and its sections, in file order."""

    sections: tuple[Section, ...]

    @classmethod
    def of(cls, source_path: Path, display_path: str, slug: str, title: str, dek: str,
           published: FuzzyDate, updated: FuzzyDate | None, byline: tuple[str, ...],
           based_on: tuple[Link, ...], tags: tuple[str, ...], draft: bool,
           sections: tuple[Section, ...], language: str = "en", translation_key: str = "",
           folder: str = "", image: Picture | None = None, changes: tuple[Change, ...] = (),
           uses: tuple[Use, ...] = ()) -> Explainer:
        """Make an explainer, its countries, section kinds and expected events taken from its
        sections."""
        countries = tuple(e for s in sections if isinstance(s, Countries) for e in s.entries)
        expected = tuple(e for s in sections if isinstance(s, Timeline) for e in s.events
                         if e.status == "expected")
        kinds = tuple(dict.fromkeys(section.kind for section in sections))
        outline = (*(item.text for s in sections if isinstance(s, Takeaways) for item in s.items),
                   *(s.heading for s in sections if isinstance(s, Prose) and s.heading))
        return cls(source_path, display_path, slug, title, dek, published, updated, byline,
                   based_on, tags, draft, language, translation_key or slug, folder, countries,
                   image, changes, uses, expected, kinds, outline, sections)

    @property
    def organisations(self) -> tuple[OrganisationEntry, ...]:
        """Return every organisation entry of the explainer's country lists."""
        return tuple(e for s in self.sections if isinstance(s, Countries) for e in s.organisations)

    def sections_of(self, kind: str) -> tuple[Section, ...]:
        """Return the sections of one kind, in file order."""
        return tuple(s for s in self.sections if s.kind == kind)

    def teaser(self) -> Teaser:
        """Return the explainer without its sections, as lists show it."""
        return Teaser(*(getattr(self, name) for name in Teaser.__match_args__))


# Explainers on a page of a list, unless site.yml says otherwise: at about 400 bytes of HTML
# each, a page of 50 stays near 25 KB.
PAGE_SIZE = 50


@frozen()
class Config:
    """The site's settings, read from site.yml."""

    title: str = "Explainers"
    description: str = ""
    language: str = "en"
    base_url: str | None = None
    author: str | None = None
    publisher: str | None = None
    publisher_url: str | None = None
    logo: str | None = None
    image: str | None = None
    twitter: str | None = None
    organizations: tuple[str, ...] = ()
    trusted_html: bool = False
    embeds: tuple[str, ...] = ()  # hosts a site allows in embed sections, besides the services
    data_files: bool = True  # each explainer's data/ files, and their index
    embeddable: bool = True  # each explainer's embeddable pieces
    page_size: int = PAGE_SIZE  # explainers on a page of the index, a country's or a tag's list


@frozen()
class Rendition:
    """The sizes a build made of an image: site paths, widths and the image's own size."""

    width: int
    height: int
    fallback: str  # the largest JPEG or PNG, for <img src> and social networks
    fallback_type: str  # its media type, image/jpeg or image/png
    sizes: tuple[tuple[str, int], ...]  # the JPEG or PNG files, each with its width
    webp: tuple[tuple[str, int], ...]  # the WebP files, likewise


@frozen()
class Share:
    """The picture a shared link shows: a site path, its size and type, and what it shows."""

    path: str
    width: int
    height: int
    type: str
    alt: str


@frozen()
class Media:
    """The pictures of a site's explainers as built, and the picture each shares.

    `pictures` gives, by explainer file, the rendition of each picture by the name the file
    gives it; `shares` the picture a shared link of each explainer shows (its lead image, or
    a card made of its title and map; only with a base URL); `logo` the publisher's logo made
    of the site's name when site.yml names none.
    """

    pictures: Mapping[str, Mapping[str, Rendition]] = field(default_factory=dict)
    shares: Mapping[str, Share] = field(default_factory=dict)
    logo: str | None = None


@frozen()
class Site:
    """Everything a build renders: the settings and the explainers, newest first."""

    config: Config
    explainers: tuple[Teaser, ...] = field(default_factory=tuple)
    media: Media = field(default_factory=Media)
