"""Which folder a build may replace with its output: a previous build, an empty or a new
folder; never a precious one (the project, what it reads, a home or a git repository)."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import OutputError
from ..inputs import CONFIG, FOLDERS, OVERRIDES

GENERATOR_MARK = b'<meta name="generator" content="explainer">'
# What a build reads, and its cache, in the project: never an output folder, nor inside one.
INPUTS = (CONFIG, *(name for name in FOLDERS if "/" not in name), OVERRIDES, ".cache")


def check_output_dir(out: Path, root: Path, force: bool) -> None:
    """Refuse an output folder the build must not replace: not a previous build, or precious.

    Precious, even with --force: the file system's root, the home folder, the project and the
    folders that hold them, a folder holding a git repository, the project's inputs and
    anything inside them.
    """
    why = precious(out.resolve(), root.resolve())
    if why:
        raise OutputError(f"refusing to use {out} as the output folder: {why}")
    if not out.exists() or force and not out.is_dir():
        return
    if not out.is_dir():
        raise OutputError(f"{out} exists and is not a folder")
    git = git_inside(out, everywhere=force)
    if git is not None:
        raise OutputError(f"refusing to use {out} as the output folder: it holds a git "
                          f"repository ({git}), which the build would delete")
    if force or not any(out.iterdir()):
        return
    index = out / "index.html"
    if not (index.is_file() and GENERATOR_MARK in index.read_bytes()[:4096]):
        raise OutputError(f"{out} is not empty and does not look like a site built by explainer; "
                          "the build replaces the whole folder, so choose another --output, or "
                          "pass --force to replace it")


def precious(out: Path, root: Path) -> str:
    """Say why a resolved folder may never be replaced by a build; '' if it may."""
    home = Path.home().resolve()
    if out == out.parent:
        return "it is the root of the file system"
    if out == home:
        return "it is your home folder"
    if out in home.parents:
        return "it contains your home folder"
    if out == root:
        return "it is the project's folder"
    if out in root.parents:
        return "it contains the project"
    for name in INPUTS:
        folder = root / name
        label = name if name == "site.yml" else f"{name}/ folder"
        if out == folder:
            return f"it is the project's {label}"
        if out.is_relative_to(folder):
            return f"it is inside the project's {label} ({folder}), which the build reads"
    return ""


def git_inside(out: Path, everywhere: bool) -> Path | None:
    """Return a git repository's .git in a folder (or anywhere below it), or None."""
    if (out / ".git").exists():
        return out / ".git"
    for folder, dirs, files in os.walk(out) if everywhere else ():
        if ".git" in dirs or ".git" in files:  # a file for a worktree or a submodule
            return Path(folder) / ".git"
    return None
