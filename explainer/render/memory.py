"""Writers that keep the site in memory (the preview) or keep nothing (`check`).

They take the same calls as the folder writer (see output.py), so that `build`, `check` and
the preview run one recipe. The preview serves its files from memory and rarely needs the Atom
feed or the sitemap, which list every explainer, or an explainer's data files and pieces; a
file given as a function is made only when first read.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from pathlib import Path

from .output import Lookup, Placed, Sourced, WriteReport, claim

Maker = Callable[[], bytes]


class SiteFiles(Mapping[str, bytes]):
    """Files by site path; those given as makers are made on first access."""

    def __init__(self, files: dict[str, bytes], later: dict[str, Maker],
                 made: dict[str, bytes] | None = None) -> None:
        self.files = files
        self.later = later
        self.made: dict[str, bytes] = {} if made is None else made  # those made, by path
        # The makers of the paths that have no file (most often, all of them: the writer
        # keeps the two apart), looked at in C: the preview has 80,000 at 10,000 explainers.
        self.makers_only = later if files.keys().isdisjoint(later.keys()) else \
            {path: make for path, make in later.items() if path not in files}
        self.lock = threading.Lock()  # the preview may write the site from another thread

    def __getitem__(self, path: str) -> bytes:
        if path in self.files:
            return self.files[path]
        with self.lock:
            if path not in self.made:
                self.made[path] = self.later[path]()
            return self.made[path]

    def __contains__(self, path: object) -> bool:
        return path in self.files or path in self.later  # without making the file

    def __iter__(self) -> Iterator[str]:
        return itertools.chain(self.files, self.makers_only)

    def __len__(self) -> int:
        return len(self.files) + len(self.makers_only)

    def changed_since(self, before: SiteFiles, paths: Iterable[str]) -> list[str]:
        """Return those of paths whose file is not the one before holds, new ones too.

        A file to be made when first asked for is the same if its maker is; if before made
        it (a browser may show it), it is made now and compared; if not, no browser has it.
        A file made before is compared with what was made.
        """
        old, old_later, old_made = before.files, before.later, before.made
        files, later = self.files, self.later
        changed = []
        for path in paths:
            if path in files:
                data = files[path]
                found = old.get(path)
                if found is None:
                    found = old_made.get(path)
                if found is not data and found != data:
                    changed.append(path)
            elif (maker := old_later.get(path)) is not later[path] and (
                    maker is None or path in old_made and self[path] != old_made[path]):
                changed.append(path)
        return changed

    def still_made(self, later: Mapping[str, Maker]) -> dict[str, bytes]:
        """Return the files made so far whose makers are in later as they were."""
        with self.lock:  # the preview's writer may be making files of this build
            made = list(self.made.items())
        return {path: data for path, data in made if later.get(path) is self.later.get(path)}


class MemoryWriter:
    """Keep a build's files in memory; `files` holds the last build committed, `modified` the
    paths whose bytes that build changed, added or removed.

    Files put back by add_kept() are taken as they were: only those written one by one are
    compared with the last build's.
    """

    def __init__(self) -> None:
        self.files = SiteFiles({}, {})
        self.modified: list[str] = []
        self.claimed: list[str] = []  # the paths of the last build committed, as claimed
        self.safe: Container[str] = ()  # paths found safe by an earlier claim
        self.paths: list[str] = []  # the paths the build under way claimed
        self.written: set[str] = set()  # the paths the build under way wrote one by one
        self.pending: dict[str, bytes] = {}
        self.later: dict[str, Maker] = {}

    def __enter__(self) -> MemoryWriter:
        self.paths, self.written, self.pending, self.later = [], set(), {}, {}
        return self

    def __exit__(self, *_: object) -> None:
        self.paths, self.written, self.pending, self.later = [], set(), {}, {}

    def claim(self, files: Iterable[Sourced]) -> None:
        """Reserve every path of the site; a path claimed twice is refused, naming both."""
        files = list(files)
        self.paths = [file.path for file in files]
        if self.paths == self.claimed:
            return  # the paths the last build committed: checked then
        origins: dict[str, str] = {}
        safe = self.safe
        for file in files:
            if file.path in safe and file.path not in origins:
                origins[file.path] = file.origin  # as claim() does, without checks done before
            else:
                claim(origins, file.path, file.origin)
        self.safe = origins  # a later build claims mostly the same paths

    def place(self, path: str, data: bytes) -> Placed:
        """Hand back a rendered file, to be kept by placed()."""
        return Placed(path, "", self.files.files.get(path) == data, data)

    def placed(self, placed: Placed) -> None:
        """Keep a file."""
        assert placed.data is not None
        self.pending[placed.path] = placed.data
        self.written.add(placed.path)

    def add(self, path: str, data: bytes | Maker) -> None:
        """Keep a file, or how to make it when first asked for."""
        if isinstance(data, bytes):
            self.pending[path] = data
        else:
            self.later[path] = data
            self.pending.pop(path, None)  # put back by add_kept() as it was
        self.written.add(path)

    def add_kept(self, files: Mapping[str, bytes], later: Mapping[str, Maker]) -> None:
        """Keep files of the last build committed, as they were, or how to make them."""
        self.pending.update(files)
        self.later.update(later)

    def add_cached(self, path: str, content_digest: str, lookup: Lookup) -> bool:
        """Keep a file the build cache holds; False if it does not."""
        found = lookup(content_digest)
        if found is None:
            return False
        source, data = found
        try:
            self.pending[path] = data if data is not None else Path(source).read_bytes()
        except OSError:
            return False
        self.written.add(path)
        return True

    def commit(self) -> WriteReport:
        """Make the files kept the site's files."""
        if self.paths != self.claimed:  # files put back by add_kept() may be gone
            claimed = set(self.paths)
            self.pending = {path: data for path, data in self.pending.items() if path in claimed}
            self.later = {path: make for path, make in self.later.items() if path in claimed}
        before = self.files
        files = SiteFiles(self.pending, self.later, before.still_made(self.later))
        written = files.changed_since(before, self.written)  # may make a file, and fail
        self.files = files
        gone = [] if self.paths == self.claimed else \
            [path for path in before if path not in self.files]
        self.modified = sorted([*written, *gone])
        self.claimed = self.paths
        return WriteReport(len(written), len(self.files) - len(written))


class NoWriter:
    """Write nothing, as `check` does; count the files a build would write."""

    def __init__(self) -> None:
        self.origins: dict[str, str] = {}
        self.count = 0

    def __enter__(self) -> NoWriter:
        return self

    def __exit__(self, *_: object) -> None:
        pass

    def claim(self, files: Iterable[Sourced]) -> None:
        """Check that no two sources would write one path."""
        for file in files:
            claim(self.origins, file.path, file.origin)

    def place(self, path: str, data: bytes) -> Placed:
        """Drop a rendered file."""
        return Placed(path, "", False)

    def placed(self, placed: Placed) -> None:
        """Count a file."""
        self.count += 1

    def add(self, path: str, data: bytes | Maker) -> None:
        """Count a file; make it, so that whatever would fail in making it fails here."""
        if not isinstance(data, bytes):
            data()
        self.count += 1

    def add_kept(self, files: Mapping[str, bytes], later: Mapping[str, Maker]) -> None:
        """Count files of the last build."""
        self.count += len(files) + len(later)

    def add_cached(self, path: str, content_digest: str, lookup: Lookup) -> bool:
        """Count a file the cache holds."""
        self.count += 1
        return True

    def commit(self) -> WriteReport:
        """Say how many files a build would write."""
        return WriteReport(self.count, 0)
