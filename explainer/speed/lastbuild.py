"""Skip a build when nothing it reads has changed since it last wrote the output folder.

A build records, beside the stamps of the files it wrote (see cache.py), a hash of all it
read: every file of the project's content/, templates/, static/, overrides/ and site.yml,
the options that shape the site, the day, and explainer's own code. The next build with the
same hash has nothing to do: if the output folder holds every file as it was written and no
other, it says so, with the last build's warnings, and writes nothing; else it puts the files
back from the cache, which keeps each one by its hash. This module imports nothing heavy, so
that such a build is over before the interpreter would have loaded the templates.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import Problem, StrictWarnings
from ..options import BuildOptions
from ..render.output import (
    SiteWriter,
    WriteReport,
    check_output_dir,
    recover_output,
    remove_stale_temporaries,
)
from .cache import CACHE_FOLDER, Cache, FileStamp, digest_of, tool_fingerprint, version_of

INPUTS = ("site.yml", "content", "templates", "static", "overrides")


@dataclass(frozen=True)
class LastBuild:
    """What the last build of an output folder said about itself."""

    explainers: int
    files: int
    left_out: int
    warnings: tuple[Problem, ...]

    def to_json(self) -> dict[str, Any]:
        """Return the record as JSON-ready data."""
        return {"explainers": self.explainers, "files": self.files, "left_out": self.left_out,
                "warnings": [[getattr(p, f.name) for f in fields(Problem)]
                             for p in self.warnings]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LastBuild:
        """Read a record written by to_json()."""
        return cls(data["explainers"], data["files"], data["left_out"],
                   tuple(Problem(*warning) for warning in data["warnings"]))


@dataclass(frozen=True)
class Inputs:
    """What a build reads, hashed, with each file's stat as it was when read."""

    digest: str
    stats: tuple[tuple[str, int, int, int, int], ...]  # path, size, mtime, inode, ctime

    def still(self, options: BuildOptions) -> bool:
        """Tell whether every input file is still as it was read, and no file came or went.

        Any write changes a file's ctime: comparing stats spares reading everything again.
        """
        stats: list[tuple[str, int, int, int, int]] = []
        for relative, full in input_files(options.root):
            try:
                stats.append((relative, *version_of(os.stat(full))))
            except OSError:
                return False
        return tuple(stats) == self.stats


def read_inputs(options: BuildOptions, today: date) -> Inputs:
    """Hash everything a build of these options reads, file contents included."""
    stats: list[tuple[str, int, int, int, int]] = []
    return Inputs(digest_of(inputs(options, today, stats)), tuple(stats))


def inputs(options: BuildOptions, today: date,
           stats: list[tuple[str, int, int, int, int]]) -> Iterator[bytes | str]:
    """Yield what a build reads, in a fixed order: its settings, then each file's path and bytes.

    Each file's stat, taken before its bytes are read, goes into stats.
    """
    yield from (tool_fingerprint(), str(options.root.absolute()), str(options.output.absolute()),
                options.base_url or "", str(options.drafts), today.isoformat())
    for relative, full in input_files(options.root):
        with open(full, "rb") as stream:
            stats.append((relative, *version_of(os.fstat(stream.fileno()))))
            yield from (relative, stream.read())


def input_files(root: Path) -> Iterator[tuple[str, str]]:
    """Yield (path relative to root, full path) of every file a build reads, in a fixed order."""
    for name in INPUTS:
        path = root / name
        if path.is_file():
            yield name, str(path)
        for folder, dirs, files in os.walk(path):
            dirs.sort()
            # os.walk names each folder by joining onto path: what follows path is relative.
            # (os.path.relpath would ask the system for the working folder at every file.)
            inside = os.path.join(name, folder[len(str(path)):].lstrip(os.sep))
            for file in sorted(files):
                yield os.path.join(inside, file), os.path.join(folder, file)


def unchanged_build(options: BuildOptions, inputs: str) -> tuple[LastBuild, WriteReport] | None:
    """Return the last build of the output folder and what was written, if it is still current.

    The output folder is left as it is when it holds what that build wrote; else the files are
    put back from the cache, if it has them all. None means that a build is needed. Raises
    what the build itself would: StrictWarnings under --strict, OutputError for an output
    folder that may not be used.
    """
    recover_output(options.output)
    cache = Cache(options.root / CACHE_FOLDER)
    record = cache.output_record(options.output)
    if not inputs or record.get("inputs") != inputs:
        return None
    try:
        last = LastBuild.from_json(record["build"])
        stamps = {path: FileStamp(*stamp) for path, stamp in record["stamps"].items()}
    except (KeyError, TypeError, ValueError):
        return None
    if options.strict and last.warnings:
        raise StrictWarnings(list(last.warnings))
    check_output_dir(options.output, options.root, options.force)
    if as_written(options.output, stamps):
        remove_stale_temporaries(options.output.absolute())
        return last, WriteReport(0, len(stamps))
    report = restore(options.output, cache, stamps)
    if report is None:
        return None
    cache.save_output(options.output, {path: s.digest for path, s in stamps.items()}, inputs,
                      record["build"])
    return last, report


class Missing(Exception):
    """A file of the last build is no longer in the cache."""


def restore(out: Path, cache: Cache, stamps: dict[str, FileStamp]) -> WriteReport | None:
    """Put the files of the last build back into the output folder from the cache.

    Return None, leaving the output folder as it was, if the cache lacks any of them.
    """
    try:
        with SiteWriter(out, stamps, cache.folder) as writer:
            for path in stamps:
                writer.claim(path, "the cache")
            writer.make_folders()
            for path, stamp in stamps.items():
                if not writer.add_cached(path, stamp.digest, cache.blob):
                    raise Missing(path)
            return writer.commit()
    except Missing:
        return None


def as_written(out: Path, stamps: dict[str, FileStamp]) -> bool:
    """Tell whether a folder holds exactly the stamped files, each untouched, and no more."""
    found: set[str] = set()
    folders: set[str] = set()
    for folder, _, files in os.walk(out):
        relative = Path(folder).relative_to(out).as_posix()
        folders.add(relative)
        found |= {name if relative == "." else f"{relative}/{name}" for name in files}
    needed = {"."} | {parent.as_posix() for path in stamps for parent in Path(path).parents}
    if found != set(stamps) or folders != needed:
        return False
    return all(stamp.holds(out / path) for path, stamp in stamps.items())
