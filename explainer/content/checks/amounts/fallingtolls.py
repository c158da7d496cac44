"""A death toll that falls from one day to a later one with no word of a revision.

A toll adds up the dead: told day by day ("The toll rose: 10 dead on 9 January, 16 on 11
January and 24 by 12 January"), or by the events of a timeline ("The death toll reaches 24" on
12 January), a later day's count is no smaller than an earlier one's, unless the story says it
was revised ("revised down", "lowered", "corrected"). A sentence is read when it names a toll
(its nouns in partwords.TOLLS) and gives as many counts as days, each count the day's in turn
("16 on 11 January"); the events of a timeline, when their title or text names a toll and
gives one count, held against the earlier events whose tolls name the same places and people
by their capitals ("The toll in Myanmar reaches 226" is not Vietnam's). Daily counts are no
toll ("On 9 January 10 people died, on 10 January 6"), and are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ....errors import Problem
from ...context import line_of
from ...model import Explainer, TextMap, Timeline
from ..counting import Counting
from ..texts.days import stated_dates
from ..texts.owntexts import own_texts
from ..texts.sentences import blank_out, sentence_ends
from ..texts.textnames import capitalised
from .partwords import toll_words

# By language: the words that say a toll was revised, so that a lower count is no slip.
REVISED = {
    "en": r"revis\w*|lower\w*|correct\w*|down(?:ward)?|fell|fallen|reduced|double-counted",
    "fr": r"révis\w*|corrig\w*|abaiss\w*|revu\w*|à\s+la\s+baisse",
    "es": r"revis\w*|correg\w*|rebaj\w*|a\s+la\s+baja",
    "de": r"korrigiert\w*|nach\s+unten|gesenkt|revidiert\w*",
    "it": r"rivist\w*|corrett\w*|al\s+ribasso|abbassat\w*",
    "pt": r"revist\w*|corrigid\w*|reduzid\w*|para\s+baixo",
}


def revised(text: str, language: str) -> bool:
    """Tell whether a text says a toll was revised (see REVISED)."""
    found = REVISED.get(language.split("-")[0])
    return found is not None and re.search(rf"(?<!\w)(?:{found})(?!\w)", text,
                                           re.IGNORECASE) is not None


def counts(text: str, counting: Counting) -> list[tuple[int, int, float]]:
    """Return the counts of a text that are no part of a day and no year: (start, end,
    value)."""
    days = [(day.start, day.end) for day in stated_dates(text, counting.language)]
    found = [(m.start(), m.end(), counting.value(m)) for m in counting.number.finditer(text)]
    found += [(m.start(), m.end(), value) for m in counting.number_word.finditer(text)
              if (value := counting.word_value(m[0])) is not None]
    return sorted((start, end, value) for start, end, value in found
                  if not any(s <= start < e for s, e in days)
                  and not re.fullmatch(r"(?:1[89]|20)\d\d", text[start:end]))


def unmarked(text: str) -> str:
    """Return a text with Markdown's marks of emphasis as spaces, which may stand inside a
    toll's words: "death **toll**"."""
    return text.replace("*", " ").replace("_", " ").replace("`", " ")


def falls_in(sentence: str, counting: Counting) -> Iterator[tuple[int, float, float]]:
    """Yield (offset, count, earlier count) for each count of a toll told day by day in one
    sentence that is lower than the count of an earlier day before it."""
    toll, language = toll_words(counting.language), counting.language
    if toll is None or not toll.search(sentence) or revised(sentence, language):
        return
    days = list(stated_dates(sentence, language))
    found = counts(sentence, counting)
    if len(days) < 2 or len(found) != len(days):
        return
    paired = [((day.year or 0, day.month, day.day), count) for day, count in
              zip(days, found, strict=True)]
    for index, (when, (start, _, value)) in enumerate(paired):
        for earlier, (_, _, before) in paired[:index]:
            if earlier < when and value < before:
                yield start, value, before
                break


def check_falling_tolls(explainer: Explainer, counting: Counting) -> Iterator[Problem]:
    """Warn where a death toll falls from one day to a later one with no word of a revision:
    in a sentence that tells it day by day, or from one timeline event to a later one."""
    toll = toll_words(counting.language)
    for where, place, text in own_texts(explainer) if toll is not None else ():
        if not toll.search(unmarked(text)):
            continue  # no toll named: blanking out quotations names none
        clean = counting.localised(blank_out(text))
        for sentence, at in sentences(clean):
            for offset, value, before in falls_in(sentence, counting):
                yield fall(explainer, where, place, text, at + offset, (value, before))
    yield from timeline_falls(explainer, counting)


def timeline_falls(explainer: Explainer, counting: Counting) -> Iterator[Problem]:
    """Warn where a timeline event's toll is lower than an earlier event's."""
    toll = toll_words(counting.language)
    for section in explainer.sections if toll is not None else ():
        if not isinstance(section, Timeline):
            continue
        highest: dict[frozenset[str], float] = {}  # by the names of whose toll it is
        for event in section.events:  # in the order of their dates
            for text, place in ((event.title, event.title_map), (event.text, event.text_map)):
                clean = counting.localised(blank_out(text or ""))
                found = counts(clean, counting) if toll.search(clean) else []
                if len(found) != 1 or place is None:
                    continue
                (start, _, value), names = found[0], frozenset(capitalised(clean))
                if value < highest.get(names, value) and not revised(clean, counting.language):
                    yield fall(explainer, "timeline event", place, text, start,
                               (value, highest[names]))
                highest[names] = max(value, highest.get(names, value))


def fall(explainer: Explainer, where: str, place: TextMap, text: str, offset: int,
         values: tuple[float, float]) -> Problem:
    """Return the warning of a toll that falls to values[0] from values[1]."""
    value, before = (f"{number:g}" for number in values)
    return Problem(explainer.display_path, *place.at(offset),
                   f"{where} gives a toll of {value}, lower than the {before} of an earlier day, "
                   "with no word of a revision",
                   "a toll adds up the dead: correct the count, or say the toll was revised",
                   line_of(text, offset), "warning")


def sentences(text: str) -> Iterator[tuple[str, int]]:
    """Yield each sentence (or paragraph part) of a text, and where it starts."""
    bounds = sorted({0, len(text)} | {stop.end() for stop in sentence_ends(text, 0)}
                    | {parted.end() for parted in re.finditer(r"\n\n", text)})
    for start, end in zip(bounds, bounds[1:], strict=False):
        yield text[start:end], start
