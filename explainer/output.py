"""Write the built site atomically: a fresh folder beside the output, swapped in at the end."""

from __future__ import annotations

import os
import posixpath
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError

GENERATOR_MARK = b'<meta name="generator" content="explainer">'


@dataclass(frozen=True)
class WriteReport:
    """What a write did: files written anew and files kept because their bytes were the same."""

    written: int
    unchanged: int


class OutputFiles:
    """The files of a build, by site path; refuses two writes to one path."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.origins: dict[str, str] = {}

    def add(self, path: str, data: bytes, origin: str) -> None:
        """Add a file, naming where it came from for the error if the path is taken."""
        check_site_path(path)
        if path in self.files:
            raise OutputError(f"two sources write {path}: {self.origins[path]} and {origin}; "
                              "rename one of them (for explainers, change the slug)")
        self.files[path] = data
        self.origins[path] = origin


def check_site_path(path: str) -> None:
    """Refuse a site path that could escape the output folder."""
    normal = posixpath.normpath(path)
    if path.startswith(("/", "\\")) or normal.startswith("..") or "\\" in path \
            or normal != path or ":" in path or normal == ".":
        raise OutputError(f"refusing to write outside the output folder: {path!r}")


def check_output_dir(out: Path, root: Path, force: bool) -> None:
    """Refuse to replace a folder that is not a previous build, or one that holds the project."""
    out_r, root_r = out.resolve(), root.resolve()
    if out_r == root_r or out_r in root_r.parents or out_r in (Path.home(), Path("/")):
        raise OutputError(f"refusing to use {out} as the output folder: it contains the project")
    for name in ("content", "templates", "static"):
        if out_r == (root_r / name):
            raise OutputError(f"refusing to use {out} as the output folder: it is the "
                              f"project's {name}/ folder")
    if force or not out.exists():
        return
    if not out.is_dir():
        raise OutputError(f"{out} exists and is not a folder")
    if not any(out.iterdir()):
        return
    index = out / "index.html"
    if not (index.is_file() and GENERATOR_MARK in index.read_bytes()[:4096]):
        raise OutputError(f"{out} is not empty and does not look like a site built by explainer; "
                          "the build replaces the whole folder, so choose another --output, or "
                          "pass --force to replace it")


def write_site(files: Mapping[str, bytes], out: Path) -> WriteReport:
    """Write files into a fresh folder beside out, then swap it in; out is never half-written.

    Files whose bytes equal the previous build's are hard-linked from it, keeping their mtimes.
    """
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    recover_output(out)
    remove_stale_temporaries(out)
    fresh = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    written = unchanged = 0
    try:
        for path in sorted(files):
            data = files[path]
            target = fresh / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if same_bytes(out / path, data):
                try:
                    os.link(out / path, target)
                    unchanged += 1
                    continue
                except OSError:
                    pass
            target.write_bytes(data)
            written += 1
        swap_in(fresh, out)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return WriteReport(written, unchanged)


def same_bytes(path: Path, data: bytes) -> bool:
    """Tell whether a file exists with exactly these bytes."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def swap_in(fresh: Path, out: Path) -> None:
    """Replace out by fresh with two renames; the old folder is removed afterwards."""
    fresh.chmod(0o755)
    if not out.exists():
        os.rename(fresh, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rename(out, old / out.name)
    os.rename(fresh, out)
    shutil.rmtree(old, ignore_errors=True)


def recover_output(out: Path) -> None:
    """Put the previous site back if a build was killed between the two renames of a swap."""
    out = out.absolute()
    if out.exists() or not out.parent.is_dir():
        return
    kept = [old / out.name for old in out.parent.glob(f".{out.name}.old-*")
            if (old / out.name).is_dir()]
    if kept:
        os.rename(max(kept, key=lambda path: path.stat().st_mtime), out)


def remove_stale_temporaries(out: Path) -> None:
    """Remove folders left beside out by builds that were killed."""
    for prefix in (f".{out.name}.new-", f".{out.name}.old-"):
        for stale in out.parent.glob(prefix + "*"):
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
