"""A span of several units, "48 years, five months and two days later", "a year and three
months after the war began": read as its largest unit's count (48 years), the rest a bound on
how far beyond that count it runs (five months and two days), so that the count of its largest
unit is held to the timeline and the rest widens it (see spanslips.py). A bound before the
whole, "more than two years and three months after", says on which side of the whole the time
lies.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..texts.conjunctions import AND, words_pattern
from .spanlanguages import bound_before
from .spanwords import FIGURES, UNIT_DAYS, SpanWords, alternatives

if TYPE_CHECKING:
    from .spans import Span


def whole(plain: str, span: Span, words: SpanWords, language: str) -> Span | None:
    """Return a span with the parts of its sum before it and the side of the bound before the
    whole ("more than two years and three months after"); None for a bound of no side or a
    stretch of time ("within 40 days after", "in the two weeks before")."""
    span = summed(plain, span, words, language)
    if span is None:
        return None
    bound = bound_before(plain, span.start, language)
    if bound is not None:
        return span._replace(bound=bound[0])
    if words.bounded is not None and words.bounded.search(
            plain, max(0, span.start - 20), span.start):
        return None
    return span


def written_at(plain: str, span: Span, found: re.Match[str], words: SpanWords,
               language: str) -> tuple[int, int]:
    """Return where the words of a span are written: from its bound or the first part of its
    sum ("more than two years and three months after"), to its link."""
    start, end = words.written(found)
    bound = bound_before(plain, span.start, language)
    if bound is not None:
        return bound[1], end
    return (span.start if span.start < found.start() else start), end


def summed(plain: str, span: Span, words: SpanWords, language: str) -> Span | None:
    """Return a span with the parts of its sum before it, from the first: its largest unit's
    count, and the rest in days; the span as it is when it is no sum's last part; None for one
    whose language writes its link first, whose parts are not read."""
    parts = parts_before(plain, span.start, words, language)
    if not parts:
        return span
    if words.names_after is not None:
        return None
    parts.append((span.start, span.count, span.unit))
    largest = max(parts, key=lambda part: UNIT_DAYS[part[2]])
    total = sum(count * UNIT_DAYS[unit] for _, count, unit in parts)
    rest = total - largest[1] * UNIT_DAYS[largest[2]]
    return span._replace(start=parts[0][0], count=largest[1], unit=largest[2], rest=rest)


def parts_before(plain: str, start: int, words: SpanWords,
                 language: str) -> list[tuple[int, int, str]]:
    """Return the parts of a sum of units that end, joined by a comma or "and", where a span
    starts ("48 years, five months and | two days later"): where each starts, its count and
    its unit, the first first; not a date's year ("13 grudnia 2023 roku, trzy dni po"), nor a
    unit's word with no count that says no one of it alone ("w tym roku, trzy dni po")."""
    part = part_pattern(words, language)
    parts: list[tuple[int, int, str]] = []
    while (found := part.search(plain, max(0, start - 60), start)) is not None:
        start = found.start()
        count = words.count(found["count"]) if found["count"] else 1
        unit = words.unit(found["unit"])
        if not found["count"] and found["unit"].lower() not in (*words.lone, *words.fused) or \
                count >= 1000 and unit == "year":
            break
        parts.insert(0, (start, count, unit))
    return parts


def part_pattern(words: SpanWords, language: str) -> re.Pattern[str]:
    """Return the pattern of one part of a sum of units right before the next: its count
    (none for a unit said alone, "a year and"), its unit and what joins it to the next."""
    return joined_part(tuple(words.counts), words.units_pattern, words.spacing,
                       language.split("-")[0])


@functools.cache
def joined_part(counts: tuple[str, ...], units: str, spacing: str, language: str
                ) -> re.Pattern[str]:
    """Compile part_pattern() once for a language's words: it is asked for at every span."""
    joined = words_pattern((*AND.get(language, ()), ","))
    return re.compile(
        rf"(?<!\w)(?:(?P<count>{FIGURES}|{alternatives(counts)}){spacing})?"
        rf"(?P<unit>{units})(?:\s*(?:{joined}))+\s*\Z", re.IGNORECASE)
