#!/usr/bin/env python3
"""Measure how the cost of checking one explainer grows with the length of its prose.

    python benchmarks/long_text.py                      # 100 and 400 paragraphs
    python benchmarks/long_text.py --paragraphs 50 800

Writes one explainer of converted-news prose (benchmarks/news.py: links and bold in most
paragraphs, and a day and a count in each) with the given number of paragraphs in its summary,
in a temporary folder, runs `python build.py check` on it, and reports the CPU time of the
command per 100 paragraphs, once the cost of a one-paragraph explainer (start-up, imports, the
theme) is taken off. The target: the longest costs no more per paragraph than 1.5 times the
shortest, that is, checking grows with the text, not with its square (a sentence's start once
looked back to the top of its text: 400 paragraphs took 2.6 times as long per paragraph as 100).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.news import Writer  # noqa: E402 (the repository must be importable)

TARGET = 1.5


def explainer(paragraphs: int) -> str:
    """Return an explainer whose summary holds that many paragraphs of news prose, each with a
    day and a count, which the checks hold against its key figure and its timeline."""
    rng = random.Random(paragraphs)
    writer = Writer(rng, 2024, ("The Harbour Times", "harbourtimes.example.org"))
    body = "\n\n".join(
        f"{writer.paragraph()} On {rng.randint(1, 28)} June, {rng.randint(2, 90) * 100:,} "
        f"officers arrived in the capital." for _ in range(paragraphs))
    return ("---\ntitle: A long explainer\ndek: Its prose runs on.\npublished: 2024-07-10\n"
            f"---\n\n--- summary\n---\n{body}\n\n--- figures\nfigures:\n"
            "  - value: \"1,000\"\n    label: officers who arrived in the capital\n---\n\n"
            "--- timeline\nsource: https://example.org/\nevents:\n  - date: 2024-06-25\n"
            "    title: The first officers arrive in the capital\n---\n")


def check_time(paragraphs: int) -> float:
    """Return the CPU time of `build.py check` on an explainer of that many paragraphs."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "content").mkdir()
        (root / "content" / "long.md").write_text(explainer(paragraphs), encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, str(REPO / "build.py"), "check", "--root", str(root)],
                       check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main(argv: list[str] | None = None) -> int:
    """Print the CPU time per 100 paragraphs at each length, and whether it meets the target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, nargs=2, default=(100, 400),
                        metavar=("SHORT", "LONG"))
    args = parser.parse_args(argv)
    base = min(check_time(1) for _ in range(2))
    rates = []
    for count in args.paragraphs:
        spent = min(check_time(count) for _ in range(2)) - base
        rates.append(max(spent, 0.0) / count * 100)
        print(f"{count:5d} paragraphs: {spent:6.2f} s of CPU beyond one paragraph's, "
              f"{rates[-1]:5.2f} s per 100 paragraphs")
    ratio = rates[1] / rates[0] if rates[0] else float("inf")
    met = ratio <= TARGET
    print(f"per paragraph, the long text costs {ratio:.2f} times the short one "
          f"(target at most {TARGET}): {'met' if met else 'not met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
