#!/usr/bin/env python3
"""Measure the CPU time of each step of reading, checking and rendering one explainer.

    python benchmarks/run.py --explainers 1000      # writes benchmarks/out/stories/explainer/
    python benchmarks/per_explainer.py [--corpus stories|converted] [--rounds 3]
    python benchmarks/per_explainer.py --root DIR   # any project

Everything runs in this one process, the objects made before a round frozen out of garbage
collection (as the build freezes the site's): the figures are the CPU time
(time.process_time) of the code itself, per explainer, without start-up, imports, files or
worker processes. Each round
reads, checks and renders the whole corpus; the best round of each step is reported.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from explainer.content.checks import check_explainer  # noqa: E402
from explainer.content.model import Explainer, Site  # noqa: E402
from explainer.content.schema import SECTION_KINDS, read_explainer  # noqa: E402
from explainer.content.sources import SourceFile, decode_text, split_source  # noqa: E402
from explainer.content.text.markup import Markup  # noqa: E402
from explainer.inputs import Inputs  # noqa: E402
from explainer.options import BuildOptions, BuildTime  # noqa: E402
from explainer.render.theme import Theme, load_theme  # noqa: E402
from explainer.site.assemble import make_site  # noqa: E402
from explainer.site.config import load_config  # noqa: E402
from explainer.site.pages import site_pages  # noqa: E402
from explainer.speed.memo import MemoryMemo  # noqa: E402 (the repository must be importable)

STEPS = ("split", "YAML + schema", "Markdown", "checks", "explainer page")


class TimedMarkup(Markup):
    """A Markdown converter that adds up the CPU time spent converting."""

    def __init__(self, trusted_html: bool) -> None:
        super().__init__(trusted_html)
        self.spent = 0.0

    def block(self, text: str, *args: Any) -> str:
        """Convert block Markdown, timing the top-level call only (inline() calls block())."""
        with self.timed():
            return super().block(text, *args)

    def inline(self, text: str, *args: Any) -> str:
        """Convert inline Markdown, timed."""
        with self.timed():
            return super().inline(text, *args)

    @contextmanager
    def timed(self) -> Iterator[None]:
        """Add the CPU time of the enclosed code to `spent`, unless already inside a timing."""
        if getattr(self, "_inside", False):
            yield
            return
        self._inside = True
        start = time.process_time()
        try:
            yield
        finally:
            self.spent += time.process_time() - start
            self._inside = False


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    """Return call()'s result and the CPU seconds it took."""
    start = time.process_time()
    result = call()
    return result, time.process_time() - start


def read_round(files: list[tuple[Path, bytes]], root: Path,
               markup: TimedMarkup) -> tuple[list[Explainer], dict[str, float]]:
    """Read and check every file once; return the explainers and the seconds of each step."""
    spent = dict.fromkeys(STEPS, 0.0)
    explainers = []
    markup.spent = 0.0
    for path, data in files:
        source, seconds = timed(lambda p=path, d=data: split(p, d, root))
        spent["split"] += seconds
        (explainer, _), seconds = timed(lambda s=source: read_explainer(s, markup))
        spent["YAML + schema"] += seconds
        _, seconds = timed(lambda e=explainer: check_explainer(e))
        spent["checks"] += seconds
        explainers.append(explainer)
    spent["Markdown"] = markup.spent
    spent["YAML + schema"] -= markup.spent
    return explainers, spent


def split(path: Path, data: bytes, root: Path) -> SourceFile:
    """Decode and split one file, as the build does."""
    display = path.relative_to(root).as_posix()
    return split_source(decode_text(data, display), path, display, SECTION_KINDS)


def render_round(site: Site, explainers: list[Explainer], theme: Theme) -> dict[str, float]:
    """Render every page once; return the seconds spent on each template."""
    spent: dict[str, float] = {}
    whole = {explainer.display_path: explainer for explainer in explainers}
    for page in site_pages(site, theme.lexicon):
        explainer = whole[page.explainer.display_path] if page.explainer else None
        _, seconds = timed(lambda p=page, e=explainer: theme.render(p, site, e))
        spent[page.template] = spent.get(page.template, 0.0) + seconds
    return spent


# The last day there is: every explainer is out, whatever its date.
EVERY_DAY = BuildTime(datetime.max.replace(tzinfo=UTC), date.max)


def measure(root: Path, rounds: int) -> None:
    """Print the best CPU ms per explainer of each step over some rounds."""
    config = load_config(root, None)
    markup = TimedMarkup(config.trusted_html)
    files = [(p, p.read_bytes()) for p in sorted((root / "content").glob("*.md"))]
    inputs = Inputs.scan(root)
    theme = load_theme(inputs, MemoryMemo())
    best: dict[str, float] = {}
    for _ in range(rounds):
        gc.collect()
        gc.freeze()  # as the build does: what exists is left out of collections
        explainers, spent = read_round(files, root, markup)
        teasers = [explainer.teaser() for explainer in explainers]
        drafts = BuildOptions(root, root / "public", drafts=True)
        site = make_site(config, inputs, teasers, [], drafts, EVERY_DAY).site
        rendered = render_round(site, explainers, theme)
        gc.unfreeze()
        spent["explainer page"] = rendered.pop("explainer.html")
        spent["other pages"] = sum(rendered.values())
        for step, seconds in spent.items():
            best[step] = min(best.get(step, float("inf")), seconds)
    count = len(files)
    print(f"{count} explainers from {root}, best of {rounds} round(s), CPU ms per explainer:")
    for step in (*STEPS, "other pages"):
        print(f"  {step:<16} {1000 * best[step] / count:6.2f}")
    print(f"  {'total':<16} {1000 * sum(best.values()) / count:6.2f}")


def main(argv: list[str] | None = None) -> int:
    """Run the measurement the command line asks for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("stories", "converted"), default="stories",
                        help="the corpus benchmarks/run.py wrote last: "
                        "benchmarks/out/CORPUS/explainer (default: stories)")
    parser.add_argument("--root", type=Path,
                        help="the project to measure instead, such as a folder that "
                        "benchmarks/corpus.py wrote")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the best is kept")
    args = parser.parse_args(argv)
    root = args.root or REPO / "benchmarks" / "out" / args.corpus / "explainer"
    if not (root / "content").is_dir():
        print(f"error: {root}/content does not exist; write a corpus first with "
              f"python benchmarks/corpus.py --explainers 1000 --corpus {args.corpus} "
              f"--out {root}", file=sys.stderr)
        return 1
    measure(root.resolve(), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
