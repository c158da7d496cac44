"""An amount dated to the day of another item of a series than the one a figure's label names.

A timeline may date the items of a series, each an event of its own: three earthquakes, two
rounds of a vote, the cuts of a rate. A label names one of them by its ordinal ("magnitude of
the first earthquake", "the first cut"), or by a word only that item's event has ("magnitude of
the Pazarcık earthquake"). A sentence that dates its amount to the day of another item's event
("A magnitude 6.4 earthquake struck Hatay province on 20 February 2023", beside the timeline's
quake of that day) gives that item's level, not the figure's. Where two items share the day,
the words of the sentence that only one of their events has (a place: "near Elbistan") tell
which it speaks of; if none do, it may speak of the label's, and is held to its figure. A
sentence that names the label's item by its ordinal ("The first earthquake, of magnitude 7.6,
...") is held to it, whatever its day; one that names no item of the series is not its.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..counting import Counting
from ..texts.sentences import sentence_at
from .ordinals import earlier, item_pattern, items, items_before, merged
from .yearbefore import of_the_year_before

if TYPE_CHECKING:
    from ...model import TimelineEvent
    from .history import DatedLevels


def of_another_day(dated: DatedLevels, text: str, offset: int, label: str,
                   counting: Counting) -> bool:
    """Tell whether the sentence of the amount at offset dates it to another time than the
    figure's: the story's own, beside a label of the year before (yearbefore.py), or the day of
    another item of a series (of_another_event())."""
    return of_the_year_before(dated, text, offset, label, counting) or \
        of_another_event(dated, text, offset, label, counting)


def of_another_event(dated: DatedLevels, text: str, offset: int, label: str,
                     counting: Counting) -> bool:
    """Tell whether the sentence of the amount at offset dates it to the day of a timeline
    event of a series other than the item the figure's label names."""
    if not dated.events:
        return False
    day = dated.day_of(text, offset, counting)
    if day is None:
        return False
    sentence = sentence_at(text, offset)
    its = sentence_items(label, counting, set())
    said = sentence_items(sentence, counting, set(its))
    if any(said.get(noun, set()) & ordinals for noun, ordinals in its.items()):
        return False  # "the first earthquake" is the label's, whatever its day
    events = [event for event in dated.events if event.date.day is not None]
    words = [counting.content_words(f"{event.title}\n\n{event.text}") for event in events]
    of_day = [index for index, event in enumerate(events) if event.date.first_day() == day]
    for noun, ordinals in its.items():
        if noun not in counting.content_words(sentence):
            continue  # a sentence of no item of the series
        series = ordered([index for index in range(len(events)) if noun in words[index]], events)
        named = {series[n - 1] for n in ordinals if 0 < n <= len(series)}
        if not_named(named, [i for i in of_day if i in series], words, sentence, counting):
            return True
    return not its and by_words(label, of_day, words, sentence, counting)


def ordered(series: list[int], events: list[TimelineEvent]) -> list[int]:
    """Return the events of a series (their indexes), sorted by their dates and times."""
    return sorted(series, key=lambda index: sum(
        earlier(events[other].date, events[index].date) for other in series))


def not_named(named: set[int], of_day: list[int], words: list[set[str]], sentence: str,
              counting: Counting) -> bool:
    """Tell whether the events of a series on the sentence's day (their indexes) that its words
    pick out are none of the ones the label names."""
    if not named or not of_day:
        return False
    said = counting.content_words(sentence)
    own = [index for index in of_day
           if said & (words[index] - set.union(*(words[i] for i in of_day if i != index)))] \
        if len(of_day) > 1 else of_day
    return not named & set(own or of_day)


def by_words(label: str, of_day: list[int], words: list[set[str]], sentence: str,
             counting: Counting) -> bool:
    """Tell whether a label names an item of a series by a word only some of its events have
    ("the Pazarcık earthquake"), and the sentence's day is another item's."""
    wording = counting.content_words(label)
    for noun in wording & counting.content_words(sentence):
        series = [index for index, those in enumerate(words) if noun in those]
        named = {index for index in series if any(
            word != noun and word in words[index] and not all(word in words[i] for i in series)
            for word in wording)}
        if len(series) > 1 and named != set(series) and \
                not_named(named, [i for i in of_day if i in series], words, sentence, counting):
            return True
    return False


def sentence_items(text: str, counting: Counting, nouns: set[str]) -> dict[str, set[int]]:
    """Return the ordinals a text gives each noun's stem, before or after it."""
    pattern = item_pattern(counting.language.split("-")[0])
    return merged(items(text, pattern, counting) if pattern is not None else {},
                  items_before(text, counting, nouns))
