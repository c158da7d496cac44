"""A count of people, then their names beside it: "Four justices, Breyer, Sotomayor and Kagan,
dissented" counts four and names three.

A sentence is read when a count of a noun of people ("justices", "ministers", "men"), perhaps
with one word between ("four liberal justices"), is followed by a comma, a colon or a dash and
a closed list of names: each a run of capitalised words, joined by commas, the last by "and",
the list ending the sentence or its clause (a comma and a word in lowercase: "dissented",
"who"). The count disagrees when the list names another number. A count after "the", "of",
"all" or a bound ("about four") may be of a whole the names are some of, and is not read; nor
is a sentence that says a list names only some ("including", "among them"), or a list that
goes on ("…, and Chief Justice Roberts", "…, joined by Roberts").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ....errors import Problem
from ...model import Explainer
from ..counting import Counting
from ..texts.owntexts import own_texts
from ..texts.readings import Readings
from ..texts.sentences import as_read, sentence_start
from .countwarnings import placed

# By language: the plural nouns of people a count of names may have, the words before a count
# that make it no list's ("the four justices"), the words that join the last name, the small
# words inside a name ("de", "van"), and the words after a list that carry it on.
WORDS = {
    "en": (r"justices|judges|people|persons|men|women|children|members|senators|ministers|"
           r"officials|officers|suspects|players|candidates|lawmakers|legislators|journalists|"
           r"executives|leaders|politicians|soldiers|victims|survivors|hostages|astronauts|"
           r"governors|mayors|athletes|scientists|activists|defendants|prisoners|detainees|"
           r"sons|daughters|brothers|sisters|siblings|founders|directors|judges|commissioners|"
           r"Republicans|Democrats|MPs|deputies|envoys|generals|doctors|nurses|students",
           r"the|of|all|its|their|his|her|our|these|those|some|about|around|nearly|almost|over|"
           r"than|among|with|from|by|to|at|in|on|including|least|most|top|first|last|only",
           r"and",
           r"de|da|del|der|van|von|le|la|du|al|bin|ibn|dos|di",
           r"and|or|plus|with|along|together|as|alongside|joined|besides|but|nor"),
}
WORD = r"[^\W\d_][\w'\u2019.-]*"
SOME = {"en": r"including|among\s+them|of\s+whom|such\s+as"}  # words of a list of only some


@dataclass(frozen=True)
class Naming:
    """A language's shape of a count of people and their names, compiled: the count and the
    names, a word before a count that makes it no list's, what joins the names, and what says
    a list names only some."""

    count: re.Pattern[str]
    before: re.Pattern[str]
    joint: re.Pattern[str]
    some: re.Pattern[str]


@functools.cache
def naming(language: str) -> Naming | None:
    """Return a language's shape of a count of people and their names, or None."""
    if language not in WORDS:
        return None
    nouns, before, joint, small, carry = WORDS[language]
    capital = r"[^\W\d_a-z\u00df-\u00ff][\w'\u2019-]*(?:\.(?=\s+[^\W\d_a-z]))?"
    name = rf"{capital}(?:\s+(?:(?:{small})\s+)*{capital}){{0,3}}"
    return Naming(
        re.compile(rf"(?<![\w.,])(?P<count>\d+)\s+(?:{WORD}\s+)?(?:{nouns})"
                   rf"\s*(?:,|:|\u2014|\u2013|\s-)\s*"
                   rf"(?P<names>{name}(?:\s*,\s*{name})*\s*,?\s+(?:{joint})\s+{name})"
                   rf"(?=\s*(?:[.;:)\u2014\u2013]|,\s*(?!(?:{carry})\b)[a-z]|\Z))"),
        re.compile(rf"(?<![\w'\u2019])(?:{before})\s+\Z", re.IGNORECASE),
        re.compile(rf"\s*,\s*(?:(?:{joint})\s+)?|\s+(?:{joint})\s+"),
        re.compile(rf"(?<!\w)(?:{SOME[language]})(?!\w)", re.IGNORECASE))


def check_apposed_names(explainer: Explainer, counting: Counting,
                        readings: Readings) -> Iterator[Problem]:
    """Warn where a count of people and the names right after it give two numbers (see the
    module's docstring)."""
    shape = naming(counting.language.split("-")[0])
    for where, place, text in own_texts(explainer) if shape is not None else ():
        if not counting.may_count(text):
            continue
        read = readings.of_text(text)
        shown, clean = read.shown, read.figured
        for found in shape.count.finditer(clean):
            named = len(shape.joint.split(found["names"]))
            if named != int(found["count"]) and not only_some(clean, found, shape):
                yield placed(explainer, place, text, found.start(),
                             f"{where} counts {as_read(text, shown, *found.span('count'))} "
                             f"but names {named}: {as_read(text, shown, *found.span('names'))}",
                             "correct the count, or name them all")


def only_some(text: str, found: re.Match[str], shape: Naming) -> bool:
    """Tell whether a count is of a whole its names are some of: a word before it says so
    ("the four justices"), or its sentence does ("including")."""
    start = sentence_start(text, found.start())
    end = min((i for i in (text.find(". ", found.end()), text.find("\n", found.end()))
               if i >= 0), default=len(text))
    return shape.before.search(text, max(start, found.start() - 20), found.start()) is not None \
        or shape.some.search(text, start, end) is not None
