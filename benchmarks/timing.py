"""Run a build as a child process, as a user would, and measure its wall time and peak memory."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One finished build: wall and CPU seconds, peak resident memory, exit code, output."""

    seconds: float
    cpu_seconds: float
    peak_mib: float
    returncode: int
    output: str

    def tail(self, lines: int = 12) -> str:
        """Return the last lines the build printed, indented, for an error message."""
        return "\n".join("    " + line for line in self.output.splitlines()[-lines:])


def run_timed(command: Sequence[str | Path], cwd: Path) -> Run:
    """Run command in cwd; time it from start to exit, interpreter start-up included."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        child = subprocess.Popen([str(part) for part in command], cwd=cwd, stdin=subprocess.DEVNULL,
                                 stdout=log, stderr=subprocess.STDOUT)
        # wait4 gives this child's own rusage; getrusage(RUSAGE_CHILDREN) would mix all children.
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", errors="replace")
    # CPU time includes the child's waited-for children; ru_maxrss (KiB on Linux) is the largest
    # resident set among them, not their sum.
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
               child.returncode, output)
