"""Spans of time between two events that the timeline measures otherwise.

"Vikram landed on 23 August, 41 days after launch", beside a timeline that dates the launch 14
July, miscounts by a day. A span (a count of days, weeks, months or years, in figures or in
words: spanlanguages.py) is measured from the event whose title the words after its "after" or
"before" name, up to their clause's end, as dateclaims.py finds the event of a sentence (not by
words the title dates in another year: "over the 2020 election" in a title of 2023). Said
"later" or "earlier" ("Four days earlier, Luna-25 crashed"), it is measured from the day or
event of the sentence before; at the end of a clause, from a day its own sentence gives before
it (spanends.py). Its other end is a day set off right after it ("six months later, on June
29"), or the event its own sentence tells, or else a day it gives, or, for a span of years, the
one year it gives alone. A span is wrong only beyond its own precision: days to the day (a day
either side for an event given its time of day; a rough span, "about 40 days", as its count is
rounded: see rounding()), weeks within three days, months within 15 days or by the count of
calendar months, years by the count of calendar years or within half a year (to a year given
alone, only by that count). A date the timeline gives only to the month or the year counts for
any of its days. A span of a state that goes on ("two years after the war began, fighting
continues"), one in a quotation, a bound of no side ("within 30 days") and a stretch of time
("in the two weeks before the vote") are not read, nor is the time a change is measured against
("up 262% from a year earlier"), nor a day that dates the span's start, in apposition ("four
months after the fourth flight, on 6 June"); "more than 18 months later" warns only when the
time lies on the other side of its count (spanslips.py). A span in hours or minutes is held only
between two times of day (clockspans.py). Without a timeline of two events or
more, a span is measured between days its text gives alone ("on 14 August. Two days later, on
15 August"), a day without its year in the year before the story was published.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import NamedTuple

from ....errors import Problem
from ...model import Explainer, Timeline
from ..amounts.countwarnings import warning
from ..dates.dateclaims import authors_text, event_titles
from ..texts.conjunctions import AND
from ..texts.owntexts import own_texts
from ..texts.sentences import CLAUSE_BREAK, sentence_at, sentence_start
from .actnouns import alike_acts, as_acts, as_verbs, separable_verbs, subject_end, without_owner
from .apposedspans import apposed_ends, apposed_slip
from .calledevents import uncalled
from .clockspans import clock_span_words, given_time
from .namedbefore import joined_before, named_before
from .spancases import case_before
from .spanends import (
    End,
    Given,
    Titles,
    Words,
    alike_named,
    both_ends,
    clause_after_day,
    dates_start,
    day_after,
    earlier_in_sentence,
    end_told,
    named_event,
    own_clauses,
    told_after,
)
from .spanlanguages import bound_before
from .spanslips import nearest_reading
from .spansums import whole, written_at
from .spanwords import AFTER, UNIT_DAYS, SpanWords


class Span(NamedTuple):
    """A span a text gives: where, its count, unit, sense (after or before) and roughness,
    and for a sum of units the days its other units add beyond its count (spansums.py)."""

    start: int
    end: int
    count: int
    unit: str
    sense: str
    rough: bool
    rest: float = 0.0
    bound: str = ""  # the side of its count a bound puts the time on: "more" ("more than")


def check_spans(explainer: Explainer, content_words: Words,
                capitalised_nouns: bool = False) -> Iterator[Problem]:
    """Warn about a span between two events that the timeline's dates measure otherwise."""
    words = clock_span_words(explainer.language)
    events = [event for section in explainer.sections if isinstance(section, Timeline)
              for event in section.events if event.date.common_era]
    if words is None:
        return
    # No timeline: only days the text gives measure a span, a yearless one in the year before
    undated = () if len(events) >= 2 else (explainer.published.first_day() - timedelta(182),)
    titles: Titles | None = None
    for where, place, text in own_texts(explainer, words.may_hold, articled=True):
        plain = authors_text(text)
        for found in alone_in_sentence(plain, [  # "than" of "more than" makes no base
                one for one in words.spans_in(plain) if not words.a_base(plain, one.start())
                or bound_before(plain, one.start(), explainer.language)]):
            span = whole(plain, span_of(found, words), words, explainer.language)
            if span is None or not counts_a_span(found, words):
                continue  # "in the two weeks before", "within 40 days after"
            if titles is None:
                titles = event_titles(tuple(events), content_words, capitalised_nouns,
                                      explainer.language)
            story = explainer.published, events
            head = plain[sentence_start(plain, span.start):span.start]
            lead = explainer.title if place is explainer.dek_map else ""  # read before it
            ends = timed_ends(plain, span, found, (words, titles, content_words),
                              explainer.language, lead, undated) or not undated and apposed_ends(
                head, span, words.link_of(found) in words.measured_before.keys()
                - words.links.keys(), story, explainer.language)
            if not ends or ends[0].event is not None and ends[0].event is ends[1].event or \
                    undated and (ends[0].event or ends[1].event):
                continue  # one event from itself; two days the text gives are held alike
            told = apposed_slip(head, span, ends, story, explainer.language)
            if told is not None:
                written = " ".join(text[slice(*written_at(plain, span, found, words,
                                                          explainer.language))].split())
                yield warning(explainer, *place.at(span.start), f"{where} says {written} "
                              f"{span.sense} {ends[0].name} ({ends[0].when.iso}), but {told}",
                              "make the span and the timeline's dates agree",
                              " ".join(sentence_at(text, found.start()).split()))


def counts_a_span(found: re.Match[str], words: SpanWords) -> bool:
    """Tell whether a span's count is one: not nothing, nor a year of four figures before a
    unit of years, which dates the time after it ("2023年后", after 2023; "2023년 뒤")."""
    count = words.count_of(found)
    return 0 < count and not (count >= 1000 and words.unit_of(found) == "year")


def alone_in_sentence(plain: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Return the spans that are the only ones of their sentence: of two ("a day before its
    planned landing and three days before Vikram landed"), which end each measures from is
    unsure."""
    starts = [sentence_start(plain, match.start()) for match in found]
    return [match for match, start in zip(found, starts, strict=True) if starts.count(start) == 1]


def span_of(found: re.Match[str], words: SpanWords) -> Span:
    """Return the span a match of the language's pattern gives."""
    sense = {**words.measured_before, **words.links}.get(words.link_of(found), AFTER)
    return Span(found.start(), found.end(), words.count_of(found), words.unit_of(found), sense,
                found["rough"] is not None)


def timed_ends(plain: str, span: Span, found: re.Match[str],
               reading: tuple[SpanWords, Titles, Words], language: str, lead: str = "",
               days: tuple[date, ...] = ()) -> tuple[End, End] | None:
    """Return the two ends of a span as ends_of() does, a span of the clock's own end at the
    time written right after it where it has none ("87 minutes later, at 05:27 UTC")."""
    ends = ends_of(plain, span, found, reading, language, lead, days)
    return None if ends is None else given_time(plain, span, ends, language)


def ends_of(plain: str, span: Span, found: re.Match[str], reading: tuple[SpanWords, Titles, Words],
            language: str, lead: str = "", days: tuple[date, ...] = ()) -> tuple[End, End] | None:
    """Return the two ends of a span, the one it is measured from first; None unless both
    are known. lead is the text read just before plain (a dek's title); days, those that
    give a day without its year its year where the timeline gives none (relative_ends())."""
    words, titles, content_words = reading
    link = words.link_of(found)
    breaks = CLAUSE_BREAK.search(plain, span.end)
    named_end = words.named_until(plain, span.end, breaks.start() if breaks else len(plain),
                                  AND.get(language.split("-")[0], ()))
    said = sentence_at(plain, span.start)
    first = sentence_start(plain, span.start)
    if link in words.links and plain[span.end:named_end].strip() and (
            words.names_after is None or found.groupdict().get("named")):
        rest = said[:span.start - first] + " " + said[named_end - first:]
        ends = ends_from(content_words(plain[span.end:named_end]), rest, span,
                         (titles, content_words), language,
                         day_after(plain, named_end, language))
        owned = without_owner(plain[span.end:named_end], titles[0], language, content_words) \
            if ends is None else None
        if owned is not None:  # "four days before India's landing", of "Vikram lands"
            ends = ends_from(content_words(owned), rest, span, (titles, content_words),
                             language, day_after(plain, named_end, language))
        if ends is None and words.runs_on:
            ends = run_on_ends(plain[span.end:named_end], said[:span.start - first], rest,
                               span, (titles, content_words), language, words.runs_on)
        return ends
    named = named_before(said[:span.start - first], words, titles[0], content_words) or \
        joined_before(said[:span.start - first], words, titles[0], content_words) or \
        case_before(said[:span.start - first], words, titles[0], content_words)
    if named is not None:  # "발사 40일 만에" (40 days after the launch), "地震から7か月後"
        ends = ends_from(named, said.replace(plain[span.start:span.end], " "), span,
                         (titles, content_words), language)
        if ends is not None and ends[0].event is not ends[1].event:
            return ends
        if not named:
            return None  # "planlanandan üç gün önce": from what it names, no event
    return relative_ends(plain, span, link, reading, language, lead, days)


def run_on_ends(named: str, head: str, tail: str, span: Span, reading: tuple[Titles, Words],
                language: str, runs_on: tuple[str, ...]) -> tuple[End, End] | None:
    """Return the ends of a span whose event's words run on, with no comma, to its clause's
    subject and verb, where the language writes them so ("Через три дня после нападения на
    «Крокус Сити Холл» Басманный суд арестовал"): the event named by the longest run of the
    first words that names one and does not stop before a word that carries its phrase on
    ("после нападения на школу" names no "нападение" alone), the other the rest tells; None
    unless both are known."""
    taken = named.split()
    for size in range(len(taken) - 1, 0, -1):
        if {taken[size - 1].lower(), taken[size].lower()} & set(runs_on):
            continue  # "после нападения на | школу", "после нападения | на школу"
        rest = f"{head} {' '.join(taken[size:])} {tail}"
        ends = ends_from(reading[1](" ".join(taken[:size])), rest, span, reading, language)
        if ends is not None and ends[0].event is not ends[1].event:
            return ends
    return None


def step_of(span: Span) -> timedelta:
    """Return the time a span steps from the end it is measured from, back for "before"."""
    return timedelta(days=span.count * UNIT_DAYS[span.unit] * (1 if span.sense == AFTER else -1))


def ends_from(named: set[str], rest: str, span: Span, reading: tuple[Titles, Words],
              language: str, given: Given | None = None) -> tuple[End, End] | None:
    """Return the ends of a span measured from the event its words name (named), to the day
    written right after them (given), or else the one the rest of its sentence tells or the
    day it gives; where a noun of an act names several titles alike, the reading that fits,
    or else the nearest; None unless both are known."""
    titles, content_words = reading
    verbs = separable_verbs([title.event.title for title in titles[0]], language, content_words)
    acts = as_acts(named, {word for title in titles[0] for word in title.words}, language,
                   content_words, verbs)
    listed, called = uncalled(acts, titles[0], language, content_words)  # not "calls a vote"
    start = named_event(acts, listed) or named_event(acts, as_verbs(listed, language,
                                                                    content_words))
    starts = [start] if start is not None else alike_acts(acts, named, listed) \
        or alike_named(acts, listed) or called
    return nearest_reading(span, [ends for one in starts for ends in [
        end_from(one, named, rest, span, reading, language, given)] if ends is not None])


def end_from(start: End, named: set[str], rest: str, span: Span, reading: tuple[Titles, Words],
             language: str, given: Given | None) -> tuple[End, End] | None:
    """Return the ends of a span measured from an event: to the day written right after the
    span's words (given), or else the one the rest of its sentence tells or the day it
    gives; None unless it is known."""
    titles, content_words = reading
    near = start.when.first_day() + step_of(span)
    own = given(near) if given is not None else end_told(
        rest, language, titles, content_words, exclude=named, near=near,
        whole_years=span.unit == "year") or subject_end(rest, titles[0], language,
                                                        content_words, start)
    if own is None or own.event is None and dates_start(own.when, start.when):
        return None  # "four months after the fourth, on 6 June": the day dates the start
    return start, own


def relative_ends(plain: str, span: Span, link: str, reading: tuple[SpanWords, Titles, Words],
                  language: str, lead: str = "", days: tuple[date, ...] = ()
                  ) -> tuple[End, End] | None:
    """Return the ends of a span said "later" or "earlier": from the day given earlier in its
    own clause, or from the end the sentence before tells (for a text's first one, the lead
    read before it: a dek's title) to the one its own tells. A day without its year is in the
    year that puts it nearest the timeline's days, or else these days (the story's own)."""
    words, titles, content_words = reading
    said = sentence_at(plain, span.start)
    first = sentence_start(plain, span.start)
    given = day_after(plain, span.end, language) or told_after(  # "six months later, on
        said[span.end - first:], language, titles, content_words)  # June 29, 2023"
    own = earlier_in_sentence(said[:span.start - first], language, titles, content_words,
                              step_of(span), given, () if titles[0] else days,
                              said[span.end - first:]) \
        if words.measured_before.get(link) == AFTER else None
    if own is not None:
        return own  # "reinstated on 22 November, six days later": from the day before it
    if words.measured_before.get(link) == AFTER and clause_after_day(
            said[:span.start - first], language, content_words):
        return None  # "upheld on 5 September and sworn in eight days later": from that day
    rest = own_clauses(said[:span.start - first], said[span.end - first:], language)
    before = plain[:first].rstrip()
    previous = sentence_at(plain, len(before) - 1) if before else authors_text(lead).strip()
    if not previous or before and "\n\n" in plain[len(before):span.start]:
        return None  # the first sentence of its paragraph: measured from what, unsure
    return both_ends(
        lambda near: end_told(previous, language, titles, content_words, near=near),
        given or (lambda near: end_told(rest, language, titles, content_words, near=near,
                                        whole_years=span.unit == "year")), step_of(span),
        tuple(sorted({title.event.date.first_day() for title in titles[0]})) or days)
