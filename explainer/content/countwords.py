"""What the words around a count change in what it counts: a second noun joined to its own
("7 countries and organisations" counts both), and a one told from the other ("One party is a
state, the other an armed group" picks one, and counts no group)."""

from __future__ import annotations

import re

from .counting import Counting
from .sentences import SENTENCE_END

# A word that may join a second noun to a count's ("and", "et"), then that noun.
JOINED = re.compile(r"\s+(?P<joint>\S+)\s+(?P<noun>[^\W\d_][\w'-]*)")


def one_of_several(text: str, claimed: int, end: int, counting: Counting) -> bool:
    """Tell whether a count of one, ending at `end`, picks one that its sentence, or the start
    of the next, tells from the other or others ("One party is a state, the other an armed
    group"; "One mediator borders Gaza. Another hosts the talks"): a choice, not the size of
    a group."""
    if claimed != 1 or counting.the_other is None:
        return False
    stop = SENTENCE_END.search(text, end)
    if stop is None:
        return counting.the_other.search(text, end) is not None
    return counting.the_other.search(text, end, stop.end()) is not None or \
        counting.the_other.match(text, stop.end()) is not None


def joined_noun(text: str, end: int, counting: Counting) -> int:
    """Return where a second noun joined to a count's own, at `end`, ends ("7 countries and
    organisations", "sept pays et organisations"): the count is of both together. 0 if there
    is none: a count of its own ("and two organisations") or a name ("and the EU") is none."""
    found = JOINED.match(text, end)
    if found is None or found["joint"].lower() not in counting.conjunctions:
        return 0
    noun = found["noun"].lower()
    return found.end() if counting.plural(noun) and not counting.number_word.fullmatch(noun) \
        else 0
