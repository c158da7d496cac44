"""A duration a sentence gives its subject that the timeline measures otherwise: "The
negotiations took 25 months", "The siege lasted nine days".

What took or lasted a time is the subject of the verb: it is measured from the one event whose
title names the subject and a beginning ("Negotiations open in Brussels") to the one whose
title names it and an end ("Negotiations conclude with a deal"), with the span checks'
precision (spanslips.py), a count of days either way: with its first day or without it. A
subject no title names, or that two titles name a beginning or an end of, is not read: the
events meant are unsure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ....errors import Problem
from ...model import Explainer, Timeline
from ..amounts.countwarnings import warning
from ..dates.dateclaims import Title, authors_text, event_titles
from ..texts.owntexts import own_texts
from ..texts.sentences import sentence_at
from .spanends import End, Words
from .spanlanguages import span_words
from .spans import Span
from .spanslips import slip
from .spanwords import AFTER, alternatives

# By language: the verbs that give a subject's duration, and the words of a title that say
# its subject begins or ends.
DURATIONS = {
    "en": (r"took|takes|lasted|lasts|had\s+lasted|has\s+lasted|have\s+lasted",
           "open opens opened begin begins began start starts started launch launches launched",
           "close closes closed end ends ended conclude concludes concluded finish finishes "
           "finished collapse collapses collapsed"),
}


@functools.cache  # once per language
def duration_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a subject, its verb of duration and the count of time after it
    ("The negotiations took 25 months"), or None for a language it is not known in."""
    found = DURATIONS.get(language.split("-")[0].lower())
    words = span_words(language)
    if found is None or words is None:
        return None
    return re.compile(rf"(?P<subject>[^\W\d_][^.,;:!?()\n]{{0,60}}?)\s+(?:{found[0]})\s+"
                      rf"(?:(?P<rough>{alternatives(words.rough)})\s+)?"
                      rf"(?P<count>\d+|{alternatives(words.counts)})\s+"
                      rf"(?P<unit>{words.units_pattern})(?!\w)", re.IGNORECASE)


@functools.cache  # once per language
def verb_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a verb of duration alone, between spaces: a quick test of a text
    before the subject's pattern, which tries each of its letters, reads it."""
    found = DURATIONS.get(language.split("-")[0].lower())
    return None if found is None else re.compile(rf"\s(?:{found[0]})\s", re.IGNORECASE)


def check_durations(explainer: Explainer, content_words: Words,
                    capitalised_nouns: bool = False) -> Iterator[Problem]:
    """Warn about a duration a sentence gives its subject that the timeline's dates of its
    beginning and its end measure otherwise."""
    pattern, words = duration_pattern(explainer.language), span_words(explainer.language)
    verb = verb_pattern(explainer.language)
    events = tuple(event for section in explainer.sections if isinstance(section, Timeline)
                   for event in section.events if event.date.common_era)
    if pattern is None or verb is None or words is None or len(events) < 2:
        return
    titles = event_titles(events, content_words, capitalised_nouns, explainer.language)[0]
    marks = DURATIONS[explainer.language.split("-")[0].lower()]
    begins, ends = content_words(marks[1]), content_words(marks[2])
    for where, place, text in own_texts(explainer, verb.search, articled=True):
        for found in pattern.finditer(authors_text(text)):
            subject = content_words(found["subject"])
            start, end = (one_event(titles, subject, mark) for mark in (begins, ends))
            if start is None or end is None or start.event is end.event:
                continue
            count = found["count"]
            span = Span(found.start("count"), found.end(), int(count) if count.isdigit()
                        else words.counts[count.lower()], words.unit(found["unit"]), AFTER,
                        found["rough"] is not None)
            told = slip(span, start, end)
            if told is not None and not both_days(span, start, end):
                written = " ".join(text[found.start():found.end()].split())
                yield warning(explainer, *place.at(found.start("count")),
                              f"{where} says '{written}', from {start.name} "
                              f"({start.when.iso}), but {told}",
                              "make the duration and the timeline's dates agree",
                              " ".join(sentence_at(text, found.start()).split()))


def both_days(span: Span, start: End, end: End) -> bool:
    """Tell whether a duration in days counts both its first and its last day, as newsrooms
    count a strike's or a siege's ("the 53-day strike" from 13 September to 4 November)."""
    return span.unit == "day" and span.count > 1 and \
        slip(span._replace(count=span.count - 1), start, end) is None


def one_event(titles: list[Title], subject: set[str], marks: set[str]) -> End | None:
    """Return the one event whose title names the subject and one of the marks (a beginning,
    an end), or None when none or several do."""
    found = [title.event for title in titles if title.words & subject and title.words & marks]
    if len(found) != 1:
        return None
    return End(f"'{found[0].title}'", found[0].date, found[0])
