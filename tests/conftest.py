"""Shared helpers: build sites into temporary folders; never touch the repository's tree."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

from .helpers import REPO, SEED, copy_seed, run_cli, write_project

# cleantree fails the run if a test wrote into the checkout; pytester lets its test prove it.
pytest_plugins = ["tests.cleantree", "pytester"]

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

# Each run draws new examples; a failing one is printed with what reproduces it. No deadline
# or health check goes by the clock: the machine may be busy.
settings.register_profile("suite", database=None, print_blob=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")


def pytest_configure(config: pytest.Config) -> None:
    """Keep Hypothesis's files (it caches Unicode tables) out of the checkout."""
    home = Path(tempfile.mkdtemp(prefix="explainer-hypothesis-"))
    set_hypothesis_home_dir(home)
    config.add_cleanup(lambda: shutil.rmtree(home, ignore_errors=True))


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[..., Path]:
    """Return make_site(files={...}): a project with the repo's theme and the given files."""

    def make(files: dict[str, str | bytes] | None = None, theme: bool = True) -> Path:
        return write_project(tmp_path / "site", files, theme)

    return make


@pytest.fixture(scope="session")
def seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copy the repository's own project (content/, templates/, ...) to a temporary folder."""
    return copy_seed(tmp_path_factory.mktemp("seed") / "project")


@pytest.fixture(scope="session")
def seed_site(seed_project: Path) -> Path:
    """Build the repository's own content/ once, out of the checkout."""
    out = seed_project.parent / "public"
    result = run_cli("build", "--root", seed_project, "--output", out)
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
