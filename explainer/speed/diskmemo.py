"""The memo of `build`: the build cache on disk (see cache.py), so that the next build redoes
only what changed.

Every entry is found by a key made from everything it depends on: an explainer file by its
bytes and the settings that shape its reading, a page by everything its template can see (see
pagekeys.py). A build also records a hash of everything it read (every input file, the options,
the day and explainer's own code); the next build with the same hash replays it: if the output
folder holds every file as written, nothing is done; else the files come back from the cache
(see lastbuild.py).
"""

from __future__ import annotations

import functools
import os
import pickle
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from ..content.sources import file_bytes
from ..errors import ContentError, Problem, StrictWarnings
from ..hashing import digest
from ..inputs import Inputs
from ..options import BuildOptions, BuildTime
from ..render.output import Claim, Lookup, Writer, WriteReport
from ..render.swap import remove_stale_temporaries
from .cache import LASTING, Cache, FileStamp, stamps_in, tool_fingerprint
from .cachefiles import store_blob
from .lastbuild import as_written, inputs_digest
from .store import Entry

if TYPE_CHECKING:
    from ..content.model import Explainer, Site, Teaser
    from ..content.reading import ExplainerFile, Known, ReadSettings
    from ..recipe import BuildResult
    from ..render.sections import SectionStore
    from ..render.theme import Theme
    from ..site.page import Page
    from .diskpages import PagesOnDisk
    from .memo import Name

T = TypeVar("T")
KEEP_EVERY = 8  # explainer files kept in one transaction


class Packed(NamedTuple):
    """An explainer file just read, as it goes back to the build process."""

    key: str | None  # the key of the bytes read; None if they could not be read
    known: Known
    entry: Entry | None  # the cache entry to keep


class DiskMemo:
    """The build cache of one project, as one build of it uses it."""

    def __init__(self, cache: Cache, options: BuildOptions) -> None:
        self.cache = cache
        self.options = options
        self.output = options.output.absolute()  # the output folder, asked for each file
        self.keys: dict[str, str] = {}  # explainer file -> the key of its content, this build
        self.entries: list[Entry] = []
        self.first = not cache.explainers.any()  # nothing to look up: leave the reading to all
        self.inputs_digest: str | None = None
        self.read: dict[str, list[Any]] = {}  # each input file's stamp and hash, as read
        self.settings: ReadSettings | None = None  # the site's, once the build names them
        # Explainers whole, pickled, that the cache could not take (it is read-only, or was
        # found damaged): kept here for their pages, which forked workers render.
        self.unkept: dict[str, bytes] = {}
        self.wanted: set[str] = set()  # the keys of the derived files this build needs
        # The explainer last fetched whole, by its key: its page, data files and pieces come
        # one after the other (see site/pages.py), so each process fetches it once for them.
        self.last: tuple[str, Explainer] | None = None
        self.lasting_objects: dict[str, object] = {}  # by name, as lasting() handed them out

    @classmethod
    def open(cls, options: BuildOptions) -> DiskMemo:
        """Open the build cache of the project."""
        return cls(Cache.open(options.root), options)

    def previous(self, path: str) -> str | None:
        """Return the hash of the last build's file at a site path, if it is untouched."""
        stamp = self.stamps.get(path)
        return stamp.digest if stamp is not None and stamp.holds(f"{self.output}/{path}") \
            else None

    def kept_bytes(self, path: str) -> Lookup:
        """Return how to find the kept bytes of a file for a site path: by their hash, proven
        untouched by the last build's stamp of the path when it wrote the same bytes there."""
        return functools.partial(self.cache.blob, proof=self.stamps.get(path))

    def keep_file(self, file: Path | str, content_digest: str) -> None:
        """Keep the bytes of a file written, by their hash (in any process)."""
        store_blob(self.cache.folder, file, content_digest)

    @functools.cached_property
    def last_record(self) -> dict[str, Any]:
        """Return what the last build recorded of the output folder (see Cache.save_output)."""
        return self.cache.output_record(self.output)

    @functools.cached_property
    def stamps(self) -> dict[str, FileStamp]:
        """Return the stamps of what the last build wrote into the output folder."""
        return stamps_in(self.last_record)

    def replay(self, inputs: Inputs, when: BuildTime, writer: Writer) -> BuildResult | None:
        """Return the last build if nothing it read has changed and it still stands at this
        time (see BuildResult.stands), putting back missing files."""
        from ..recipe import BuildResult

        self.inputs_digest, self.read = inputs_digest(inputs, self.options, when.fixed,
                                                      self.last_record.get("read", {}))
        record = self.last_record
        if record.get("inputs") != self.inputs_digest:
            return None
        try:
            last = BuildResult.from_json(record["build"])
        except (KeyError, TypeError, ValueError):
            return None
        if when.fixed is None and (last.stands is None or
                                   not last.stands[0] <= when.moment < last.stands[1]):
            return None  # another day in the site's time zone, or a time of publication passed
        if self.options.strict and any(p.severity == "warning" for p in last.warnings):
            raise StrictWarnings(list(last.warnings))
        if as_written(self.output, self.stamps):
            remove_stale_temporaries(self.output)
            report, known = WriteReport(0, len(self.stamps)), self.stamps
            if self.read == record.get("read"):
                return last.replayed_with(report)
            # Else some input files have settled since (see inputs_digest): say so.
        else:
            report, known = self.restore(writer), self.proven(writer)
            if report is None:
                return None
        self.cache.save_output(self.output, {p: s.digest for p, s in self.stamps.items()},
                               self.inputs_digest, record["build"], self.read, known)
        return last.replayed_with(report)

    def proven(self, writer: Writer) -> dict[str, FileStamp]:
        """Return the stamps of the files the writer put in place that are the very files the
        last build stamped: they need no stat to be stamped again."""
        return {path: self.stamps[path] for path in getattr(writer, "proven", ())}

    def restore(self, writer: Writer) -> WriteReport | None:
        """Put the last build's files back from the cache; None if it lacks any of them."""
        try:
            with writer:
                writer.claim(Claim(path, "the cache") for path in self.stamps)
                for path, stamp in self.stamps.items():
                    if not writer.add_cached(path, stamp.digest, self.kept_bytes(path)):
                        raise Missing(path)
                return writer.commit()
        except Missing:
            return None

    def remember(self, name: Name, key: Hashable, make: Callable[[], T]) -> T:
        """Make it: a build is one run, with nothing in memory from before."""
        return make()

    def lasting(self, name: str, make: Callable[[], T]) -> T:
        """Return the object of that name as the last build left it in the cache, if this
        version of explainer made it, or new; record() keeps it again."""
        made = make()
        data = None if self.first else self.cache.read(lasting_file(name))
        try:
            found = pickle.loads(data) if data is not None else None
        except Exception:  # noqa: BLE001 - a damaged file, of any kind: make the object anew
            found = None
        self.lasting_objects[name] = value = found if type(found) is type(made) else made
        return value

    def compiled_templates(self) -> Path | None:
        """Return the cache's folder of compiled templates."""
        return self.cache.compiled_templates()

    def derived(self, key: str, make: Callable[[], bytes]) -> Callable[[], bytes]:
        """Return a maker of a derived file, kept in the cache's derived/ folder."""
        self.wanted.add(key)
        cache = self.cache

        def made() -> bytes:
            data = cache.read(f"derived/{key}")
            if data is None:
                data = make()
                cache.write(f"derived/{key}", data)
            return data

        return made

    def explainers(self, files: Sequence[ExplainerFile], settings: ReadSettings
                   ) -> list[Known | None]:
        """Return the teaser and problems of each file whose bytes were read before."""
        return [self.explainer(file, settings) for file in files]

    def explainer(self, file: ExplainerFile, settings: ReadSettings) -> Known | None:
        """Return the teaser and problems of a file whose bytes were read before."""
        self.settings = settings
        if self.first:
            return None
        data = file_bytes(file.path)
        key = explainer_key(file, data, settings) if data is not None else None
        found = self.cache.explainers.teaser(key) if key is not None else None
        if key is not None and found is not None:
            self.keys[file.display] = key
        return found

    def pack(self, file: ExplainerFile, data: bytes | None, settings: ReadSettings,
             explainer: Explainer | None, problems: list[Problem]) -> Packed:
        """Pickle what the cache keeps of a file just read, whole and as lists show it."""
        teaser = explainer.teaser() if explainer is not None else None
        if data is None:
            return Packed(None, (teaser, problems), None)
        key = explainer_key(file, data, settings)
        return Packed(key, (teaser, problems),
                      (key, pickle.dumps((teaser, problems), pickle.HIGHEST_PROTOCOL),
                       pickle.dumps((explainer, problems), pickle.HIGHEST_PROTOCOL)))

    def keep_explainer(self, file: ExplainerFile, packed: Packed) -> Known:
        """Keep a file just read (whether or not the site has errors, so that fixing one file
        does not read the others again)."""
        # A file read only at the second try has no key of its content: match no entry.
        self.keys[file.display] = packed.key or "uncached-" + os.urandom(16).hex()
        if packed.entry is not None:
            self.entries.append(packed.entry)
            if len(self.entries) >= KEEP_EVERY:
                self.flush()
        return packed.known

    def flush(self) -> None:
        """Write the explainer files kept and not written yet."""
        if self.entries:
            if not self.cache.explainers.put(self.entries):
                self.unkept.update((key, whole) for key, _, whole in self.entries)
            self.entries = []

    def whole(self, teaser: Teaser) -> Explainer:
        """Return a teaser's explainer whole, from the cache or else read again."""
        key = self.keys[teaser.display_path]
        if self.last is not None and self.last[0] == key:
            return self.last[1]
        found = self.cache.explainers.whole(key)
        if found is None and key in self.unkept:
            found = pickle.loads(self.unkept[key])
        if found is None:  # the cache lost it meanwhile: read the file again
            from ..content.reading import read_again

            assert self.settings is not None  # named when the files were looked up
            found = read_again(self.options.root, teaser.display_path, self.settings)
        explainer, problems = found
        if explainer is None:  # it was readable a moment ago: changed while the build ran
            raise ContentError(problems)
        self.last = (key, explainer)
        return explainer  # type: ignore[no-any-return]

    def sections(self, explainer: Explainer, page: Page) -> SectionStore:
        """Return an empty store: a build renders each explainer's sections once."""
        from ..render.sections import SectionStore  # here: a no-change build never loads Jinja

        return SectionStore()

    def pages(self, site: Site, theme: Theme) -> PagesOnDisk:
        """Return the pages the cache holds for this site and theme."""
        from .diskpages import PagesOnDisk  # here: a build that finds nothing changed has none

        self.flush()
        return PagesOnDisk(self, site, theme)

    def record(self, inputs: Inputs, result: BuildResult, writer: Writer) -> None:
        """Stamp what the build wrote, record what it read, and prune the cache."""
        digests: dict[str, str] = getattr(writer, "digests", {})
        steady = inputs.still()  # inputs changed while the build ran may not match what it read
        self.cache.save_output(self.output, digests, self.inputs_digest if steady else None,
                               result.to_json(), self.read if steady else {},
                               self.proven(writer))
        if steady:
            self.cache.save_pages(set(digests.values()))
            self.cache.explainers.keep_only(set(self.keys.values()))
            self.cache.keep_derived(self.wanted)
        self.cache.keep_lasting({lasting_file(name): pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
                                 for name, value in self.lasting_objects.items()})


class Missing(Exception):
    """A file of the last build is no longer in the cache."""


def lasting_file(name: str) -> str:
    """Return the cache's file of a lasting object: named for this version of explainer,
    whose code made it."""
    return f"{LASTING}/{digest(tool_fingerprint(), name)}"


def explainer_key(file: ExplainerFile, data: bytes, settings: ReadSettings) -> str:
    """Return the cache key of an explainer file's bytes, as the settings read them."""
    return digest(tool_fingerprint(), "explainer", str(file.path), file.display,
                  str(settings.trusted_html), settings.language, data)
