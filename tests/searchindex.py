"""Read a built search index as the search page (static/search.js) reads it, and build the
Japanese fixture site (tests/fixtures/japanese): explainers whose words were indexed as the
long runs between punctuation, so that a query found only the beginning of a run."""

from __future__ import annotations

import json
import re
from pathlib import Path

from explainer.site import search
from explainer.site.terms import ARTICLE_START, query_words, unspaced

from .helpers import REPO, run_cli, write_project

JAPANESE = REPO / "tests" / "fixtures" / "japanese"
CALL = re.compile(r"explainerSearch\.(\w+)\((.*)\);\n", re.DOTALL)
DIGIT = re.compile(r"\d")
# search.js's rules, as the tests read an index by them.
# A query word's other forms (match()): of a word this long or longer, beginning alike but for
# its last letters, down to STEM letters, and at most a letter longer (search.js the same).
INFLECTED, STEM, LONGER = 5, 4, 1


def narrow(word: str) -> bool:
    """Return whether search.js may load the shards of the longer words a query word begins:
    not for the Arabic article, or a letter joined before it, with less than two letters
    after it (ال, الم, بالم), which would load most of an Arabic index, letter after letter,
    as a reader types."""
    article = ARTICLE_START.match(word)
    return article is None or len(word) - article.end() >= 2


def stem(word: str) -> str | None:
    """Return the beginning a query word's other forms share with it: the word less its last
    two letters, or its first four (after the Arabic article, which begins most Arabic words);
    None for a word too short, of a script without spaces (found by pairs) or with a digit."""
    article = ARTICLE_START.match(word)
    start = article.end() if article else 0  # the Arabic article counts for no letters
    if len(word) - start < INFLECTED or unspaced(word) or DIGIT.search(word):
        return None
    return word[:start + max(STEM, len(word) - start - 2)]


def match(term: str, word: str, prefix: bool) -> int | None:
    """Return how a term of the index answers a query word, as search.js ranks it: 0 it is
    the word, 1 it is a longer word the word begins (if the word is a prefix), 2 it is
    another form of the word (akin), None not at all."""
    if term == word:
        return 0
    if prefix and term.startswith(word):
        return 1
    beginning = stem(word)
    if beginning and term.startswith(beginning) and len(term) <= len(word) + LONGER:
        return 2
    return None


def call(data: bytes) -> tuple[str, list]:
    """Return the function an index file calls and the values it hands over."""
    found = CALL.fullmatch(data.decode("utf-8"))
    assert found, data[:80]
    return found[1], json.loads(f"[{found[2]}]")


def entries(numbers: list[int]) -> dict[int, int]:
    """Return a word's explainers by number with their weights, from the file's encoding."""
    found, number = {}, 0
    for entry in numbers:
        number += entry >> 4
        found[number] = entry & 15
    return found


def shards_for(manifest: dict, word: str, prefix: bool) -> list[str]:
    """Return the shards search.js loads for a word: the one holding it, and for a prefix those
    of the longer words it begins, unless they weigh more than the budget or the word is not
    narrow() (the Arabic article and a letter); and those its stem() loads as a prefix, for
    the word's other forms."""
    sizes = manifest["shards"]
    keys = []
    for part, begins in ((word, prefix), (stem(word), True)):
        if part is None:
            continue
        holders = [key for key in sizes if part.startswith(key)]
        longer = [key for key in sizes if len(key) > len(part) and key.startswith(part)]
        keys += longer if begins and narrow(part) and \
            sum(sizes[k] for k in longer) <= manifest["prefix_budget"] else []
        keys += [max(holders, key=len)] if holders else []
    return list(dict.fromkeys(keys))


def prefixes(words: list[str]) -> list[bool]:
    """Return whether search.js takes each word of a query as the beginning of longer ones: the
    word typed last, and a letter alone (of a script without spaces, cut into pairs)."""
    return [i == len(words) - 1 or len(word) == 1 for i, word in enumerate(words)]


def ranked(files: dict[str, bytes], query: str, folder: str = "") -> list[int]:
    """Return the explainers the search page finds for a query, in its order, reading the
    index files as search.js does: every word of the query (cut as a query) found, the last
    one as the beginning of a word, each word by its best place, the word itself before a
    longer one it begins, and both before its other forms (match()); the newest first among
    equals."""
    _, (manifest,) = call(files[folder + search.MANIFEST])
    words = query_words(query)
    scores: dict[int, int] | None = None
    for word, prefix in zip(words, prefixes(words), strict=True):
        best: dict[int, int] = {}
        for key in shards_for(manifest, word, prefix):
            _, (_, terms) = call(files[f"{folder}search/terms/{search.file_name(key)}.js"])
            for term, postings in terms.items():
                how = match(term, word, prefix)
                if how is None:
                    continue
                for number, weight in entries(postings).items():
                    score = 2 * weight - (how > 0) + (0 if how == 2 else 2 * search.STEP)
                    best[number] = max(best.get(number, 0), score)
        scores = best if scores is None else \
            {number: score + best[number] for number, score in scores.items() if number in best}
    return sorted(scores or {}, key=lambda number: (-(scores or {})[number], number))


def found(files: dict[str, bytes], query: str, folder: str = "") -> set[int]:
    """Return the explainers the search page finds for a query, in no order (ranked())."""
    return set(ranked(files, query, folder))


def lookup(files: dict[str, bytes], word: str, folder: str = "") -> dict[int, int]:
    """Return the explainers that the index files find by one whole word, with their weights."""
    _, (manifest,) = call(files[folder + search.MANIFEST])
    key = max((k for k in manifest["shards"] if word.startswith(k)), key=len, default=None)
    if key is None:
        return {}
    _, (_, words) = call(files[f"{folder}search/terms/{search.file_name(key)}.js"])
    return entries(words.get(word, []))




def site_files(out: Path, folder: str = "") -> dict[str, bytes]:
    """Return the files of a built site's index (of the edition in `folder`) by site path."""
    return {path.relative_to(out).as_posix(): path.read_bytes()
            for path in (out / folder / "search").rglob("*.js")}


def loaded(files: dict[str, bytes], query: str) -> int:
    """Return the bytes search.js loads for a query, following its rules, with 20 results."""
    _, (manifest,) = call(files[search.MANIFEST])
    words = query_words(query)
    keys = {key for word, prefix in zip(words, prefixes(words), strict=True)
            for key in shards_for(manifest, word, prefix)}
    docs = [data for path, data in files.items() if path.startswith("search/docs/")]
    return (len(files[search.MANIFEST]) + sum(manifest["shards"][key] for key in keys)
            + 20 * max(map(len, docs)))


def typed(files: dict[str, bytes], query: str) -> int:
    """Return the bytes search.js loads for a query typed a letter at a time: the list of
    shards, each shard a prefix of the query loads (following its rules), and 20 results."""
    _, (manifest,) = call(files[search.MANIFEST])
    keys = set()
    for end in range(1, len(query) + 1):
        words = query_words(query[:end])
        keys |= {key for word, prefix in zip(words, prefixes(words), strict=True)
                 for key in shards_for(manifest, word, prefix)}
    docs = [data for path, data in files.items() if path.startswith("search/docs/")]
    return (len(files[search.MANIFEST]) + sum(manifest["shards"][key] for key in keys)
            + 20 * max(map(len, docs)))


def built_site(folder: Path, files: dict[str, str]) -> Path:
    """Build a project of the given files in a folder; return its output folder."""
    root = write_project(folder / "site", files)
    result = run_cli("build", "--root", root, "--output", folder / "out")
    assert result.returncode == 0, result.stderr
    return folder / "out"


def build_japanese(folder: Path) -> Path:
    """Build the Japanese fixture site in a folder; return its output folder. The quake is
    explainer 0, the newer, and the election explainer 1."""
    return built_site(folder, {path.relative_to(JAPANESE).as_posix(): path.read_text("utf-8")
                               for path in JAPANESE.rglob("*") if path.is_file()})
