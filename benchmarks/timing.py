"""Run a build as a child process, as a user would, and measure its wall time and peak memory.

A build may fork worker processes, so memory is measured over the whole process tree: every
SAMPLE seconds the proportional set sizes (PSS) of the build and of all its descendants are
added up. PSS divides each page shared between processes among them, so a forked worker's
copy-on-write share of the build's memory is counted once in the sum, not once per process;
the sum of the resident sets (RSS), which counts shared pages in full in every process, is
reported beside it. Where /proc gives no PSS (not Linux), both fall back to the largest
resident set of one process.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE = 0.02


@dataclass(frozen=True)
class Run:
    """One finished build: wall and CPU seconds, peak memory, exit code, output.

    peak_mib is the largest sum of PSS over the build's processes; rss_mib the largest sum
    of their resident sets; largest_mib the largest resident set of any one of them.
    """

    seconds: float
    cpu_seconds: float
    peak_mib: float
    returncode: int
    output: str
    rss_mib: float = 0.0
    largest_mib: float = 0.0

    def tail(self, lines: int = 12) -> str:
        """Return the last lines the build printed, indented, for an error message."""
        return "\n".join("    " + line for line in self.output.splitlines()[-lines:])


def run_timed(command: Sequence[str | Path], cwd: Path,
              env: Mapping[str, str] | None = None) -> Run:
    """Run command in cwd (in env, if given); time it from start to exit, interpreter start-up
    included."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        child = subprocess.Popen([str(part) for part in command], cwd=cwd, stdin=subprocess.DEVNULL,
                                 stdout=log, stderr=subprocess.STDOUT, env=env)
        pss = rss = 0.0
        while True:
            # wait4 gives this child's own rusage; getrusage(RUSAGE_CHILDREN) would mix all.
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            sampled = tree_memory(child.pid)
            pss, rss = max(pss, sampled[0]), max(rss, sampled[1])
            time.sleep(SAMPLE)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", errors="replace")
    # CPU time includes the child's waited-for children; ru_maxrss (KiB on Linux) is the largest
    # resident set among them, not their sum.
    largest = usage.ru_maxrss / 1024
    return Run(seconds, usage.ru_utime + usage.ru_stime, max(pss, largest if not pss else 0),
               child.returncode, output, max(rss, largest), largest)


def tree_memory(pid: int) -> tuple[float, float]:
    """Return the summed PSS and RSS, in MiB, of a process and all its descendants now."""
    pss = rss = 0.0
    for each in [pid, *descendants(pid)]:
        try:
            with open(f"/proc/{each}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    name, _, value = line.partition(":")
                    if name == "Pss":
                        pss += int(value.split()[0]) / 1024
                    elif name == "Rss":
                        rss += int(value.split()[0]) / 1024
        except (OSError, ValueError):  # gone meanwhile, or no /proc
            continue
    return pss, rss


def descendants(pid: int) -> list[int]:
    """Return the processes forked by a process and by theirs, from /proc."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                for child in children.read().split():
                    found += [int(child), *descendants(int(child))]
        except OSError:
            continue
    return found
