"""The benchmark's corpus generator and runner: deterministic, valid, and parseable output."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from benchmarks.corpus import FORMATS, page_paths, write_corpus
from benchmarks.run import compare
from benchmarks.stories import generate
from benchmarks.tools import Tool, ours
from explainer.content.schema import SECTION_KINDS

from .helpers import REPO, run_cli, soup

SUMMARY = re.compile(r"^explainers=3 cold_s=\d+\.\d{3} warm_s=\d+\.\d{3} nochange_s=\d+\.\d{3} "
                     r"edit_ms=\d+ peak_mib=\d+\.\d$")
FENCE = re.compile(r"^--- ([a-z-]+)$", re.MULTILINE)


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file under folder by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_seed_writes_identical_bytes(tmp_path: Path, fmt: str) -> None:
    first = write_corpus(generate(6, seed=3), tmp_path / "a", fmt)
    second = write_corpus(generate(6, seed=3), tmp_path / "b", fmt)
    other = write_corpus(generate(6, seed=4), tmp_path / "c", fmt)
    assert tree(first) == tree(second)
    assert tree(first) != tree(other)


def test_a_story_does_not_depend_on_the_size_of_the_corpus() -> None:
    assert generate(3, seed=5) == generate(8, seed=5)[:3]


def past_expectations(stderr: str) -> list[str]:
    """Return the warnings of a build, but those about events still expected long after their
    date: the corpus is an archive of past years, whose expected events have all passed."""
    return [line for line in stderr.split("\n") if ": warning: " in line
            and "still marked 'status: expected'" not in line]


def test_generated_corpus_builds_without_errors_or_warnings(tmp_path: Path) -> None:
    stories = generate(5)
    root = write_corpus(stories, tmp_path / "corpus")
    result = run_cli("build", "--root", root, "--output", tmp_path / "public",
                     "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert past_expectations(result.stderr) == []
    assert "error" not in result.stderr
    assert "built 5 explainer(s)" in result.stdout
    for story, page in zip(stories, page_paths(stories, "explainer"), strict=True):
        html = soup(tmp_path / "public" / page)
        assert html.h1.get_text(strip=True) == story.title
        assert story.countries[0].name in html.get_text()


def test_a_larger_corpus_passes_the_editorial_checks(tmp_path: Path) -> None:
    root = write_corpus(generate(40, seed=2), tmp_path / "corpus")
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert past_expectations(result.stderr) == []


def test_explainer_corpus_uses_every_section_kind(tmp_path: Path) -> None:
    root = write_corpus(generate(1), tmp_path / "corpus")
    (text,) = [p.read_text(encoding="utf-8") for p in (root / "content").glob("*.md")]
    # Pictures and embeds aside: the corpus measures the work of text, as newsrooms write it.
    assert set(FENCE.findall(text)) == set(SECTION_KINDS) - {"image", "embed"}
    assert len(FENCE.findall(text)) == 13


def test_every_format_carries_the_same_prose(tmp_path: Path) -> None:
    (story,) = generate(1, seed=9)
    paragraphs = [*story.summary, story.why, *(p for _, run in story.prose for p in run)]
    for fmt in FORMATS:
        root = write_corpus([story], tmp_path / fmt, fmt)
        (page,) = [p for p in root.rglob(f"{story.slug}.md")]
        flat = " ".join(page.read_text(encoding="utf-8").split())
        for paragraph in paragraphs:
            assert paragraph in flat, (fmt, paragraph)
        assert all(item.split()[-1] in flat for item in story.takeaways)


def test_peer_formats_carry_their_metadata(tmp_path: Path) -> None:
    (story,) = generate(1, seed=9)
    pelican = write_corpus([story], tmp_path / "pelican", "pelican")
    head = (pelican / "content" / f"{story.slug}.md").read_text(encoding="utf-8").split("\n\n")[0]
    assert head.splitlines()[:3] == [f"Title: {story.title}", f"Date: {story.published}",
                                     f"Tags: {', '.join(story.tags)}"]
    assert (pelican / "pelicanconf.py").is_file()
    mkdocs = write_corpus([story], tmp_path / "mkdocs", "mkdocs")
    text = (mkdocs / "docs" / f"{story.slug}.md").read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["title"] == story.title and front["tags"] == list(story.tags)
    assert f"({story.slug}.md)" in (mkdocs / "docs" / "index.md").read_text(encoding="utf-8")


def test_corpus_script_refuses_a_folder_that_is_not_a_corpus(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    script = [sys.executable, str(REPO / "benchmarks" / "corpus.py"), "--explainers", "2"]
    refused = subprocess.run([*script, "--out", tmp_path], capture_output=True, text=True)
    assert refused.returncode == 1
    assert "refusing to write a corpus into" in refused.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    made = subprocess.run([*script, "--out", tmp_path / "c", "--format", "mkdocs"],
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert len(list((tmp_path / "c" / "docs").glob("*.md"))) == 3


def test_run_prints_the_summary_line_last(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "--explainers",
                           "3", "--repeat", "1", "--work", tmp_path], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert SUMMARY.match(lines[-1]), lines[-1]
    assert any(line.startswith("one edit ") for line in lines)


def test_per_explainer_reports_every_step(tmp_path: Path) -> None:
    corpus = subprocess.run([sys.executable, str(REPO / "benchmarks" / "corpus.py"),
                             "--explainers", "4", "--out", tmp_path / "c"],
                            capture_output=True, text=True)
    assert corpus.returncode == 0, corpus.stderr
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "per_explainer.py"),
                           "--root", tmp_path / "c", "--rounds", "1"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    steps = dict(re.findall(r"^  (\S.*?) +(\d+\.\d\d)$", done.stdout, re.MULTILINE))
    assert set(steps) == {"split", "YAML + schema", "Markdown", "checks", "explainer page",
                          "other pages", "total"}, done.stdout
    assert float(steps["total"]) > 0


def test_a_peer_that_writes_no_pages_is_reported_not_timed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = generate(2)
    tool = ours(stories, tmp_path)
    broken = Tool("Broken", "1.0", (sys.executable, "-c", "pass"), tmp_path, tmp_path / "out",
                  (), ("page.html",))
    compare(tool, [broken], [], [], 1)
    out = capsys.readouterr().out
    assert "Broken: FAILED, not timed: Broken exited 0 but did not write 1 of 1" in out
    assert not any(line.startswith("Broken ") for line in out.splitlines())
    assert re.search(r"^explainer +0\.1\.0 +\d+\.\d\d", out, re.MULTILINE)
