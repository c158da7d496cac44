"""What the preview says in the terminal about a build: what failed it, or what it did."""

from __future__ import annotations

import time

from ..errors import ContentError, ExplainerError
from ..recipe import BuildResult


def counted(exc: ExplainerError) -> str:
    """Say what failed a build, as `build` says it: its errors, the warnings --strict refused,
    or what else went wrong."""
    return exc.summary if isinstance(exc, ContentError) else str(exc)


def describe(changed: set[str]) -> str:
    """Name the changed files briefly."""
    names = sorted(changed)
    return f"{names[0]} changed" if len(names) == 1 else f"{len(names)} files changed"


def report(changed: set[str] | None, result: BuildResult, files: int, modified: int,
           started: float) -> str:
    """Say what a good build did, and how long it took."""
    took = f"{(time.perf_counter() - started) * 1000:.0f} ms"
    if changed is None:
        return f"built {result.explainers} explainer(s), {files} file(s), in {took}"
    return (f"{describe(changed)}: rebuilt in {took} ({result.read} file(s) read, "
            f"{result.rendered} page(s) rendered, {modified} file(s) changed)")
