"""The births a text gives of several people, each by the name set just before its word for
born: "Patrick Mahomes, born on 17 September 1995, ... Travis Kelce, born on 5 October 1989".

A text that gives one birth gives the person's (ages.birth_of()); one that gives several gives
each its own, named by the capitalised words that run up to it ("Brock Purdy" of "San
Francisco's quarterback Brock Purdy, born on 27 December 1999"). A name word two of them share
("Kelce" of Travis and Jason Kelce) names neither, so that "Kelce, 35," is held to no birth.
"""

from __future__ import annotations

from collections import Counter

from ...model import Explainer
from .ages import Birth, given_births
from .agewords import WORD, AgeWords


def named_births(explainer: Explainer, words: AgeWords) -> list[Birth]:
    """Return the birth of each person the text gives one of, after their name, with the
    words of that name no other birth's name has; none whose name is not given."""
    found = [Birth(*days, where, name) for days, where, before in given_births(explainer, words)
             if (name := name_before(before, words))]
    shared = Counter(word for birth in found for word in birth.names)
    return [birth._replace(names=frozenset(w for w in birth.names if shared[w] == 1))
            for birth in found]


def name_before(before: str, words: AgeWords) -> frozenset[str]:
    """Return the words, in small letters, of the run of capitalised words that ends the text
    before a word for born, but for its mark ("Travis Kelce" of "Travis Kelce, "); none if a
    word of no name ends it ("who was")."""
    plain = words.articles | words.prepositions | words.pronouns | words.openers
    tokens = WORD.findall(before[-80:])
    if not tokens or not before.rstrip(" ,(").endswith(tokens[-1]):
        return frozenset()
    run: list[str] = []
    for token in reversed(tokens):
        if not token[0].isupper() or token.lower() in plain:
            break
        run.append(token.lower())
    return frozenset(run)
