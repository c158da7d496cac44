"""The search index: small script files that the search page loads with <script src>.

Browsers refuse `fetch` from file://, but they run scripts: each file calls a function of
static/search.js. Each language's edition has its own search page and index, in its folder
('' or 'fr/'), of its own explainers. The index is split so that a query loads only what its
words need:

- search/index.js lists the shards with their sizes, and how many explainers there are;
- search/docs/<n>.js holds DOCS_PER_FILE explainers each: title, dek, address (from the
  edition's folder) and date, in ISO 8601 and as the lists write it;
- search/terms/<key>.js holds the words that begin with <key> (two letters, or more where a
  shard would pass SHARD_CAP; one for the pairs of letters of a script without spaces, which
  terms.py cuts its runs into), each with the explainers it is found in and how prominently.

Explainers are numbered in the site's order, newest first, so that the lower number wins a tie.
A word's explainers are listed by number, each as (number - previous number) * 16 + weight:
a word found in every explainer of 10,000 takes about 40 KB.
The word typed last is a prefix, and so is a term of one letter (terms.py): search.js loads
the shards of the longer words it begins, unless together they pass PREFIX_BUDGET; then it
looks the word up whole.
Words are compared folded and cut as terms.py says, which search.js follows; an Arabic word
is also found by the words joined to a letter before it (terms.joined_words()).
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import tzinfo

from ..content.model import Teaser
from .searchnames import country_heads, country_words
from .terms import joined_words, unspaced, words_of
from .words import Words

FOLDER = "search"
MANIFEST = f"{FOLDER}/index.js"
DOCS_PER_FILE = 10  # a page of 20 results loads at most 20 of these, about 3 KB each
SHARD_CAP = 60_000  # bytes: a shard larger than this is split by its words' next letter
# A shard of pairs (of a script without spaces) is split past half as much: a sentence pasted
# whole loads one for each of its letters.
PAIR_CAP = SHARD_CAP // 2
PREFIX_BUDGET = 150_000  # bytes of shards a prefix may load beyond its own
KEY_LENGTH = 2
# A shard is split by its words' next letter no further than keys of this many letters: a
# single long word (a pasted address, a run of letters) is as large split as whole, and a
# longer key would make a file name past what a disk takes.
MAX_KEY_LENGTH = 12
# How prominently a word is found; an explainer ranks by its best place for each word. The
# first word of a country's name weighs as the dek does, its other words as tags do.
TITLE, OUTLINE, DEK, HEAD, OTHER = 8, 4, 2, 2, 1
STEP = 16  # an entry is (number - previous number) * STEP + weight: weights are under STEP
CALL = "explainerSearch"  # the global object of static/search.js
SCRIPT = "search.js"  # the search page's script, in static/

Postings = dict[str, list[int]]  # word: an entry per explainer, as the docstring says
# An explainer's title, outline, dek, tags and names, and countries: see weighed_words().
Searched = tuple[str, tuple[str, ...], str, tuple[str, ...],
                 tuple[tuple[str, tuple[str, ...], str], ...]]


@dataclass(frozen=True)
class SearchIndex:
    """The index a search page loads: its edition's folder, the names of each of the
    edition's countries in its language (the site knows the English ones), the words of its
    language and the site's time zone, which write the results' dates as the lists do."""

    folder: str  # '' for the site's language, else such as 'fr/'
    names: tuple[tuple[str, tuple[str, ...]], ...]  # country code, names
    words: Words
    zone: tzinfo  # the site's: a time of publication falls on its day there

    @property
    def manifest(self) -> str:
        """Return the site path of the index's list of shards."""
        return self.folder + MANIFEST


def searched(teaser: Teaser, names: Mapping[str, tuple[str, ...]]) -> Searched:
    """Return the texts an explainer is found by, as weighed_words() takes them; `names`
    holds the countries' names in the explainer's language, by code; a country is also found
    by the label its page shows for it ("England", "Team GB")."""
    countries = tuple((entry.country.code,
                       (*names.get(entry.country.code, ()), *filter(None, (entry.label,))),
                       entry.country.name)
                      for entry in teaser.countries)
    return (teaser.title, tuple(teaser.outline), teaser.dek, (*teaser.tags, *teaser.named),
            countries)


# The preview makes the index again after each edit that changes a list: the explainers that
# did not change are found here. Bounded: two languages' worth of a large archive.
@functools.lru_cache(maxsize=32_768)
def weighed_words(title: str, outline: tuple[str, ...], dek: str, tags: tuple[str, ...],
                  countries: tuple[tuple[str, tuple[str, ...], str], ...]) -> dict[str, int]:
    """Return each word of an explainer's searchable texts with the weight of its best place
    (the caller must not change the answer: it is kept for the same texts). `tags` also holds
    the organisations the explainer names; `countries` holds each country's code, its names
    in the explainer's language and its English name."""
    found: dict[str, int] = {}
    # From the least weight to the most, so that a word takes the weight of its best place.
    for country in countries:
        found.update(dict.fromkeys(country_words(*country), OTHER))
    for text in tags:
        found.update(dict.fromkeys(tag_words(text), OTHER))
    for country in countries:
        found.update(dict.fromkeys(country_heads(*country), HEAD))
    for weight, texts in ((DEK, (dek,)), (OUTLINE, outline), (TITLE, (title,))):
        for text in texts:
            found.update(dict.fromkeys(words_of(text), weight))
    return found


# A tag or an organisation is named by many explainers: its words are cut once.
tag_words = functools.lru_cache(maxsize=32_768)(words_of)


def postings(explainers: Iterable[Searched]) -> Postings:
    """Return every word with the explainers it is found in, by number, and its weights."""
    found: Postings = defaultdict(list)
    last: dict[str, int] = {}
    for number, texts in enumerate(explainers):
        for word, weight in weighed_words(*texts).items():
            found[word].append((number - last.get(word, 0)) * STEP + weight)
            last[word] = number
    return dict(found)


def with_joined(words: Postings) -> Postings:
    """Return the postings of each word that words joined to a letter before it add to
    (terms.joined_words()): the explainers of 'قناه' and of 'بقناه', each at its best weight."""
    merged: Postings = {}
    for word, joined in joined_words(words).items():
        best: dict[int, int] = {}
        for term in (word, *joined):
            for number, weight in decoded_postings(words[term]):
                best[number] = max(best.get(number, 0), weight)
        merged[word] = encoded_postings(sorted(best.items()))
    return merged


def root(word: str) -> str:
    """Return the key of the shard that holds a word unless it is split: the word's first two
    letters, or its first for a pair of a script without spaces (a file per pair would make
    thousands)."""
    return word[:1] if unspaced(word) else word[:KEY_LENGTH]


def shard(words: Postings, length: int = 0) -> dict[str, bytes]:
    """Group words by their first `length` letters (at first by their root()), each group as
    its script; split a group larger than SHARD_CAP (PAIR_CAP for pairs) by the next letter,
    up to keys of MAX_KEY_LENGTH letters."""
    groups: dict[str, Postings] = defaultdict(dict)
    for word, found in sorted(words.items()):
        groups[word[:length] if length else root(word)][word] = found
    shards: dict[str, bytes] = {}
    for key, group in groups.items():
        data = script("terms", key, group)
        longer = {word: found for word, found in group.items() if len(word) > len(key)}
        cap = PAIR_CAP if unspaced(key) else SHARD_CAP
        if len(data) > cap and longer and len(key) < MAX_KEY_LENGTH:
            shards |= shard(longer, len(key) + 1)
            group = {word: found for word, found in group.items() if len(word) <= len(key)}
            if not group:
                continue
            data = script("terms", key, group)
        shards[key] = data
    return shards


def file_name(key: str) -> str:
    """Return a shard's file name: its key, or its key's UTF-8 in hex past plain letters."""
    if key.isascii() and key.isalnum():
        return key
    return "x" + key.encode().hex()


def encoded(data: object) -> str:
    """Return data as compact JSON, readable as a JavaScript value."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def script(function: str, *values: object) -> bytes:
    """Return a script that hands values to a function of static/search.js."""
    return f"{CALL}.{function}({','.join(encoded(v) for v in values)});\n".encode()


def document(teaser: Teaser, index: SearchIndex) -> list[str]:
    """Return what a result shows of an explainer: title, dek, address from its edition's
    folder (where the search page is), date in ISO 8601 (as precise as it is known: 2024,
    2024-06 or 2024-06-26) and as the lists write it ("26 June 2024"): a browser's own
    calendar data may write it otherwise. A time of publication dates it by the day it falls
    on in the site's time zone, as the lists and the page do."""
    day = teaser.published.day_in(index.zone)
    return [teaser.title, teaser.dek, teaser.url.removeprefix(teaser.folder),
            day.iso, index.words.date(day)]


def decoded_postings(found: list[int]) -> Iterable[tuple[int, int]]:
    """Return a word's explainers, by number, with their weights: what encoded_postings()
    encodes."""
    number = 0
    for entry in found:
        number += entry // STEP
        yield number, entry % STEP


def encoded_postings(found: Iterable[tuple[int, int]]) -> list[int]:
    """Return a word's explainers, (number, weight) in order, as postings() lists them; an
    explainer of weight 0 is one the word is no longer found in."""
    entries, last = [], 0
    for number, weight in found:
        if weight:
            entries.append((number - last) * STEP + weight)
            last = number
    return entries
