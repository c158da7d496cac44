"""Read and check every explainer: from the cache when its file is unchanged, else on all cores."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .cache import Cache, digest, store_explainer, tool_fingerprint
from .checks import check_explainer
from .errors import ContentError, Problem
from .markup import Markup
from .model import Explainer
from .parallel import pool_size, run_chunks
from .schema import read_explainer
from .sources import MAX_FILE_BYTES, decode_text, read_text, split_source

Loaded = tuple[Explainer | None, list[Problem]]


@dataclass(frozen=True)
class ContentFile:
    """An explainer file as read once: its bytes (None if unreadable) and their cache key."""

    path: Path
    display: str
    data: bytes | None
    key: str | None


@dataclass(frozen=True)
class Reading:
    """What reading explainers needs, in the build process and in forked workers alike."""

    cache: Cache
    markup: Markup


@dataclass(frozen=True)
class Explainers:
    """Every explainer file read, in file order, with the problems found and each one's key."""

    explainers: list[Explainer]
    problems: list[Problem]
    keys: dict[int, str]  # by id() of the explainer: what its page keys are made of
    read: int  # files read and checked anew (the rest came from the cache)
    processes: int  # how many processes read them


def read_file(path: Path, root: Path, trusted_html: bool) -> ContentFile:
    """Read a file's bytes and key it; a file that cannot be read gets no key (nor cache)."""
    display = path.relative_to(root).as_posix()
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_FILE_BYTES else None
    except OSError:
        data = None
    if data is None:
        return ContentFile(path, display, None, None)
    key = digest(tool_fingerprint(), "explainer", str(path), display, str(trusted_html), data)
    return ContentFile(path, display, data, key)


def load_explainers(paths: list[Path], root: Path, reading: Reading, jobs: int | None,
                    progress: Callable[[int], None] | None = None) -> Explainers:
    """Return every explainer, checked, with the problems found; cached files are not parsed.

    The cache keeps every explainer read, whether or not the site has errors, so that fixing
    one file does not read the others again.
    """
    keys: list[str | None] = []
    loaded: list[Loaded | None] = []
    missing: list[tuple[int, ContentFile]] = []
    for path in paths:
        file = read_file(path, root, reading.markup.trusted_html)
        entry = reading.cache.load_explainer(file.key) if file.key else None
        if entry is None:
            missing.append((len(loaded), file))  # only these keep their bytes, to be parsed
        keys.append(file.key)
        loaded.append(pickle.loads(entry) if entry is not None else None)
    if progress:
        progress(len(paths) - len(missing))
    processes = pool_size(len(missing), jobs)
    # Each result is unpickled as it comes, while the workers go on with the next ones.
    for index, data in run_chunks(parse_chunk, reading, [file for _, file in missing],
                                  processes, progress):
        loaded[missing[index][0]] = pickle.loads(data)
    explainers, problems, by_id = [], [], {}
    for key, (explainer, found) in zip(keys, loaded, strict=True):  # type: ignore[misc]
        problems.extend(found)
        if explainer is not None:
            explainers.append(explainer)
            # A file read only at the second try has no key of its content: match no entry.
            by_id[id(explainer)] = key or "uncached-" + os.urandom(16).hex()
    return Explainers(explainers, problems, by_id, len(missing), processes)


def parse_chunk(reading: Reading, files: Sequence[ContentFile]) -> list[bytes]:
    """Read, validate and check some files; keep each in the cache; return each pickled."""
    results = []
    for file in files:
        data = pickle.dumps(parse(file, reading.markup), protocol=pickle.HIGHEST_PROTOCOL)
        if file.key is not None:
            store_explainer(reading.cache.folder, file.key, data)
        results.append(data)
    return results


def parse(file: ContentFile, markup: Markup) -> Loaded:
    """Read one explainer file into an Explainer with its problems, as builder.load_explainer."""
    try:
        text = decode_text(file.data, file.display) if file.data is not None \
            else read_text(file.path, file.display)
        source = split_source(text, file.path, file.display)
    except ContentError as exc:
        return None, list(exc.problems)
    explainer, problems = read_explainer(source, markup)
    if explainer is not None:
        problems = [*problems, *check_explainer(explainer)]
    return explainer, problems
