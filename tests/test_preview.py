"""The dev server's state without a server: what it answers and when it asks for reloads."""

from __future__ import annotations

import asyncio
import os
import re
import select
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from tornado.ioloop import IOLoop

from explainer.cli import print_problems
from explainer.inputs import THEME, Inputs
from explainer.options import BuildOptions
from explainer.serve import preview as preview_module
from explainer.serve.devserver import Settler
from explainer.serve.preview import Preview
from explainer.serve.watch import Changes, inotify, restamp

EXPLAINER = "---\ntitle: {}\ndek: D.\npublished: 2024-05-01\n---\n\n--- summary\n---\nText.\n"


class Recorder:
    """Collects what the preview says and which reloads it asks for."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.reloads: list[list[str]] = []


@pytest.fixture
def setup(make_site: Callable[..., Path]) -> tuple[Path, Preview, Recorder]:
    root = make_site({"content/alpha.md": EXPLAINER.format("Alpha")})
    recorder = Recorder()
    preview = Preview(BuildOptions(root=root, output=root / "public"),
                      recorder.lines.append, lambda problems, every: None, recorder.reloads.append)
    preview.start()
    return root, preview, recorder


def save(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_a_poll_rebuilds_only_after_a_change_and_asks_for_a_reload(setup) -> None:
    root, preview, recorder = setup
    assert len(recorder.lines) == 1
    assert re.fullmatch(r"built 1 explainer\(s\), \d+ file\(s\), in \d+ ms", recorder.lines[0])
    preview.poll()
    assert recorder.reloads == []
    save(root / "content/alpha.md", EXPLAINER.format("Alpha, edited"))
    preview.poll()
    assert len(recorder.reloads) == 1 and "alpha.html" in recorder.reloads[0]
    assert b"Alpha, edited" in preview.response("alpha.html").body
    old = preview.assets["style.css"]
    save(root / "static/style.css", "h1 { color: red; }\n")
    preview.poll()
    new = preview.assets["style.css"]
    assert recorder.reloads[-1] == [new] != [old]
    assert preview.response(new).body == b"h1{color:red}\n"
    assert preview.response(old)[:2] == (302, "text/html; charset=utf-8")
    assert preview.response(old).location == "/" + new


def test_answers_files_pages_errors_and_missing_pages(setup) -> None:
    root, preview, recorder = setup
    assert preview.response("")[:2] == (200, "text/html; charset=utf-8")
    stylesheet = preview.assets["style.css"]
    assert preview.response(stylesheet)[:2] == (200, "text/css; charset=utf-8")
    assert preview.response(stylesheet).cache == "max-age=31536000, immutable"
    assert preview.response("").cache == "no-cache"
    assert preview.response("nothing.html")[0] == 404
    save(root / "content/alpha.md", "---\ntitle: Alpha\n---\n")
    preview.poll()
    error = preview.response("alpha.html")
    assert error.status == 500 and b"content/alpha.md:" in error.body
    assert preview.response("nothing/")[0] == 500
    assert preview.response(stylesheet).status == 200
    assert any("build failed (1 error(s))" in line for line in recorder.lines)
    save(root / "content/alpha.md", EXPLAINER.format("Alpha, fixed"))
    preview.poll()
    assert preview.response("alpha.html")[0] == 200
    assert recorder.reloads == [None, None]  # every page: the error, then the site


def test_a_piece_that_cannot_be_made_shows_why_when_asked_for(
        make_site: Callable[..., Path]) -> None:
    root = make_site({
        "content/alpha.md": EXPLAINER.format("Alpha")
        + "\n--- countries\ncountries:\n  - {name: Kenya, role: lead}\n---\n",
        "overrides/templates/embed.html": "{{ nothing.at.all }}\n"})
    recorder = Recorder()
    preview = Preview(BuildOptions(root=root, output=root / "public"),
                      recorder.lines.append, lambda problems, every: None, recorder.reloads.append)
    preview.start()  # pieces are made when first asked for
    assert preview.response("alpha.html").status == 200
    answer = preview.response("embed/alpha.countries.html")
    assert answer.status == 500 and b"overrides/templates/embed.html" in answer.body
    assert "embed/alpha.countries.html could not be made (1 error(s)); `build` would fail" \
        in recorder.lines
    save(root / "overrides/templates/embed.html", "<p>{{ explainer.title }}</p>\n")
    preview.poll()  # the browser showing the error is told to reload
    assert "embed/alpha.countries.html" in recorder.reloads[-1]
    assert preview.response("embed/alpha.countries.html").body.startswith(b"<p>Alpha</p>")


def test_a_page_served_before_the_last_reload_missed_it(setup) -> None:
    root, preview, _ = setup
    preview.response("alpha.html")
    assert not preview.missed_reload("/alpha.html")
    save(root / "content/alpha.md", EXPLAINER.format("Alpha, edited"))
    preview.poll()
    assert preview.missed_reload("/alpha.html")
    assert not preview.missed_reload("/never-served.html")
    preview.response("alpha.html")
    assert not preview.missed_reload("/alpha.html")


def test_a_page_is_reloaded_when_a_file_its_script_fetched_changes(setup) -> None:
    root, preview, recorder = setup
    search = preview.response("search.html").body.decode("utf-8")
    index = re.search(r'data-index="([^"]+)"', search).group(1)
    save(root / "content/alpha.md", EXPLAINER.format("Zebras"))
    preview.poll()
    assert "search.html" not in recorder.reloads[-1]  # its page did not change
    assert preview.response(index, asked_from="/search.html").status == 200
    save(root / "content/alpha.md", EXPLAINER.format("Okapis"))
    preview.poll()  # the index changed: the results the search page shows may have too
    assert "search.html" in recorder.reloads[-1]
    assert "index.js" not in " ".join(recorder.reloads[-1])  # pages only


def test_a_new_picture_in_a_section_reloads_its_page(make_site: Callable[..., Path]) -> None:
    from .media import jpeg

    picture = "\n--- image\nfile: photo.jpg\nalt: A river.\n---\n"
    root = make_site({"content/alpha.md": EXPLAINER.format("Alpha") + picture})
    photo = root / "static/photo.jpg"
    photo.write_bytes(jpeg(400, 300))
    recorder = Recorder()
    preview = Preview(BuildOptions(root=root, output=root / "public"),
                      recorder.lines.append, lambda problems, every: None, recorder.reloads.append)
    preview.start()
    before = preview.response("alpha.html").body
    photo.write_bytes(jpeg(400, 300, colour=(200, 30, 30)))
    os.utime(photo, ns=(photo.stat().st_atime_ns, photo.stat().st_mtime_ns + 1_000_000_000))
    preview.poll()
    assert preview.response("alpha.html").body != before  # the picture's sizes, named anew
    assert ["alpha.html"] in recorder.reloads  # not only photo.jpg, which no page shows


def test_a_build_that_read_a_half_saved_file_looks_again(setup, monkeypatch) -> None:
    root, preview, recorder = setup
    alpha = root / "content/alpha.md"
    save(alpha, "")  # an editor has truncated the file and is about to write it

    def finish_saving(seconds: float) -> None:
        save(alpha, EXPLAINER.format("Alpha, saved"))

    monkeypatch.setattr(preview_module.time, "sleep", finish_saving)
    preview.poll()
    assert not [line for line in recorder.lines if "failed" in line]
    assert b"Alpha, saved" in preview.response("alpha.html").body
    assert len(recorder.reloads) == 1


def test_strict_shows_warnings_as_the_error_page(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/alpha.md": EXPLAINER.format("Alpha")})
    recorder = Recorder()
    preview = Preview(BuildOptions(root=root, output=root / "public", strict=True),
                      recorder.lines.append, lambda problems, every: None, recorder.reloads.append)
    preview.start()
    page = preview.response("alpha.html")
    assert page.status == 500
    assert b"site.yml" in page.body and b"warning: no base_url" in page.body
    assert recorder.lines == ["the first build: build failed (1 warning(s) with --strict); the "
                              "browser shows the error until it is fixed"]


OVERDUE = ("---\ntitle: Vote {n}\ndek: D.\npublished: 2020-01-0{n}\n---\n\n--- timeline\n"
           "events:\n  - date: 2020-02-0{n}\n    title: Vote {n}\n    status: expected\n"
           "    source: https://example.org/{n}\n---\n")


@pytest.mark.parametrize("strict", [False, True])
def test_the_terminal_folds_a_warning_of_many_files_unless_it_fails_the_build(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str], strict: bool) -> None:
    root = make_site({"site.yml": "base_url: https://example.org/\n",
                      **{f"content/v{n}.md": OVERDUE.format(n=n) for n in range(1, 8)}})
    preview = Preview(BuildOptions(root=root, output=root / "public", strict=strict),
                      lambda line: None, print_problems, lambda paths: None)
    preview.start()
    shown = [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line]
    assert len(shown) == (7 if strict else 4)  # under --strict they are what failed the build


def test_a_warning_an_edit_brings_to_another_file_is_shown(
        make_site: Callable[..., Path]) -> None:
    french = EXPLAINER.format("Alpha").replace("---\n\n", "language: fr\n"
                                               "translation_key: alpha\n---\n\n", 1)
    root = make_site({"site.yml": "base_url: https://example.org/\n",
                      "content/alpha.md": EXPLAINER.format("Alpha"),
                      "content/alpha-fr.md": french})
    shown: list[str] = []
    preview = Preview(BuildOptions(root=root, output=root / "public"), lambda line: None,
                      lambda problems, every: shown.extend(p.render() for p in problems),
                      lambda paths: None)
    preview.start()
    assert shown == []
    (root / "content/alpha.md").rename(root / "content/alpha-en.md")
    preview.poll()
    assert shown == ["content/alpha-fr.md:6:18: warning: translation_key 'alpha' links this "
                     "explainer to no other\n    translation_key: alpha\n  hint: did you mean "
                     "'alpha-en'?"]
    save(root / "content/alpha-en.md", EXPLAINER.format("Alpha, edited"))
    preview.poll()
    assert len(shown) == 1  # told once, not again at every edit


@pytest.mark.parametrize("name", ["#alpha.md#", "alpha.md~", "style.css~"])
def test_an_editors_backup_and_autosave_files_are_no_inputs(setup, name: str) -> None:
    # Emacs saves '#alpha.md#' as the writer types and keeps 'alpha.md~' after a save; gedit
    # and vim (with 'backup' set) keep 'alpha.md~' too.
    root, preview, recorder = setup
    shown: list[str] = []
    preview.show = lambda problems, every: shown.extend(p.render() for p in problems)
    folder = root / ("static" if name.startswith("style") else "content")
    folder.mkdir(exist_ok=True)
    save(folder / name, "an editor's copy\n")
    preview.poll()
    preview.poll(Changes({str(folder / name)}))
    assert (shown, recorder.lines[1:], recorder.reloads) == ([], [], [])
    assert preview.response(f"{folder.name}/{name}".removeprefix("static/")).status == 404


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_inotify_wakes_up_on_a_change_in_a_watched_folder(tmp_path: Path) -> None:
    notifier = inotify()
    assert notifier is not None
    try:
        notifier.watch([str(tmp_path)])
        assert select.select([notifier.fd], [], [], 0)[0] == []
        (tmp_path / "new.md").write_text("x", encoding="utf-8")
        assert select.select([notifier.fd], [], [], 5)[0] == [notifier.fd]
        notifier.drain()
        assert select.select([notifier.fd], [], [], 0)[0] == []
    finally:
        notifier.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_inotify_names_the_files_written_and_the_folders_made(tmp_path: Path) -> None:
    notifier = inotify()
    assert notifier is not None
    try:
        notifier.watch([str(tmp_path)])
        save(tmp_path / "a.md", "x")
        (tmp_path / "sub").mkdir()
        assert select.select([notifier.fd], [], [], 5)[0] == [notifier.fd]
        changes = notifier.drain()
        assert (changes.paths, changes.folders, changes.everywhere) == (
            {str(tmp_path / "a.md")}, {str(tmp_path / "sub")}, False)
        (tmp_path / "sub").rmdir()
        tmp_path.rename(tmp_path.with_name("moved"))
        assert select.select([notifier.fd], [], [], 5)[0] == [notifier.fd]
        assert notifier.drain().everywhere
    finally:
        notifier.close()


def test_only_the_files_inotify_names_are_looked_at_again(setup, monkeypatch) -> None:
    root, preview, recorder = setup

    def no_look(*args: object) -> None:
        raise AssertionError("the whole tree was looked at")

    monkeypatch.setattr(preview, "look", no_look)
    save(root / "content/alpha.md", EXPLAINER.format("Alpha, edited"))
    save(root / "content/beta.md", EXPLAINER.format("Beta"))
    save(root / "notes.txt", "not a source\n")
    preview.poll(Changes({str(root / "content/alpha.md"), str(root / "content/beta.md"),
                          str(root / "notes.txt")}))
    assert b"Alpha, edited" in preview.response("alpha.html").body
    assert preview.response("beta.html").status == 200
    assert set(preview.inputs.stamps) == set(Inputs.scan(root).stamps)
    (root / "content/beta.md").unlink()
    preview.poll(Changes({str(root / "content/beta.md")}))
    assert preview.response("beta.html").status == 404
    assert re.search(r"content/beta\.md changed: rebuilt in \d+ ms", recorder.lines[-1])


@pytest.mark.parametrize("changes", [Changes(everywhere=True),
                                     Changes(folders={"content/new"}),
                                     Changes(folders={"overrides"}),
                                     Changes({"content"})])
def test_a_folder_or_lost_events_mean_looking_at_the_whole_tree(
        tmp_path: Path, changes: Changes) -> None:
    (tmp_path / "content").mkdir()
    changes.paths = {str(tmp_path / p) for p in changes.paths}
    changes.folders = {str(tmp_path / p) for p in changes.folders}
    assert restamp(Inputs(tmp_path, {}), changes) is None
    unrelated = Changes(folders={str(tmp_path / "public")})
    looked = restamp(Inputs(tmp_path, {}), unrelated)
    assert looked is not None and looked.stamps == {}


def test_files_are_named_relative_to_a_project_given_as_a_relative_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    save(tmp_path / "content/a.md", "x")
    save(tmp_path / "site.yml", "title: T\n")
    looked = restamp(Inputs(Path("."), {}), Changes({"content/a.md", "./site.yml"}))
    assert looked is not None
    scanned = {path for path in Inputs.scan(Path(".")).stamps if not path.startswith(THEME)}
    assert set(looked.stamps) == {"content/a.md", "site.yml"} == scanned


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_a_save_is_rebuilt_from_the_files_inotify_names(make_site: Callable[..., Path],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_site({"content/alpha.md": EXPLAINER.format("Alpha")})
    recorder = Recorder()
    preview = Preview(BuildOptions(root=root, output=root / "public"),
                      recorder.lines.append, lambda problems, every: None, recorder.reloads.append,
                      notifier=inotify())
    preview.start()

    def no_look(*args: object) -> None:
        raise AssertionError("the whole tree was looked at")

    async def save_and_wait() -> None:
        assert preview.notifier is not None
        IOLoop.current().add_handler(preview.notifier.fd, Settler(preview), IOLoop.READ)
        save(root / "content/alpha.md", EXPLAINER.format("Alpha, saved"))
        deadline = time.monotonic() + 30
        while not recorder.reloads and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        IOLoop.current().remove_handler(preview.notifier.fd)

    monkeypatch.setattr(preview, "look", no_look)
    try:
        # In a thread of its own: Playwright's sync API may hold this thread's event loop.
        with ThreadPoolExecutor(max_workers=1) as executor:
            executor.submit(lambda: asyncio.run(save_and_wait())).result(timeout=60)
    finally:
        preview.close()
    assert len(recorder.reloads) == 1 and "alpha.html" in recorder.reloads[0]
    assert b"Alpha, saved" in preview.response("alpha.html").body
