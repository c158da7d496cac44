"""Spread work over the machine's cores: worker processes forked from the build, plus the build.

Workers are forked, so they start with everything the build has loaded (the site, the
templates) without copying it through a pipe, and they cost no interpreter start-up. The build
process works too instead of waiting, and hands out work in small chunks so that every
process stays busy to the end. Where fork is not available the work is done in one process.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TypeVar

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

# Below this many items, forking and talking to workers costs more than it saves.
ENOUGH_WORK = 48
CHUNK = 8


def default_jobs() -> int:
    """Return how many processes a build may use: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def pool_size(items: int, jobs: int | None) -> int:
    """Return how many processes to use for some items: jobs if given, else all cores if worth it.

    An explicit number of jobs is obeyed even for a few items, so that it can be tested.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if jobs is not None:
        return max(1, min(jobs, items))
    return default_jobs() if items >= ENOUGH_WORK else 1


# A worker process's copy of the state it was forked with; set once, when the worker starts.
_forked_with: list[object] = []


def _start(state: object) -> None:
    gc.enable()  # the build may have paused collections (see collections_paused)
    _forked_with.append(state)


def _work(task: Callable[[S, Sequence[T]], list[R]], chunk: Sequence[T]) -> list[R]:
    return task(_forked_with[-1], chunk)  # type: ignore[arg-type]


def run_chunks(task: Callable[[S, Sequence[T]], list[R]], state: S, items: Sequence[T],
               processes: int, progress: Callable[[int], None] | None = None
               ) -> Iterator[tuple[int, R]]:
    """Run task(state, chunk) over items in chunks on `processes` processes.

    Yield (index of the item, its result) as results come in, so that the caller can use
    them while the workers go on. task must be a module-level function. The first error, in
    the order of the items, is raised once every chunk already started has ended.
    """
    if processes <= 1:
        chunks = [(start, items[start:start + CHUNK]) for start in range(0, len(items), CHUNK)]
        for start, chunk in chunks:
            results = task(state, chunk)
            if progress:
                progress(len(chunk))
            yield from enumerate(results, start)
        return
    # The first item alone is done here before the workers are forked, so that they inherit
    # what it made ready (compiled templates, Markdown converters, country data) rather than
    # make it again; one item is enough for that, and the others are shared out.
    chunks = [(0, items[:1])] + [(start, items[start:start + CHUNK])
                                 for start in range(1, len(items), CHUNK)]
    # Objects the workers inherit stay shared only while nothing writes to them; the garbage
    # collector would write to every one it visits, so it leaves them out until the end.
    with frozen_objects():
        yield from _pooled(task, state, chunks, processes, progress)


@contextlib.contextmanager
def frozen_objects() -> Iterator[None]:
    """Keep the objects that exist now out of garbage collections, until the end of the block.

    They are the site's long-lived objects; a collection visiting them all, again and again,
    would cost time in proportion to the size of the site, and copy them in forked workers.
    Within an outer such block, the objects stay out until the outer block ends.
    """
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


@contextlib.contextmanager
def collections_paused() -> Iterator[None]:
    """Collect no garbage in the block, then collect once at its end.

    While a site is loaded, nearly every object made is kept, and a collection would visit all
    of them again and again: time growing faster than the site. Forked workers collect as
    usual.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
            gc.collect()


def _pooled(task: Callable[[S, Sequence[T]], list[R]], state: S,
            chunks: list[tuple[int, Sequence[T]]], processes: int,
            progress: Callable[[int], None] | None) -> Iterator[tuple[int, R]]:
    """Run the chunks on forked workers and here; yield results as they come."""
    first = task(state, chunks[0][1])
    if progress:
        progress(len(chunks[0][1]))
    yield from enumerate(first, chunks[0][0])
    errors: dict[int, BaseException] = {}
    with ProcessPoolExecutor(processes - 1, mp_context=multiprocessing.get_context("fork"),
                             initializer=_start, initargs=(state,)) as pool:
        pending: dict[Future[list[R]], int] = {}
        following = 1
        while following < len(chunks) and not errors or pending:
            while following < len(chunks) and len(pending) < 2 * (processes - 1) and not errors:
                pending[pool.submit(_work, task, chunks[following][1])] = following
                following += 1
            done: dict[int, list[R]] = {}
            if following < len(chunks) and not errors:
                try:  # this process works too, rather than wait
                    done[following] = task(state, chunks[following][1])
                except Exception as exc:  # raised below, in the order of the items
                    errors[following] = exc
                following += 1
                finished = [future for future in pending if future.done()]
            else:
                finished = list(wait(pending, return_when=FIRST_COMPLETED).done)
            for future in finished:
                index = pending.pop(future)
                if future.exception() is not None:
                    errors[index] = future.exception()  # type: ignore[assignment]
                else:
                    done[index] = future.result()
            for index, results in done.items():
                if progress:
                    progress(len(chunks[index][1]))
                yield from enumerate(results, chunks[index][0])
    if errors:
        raise errors[min(errors)]
