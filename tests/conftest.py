"""Shared helpers: build sites into temporary folders; never touch the repository's tree."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import REPO, run_cli

MINIMAL = """\
---
title: {title}
dek: A short dek.
published: {published}
---

--- summary
---
Something happened.
"""


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[..., Path]:
    """Return make_site(files={...}): a project with the repo's theme and the given files."""

    def make(files: dict[str, str | bytes] | None = None, theme: bool = True) -> Path:
        root = tmp_path / "site"
        root.mkdir(exist_ok=True)
        if theme:
            shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
            shutil.copytree(REPO / "static", root / "static", dirs_exist_ok=True)
        (root / "content").mkdir(exist_ok=True)
        for name, data in (files or {}).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        return root

    return make


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the repository's own content/ once into a temporary folder."""
    out = tmp_path_factory.mktemp("seed") / "public"
    result = run_cli("build", "--output", out)
    assert result.returncode == 0, result.stderr
    return out
