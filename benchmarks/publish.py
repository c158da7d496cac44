#!/usr/bin/env python3
"""Time a publish as a hosted build does it, with the build cache kept, against a cold one.

    python benchmarks/publish.py --explainers 1000 --corpus converted --repeat 3

A hosted build (GitHub Actions, Netlify) starts from a fresh checkout and a fresh output
folder. Each round builds a fresh copy of the corpus cold, saves its `.cache/explainer`,
then makes a fresh copy again, edits one explainer, puts the saved cache back (as
actions/cache and Netlify's cache plugin do) and builds: the publish that follows an edit.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.corpus import (  # noqa: E402 (the repository must be importable)
    CORPORA,
    build_environment,
    write_corpus,
)
from benchmarks.run import edit_prose  # noqa: E402
from benchmarks.timing import Run, run_timed  # noqa: E402
from benchmarks.tools import ToolError  # noqa: E402

CACHE = Path(".cache") / "explainer"


def checkout(corpus: Path, project: Path) -> None:
    """Copy the project's files, as a fresh checkout has them: no cache, no output."""
    shutil.rmtree(project, ignore_errors=True)
    for name in ("content", "templates", "static"):
        shutil.copytree(corpus / name, project / name)
    shutil.copy2(corpus / "site.yml", project / "site.yml")


def build(project: Path) -> Run:
    """Build the project as the publishing recipes do; raise ToolError if it fails."""
    os.sync()  # no build pays for the disk writes of the one before
    done = run_timed((sys.executable, str(REPO / "build.py"), "--base-url",
                      "https://example.org/"), project, build_environment())
    if done.returncode != 0:
        raise ToolError(f"the build failed (exit {done.returncode}):\n{done.tail()}")
    return done


def publish_rounds(corpus: Path, work: Path, repeat: int) -> tuple[list[Run], list[Run]]:
    """Return the cold builds and the publishes after one edit, interleaved round by round."""
    project, saved = work / "project", work / "saved-cache"
    cold, edited = [], []
    for attempt in range(1, repeat + 1):
        checkout(corpus, project)
        cold.append(build(project))
        shutil.rmtree(saved, ignore_errors=True)
        shutil.copytree(project / CACHE, saved, symlinks=True)
        checkout(corpus, project)
        files = sorted((project / "content").glob("*.md"))
        source = files[len(files) // 2]
        mark = edit_prose(source, attempt)
        shutil.copytree(saved, project / CACHE, symlinks=True)
        edited.append(build(project))
        if mark not in (project / "public" / f"{source.stem}.html").read_text(encoding="utf-8"):
            raise ToolError(f"the publish after editing {source.name} does not show the edit")
    return cold, edited


def main(argv: list[str] | None = None) -> int:
    """Run the measurement the command line asks for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--explainers", type=int, default=1000, metavar="N",
                        help="size of the generated corpus (default: 1000)")
    parser.add_argument("--corpus", choices=CORPORA, default="stories",
                        help="stories (default) or converted, as in benchmarks/run.py")
    parser.add_argument("--repeat", type=int, default=3, metavar="R",
                        help="rounds; medians are reported (default: 3)")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out" / "publish",
                        help="scratch folder (default: benchmarks/out/publish)")
    args = parser.parse_args(argv)
    work = args.work.resolve()
    corpus = write_corpus(CORPORA[args.corpus](args.explainers, 1), work / "corpus")
    try:
        cold, edited = publish_rounds(corpus, work, args.repeat)
    except ToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{args.explainers} explainers of the {args.corpus} corpus, {args.repeat} round(s), "
          f"load average {os.getloadavg()[0]:.2f}")
    for name, runs in (("cold", cold), ("publish after one edit", edited)):
        each = " ".join(f"{r.seconds:.2f}" for r in runs)
        print(f"{name:<24}wall {statistics.median(r.seconds for r in runs):7.2f} s   CPU "
              f"{statistics.median(r.cpu_seconds for r in runs):7.2f} s   (wall of each: {each})")
    print(edited[-1].output.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
