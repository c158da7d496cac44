"""A pytest plugin that fails the run when the tests changed the repository's working tree.

Tests write under tmp_path; a file they leave in the checkout (a build cache, a database, a
touched package file) would make the next run, or the next commit, differ from this one.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

# Python, pytest, ruff and npm write these on their own; they are not the tests' doing.
LEFT_ALONE = (":(exclude,glob)**/__pycache__/**", ":(exclude).pytest_cache",
              ":(exclude).ruff_cache", ":(exclude)node_modules",
              ":(exclude,glob)*.egg-info/**")
State = dict[str, tuple[str, int, int] | None]
BEFORE = pytest.StashKey[State]()
CHANGED = pytest.StashKey[list[str]]()


def tree_state(root: Path) -> State | None:
    """Return every changed, new or ignored file git sees under root, with its size and mtime.

    None when root is not in a git checkout (or git is missing): there is nothing to compare.
    """
    command = ["git", "--no-optional-locks", "status", "--porcelain=v1", "-z", "--ignored",
               "--untracked-files=all", "--", ".", *LEFT_ALONE]
    try:
        listed = subprocess.run(command, cwd=root, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    state: State = {}
    entries = iter(os.fsdecode(listed).split("\0"))
    for entry in entries:
        if not entry:
            continue
        status, name = entry[:2], entry[3:]
        if status[0] in "RC":
            next(entries)  # the name it was renamed or copied from
        try:
            stat = (root / name).stat()
        except OSError:
            state[name] = None  # deleted
        else:
            state[name] = (status, stat.st_size, stat.st_mtime_ns)
    return state


def changes(before: State, after: State) -> list[str]:
    """Return the files whose status, size or mtime differ between two states."""
    return sorted(name for name in before.keys() | after.keys()
                  if before.get(name, "absent") != after.get(name, "absent"))


def pytest_configure(config: pytest.Config) -> None:
    """Note the tree as it is before the first test (once, not in each xdist worker)."""
    if hasattr(config, "workerinput"):
        return
    state = tree_state(config.rootpath)
    if state is not None:
        config.stash[BEFORE] = state


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Fail the run if the tree is not as it was."""
    before = session.config.stash.get(BEFORE, None)
    after = tree_state(session.config.rootpath) if before is not None else None
    if before is None or after is None:
        return
    changed = changes(before, after)
    if changed:
        session.config.stash[CHANGED] = changed
        if session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter,
                            config: pytest.Config) -> None:
    """Name the files the run changed, and say where tests should write instead."""
    changed = config.stash.get(CHANGED, [])
    if not changed:
        return
    terminalreporter.section("the tests changed the working tree", sep="=", red=True)
    for name in changed[:20]:
        terminalreporter.write_line(f"    {name}")
    if len(changed) > 20:
        terminalreporter.write_line(f"    ... and {len(changed) - 20} more")
    terminalreporter.write_line("hint: a test must write under tmp_path (see make_site in "
                                "tests/conftest.py); if you edited these files yourself during "
                                "the run, run the tests again")
