"""The build cache: a rebuild redoes only what changed, and never shows anything stale."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import jinja2
import pytest

from explainer import stages
from explainer.cli import main

from .helpers import REPO, run_cli, snapshot, soup
from .publishing import EPOCH_BEFORE, write_project

CACHE = Path(".cache") / "explainer"


def build(root: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Build root into out on a fixed day; fail the test if the build fails."""
    result = run_cli("build", "--root", root, "--output", out, *args,
                     env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    assert result.returncode == 0, result.stderr
    return result


def pages(out: Path) -> dict[str, bytes]:
    """Return every HTML page of a site by path."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.html"))}


def made(out: Path) -> list[str]:
    """Return every file a build renders: the HTML pages and the data files."""
    return [*pages(out), *(path.name for pattern in ("data/*", "embed/*.json")
                           for path in out.glob(pattern))]


def contents(out: Path) -> dict[str, bytes]:
    """Return every file of a site by path."""
    return {path: data for path, (data, _) in snapshot(out).items()}


def rendered(result: subprocess.CompletedProcess[str]) -> int:
    """Return how many pages the build's summary says it rendered."""
    found = re.search(r"(\d+) page\(s\) rendered", result.stdout)
    assert found, result.stdout
    return int(found[1])


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    """Return a project with five explainers, built once, and its output folder."""
    root = write_project(tmp_path / "site")
    out = tmp_path / "public"
    build(root, out)
    return root, out


def test_a_rebuild_with_nothing_changed_writes_nothing(built: tuple[Path, Path]) -> None:
    root, out = built
    before = snapshot(out)
    result = build(root, out)
    assert "0 written" in result.stdout and "nothing changed since the last build" in result.stdout
    assert snapshot(out) == before  # same bytes and modification times


def test_a_changed_template_changes_every_page(built: tuple[Path, Path]) -> None:
    root, out = built
    base = root / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8") + "<!-- theme v2 -->\n", encoding="utf-8")
    result = build(root, out)
    # Every page that uses it; the embeddable pieces have no site frame (templates/embed.html).
    assert all(b"theme v2" in data for path, data in pages(out).items()
               if not path.startswith("embed/"))
    assert rendered(result) == len(made(out))  # the data files too: a page's key has them all
    assert "0 explainer file(s) read" in result.stdout  # the explainers came from the cache


def test_a_changed_setting_changes_every_page(built: tuple[Path, Path]) -> None:
    root, out = built
    config = root / "site.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "Example Explainers", "Renamed Desk"), encoding="utf-8")
    build(root, out)
    for path, data in pages(out).items():
        assert b"Renamed Desk" in data and b"Example Explainers" not in data, path


def test_a_new_site_language_reads_the_explainers_again_in_its_punctuation(
        built: tuple[Path, Path]) -> None:
    root, out = built
    haiti = root / "content" / "haiti.md"
    haiti.write_text(haiti.read_text(encoding="utf-8").replace(
        "Kenya leads a police mission to Haiti", "Kenya's 'police' reach Haiti"),
        encoding="utf-8")
    build(root, out)
    assert "Kenya\u2019s \u2018police\u2019" in soup(out / "haiti.html").h1.get_text()
    config = root / "site.yml"
    config.write_text(config.read_text(encoding="utf-8") + "language: fr\n", encoding="utf-8")
    result = build(root, out)
    assert "5 explainer file(s) read" in result.stdout
    assert "Kenya\u2019s \u201cpolice\u201d" in soup(out / "haiti.html").h1.get_text()


def test_a_changed_stylesheet_is_linked_by_its_new_name_from_every_page(
        built: tuple[Path, Path]) -> None:
    root, out = built
    [old] = out.glob("style.*.css")
    with (root / "static" / "style.css").open("a", encoding="utf-8") as css:
        css.write("\n.new-rule { color: red; }\n")
    build(root, out)
    [new] = out.glob("style.*.css")
    assert new.name != old.name and b".new-rule" in new.read_bytes()
    for path in pages(out):
        links = [link["href"] for link in soup(out / path).find_all("link", rel="stylesheet")]
        assert [Path(link).name for link in links] == [new.name], path


def test_an_edited_explainer_changes_its_page_and_the_pages_that_list_it(
        built: tuple[Path, Path]) -> None:
    root, out = built
    before = snapshot(out)
    haiti = root / "content" / "haiti.md"
    haiti.write_text(haiti.read_text(encoding="utf-8").replace(
        "Kenya leads a police mission to Haiti", "Kenya's police reach Haiti"), encoding="utf-8")
    result = build(root, out)
    assert "1 explainer file(s) read" in result.stdout
    # Sudan's page shows it among its related explainers.
    listing = ["haiti.html", "index.html", "tags/haiti.html", "tags/security.html",
               "countries/ke.html", "countries/ht.html", "countries/us.html", "sudan.html"]
    for path in listing:
        # The page shows the title with a typographer's apostrophe.
        assert "Kenya\u2019s police reach Haiti" in soup(out / path).get_text(), path
    # Pages that do not show it keep their bytes and their modification times.
    for path in ("trade.html", "tags/sudan.html", "countries/sd.html"):
        assert snapshot(out)[path] == before[path], path


def test_the_project_named_from_inside_shares_the_cache(built: tuple[Path, Path]) -> None:
    root, out = built
    haiti = root / "content" / "haiti.md"
    haiti.write_text(haiti.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    result = run_cli("build", "--root", ".", "--output", out, cwd=root,
                     env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    assert result.returncode == 0, result.stderr
    assert "1 explainer file(s) read" in result.stdout  # the others from the first build's cache


def test_a_file_edited_while_a_build_runs_is_not_taken_as_built(
        built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    root, out = built
    haiti = root / "content" / "haiti.md"
    text = haiti.read_text(encoding="utf-8")
    trade = root / "content" / "trade.md"
    trade.write_text(trade.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    load = stages.read_explainers

    def load_after_an_edit(*args: object, **kwargs: object) -> object:
        # The build has looked at its inputs; the author saves a file before it reads them.
        haiti.write_text(text.replace("Kenya leads a police mission to Haiti",
                                      "Edited mid-build"), encoding="utf-8")
        return load(*args, **kwargs)

    monkeypatch.setattr(stages, "read_explainers", load_after_an_edit)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_BEFORE)
    assert main(["build", "--root", str(root), "--output", str(out)]) == 0
    assert "Edited mid-build" in soup(out / "haiti.html").get_text()
    monkeypatch.undo()
    haiti.write_text(text, encoding="utf-8")  # back to what the build first looked at
    result = build(root, out)
    assert "nothing changed" not in result.stdout
    assert "Edited mid-build" not in soup(out / "haiti.html").get_text()


def test_an_edit_that_keeps_a_file_s_size_and_time_is_still_seen(
        built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    root, out = built
    # A build knows a file by its stamp once the file has not changed for a few seconds (a
    # clock's step): wait until the project's files are that old.
    newest = max(path.stat().st_ctime for path in root.rglob("*") if path.is_file())
    time.sleep(max(0.0, newest + 3.1 - time.time()))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_BEFORE)
    arguments = ["build", "--root", str(root), "--output", str(out)]
    assert main(arguments) == 0  # records each input file's stamp and hash
    assert main(arguments) == 0
    assert "nothing changed" in capsys.readouterr().out
    haiti = root / "content" / "haiti.md"
    stat, text = haiti.stat(), haiti.read_text(encoding="utf-8")
    edited = text.replace("Kenya leads a police mission to Haiti",
                          "Kenya sends a police force into Haiti")
    assert len(edited) == len(text)
    haiti.write_text(edited, encoding="utf-8")
    os.utime(haiti, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as a careless copy would
    assert main(arguments) == 0
    assert "nothing changed" not in capsys.readouterr().out
    assert "Kenya sends a police force into Haiti" in soup(out / "haiti.html").get_text()


def test_deleting_the_cache_gives_the_same_site(built: tuple[Path, Path],
                                               tmp_path: Path) -> None:
    root, out = built
    warm = tmp_path / "warm"
    assert rendered(build(root, warm)) == 0  # another output folder, all from the cache
    shutil.rmtree(root / CACHE)
    cold = tmp_path / "cold"
    assert rendered(build(root, cold)) == len(made(cold))
    assert contents(out) == contents(warm) == contents(cold)


def search_files(out: Path) -> dict[str, bytes]:
    """Return the files of a site's search index by path."""
    return {path: data for path, data in contents(out).items() if path.startswith("search/")}


@pytest.mark.parametrize("damage", [False, True])
def test_the_search_index_after_an_edit_is_the_index_made_whole(
        built: tuple[Path, Path], tmp_path: Path, damage: bool) -> None:
    # A build keeps what makes the index in the cache, and redoes the words an edit changed.
    root, out = built
    haiti = root / "content" / "haiti.md"
    haiti.write_text(haiti.read_text(encoding="utf-8").replace(
        "Kenya leads a police mission to Haiti", "Zanzibar ferries reach Haiti"),
        encoding="utf-8")
    if damage:  # a kept maker the build cannot read is made anew
        for kept in (root / CACHE / "lasting").iterdir():
            kept.write_bytes(b"not a pickle")
    build(root, out)
    shutil.rmtree(root / CACHE)
    cold = tmp_path / "cold"
    build(root, cold)
    assert search_files(out) == search_files(cold)
    assert any(b"zanzibar" in data for data in search_files(out).values())
    assert not any(b"Kenya leads a police" in data for data in search_files(out).values())


def test_a_deleted_output_folder_comes_back_from_the_cache(built: tuple[Path, Path]) -> None:
    root, out = built
    before = contents(out)
    shutil.rmtree(out)
    result = build(root, out)
    assert "its files came back from the cache" in result.stdout
    assert contents(out) == before


@pytest.mark.parametrize("output", ["same", "other"])
def test_a_damaged_cache_is_not_trusted(built: tuple[Path, Path], tmp_path: Path,
                                        output: str) -> None:
    root, out = built
    before = contents(out)
    for entry in (root / CACHE / "blobs").iterdir():
        entry.unlink()  # the output's files are the same files: keep those as they are
        entry.write_bytes(b"<p>not this page</p>")
    store = root / CACHE / "explainers.sqlite"
    store.write_bytes(store.read_bytes()[:100])  # cut short, as by a crash
    compiled = [path for path in (root / CACHE / "templates").rglob("*") if path.is_file()]
    assert compiled  # the templates as compiled
    for entry in compiled:
        entry.write_bytes(entry.read_bytes()[:20])
    if output == "same":
        shutil.rmtree(out)  # so that the files would have to come from the cache
    else:
        out = tmp_path / "other"
    result = build(root, out)
    assert "5 explainer file(s) read" in result.stdout
    assert contents(out) == before


def test_explainers_damaged_in_the_cache_are_read_again(built: tuple[Path, Path],
                                                        tmp_path: Path) -> None:
    root, out = built
    with contextlib.closing(sqlite3.connect(root / CACHE / "explainers.sqlite")) as db, db:
        assert db.execute("UPDATE explainers SET teaser = x'80', whole = x'8004'").rowcount == 5
    base = root / "templates" / "base.html"  # so that every page is rendered again
    base.write_text(base.read_text(encoding="utf-8") + "<!-- theme v2 -->\n", encoding="utf-8")
    result = build(root, out)
    assert "5 explainer file(s) read" in result.stdout
    shutil.rmtree(root / CACHE)
    fresh = tmp_path / "fresh"
    build(root, fresh)
    assert contents(fresh) == contents(out)


def test_a_cache_damaged_inside_is_made_anew(built: tuple[Path, Path]) -> None:
    root, out = built
    store = root / CACHE / "explainers.sqlite"
    data = store.read_bytes()
    store.write_bytes(data[:4096] + b"\xff" * (len(data) - 4096))  # every page but the first
    base = root / "templates" / "base.html"
    read = []
    for theme in ("v2", "v3", "v4"):  # so that every page is rendered again
        base.write_text(base.read_text(encoding="utf-8") + f"<!-- {theme} -->\n",
                        encoding="utf-8")
        read.append(re.search(r"(\d+) explainer file\(s\) read", build(root, out).stdout)[1])
    # The build that finds the damage does without the cache; the next one fills it anew.
    assert read == ["5", "5", "0"]


def test_the_cache_keeps_only_the_explainers_of_the_last_build(
        built: tuple[Path, Path]) -> None:
    root, out = built
    edited = next((root / "content").glob("*.md"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n",
                      encoding="utf-8")
    next(path for path in (root / "content").glob("*.md") if path != edited).unlink()
    build(root, out)
    with contextlib.closing(sqlite3.connect(root / CACHE / "explainers.sqlite")) as db:
        assert db.execute("SELECT count(*) FROM explainers").fetchone() == (4,)


def test_flags_updated_in_the_package_are_not_taken_for_the_last_build(tmp_path: Path) -> None:
    # A copy of the program, so that a flag of its package can change and the checkout's not.
    tool = tmp_path / "tool"
    shutil.copytree(REPO / "explainer", tool / "explainer",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(REPO / "build.py", tool / "build.py")
    root, out = write_project(tmp_path / "site"), tmp_path / "public"

    def build_with_the_copy() -> str:
        result = subprocess.run([sys.executable, str(tool / "build.py"), "build", "--root",
                                 str(root), "--output", str(out)], capture_output=True,
                                text=True, timeout=120,
                                env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH_BEFORE})
        assert result.returncode == 0, result.stderr
        return result.stdout

    build_with_the_copy()
    assert "nothing changed since the last build" in build_with_the_copy()
    flag = tool / "explainer" / "data" / "flags" / "ke.svg"
    stat = flag.stat()
    # A new modification time, as scripts/update_geodata.py gives a flag it rewrites.
    os.utime(flag, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert "nothing changed since the last build" not in build_with_the_copy()


@pytest.mark.parametrize("output_deleted", [False, True])
def test_a_page_changed_by_hand_in_the_output_is_written_again(
        built: tuple[Path, Path], output_deleted: bool) -> None:
    root, out = built
    before = contents(out)
    with (out / "haiti.html").open("ab") as page:  # in place: the cache shares this file
        page.write(b"<!-- edited by hand -->")
    if output_deleted:  # the cache's copy, changed with it, must not come back
        shutil.rmtree(out)
    result = build(root, out)
    assert result.returncode == 0, result.stderr
    assert output_deleted or "1 written" in result.stdout
    assert contents(out) == before


def test_the_cache_is_in_the_project_and_marked_as_a_cache(built: tuple[Path, Path]) -> None:
    root, _ = built
    tag = (root / CACHE / "CACHEDIR.TAG").read_text(encoding="ascii")
    assert tag.startswith("Signature: 8a477f597d28d172789f06886806bc55\n")


def test_a_cache_that_cannot_keep_compiled_templates_still_builds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_project(tmp_path / "site")

    def full_disk(self: object, bucket: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jinja2.FileSystemBytecodeCache, "dump_bytecode", full_disk)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_BEFORE)
    assert main(["build", "--root", str(root), "--output", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "haiti.html").is_file()


def test_a_file_system_without_hard_links_builds_and_rebuilds_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Where files cannot be hard-linked (some mounted volumes), they are copied instead."""
    def no_links(source: object, target: object, *args: object, **kwargs: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    root = write_project(tmp_path / "site")
    out = tmp_path / "public"
    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_BEFORE)

    def built() -> dict[str, bytes]:
        assert main(["build", "--root", str(root), "--output", str(out)]) == 0
        return contents(out)

    first = built()
    copies = snapshot(root / CACHE / "blobs")
    haiti = root / "content" / "haiti.md"
    haiti.write_text(haiti.read_text(encoding="utf-8").replace(
        "Kenya leads a police mission to Haiti", "Kenya's police reach Haiti"), encoding="utf-8")
    edited = built()
    assert "Kenya\u2019s police reach Haiti" in soup(out / "haiti.html").get_text()
    assert edited["trade.html"] == first["trade.html"]
    # The cache copied each file once: the copies of the files that did not change stay as made.
    kept = snapshot(root / CACHE / "blobs")
    still = [name for name in copies if name in kept]
    assert len(still) > 20 and all(kept[name] == copies[name] for name in still)
    shutil.rmtree(out)
    capsys.readouterr()
    assert built() == edited
    assert "its files came back from the cache" in capsys.readouterr().out
