"""The on-disk cache: checked explainers and rendered pages, named by a hash of their inputs.

It lives in `.cache/explainer/` in the project folder. Every entry is found by a key made from
everything its content depends on, so a changed input gives another key and a stale entry is
never used; a page's bytes are checked against their hash before they are used, unless they
are, untouched, the very file the last build wrote them to (its stat says so). Deleting the
folder costs one slower build and nothing else. Files are written under a temporary name and
renamed, or are named by the hash of their bytes, and the explainers' database is written in
transactions, so that a build killed while writing is never misled by what it left.

    explainers.sqlite  each explainer file read and checked, with its problems: pickled as
                       lists show it (model.Teaser), and whole (see store.py)
    pages              each page's key, the hash of the bytes it rendered to, and whether the
                       page listed every explainer (then that list is part of its inputs)
    blobs/<digest>     the bytes of each page and each file written, named by their hash;
                       where the file system allows, the same file as the one in the output
                       folder (a hard link), so that they take no room of their own
    derived/<key>      files made from others (a picture's sizes, social cards), named by a
                       hash of their sources and of how they are made
    lasting/<key>      objects a build brings up to date from the last build's, pickled: the
                       search index's makers (see DiskMemo.lasting)
    templates/<tool>/  the templates as Jinja compiled them, for this version of explainer
    outputs/<key>      what the last build wrote into an output folder (each file's hash and
                       stat), a hash of everything that build read, and its warnings
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import pickle
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..hashing import digest
from .cachefiles import remove_others, write_atomic
from .store import UNREADABLE, ExplainerStore

CACHE_FOLDER = Path(".cache") / "explainer"
# The libraries whose code shapes the output; the cache is keyed by their installed files.
DEPENDENCIES = ("babel", "jinja2", "markdown", "markupsafe", "nh3", "pycountry", "yaml", "PIL",
                "rcssmin", "anyascii")
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# explainer's build cache: safe to delete; see docs/performance.md.\n")


# Data folders told apart by their files' stat, changed when a script writes them, for a
# fraction of the time their bytes would take: the flags are some 400 files, the font large.
STAMPED = ("flags", "fonts")
LASTING = "lasting"  # the folder of objects that last from build to build (DiskMemo.lasting)


@functools.cache
def tool_fingerprint() -> str:
    """Return a hash of explainer's own code and data and of the libraries it renders with."""
    package = Path(__file__).resolve().parents[1]
    parts: list[bytes | str] = [sys.version, str(pickle.HIGHEST_PROTOCOL)]
    folder = package / "data"
    data = [path for path in sorted(folder.rglob("*")) if path.is_file()]
    stamped = [path.relative_to(folder).parts[0] in STAMPED for path in data]
    read = [path for path, by_stat in zip(data, stamped, strict=True) if not by_stat]
    for path in [*sorted(package.rglob("*.py")), *read]:
        parts += [path.relative_to(package).as_posix(), path.read_bytes()]
    for path in (path for path, by_stat in zip(data, stamped, strict=True) if by_stat):
        stat = path.stat()
        parts += [path.relative_to(package).as_posix(), f"{stat.st_size}:{stat.st_mtime_ns}"]
    for name in DEPENDENCIES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None and spec.origin else ""
        # An upgrade rewrites the package's files, so their stat tells the versions apart.
        stat = os.stat(origin) if origin else None
        parts += [name, origin, f"{stat.st_size}:{stat.st_mtime_ns}" if stat else ""]
    return digest(*parts)


@dataclass(frozen=True)
class FileStamp:
    """A file as the last build left it: its content hash and the stat that proves it untouched.

    The change time is left out: linking the file (into the cache, into the next output
    folder) changes it, and an edit that keeps the modification time (`touch -r`) is beyond
    the reach of a stat in any case, the copy in the cache being the same file.
    """

    digest: str
    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path | str, content_digest: str) -> FileStamp:
        """Stamp a file whose content hash is known."""
        stat = os.stat(path)
        return cls(content_digest, stat.st_size, stat.st_mtime_ns, stat.st_ino)

    def holds(self, path: Path | str) -> bool:
        """Tell whether a file is this very file, still as stamped (or a hard link to it)."""
        try:
            stat = os.stat(path)
        except OSError:
            return False
        return (stat.st_size, stat.st_mtime_ns, stat.st_ino) == (self.size, self.mtime_ns,
                                                                  self.inode)


@dataclass(frozen=True)
class PageRecord:
    """What a page's inputs rendered to; `site` is the site's explainer list if the page used it."""

    digest: str
    site: str | None


class Cache:
    """Read and write the cache folder of one project; `Cache(None)` holds nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.explainers = ExplainerStore(folder / "explainers.sqlite" if folder else None)
        self.old_pages: dict[str, list[str | None]] | None = None
        self.pages: dict[str, list[str | None]] = {}

    @classmethod
    def open(cls, root: Path) -> Cache:
        """Open (making it if needed) the cache of the project in root."""
        folder = root / CACHE_FOLDER
        try:
            for name in ("blobs", "outputs", "derived", LASTING):
                (folder / name).mkdir(parents=True, exist_ok=True)
            # Earlier versions kept a file per explainer there (now in explainers.sqlite).
            shutil.rmtree(folder / "explainers", ignore_errors=True)
            if not (folder / "CACHEDIR.TAG").exists():
                write_atomic(folder / "CACHEDIR.TAG", CACHEDIR_TAG.encode("ascii"))
        except OSError:
            return cls(None)  # a read-only project builds without a cache
        return cls(folder)

    def compiled_templates(self) -> Path | None:
        """Return the folder of compiled templates for this version of explainer, if any."""
        if self.folder is None:
            return None
        folder = self.folder / "templates" / tool_fingerprint()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for other in folder.parent.iterdir():
                if other != folder:  # compiled by another version
                    shutil.rmtree(other, ignore_errors=True)
        except OSError:
            return None
        return folder

    def read(self, name: str) -> bytes | None:
        """Return the bytes of a file in the cache, or None when there is none."""
        try:
            return (self.folder / name).read_bytes() if self.folder is not None else None
        except OSError:
            return None

    def write(self, name: str, data: bytes) -> None:
        """Store a file; a cache that cannot be written makes builds slower, never wrong."""
        if self.folder is not None:
            try:
                write_atomic(self.folder / name, data)
            except OSError:
                pass

    def page(self, key: str) -> PageRecord | None:
        """Return what a page's inputs rendered to, or None when not known."""
        if self.old_pages is None:
            data = self.read("pages")
            try:
                self.old_pages = json.loads(data) if data is not None else {}
            except UNREADABLE:
                self.old_pages = {}
        entry = self.old_pages.get(key)
        return PageRecord(*entry) if isinstance(entry, list) and len(entry) == 2 else None

    def keep_page(self, key: str, record: PageRecord) -> None:
        """Keep a page's record for save_pages()."""
        self.pages[key] = [record.digest, record.site]

    def save_pages(self, files: set[str]) -> None:
        """Store the records of every page of this build, and keep no other bytes than those
        of its pages and of the files it wrote (by their hashes)."""
        if self.folder is None:
            return
        self.write("pages", json.dumps(self.pages, sort_keys=True).encode("utf-8"))
        remove_others(self.folder / "blobs", files | {record[0] for record in self.pages.values()})

    def keep_derived(self, keys: set[str]) -> None:
        """Remove the derived files no build needs any more."""
        if self.folder is not None:
            remove_others(self.folder / "derived", keys)

    def keep_lasting(self, objects: dict[str, bytes]) -> None:
        """Store the lasting objects of this build, by file, and no others."""
        if self.folder is not None:
            for name, data in objects.items():
                self.write(name, data)
            remove_others(self.folder / LASTING, {name.rpartition("/")[2] for name in objects})

    def blob(self, content_digest: str, proof: FileStamp | None = None
             ) -> tuple[str, bytes | None] | None:
        """Return where a file's bytes are kept and the bytes, if they are what the hash says.

        `proof` is the last build's stamp of a file it wrote with these bytes. When the copy
        kept is that very file, untouched since, it needs no reading: no bytes are returned.
        """
        if self.folder is None:
            return None
        path = f"{self.folder}/blobs/{content_digest}"  # as text: asked for every file
        if proof is not None and proof.digest == content_digest and proof.holds(path):
            return path, None
        try:
            with open(path, "rb") as file:
                data = file.read()
        except OSError:
            return None
        if digest(data) != content_digest:  # changed in place, through the output folder
            Path(path).unlink(missing_ok=True)  # so that the page rendered again takes its place
            return None
        return path, data

    def output_record(self, out: Path) -> dict[str, Any]:
        """Return what the last build recorded about an output folder (see save_output)."""
        data = self.read(f"outputs/{digest(str(out.absolute()))}")
        try:
            record = json.loads(data) if data is not None else {}
        except UNREADABLE:
            return {}
        return record if isinstance(record, dict) else {}

    def save_output(self, out: Path, digests: dict[str, str], inputs: str | None,
                    build: dict[str, Any], read: Mapping[str, list[Any]],
                    known: Mapping[str, FileStamp]) -> None:
        """Stamp every file just written into an output folder, with what the build read
        (the hash of its inputs, None if they changed while it ran, and the stamp and hash
        of each input file, `read`) and said (`build`). A file `known` is the very file of
        that stamp (linked from the last build's, or from the cache's copy of it)."""
        stamps = {}
        for path, content_digest in sorted(digests.items()):
            stamp = known.get(path)
            if stamp is None or stamp.digest != content_digest:
                try:
                    stamp = FileStamp.of(f"{out}/{path}", content_digest)  # text: every file
                except OSError:
                    continue
            stamps[path] = [stamp.digest, stamp.size, stamp.mtime_ns, stamp.inode]
        record = {"inputs": inputs, "build": build, "stamps": stamps, "read": read}
        self.write(f"outputs/{digest(str(out.absolute()))}", json.dumps(record).encode("utf-8"))


def stamps_in(record: Mapping[str, Any]) -> dict[str, FileStamp]:
    """Return the stamps of what the last build wrote into an output folder, from its record."""
    try:
        return {path: FileStamp(*stamp) for path, stamp in record.get("stamps", {}).items()}
    except UNREADABLE:
        return {}
