"""The words a day of a sentence is read with, and the ends of a span of days.

A sentence may tell two happenings, each with its day: "on 13 May crews brought down the span,
and on 21 May the Dali was floated off". Each day is read with its own clause: the words from
the last clause break (a comma, a semicolon, a spaced dash, the language's "and") before it,
after the day that comes before it in its sentence, to the last such break before the next
day; an "and" that joins two nouns ("its spire and its roof on 16 April") breaks no clause. A
sentence with one day is read whole.

A span of days ("from 19 April to 1 June", "between 19 April and 1 June", "19 April–1 June")
gives the days of two events when the timeline's titles say a start and an end ("The first of
seven phases of voting begins", "Voting ends") of what the sentence speaks of: each end is held
to the event whose title says it and shares a word, not its start or end, with the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from ...model import TimelineEvent
from ..dates.daytimes import stated_times
from .conjunctions import AND, words_pattern
from .days import Stated, stated_dates
from .sentences import CLAUSE_BREAK, sentence_at, sentence_ends, sentence_start

# By language: what opens a span of days before its first day, and what joins its last to it.
SPANS = {
    "en": (r"(?:from|between)(?:\s+the)?", r"(?:to|until|till|through|and)(?:\s+the)?"),
    "fr": (r"(?:du|de|entre\s+le|entre\s+la)", r"(?:au|à|jusqu'au|et\s+le)"),
    "es": (r"(?:del|de|entre\s+el)", r"(?:al|a|hasta\s+el|y\s+el)"),
    "de": (r"(?:vom|von|zwischen\s+dem)", r"(?:bis(?:\s+zum)?|zum|und(?:\s+dem)?)"),
}
# By language: the words of a title that say a start, and those that say an end.
STARTS = {
    "en": r"begins?|began|begun|starts?|started|first|opens?|opened",
    "fr": r"commencent|commence|débutent|débute|début|premi(?:er|ère)s?|ouvre|s'ouvre",
    "es": r"comienzan?|empiezan?|inician?|inicio|primer[oa]?s?|abren?",
    "de": r"beginnen|beginnt|begann|Beginn|startet|erste[nrs]?|eröffnet",
}
ENDS = {
    "en": r"ends?|ended|last|final|closes?|closed|concludes?",
    "fr": r"terminent|termine|s'achève|finissent|finit|fin|derni(?:er|ère)s?|clôt|ferme",
    "es": r"terminan?|finaliza|finalizan|final|fin|últim[oa]s?|cierran?|concluyen?",
    "de": r"enden|endet|Ende|letzte[nrs]?|schließt|schließen",
}
DASHES = re.compile(r"[\u2013\u2014-]")
# What a span of days by a dash holds, a quick test: a dash, a number ("19 April–1 June"); not
# the dash of "Port-au-Prince" or "two-thirds".
DASHED = re.compile(r"[\u2013\u2014-]\s?\d")
# What ends a clause before a day: a comma, a semicolon or a colon before a space (not one in
# "1,000"), or those that Chinese and Japanese write.
CLAUSE_MARKS = (", ", "; ", ": ", "\uff0c", "\u3001", "\uff1b")
# A number in figures, its groups of thousands parted by a point, a comma or a space.
NUMBER = re.compile(r"\d+(?:[.,]\d+|[ \u00a0\u202f']\d{3}(?!\d))*")


class Title(NamedTuple):
    """An event, and the words of its title (content words)."""

    event: TimelineEvent
    words: set[str]


def day_clause(text: str, said: tuple[int, int], one: Stated, stated: list[Stated],
               language: str, ands: bool = True) -> str:
    """Return the words a day is read with in its sentence (at said, its start and end): from
    the last clause break after the day before it, to the last one before the day after it;
    to the other day itself where no break comes between them. ands: whether the language's
    "and" is a break, as it is between clauses, not between nouns ("sa flèche et sa toiture")."""
    start, end = said
    # A day's point may seem to end a sentence ("am 13. Mai"): a day that ends in it counts.
    before = [other for other in stated if start < other.end <= one.start]
    after = [other for other in stated if one.end <= other.start < end]
    if before:
        start = max((stop.end() for stop in breaks(text, before[-1].end, one.start,
                                                    language if ands else "")),
                    default=before[-1].end)
    if after:
        end = max((stop.start() for stop in breaks(text, one.end, after[0].start, language)),
                  default=after[0].start)
    return text[start:end]


def clause_event(text: str, said: tuple[int, int], days: tuple[Stated, list[Stated]],
                 reading: tuple[str, Callable[[str], set[str]]],
                 event_of: Callable[[str], TimelineEvent | None]
                 ) -> tuple[str, TimelineEvent | None]:
    """Return the clause a day (days: it, and all a text gives) is read with in its sentence,
    and the event it speaks of (event_of); an "and" may join two nouns, not two clauses: after
    "sa flèche et sa toiture le 16 avril", whose clause names none, the day is read with the
    clause of the first noun, if the event that one names has a word of the second's."""
    one, stated = days
    language, content_words = reading
    clause = day_clause(text, said, one, stated, language)
    event = event_of(clause)
    if event is not None:
        return clause, event
    wider = day_clause(text, said, one, stated, language, ands=False)
    event = event_of(wider) if wider != clause else None
    if event is None or not content_words(clause) & content_words(event.title):
        return clause, None
    return wider, event


def breaks(text: str, start: int, end: int, language: str) -> Iterator[re.Match[str]]:
    """Yield the clause breaks between start and end, the language's "and" among them."""
    yield from CLAUSE_BREAK.finditer(text, start, end)
    ands = AND.get(language.split("-")[0], ())
    if ands:
        yield from re.compile(rf"(?<!\w)(?:{words_pattern(ands)})(?!\w)",
                              re.IGNORECASE).finditer(text, start, end)


def span_days(text: str, stated: list[Stated], titles: list[Title], language: str,
              content_words: Callable[[str], set[str]]) -> dict[Stated, TimelineEvent]:
    """Return the days that are the ends of a span of days a text gives, each with the event
    whose title says that end of what its sentence speaks of (see the module's docstring)."""
    held: dict[Stated, TimelineEvent] = {}
    code = language.split("-")[0]
    if code not in STARTS:
        return held
    for first, last in spans(text, stated, language):
        words = content_words(sentence_at(text, first.start, last.end - 1))
        pairs = [(opening.event, closing.event)
                 for opening in saying(titles, STARTS[code], content_words, first)
                 for closing in saying(titles, ENDS[code], content_words, last)
                 if opening.event is not closing.event and opening.words & closing.words
                 and words & (opening.words | closing.words)]
        if len(pairs) == 1:
            held[first], held[last] = pairs[0]
    return held


def spans(text: str, stated: list[Stated], language: str) -> Iterator[tuple[Stated, Stated]]:
    """Yield the two ends of each span of days a text gives: in words, and by a dash between
    two days that each name their month."""
    opener, joiner = SPANS[language.split("-")[0]]
    for first, last in zip(stated, stated[1:], strict=False):
        if re.search(rf"(?<!\w){opener}\s+\Z", text[max(0, first.start - 20):first.start],
                     re.IGNORECASE) and re.fullmatch(rf"\s+{joiner}\s+",
                                                     text[first.end:last.start], re.IGNORECASE):
            yield first, last
    if DASHED.search(text):
        ends = list(stated_dates(DASHES.sub(",", text), language))
        for first, last in zip(ends, ends[1:], strict=False):
            if DASHES.fullmatch(text[first.end:last.start].strip()):
                yield first, last


def saying(titles: list[Title], pattern: str, content_words: Callable[[str], set[str]],
           one: Stated) -> list[Title]:
    """Return the events within a month of a day whose titles say a start or an end (its
    words in pattern), each with its title's other words."""
    said = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)
    return [Title(title.event, title.words - content_words(" ".join(said.findall(
        title.event.title)))) for title in titles
        if said.search(title.event.title) and near(one, title.event)]


def near(one: Stated, event: TimelineEvent) -> bool:
    """Tell whether a day is within a month of an event's, in its year if it gives none."""
    first = event.date.first_day()
    if one.year not in (None, first.year):
        return False
    return abs((one.month - first.month) * 31 + one.day - first.day) <= 31


def another_level(text: str, one: Stated, stated: list[Stated], title: str,
                  language: str) -> bool:
    """Tell whether a day is that of another level of a count its event's title gives: the
    numbers its own words give (those after it up to the next day or the sentence's end, and
    those of its clause before it, back to the last day) are none of the title's. A toll that
    rises is told day by day ("lunedì i morti erano saliti a 63, il 3 marzo a 70"), each day
    another update; "il 3 marzo i morti erano saliti a 63" still gives the event's own level
    another day, and so does a day in the clause of the title's number, whatever follows it
    ("deployed 400 officers on 26 June, the first of 1,000"). A time of day ("à 23 h 11") is no
    level."""
    own = numbers_in(title, 0, len(title))
    if not own:
        return False
    stop = next(sentence_ends(text, one.end), None)
    paragraph_end = text.find("\n\n", one.end)
    after = [other.start for other in stated if other.start >= one.end] + [
        stop.start() if stop else len(text), paragraph_end if paragraph_end >= 0 else len(text)]
    opened = max(text.rfind(mark, 0, one.start) + len(mark) for mark in CLAUSE_MARKS)
    before = [other.end for other in stated if other.end <= one.start] + [
        sentence_start(text, one.start), opened]
    clock = [(time.start, time.end) for time in stated_times(text, language)]
    given = numbers_in(text, one.end, min(after), clock) | \
        numbers_in(text, max(before), one.start, clock)
    return bool(given) and not given & own


def numbers_in(text: str, start: int, end: int,
               clock: list[tuple[int, int]] | None = None) -> set[str]:
    """Return the numbers a text gives in figures between start and end, each by its digits
    alone ("2 946", "2.946" and "2946" are one), but those of a time of day in clock."""
    return {re.sub(r"\D", "", number[0]) for number in NUMBER.finditer(text, start, end)
            if not any(first <= number.start() < last for first, last in clock or ())}
