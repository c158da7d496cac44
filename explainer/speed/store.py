"""The cache's store of explainer files read and checked: one SQLite database.

Each explainer file read anew is kept as a row, keyed by a hash of its bytes and of everything
reading it depends on (see loading.reread): the file as lists show it (its teaser) and whole,
with its problems, each pickled. One database rather than a file per explainer: making a
thousand small files cost a cold build about 0.3 s of CPU, inserting the rows 0.06 s. Rows are
written in transactions, so a build killed while writing leaves none half-written.

Workers forked from the build read rows through connections of their own (a connection must not
be used on both sides of a fork); only the build process writes. A database that cannot be
opened is removed and made again; one found damaged while in use is done without for the rest
of the build and removed, for the next build to make anew. A build without it is slower, never
wrong.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
# What reading an entry damaged by hand raises: the entry is then ignored, as if missing.
UNREADABLE = (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError)
Entry = tuple[str, bytes, bytes]  # key, pickled teaser and problems, pickled whole and problems


class ExplainerStore:
    """The explainer files the last builds read, in `path`; `ExplainerStore(None)` holds none."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.db: sqlite3.Connection | None = None
        self.pid = 0  # the process that opened db
        # Connections inherited from the process that forked this one. They are kept, never
        # closed: closing one here could end that process's use of the database.
        self.inherited: list[sqlite3.Connection] = []

    def connection(self) -> sqlite3.Connection | None:
        """Return this process's connection to the database, opening it if need be."""
        if self.path is None:
            return None
        if self.db is not None and self.pid == os.getpid():
            return self.db
        if self.db is not None:
            self.inherited.append(self.db)
        self.db, self.pid = opened(self.path), os.getpid()
        if self.db is None:
            self.path = None  # do without it for the rest of the build
        return self.db

    def any(self) -> bool:
        """Tell whether the store holds any explainer file."""
        rows = self.query("SELECT 1 FROM explainers LIMIT 1", ())
        return bool(rows)

    def teaser(self, key: str) -> tuple[Any, list[Any]] | None:
        """Return the (teaser, problems) of an explainer file, or None when not kept."""
        return self.unpickled("SELECT teaser FROM explainers WHERE key = ?", key)

    def whole(self, key: str) -> tuple[Any, list[Any]] | None:
        """Return the (explainer, problems) of an explainer file, or None when not kept."""
        return self.unpickled("SELECT whole FROM explainers WHERE key = ?", key)

    def unpickled(self, sql: str, key: str) -> Any:
        """Return the value a query finds for a key, unpickled; None if none or unreadable."""
        rows = self.query(sql, (key,))
        try:
            return pickle.loads(rows[0][0]) if rows else None
        except UNREADABLE:
            return None

    def put(self, entries: Iterable[Entry]) -> bool:
        """Keep explainer files read anew; False if the database could not take them."""
        return self.write(lambda db: db.executemany(
            "INSERT OR REPLACE INTO explainers (key, teaser, whole) VALUES (?, ?, ?)", entries))

    def keep_only(self, keys: set[str]) -> None:
        """Remove every explainer file but these (those of the last build)."""
        def prune(db: sqlite3.Connection) -> None:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS kept (key TEXT PRIMARY KEY)")
            db.execute("DELETE FROM kept")
            db.executemany("INSERT OR IGNORE INTO kept (key) VALUES (?)", ((k,) for k in keys))
            db.execute("DELETE FROM explainers WHERE key NOT IN (SELECT key FROM kept)")

        if self.write(prune):
            self.write(lambda db: db.executescript("PRAGMA incremental_vacuum"))  # free room

    def query(self, sql: str, parameters: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        """Run a query; a database that fails is done without, as if empty."""
        db = self.connection()
        if db is None:
            return []
        try:
            return db.execute(sql, parameters).fetchall()
        except sqlite3.Error as exc:
            self.give_up(exc)
            return []

    def write(self, change: Callable[[sqlite3.Connection], object]) -> bool:
        """Run change(db) in one transaction; return False if it could not be done."""
        db = self.connection()
        if db is None:
            return False
        try:
            with db:
                change(db)
        except sqlite3.Error as exc:
            self.give_up(exc)
            return False
        return True

    def give_up(self, exc: sqlite3.Error) -> None:
        """Do without the database for the rest of the build; remove it if it is damaged.

        A database that is busy (another build holds it too long) is left as it is.
        """
        if self.path is not None and not isinstance(exc, sqlite3.OperationalError):
            removed(self.path)  # the next build makes it anew
        self.path = None


def opened(path: Path) -> sqlite3.Connection | None:
    """Open the database, making it if missing and again if damaged; None if that fails."""
    for _ in range(2):
        try:
            return connected(path)
        except sqlite3.Error:
            if not removed(path):
                return None
    return None


def connected(path: Path) -> sqlite3.Connection:
    """Connect to the database, made anew unless it is of this version."""
    db = sqlite3.connect(path, timeout=30)
    try:
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            db.close()
            removed(path)
            db = sqlite3.connect(path, timeout=30)
            # Set before the first table is made, so that removed rows give their room back.
            db.execute("PRAGMA auto_vacuum = INCREMENTAL")
            db.execute("CREATE TABLE IF NOT EXISTS explainers "
                       "(key TEXT PRIMARY KEY, teaser BLOB NOT NULL, whole BLOB NOT NULL)")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # Write-ahead logging lets workers read while the build writes. The cache needs no
        # durability beyond the process: losing the last rows to a power cut costs a re-read.
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        db.close()
        raise
    return db


def removed(path: Path) -> bool:
    """Remove the database and its log files; False if that cannot be done."""
    try:
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            (path.parent / name).unlink(missing_ok=True)
    except OSError:
        return False
    return True
