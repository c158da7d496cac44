"""A running total that does not add up: "on 365 points, and added 236 from the public to
finish with 591" says 365 + 236 is 591, and it is 601.

A sentence is read when it gives a level, then a verb of adding and the amount added right
after it, then a phrase of the total that makes ("to finish with", "for a total of") and the
total right after that, in that order, with no other number between: the level is the number
right before the verb, up to three words and a comma or "and" apart ("365 points, and added"),
for a count right before the verb is of those who add ("25 acts added 236 votes").
The total is wrong when the level and the amount added make another sum. A sentence of any
other shape, or one whose level is not given ("added 236 to finish with 591"), is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ....errors import Problem
from ...model import Explainer
from ..counting import Counting
from ..texts.owntexts import own_texts
from ..texts.sentences import as_read, blank_out, sentence_ends
from .countwarnings import placed

# By language: the words between a level and the verb of adding ("points, and"), the verbs of
# adding, the words between the amount added and the phrase of its total ("from the public"),
# and that phrase.
WORDS = {
    "en": (r"(?:\s+[^\W\d_][\w'\u2019-]*){0,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?",
           r"added|adds|gained|gains|picked\s+up|picks\s+up",
           r"(?:\s+(?!to\b)[^\W\d_][\w'\u2019-]*){0,6}\s+",
           r"to\s+(?:finish|end(?:\s+up)?|close)\s+(?:with|on|at)|for\s+a\s+total\s+of|"
           r"to\s+reach|bringing\s+(?:it|them|his|her|its|their)\s+(?:total|tally)\s+to"),
}


@dataclass(frozen=True)
class Adding:
    """A language's shape of a running total, compiled: the level and the verb, what is
    added, the phrase of its total; and the verb alone."""

    level_verb: re.Pattern[str]
    added_total: re.Pattern[str]
    # The first words of the verbs of adding, lowercased: a quick test of a text, which
    # cannot hold a running total without one ("picked" of "picked up").
    verbs: tuple[str, ...]


ADDING = {language: Adding(re.compile(rf"{link}(?:{verbs})\s+(?:another\s+|a\s+further\s+)?\Z",
                                      re.IGNORECASE),
                           re.compile(rf"{between}(?:{total})\s+\Z", re.IGNORECASE),
                           tuple(re.findall(r"(?:^|\|)([^\W\d_]+)", verbs)))
          for language, (link, verbs, between, total) in WORDS.items()}
TOLERANCE = 0.5  # a rounded level and amount may make a total off by less than one


def check_running_totals(explainer: Explainer, counting: Counting) -> Iterator[Problem]:
    """Warn where a level and the amount added to it make another total than the one its
    sentence gives (see the module's docstring)."""
    adding = ADDING.get(counting.language.split("-")[0])
    for where, place, text in own_texts(explainer) if adding is not None else ():
        lowered = text.lower()
        if not any(verb in lowered for verb in adding.verbs) or not counting.may_count(text):
            continue  # no verb of adding, or no number: no running total
        shown = blank_out(text)
        clean = counting.localised(shown)
        for level, added, total in running_totals(clean, counting, adding):
            made = counting.value(level) + counting.value(added)
            if abs(made - counting.value(total)) >= TOLERANCE:
                said = [as_read(text, shown, *found.span()) for found in (level, added, total)]
                yield placed(explainer, place, text, total.start(),
                             f"{where} adds {said[1]} to {said[0]} to make {said[2]}, but "
                             f"the two make {made:g}",
                             "correct the total, or the level or the amount added")


def running_totals(text: str, counting: Counting, adding: Adding
                   ) -> Iterator[tuple[re.Match[str], re.Match[str], re.Match[str]]]:
    """Yield the level, the amount added and the total of each running total of a text, each
    three numbers in a row of one sentence whose words between have its shape."""
    start = 0
    for end in [*(stop.end() for stop in sentence_ends(text, 0)), len(text)]:
        numbers = list(counting.number.finditer(text, start, end))
        for level, added, total in zip(numbers, numbers[1:], numbers[2:], strict=False):
            if adding.level_verb.match(text, level.end(), added.start()) and \
                    adding.added_total.match(text, added.end(), total.start()):
                yield level, added, total
        start = end
