"""The output folder: never inside what the build reads, never precious, errors told plainly."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from explainer.cli import main
from explainer.errors import OutputError
from explainer.render.guard import check_output_dir

from .helpers import run_cli, snapshot
from .test_atomic_output import PAGE, built_site, leftovers

FIRST = PAGE.format(title="A", day=1, text="First.")
SECOND = PAGE.format(title="A2", day=1, text="Changed.")


@pytest.mark.parametrize(("inside", "label"), [
    ("static/site", "static/ folder"), ("content/site", "content/ folder"),
    ("templates/out", "templates/ folder"), ("overrides/static/site", "overrides/ folder"),
    (".cache/site", ".cache/ folder")])
def test_an_output_folder_inside_an_input_folder_is_refused(
        inside: str, label: str, make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": FIRST, "overrides/static/x.txt": "x"})
    (root / ".cache").mkdir()
    before = snapshot(root)
    folder = root / label.split("/")[0]
    for _ in range(2):  # the second build would have copied the first into itself
        result = run_cli("build", "--root", root, "--output", root / inside)
        assert result.returncode == 1
        assert result.stderr == (f"error: refusing to use {root / inside} as the output folder: "
                                 f"it is inside the project's {label} ({folder}), which the "
                                 "build reads\n")
    assert snapshot(root) == before


def test_site_yml_and_the_cache_are_never_the_output(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": FIRST, "site.yml": "title: Mine\n"})
    (root / ".cache").mkdir()
    for name, label in (("site.yml", "site.yml"), (".cache", ".cache/ folder")):
        result = run_cli("build", "--root", root, "--output", root / name, "--force")
        assert result.returncode == 1
        assert result.stderr == (f"error: refusing to use {root / name} as the output folder: "
                                 f"it is the project's {label}\n")
    assert (root / "site.yml").read_text() == "title: Mine\n"


def test_a_git_repository_is_never_replaced_even_with_force(
        make_site: Callable[..., Path]) -> None:
    root, out = built_site(make_site)
    (out / ".git").mkdir()  # a checkout of the branch the site is published from
    (out / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (root / "content" / "a.md").write_text(SECOND)
    repo = root / "repo"
    (repo / "src" / ".git").mkdir(parents=True)
    for output, extra, git in ((out, [], out / ".git"), (out, ["--force"], out / ".git"),
                               (repo, ["--force"], repo / "src" / ".git")):
        result = run_cli("build", "--root", root, "--output", output, *extra)
        assert result.returncode == 1
        assert result.stderr == (f"error: refusing to use {output} as the output folder: it "
                                 f"holds a git repository ({git}), which the build would "
                                 "delete\n")
    assert (out / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (repo / "src" / ".git").is_dir()


def test_the_home_folder_and_what_holds_it_are_never_replaced(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"content/a.md": FIRST})
    home = tmp_path / "people" / "me"
    (home / "notes").mkdir(parents=True)
    for output, why in ((home, "it is your home folder"),
                        (home.parent, "it contains your home folder")):
        result = run_cli("build", "--root", root, "--output", output, "--force",
                         env={"HOME": str(home)})
        assert result.returncode == 1
        assert result.stderr == f"error: refusing to use {output} as the output folder: {why}\n"
    assert (home / "notes").is_dir()


def test_the_root_of_the_file_system_is_never_replaced(tmp_path: Path) -> None:
    # Asked of the check itself: a build that got this wrong would delete everything.
    with pytest.raises(OutputError, match="^refusing to use / as the output folder: it is the "
                       "root of the file system$"):
        check_output_dir(Path("/"), tmp_path, force=True)


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Return a function that makes a folder read-only; made writable again afterwards."""
    made: list[Path] = []

    def make(folder: Path) -> None:
        folder.chmod(0o555)
        made.append(folder)

    yield make
    for folder in made:
        folder.chmod(0o755)


def test_a_read_only_output_folder_is_an_error_that_names_it(
        make_site: Callable[..., Path], read_only: Callable[[Path], None]) -> None:
    root, out = built_site(make_site)
    (root / "content" / "a.md").write_text(SECOND)
    before = snapshot(out)
    read_only(out)
    result = run_cli("build", "--root", root, as_user=True)
    assert result.returncode == 1
    assert result.stderr == (f"error: cannot write {out}: Permission denied; make it writable, "
                             "or choose another --output\n")
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_read_only_parent_folder_is_an_error_that_names_it(
        make_site: Callable[..., Path], read_only: Callable[[Path], None]) -> None:
    root = make_site({"content/a.md": FIRST})
    (root / "shelf").mkdir()
    read_only(root / "shelf")
    result = run_cli("build", "--root", root, "--output", root / "shelf" / "public",
                     as_user=True)
    assert result.returncode == 1
    assert result.stderr == (f"error: cannot write {root / 'shelf'}: Permission denied; make it "
                             "writable, or choose another --output\n")
    assert list((root / "shelf").iterdir()) == []


def test_an_output_folder_below_a_file_is_an_error(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": FIRST, "notes.txt": "mine"})
    result = run_cli("build", "--root", root, "--output", root / "notes.txt" / "public")
    assert result.returncode == 1
    assert result.stderr == (f"error: cannot write {root / 'notes.txt' / 'public'}: "
                             f"{root / 'notes.txt'} is a file, not a folder; choose another "
                             "--output\n")
    assert (root / "notes.txt").read_text() == "mine"


def test_a_full_disk_leaves_the_site_as_it_was(make_site: Callable[..., Path],
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    root, out = built_site(make_site)
    (root / "content" / "a.md").write_text(SECOND)
    before = snapshot(out)
    os_open = os.open

    def full(path: str, flags: int, *args: int, **kwargs: int) -> int:
        if ".public.new-" in str(path) and flags & os.O_CREAT:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", full)
    assert main(["build", "--root", str(root), "--jobs", "1"]) == 1
    assert re.fullmatch(re.escape(f"error: cannot write {out}{os.sep}") + r"[\w/-]+\.html" +
                        re.escape(": No space left on device; free some space on the disk, or "
                                  "choose another --output\n"), capsys.readouterr().err)
    assert snapshot(out) == before
    assert leftovers(out) == []
