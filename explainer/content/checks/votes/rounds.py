"""The round of a two-round vote a figure's label and an amount's sentence name: "Erdogan's share
in the run-off" is not what "In the first round Erdogan took 49.52%" gives, nor "27.8 million
votes in the run-off" a count of the first round. A label that names one round is held only
against amounts of that round or of none named; an amount's round is the one its clause names,
else the one of its sentence nearest to it ("took 49.52% in the first round and 52.18% in the
run-off"); one named right after an amount is its own, whatever comes before it ("in the first
round and 52.18% in the run-off"). A label or a sentence that names no round is held as any
amount is.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..texts.sentences import clause_at, sentence_at
from .roundwords import ROUNDS

if TYPE_CHECKING:
    from ..amounts.levels import Known
    from ..counting import Counting


@functools.cache  # once per language
def round_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a round named, its group 'first' or 'second', or None."""
    words = ROUNDS.get(language)
    if words is None:
        return None
    return re.compile(rf"(?<!\w)(?:(?P<first>{words[0]})|(?P<second>{words[1]}))(?!\w)",
                      re.IGNORECASE)


def rounds_named(text: str, pattern: re.Pattern[str]) -> set[str]:
    """Return the rounds a text names: 'first', 'second', both or none."""
    return {str(match.lastgroup) for match in pattern.finditer(text)}


@functools.cache  # once per language
def right_after(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return the pattern of a round named right after an amount, a few words between:
    "51.18% in the run-off", "49,52 Prozent der Stimmen im ersten Wahlgang"."""
    return re.compile(rf"\s+(?:[^\W\d]+\s+){{0,3}}?(?:{pattern.pattern})", re.IGNORECASE)


def round_at(text: str, span: tuple[int, int], pattern: re.Pattern[str]) -> str | None:
    """Return the round an amount (its span in the text) is of: the one named right after it,
    else the one its clause names, the nearest if it names both, else the nearest its sentence
    names; None if none names one."""
    after = right_after(pattern).match(text, span[1])
    if after is not None:
        return str(after.lastgroup)
    for part in (clause_at(text, span[0]), sentence_at(text, span[0])):
        begin = text.rfind(part, 0, span[0] + len(part))
        named = [(max(span[0] - begin - match.end(), begin + match.start() - span[1]),
                  str(match.lastgroup)) for match in pattern.finditer(part)]
        if named:
            return min(named)[1]
    return None


def of_round(known: Known, text: str, span: tuple[int, int], counting: Counting) -> Known:
    """Return the key figures an amount (its span in the text) may be held against: all but
    those whose label names one round alone, another than the amount's."""
    pattern = round_pattern(counting.language.split("-")[0])
    labels = [rounds_named(k[0].label, pattern) for k in known] if pattern is not None else []
    its = round_at(text, span, pattern) if pattern is not None and any(labels) else None
    if its is None:
        return known  # no label names a round, or the amount's sentence names none
    return [k for k, named in zip(known, labels, strict=True) if len(named) != 1 or its in named]
