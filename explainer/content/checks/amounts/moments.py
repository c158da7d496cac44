"""A level a moment of the story gives, beside a figure of its whole: a timeline event's count
on its day, or a count a sentence gives of one day ("il 2 e il 3 maggio ... due vittime"), is
the level of that moment. Beside a figure whose label names a peak ("workers on strike at its
peak", 45,000), a timeline event's lower count ("About 12,700 workers walk out") is a level
the thing passed on its way there (a higher one a lowest passed), not another peak; beside a
figure labelled by its noun alone ("deaths", "le vittime"), the story's whole, a timeline
event's count, or one a sentence gives with its day, is a part of it; but not a collective's
count, its size ("A jury of 11 ... convicted him on 30 May 2024" beside "12 | jurors").
"""

from __future__ import annotations

from ..counting import Counting
from ..texts.collectives import collective_counts
from ..texts.days import stated_dates
from .peaks import LOWEST, PEAK
from .times import time_words


def moment_level(label: tuple[str, set[str]], peak: list[float], value: float, sentence: str,
                 event: bool, counting: Counting) -> bool:
    """Tell whether an amount (its value) that a timeline event (event) or a sentence gives is
    the level of a moment, beside a figure: its label, as written and its words; the values
    of the figure in the amount's unit (peak)."""
    written, words = label
    language = counting.language.split("-")[0]
    pattern = PEAK.get(language)
    if event and pattern is not None and pattern.search(written) and \
            not pattern.search(sentence) and peak:
        lowest = LOWEST.get(language)
        passed = all(value > level for level in peak) if lowest is not None and \
            lowest.search(written) else all(value < level for level in peak)
        if passed:
            return True
    if words - time_words(written, counting):
        return False  # a label of more than its noun speaks of what it counts
    if any(count.value == value for _, count in collective_counts(sentence, counting)):
        return False  # "a jury of 11": the jury's size, on whatever day it sat
    return event or next(stated_dates(sentence, counting.language), None) is not None
