"""Titles that call, announce or set an event tell that act, not the event they call: "Sunak
calls a general election for 4 July" is the calling, on 22 May, and "three days after the
election" is measured from the election itself. Where the words after a span's "after" are
only those of what a title calls, the span is measured from another title that names them
("Britain votes in a general election"), or else from the day the calling title sets for it
("for 4 July", "pour le 30 juin"), the timeline's event of that day if it has one alone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from ..dates.dateclaims import Title
from ..texts.days import stated_dates
from .spanends import End, dated, day_end

# Each language's verbs of a title that call, announce or set an event, the words after each
# up to the word that opens the day set for it, "and" or a clause's end: what is called.
CALLS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:call(?:s|ed)?|announce[sd]?|sets?|schedule[sd]?)\s+(?:for\s+)?"
        r"(?P<called>[^,;:]+?)(?:\s+(?:for|on)\s+(?P<day>[^,;:]+?))?\s*(?=\s(?:and|but)\s|[,;:]|\Z)",
        re.IGNORECASE),
    "fr": re.compile(
        r"\b(?:annonce|annoncé|convoque|convoqué|fixe|fixé|programme)\s+"
        r"(?P<called>[^,;:]+?)(?:\s+(?:pour|au)\s+(?P<day>[^,;:]+?))?\s*(?=\set\s|[,;:]|\Z)",
        re.IGNORECASE),
}
Words = Callable[[str], set[str]]


class Called(NamedTuple):
    """What the span's words name, where a calling title has them all: the titles with the
    words of what each calls left out, and the day a calling title sets for it, if one."""

    titles: list[Title]
    days: list[End]


def uncalled(named: set[str], titles: list[Title], language: str,
             content_words: Words) -> Called:
    """Return the titles a span's words (named) are read against: where they are all of
    what a title calls, the titles without the words of what each calls, with the day the
    calling title sets; else the titles as they are, with no day."""
    pattern = CALLS.get(language.split("-")[0])
    found = [called_of(title, pattern, language, content_words) for title in titles] \
        if pattern is not None and named else []
    if not any(named <= words for words, _ in found):
        return Called(titles, [])
    kept = [title.words - words for title, (words, _) in zip(titles, found, strict=True)]
    shared = Counter(word for words in kept for word in words)
    days = {day.when.iso: day for words, day in found if day is not None and named <= words}
    return Called([title._replace(words=words, own={one for one in words if shared[one] == 1})
                   for title, words in zip(titles, kept, strict=True)],
                  [dated(day, titles) for day in days.values()] if len(days) == 1 else [])


def called_of(title: Title, pattern: re.Pattern[str], language: str,
              content_words: Words) -> tuple[set[str], End | None]:
    """Return the words of what a title calls, and the day it sets for it, if it gives one
    ("for 4 July"), in the year that puts it nearest the calling's day."""
    found = pattern.search(title.event.title)
    if found is None:
        return set(), None
    day = next(iter(stated_dates(found["day"] or "", language)), None)
    return content_words(found["called"]) & title.words, day_end(
        found["day"], day, title.event.date.first_day()) if day is not None else None
