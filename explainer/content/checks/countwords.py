"""What the words around a count change in what it counts: a second noun joined to its own
("7 countries and organisations" counts both), and a one told from the other ("One party is a
state, the other an armed group" picks one, and counts no group)."""

from __future__ import annotations

import re

from .counting import Counting
from .sentences import sentence_ends

# What tells the one of a count of one from the other or others, after it in its sentence or
# the next ("One party is a state, the other an armed group"): no count but a choice.
THE_OTHER = {
    "en": re.compile(r"(?<!\w)(?:the\s+others?|another)(?!\w)", re.IGNORECASE),
    "fr": re.compile(r"(?<!\w)(?:l['’]autre|les\s+autres|une?\s+autre)(?!\w)", re.IGNORECASE),
    "de": re.compile(r"(?<!\w)(?:(?:der|die|das|den|dem)\s+anderen?|"
                     r"eine?[nmrs]?\s+andere[nmrs]?)(?!\w)", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:(?:el|la|los|las)\s+otr[oa]s?|otr[oa])(?!\w)", re.IGNORECASE),
    "it": re.compile(r"(?<!\w)(?:l['’]altr[oa]|gli\s+altri|"
                     r"le\s+altre|un\s+altro|un['’]altra)(?!\w)", re.IGNORECASE),
    "pt": re.compile(r"(?<!\w)(?:(?:o|a|os|as)\s+outr[oa]s?|outr[oa])(?!\w)", re.IGNORECASE),
}
# The words that join a second noun to a count's own, counted with it ("7 countries and
# organisations", "5 parties and mediators"): the count is of both together.
CONJUNCTIONS = {
    "en": frozenset("and or &".split()),
    "fr": frozenset("et ou".split()),
    "de": frozenset("und oder sowie".split()),
    "es": frozenset("y e o u".split()),
    "it": frozenset("e ed o".split()),
    "pt": frozenset("e ou".split()),
}
# A word that may join a second noun to a count's ("and", "et"), then that noun.
JOINED = re.compile(r"\s+(?P<joint>\S+)\s+(?P<noun>[^\W\d_][\w'-]*)")


def one_of_several(text: str, claimed: int, end: int, counting: Counting) -> bool:
    """Tell whether a count of one, ending at `end`, picks one that its sentence, or the start
    of the next, tells from the other or others ("One party is a state, the other an armed
    group"; "One mediator borders Gaza. Another hosts the talks"): a choice, not the size of
    a group."""
    the_other = THE_OTHER.get(counting.language)
    if claimed != 1 or the_other is None:
        return False
    stop = next(sentence_ends(text, end), None)
    if stop is None:
        return the_other.search(text, end) is not None
    return the_other.search(text, end, stop.end()) is not None or \
        the_other.match(text, stop.end()) is not None


def joined_noun(text: str, end: int, counting: Counting) -> int:
    """Return where a second noun joined to a count's own, at `end`, ends ("7 countries and
    organisations", "sept pays et organisations"): the count is of both together. 0 if there
    is none: a count of its own ("and two organisations") or a name ("and the EU") is none."""
    found = JOINED.match(text, end)
    if found is None or found["joint"].lower() not in CONJUNCTIONS.get(counting.language, ()):
        return 0
    noun = found["noun"].lower()
    return found.end() if counting.plural(noun) and not counting.number_word.fullmatch(noun) \
        else 0
