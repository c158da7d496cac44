"""A key figure of a duration that the timeline measures otherwise: "46 | years Roe v. Wade
stood" beside "The court decides Roe v. Wade" on 22 January 1973 and "The court overturns Roe"
on 24 June 2022, 49 years apart.

The label is a unit of time, a subject and a verb of duration after it ("years Roe v. Wade
stood", "days the strike lasted"); its value a count, perhaps rough ("About 49"). The subject
is measured as a sentence's duration is (durations.py): from the one event whose title names it
and a beginning to the one whose title names it and an end, with the span checks' precision.
What stood (a ruling, a law, a wall) began with the act that made it ("decides", "enacts",
"builds") and ended with the one that undid it ("overturns", "repeals", "demolishes").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ....errors import Problem
from ...model import Explainer, Timeline
from ..amounts.claims import figures_of
from ..amounts.countwarnings import warning
from ..dates.dateclaims import event_titles
from .durations import DURATIONS, both_days, one_event
from .spanends import Words
from .spanlanguages import span_words
from .spans import Span
from .spanslips import slip
from .spanwords import AFTER, alternatives

# By language: the verbs of what stood a time, and the words of a title that say it was made
# or undone (as DURATIONS gives those of what lasted).
STOOD = {
    "en": (r"stood|stands|has\s+stood|had\s+stood",
           "decide decides decided enact enacts enacted pass passes passed found founds founded "
           "establish establishes established build builds built erect erects erected",
           "overturn overturns overturned repeal repeals repealed abolish abolishes abolished "
           "demolish demolishes demolished dissolve dissolves dissolved fall falls fell"),
}


@functools.cache  # once per language
def label_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a label of a duration, a unit, a subject and a verb of duration
    ("years Roe v. Wade stood"), or None for a language it is not known in."""
    code = language.split("-")[0].lower()
    words = span_words(language)
    if code not in DURATIONS or code not in STOOD or words is None:
        return None
    return re.compile(rf"\s*(?P<unit>{words.units_pattern})\s+(?P<subject>[^\W\d_][^;:!?()\n]"
                      rf"{{0,60}}?)\s+(?:(?P<lasted>{DURATIONS[code][0]})|{STOOD[code][0]})\s*",
                      re.IGNORECASE)


@functools.cache  # once per language
def value_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a figure's value that counts a duration: a count, perhaps after a
    word that makes it rough ("About 49")."""
    words = span_words(language)
    return None if words is None else re.compile(
        rf"\s*(?:(?P<rough>{alternatives(words.rough)})\s+)?"
        rf"(?P<count>\d+|{alternatives(words.counts)})\s*", re.IGNORECASE)


def check_figure_durations(explainer: Explainer, content_words: Words,
                           capitalised_nouns: bool = False) -> Iterator[Problem]:
    """Warn about a key figure of a duration that the timeline's dates of its subject's
    beginning and end measure otherwise."""
    label, value = label_pattern(explainer.language), value_pattern(explainer.language)
    words = span_words(explainer.language)
    events = tuple(event for section in explainer.sections if isinstance(section, Timeline)
                   for event in section.events if event.date.common_era)
    if label is None or value is None or words is None or len(events) < 2:
        return
    code = explainer.language.split("-")[0].lower()
    titles: list | None = None
    for figure in figures_of(explainer):
        said, counted = label.fullmatch(figure.label), value.fullmatch(figure.value)
        if said is None or counted is None:
            continue
        titles = titles or event_titles(events, content_words, capitalised_nouns,
                                        explainer.language)[0]
        marks = (DURATIONS if said["lasted"] else STOOD)[code]
        subject = content_words(said["subject"])
        start, end = (one_event(titles, subject, content_words(mark)) for mark in marks[1:])
        if start is None or end is None or start.event is end.event:
            continue
        count = counted["count"]
        span = Span(0, 0, int(count) if count.isdigit() else words.counts[count.lower()],
                    words.unit(said["unit"]), AFTER, counted["rough"] is not None)
        told = slip(span, start, end)
        if told is not None and not both_days(span, start, end):
            yield warning(explainer, figure.line, None,
                          f"key figure '{figure.label}' says '{figure.value}', from "
                          f"{start.name} ({start.when.iso}), but {told}",
                          "make the figure and the timeline's dates agree")
