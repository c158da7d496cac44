"""A key figure's own span given in another unit ("The ruling came 67 days after the
argument" beside "2 months | between the argument and the ruling"): where it agrees, the
sentence's other spans ("nearly five months after the appeals court ruled") are measured
between other events, and are no level of that figure."""

from __future__ import annotations

import re

from ...model import Figure
from ..counting import Counting
from ..texts.counted import Amount
from ..texts.sentences import sentence_at, sentence_start
from .spanlanguages import gap_between, label_ends, span_words, tells
from .spanwords import AFTER, FIGURES, UNIT_DAYS, SpanWords, alternatives


def between_events(text: str, offset: int, amount: Amount, figure: Figure,
                   counting: Counting) -> bool:
    """Tell whether an amount at offset is a span between two events, no level of a figure:
    a gap ("four days before the landing": spanlanguages.py), or one from another event than
    the figure's own span the sentence gives ("67 days after the argument, and five months
    after the appeals court ruled")."""
    end = offset + len(amount.written)
    return gap_between(text, offset, end - offset, counting, figure.label) or \
        into_stretch(text, offset, end, counting, figure.label) or \
        own_span_beside(text, offset, end, counting, (figure.value, figure.label))


def into_stretch(text: str, start: int, end: int, counting: Counting, label: str) -> bool:
    """Tell whether a count of time at start..end is the time gone within a stretch still
    running ("settled on 8 November, 117 days into the strike"): a moment in it, no level of a
    figure that counts a whole stretch ("days the strike lasted"), which only a label of such
    a moment ("days into the strike when the union settled") gives."""
    words = span_words(counting.language)
    if words is None or not words.within:
        return False
    within = alternatives(words.within)
    if re.compile(rf"\s+(?:{within})(?![\w-])", re.IGNORECASE).match(text, end) is None or \
            re.search(rf"(?<!\w)(?:{words.units_pattern})\s*\Z", text[start:end],
                      re.IGNORECASE) is None:
        return False  # "moved 300 officers into the city" counts no time
    return re.search(rf"(?<!\w)(?:{within})(?!\w)", label, re.IGNORECASE) is None


def own_span_beside(text: str, start: int, end: int, counting: Counting,
                    figure: tuple[str, str]) -> bool:
    """Tell whether the sentence of a span at start..end measured from an event it names
    ("five months after the appeals court ruled"), not the figure's start, gives the figure
    (value, label) elsewhere as a span of its own ends, in a unit it agrees with: then this
    span is between other events."""
    words = span_words(counting.language)
    value, label = figure
    ends = label_ends(label, counting.language)
    own = None if words is None else count_in(value, words)
    if words is None or ends is None or own is None or not after_link(text, end, words):
        return False
    first = sentence_start(text, start)
    sentence = sentence_at(text, start)
    named = counting.content_words(text[end:first + len(sentence)][:60])
    if not named or tells(named, ends[0], counting):
        return False  # "five months after it", "after the argument": the figure's own start
    for found in words.spans_in(sentence):
        if first + found.start() <= start < first + found.end() or \
                words.links.get(words.link_of(found)) != AFTER:
            continue
        told = counting.content_words(sentence[:found.start()])
        event = counting.content_words(sentence[found.end():found.end() + 60])
        span = (words.count_of(found), words.unit_of(found))
        if tells(told, ends[1], counting) and tells(event, ends[0], counting) and \
                agrees(span, own):
            return True
    return False


def count_in(value: str, words: SpanWords) -> tuple[int, str] | None:
    """Return the count and unit of a figure's value of days, weeks, months or years."""
    found = re.search(rf"(?<!\w)(?P<count>{FIGURES}|{alternatives(words.counts)})\s+"
                      rf"(?P<unit>{words.units_pattern})(?!\w)", value, re.IGNORECASE)
    return None if found is None else (words.count_of(found), words.unit_of(found))


def after_link(text: str, end: int, words: SpanWords) -> bool:
    """Tell whether the count of time ending at end is measured from an event after it."""
    links = [word for word, sense in words.links.items() if sense == AFTER]
    return re.compile(rf"\s+(?:{alternatives(links)})(?![\w-])", re.IGNORECASE).match(
        text, end) is not None


def agrees(span: tuple[int, str], figure: tuple[int, str]) -> bool:
    """Tell whether a span in another unit gives the figure's, rounded to the figure's unit
    ("67 days" gives "2 months"; "95 days" does not)."""
    count, unit = span
    value, its = figure
    return unit != its and abs(count * UNIT_DAYS[unit] / UNIT_DAYS[its] - value) < 0.5
