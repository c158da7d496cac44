"""Download an npm package's tarball and read its files: the data the update scripts vendor
(CLDR's JSON, the flags, the world's outlines) comes as npm packages. Standard library only,
so that a script that needs no drawing runs with the project's own dependencies."""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path


def npm_pack(spec: str, workdir: Path) -> tarfile.TarFile:
    """Download one npm package tarball with ``npm pack`` and open it."""
    dest = workdir / spec.replace("/", "_").replace("@", "-")
    dest.mkdir()
    command = ["npm", "pack", "--silent", spec]
    subprocess.run(command, cwd=dest, check=True, stdout=subprocess.DEVNULL)
    (tgz,) = dest.glob("*.tgz")
    return tarfile.open(tgz, "r:gz")


def read_member(tar: tarfile.TarFile, name: str) -> bytes | None:
    """Return the bytes of ``package/<name>`` in an npm tarball, or None."""
    try:
        member = tar.getmember(f"package/{name}")
    except KeyError:
        return None
    handle = tar.extractfile(member)
    return None if handle is None else handle.read()
