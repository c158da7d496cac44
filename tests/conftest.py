"""Shared helpers: build sites into temporary folders; never touch the repository's tree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import REPO, SEED, run_cli, write_project

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
        return write_project(tmp_path / "site", files, theme)

    return make


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the repository's own content/ once into a temporary folder."""
    out = tmp_path_factory.mktemp("seed") / "public"
    result = run_cli("build", "--output", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def published_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the repository's site with the base URL the manual's examples use."""
    root = write_project(tmp_path_factory.mktemp("published-seed") / "site", {
        "site.yml": (REPO / "site.yml").read_text(encoding="utf-8"),
        f"content/{SEED}.md": (REPO / "content" / f"{SEED}.md").read_text(encoding="utf-8")})
    result = run_cli("build", "--root", root, "--base-url", "https://example.org/news/")
    assert result.returncode == 0, result.stderr
    return root / "public"
