"""Builds on several processes: the same site, the same errors, as in one process."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import run_cli, snapshot
from .publishing import EPOCH_BEFORE, write_project

BROKEN = "---\ntitle: Broken {n}\ndek: D\npublished: 2024-13-0{n}\n---\n\n--- summary\n---\nText.\n"


def build(root: Path, out: Path, jobs: str) -> subprocess.CompletedProcess[str]:
    """Build root into out with --jobs and no cache, on a fixed day."""
    shutil.rmtree(root / ".cache", ignore_errors=True)
    return run_cli("build", "--root", root, "--output", out, "--jobs", jobs,
                   env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})


def test_two_processes_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    one = build(root, tmp_path / "one", "1")
    two = build(root, tmp_path / "two", "2")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert "; on " not in one.stdout
    assert "on 2 processes" in two.stdout
    files = {path: data for path, (data, _) in snapshot(tmp_path / "one").items()}
    assert files == {path: data for path, (data, _) in snapshot(tmp_path / "two").items()}
    assert one.stderr == two.stderr  # the same warnings, in the same order


def test_errors_found_by_workers_are_reported_as_by_one_process(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    for n in (1, 2, 3):
        (root / "content" / f"broken{n}.md").write_text(BROKEN.format(n=n), encoding="utf-8")
    one, two = build(root, tmp_path / "one", "1"), build(root, tmp_path / "two", "4")
    assert one.returncode == two.returncode == 1
    assert one.stderr == two.stderr
    assert one.stderr.count("is not a real date") == 3
    assert not (tmp_path / "two").exists()


def test_a_template_error_on_a_worker_names_the_same_page(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    (root / "templates" / "sections" / "countries.html").write_text("{{ nope }}\n")
    one, two = build(root, tmp_path / "one", "1"), build(root, tmp_path / "two", "3")
    assert one.returncode == two.returncode == 1
    assert two.stderr == one.stderr
    assert two.stderr.startswith("templates/sections/countries.html:1: error: template error "
                                 "while rendering haiti.html: 'nope' is undefined\n")
    assert not (tmp_path / "two").exists()


@pytest.mark.parametrize("jobs", ["0", "two", "-1"])
def test_jobs_is_a_number_of_processes(tmp_path: Path, jobs: str) -> None:
    result = run_cli("build", "--root", tmp_path, "--jobs", jobs)
    assert result.returncode == 2
    assert "--jobs: expected a whole number of processes, at least 1" in result.stderr
