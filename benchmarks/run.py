#!/usr/bin/env python3
"""Time explainer's builds of a generated corpus; with --compare, time Pelican, MkDocs and Hugo too.

    python benchmarks/run.py --explainers 1000
    python benchmarks/run.py --compare --explainers 1000
    python benchmarks/run.py --compare --explainers 1000 --corpus converted

Every build is a fresh `python build.py` process, so interpreter start-up and imports count, as
they do for a user. The last line sums up the run for scripts:
explainers=N cold_s=X warm_s=X nochange_s=X edit_ms=X peak_mib=X pages_in_budget=K/T
heaviest_page_kb=X (on one line)
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.corpus import CORPORA, CorpusError, user_environment  # noqa: E402
from benchmarks.stories import Story  # noqa: E402
from benchmarks.timing import Run, run_timed  # noqa: E402
from benchmarks.tools import Tool, ToolError, ours, peers  # noqa: E402
from benchmarks.weight import Table  # noqa: E402
from benchmarks.weight import report as weigh_pages  # noqa: E402

STEPS = ("cold", "warm", "no-change", "one edit")
STEP_HELP = {
    "cold": "fresh output folder, no cache",
    "warm": "fresh output folder, on-disk cache kept",
    "no-change": "same output folder, nothing changed",
    "one edit": "one explainer's prose edited",
}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark the command line asks for; return the exit code."""
    args = parse_args(argv)
    try:
        return run(args)
    except (ToolError, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--explainers", type=int, default=1000, metavar="N",
                        help="size of the generated corpus (default: 1000)")
    parser.add_argument("--repeat", type=int, default=3, metavar="R",
                        help="runs of each measurement; medians are reported (default: 3)")
    parser.add_argument("--compare", action="store_true",
                        help="also build the corpus with Pelican, MkDocs and (if on PATH) Hugo")
    parser.add_argument("--corpus", choices=CORPORA, default="stories",
                        help="stories (default): explainers written for explainer; converted: "
                        "plain Markdown news stories made explainers")
    parser.add_argument("--seed", type=int, default=1, help="seed of the corpus (default: 1)")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out",
                        help="scratch folder for corpora and sites, one folder per corpus "
                        "(default: benchmarks/out; a folder in memory, such as /dev/shm/bench, "
                        "leaves out the file system's cost of creating files)")
    parser.add_argument("--venv", type=Path, default=REPO / "benchmarks" / ".venv-compare",
                        help="virtualenv for Pelican and MkDocs, made on first use "
                        "(default: benchmarks/.venv-compare)")
    args = parser.parse_args(argv)
    if args.explainers < 1 or args.repeat < 1:
        parser.error("--explainers and --repeat must be at least 1")
    return args


def run(args: argparse.Namespace) -> int:
    """Generate the corpus, time our builds, then the peers; print the summary line last."""
    work = args.work.resolve() / args.corpus
    stories = CORPORA[args.corpus](args.explainers, args.seed)
    tool = ours(stories, work)
    print(f"{args.explainers} explainers of the {args.corpus} corpus, {args.repeat} run(s) of "
          f"each build, medians; "
          f"Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} (other work on the machine skews the times)")
    runs = measure(tool, stories[len(stories) // 2], args.repeat)
    default = measure_default(work, args.repeat)
    report(runs, default, args.explainers)
    weights = weigh_pages(tool.output)
    print("\npage weights of the site, with what each page loads:")
    print("\n".join([*weights.lines, weights.summary]))
    if args.compare:
        others, notes = peers(stories, work, args.venv.resolve())
        compare(tool, others, notes, runs["warm"], args.repeat)
    print(summary_line(args.explainers, runs, weights))
    return 0


def build(tool: Tool) -> Run:
    """Build once; raise ToolError unless the build succeeded and wrote every explainer page."""
    # Files the last build wrote or deleted are flushed first, so that no build pays for the
    # disk writes of the one before it.
    os.sync()
    done = run_timed(tool.command, tool.root, tool.env)
    if done.returncode != 0:
        raise ToolError(f"{tool.name} failed (exit {done.returncode}):\n{done.tail()}")
    missing = tool.missing_pages()
    if missing:
        raise ToolError(f"{tool.name} exited 0 but did not write {len(missing)} of "
                        f"{len(tool.pages)} explainer pages, such as {missing[0]}")
    return done


def measure(tool: Tool, edited: Story, repeat: int) -> dict[str, list[Run]]:
    """Time cold, warm, no-change and one-edit builds, repeat times each, in that order."""
    runs: dict[str, list[Run]] = {step: [] for step in STEPS}
    source = tool.root / "content" / f"{edited.slug}.md"
    page = tool.output / f"{edited.slug}.html"
    original = source.read_text(encoding="utf-8")
    for attempt in range(1, repeat + 1):
        tool.clear()
        runs["cold"].append(build(tool))
        tool.clear(caches=False)
        runs["warm"].append(build(tool))
        runs["no-change"].append(build(tool))
        mark = edit_prose(source, attempt)
        runs["one edit"].append(build(tool))
        if mark not in page.read_text(encoding="utf-8"):
            raise ToolError(f"after editing {source.name}, {page.name} does not show the edit "
                            f"'{mark}': the rebuild missed a change")
    source.write_text(original, encoding="utf-8")  # the peers' corpora have no edit
    return runs


def edit_prose(path: Path, attempt: int) -> str:
    """Add a sentence to the start of an explainer's summary, as an editor would; return it."""
    mark = f"Correction {attempt}: an earlier version gave the wrong month for the review."
    text = path.read_text(encoding="utf-8")
    opening = "--- summary\n---\n"
    if opening not in text:
        raise ToolError(f"{path} has no summary section to edit")
    path.write_text(text.replace(opening, f"{opening}{mark}\n\n", 1), encoding="utf-8")
    return mark


def measure_default(work: Path, repeat: int) -> list[Run]:
    """Time cold builds of a copy of this repository's own site, the default one-story build."""
    root = work / "default"
    shutil.rmtree(root, ignore_errors=True)
    for name in ("content", "templates", "static"):
        shutil.copytree(REPO / name, root / name)
    if (REPO / "site.yml").is_file():
        shutil.copy2(REPO / "site.yml", root / "site.yml")
    output = work / "default-public"
    tool = Tool("the default build", "", (sys.executable, str(REPO / "build.py"), "--root",
                                          str(root), "--output", str(output)),
                root, output, (root / ".cache",), (), user_environment())
    runs = []
    for _ in range(repeat):
        tool.clear()
        runs.append(build(tool))
    return runs


def median(runs: list[Run]) -> float:
    """Return the median wall time of some runs, in seconds."""
    return statistics.median(r.seconds for r in runs)


def median_cpu(runs: list[Run]) -> float:
    """Return the median CPU time (user + system) of some runs, in seconds."""
    return statistics.median(r.cpu_seconds for r in runs)


def report(runs: dict[str, list[Run]], default: list[Run], explainers: int) -> None:
    """Print each kind of build: median, then every run, then the peak memory and targets."""
    print(f"{'build':<11}{'wall s':>8}{'cpu s':>8}   wall of each run (s)")
    for step in STEPS:
        each = " ".join(f"{r.seconds:.3f}" for r in runs[step])
        print(f"{step:<11}{median(runs[step]):>8.3f}{median_cpu(runs[step]):>8.3f}   {each}"
              f"   ({STEP_HELP[step]})")
    every = [r for step in STEPS for r in runs[step]]
    print(f"peak memory {max(r.peak_mib for r in every):.1f} MiB (sum of the proportional set "
          f"sizes of the build's processes; the sum of their resident sets: "
          f"{max(r.rss_mib for r in every):.1f} MiB; the largest process alone: "
          f"{max(r.largest_mib for r in every):.1f} MiB)")
    if explainers == 1000:  # the target is set at that size
        print(f"target: no-change rebuild under 0.3 s at 1,000 explainers: "
              f"{median(runs['no-change']):.3f} s")
    print(f"target: default one-story build (this repository's site) under 0.5 s: "
          f"{median(default):.3f} s")


def compare(tool: Tool, others: list[Tool], notes: list[str], warm: list[Run],
            repeat: int) -> None:
    """Time cold builds of every tool, interleaved round by round, and print the ratios."""
    runs, failed = time_interleaved([tool, *others], repeat)
    if tool.name in failed:
        raise ToolError(failed[tool.name])
    ours_s = median(runs[tool.name])
    print(f"\ncold builds of {len(tool.pages)} explainers, interleaved, median of {repeat}:")
    print(f"{'tool':<11}{'version':<10}{'wall s':>8}{'cpu s':>8}{'peak MiB':>10}{'RSS MiB':>9}"
          f"{'HTML files':>12}{'tool s / ours':>15}  each round")
    for each in (t for t in [tool, *others] if t.name not in failed):
        done = runs[each.name]
        peak, rss = max(r.peak_mib for r in done), max(r.rss_mib for r in done)
        rounds = sorted(r.seconds / o.seconds for r, o in zip(done, runs[tool.name], strict=True))
        print(f"{each.name:<11}{each.version:<10}{median(done):>8.2f}{median_cpu(done):>8.2f}"
              f"{peak:>10.1f}{rss:>9.1f}{each.html_files():>12}{median(done) / ours_s:>14.2f}x"
              f"  {rounds[0]:.2f}-{rounds[-1]:.2f}x")
    print("peak MiB: the sum of the proportional set sizes of a tool's processes; RSS MiB: the "
          "sum of their resident sets, which counts memory shared by processes once in each; "
          "each round: the tool's time over ours in the same round, lowest and highest")
    for name, problem in failed.items():
        print(f"{name}: FAILED, not timed: {problem}")
    for note in notes:
        print(note)
    report_targets(runs, failed, tool.name, warm)


def report_targets(runs: dict[str, list[Run]], failed: dict[str, str], ours_name: str,
                   warm: list[Run]) -> None:
    """Print, for each target measured against a peer, the figures and whether it is met."""
    ours_s = median(runs[ours_name])
    for name in ("Pelican", "MkDocs"):
        if runs.get(name) and name not in failed:
            ratio = median(runs[name]) / ours_s
            print(f"target: cold build at least 3x faster than {name}: {ratio:.2f}x "
                  f"({'met' if ratio >= 3 else 'not met'})")
    if runs.get("Pelican") and "Pelican" not in failed:
        ours_mib = max(r.peak_mib for r in runs[ours_name])
        pelican_mib = max(r.peak_mib for r in runs["Pelican"])
        print(f"target: peak memory no more than Pelican's: {ours_mib:.1f} MiB vs "
              f"{pelican_mib:.1f} MiB ({'met' if ours_mib <= pelican_mib else 'not met'})")
    if runs.get("Hugo") and "Hugo" not in failed and warm:
        hugo_s, warm_s = median(runs["Hugo"]), median(warm)
        print(f"target: warm rebuild no slower than Hugo's cold build: {warm_s:.2f} s vs "
              f"{hugo_s:.2f} s ({'met' if warm_s <= hugo_s else 'not met'})")


def time_interleaved(tools: list[Tool], repeat: int) -> tuple[dict[str, list[Run]],
                                                               dict[str, str]]:
    """Build cold with each tool in turn, repeat rounds; return the runs and why tools failed."""
    runs: dict[str, list[Run]] = {t.name: [] for t in tools}
    failed: dict[str, str] = {}
    for _ in range(repeat):
        for each in tools:
            if each.name in failed:
                continue
            each.clear()
            try:
                runs[each.name].append(build(each))
            except ToolError as exc:
                failed[each.name] = str(exc)
    return runs, failed


def summary_line(explainers: int, runs: dict[str, list[Run]], weights: Table) -> str:
    """Return the one-line summary scripts read."""
    peak = max(r.peak_mib for step in STEPS for r in runs[step])
    return (f"explainers={explainers} cold_s={median(runs['cold']):.3f} "
            f"warm_s={median(runs['warm']):.3f} nochange_s={median(runs['no-change']):.3f} "
            f"edit_ms={median(runs['one edit']) * 1000:.0f} peak_mib={peak:.1f} "
            f"pages_in_budget={weights.within}/{weights.types} "
            f"heaviest_page_kb={weights.heaviest.total / 1000:.1f}")


if __name__ == "__main__":
    sys.exit(main())
