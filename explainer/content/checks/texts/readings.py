"""An explainer's texts as the checks of amounts read them, each read once for all of them.

Several checks read the same text the same way: without its quotes (sentences.blank_out()),
its numbers as the patterns read them (Counting.localised()), its counts in words in figures
(spelled.in_figures()), and the amounts it states (stated.stated()). A Readings holds one
Reading per text of an explainer, made before the checks run and handed to each of them; a
Reading reads each of those the first time a check asks for it, and keeps it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...model import Explainer, Section, Timeline
from .sentences import blank_out
from .spelled import in_figures
from .stated import stated

if TYPE_CHECKING:
    from ..counting import Counting
    from .counted import Amount


@dataclass(frozen=True)
class Reading:
    """One text, and what the checks of amounts read in it, each part read when first asked."""

    text: str
    counting: Counting

    @functools.cached_property
    def shown(self) -> str:
        """Return the text without its quoted words (see sentences.blank_out())."""
        return blank_out(self.text)

    @functools.cached_property
    def clean(self) -> str:
        """Return the text without its quotes, its numbers as the patterns read them."""
        return self.counting.localised(self.shown)

    @functools.cached_property
    def figured(self) -> str:
        """Return the clean text with its counts in words written in figures (spelled.py)."""
        return in_figures(self.clean, self.counting)

    @functools.cached_property
    def stated(self) -> tuple[tuple[int, Amount], ...]:
        """Return (offset, amount) for every amount the clean text states (stated.py)."""
        return tuple(stated(self.clean, self.counting, self.figured))


@dataclass(frozen=True)
class Readings:
    """The readings of one explainer's texts in its language, by their words."""

    counting: Counting
    texts: dict[str, Reading]

    @classmethod
    def of(cls, explainer: Explainer, counting: Counting) -> Readings:
        """Make a reading, not yet read, of each text of an explainer."""
        texts = [explainer.dek or "", *(text for section in explainer.sections
                                        for text in texts_of(section))]
        return cls(counting, {text: Reading(text, counting) for text in texts})

    def of_text(self, text: str) -> Reading:
        """Return the reading of a text: the one held for a text of the explainer."""
        held = self.texts.get(text)
        return held if held is not None else Reading(text, self.counting)


def texts_of(section: Section) -> list[str]:
    """Return the texts of a section: its prose, what its fields say, its events' words."""
    texts = [section.body_text, *(text for _, _, text in section.said)]
    if isinstance(section, Timeline):
        texts += [text for event in section.events for text in (event.title, event.text)]
    return [text for text in texts if text]
