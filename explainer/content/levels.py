"""What an amount's sentence speaks of, beyond the words it shares with a figure's label.

A sentence relates an amount to a key figure by the words of the figure's label that it has
(see claims.disagreeing()). Some of its words speak of other things: what a percentage is of
("6% of Ostrava's imports", "31% of spending") is a whole, not the share's subject; its words
relate the amount only to a figure whose label is of them too ("share of world GDP held by G20
economies" beside "80% of world GDP").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .counting import Counting


@dataclass(frozen=True)
class Subject:
    """A sentence's words as they may relate it to a figure: its common words, and those of
    what its percentages are of."""

    common: set[str]
    wholes: set[str]

    @classmethod
    def of(cls, sentence: str, unit: str, counting: Counting) -> Subject:
        """Read a sentence around an amount of the given unit."""
        spans, wholes = [], set()
        for match in counting.percent.finditer(sentence):
            whole = counting.share_of.match(sentence, match.end())
            if whole is not None:
                said = stop_at_function_word(whole["whole"], counting)
                spans.append((whole.start(), whole.start("whole") + len(said)))
                wholes |= counting.content_words(said)
        common = counting.content_words(blank(sentence, spans)) - {unit}
        return cls(common, wholes)

    def shared(self, label: set[str], whole: set[str]) -> set[str]:
        """Return the words of a label (whose percentage is of whole) that the sentence has."""
        return (self.common | (self.wholes & whole)) & label


def whole_of(label: str, counting: Counting) -> set[str]:
    """Return the words of what a label's percentage is of ("share of world GDP")."""
    return {word for match in counting.share_of.finditer(label)
            for word in counting.content_words(stop_at_function_word(match["whole"], counting))}


def stop_at_function_word(words: str, counting: Counting) -> str:
    """Return the words up to the first function word: "world GDP" of "world GDP held by"."""
    end = 0
    for word in re.finditer(r"\S+", words):
        if word[0].lower() in counting.stop_words:
            break
        end = word.end()
    return words[:end]


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the given spans of a text by spaces."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
