"""The happenings a timeline's title joins, each of which a sentence may tell alone.

A title may join two happenings of one day: "The ceasefire takes effect and three women are
freed", "Voda zaplavuje Krnov a Opavu, v Ostravě se protrhla hráz Odry". A sentence that tells
one of them whole ("freed three women on 19 January") speaks of the event, though it shares few
of the other's words. A title's clauses are its parts between commas, semicolons and its
language's "and" (conjunctions.py). One with two words at least that are not names (what
befell whom, not a place: "Na sever Moravy a do Slezska" joins two places, "north" their only
such word) is told by a sentence that has every one of those words, and more than half of all:
"the three women's families gathered" does not tell "three women are freed".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from ...model import TimelineEvent
from .conjunctions import AND, words_pattern

CLAUSE_MARKS = r"[,;\uff0c\u3001\uff1b]\s*"


class Clause(NamedTuple):
    """A clause of an event's title: its words, those no other title has, those not of its
    names."""

    event: TimelineEvent
    words: set[str]
    own: set[str]
    unnamed: set[str]


def clauses_of(title: str, language: str) -> list[str]:
    """Return a title's clauses, if it has more than one: its parts between commas,
    semicolons and its language's "and"."""
    ands = AND.get(language.split("-")[0], ())
    joins = CLAUSE_MARKS + (rf"|\s+(?:{words_pattern(ands)})\s+" if ands else "")
    parts = [part.strip() for part in re.split(joins, title, flags=re.IGNORECASE)]
    return [part for part in parts if part] if len(parts) > 1 else []


def title_clauses(event: TimelineEvent, own: set[str], unnamed: set[str], language: str,
                  content_words: Callable[[str], set[str]]) -> list[Clause]:
    """Return the clauses of an event's title with two words at least not of its names, each
    with its words, its own words and those not of the title's names."""
    found = []
    for clause in clauses_of(event.title, language):
        words = content_words(clause)
        if len(words & unnamed) >= 2:
            found.append(Clause(event, words, words & own, words & unnamed))
    return found


def told_clause(words: set[str], clauses: list[Clause]) -> TimelineEvent | None:
    """Return the one event one of whose title's clauses a sentence's words tell: all the
    clause's words not of its names, more than half of all, two at least, and one that no other
    title has; None if none does, or those of two events do."""
    events: list[TimelineEvent] = []
    for clause in clauses:
        shared = words & clause.words
        if clause.unnamed <= words and 2 * len(shared) > len(clause.words) \
                and len(shared) >= 2 and words & clause.own \
                and not any(event is clause.event for event in events):
            events.append(clause.event)
    return events[0] if len(events) == 1 else None
