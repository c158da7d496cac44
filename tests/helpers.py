"""Helpers the tests share: run the command line, parse pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parents[1]
SEED = "haiti-kenya-police-mission"


def run_cli(*args: str | Path, cwd: Path = REPO,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python build.py ARGS` as a user would, capturing its output; env adds variables."""
    return subprocess.run([sys.executable, str(REPO / "build.py"), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})



def soup(path: Path) -> BeautifulSoup:
    """Parse an HTML file."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def stylesheet(site: Path) -> Path:
    """Return the site's one stylesheet, under its content-hashed name."""
    (path,) = site.glob("style.*.css")
    return path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Return every file under a folder with its bytes and modification time."""
    return {path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*")) if path.is_file()}
