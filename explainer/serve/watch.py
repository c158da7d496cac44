"""Notice changes to a project's sources by comparing snapshots of their files' stamps.

A snapshot is the truth. On Linux, inotify says when to look and at which files, so that a
change is seen at once instead of at the next poll, and only those files are looked at again;
when it cannot say which files (a folder came or went, or its queue overflowed) the whole tree
is looked at again.
"""

from __future__ import annotations

import ctypes
import os
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..render.templates import OVERRIDES
from ..site.config import CONFIG_NAME

Stamp = tuple[int, int]
Snapshot = dict[str, Stamp]

# The folders a build reads.
WATCHED = ("content", "templates", "static", f"{OVERRIDES}/templates", f"{OVERRIDES}/static")
# inotify(7): IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE,
# IN_DELETE, IN_DELETE_SELF, IN_MOVE_SELF.
INOTIFY_MASK = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800
# Events after which the files named cannot be trusted to be all that changed: a watched folder
# gone or moved (IN_DELETE_SELF, IN_MOVE_SELF, IN_IGNORED) or a lost event (IN_Q_OVERFLOW).
LOOK_EVERYWHERE = 0x400 | 0x800 | 0x8000 | 0x4000
IN_ISDIR = 0x40000000  # the event is about a folder, whose files it does not name
EVENT = struct.Struct("iIII")  # struct inotify_event: wd, mask, cookie, len; then the name


def snapshot(root: Path, folders: set[str] | None = None) -> Snapshot:
    """Return the stamp of every file a build reads, by its path relative to root.

    If folders is given, the folders that were looked into are added to it.
    """
    found: Snapshot = {}
    config = root / CONFIG_NAME
    try:
        found[CONFIG_NAME] = stamp_of(config.stat())
    except OSError:
        pass
    for folder in WATCHED:
        walk(root / folder, folder, found, folders)
    return found


def walk(folder: Path, prefix: str, found: Snapshot, folders: set[str] | None) -> None:
    """Add the stamps of the files under folder."""
    pending = [(str(folder), prefix)]
    while pending:
        directory, relative = pending.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue  # not there (yet), or removed while we looked
        if folders is not None:
            folders.add(directory)
        for entry in entries:
            path = f"{relative}/{entry.name}"
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((entry.path, path))
                else:
                    found[path] = stamp_of(entry.stat())
            except OSError:
                continue  # an editor's temporary file, gone already


def restamp(root: Path, stamps: Snapshot, changes: Changes) -> tuple[Snapshot, set[str]] | None:
    """Return stamps with the files inotify named looked at again, and the paths that changed.

    Files that are no source of the build are left out. None means that a snapshot of the
    whole tree must be taken: inotify lost track, or a folder of sources came, went or moved.
    """
    folders = [relative_path(root, path) for path in changes.folders]
    if changes.everywhere or any(is_source(folder) or any(w.startswith(f"{folder}/")
                                                          for w in WATCHED)
                                 for folder in folders):
        return None
    found = dict(stamps)
    changed = set()
    for path in changes.paths:
        relative = relative_path(root, path)
        if not is_source(relative):
            continue
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                return None
            found[relative] = stamp_of(os.stat(path))
        except OSError:
            found.pop(relative, None)  # gone
        if found.get(relative) != stamps.get(relative):
            changed.add(relative)
    return found, changed


def relative_path(root: Path, path: str) -> str:
    """Return a path inotify named relative to the project, as snapshots name it."""
    return os.path.relpath(path, root).replace(os.sep, "/")


def is_source(relative: str) -> bool:
    """Tell whether a path relative to the project is a source a snapshot would look at."""
    return relative in (CONFIG_NAME, *WATCHED) \
        or relative.startswith(tuple(f"{folder}/" for folder in WATCHED))


def stamp_of(stat: os.stat_result) -> Stamp:
    """Return what tells one version of a file from the next: its mtime and its size."""
    return (stat.st_mtime_ns, stat.st_size)


def changed_paths(old: Mapping[str, Stamp], new: Mapping[str, Stamp]) -> set[str]:
    """Return the paths added, removed or modified between two snapshots."""
    return {path for path in old.keys() | new.keys() if old.get(path) != new.get(path)}


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
