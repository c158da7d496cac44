"""An explainer: its teaser (what lists need) and the whole of it (what its page needs)."""

from __future__ import annotations

from datetime import date, tzinfo
from pathlib import Path
from typing import Literal

from .basics import Extra, FuzzyDate, Link, Section, TextMap, frozen
from .involved import Countries, CountryEntry, OrganisationEntry, Part, parts_of
from .sections import Picture, Prose, Questions, Takeaways, Timeline, TimelineEvent

NO_EXTRA = Extra()  # an explainer that gives no fields of the project's own


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
    """A picture file outside the explainer's file that it shows, or a page of the site it
    links to.

    The file's bytes alone do not tell whether it is there, so it is checked with the whole
    site, on every build (site/media.py, site/linkcheck.py).
    """

    kind: Literal["image", "markdown-image", "page"]
    target: str  # the name as written
    line: int
    column: int | None
    excerpt: str
    candidates: tuple[str, ...] = ()  # the input files the name may stand for, in order


@frozen()
class Place:
    """Where in its file an explainer gives a name of its pages (its slug, an alias, its
    translation_key) or its dek: the line and column, and the line as written."""

    line: int
    column: int
    excerpt: str
    text_map: TextMap | None = None  # a text's (the dek's): where its characters stand


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
    uses: tuple[Use, ...]  # image files, checked with the site
    expected: tuple[TimelineEvent, ...]  # events not yet happened when last written
    kinds: tuple[str, ...]  # the kinds of its sections, each once, in file order
    # Its takeaways, section headings and questions, as plain text, for search.
    outline: tuple[str, ...]
    # Each country once, with its roles (see parts_of): what the country pages list, kept
    # with the explainer so that lists of thousands need not work it out on each build.
    parts: tuple[Part, ...]
    # The organisations its lists name, as its pages and as its author write them: for search.
    named: tuple[str, ...]
    # The headings its author gave the first section of each kind (kind, title): what its
    # embeddable pieces are called.
    titles: tuple[tuple[str, str], ...]
    aliases: tuple[str, ...]  # the slugs its page had before: each sends readers on to it
    links: tuple[Use, ...]  # its links to pages of the site, checked with the site
    # Where its file gives its names and its dek: 'slug', 'translation_key', 'alias x', 'dek'.
    places: tuple[tuple[str, Place], ...]
    ids: tuple[str, ...]  # the ids of its page that its text makes, for links to them
    extra: Extra  # the fields of the project's own, for its templates

    @property
    def url(self) -> str:
        """Return the site path of the explainer's page."""
        return f"{self.folder}{self.slug}.html"

    def place(self, name: str) -> Place | None:
        """Return where the file gives a name of the explainer's pages: 'slug' (its title's
        place when the file's name is its slug), 'translation_key' (its slug's when not given)
        or 'alias ' and the alias."""
        return next((place for named, place in self.places if named == name), None)

    @property
    def dek_map(self) -> TextMap | None:
        """Return where the front matter gives the dek's characters, or None when it gives no
        text: lists, feeds and shared links give the dek, so the checks read it as the own
        words."""
        dek = self.place("dek")
        if dek is None or not self.dek:
            return None
        return dek.text_map or TextMap(dek.line, dek.column, None)

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
    def revised(self) -> bool:
        """Tell whether the explainer was updated after it was published, to the minute
        (for templates: lists say so on a later day alone, see wording.updated_later())."""
        return self.modified.sort_key > self.published.sort_key

    @property
    def corrected(self) -> bool:
        """Tell whether any change is a correction."""
        return any(change.correction for change in self.changes)

    def public_on(self, today: date, zone: tzinfo) -> bool:
        """Tell whether the explainer is neither a draft nor dated after today: by the day
        the site gives it, in its time zone (`zone`), as its page and lists show it."""
        return not self.draft and self.published.day_in(zone).first_day() <= today


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
           uses: tuple[Use, ...] = (), named: tuple[str, ...] = (),
           aliases: tuple[str, ...] = (), links: tuple[Use, ...] = (),
           places: tuple[tuple[str, Place], ...] = (), ids: tuple[str, ...] = (),
           extra: Extra = NO_EXTRA) -> Explainer:
        """Make an explainer, its countries, section kinds and expected events taken from its
        sections."""
        countries = tuple(e for s in sections if isinstance(s, Countries) for e in s.entries)
        expected = tuple(e for s in sections if isinstance(s, Timeline) for e in s.events
                         if e.status == "expected")
        kinds = tuple(dict.fromkeys(section.kind for section in sections))
        outline = (*(item.text for s in sections if isinstance(s, Takeaways) for item in s.items),
                   *(s.heading for s in sections if isinstance(s, Prose) and s.heading),
                   *(item.question for s in sections if isinstance(s, Questions)
                     for item in s.items))
        titles: dict[str, str] = {}
        for section in sections:
            titles.setdefault(section.kind, getattr(section, "title", ""))
        return cls(source_path, display_path, slug, title, dek, published, updated, byline,
                   based_on, tags, draft, language, translation_key or slug, folder, countries,
                   image, changes, uses, expected, kinds, outline, parts_of(countries), named,
                   tuple((kind, text) for kind, text in titles.items() if text), aliases,
                   links, places, ids, extra, sections)

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
