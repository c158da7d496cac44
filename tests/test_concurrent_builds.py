"""Two builds into one folder: one at a time, and a killed build never blocks the next."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from explainer.render.swap import OutputLock

from .helpers import REPO, run_cli, snapshot, soup
from .test_atomic_output import PAGE, add_static_files, built_site, leftovers

HOLD = """\
import sys
from pathlib import Path
from explainer.render.swap import OutputLock
assert OutputLock(Path(sys.argv[1])).acquire(wait=0)
print("locked", flush=True)
sys.stdin.read()
"""


def busy_message(out: Path) -> str:
    """Return what a build says when another one holds the output folder."""
    return (f"error: another build is writing {out} (it holds {out.parent / '.public.lock'}); "
            "wait for it to finish, or build into another --output\n")


@pytest.fixture
def holder() -> Iterator[Callable[[Path], subprocess.Popen[str]]]:
    """Return a function that starts a process holding an output folder's lock."""
    started: list[subprocess.Popen[str]] = []

    def hold(out: Path) -> subprocess.Popen[str]:
        process = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], cwd=REPO,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout is not None and process.stdout.readline() == "locked\n"
        return process

    yield hold
    for process in started:
        process.kill()
        process.communicate()


def test_a_build_waits_for_another_then_says_it_is_writing_the_folder(
        make_site: Callable[..., Path],
        holder: Callable[[Path], subprocess.Popen[str]]) -> None:
    root, out = built_site(make_site)
    (root / "content" / "a.md").write_text(PAGE.format(title="A2", day=1, text="Changed."))
    before = snapshot(out)
    other = holder(out)
    result = run_cli("build", "--root", root)
    assert (result.returncode, result.stderr) == (1, busy_message(out))
    assert snapshot(out) == before
    other.communicate("")  # the other build ends
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    assert soup(out / "a.html").h1.get_text() == "A2"
    assert leftovers(out) == []


def test_a_lock_left_by_a_killed_build_does_not_stop_the_next(
        make_site: Callable[..., Path],
        holder: Callable[[Path], subprocess.Popen[str]]) -> None:
    root, out = built_site(make_site)
    (root / "content" / "a.md").write_text(PAGE.format(title="A2", day=1, text="Changed."))
    killed = holder(out)
    killed.send_signal(signal.SIGKILL)
    assert killed.wait() == -signal.SIGKILL
    assert (root / ".public.lock").exists()
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    assert soup(out / "a.html").h1.get_text() == "A2"
    assert leftovers(out) == []
    assert not (root / ".public.lock").exists()


def test_two_builds_at_once_never_break_each_other_or_the_site(
        make_site: Callable[..., Path]) -> None:
    root, out = built_site(make_site)
    add_static_files(root, 0, 300)  # enough to write for the two builds to overlap
    for round_ in range(5):
        (root / "content" / "a.md").write_text(PAGE.format(title=f"A{round_}", day=1, text="x"))
        builds = [subprocess.Popen([sys.executable, str(REPO / "build.py"), "--root", str(root)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for _ in range(2)]
        results = [(build.wait(timeout=120), build.communicate()[1]) for build in builds]
        for code, err in results:
            assert code == 0 and "error" not in err or (code, err) == (1, busy_message(out)), err
        assert any(code == 0 for code, _ in results)
        assert soup(out / "a.html").h1.get_text() == f"A{round_}"
        assert len(list((out / "data").rglob("*.txt"))) == 300
        assert leftovers(out) == []


def test_on_windows_the_lock_is_msvcrt_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fcntl
    import types

    def locking(fd: int, mode: int, _: int) -> None:
        # msvcrt's byte-range lock, played by flock, which conflicts within one process too
        fcntl.flock(fd, fcntl.LOCK_UN if mode == 0 else fcntl.LOCK_EX | fcntl.LOCK_NB)

    monkeypatch.setitem(sys.modules, "fcntl", None)  # as on Windows: no fcntl to import
    monkeypatch.setitem(sys.modules, "msvcrt", types.SimpleNamespace(
        locking=locking, LK_UNLCK=0, LK_NBLCK=2))
    first, second = OutputLock(tmp_path / "public"), OutputLock(tmp_path / "public")
    assert first.acquire(wait=0)
    assert not second.acquire(wait=0)
    first.release()
    assert second.acquire(wait=0)
    second.release()
    assert list(tmp_path.iterdir()) == []


def test_a_lock_file_removed_by_its_holder_meanwhile_is_not_trusted(tmp_path: Path) -> None:
    holder, waiter, third = (OutputLock(tmp_path / "public") for _ in range(3))
    assert holder.acquire(wait=0)
    try_lock = waiter.try_lock

    def after_the_holder_ends(fd: int) -> bool:
        holder.release()  # removes the file the waiter has just opened, then lets go of it
        return try_lock(fd)

    waiter.try_lock = after_the_holder_ends  # type: ignore[method-assign]
    assert waiter.acquire(wait=0)
    assert not third.acquire(wait=0)  # the waiter holds the file now at the lock's path
    waiter.release()
    assert third.acquire(wait=0)
    third.release()
