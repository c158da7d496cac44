"""A figure whose label says it is of the year before the story's own time ("the budget
adopted a year earlier, for 2023", "last year's deficit", "the previous year's toll") is not
what a sentence gives of the story's own time: one that dates its amount to a day within half
a year of the day the explainer speaks from ("The Council adopted a budget of about $107.1
billion on 30 June 2023", in a story of 1 July 2023). A sentence of the year before ("A year
earlier, the Council adopted $105 billion"; "on 30 June 2022") is held to it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..counting import Counting

if TYPE_CHECKING:
    from .history import DatedLevels

# Each language's words by which a label says its figure is of the year before the story's.
YEAR_BEFORE = {
    "en": (r"a\s+year\s+(?:earlier|before|ago)", r"the\s+year\s+before",
           r"(?:the\s+)?(?:previous|prior|preceding)\s+year(?:'s|’s)?", r"last\s+year(?:'s|’s)?"),
    "fr": (r"un\s+an\s+(?:plus\s+tôt|auparavant|avant)", r"l['’]année\s+(?:précédente|dernière)",
           r"l['’]an\s+dernier"),
    "es": (r"un\s+año\s+antes", r"el\s+año\s+(?:anterior|pasado)"),
    "de": (r"ein\s+Jahr\s+(?:zuvor|davor|früher)", r"Vorjahr\w*"),
}
# Half a year: a day nearer the story's own than a year before it is of the story's time.
HALF_YEAR = 183


@functools.cache  # once per language
def year_before_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a language's words that put a label's figure a year before the
    story's time; None for a language without them."""
    words = YEAR_BEFORE.get(language.split("-")[0].lower())
    return None if words is None else re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)",
                                                 re.IGNORECASE)


def of_the_year_before(dated: DatedLevels, text: str, offset: int, label: str,
                       counting: Counting) -> bool:
    """Tell whether a figure's label says it is of the year before the story's, and the
    sentence of the amount at offset dates it to the story's own time, within half a year of
    the day the explainer speaks from."""
    pattern = year_before_pattern(counting.language)
    if pattern is None or pattern.search(label) is None:
        return False
    day = dated.day_of(text, offset, counting)
    return day is not None and abs((day - dated.written).days) <= HALF_YEAR
