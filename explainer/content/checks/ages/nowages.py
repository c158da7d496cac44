"""An age set beside a name in a sentence that gives no day and no year: "Starmer, 61, was
appointed by the King", as newsrooms write a person's age on the day they publish. It is the
person's age on the explainer's date (from its publication to its last update), held to the
birth of the person it is set beside: each timeline event whose title says someone was born
names one person ("Keir Starmer is born", "Rishi Sunak is born"), or else the one birth the
text gives (ages.py), or else each of several it gives after a name (namedbirths.py). A
sentence that gives a day or a year, or whose paragraph gave a year before the one of its
publication, speaks of another time and is left to ages.py; so is an age with words before its
number ("Messi, then 35,"). A sentence that tells a timeline
event, two words of its title besides the person's names ("At the time, Sunak, 42, became
prime minister" beside "Rishi Sunak becomes prime minister"), gives the age on that event's
day; on none where it tells two events alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ....errors import Problem
from ...model import Explainer, Timeline, TimelineEvent
from ..amounts.countwarnings import placed
from ..dates.dateclaims import prose_of
from ..texts.days import stated_dates
from ..texts.sentences import blank_out
from .ages import (
    YEAR,
    Birth,
    beside_name,
    birth_of,
    judged,
    names_in,
    sentence_span,
    years_between,
)
from .agewords import BORN_REACH, WORD, AgeWords, age_words, years_of
from .namedbirths import named_births

LETTER = re.compile(r"[^\W\d_]")


def check_ages_now(explainer: Explainer) -> Iterator[Problem]:
    """Warn about an age set beside a name, in a sentence of no other time, that the
    person's birth makes another on the explainer's date."""
    words = age_words(explainer.language)
    if words is None or words.apposed is None:
        return
    events = [event for section in explainer.sections if isinstance(section, Timeline)
              for event in section.events if event.date.common_era and not event.approximate]
    births = titled_births(events, words)
    if not births:
        one = birth_of(explainer, events, words)  # else each of several the text names
        births = [one] if one is not None else named_births(explainer, words)
    first, last = explainer.published.first_day(), explainer.modified.last_day()
    for where, line, text in prose_of(explainer) if births else ():
        plain = blank_out(text)
        for age in words.apposed.finditer(plain):
            at = age.start(next(index for index, group in enumerate(age.groups(), 1) if group))
            birth = next((one for one in births
                          if beside_name(plain[:age.start()], one, words)), None)
            if birth is None or LETTER.search(plain, age.start(), at) \
                    or of_another_time(plain, at, words, explainer.language, first.year):
                continue
            told = told_events(plain, at, birth, events, words)
            if len(told) > 1:
                continue  # it tells one of two events alike: which day is not known
            problem = judged(birth, told[0], years_of(age), where) if told \
                else judged_now(birth, first, last, years_of(age), where)
            if problem is not None:
                yield placed(explainer, line, text, at, *problem)


def titled_births(events: list[TimelineEvent], words: AgeWords) -> list[Birth]:
    """Return the birth of each person a timeline event's title says was born, named by the
    words of that title alone."""
    return [Birth(event.date.first_day(), event.date.last_day(), event.date.iso,
                  f"'{event.title}', line {event.line}", names_in(event.title, words))
            for event in events if words.born.search(event.title)]


def of_another_time(plain: str, at: int, words: AgeWords, language: str,
                    published: int) -> bool:
    """Tell whether the sentence of an age gives a day or a year, or its paragraph before
    it a year before the explainer's, not a birth's ("born in 1989"): its time is not the
    explainer's."""
    start, end = sentence_span(plain, at, [])
    sentence = plain[start:end]
    if YEAR.search(sentence) or any(True for _ in stated_dates(sentence, language)):
        return True
    births = [born.end() for born in words.born.finditer(plain, 0, start)]
    return any(int(year[1]) < published and not any(
        0 <= year.start() - born <= BORN_REACH for born in births)
        for year in YEAR.finditer(plain, 0, start))


def told_events(plain: str, at: int, birth: Birth, events: list[TimelineEvent],
                words: AgeWords) -> list[TimelineEvent]:
    """Return the events, no birth, the sentence of an age tells most of, by two words of
    their titles or more besides the person's names; none if it tells none."""
    start, end = sentence_span(plain, at, [])
    said = own_words(plain[start:end], words) - birth.names
    shared = [(len(said & own_words(event.title, words)), event) for event in events
              if not words.born.search(event.title)]
    most = max((count for count, _ in shared), default=0)
    return [event for count, event in shared if count == most] if most > 1 else []


def own_words(text: str, words: AgeWords) -> set[str]:
    """Return a text's words of three letters or more, in small letters, but its articles,
    prepositions, pronouns and openers."""
    plain = words.articles | words.prepositions | words.pronouns | words.openers
    return {word.lower() for word in WORD.findall(text)
            if len(word) > 2 and word.lower() not in plain}


def judged_now(birth: Birth, first: date, last: date, age: int,
               where: str) -> tuple[str, str] | None:
    """Return the message and hint of an age that the birth cannot give on the explainer's
    date (from its first to its last day), or None if it can."""
    low, high = years_between(birth.last, first), years_between(birth.first, last)
    if low <= age <= high:
        return None
    could = str(low) if low == high else f"{low} or {high}" if high == low + 1 \
        else f"{low} to {high}"
    day = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    return (f"{where} gives the age {age} in a sentence of no other day, the explainer's date "
            f"({day}), but a birth on {birth.iso} ({birth.where}) makes it {could}",
            "make the age agree with the birth, or say the day it was the person's age")
