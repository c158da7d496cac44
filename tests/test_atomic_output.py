"""Never a damaged site: a failed, killed or refused build leaves the published folder as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .helpers import REPO, run_cli, snapshot

PAGE = ("---\ntitle: {title}\ndek: D\npublished: 2024-05-{day:02d}\n---\n\n"
        "--- summary\n---\n{text}\n")
QUOTE = "\n--- quote\ntext: Words\nspeaker: Someone\n---\n"


def leftovers(out: Path) -> list[str]:
    """Return the temporary folders a build left beside its output folder."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def folder_being_written(root: Path) -> Path | None:
    """Return the build's temporary folder once it holds a file, else None."""
    for folder in root.glob(".public.new-*"):
        try:
            if any(folder.iterdir()):
                return folder
        except FileNotFoundError:  # swapped in meanwhile
            pass
    return None


def built_site(make_site: Callable[..., Path], **extra: str) -> tuple[Path, Path]:
    """Build a two-page site; return the project and its output folder."""
    root = make_site({"content/a.md": PAGE.format(title="A", day=1, text="First."),
                      "content/b.md": PAGE.format(title="B", day=2, text="Second.") + QUOTE,
                      **extra})
    assert run_cli("build", "--root", root).returncode == 0
    return root, root / "public"


def test_a_template_error_on_the_second_page_leaves_the_site_as_it_was(
        make_site: Callable[..., Path]) -> None:
    root, out = built_site(make_site)
    before = snapshot(out)
    (root / "content" / "a.md").write_text(PAGE.format(title="A2", day=1, text="Changed."))
    (root / "overrides" / "templates" / "sections").mkdir(parents=True)
    (root / "overrides" / "templates" / "sections" / "quote.html").write_text("{{ nope }}\n")
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith("overrides/templates/sections/quote.html:1: error: template "
                                    "error while rendering b.html: 'nope' is undefined\n")
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_broken_explainer_leaves_the_site_as_it_was(make_site: Callable[..., Path]) -> None:
    root, out = built_site(make_site)
    before = snapshot(out)
    (root / "content" / "a.md").write_text(PAGE.format(title="A2", day=1, text="Changed."))
    (root / "content" / "c.md").write_text("---\ntitle: C\n---\n")
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert snapshot(out) == before


def add_static_files(root: Path, start: int, count: int) -> None:
    """Add files of random bytes to the project's static folder."""
    for n in range(start, start + count):
        path = root / "static" / "data" / f"{n // 100:03d}" / f"{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(1024))


def kill_while_writing(root: Path) -> Path | None:
    """Run a build and SIGKILL it once it has written a file; return its folder, if killed."""
    build = subprocess.Popen([sys.executable, str(REPO / "build.py"), "--root", str(root)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    fresh = None
    while build.poll() is None and fresh is None:
        fresh = folder_being_written(root)
    build.send_signal(signal.SIGKILL)
    return fresh if build.wait() == -signal.SIGKILL else None


def test_a_killed_build_leaves_the_site_and_the_next_build_cleans_up(
        make_site: Callable[..., Path]) -> None:
    root, out = built_site(make_site)
    pages = len(snapshot(out))
    # A big site takes a while to write: thousands of new files, all different. On a machine
    # so busy that a build still ends before it can be killed, the next try is twice as big.
    added = 0
    for size in (3000, 6000, 12000):
        add_static_files(root, added, size)
        added += size
        before = snapshot(out)
        fresh = kill_while_writing(root)
        if fresh is not None:
            break
    assert fresh is not None and fresh.is_dir(), "every build ended before it could be killed"
    assert snapshot(out) == before
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    assert leftovers(out) == []
    assert len(snapshot(out)) == pages + added


def test_a_build_killed_between_its_two_renames_is_put_back(
        make_site: Callable[..., Path]) -> None:
    root, out = built_site(make_site)
    before = snapshot(out)
    # What a kill between 'public -> .public.old-*/public' and '.public.new-* -> public' leaves.
    (root / ".public.old-x1").mkdir()
    out.rename(root / ".public.old-x1" / "public")
    (root / ".public.new-x2").mkdir()
    (root / "content" / "c.md").write_text("---\ntitle: C\n---\n")
    assert run_cli("build", "--root", root).returncode == 1
    assert snapshot(out) == before
    (root / "content" / "c.md").unlink()
    assert run_cli("build", "--root", root).returncode == 0
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_the_output_folder_belongs_to_the_build(make_site: Callable[..., Path]) -> None:
    root, out = built_site(make_site)
    before = snapshot(out)
    (out / "notes.txt").write_text("added by hand")
    assert run_cli("build", "--root", root).returncode == 0
    assert snapshot(out) == before  # the extra file is gone; unchanged files kept their mtimes


def test_a_folder_that_is_not_a_build_is_refused_unless_forced(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": PAGE.format(title="A", day=1, text="First."),
                      "mine/thesis.txt": "years of work"})
    result = run_cli("build", "--root", root, "--output", root / "mine")
    assert result.returncode == 1
    assert result.stderr == (
        f"error: {root / 'mine'} is not empty and does not look like a site built by "
        "explainer; the build replaces the whole folder, so choose another --output, or pass "
        "--force to replace it\n")
    assert (root / "mine" / "thesis.txt").read_text() == "years of work"
    forced = run_cli("build", "--root", root, "--output", root / "mine", "--force")
    assert forced.returncode == 0
    assert not (root / "mine" / "thesis.txt").exists()
    assert (root / "mine" / "a.html").is_file()


def test_the_project_and_its_folders_are_never_the_output(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": PAGE.format(title="A", day=1, text="First.")})
    for output, why in ((root, "it is the project's folder"), (root.parent, "it contains the "
                        "project"), (root / "content", "it is the project's content/ folder")):
        result = run_cli("build", "--root", root, "--output", output, "--force")
        assert result.returncode == 1
        assert result.stderr == f"error: refusing to use {output} as the output folder: {why}\n"
    assert (root / "content" / "a.md").is_file()
