"""Notice changes to a project's input files (see inputs.py) by comparing their stamps.

Looking at every input is the truth. On Linux, inotify says when to look and at which files,
so that a change is seen at once instead of at the next poll, and only those files are looked
at again; when it cannot say which files (a folder came or went, or its queue overflowed)
every input is looked at again. A file whose stamp changed is changed only if its bytes did:
one touched, or saved as it was, changes nothing (see Contents).
"""

from __future__ import annotations

import ctypes
import os
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..hashing import digest
from ..inputs import CONFIG, FOLDERS, Inputs, Stamp, changed_paths, is_ignored, stamp_of

# inotify(7): IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE,
# IN_DELETE, IN_DELETE_SELF, IN_MOVE_SELF.
INOTIFY_MASK = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800
# Events after which the files named cannot be trusted to be all that changed: a watched folder
# gone or moved (IN_DELETE_SELF, IN_MOVE_SELF, IN_IGNORED) or a lost event (IN_Q_OVERFLOW).
LOOK_EVERYWHERE = 0x400 | 0x800 | 0x8000 | 0x4000
IN_ISDIR = 0x40000000  # the event is about a folder, whose files it does not name
EVENT = struct.Struct("iIII")  # struct inotify_event: wd, mask, cookie, len; then the name


def restamp(inputs: Inputs, changes: Changes) -> Inputs | None:
    """Return the inputs with the files inotify named looked at again.

    Files that are no input of a build are left out. None means that every input must be
    looked at again: inotify lost track, a folder came, went or moved, or a link changed.
    """
    root = inputs.root
    folders = [relative_path(root, path) for path in changes.folders]
    if changes.everywhere or any(is_input(folder) or any(w.startswith(f"{folder}/")
                                                         for w in FOLDERS)
                                 for folder in folders):
        return None
    stamps = dict(inputs.stamps)
    added = False
    for path in changes.paths:
        relative = relative_path(root, path)
        if not is_input(relative):
            continue
        if os.path.islink(path) or os.path.isdir(path):
            return None  # where a link leads is checked when every input is looked at
        try:
            stamp = stamp_of(os.stat(path))
        except OSError:
            stamps.pop(relative, None)  # gone
            continue
        added = added or relative not in stamps
        stamps[relative] = stamp
    return Inputs(root, dict(sorted(stamps.items())) if added else stamps, inputs.problems,
                  inputs.folders)


def relative_path(root: Path, path: str) -> str:
    """Return a path inotify named relative to the project, as the inputs name it."""
    return os.path.relpath(path, root).replace(os.sep, "/")


def is_input(relative: str) -> bool:
    """Tell whether a path relative to the project is an input file of a build."""
    if any(is_ignored(part) for part in relative.split("/")):
        return False  # hidden files and folders, and editors' copies, are no inputs
    return relative in (CONFIG, *FOLDERS) \
        or relative.startswith(tuple(f"{folder}/" for folder in FOLDERS))


# Files up to this size are hashed when the preview starts, and again when their stamps change:
# text, templates, small pictures. Hashing a newsroom's folder of photographs would delay it.
HASHED_UP_TO = 1 << 20


class Contents:
    """The hash of each input file's bytes as the last build was given them.

    Editors save a file unchanged, and tools touch files: the stamp changes, the bytes do not.
    Such a file keeps, in the inputs a build is given, the stamp the last build had, so that
    no build is started for it and what the last build made of it still stands.
    """

    def __init__(self, inputs: Inputs) -> None:
        self.seen: dict[str, tuple[Stamp, str | None]] = {}  # the hash of each file's last stamp
        self.built = {path: self.hash(inputs, path, stamp) for path, stamp in inputs.stamps.items()}

    def hash(self, inputs: Inputs, path: str, stamp: Stamp) -> str | None:
        """Return the hash of a file's bytes at a stamp; None if it cannot be read, or if it is
        a large file (a picture, a font: it changes when its stamp does, unread)."""
        if stamp[0] > HASHED_UP_TO:
            return None
        known = self.seen.get(path)
        if known is not None and known[0] == stamp:
            return known[1]
        try:
            hashed: str | None = digest(inputs.path(path).read_bytes())
        except OSError:
            hashed = None
        self.seen[path] = (stamp, hashed)
        return hashed

    def compare(self, built: Inputs, now: Inputs) -> tuple[Inputs, set[str]]:
        """Return the inputs to build from and the files whose bytes changed since the build
        given `built`, or that came or went; the others keep the stamps `built` gave them."""
        stamps = dict(now.stamps)
        changed = set()
        for path in changed_paths(built.stamps, now.stamps):
            stamp = now.stamps.get(path)
            hashed = None if stamp is None else self.hash(now, path, stamp)
            if hashed is not None and path in built.stamps and hashed == self.built.get(path):
                stamps[path] = built.stamps[path]
                continue
            changed.add(path)
            if stamp is None:
                self.built.pop(path, None)
                self.seen.pop(path, None)
            else:
                self.built[path] = hashed
        if not changed:
            return built, changed
        return Inputs(now.root, stamps, now.problems, now.folders), changed

    def forget_moved(self, given: Inputs, paths: Iterable[str]) -> None:
        """Forget the hash of each of paths whose file was saved again since `given` was
        looked at: a build given those stamps may have read the new bytes, not those hashed,
        so the next look takes the file as changed, whatever its bytes (saved back as hashed,
        it would otherwise keep the page showing what the build read)."""
        for path in paths:
            stamp = given.stamps.get(path)
            if stamp is None:
                continue
            try:
                now: Stamp | None = stamp_of(os.stat(given.path(path)))
            except OSError:
                now = None
            if now != stamp:
                self.built[path] = None
                self.seen.pop(path, None)


@dataclass
class Changes:
    """What inotify said: the files it named, or that the whole tree must be looked at."""

    paths: set[str] = field(default_factory=set)
    folders: set[str] = field(default_factory=set)
    everywhere: bool = False


class Inotify:
    """A file descriptor that becomes readable when something changes in a watched folder."""

    def __init__(self) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self._add_watch = libc.inotify_add_watch
        self.fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self.folders: dict[int, str] = {}

    def watch(self, folders: Iterable[str]) -> None:
        """Watch these folders too; watching a folder twice is harmless."""
        for folder in folders:
            # Fails only for a folder removed meanwhile, or past the system's limit of watches;
            # the poll that runs anyway still sees those changes.
            watch = self._add_watch(self.fd, os.fsencode(folder), INOTIFY_MASK)
            if watch >= 0:
                self.folders[watch] = folder

    def drain(self, into: Changes | None = None) -> Changes:
        """Read the pending events; return (or add to `into`) the files they name."""
        changes = into or Changes()
        try:
            while data := os.read(self.fd, 65536):
                self.parse(data, changes)
        except BlockingIOError:
            pass
        return changes

    def parse(self, data: bytes, changes: Changes) -> None:
        """Add the files a buffer of inotify events names to changes."""
        at = 0
        while at + EVENT.size <= len(data):
            watch, mask, _, length = EVENT.unpack_from(data, at)
            name = data[at + EVENT.size:at + EVENT.size + length].rstrip(b"\0")
            at += EVENT.size + length
            folder = self.folders.get(watch)
            if folder is None or mask & LOOK_EVERYWHERE:
                changes.everywhere = True
            elif name:
                path = os.path.join(folder, os.fsdecode(name))
                (changes.folders if mask & IN_ISDIR else changes.paths).add(path)

    def close(self) -> None:
        """Stop watching."""
        os.close(self.fd)


def inotify() -> Inotify | None:
    """Return an inotify instance, or None where the system has none (macOS, Windows)."""
    try:
        return Inotify()
    except (OSError, AttributeError, TypeError):
        return None
