"""The nouns a language makes of a verb, which name the act the verb tells: "the declaration"
is what "Independence declared" did, "the derailment" what "Train derails" did. English makes
them with the endings -ation, -ion, -al, -ment and -ure (and "-sion" of a verb in "-de":
"invasion", "invades"); a noun whose stem, its ending taken off, is a title's word names that
title's act (see spans.py). Only a root of four letters or more is read: "final" is no "fin".
A noun of a kind of act names each act of its kind: "the crash" names "Train derails".
Two verbs may tell one act as newsrooms write it: a body "found" is one "recovered", one
"sworn in" took office; a sentence with either names a title with the other (acts_alike()).
A title's act is its verb, not a noun of it: "the vote" names "Australians vote No", not "Early
voting opens", whose act is the opening (as_verbs()).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dateclaims import Title

# Each language's endings of a noun of an act, as its stems end (English's stem drops a final
# "e": "closure" is read as "closur"), and what the verb's stem ends in instead.
ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("ification", "ifi"), ("ation", ""), ("ission", "it"), ("sion", "d"), ("ion", ""),
           ("ment", ""), ("ur", ""), ("al", "")),
}
SHORTEST_ROOT = 4
# Each language's nouns made of a verb that name its act as a thing, not as what a title says
# was done: English's gerund, "Early voting opens".
VERBAL_NOUNS: dict[str, re.Pattern[str]] = {"en": re.compile(r"\b[a-z]{3,}ing\b", re.IGNORECASE)}
# Each language's nouns that name an act of several kinds, with the stems of the verbs of each
# kind: newsrooms call a derailment or a collision "the crash".
KINDS: dict[str, dict[str, frozenset[str]]] = {
    "en": {"crash": frozenset({"derail", "collid", "plung"})},
}

# Each language's ways of telling one act, each as the stems of its words, all of which a text
# must have: a victim "found" on a day is "recovered" that day, and a president "sworn in"
# "takes office". Only acts that are one, never an act and its likely sequel ("arrested" and
# "charged" are two events).
SAME_ACTS: dict[str, tuple[tuple[frozenset[str], ...], ...]] = {
    "en": ((frozenset({"found"}), frozenset({"find"}), frozenset({"recover"})),
           (frozenset({"swear"}), frozenset({"tak", "offic"})),
           (frozenset({"arrest"}), frozenset({"detain"}))),
}


def acts_alike(text: str, content_words: Callable[[str], set[str]], language: str) -> set[str]:
    """Return the content words of a text, with those of each other way of telling an act it
    tells (SAME_ACTS): "found" of "the last of the six was found" with "recover"."""
    words = content_words(text)
    for ways in SAME_ACTS.get(language.split("-")[0], ()):
        if any(way <= words for way in ways):
            words = words.union(*ways)
    return words


def act_roots(word: str, language: str, content_words: Callable[[str], set[str]]) -> set[str]:
    """Return the stems of the verbs a noun (a stem, as content_words gives it) may be made of:
    "declar" of "declaration", "invad" of "invasion", "announc" of "announcement"; none for a
    word of no such ending, or in a language whose endings are not read."""
    roots = set(KINDS.get(language.split("-")[0], {}).get(word, ()))
    for ending, verb in ENDINGS.get(language.split("-")[0], ()):
        root = word[:-len(ending)] + verb if word.endswith(ending) else ""
        if len(root) >= SHORTEST_ROOT:
            roots |= {root, *content_words(root)}  # "announce" is read as "announc"
    return roots


def as_acts(named: set[str], words: set[str], language: str,
            content_words: Callable[[str], set[str]]) -> set[str]:
    """Return the words a span names, each noun of an act that no title has written as its
    verb's stem where a title (all their `words`) has that stem: "the declaration" as
    "declar"."""
    return {next(iter(sorted(found)), word) for word in named
            for found in [set() if word in words
                          else act_roots(word, language, content_words) & words]}


def as_verbs(titles: list[Title], language: str, content_words: Callable[[str], set[str]]
             ) -> list[Title]:
    """Return the titles with the words each writes as a verbal noun (VERBAL_NOUNS) left out,
    and as their own the rest that no other title has: of "Early voting opens" and
    "Australians vote No", "vot" is then the second's own, which "the vote" names."""
    nouns = VERBAL_NOUNS.get(language.split("-")[0])
    if nouns is None:
        return titles
    verbs = [title.words - content_words(" ".join(nouns.findall(title.event.title)))
             for title in titles]
    shared = Counter(word for words in verbs for word in words)
    return [title._replace(words=words, own={word for word in words if shared[word] == 1})
            for title, words in zip(titles, verbs, strict=True)]
