"""Notice changes to a project's sources by comparing snapshots of their files' stamps.

A snapshot is the truth; on Linux, inotify only says when to take the next one, so that a
change is seen at once instead of at the next poll.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from .config import CONFIG_NAME
from .render import OVERRIDES

Stamp = tuple[int, int]
Snapshot = dict[str, Stamp]

# The folders a build reads.
WATCHED = ("content", "templates", "static", f"{OVERRIDES}/templates", f"{OVERRIDES}/static")
# inotify(7): IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE,
# IN_DELETE, IN_DELETE_SELF, IN_MOVE_SELF.
INOTIFY_MASK = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800


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


def stamp_of(stat: os.stat_result) -> Stamp:
    """Return what tells one version of a file from the next: its mtime and its size."""
    return (stat.st_mtime_ns, stat.st_size)


def changed_paths(old: Mapping[str, Stamp], new: Mapping[str, Stamp]) -> set[str]:
    """Return the paths added, removed or modified between two snapshots."""
    return {path for path in old.keys() | new.keys() if old.get(path) != new.get(path)}


class Inotify:
    """A file descriptor that becomes readable when something changes in a watched folder."""

    def __init__(self) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self._add_watch = libc.inotify_add_watch
        self.fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")

    def watch(self, folders: Iterable[str]) -> None:
        """Watch these folders too; watching a folder twice is harmless."""
        for folder in folders:
            # Fails only for a folder removed meanwhile, or past the system's limit of watches;
            # the poll that runs anyway still sees those changes.
            self._add_watch(self.fd, os.fsencode(folder), INOTIFY_MASK)

    def drain(self) -> None:
        """Read and forget the pending events: a new snapshot will tell what changed."""
        try:
            while os.read(self.fd, 65536):
                pass
        except BlockingIOError:
            pass

    def close(self) -> None:
        """Stop watching."""
        os.close(self.fd)


def inotify() -> Inotify | None:
    """Return an inotify instance, or None where the system has none (macOS, Windows)."""
    try:
        return Inotify()
    except (OSError, AttributeError, TypeError):
        return None
