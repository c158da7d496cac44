"""The times an act is done, as a count of what it makes: "Mbappé scored four times in the
final" gives the goals a figure labelled "goals scored by Mbappé in the final" counts.

A count of times right after a verb in the past ("scored four times", "scored a further two
times") counts that act; a figure whose label's noun is followed by the participle of the
same verb ("goals scored", "tries scored") counts it too, and the two are held against each
other. Times after another verb ("was booked four times") count another act.
"""

from __future__ import annotations

import dataclasses
import re

from ...model import Figure
from ..counting import Counting
from .counted import Amount

# Each language's noun of the times an act is done, and the verb it follows, with the words
# that may come between ("a further", "another").
TIMES = {
    "en": ("times", re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s+(?:(?:a\s+further|another|"
                               r"just|only|at\s+least)\s+)?\Z", re.IGNORECASE)),
}
ACT = "act:"  # the unit of a count of an act, before the stem of its verb
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def acts_counted(text: str, found: list[tuple[int, Amount]], counting: Counting
                 ) -> list[tuple[int, Amount]]:
    """Return a text's amounts (where each starts, as stated() gives them) with each count of
    times after a verb in the past read as a count of that act ("scored four times")."""
    words = TIMES.get(counting.language.split("-")[0])
    if words is None or counting.acts_done is None:
        return found
    times = counting.stem(words[0])
    read = []
    for offset, amount in found:
        verb = words[1].search(text, max(offset - 40, 0), offset) \
            if amount.unit == times else None
        acts = counting.acts_done(verb[1]) if verb is not None else set()
        read.append((offset, dataclasses.replace(amount, unit=ACT + min(acts)) if acts
                     else amount))
    return read


def figure_acts(figure: Figure, amount: Amount, counting: Counting) -> list[Amount]:
    """Return a figure's amount as a count of the act its label names by a participle right
    after its noun ("goals scored by Mbappé" counts the times he scored); none without one."""
    if counting.acts_done is None or counting.language.split("-")[0] not in TIMES:
        return []
    words = WORD.findall(figure.label)
    for noun, after in zip(words, words[1:], strict=False):
        if counting.stem(noun.lower()) == amount.unit and (acts := counting.acts_done(after)):
            return [dataclasses.replace(amount, unit=ACT + min(acts))]
    return []
