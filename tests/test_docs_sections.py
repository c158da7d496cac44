"""Each section kind's example, copied alone into a fresh project, checks without a warning."""

from __future__ import annotations

import re
from pathlib import Path

from .helpers import run_cli, write_project
from .manual import DOCS, code_blocks, read
from .media import jpeg

# The day the examples are checked on, and the explainer's date: an expected event stays
# ahead of it, a past one behind it.
TODAY = "1780272000"  # 1 June 2026, 00:00 UTC
FRONT = "---\ntitle: An example\ndek: A short dek.\npublished: 2026-06-01\n---\n\n"
SECTIONS = code_blocks(read(DOCS / "sections.md"), "markdown")


def check_alone(example: str, root: Path) -> str:
    """Return what `check` prints of an explainer made of the example alone."""
    files: dict[str, str | bytes] = {"content/example.md": FRONT + example}
    for picture in re.findall(r"^file: (\S+)$", example, re.M):
        files[f"static/{picture}"] = jpeg(1200, 800)
    project = write_project(root, files, theme=False)
    result = run_cli("check", "--base-url", "https://example.org/", cwd=project,
                     env={"SOURCE_DATE_EPOCH": TODAY})
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_every_section_kind_s_example_checks_without_a_warning(tmp_path: Path) -> None:
    assert len(SECTIONS) >= 12
    warned = {f"example {n}, {example.splitlines()[0]}": printed
              for n, example in enumerate(SECTIONS)
              if "warning:" in (printed := check_alone(example, tmp_path / str(n)))}
    assert warned == {}


def test_an_example_s_slip_still_warns(tmp_path: Path) -> None:
    [timeline] = [example for example in SECTIONS if "status: expected" in example]
    unsourced = re.sub(r"^ +source: \S+\n", "", timeline, flags=re.M)
    assert "no source for event" in check_alone(unsourced, tmp_path / "unsourced")
    placeholder = "--- why-it-matters\n---\nWhy a reader should care.\n"
    assert "the new draft's placeholder" in check_alone(placeholder, tmp_path / "placeholder")
