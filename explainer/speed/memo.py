"""Memos: what earlier builds made, for the next build to take instead of making it again.

The build recipe asks its memo at each step: is this explainer file known as it is now, is
this page known as it would render now? `MemoryMemo` keeps everything in memory: `check` uses
a new one (it knows nothing yet), the preview one for as long as it runs, so that an edit
redoes only what it reaches. `DiskMemo` (diskmemo.py) keeps the build cache on disk for
`build`. Both answer the same calls, listed in `Memo`.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from ..content.model import Explainer, Site, Teaser
from ..errors import Problem
from ..inputs import Inputs, Stamp
from ..render.output import Writer
from .lastpages import Kept, LastPages
from .memorypages import Made, PagesInMemory

if TYPE_CHECKING:
    from ..content.reading import ExplainerFile, Known, ReadSettings
    from ..options import BuildTime
    from ..recipe import BuildResult
    from ..render.rendering import Rendered
    from ..render.sections import SectionStore
    from ..render.theme import Theme
    from ..site.page import Page

T = TypeVar("T")
# What remember() keeps a value under: a name, or (input file, what) for a value of one file.
Name = str | tuple[str, str]
# The explainers whose sections the preview keeps rendered from one build to the next: those
# rendered last, such as the one being edited and the pages that show it among their related
# explainers. About 70 KB each for a long explainer.
KEPT_SECTIONS = 64


class PageMemo(Protocol):
    """The pages a memo holds, for one site and theme."""

    def reuse_all(self, pages: Sequence[Page], writer: Writer) -> list[Page]:
        """Hand the writer the pages rendered before; return those that must be rendered."""
        ...

    def keep(self, page: Page, rendered: Rendered) -> None:
        """Keep a page just rendered."""
        ...


class Memo(Protocol):
    """What a build asks of what earlier builds made."""

    def replay(self, inputs: Inputs, when: BuildTime, writer: Writer) -> BuildResult | None:
        """Return the last build, if nothing it read has changed, it still stands at this
        time (see BuildResult.stands) and its files are in place."""
        ...

    def remember(self, name: Name, key: Hashable, make: Callable[[], T]) -> T:
        """Return what make() made for the same key in an earlier build, or make it now; a
        name (input file, what) is forgotten once that file is gone."""
        ...

    def lasting(self, name: str, make: Callable[[], T]) -> T:
        """Return an object that lasts from build to build and brings itself up to date with
        what it is given (the search index's maker): as the last build left it, or new."""
        ...

    def compiled_templates(self) -> Path | None:
        """Return a folder to keep the templates in as Jinja compiles them, if any."""
        ...

    def derived(self, key: str, make: Callable[[], bytes]) -> Callable[[], bytes]:
        """Return a maker of a file derived from others (a picture's size, a social card):
        it gives what an earlier build made for the same key (a hash of the sources and of
        how the file is made), or makes and keeps it. The build needs the key."""
        ...

    def explainers(self, files: Sequence[ExplainerFile], settings: ReadSettings
                   ) -> list[Known | None]:
        """Return the teaser and problems of each file read before as it is now (None for
        the others)."""
        ...

    def pack(self, file: ExplainerFile, data: bytes | None, settings: ReadSettings,
             explainer: Explainer | None, problems: list[Problem]) -> object:
        """Return what to keep of a file just read (called in the process that read it)."""
        ...

    def keep_explainer(self, file: ExplainerFile, packed: Any) -> Known:
        """Keep what pack() made; return the file's teaser and problems."""
        ...

    def whole(self, teaser: Teaser) -> Explainer:
        """Return the whole explainer of a teaser read in this build (in any process)."""
        ...

    def sections(self, explainer: Explainer, page: Page) -> SectionStore:
        """Return where the pages of an explainer rendered next, page first, keep its sections
        rendered (see render/sections.py): empty, or as an earlier build rendered them."""
        ...

    def pages(self, site: Site, theme: Theme) -> PageMemo:
        """Return the pages the memo holds for this site and theme."""
        ...

    def record(self, inputs: Inputs, result: BuildResult, writer: Writer) -> None:
        """Note that a build succeeded, its files in the writer; forget what it no longer needs."""
        ...


class Sections(NamedTuple):
    """An explainer's sections as a build rendered them, with what they were rendered from
    besides the settings, templates and words (which the memo's pages look after)."""

    explainer: Explainer
    page: tuple[Any, ...]  # what else of its page a section may show (see sections())
    store: SectionStore


@dataclass(frozen=True)
class Read:
    """An explainer file as last read."""

    stamp: Stamp
    settings: ReadSettings
    explainer: Explainer | None
    teaser: Teaser | None
    problems: list[Problem]


class MemoryMemo:
    """Everything earlier builds in this process made, in memory."""

    def __init__(self, shown: Container[str] | None = None) -> None:
        # The pages a browser has been shown, if the preview says (else all of them): after an
        # edit, the others are made when first asked for (see PagesInMemory.defer).
        self.shown = shown
        self.values: dict[Name, tuple[Hashable, Any]] = {}
        self.read: dict[str, Read] = {}
        self.kept: dict[str, Kept] = {}
        # What the last good build's pages were made with, and the build's under way.
        self.last: Made | None = None
        self.next: Made | None = None
        self.tried: list[Made] = []  # what builds that failed since made their pages with
        self.stamps: Mapping[str, Stamp] = {}  # of the inputs of the build under way
        self.built: Mapping[str, Stamp] = {}  # of the inputs of the last good build
        self.now: set[str] = set()  # the pages of the build under way
        self.same_pages = False  # the build under way has the last good build's pages
        self.building: Sequence[Page] = ()  # the pages of the build under way
        self.last_pages: Sequence[Page] = ()  # the pages of the last good build
        self.index: LastPages | None = None  # the last good build's pages, indexed
        # The pages of the build under way, by path, and those not in the last good build.
        self.moved: tuple[Sequence[Page], dict[str, Page], list[Page], bool] | None = None
        self.fresh: list[str] = []  # the pages kept since the last good build
        self.reread: set[str] = set()  # the explainer files read since the last good build
        self.made: dict[str, bytes] = {}  # derived files by key
        self.wanted: set[str] = set()  # the keys of derived files the build under way needs
        # Sections rendered by the last good build, and by the build under way, by explainer
        # file, oldest first.
        self.kept_sections: dict[str, Sections] = {}
        self.new_sections: dict[str, Sections] = {}

    def replay(self, inputs: Inputs, when: BuildTime, writer: Writer) -> BuildResult | None:
        """Replay nothing: a build in memory is quick once its parts are kept."""
        self.stamps = inputs.stamps
        return None

    def remember(self, name: Name, key: Hashable, make: Callable[[], T]) -> T:
        """Return what make() made for the same key before, or make it now."""
        known = self.values.get(name)
        if known is not None and (known[0] is key or known[0] == key):
            return known[1]  # type: ignore[no-any-return]
        value = make()
        self.values[name] = (key, value)
        return value

    def lasting(self, name: str, make: Callable[[], T]) -> T:
        """Return the object of that name, kept in memory."""
        return self.remember(name, "", make)

    def compiled_templates(self) -> Path | None:
        """Keep compiled templates in memory only."""
        return None

    def derived(self, key: str, make: Callable[[], bytes]) -> Callable[[], bytes]:
        """Return a maker of a derived file, kept in memory once made."""
        self.wanted.add(key)

        def made() -> bytes:
            data = self.made.get(key)
            if data is None:
                data = self.made[key] = make()
            return data

        return made

    def explainers(self, files: Sequence[ExplainerFile], settings: ReadSettings
                   ) -> list[Known | None]:
        """Return each file as last read, if its stamp and the settings are the same."""
        read = self.read
        return [(known.teaser, known.problems)
                if (known := read.get(file.display)) is not None and known.stamp == file.stamp
                and (known.settings is settings or known.settings == settings) else None
                for file in files]

    def pack(self, file: ExplainerFile, data: bytes | None, settings: ReadSettings,
             explainer: Explainer | None, problems: list[Problem]) -> Read:
        """Keep the explainer whole (it was read in this process)."""
        teaser = explainer.teaser() if explainer is not None else None
        return Read(file.stamp, settings, explainer, teaser, problems)

    def keep_explainer(self, file: ExplainerFile, packed: Read) -> Known:
        """Keep a file just read; its teaser stays the same object while it is equal.

        Pages that list explainers are rendered again when a teaser is another object: an edit
        that leaves the front matter and the countries as they were spares them.
        """
        before = self.read.get(file.display)
        if before is not None and before.teaser is not None and before.teaser == packed.teaser:
            packed = Read(packed.stamp, packed.settings, packed.explainer, before.teaser,
                          packed.problems)
        self.read[file.display] = packed
        self.reread.add(file.display)
        return packed.teaser, packed.problems

    def whole(self, teaser: Teaser) -> Explainer:
        """Return the explainer of a teaser."""
        explainer = self.read[teaser.display_path].explainer
        assert explainer is not None  # the site lists only explainers that were read
        return explainer

    def sections(self, explainer: Explainer, page: Page) -> SectionStore:
        """Return the sections the last good build rendered of this very explainer, if its
        page has the same pictures and versions in other languages, else none.

        A section's template sees the page, but should show only the explainer and the site
        (see docs/templates.md): the related explainers its page lists may have changed."""
        from ..render.sections import SectionStore  # here: a no-change build never loads Jinja

        assert page.explainer is not None  # a page of this explainer
        seen = (page.context.get("pictures"), page.context.get("share"), page.versions)
        kept = self.kept_sections.get(page.explainer.display_path)
        store = kept.store.copy() if kept is not None and kept.explainer is explainer \
            and kept.page == seen else SectionStore()
        new = self.new_sections
        new[page.explainer.display_path] = Sections(explainer, seen, store)
        if len(new) > KEPT_SECTIONS:  # a build that renders every explainer keeps the last
            del new[next(iter(new))]
        return store

    def pages(self, site: Site, theme: Theme) -> PagesInMemory:
        """Return the pages kept, as this site and theme would render them."""
        view = PagesInMemory(self, site, theme)
        self.next = (site.config, theme.renderer, theme.lexicon, site.explainers)
        self.tried.append(self.next)
        self.new_sections = {}  # what a build that failed rendered is not kept
        gone = self.built.keys() - self.stamps.keys()
        if view.everything or not (view.changed | gone) <= self.read.keys():
            # Settings, templates, words or a file other than an explainer changed.
            self.kept_sections = {}
        elif view.relisted:
            self.kept_sections = {path: kept for path, kept in self.kept_sections.items()
                                  if not kept.store.listed}
        return view

    def put(self, path: str, kept: Kept) -> None:
        """Keep a page as the build under way makes it."""
        self.kept[path] = kept
        self.fresh.append(path)

    def record(self, inputs: Inputs, result: BuildResult, writer: Writer) -> None:
        """Forget the files and pages that are gone; index the pages as the writer has them."""
        stamps = inputs.stamps
        if not self.read.keys() <= stamps.keys() or self.built.keys() - stamps.keys():
            self.read = {path: read for path, read in self.read.items() if path in stamps}
            self.values = {name: value for name, value in self.values.items()
                           if not isinstance(name, tuple) or name[0] in stamps}
        if not self.same_pages:
            self.kept = {path: kept for path, kept in self.kept.items() if path in self.now}
        index = self.index
        if index is not None and self.moved is not None:  # found what the edit reached
            if self.moved[0] is not index.pages:
                index.moved(*self.moved)
        elif self.building is not self.last_pages:
            index = None  # a new list of pages, each looked at: indexed when next needed
        self.index = index.update(self.kept, self.fresh) if index is not None else None
        self.last_pages, self.last = self.building, self.next
        self.fresh, self.reread, self.tried = [], set(), []
        self.built = stamps
        self.made = {key: data for key, data in self.made.items() if key in self.wanted}
        self.wanted = set()
        sections = {**{path: kept for path, kept in self.kept_sections.items()
                       if path not in self.new_sections and path in stamps},
                    **self.new_sections}
        self.kept_sections = dict(list(sections.items())[-KEPT_SECTIONS:])
        self.new_sections = {}
