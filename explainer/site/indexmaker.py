"""The maker of an edition's search index (see search.py), which makes it again after a few of
its explainers changed by redoing only what they change.

A maker holds, for each explainer, the texts it is found by and what a result shows of it: it
compares those with what it is given next time, not the explainers, so that it works as well
after being kept on disk from one build to the next (see speed/diskmemo.py) as after being
kept in memory by the preview.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any, NamedTuple

from ..content.model import Teaser
from . import search
from .search import DOCS_PER_FILE, Postings, SearchIndex, root, shard, weighed_words

REDO_LIMIT = 100  # explainers changed at once beyond which the index is made whole again


class Found(NamedTuple):
    """What an index holds of an explainer: the texts it is found by, and what a result shows
    of it (see search.document())."""

    searched: search.Searched
    shown: tuple[str, ...]


class IndexMaker:
    """Makes an edition's search index, and makes it again after a change to a few of its
    explainers by redoing only their words, the shards that hold them and their documents.

    At 10,000 explainers the whole index takes about 0.4 s; the preview keeps a maker per
    edition in memory, a build in the build cache.
    """

    def __init__(self) -> None:
        self.found: tuple[Found, ...] = ()  # by explainer's number
        self.names: dict[str, tuple[str, ...]] | None = None
        self.words: Postings = {}
        self.joined: Postings = {}  # the words' postings with those of the words joined to them
        self.terms: dict[str, bytes] = {}  # each shard's script, by key
        self.docs: list[bytes] = []  # each document file's script, by number
        # In memory only: the explainers last found, and the index they were found for.
        self.explainers: tuple[Teaser, ...] = ()
        self.index: SearchIndex | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Keep all but the explainers, which the next build compares by what was found."""
        return {**self.__dict__, "explainers": (), "index": None}

    def files(self, explainers: tuple[Teaser, ...], index: SearchIndex) -> dict[str, bytes]:
        """Return the files of the index of these explainers by site path."""
        names = dict(index.names)
        found = self.found_in(explainers, names, index)
        changed = [number for number, (before, now) in
                   enumerate(zip(self.found, found, strict=False)) if before != now]
        if names != self.names or len(found) != len(self.found) or len(changed) > REDO_LIMIT:
            self.words = search.postings(each.searched for each in found)
            self.joined = search.with_joined(self.words)
            self.terms = shard(self.words | self.joined)
            self.docs = [docs_file(found, number)
                         for number in range(-(-len(found) // DOCS_PER_FILE))]
        else:
            edited = self.redo(changed, found)
            joined, self.joined = self.joined, search.with_joined(self.words)
            edited |= {word for word in joined.keys() | self.joined.keys()
                       if joined.get(word) != self.joined.get(word)}
            keys = {root(word) for word in edited}
            self.terms = {key: data for key, data in self.terms.items()
                          if root(key) not in keys}
            self.terms |= shard({word: found for word, found in (self.words | self.joined).items()
                                 if root(word) in keys})
            for number in {number // DOCS_PER_FILE for number in changed}:
                self.docs[number] = docs_file(found, number)
        self.found, self.explainers, self.names, self.index = found, explainers, names, index
        return index_files(len(found), index, self.terms, self.docs)

    def found_in(self, explainers: tuple[Teaser, ...], names: Mapping[str, tuple[str, ...]],
                 index: SearchIndex) -> tuple[Found, ...]:
        """Return what the index holds of each explainer: as before for the very explainers
        it was last given, in the same places, for the same index."""
        same = index == self.index
        return tuple(
            self.found[number] if same and number < len(self.explainers)
            and self.explainers[number] is teaser
            else Found(search.searched(teaser, names), tuple(search.document(teaser, index)))
            for number, teaser in enumerate(explainers))

    def redo(self, changed: list[int], found: tuple[Found, ...]) -> set[str]:
        """Put the words of the explainers at these numbers right; return the words whose
        explainers changed."""
        edits: dict[str, dict[int, int]] = defaultdict(dict)  # word: number: weight, 0 if gone
        for number in changed:
            before = weighed_words(*self.found[number].searched)
            now = weighed_words(*found[number].searched)
            for word in before.keys() | now.keys():
                if before.get(word) != now.get(word):  # most words stay as they were
                    edits[word][number] = now.get(word, 0)
        for word, edit in edits.items():
            places = dict(search.decoded_postings(self.words.get(word, []))) | edit
            self.words[word] = search.encoded_postings(sorted(places.items()))
            if not self.words[word]:
                del self.words[word]
        return set(edits)


def docs_file(found: tuple[Found, ...], number: int) -> bytes:
    """Return the script of document file `number`: what results show of DOCS_PER_FILE
    explainers."""
    start = number * DOCS_PER_FILE
    return search.script("docs", number,
                         [each.shown for each in found[start:start + DOCS_PER_FILE]])


def index_files(count: int, index: SearchIndex, terms: Mapping[str, bytes],
                docs: list[bytes]) -> dict[str, bytes]:
    """Return the files of an edition's index of `count` explainers: the list of shards, the
    explainers' documents and the shards."""
    manifest = {"count": count, "docs": DOCS_PER_FILE, "prefix_budget": search.PREFIX_BUDGET,
                "shards": {key: len(data) for key, data in terms.items()}}
    files = {search.MANIFEST: search.script("manifest", manifest)}
    files |= {f"{search.FOLDER}/docs/{number}.js": data for number, data in enumerate(docs)}
    files |= {f"{search.FOLDER}/terms/{search.file_name(key)}.js": data
              for key, data in terms.items()}
    return {index.folder + path: data for path, data in files.items()}
