"""Files of the build cache's folder (see cache.py): kept, tidied and written whole."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def store_blob(folder: Path | None, page: Path | str, content_digest: str) -> None:
    """Keep a file's bytes in the cache: a hard link to the file written, or else a copy."""
    if folder is None:
        return
    blob = f"{folder}/blobs/{content_digest}"  # as text: made for every file of a build
    try:
        os.link(page, blob)
    except FileExistsError:
        pass
    except OSError:  # another file system, or no hard links: keep a copy, once
        try:
            if not os.path.exists(blob):
                write_atomic(Path(blob), Path(page).read_bytes())
        except OSError:
            pass


def remove_others(folder: Path, keep: set[str]) -> None:
    """Remove the files of a cache folder not named in keep."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name not in keep:
                    Path(entry.path).unlink(missing_ok=True)
    except OSError:
        pass  # the cache was deleted meanwhile: nothing to tidy


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file under a temporary name, then rename it into place."""
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

