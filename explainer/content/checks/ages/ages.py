"""Ages the text gives that the dates make otherwise.

An obituary that says its subject died on 8 September 2022 aged 97, beside a timeline whose
"Princess Elizabeth is born" is dated 21 April 1926, has one of the three wrong: she was 96
that day. An age (agewords.py reads it in the explainer's language) is compared with a
birth and a day when the text ties it to both. The day is a dated event's: one its sentence
gives (days.py), the nearest to the age if it gives several, or the event whose title or text
gives it. The birth is that of the earliest event whose title says someone was born, or
else the one day (or year) the text gives after its word for born, when it gives no other.
An age is the person's unless its clause speaks of another: it opens with a possessive ("when
her father, King George VI, died aged 56") or a name that is not the person's (the names of
the birth and of the explainer's title); an event whose title speaks of another ("Prince
Philip dies") gives that person's ages. A birth known to the month or the year leaves the
age that much room: born in 1926, one is 25 or 26 on 6 February 1952.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from ....errors import Problem
from ...model import Explainer, Questions, Timeline, TimelineEvent
from ..amounts.countwarnings import placed, warning
from ..dates.dateclaims import prose_of
from ..texts.days import Stated, month_names, stated_dates
from ..texts.sentences import blank_out, sentence_at, sentence_start
from .agewords import BORN_CLAUSE_END, BORN_REACH, WORD, AgeWords, age_words, years_of
from .pronounages import pronoun_ages, told_ages

YEAR = re.compile(r"\b(\d{4})\b")
ROMAN = re.compile(r"[IVX]+")  # a regnal number after a name: "Elizabeth II"


class Birth(NamedTuple):
    """When the person was born (a day, or the first and last it may be), and where it is
    said; the words of the person's names, in small letters."""

    first: date
    last: date
    iso: str
    where: str
    names: frozenset[str]


def check_ages(explainer: Explainer) -> Iterator[Problem]:
    """Warn about an age the text ties to a day that the birth makes another."""
    words = age_words(explainer.language)
    if words is None:
        return
    events = [event for section in explainer.sections if isinstance(section, Timeline)
              for event in section.events if event.date.common_era and not event.approximate]
    birth = birth_of(explainer, events, words)
    if birth is None:
        return
    later = [event for event in events if event.date.first_day() > birth.last]
    months = set(month_names(explainer.language))
    asked = {item.answer: blank_out(item.question) for section in explainer.sections
             if isinstance(section, Questions) for item in section.items}
    for where, line, text in prose_of(explainer):
        plain = blank_out(text)
        days = list(stated_dates(plain, explainer.language)) if words.ages.search(plain) \
            or told_ages(words, explainer.language).search(plain) else []
        for age, at, start, end in persons_ages(plain, birth, words, months, days):
            event = tied(days, start, end, at, later)
            problem = None if event is None else judged(birth, event, years_of(age), where)
            if problem is not None:
                yield placed(explainer, line, text, at, *problem)
        for age, before in pronoun_ages(plain, asked.get(text, ""), explainer.language,
                                        birth.names, words, months):
            event = tied(days, *sentence_span(plain, age.start(), days), age.start(), later) \
                or (tied(days, before, age.start(), age.start(), later) if before is not None
                    else tied(stated_dates(asked[text], explainer.language), 0,
                              len(asked[text]), len(asked[text]), later))
            problem = None if event is None else judged(birth, event, years_of(age), where)
            if problem is not None:
                yield placed(explainer, line, text, age.start(), *problem)
    yield from events_ages(explainer, later, birth, words, months)


def events_ages(explainer: Explainer, later: list[TimelineEvent], birth: Birth,
                words: AgeWords, months: set[str]) -> Iterator[Problem]:
    """Warn about an age a timeline event after the birth gives that its day makes another."""
    for event in later:
        if of_another(event.title, 0, len(event.title), birth, words, months):
            continue  # "Prince Philip dies": its ages are his
        for what, text in (("title", event.title), ("text", event.text)):
            plain = blank_out(text)
            for age in words.ages.finditer(plain):
                problem = judged(birth, event, years_of(age), f"the event's {what}")
                if problem is not None and not of_another(
                        plain, sentence_start(plain, age.start()), age.start(), birth, words,
                        months):
                    yield warning(explainer, event.line, None, *problem,
                                  " ".join(text.split()))


def persons_ages(plain: str, birth: Birth, words: AgeWords, months: set[str],
                 days: list[Stated]) -> Iterator[tuple[re.Match[str], int, int, int]]:
    """Yield each age of the person a text gives, where it is told (its words, or the number
    set beside a name), and where its sentence starts and ends:
    one its words say ("aged 96") whose clause speaks of no one else, and one set beside a
    name of theirs ("Messi, 35,", "Messi (35)")."""
    for age in words.ages.finditer(plain) if days else ():
        start, end = sentence_span(plain, age.start(), days)
        if not of_another(plain, start, age.start(), birth, words, months):
            yield age, age.start(), start, end
    for age in words.apposed.finditer(plain) if days and words.apposed else ():
        if beside_name(plain[:age.start()], birth, words):
            at = age.start(next(index for index, group in enumerate(age.groups(), 1) if group))
            yield age, at, *sentence_span(plain, at, days)


def beside_name(before: str, birth: Birth, words: AgeWords) -> bool:
    """Tell whether the words before an age set beside a name end with one of the person's
    names, capitalised ("Lionel Messi", "Elizabeth II"): not "In 2022, 36 teams", nor
    "Group C, 36 points", nor another person's name."""
    tokens = WORD.findall(before[-60:])
    if tokens and ROMAN.fullmatch(tokens[-1]) and before.rstrip().endswith(tokens[-1]):
        before = before.rstrip()[:-len(tokens[-1])]
        tokens.pop()
    if not tokens or not before.rstrip().endswith(tokens[-1]):
        return False  # a figure or a mark, not a word, stands before it
    name = tokens[-1]
    return name[0].isupper() and name.lower() in birth.names and name.lower() not in (
        words.articles | words.prepositions | words.pronouns | words.openers)


def judged(birth: Birth, event: TimelineEvent, age: int,
           where: str) -> tuple[str, str] | None:
    """Return the message and hint of an age that the birth and the event's day cannot give,
    or None if they can."""
    low = years_between(birth.last, event.date.first_day())
    high = years_between(birth.first, event.date.last_day())
    if low <= age <= high:
        return None
    could = str(low) if low == high else f"{low} or {high}" if high == low + 1 \
        else f"{low} to {high}"
    return (f"{where} gives the age {age} on {event.date.iso} ('{event.title}', line "
            f"{event.line}), but a birth on {birth.iso} ({birth.where}) makes it {could}",
            "make the age agree with the two dates, or fix the one that is wrong; an age of "
            "someone else is left alone when its clause names that person")


def years_between(born: date, day: date) -> int:
    """Return the age, in whole years, of someone born on a day, on another."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def sentence_span(text: str, at: int, days: list[Stated]) -> tuple[int, int]:
    """Return where the sentence around an offset starts and ends, whole where the point of
    a day it gives seems to end one ("am 7. Januar 2024")."""
    start = sentence_start(text, at)
    end = start + len(sentence_at(text, at))
    for one in days:
        if one.start < start <= one.end + 1:
            start = sentence_start(text, one.start)
        if one.start < end <= one.end + 1:
            end = sentence_start(text, one.start) + len(
                sentence_at(text, one.start, one.end - 1))
    return start, end


def tied(days: list[Stated], start: int, end: int, at: int,
         events: list[TimelineEvent]) -> TimelineEvent | None:
    """Return the event whose day the sentence of an age (from start to end) gives, the
    nearest to the age if it gives several (and the year of an event's day, if it leaves the
    year out and only one event has that day); None if it gives none."""
    found = []
    for one in days:
        same = [event for event in events if event.date.day == one.day
                and event.date.month == one.month and one.year in (None, event.date.year)]
        if start <= one.start < end and len(same) == 1:
            found.append((abs(one.start - at), same[0].line, same[0]))
    return min(found, key=lambda near: near[:2])[2] if found else None


def birth_of(explainer: Explainer, events: list[TimelineEvent], words: AgeWords
             ) -> Birth | None:
    """Return the person's birth: the earliest event whose title says someone was born, or
    else the one the text gives; None if neither gives one, or the text gives several."""
    titled = names_in(explainer.title, words)
    for event in events:  # in date order
        if words.born.search(event.title):
            return Birth(event.date.first_day(), event.date.last_day(), event.date.iso,
                         f"'{event.title}', line {event.line}",
                         titled | names_in(event.title, words))
    given: dict[tuple[date, date], Birth] = {}
    for days, where, before in given_births(explainer, words):
        given.setdefault(days[:2], Birth(*days, where, titled | names_in(before, words)))
    return next(iter(given.values())) if len(given) == 1 else None


def given_births(explainer: Explainer, words: AgeWords
                 ) -> Iterator[tuple[tuple[date, date, str], str, str]]:
    """Yield each birth the text gives: its days (born_on()), where it is given, and the words
    of its sentence before its word for born."""
    for where, line, text in prose_of(explainer):
        if not words.born.search(text.replace("_", " ")):
            continue  # blanking out quotations and markup finds no more born words
        plain = blank_out(text)
        for born in words.born.finditer(plain):
            days = born_on(plain, born.end(), explainer.language)
            if days is not None:
                yield (days, f"{where}, line {line.at(born.start())[0]}",
                       plain[sentence_start(plain, born.start()):born.start()])


def born_on(text: str, at: int, language: str) -> tuple[date, date, str] | None:
    """Return the first and last day of a birth the words after a word for born give in their
    clause ("born 21 April 1926", "geboren am 11. September 1945", "born in 1926", "born in
    Rosario on 24 June 1987"), and as ISO writes it."""
    near = text[at:at + BORN_REACH]
    near = near[:end.start()] if (end := BORN_CLAUSE_END.search(near)) else near
    for one in stated_dates(near, language):
        if one.year is not None:
            try:
                day = date(one.year, one.month, one.day)
            except ValueError:
                return None
            return day, day, day.isoformat()
    year = YEAR.search(near)
    if year is None or not 1 <= int(year[1]) <= 9999:
        return None
    return date(int(year[1]), 1, 1), date(int(year[1]), 12, 31), year[1]


def names_in(text: str, words: AgeWords) -> frozenset[str]:
    """Return the words of a text's names, in small letters: those with a capital that are
    no article, preposition, pronoun or opener."""
    plain = words.articles | words.prepositions | words.pronouns | words.openers
    return frozenset(word.lower() for word in WORD.findall(text)
                     if word[0].isupper() and word.lower() not in plain)


def of_another(text: str, start: int, at: int, birth: Birth, words: AgeWords,
               months: set[str]) -> bool:
    """Tell whether the clause an age ends (from start, its sentence's) speaks of another
    person than the one born: the first word of its clause that says whom is a possessive
    ("her father"), or a name not the person's (not a place after a preposition, "at
    Balmoral", nor a sentence's first word before an article or a preposition, a verb
    where the language leaves out the pronoun: "Murió el 8"); a pronoun, or none, is
    the person. In a language written without spaces, a possessive says so (possessed())."""
    if words.unspaced:
        return possessed(text[start:at], words)
    return named_another(text, start, at, birth, words, months)


def named_another(text: str, start: int, at: int, birth: Birth, words: AgeWords,
                  months: set[str]) -> bool:
    """Tell whether the clause an age ends, in a language written with spaces, opens with
    another person's possessive or name, as of_another() says."""
    tokens = list(WORD.finditer(text, start, at))
    begin = 0
    for index, token in enumerate(tokens):
        low = token[0].lower()
        gap = text[tokens[index - 1].end() if index else start:token.start()]
        if low in words.openers or ";" in gap or ":" in gap:
            begin = index + (low in words.openers)
        elif "," in gap and (low in words.pronouns or low in birth.names):
            begin = index  # "Two days later, she died aged 96"
    clause = tokens[begin:]
    for index, token in enumerate(clause):
        low = token[0].lower()
        if low in words.pronouns or low in birth.names:
            return False
        if low in words.possessives:
            return True
        if not token[0][0].isupper() or low in months or low in words.articles \
                or low in words.prepositions or low in words.openers:
            continue
        before = clause[index - 1][0].lower() if index else ""
        after = clause[index + 1][0].lower() if index + 1 < len(clause) else ""
        if before in words.prepositions or token.start() == start and (
                after in words.articles or after in words.prepositions):
            continue  # a place ("at Balmoral"), or a verb ("Murió el 8 de septiembre")
        if words.capitalised_nouns and not any(
                0 <= other < len(clause) and clause[other][0][0].isupper()
                and clause[other][0].lower() not in words.articles
                for other in (index - 1, index + 1)):
            continue  # a noun alone, as German writes them all: not a name of two words
        return True
    return False


def possessed(clause: str, words: AgeWords) -> bool:
    """Tell whether a clause of a language written without spaces speaks of another person:
    a possessive comes in it before any pronoun of the person ("她的父亲", her father)."""
    for at in range(len(clause)):
        if any(clause.startswith(word, at) for word in words.possessives):
            return True
        if any(clause.startswith(word, at) for word in words.pronouns):
            return False
    return False
