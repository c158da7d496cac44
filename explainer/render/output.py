"""Write the built site atomically: a fresh folder beside the output, swapped in at the end."""

from __future__ import annotations

import posixpath
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

from ..errors import OutputError
from ..hashing import digest
from .filing import hard_linked, link, same_bytes, write_whole
from .swap import OutputLock, missing_folders, os_errors, put_back, remove_temporaries, swap_in

# Where the build cache keeps a file's bytes, found by their hash, and the bytes: checked
# against the hash, or None when a stat proves the copy kept untouched (see cache.py).
Lookup = Callable[[str], "tuple[str, bytes | None] | None"]


@dataclass(frozen=True)
class WriteReport:
    """What a write did: files written anew and files kept because their bytes were the same."""

    written: int
    unchanged: int


def claim(origins: dict[str, str], path: str, origin: str) -> None:
    """Reserve a site path for a file from origin; refuse a path taken or outside the site."""
    check_site_path(path)
    if path in origins:
        explainer = any(each.startswith("content/") for each in (origins[path], origin))
        raise OutputError(f"two sources write {path}: {origins[path]} and {origin}; rename one "
                          "of them" + (" (for an explainer, change its slug)" if explainer else ""))
    origins[path] = origin


def check_site_path(path: str) -> None:
    """Refuse a site path that could escape the output folder."""
    normal = posixpath.normpath(path)
    if path.startswith(("/", "\\")) or normal.startswith("..") or "\\" in path \
            or normal != path or ":" in path or normal == ".":
        raise OutputError(f"refusing to write outside the output folder: {path!r}")


def write_site(files: Mapping[str, bytes], out: Path) -> WriteReport:
    """Write files into a fresh folder beside out, then swap it in; out is never half-written.

    Files whose bytes equal the previous build's are hard-linked from it, keeping their mtimes.
    """
    with SiteWriter(out) as writer:
        writer.claim(Claim(path, path) for path in sorted(files))
        for path in sorted(files):
            writer.add(path, files[path])
        return writer.commit()


class Sourced(Protocol):
    """A file to write (a page, a flag, a stylesheet): its site path, and where it comes from,
    for the message if two files would take one path."""

    @property
    def path(self) -> str: ...

    @property
    def origin(self) -> str: ...


class Claim(NamedTuple):
    """A path to claim, and where its file comes from."""

    path: str
    origin: str


class Writer(Protocol):
    """Where a build puts its files: a folder (see SiteWriter), memory, or nowhere."""

    def __enter__(self) -> Writer: ...
    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None: ...

    def claim(self, files: Iterable[Sourced]) -> None:
        """Reserve the path of every file of the site; refuse a path taken twice."""
        ...

    def place(self, path: str, data: bytes) -> Placed:
        """Put a rendered file in place (in any process); the build then calls placed()."""
        ...

    def placed(self, placed: Placed) -> None:
        """Count or keep a file put in place."""
        ...

    def add(self, path: str, data: bytes | Callable[[], bytes]) -> None:
        """Write a file, or what a function makes."""
        ...

    def add_cached(self, path: str, content_digest: str, lookup: Lookup) -> bool:
        """Put a file the build cache holds in place; False if its bytes are not at hand."""
        ...

    def add_kept(self, files: Mapping[str, bytes], later: Mapping[str, Callable[[], bytes]]
                 ) -> None:
        """Put back files of the last build committed, as they were (or how to make them)."""
        ...

    def commit(self) -> WriteReport:
        """Make the files written the site's."""
        ...


class Placed(NamedTuple):
    """A file put in place: its hash, whether the previous build had the same, and its bytes
    when the writer keeps them (in memory)."""

    path: str
    digest: str
    same: bool
    data: bytes | None = None


class SiteWriter:
    """Write a site file by file into a fresh folder beside the output, then swap it in.

    Every path is claimed first, so two sources of one path are refused before anything is
    written. A file whose bytes equal the previous build's is hard-linked from it and keeps its
    modification time; `previous(path)` (from the build cache) gives the hash of the previous
    build's file when its stat shows it untouched, sparing a read of the old file; `keep(file,
    digest)` keeps each file written (in the build cache). Leaving the `with` block by an
    exception removes the fresh folder and leaves the output as it was.
    """

    def __init__(self, out: Path, previous: Callable[[str], str | None] | None = None,
                 keep: Callable[[Path | str, str], None] | None = None) -> None:
        self.out = out.absolute()
        self.previous = previous or (lambda path: None)
        self.keep = keep or (lambda file, content_digest: None)
        self.origins: dict[str, str] = {}
        self.digests: dict[str, str] = {}
        self.proven: set[str] = set()  # paths given the very file the last build stamped
        self.fresh = self.out  # until __enter__ makes the fresh folder, and after commit()
        self.written = self.unchanged = 0
        self.made: list[Path] = []  # the folders above the output made for it, deepest first
        self.before = False  # whether an earlier build's output folder is there
        self.lock = OutputLock(self.out)

    def __enter__(self) -> SiteWriter:
        # A writer may be entered again: see DiskMemo.
        self.origins, self.digests, self.proven = {}, {}, set()
        self.written = self.unchanged = 0
        try:
            with os_errors(self.out.parent):
                self.made = missing_folders(self.out.parent)
                above = self.made[-1].parent if self.made else self.out.parent
                if not above.is_dir():
                    raise OutputError(f"cannot write {self.out}: {above} is a file, not a "
                                      "folder; choose another --output")
                self.out.parent.mkdir(parents=True, exist_ok=True)
                self.lock.hold()
                put_back(self.out)
                remove_temporaries(self.out)
                self.before = self.out.is_dir()  # if not, no file need be looked for in it
                self.fresh = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.new-",
                                                   dir=self.out.parent))
        except BaseException:
            self.__exit__(OutputError)
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None and self.fresh != self.out:
            shutil.rmtree(self.fresh, ignore_errors=True)
        self.lock.release()
        for folder in self.made if kind is not None else ():
            try:  # a failed build leaves no trace, not even a folder
                folder.rmdir()
            except OSError:
                break

    def claim(self, files: Iterable[Sourced]) -> None:
        """Reserve the path of every file of the site; make the folders they need.

        A path claimed twice is refused, naming both sources.
        """
        for file in files:
            claim(self.origins, file.path, file.origin)
        with os_errors():
            for folder in sorted({posixpath.dirname(path) for path in self.origins} - {""}):
                (self.fresh / folder).mkdir(parents=True, exist_ok=True)

    def place(self, path: str, data: bytes) -> Placed:
        """Put a claimed file in the fresh folder (in this process or a worker); see placed()."""
        content_digest = digest(data)
        old, target = f"{self.out}/{path}", f"{self.fresh}/{path}"  # text: for every file
        known = self.previous(path)  # with no earlier output there is nothing to link
        same = self.before and (known == content_digest if known is not None
                                else same_bytes(old, data)) and link(old, target)
        if not same:
            with os_errors(old):  # where the file is going, not the folder it is made in
                write_whole(target, data)
        self.keep(target, content_digest)
        return Placed(path, content_digest, same)

    def placed(self, placed: Placed) -> None:
        """Count a file put in place, here or by a worker process."""
        self.digests[placed.path] = placed.digest
        if placed.same:
            self.unchanged += 1
        else:
            self.written += 1

    def add(self, path: str, data: bytes | Callable[[], bytes]) -> None:
        """Write a claimed file (or what a function makes), linking the previous build's copy
        when the bytes are the same."""
        self.placed(self.place(path, data if isinstance(data, bytes) else data()))

    def add_kept(self, files: Mapping[str, bytes], later: Mapping[str, Callable[[], bytes]]
                 ) -> None:
        """Write files of the last build committed."""
        for path, data in [*files.items(), *later.items()]:
            self.add(path, data)

    def add_cached(self, path: str, content_digest: str, lookup: Lookup) -> bool:
        """Put a file known by its hash at a claimed path; False if its bytes are not at hand.

        The previous build's copy is linked when it is the same; else the copy lookup finds
        (in the cache) by the hash, whose bytes lookup has checked or found untouched.
        """
        old, target = f"{self.out}/{path}", f"{self.fresh}/{path}"  # text: for every file
        if self.before and self.previous(path) == content_digest and link(old, target):
            # Untouched since the last build, which kept its bytes: nothing to keep again
            # (a copy lost from the cache since is missed when read: the page is rendered).
            self.proven.add(path)
            self.placed(Placed(path, content_digest, True))
            return True
        found = lookup(content_digest)
        if found is None:
            return False
        source, data = found
        if data is not None and self.before and same_bytes(old, data) and link(old, target):
            self.keep(target, content_digest)
            self.placed(Placed(path, content_digest, True))
            return True
        if link(source, target):
            # Bytes not read are those of the very file the last build wrote, untouched: the
            # same as here if the file here is that file.
            if data is None:
                self.proven.add(path)
            same = data is None and self.before and hard_linked(old, source)
            self.placed(Placed(path, content_digest, same))
            return True
        if data is None:
            try:
                data = Path(source).read_bytes()
            except OSError:
                return False  # gone meanwhile: the page is rendered again
        self.add(path, data)
        return True

    def commit(self) -> WriteReport:
        """Swap the fresh folder in for the output folder."""
        with os_errors(self.out):
            swap_in(self.fresh, self.out)
        self.fresh = self.out
        return WriteReport(self.written, self.unchanged)

