"""Read every explainer and render its page in one pass: from the cache, or on all cores.

Each explainer file is read and checked (or taken from the cache when it is unchanged), and its
page is rendered straight away, by whichever process read it. Only the explainer's teaser (its
front matter and countries) and its problems go back to the build process, which lists them on
the index, country and tag pages: a process holds the text of one explainer at a time, not the
whole site's. A page whose template looks at the site's list of explainers, which is known only
once every file is read, is rendered after that (see `deferred`).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple

from ..content.checks import check_explainer
from ..content.markup import Markup
from ..content.model import Config, Explainer, Site, Teaser
from ..content.schema import read_explainer
from ..content.sources import MAX_FILE_BYTES, decode_text, read_text, split_source
from ..errors import ContentError, Problem
from ..render.output import SiteWriter, place
from ..render.templates import Renderer, SiteNeeded
from ..site.pages import explainer_page
from .cache import Cache, FileStamp, PageRecord, digest, store_blob, tool_fingerprint
from .pool import CHUNK, pool_size, run_chunks
from .store import Entry

Loaded = tuple[Explainer | None, list[Problem]]
Kept = tuple[Teaser | None, list[Problem]]  # what the build process keeps of a file
# A page put in place: its content hash, and whether the previous build had the same; None if
# it has to wait for the site's list of explainers.
Placed = tuple[str, bool] | None


class Done(NamedTuple):
    """What became of one explainer file read by a worker."""

    key: str | None  # the cache key of the bytes the worker read
    kept: Kept
    placed: Placed
    parsed: bool  # False if it came from the cache
    entry: Entry | None  # the file read anew, for the build process to keep in the cache


@dataclass(frozen=True)
class ContentFile:
    """An explainer file: where it is, and the cache key of the bytes last read from it."""

    path: Path
    display: str
    data: bytes | None  # the bytes (None if unreadable or not kept)
    key: str | None  # None if the file could not be read: it has no cache entry


@dataclass(frozen=True)
class PageTarget:
    """Where explainer pages go as they are rendered: the fresh output folder of a build."""

    config: Config
    renderer: Renderer
    common: str  # the part of every page's cache key that all pages share (see page_key)
    fresh: Path
    out: Path
    stamps: Mapping[str, FileStamp]
    drafts: bool
    today: date

    def page_key(self, file_key: str) -> str:
        """Return the cache key of the page of an explainer file's content."""
        return digest(self.common, "explainer page", file_key)

    def shows(self, explainer: Teaser) -> bool:
        """Tell whether the site lists this explainer (drafts and scheduled ones it may not)."""
        return self.drafts or explainer.public_on(self.today)


@dataclass(frozen=True)
class Reading:
    """What reading explainers needs, in the build process and in forked workers alike."""

    cache: Cache
    markup: Markup
    target: PageTarget


@dataclass(frozen=True)
class Explainers:
    """Every explainer file read, in file order, with what became of its page."""

    teasers: list[Teaser]
    problems: list[Problem]
    keys: dict[int, str]  # by id() of the teaser: the cache key of its file's content
    deferred: dict[int, ContentFile]  # by id() of the teaser: pages to render after the list
    read: int  # files parsed and checked anew (the rest came from the cache)
    rendered: int  # explainer pages rendered
    processes: int  # how many processes read them


def read_file(path: Path, root: Path, trusted_html: bool) -> ContentFile:
    """Read a file to key it; keep the key, not the bytes (whoever parses it reads it again)."""
    file = reread(ContentFile(path, path.relative_to(root).as_posix(), None, None), trusted_html)
    return ContentFile(file.path, file.display, None, file.key)


def reread(file: ContentFile, trusted_html: bool) -> ContentFile:
    """Read a file's bytes, keyed by what they are now; a file that cannot be read gets no key."""
    try:
        data = file.path.read_bytes() if file.path.stat().st_size <= MAX_FILE_BYTES else None
    except OSError:
        data = None
    if data is None:
        return ContentFile(file.path, file.display, None, None)
    key = digest(tool_fingerprint(), "explainer", str(file.path), file.display,
                 str(trusted_html), data)
    return ContentFile(file.path, file.display, data, key)


def load_explainers(paths: list[Path], root: Path, reading: Reading, writer: SiteWriter,
                    jobs: int | None, progress: Callable[[int], None] | None = None
                    ) -> Explainers:
    """Read every explainer and put its page in the fresh folder; return what lists need.

    The cache keeps every explainer read, whether or not the site has errors, so that fixing
    one file does not read the others again.
    """
    kept: list[Kept | None] = []
    files: list[ContentFile] = []
    tasks: list[int] = []
    later: set[int] = set()
    first = not reading.cache.explainers.any()  # nothing to look up: leave the reading to all
    for index, path in enumerate(paths):
        # Whoever parses a file reads it again: holding every file's bytes would cost memory.
        file = ContentFile(path, path.relative_to(root).as_posix(), None, None) if first \
            else read_file(path, root, reading.markup.trusted_html)
        entry = reading.cache.explainers.teaser(file.key) if file.key else None
        files.append(file)
        kept.append(entry)
        if entry is None:
            tasks.append(index)
        elif entry[0] is not None and reading.target.shows(entry[0]) and \
                not cached_page(reading, writer, file.key, entry[0], later, index):
            tasks.append(index)  # its page must be rendered again
    if progress:
        progress(len(paths) - len(tasks))
    processes = pool_size(len(tasks), jobs)
    rendered = parsed = 0
    keeping = Keeping(reading.cache)
    for position, done in run_chunks(read_chunk, reading, [files[i] for i in tasks], processes,
                                     progress):
        keeping.add(done.entry)
        index = tasks[position]
        files[index] = ContentFile(files[index].path, files[index].display, None, done.key)
        kept[index] = done.kept
        parsed += done.parsed
        teaser = done.kept[0]
        if teaser is None or not reading.target.shows(teaser):
            continue
        if done.placed is None:
            later.add(index)
            continue
        rendered += 1
        writer.placed(teaser.url, *done.placed)
        if done.key is not None:
            reading.cache.keep_page(reading.target.page_key(done.key),
                                    PageRecord(done.placed[0], None))
    keeping.flush()
    return gathered(kept, files, later, parsed, rendered, processes)


def cached_page(reading: Reading, writer: SiteWriter, key: str, teaser: Teaser,
                later: set[int], index: int) -> bool:
    """Put an explainer's page in place from the cache; False if it must be rendered."""
    page_key = reading.target.page_key(key)
    record = reading.cache.page(page_key)
    if record is None:
        return False
    if record.site is not None:
        later.add(index)  # it lists the site's explainers: known once all are read
        return True
    if not writer.add_cached(teaser.url, record.digest, reading.cache.blob):
        return False
    reading.cache.keep_page(page_key, record)
    return True


def gathered(kept: list[Kept | None], files: list[ContentFile], later: set[int], read: int,
             rendered: int, processes: int) -> Explainers:
    """Return the explainers of the files, in file order, with their problems and keys."""
    teasers, problems, keys, deferred = [], [], {}, {}
    for index, (entry, file) in enumerate(zip(kept, files, strict=True)):
        teaser, found = entry  # type: ignore[misc]
        problems.extend(found)
        if teaser is not None:
            teasers.append(teaser)
            # A file read only at the second try has no key of its content: match no entry.
            keys[id(teaser)] = file.key or "uncached-" + os.urandom(16).hex()
            if index in later:
                deferred[id(teaser)] = file
    return Explainers(teasers, problems, keys, deferred, read, rendered, processes)


def read_chunk(reading: Reading, files: Sequence[ContentFile]) -> list[Done]:
    """Read and check some files and render their pages; return what became of each.

    Each file read anew goes back with its cache entry, for the build process to keep: the
    explainer whole, for rendering its page again, and as its teaser, for listing it.
    """
    results = []
    for file in files:
        file, (explainer, problems), parsed, entry = explainer_of(reading, file)
        placed = None
        if explainer is not None and reading.target.shows(explainer):
            placed = render_page(reading, explainer)
        teaser = explainer.teaser() if explainer is not None else None
        results.append(Done(file.key, (teaser, problems), placed, parsed, entry))
    return results


def explainer_of(reading: Reading, file: ContentFile
                 ) -> tuple[ContentFile, Loaded, bool, Entry | None]:
    """Read a file anew; return it (with its key), its explainer, whether it was parsed, and
    the cache entry to keep if it was.

    The explainer comes from the cache when kept there.
    """
    file = reread(file, reading.markup.trusted_html)
    cached = reading.cache.explainers.whole(file.key) if file.key else None
    if cached is not None:
        return file, cached, False, None
    loaded = parse(file, reading.markup)
    if file.key is None:
        return file, loaded, True, None
    explainer, problems = loaded
    teaser = explainer.teaser() if explainer is not None else None
    return file, loaded, True, (file.key,
                                pickle.dumps((teaser, problems), pickle.HIGHEST_PROTOCOL),
                                pickle.dumps(loaded, pickle.HIGHEST_PROTOCOL))


class Keeping:
    """Keep explainer files read anew in the cache, a few at a time (each write is a
    transaction)."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.entries: list[Entry] = []

    def add(self, entry: Entry | None) -> None:
        """Keep an entry (None: nothing to keep)."""
        if entry is not None:
            self.entries.append(entry)
            if len(self.entries) >= CHUNK:
                self.flush()

    def flush(self) -> None:
        """Write the entries not written yet."""
        if self.entries:
            self.cache.explainers.put(self.entries)
            self.entries = []


def render_page(reading: Reading, explainer: Explainer) -> Placed:
    """Render an explainer's page into the fresh folder; None if it needs the site's list."""
    target = reading.target
    page = explainer_page(Site(target.config), explainer)
    try:
        data = target.renderer.render(page.template, page.path, absolute=page.absolute,
                                      site=PendingSite(target.config), meta=page.meta,
                                      **page.context)
    except SiteNeeded:
        return None
    content_digest = digest(data)
    same = place(target.fresh, target.out, page.path, data, content_digest,
                 target.stamps.get(page.path))
    store_blob(reading.cache.folder, target.fresh / page.path, content_digest)
    return content_digest, same


class PendingSite:
    """The site as an explainer's page sees it before the list of explainers is known."""

    def __init__(self, config: Config) -> None:
        self.config = config

    def __getattr__(self, name: str) -> object:
        raise SiteNeeded(name)


def full_explainer(reading: Reading, file: ContentFile) -> Explainer:
    """Return an explainer whose page waited for the site's list, from the cache if kept."""
    _, (explainer, problems), _, entry = explainer_of(reading, file)
    if entry is not None:
        reading.cache.explainers.put([entry])
    if explainer is None:  # it was readable a moment ago: changed while the build ran
        raise ContentError(problems)
    return explainer


def parse(file: ContentFile, markup: Markup) -> Loaded:
    """Read one explainer file into an Explainer with its problems, as builder.load_explainer."""
    try:
        text = decode_text(file.data, file.display) if file.data is not None \
            else read_text(file.path, file.display)
        source = split_source(text, file.path, file.display)
    except ContentError as exc:
        return None, list(exc.problems)
    explainer, problems = read_explainer(source, markup)
    if explainer is not None:
        problems = [*problems, *check_explainer(explainer)]
    return explainer, problems
