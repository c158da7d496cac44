"""A file touched, or saved as it was, changes nothing: the preview neither rebuilds nor says
it did."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.options import BuildOptions
from explainer.serve import preview as preview_module
from explainer.serve.preview import Preview

from .test_preview import EXPLAINER, Recorder, save

SITE = {"content/alpha.md": EXPLAINER.format("Alpha"), "content/beta.md": EXPLAINER.format("Beta"),
        "site.yml": "title: Notes\n"}


def touch(path: Path) -> None:
    """Change a file's times, not its bytes, as `touch` does."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_a_touched_or_resaved_file_makes_no_rebuild(make_site: Callable[..., Path]) -> None:
    root = make_site(SITE)
    recorder = Recorder()
    preview = Preview(BuildOptions(root=root, output=root / "public"),
                      recorder.lines.append, lambda problems, every: None, recorder.reloads.append)
    preview.start()
    touch(root / "content/alpha.md")
    touch(root / "site.yml")
    save(root / "content/beta.md", EXPLAINER.format("Beta"))  # saved as it was
    preview.poll()
    preview.poll()
    assert len(recorder.lines) == 1 and recorder.lines[0].startswith("built 2 explainer(s)")
    assert recorder.reloads == []
    # The next edit is told as itself, and redoes what it alone reaches: the settings touched
    # above are as the pages were made with them.
    preview.response("alpha.html")
    save(root / "content/alpha.md", EXPLAINER.format("Alpha, edited"))
    preview.poll()
    assert recorder.lines[1].startswith("content/alpha.md changed: rebuilt in ")
    assert "(1 file(s) read, 1 page(s) rendered," in recorder.lines[1]
    assert len(recorder.reloads) == 1 and "alpha.html" in recorder.reloads[0]
    assert b"Alpha, edited" in preview.response("alpha.html").body
    save(root / "content/alpha.md", EXPLAINER.format("Alpha"))  # and back, a change too
    preview.poll()
    assert len(recorder.lines) == 3 and b"<h1>Alpha</h1>" in preview.response("alpha.html").body


def test_a_large_file_touched_is_taken_as_changed_unread(make_site: Callable[..., Path]) -> None:
    """A photograph is not read to tell a touch from an edit: its new time is a change."""
    root = make_site({**SITE, "static/photo.jpg": "x" * ((1 << 20) + 1)})
    recorder = Recorder()
    preview = Preview(BuildOptions(root=root, output=root / "public"),
                      recorder.lines.append, lambda problems, every: None, recorder.reloads.append)
    preview.start()
    touch(root / "static/photo.jpg")
    preview.poll()
    assert len(recorder.lines) == 2
    assert recorder.lines[1].startswith("static/photo.jpg changed: rebuilt in ")


def test_a_save_during_a_build_is_not_taken_for_what_the_build_read(
        make_site: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview hashes a file before the build reads it: a save in between (an editor's
    quick second save, an undo) must not leave the page showing bytes the file no longer has."""
    root = make_site(SITE)
    preview = Preview(BuildOptions(root=root, output=root / "public"),
                      lambda line: None, lambda problems, every: None, lambda paths: None)
    preview.start()
    alpha = root / "content/alpha.md"
    build = preview_module.build

    def saved_meanwhile(*args: object) -> object:
        save(alpha, EXPLAINER.format("Alpha, second"))  # lands after the hash, before the read
        return build(*args)

    monkeypatch.setattr(preview_module, "build", saved_meanwhile)
    save(alpha, EXPLAINER.format("Alpha, first"))
    preview.poll()
    monkeypatch.setattr(preview_module, "build", build)
    save(alpha, EXPLAINER.format("Alpha, first"))  # the bytes the preview hashed, saved again
    preview.poll()
    assert b"<h1>Alpha, first</h1>" in preview.response("alpha.html").body
