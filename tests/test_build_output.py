"""What a build loads and says: only the modules it needs; progress on a terminal only."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from explainer.cli import ProgressLine

from .helpers import REPO
from .publishing import EPOCH_BEFORE, write_project


def imported_modules(*args: str | Path) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """Run `python -X importtime build.py ARGS`; return the top-level modules it imported."""
    result = subprocess.run([sys.executable, "-X", "importtime", str(REPO / "build.py"),
                             *map(str, args)], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    assert result.returncode == 0, result.stderr
    modules = {line.split("|")[-1].strip().split(".")[0]
               for line in result.stderr.splitlines() if line.startswith("import time:")}
    return modules, result


def test_build_imports_neither_the_preview_server_nor_more_than_it_needs(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    modules, _ = imported_modules("build", "--root", root, "--output", tmp_path / "out")
    assert {"jinja2", "markdown", "yaml"} <= modules
    assert not {"livereload", "tornado"} & modules
    # Nothing changed: the build is done before templates, Markdown or YAML are needed.
    modules, again = imported_modules("build", "--root", root, "--output", tmp_path / "out")
    assert "nothing changed since the last build" in again.stdout
    assert not {"livereload", "tornado", "jinja2", "markdown", "yaml", "pycountry"} & modules


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_the_progress_line_shows_on_a_terminal_once_a_build_takes_a_while() -> None:
    now = [0.0]
    stream = Terminal()
    with ProgressLine(stream, clock=lambda: now[0]) as progress:
        progress("writing pages", 10, 1000)  # too soon to bother
        now[0] = 0.6
        progress("writing pages", 400, 1000)
        now[0] = 0.62
        progress("writing pages", 410, 1000)  # too soon after the last one
        now[0] = 1.3
        progress("writing pages", 1000, 1000)
    assert stream.getvalue() == ("\r\x1b[Kwriting pages: 400/1000, 0.6 s"
                                 "\r\x1b[Kwriting pages: 1000/1000, 1.3 s"
                                 "\r\x1b[K")


def test_the_progress_line_is_quiet_when_not_on_a_terminal() -> None:
    now = [0.0]
    stream = io.StringIO()
    with ProgressLine(stream, clock=lambda: now[0]) as progress:
        for done in range(0, 1001, 50):
            now[0] += 0.2
            progress("reading explainers", done, 1000)
    assert stream.getvalue() == ""


def test_a_piped_build_prints_its_summary_and_no_progress(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    _, result = imported_modules("build", "--root", root, "--output", tmp_path / "out",
                                 "--jobs", "2")
    assert "\r" not in result.stderr + result.stdout
    [summary] = result.stdout.splitlines()
    files = sum(path.is_file() for path in (tmp_path / "out").rglob("*"))
    assert summary.startswith(f"built 3 explainer(s) into {tmp_path / 'out'}: {files} file(s), "
                              f"{files} written, 0 unchanged (5 explainer file(s) read, 26 "
                              "page(s) rendered; on 2 processes), in ")
    # Built again after an edit of one explainer: what was not made anew came from the cache.
    edited = sorted((root / "content").glob("*.md"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    _, again = imported_modules("build", "--root", root, "--output", tmp_path / "out")
    assert "(1 explainer file(s) read, " in again.stdout
    assert "page(s) rendered, the rest from the cache), in " in again.stdout
