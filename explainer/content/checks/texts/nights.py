"""A night named by the day it ends on, as East Slavic and Bulgarian newsrooms date one: "в
ночь на 25 марта" (Russian), "у ніч на 25 березня" (Ukrainian), "в нощта срещу 25 март"
(Bulgarian) is the night from 24 to 25 March, so an event the timeline dates 24 March may be
told so. The words are each language's, right before the day."""

from __future__ import annotations

import re
from datetime import date, timedelta

# The words before a day that make it the morning a night ends on, by language.
NIGHT_BEFORE = {
    "ru": r"ночь\s+на",
    "uk": r"ніч\s+на",
    "be": r"ноч\s+на",
    "bg": r"нощта\s+срещу",
}
NIGHTS = {language: re.compile(rf"(?:^|\W)(?:{words})\s*$", re.IGNORECASE)
          for language, words in NIGHT_BEFORE.items()}


def night_before(text: str, start: int, language: str) -> bool:
    """Tell whether the day a text gives at start is named as the end of the night before it
    ("в ночь на 25 марта"), in the language's words."""
    night = NIGHTS.get(language.split("-")[0].lower())
    return night is not None and night.search(text, max(0, start - 40), start) is not None


def day_meant(given: date | None, text: str, start: int, language: str,
              known: set[date]) -> date | None:
    """Return the day a text gives at start, or the day before it where the text names the
    night that ends on the given day and the day before is one the timeline knows."""
    if given is None or not night_before(text, start, language):
        return given
    before = given - timedelta(days=1)
    return before if before in known else given
