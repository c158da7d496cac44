"""What an amount's sentence speaks of, beyond the words it shares with a figure's label.

A sentence relates an amount to a key figure by the words of the figure's label that it has
(see claims.disagreeing()). Some of its words speak of other things:

- what a percentage is of ("6% of Ostrava's imports", "31% of spending") is a whole, not the
  share's subject: its words relate the amount only to a figure whose label is of them too
  ("share of world GDP held by G20 economies" beside "80% of world GDP");
- a name of two capitalised words or more ("Norden Ports") is one thing: its words relate the
  amount only to a label that has them all ("pledged by the United States"), not to "the port".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .counting import Counting

# A run of capitalised words on one line: "Norden Ports", "The United States". Not a word all
# in capitals ("US"), which is a name of its own.
NAME = re.compile(r"(?<![\w'\u2019-])[A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ][\w'\u2019-]*"
                  r"(?:[ \u00a0][A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ][\w'\u2019-]*)+")
WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


@dataclass(frozen=True)
class Subject:
    """A sentence's words as they may relate it to a figure: its common words, the words of
    each of its names, and those of what its percentages are of."""

    common: set[str]
    names: list[set[str]]
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
        names = [] if title_case(sentence) else list(NAME.finditer(sentence))
        spans += [name.span() for name in names]
        common = counting.content_words(blank(sentence, spans)) - {unit}
        return cls(common, [counting.content_words(name[0]) for name in names], wholes)

    def shared(self, label: set[str], whole: set[str]) -> set[str]:
        """Return the words of a label (whose percentage is of whole) that the sentence has."""
        words = self.common | (self.wholes & whole)
        for name in self.names:
            if name <= label:
                words |= name
        return words & label


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


def title_case(sentence: str) -> bool:
    """Tell whether most of a sentence's words are capitalised, as a heading's may be: then a
    run of them is no name."""
    words = WORD.findall(sentence)
    return 2 * sum(word[0].isupper() for word in words) > len(words)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the given spans of a text by spaces."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
