"""Spread work over the machine's cores: worker processes forked from the build, plus the build.

Workers are forked, so they start with everything the build has loaded (the site, the
templates, the work itself, cut in chunks) without copying it through a pipe, and they cost no
interpreter start-up; only a chunk's number and its results travel. The build process works
too instead of waiting, an item at a time so that it hands a worker its next chunk as soon as
the worker is done, and every process stays busy to the end. A worker dies with the build
(Linux: PR_SET_PDEATHSIG; elsewhere it ends when its pipe to the build closes). Where fork is
not available the work is done in one process.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from ..errors import ExplainerError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")
Task = Callable[[S, T], R]
Progress = Callable[[int], None]

# Below this many items, forking and talking to workers costs more than it saves.
ENOUGH_WORK = 48
CHUNK = 8
PR_SET_PDEATHSIG = 1


class Pool(Protocol):
    """Runs task(state, item) over items, yielding (item, result) as results come in."""

    processes: int  # the most processes that worked at once so far

    def map(self, task: Task[S, T, R], state: S, items: Sequence[T],
            progress: Progress | None = None) -> Iterator[tuple[T, R]]:
        """Run the task over the items; the first error, in the order of the items, is raised."""
        ...


class Inline:
    """Do the work in this process, in order."""

    processes = 1

    def map(self, task: Task[S, T, R], state: S, items: Sequence[T],
            progress: Progress | None = None) -> Iterator[tuple[T, R]]:
        """Run the task over the items, one after the other."""
        for item in items:
            result = task(state, item)
            if progress:
                progress(1)
            yield item, result


class ForkPool:
    """Fork workers when there is enough work; `jobs` (if given) is obeyed even for a little."""

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = jobs
        self.processes = 1

    def size(self, items: int) -> int:
        """Return how many processes to use for some items."""
        import multiprocessing  # here: a build that finds nothing changed forks nothing

        if "fork" not in multiprocessing.get_all_start_methods():
            return 1
        if self.jobs is not None:
            return max(1, min(self.jobs, items))
        return cores() if items >= ENOUGH_WORK else 1

    def map(self, task: Task[S, T, R], state: S, items: Sequence[T],
            progress: Progress | None = None) -> Iterator[tuple[T, R]]:
        """Run the task over the items on this process and forked workers."""
        processes = self.size(len(items))
        self.processes = max(self.processes, processes)
        with frozen_objects():
            if processes <= 1:
                yield from Inline().map(task, state, items, progress)
                return
            # The first item is done here before the workers are forked, so that they inherit
            # what it made ready (compiled templates, Markdown converters, country data).
            yield from Inline().map(task, state, items[:1], progress)
            chunks = [items[start:start + CHUNK] for start in range(1, len(items), CHUNK)]
            gc.freeze()  # what the first item made ready, too
            yield from Workers(task, state, processes - 1).run(chunks, progress)


def cores() -> int:
    """Return how many cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Workers:
    """Forked worker processes, each running task(state, item) over the chunks it is sent."""

    def __init__(self, task: Task[S, T, R], state: S, count: int) -> None:
        self.task = task
        self.state = state
        self.count = count

    def run(self, chunks: list[Sequence[T]], progress: Progress | None
            ) -> Iterator[tuple[T, R]]:
        """Share the chunks out between the workers and this process; yield results in turn."""
        import multiprocessing

        context = multiprocessing.get_context("fork")
        links, processes = [], []
        try:
            for _ in range(self.count):
                ours, theirs = context.Pipe()
                process = context.Process(target=serve, args=(self.task, self.state, chunks,
                                                              theirs, ours, os.getpid()),
                                          daemon=True)
                process.start()
                theirs.close()
                links.append(ours)
                processes.append(process)
            yield from self.share(chunks, links, progress)
        finally:
            for link in links:
                link.close()  # a worker ends when its pipe closes
            for process in processes:
                process.join(timeout=5)
                if process.is_alive():
                    process.kill()
                    process.join()
                process.close()

    def share(self, chunks: list[Sequence[T]], links: list[Connection],
              progress: Progress | None) -> Iterator[tuple[T, R]]:
        """Send each worker a chunk at a time and work on others here, an item at a time,
        handing a worker its next chunk as soon as it is done; yield the results."""
        from multiprocessing.connection import wait

        busy: dict[Connection, int] = {}
        errors: dict[int, BaseException] = {}
        following = 0  # the next chunk to hand out, to a worker or to this process
        here: tuple[int, list[R]] | None = None  # the chunk this process works on
        idle = list(links)
        while (following < len(chunks) or here) and not errors or busy:
            while idle and following < len(chunks) and not errors:
                link = idle.pop()
                link.send(following)  # the worker has the chunks: it was forked with them
                busy[link] = following
                following += 1
            done: dict[int, list[R]] = {}
            if here is None and following < len(chunks) and not errors:
                here, following = (following, []), following + 1
            if here is not None and not errors:
                # One item, then back to the workers: none waits long for its next chunk.
                here = self.step(chunks, here, done, errors)
                ready = [link for link in busy if link.poll()]
            else:
                ready = wait(list(busy))  # type: ignore[assignment]
            for link in ready:
                index = busy.pop(link)  # type: ignore[call-overload]
                outcome, value = receive(link)
                if outcome == "error":
                    errors[index] = value
                else:
                    done[index] = value
                idle.append(link)  # type: ignore[arg-type]
            for index, results in sorted(done.items()):
                if progress:
                    progress(len(chunks[index]))
                yield from zip(chunks[index], results, strict=True)
        if errors:
            raise errors[min(errors)]


    def step(self, chunks: list[Sequence[T]], here: tuple[int, list[R]],
             done: dict[int, list[R]], errors: dict[int, BaseException]
             ) -> tuple[int, list[R]] | None:
        """Do the next item of the chunk this process works on; return the chunk while items
        of it are left, else note it done (or failed, for share() to raise in order)."""
        index, results = here
        try:
            results.append(self.task(self.state, chunks[index][len(results)]))
        except Exception as exc:
            errors[index] = exc
            return None
        if len(results) == len(chunks[index]):
            done[index] = results
            return None
        return here


class WorkerLost(ExplainerError):
    """A worker process ended without a word: killed, by the system short of memory or by hand."""


def receive(link: Connection) -> tuple[str, object]:
    """Return what a worker sent back; a worker that died is an error of the build."""
    try:
        return link.recv()  # type: ignore[no-any-return]
    except (EOFError, OSError):
        return "error", WorkerLost(
            "a worker process of the build ended unexpectedly: most likely it ran out of memory "
            "(a template making a huge list, say) or was killed; run the build again with "
            "'--jobs 1' to build in one process and see the page it fails on")


def serve(task: Task[S, T, R], state: S, chunks: list[Sequence[T]], link: Connection,
          other: Connection, parent: int) -> None:
    """Work on the chunks the build names until it closes the pipe (in a worker process)."""
    other.close()  # the build's end, inherited by the fork
    die_with(parent)
    while True:
        try:
            index = link.recv()
        except (EOFError, OSError):
            return
        try:
            link.send(("done", [task(state, item) for item in chunks[index]]))
        except Exception as exc:  # sent back, for the build to raise in the order of the items
            link.send(("error", sendable(exc)))


def sendable(exc: Exception) -> Exception:
    """Return an error as it can go through a pipe: itself, or its description."""
    try:
        pickle.dumps(exc)
    except Exception:  # an error whose arguments cannot be pickled
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def die_with(parent: int) -> None:
    """Have the kernel end this worker if the build process ends first (Linux)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the build ended before the request was made
        os._exit(1)


@contextlib.contextmanager
def frozen_objects() -> Iterator[None]:
    """Keep the objects that exist now out of garbage collections, until the end of the block.

    They are the site's long-lived objects; a collection visiting them all, again and again,
    would cost time in proportion to the size of the site, and copy them in forked workers.
    Collections still run over what the work makes: rendering a page leaves cycles (Jinja's
    contexts), and left uncollected they held as much memory as the site's pages weigh.
    """
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()
