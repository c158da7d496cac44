"""Helpers the tests share: run the command line, parse pages."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parents[1]
SEED = "haiti-kenya-police-mission"
SEED_PROJECT = ("content", "templates", "static", "site.yml")  # what `python build.py` reads


def run_cli(*args: str | Path, cwd: Path = REPO, env: dict[str, str] | None = None,
            as_user: bool = False) -> subprocess.CompletedProcess[str]:
    """Run `python build.py ARGS` as a user would, capturing its output; env adds variables.

    as_user: without the powers of root, if the tests run as root, so that the permissions of
    files hold for the build as they do for everyone else.
    """
    return subprocess.run([sys.executable, str(REPO / "build.py"), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})},
                          preexec_fn=without_root_powers if as_user else None)


def without_root_powers() -> None:
    """Drop, in a child process about to start, root's power to ignore file permissions."""
    if os.geteuid() != 0:
        return
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop the powers of root")


def copy_seed(root: Path) -> Path:
    """Copy the repository's own project (its content, theme and settings) to root."""
    for name in SEED_PROJECT:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
        else:
            shutil.copy2(REPO / name, root / name)
    return root


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


def write_project(root: Path, files: Mapping[str, str | bytes] | None = None,
                  theme: bool = True) -> Path:
    """Write a project: the repository's theme (unless theme=False), content/ and the files."""
    if theme:
        shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
        shutil.copytree(REPO / "static", root / "static", dirs_exist_ok=True)
    (root / "content").mkdir(parents=True, exist_ok=True)
    for name, data in (files or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return root


def explainer_warnings(make_site: Callable[..., Path], filename: str, text: str,
                       read: bool = False) -> list[str]:
    """Return the first line of each warning `python build.py check` prints for a project of
    one explainer, content/<filename>; the check must succeed and, if read, print no note (of
    a language whose numbers the checks do not read)."""
    root = make_site({f"content/{filename}": text})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert not read or "note:" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


def story_warnings(make_site: Callable[..., Path], name: str, text: str) -> list[str]:
    """Return the warnings of a project of one explainer, content/<name>.md, whose language
    the checks read (see explainer_warnings())."""
    return explainer_warnings(make_site, f"{name}.md", text, read=True)


def planted_warnings(make_site: Callable[..., Path], story: Path, right: str, wrong: str,
                     read: bool = False) -> list[str]:
    """Return the warnings of a story fixture with one passage (right) replaced by a slip
    (wrong); the story as it is must give none."""
    text = story.read_text(encoding="utf-8")
    assert right in text
    assert explainer_warnings(make_site, story.name, text, read) == []
    return explainer_warnings(make_site, story.name, text.replace(right, wrong, 1), read)


def slip_warnings(tmp_path: Path, story: Path, written: str, slip: str) -> tuple[list[str], str]:
    """Check a copy of a story (a fixture file) with one passage replaced by a slip; return
    the warnings about its content, and all it printed."""
    text = story.read_text(encoding="utf-8")
    assert text.count(written) == 1
    root = write_project(tmp_path, {f"content/{story.name}": text.replace(written, slip)})
    result = run_cli("check", "--root", root)
    return [line for line in result.stderr.splitlines() if ": warning: " in line
            and line.startswith("content/")], result.stderr


def assert_slip_warned(tmp_path: Path, story: Path, written: str, slip: str,
                       warning: str | tuple[str, ...]) -> None:
    """Assert that a story with a slip planted prints each warning expected (its place and
    words after the file's name), and no other."""
    warnings, stderr = slip_warnings(tmp_path, story, written, slip)
    expected = (warning,) if isinstance(warning, str) else warning
    for one in expected:
        assert [line for line in warnings if line.startswith(f"content/{story.name}{one}")], \
            stderr
    assert len(warnings) == len(expected), stderr
