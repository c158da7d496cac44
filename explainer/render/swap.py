"""Swap a new site in for the output folder, one build at a time, and tidy after killed builds.

A build writes into a fresh folder beside the output folder and swaps it in with two renames.
The lock is the operating system's, on a file beside the output folder (`.public.lock` for
`public/`): flock, or msvcrt's locking on Windows. The system lets go of it when the process
ends, even killed with SIGKILL, so a lock file left behind never stops a build. The holder
removes the file before it lets go; a build that locked a file removed meanwhile tries again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import OutputError

WAIT_S = 5.0  # how long a build waits for another one writing the same folder
POLL_S = 0.05
# What to do about the errors of the file system a user can fix.
FIXES = {
    errno.EACCES: "make it writable, or choose another --output",
    errno.EPERM: "make it writable, or choose another --output",
    errno.EROFS: "the file system is read-only: choose another --output",
    errno.ENOSPC: "free some space on the disk, or choose another --output",
    getattr(errno, "EDQUOT", errno.ENOSPC): "free some space (the disk or your quota is full), "
                                            "or choose another --output",
}


def lock_primitives() -> tuple[Callable[[int], bool], Callable[[int], None]]:
    """Return the system's try-lock and unlock of a whole open file."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        def try_lock(fd: int) -> bool:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            except OSError:
                return False
            return True

        return try_lock, lambda fd: msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore

    def try_flock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    return try_flock, lambda fd: fcntl.flock(fd, fcntl.LOCK_UN)


class OutputLock:
    """An exclusive lock on an output folder, held by one build at a time."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = out.parent / f".{out.name}.lock"
        self.fd: int | None = None
        self.try_lock, self.unlock = lock_primitives()

    def acquire(self, wait: float = WAIT_S) -> bool:
        """Take the lock, waiting up to wait seconds for another build; False if it did not end."""
        deadline = time.monotonic() + wait
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            locked = self.try_lock(fd)
            if locked and same_file(fd, self.path):
                self.fd = fd
                return True
            os.close(fd)
            if locked:
                continue  # a file its holder removed meanwhile: lock the one there now
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL_S)

    def hold(self) -> None:
        """Take the lock, or raise OutputError saying that another build is writing the folder."""
        with os_errors(self.out.parent):  # the lock file's folder, not the file
            if not self.acquire():
                raise OutputError(f"another build is writing {self.out} (it holds {self.path}); "
                                  "wait for it to finish, or build into another --output")

    def release(self) -> None:
        """Remove the lock file and let go of the lock; nothing if it is not held."""
        if self.fd is None:
            return
        with contextlib.suppress(OSError):  # on Windows, while another build has it open
            self.path.unlink()
        self.unlock(self.fd)
        os.close(self.fd)
        self.fd = None


def same_file(fd: int, path: Path) -> bool:
    """Tell whether an open file is still the one at path (its holder may have removed it)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


@contextmanager
def os_errors(path: Path | str | None = None) -> Iterator[None]:
    """Turn an error of the file system into an OutputError naming the path and the fix.

    The path named is the given one, else the file the error is about.
    """
    try:
        yield
    except OSError as exc:
        where = path if path is not None else exc.filename
        fix = FIXES.get(exc.errno or 0, "choose another --output")
        raise OutputError(f"cannot write {where}: {exc.strerror or exc}; {fix}") from None


def swap_in(fresh: Path, out: Path) -> None:
    """Replace out by fresh with two renames; the old folder is removed afterwards.

    If either rename fails, out is left as it was and nothing beside it.
    """
    fresh.chmod(0o755)
    if not out.exists():
        os.rename(fresh, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    try:
        os.rename(out, old / out.name)
    except OSError:
        old.rmdir()
        raise
    try:
        os.rename(fresh, out)
    except OSError:
        os.rename(old / out.name, out)
        old.rmdir()
        raise
    shutil.rmtree(old, ignore_errors=True)


def recover_output(out: Path) -> None:
    """Put the previous site back if a build was killed between the two renames of a swap.

    Nothing is done while another build holds the folder's lock: it may be between them.
    """
    out = out.absolute()
    if out.exists() or not out.parent.is_dir():
        return
    with unlocked(out) as free:
        if free:
            put_back(out)


def put_back(out: Path) -> None:
    """Rename the newest previous site beside out back to out, if out is missing."""
    if out.exists():
        return
    kept = [old / out.name for old in out.parent.glob(f".{out.name}.old-*")
            if (old / out.name).is_dir()]
    if kept:
        with os_errors(out):
            os.rename(max(kept, key=lambda path: path.stat().st_mtime), out)


def remove_stale_temporaries(out: Path) -> None:
    """Remove folders left beside out by builds that were killed (none while one is running)."""
    with unlocked(out) as free:
        if free:
            remove_temporaries(out)


def remove_temporaries(out: Path) -> None:
    """Remove the folders builds make beside out."""
    for prefix in (f".{out.name}.new-", f".{out.name}.old-"):
        for stale in out.parent.glob(prefix + "*"):
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)


@contextmanager
def unlocked(out: Path) -> Iterator[bool]:
    """Hold out's lock for a moment if no build holds it; tell whether it was free."""
    lock = OutputLock(out)
    try:
        free = lock.acquire(wait=0)
    except OSError:  # a folder that cannot be written: nothing beside it to tidy either
        free = False
    try:
        yield free
    finally:
        lock.release()


def missing_folders(folder: Path) -> list[Path]:
    """Return the folders that making folder would make, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing
