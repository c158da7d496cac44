"""The ends of a span between two events (see spans.py): the event a sentence tells or the
day it gives, read in the year nearest where the span points; and, for a span said "later" at
the end of a clause ("reinstated on 22 November, six days later"), the day given earlier in
its own sentence that it is measured from; and the day written right after a span ("six
months later, on June 29, 2023"; "Tre giorni dopo, il 23 maggio"), which is its end."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from ...model import FuzzyDate, TimelineEvent
from ..amounts.times import named_times
from ..dates.dateclaims import Title, spoken_of, told_apart
from ..texts.conjunctions import AND, words_pattern
from ..texts.days import Stated, stated_dates
from ..texts.eventclauses import Clause, told_clause
from ..texts.sentences import CLAUSE_BREAK, COMMAS
from ..texts.textnames import names_said
from .spanwords import alternatives

Titles = tuple[list[Title], list[Clause]]
Words = Callable[[str], set[str]]
Given = Callable[[date | None], "End | None"]

# Each language's words that open a day set off after a span, the span's end: "six months
# later, on June 29"; "trois jours plus tard, le 2 novembre"; "drei Wochen später, am 28. Juli";
# "tio dagar senare, den 7 mars".
DAY_OPENERS = {
    "en": ("on",), "fr": ("le",), "es": ("el",), "it": ("il", "l'", "l’"), "de": ("am",),
    "pt": ("em", "no", "a"), "nl": ("op",), "el": ("στις", "την"),
    "sv": ("den",), "da": ("den",), "nb": ("den",), "no": ("den",),
}
# The languages that end a clause with its verb, a span before it (told_after()).
VERB_LAST = ("ko", "ja", "tr", "hi")
# A year and the words it dates, up to the next mark: "2020 election" of "over the 2020 election".
ANOTHER_YEAR = re.compile(r"(?<!\d)(?P<year>\d{4})(?P<words>(?:\s+[^\W\d_][\w'-]*){1,3})")


class End(NamedTuple):
    """One end of a span: the event it is, or the day a sentence gives, and its date."""

    name: str  # "'Vikram lands near the south pole'", or the day as written
    when: FuzzyDate
    event: TimelineEvent | None


def both_ends(start_end: Given, own_end: Given, step: timedelta,
              story: tuple[date, ...] = ()) -> tuple[End, End] | None:
    """Return a span's two ends, where one gives a day without its year ("On 12 March the bank
    failed. Six days later..."), in the year that puts it nearest where the span, `step`
    from its start, says it is; where both do ("Le prime piogge arrivarono il 2 maggio. Tre
    giorni dopo, il 23 maggio"), the start in the year that puts it nearest a day of the
    story's timeline."""
    own = own_end(None)
    start = start_end(own.when.first_day() - step if own is not None else None)
    if own is None and start is None:
        start = nearest_end(start_end, story)
    if own is None and start is not None:
        own = own_end(start.when.first_day() + step)
    return (start, own) if start is not None and own is not None else None


def nearest_end(end_at: Given, story: tuple[date, ...]) -> End | None:
    """Return the end a day without its year gives, in the year that puts it nearest one of
    the story's days."""
    read = [(abs((end.when.first_day() - day).days), index, end)
            for index, day in enumerate(story) for end in [end_at(day)] if end is not None]
    return min(read)[2] if read else None


def end_told(said: str, language: str, titles: Titles, content_words: Words,
             exclude: set[str] | None = None, near: date | None = None,
             whole_years: bool = False) -> End | None:
    """Return the end a sentence gives: the event it tells, unless it gives another day or
    year for it ("In a brief filed in July 2021, Mississippi asked the court to overturn
    Roe": the asking's time, not the overturning's); else the one day it gives, in its year
    or, when it gives none, in the year that puts it nearest the day `near`; else, for a span
    of `whole_years`, the one year it gives ("founded in 1956, 12 years after")."""
    words = content_words(said) - (exclude or set())
    event = spoken_of(words, titles[0], names_said(said, content_words, language)) \
        or told_clause(words, titles[1])
    days = [one for one in stated_dates(said, language)]
    years = named_times(said, language)[0]
    if event is not None:
        if any((one.month, one.day) != (event.date.month, event.date.day) for one in days):
            return None  # a day of its own, the day checks' to hold to the timeline
        if years and str(event.date.year) not in years:
            return year_told(years) if whole_years and not days else None
        return End(f"'{event.title}'", event.date, event)
    if len(days) != 1:
        return year_told(years) if whole_years and not days else None
    return day_end(said, days[0], near)


def day_end(said: str, one: Stated, near: date | None) -> End | None:
    """Return the end a day a sentence gives is, in its year or, when it gives none, in the
    year that puts it nearest the day `near`; None if it gives none and nothing is near."""
    year = one.year or nearest_year(one.month, one.day, near)
    if year is None:
        return None
    return End(" ".join(said[one.start:one.end].split()).rstrip("."),
               FuzzyDate(year, one.month, one.day), None)


def day_after(text: str, at: int, language: str) -> Given | None:
    """Return the end a day written right after a span (or the event it names) at `at`
    gives, after a comma or the word that opens a day ("six months later, on June 29, 2023",
    "Tres días después, el 2 de noviembre"): the span's own end, whatever event its sentence
    tells; None where no day follows (a day of another clause: "Six days later the court
    ruled; on 5 July it adjourned")."""
    openers = DAY_OPENERS.get(language.split("-")[0].lower(), ())
    opened = rf"(?:(?:{alternatives(openers)})(?<=\W)\s*|(?:{alternatives(openers)})\s+)?" \
        if openers else ""
    lead = re.compile(rf"\s*[{COMMAS}]?\s*{opened}", re.IGNORECASE).match(text, at)
    if lead is None:
        return None
    tail = text[lead.end():lead.end() + 60]
    one = next(iter(stated_dates(tail, language)), None)
    if one is None or one.start != 0:
        return None
    return lambda near: day_end(tail, one, near)


def year_told(years: frozenset[str]) -> End | None:
    """Return the end a sentence gives by its one year alone; None if it gives none, or two."""
    if len(years) != 1:
        return None
    year = next(iter(years))
    return End(year, FuzzyDate(int(year)), None)


def same_day(one: FuzzyDate, other: FuzzyDate) -> bool:
    """Tell whether two dates are the same day, whatever time of day either gives."""
    return (one.year, one.month, one.day) == (other.year, other.month, other.day)


def nearest_year(month: int, day: int, near: date | None) -> int | None:
    """Return the year that puts a day of a month nearest a date: "12 March" near 19 March 2023
    is in 2023, "30 December" near 2 January 2024 in 2023."""
    if near is None:
        return None
    years = [year for year in (near.year - 1, near.year, near.year + 1)
             if (month, day) != (2, 29) or calendar.isleap(year)]
    return min(years, key=lambda year: abs((date(year, month, day) - near).days), default=None)


def earlier_in_sentence(head: str, language: str, titles: Titles, content_words: Words,
                        step: timedelta, given: Given | None = None,
                        story: tuple[date, ...] = (), tail: str = "") -> tuple[End, End] | None:
    """Return the ends of a span said "later" at the end of a clause, read in its own sentence
    (head, its words before the span): from the first day the sentence gives to the end the
    words after that day tell ("Altman was ousted on 17 November 2023 and reinstated on 22
    November, six days later"), or to the day written right after the span (given: "argued
    on Oct. 31, 2022, and decided six months later, on June 29, 2023"). A span that closes a
    clause of its own after the last day ("upheld on 5 September and he was sworn in eight days
    later") dates that clause's event, measured from that last day; so does a span that opens
    a clause of its own after "and" (tail, its words after the span: "sworn in on 1 January
    and, a week later, saw the capital stormed"); a day without its year is in the year that
    puts it nearest the story's days (story; else the timeline's). None unless both ends are
    known, and apart."""
    days = [one.end for one in stated_dates(head, language)]
    if not days:
        return None
    start, first, later = 0, days[0], head[days[0]:]
    if clause_after_day(head, language, content_words) or tail and joined_after(
            head[days[-1]:], language):
        start, first = (days[-2] if len(days) > 1 else 0), days[-1]
        later = head[first:] if clause_after_day(head, language, content_words) else tail
    ends = both_ends(
        lambda near: end_told(head[start:first], language, titles, content_words, near=near),
        given or (lambda near: end_told(later, language, titles, content_words,
                                        near=near)), step,
        story or tuple(title.event.date.first_day() for title in titles[0]))
    if ends is None or same_day(ends[0].when, ends[1].when):
        return None
    return dated(ends[0], titles[0]), dated(ends[1], titles[0])


def told_after(tail: str, language: str, titles: Titles, content_words: Words) -> Given | None:
    """Return the end the words right after a span tell, up to their clause's end, in a
    language that ends a clause with its verb and sets a span before the act it dates (Korean,
    Japanese, Turkish, Hindi: "12월 3일 계엄을 선포했고, 11일 뒤 탄핵소추안을 가결했다"), where they
    tell an event; None elsewhere, where words after a span are no act of its ("reinstated six
    days later by the board")."""
    if language.split("-")[0].lower() not in VERB_LAST:
        return None
    breaks = CLAUSE_BREAK.search(tail)
    end = end_told(tail[:breaks.start() if breaks else len(tail)], language, titles,
                   content_words)
    return None if end is None or end.event is None else lambda near: end


def clause_after_day(head: str, language: str, content_words: Words) -> bool:
    """Tell whether the words before a span said "later" tell a clause after the last day
    they give ("on 5 September and he was sworn in"), which the span dates from that day, not
    a day the span stands beside ("on 22 November, six days later")."""
    days = [one.end for one in stated_dates(head, language)]
    return bool(days) and bool(content_words(head[days[-1]:]))


def joined_after(rest: str, language: str) -> bool:
    """Tell whether the words between a sentence's last day and a span are only "and" and
    commas ("on 1 January and, a week later, ..."): the span opens a clause of its own."""
    words = AND.get(language.split("-")[0])
    return bool(words) and re.fullmatch(
        rf"[\s{COMMAS}]*(?:{words_pattern(words)})[\s{COMMAS}]*", rest, re.IGNORECASE) is not None


def dated(end: End, titles: list[Title]) -> End:
    """Return the end a day gives as the timeline's event of that day, if it has one alone:
    the sentence tells it by its day ("reinstated on 22 November")."""
    same = [title.event for title in titles if end.event is None
            and same_day(title.event.date, end.when)]
    return End(f"'{same[0].title}'", same[0].date, same[0]) if len(same) == 1 else end


def dates_start(own: FuzzyDate, start: FuzzyDate) -> bool:
    """Tell whether the day or the year a sentence gives is its start's own, as far as it
    gives it: "four months after the fourth, on 6 June"; "the year after the war, in 1945"."""
    if own.month is None:
        return own.year == start.year
    return same_day(own, start)


def clocked(*ends: End) -> bool:
    """Tell whether an end is given its time of day, a day apart in another time zone."""
    return any(end.when.clock is not None for end in ends)


def own_clauses(head: str, tail: str, language: str) -> str:
    """Return a sentence without its span (between head and tail), up to a clause that a
    comma and "and" join after it, which tells another's act: "Stellantis followed three days
    later, and GM on Oct. 30" gives no day of Stellantis's."""
    words = AND.get(language.split("-")[0])
    joined = re.search(rf"[{COMMAS}]\s*(?:{words_pattern(words)})\s", tail) if words else None
    return head + " " + (tail[:joined.start()] if joined else tail)


def named_event(named: set[str], titles: list[Title]) -> End | None:
    """Return the event whose title the words after a span's "after" name: more than half of
    them, one that no other title has; None if none does, or two alike."""
    scored = named_scores(named, titles)
    if not scored or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    event = titles[scored[0][1]].event
    return End(f"'{event.title}'", event.date, event)


def alike_named(named: set[str], titles: list[Title]) -> list[End]:
    """Return the events whose titles the words after a span's "after" name alike, where
    several do and all fall on one day ("the earthquake" beside the two earthquakes of 6
    February): a span of days from either is one; none where one title or none is named,
    or titles of other days ("the vote" beside a Senate vote and a referendum)."""
    scored = named_scores(named, titles, own=False)
    alike = [titles[index].event for score, index in sorted(scored, key=lambda one: one[1])
             if score == scored[0][0]]
    one_day = {(event.date.precision, event.date.first_day()) for event in alike}
    return [End(f"'{event.title}'", event.date, event) for event in alike] \
        if len(alike) > 1 and len(one_day) == 1 else []


def named_scores(named: set[str], titles: list[Title], own: bool = True
                 ) -> list[tuple[int, int]]:
    """Return how many of the words each title has that more than half of them name, with
    the title's index, most first; with `own`, of those titles only that have one of the
    words no other title has, or two or more that no other title has all of ("after SVB was
    closed" beside "SVB announces a loss", "Regulators close SVB" and "Signature Bank is
    closed")."""
    return sorted(((len(named & words), index) for index, title in enumerate(titles)
                   for words in [title.words - of_another_year(title)]
                   if 2 * len(named & words) > len(named)
                   and (named & title.own & words or not own or len(named & words) > 1
                        and told_apart(named & words, index, titles))), reverse=True)


def of_another_year(title: Title) -> set[str]:
    """Return the words of a title that name a thing of another year than its event's, after
    that year ("Trump is indicted over the 2020 election", dated 2023): "the election" of a
    span names no such event."""
    return {word for found in ANOTHER_YEAR.finditer(title.event.title)
            if found["year"] != str(title.event.date.year)
            for word in found["words"].lower().split()} & title.words
