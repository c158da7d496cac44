"""Whether the last build into an output folder still stands: a hash of everything it read,
and a check that the folder holds what it wrote, untouched.

Both are asked by every build before any other work, so both are quick: an input file's hash
is taken from the last build's record while the file's stamp is unchanged, and an output file
is proven untouched by its stat (see cache.FileStamp).
"""

from __future__ import annotations

import os
import posixpath
import stat
import time
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from ..hashing import digest
from ..inputs import Inputs
from ..options import BuildOptions
from .cache import FileStamp, tool_fingerprint

# How long ago an input file must have changed for its stamp to vouch for its bytes: file
# systems set times by a clock that steps by up to two seconds (FAT), most by a few ms.
SETTLED = 3_000_000_000  # ns


def inputs_digest(inputs: Inputs, options: BuildOptions, day: date | None,
                  known: Mapping[str, list[Any]]) -> tuple[str, dict[str, list[Any]]]:
    """Return a hash of everything a build of these options reads, file contents included,
    and the stamp and hash of each input file to remember for the next build. `day` is the
    day the options fix for the build, if any (else the build's time is held against the time
    until which the last build stands: see BuildResult.stands).

    A file's hash is taken from `known` (what the last build read) while its stamp is the
    same; as git's index does, a file changed within SETTLED of its stamp is read anyway.
    """
    settled = time.time_ns() - SETTLED
    read: dict[str, list[Any]] = {}
    for relative, stamp in inputs.stamps.items():
        found = known.get(relative)
        if found is None or found[:-1] != list(stamp):
            try:  # a named pipe or a device is never read to its end: the build refuses it
                path = inputs.path(relative)
                data = path.read_bytes() if stat.S_ISREG(path.stat().st_mode) else b"\0special"
            except OSError:
                data = b"\0unreadable"
            found = [*stamp, digest(data)]
        read[relative] = found
    header = (tool_fingerprint(), str(options.root.absolute()), str(options.output.absolute()),
              options.base_url or "", str(options.drafts), day.isoformat() if day else "")
    hashed = digest(*header, *(part for relative, found in read.items()
                               for part in (relative, found[-1])))
    # A file changed again within its clock's step keeps its stamp: its hash is not kept.
    return hashed, {relative: found for relative, found in read.items() if found[3] < settled}


def as_written(out: Path, stamps: dict[str, FileStamp]) -> bool:
    """Tell whether a folder holds exactly the stamped files, each untouched, and no more.

    Paths are handled as text: a no-change build of 1,000 explainers checks 10,000 files.
    """
    found: set[str] = set()
    folders: set[str] = set()
    for folder, _, files in os.walk(out):
        relative = Path(folder).relative_to(out).as_posix()
        folders.add(relative)
        found |= {name if relative == "." else f"{relative}/{name}" for name in files}
    if found != set(stamps) or folders != folders_of(stamps):
        return False
    root = str(out)
    return all(stamp.holds(f"{root}/{path}") for path, stamp in stamps.items())


def folders_of(paths: Iterable[str]) -> set[str]:
    """Return the folders that site paths lie in, each with the folders above it; '.' is the
    site's own."""
    folders = {"."}
    for path in paths:
        folder = posixpath.dirname(path)
        while folder and folder not in folders:
            folders.add(folder)
            folder = posixpath.dirname(folder)
    return folders
