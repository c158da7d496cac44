"""Counts written in words, read as the counts in figures they are: "six wins" is "6 wins",
"two million people" "2 million people", "deux millions de personnes", "zwei Millionen
Menschen" and "dos millones de personas" the same, in each language whose Counting has number
words (counting/). The figure check (claims.py) reads the text so rewritten.

A word that counts nothing is left as it is: one of one, which is a pronoun or an article as
often as a number ("one of the officers", "no one", "un policier", "eine Mission"), unless a
scale follows it ("one million", "un million", "eine Million"); a number word capitalised
within a sentence, which names ("Group of Seven", "the Big Three", "Ocean's Eleven"); and one
beside a number in figures, which is a date's month ("le 12 sept.") or no count of its own;
nor one that ends a percentage's words ("26 per cento"), which the percentage keeps.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from ..counting import Counting, counting_for

# What may come between a sentence's stop, or a line's start, and a capitalised number word
# that opens the sentence ("Six officers", "(Two million people"): no letter, digit or stop.
OPENING = re.compile(r"(?:^|[.!?\u2026:;\u0964\u3002])[^\w.!?\u2026:;\u0964\u3002]*\Z",
                     re.MULTILINE)
# A number in figures just before a number word ("12 sept.", "1er sept", "2020 six") or just
# after it ("six 737 jets", "sept. 2024"): the word is a month, or the count is the other's.
FIGURES_BEFORE = re.compile(r"\d\w*\.?\s+\Z")
FIGURES_AFTER = re.compile(r"\.?\s+\d")


def may_count(text: str, counting: Counting) -> bool:
    """Tell whether a text may give an amount, in figures or in words: a quick test."""
    return counting.may_count(text) or ones(counting).search(text) is not None


def in_figures(text: str, counting: Counting) -> str:
    """Return a text whose counts in words are written in figures, each as wide as its words
    ("six" as "006", "twenty-five" as "00000000025"), so that every offset is kept and what
    reads counts in figures reads these too."""
    pieces: list[str] = []
    last = 0
    found = [*counting.number_word.finditer(text), *ones(counting).finditer(text)]
    for match in sorted(found, key=lambda match: match.start()):
        if match.start() < last:
            continue  # "one" of English is a number word and a word for one alike
        digits = figures_for(text, match, counting)
        if digits is not None and not ends_percent("".join([*pieces, text[last:match.start()]]),
                                                   match[0], counting):
            pieces += [text[last:match.start()], digits]
            last = match.end()
    return "".join([*pieces, text[last:]]) if pieces else text


def ends_percent(before: str, word: str, counting: Counting) -> bool:
    """Tell whether a number word, after the text before it, ends a percentage's words: the
    "cento" of Italian's "26 per cento" is no hundred."""
    window = before[-40:] + word
    return any(match.end() == len(window) for match in counting.percent.finditer(window))


def ones(counting: Counting) -> re.Pattern[str]:
    """Return the pattern of a language's words for one, which its number words may leave
    out, as they are articles too ("un", "une", "uno", "um"): read before a scale alone."""
    known = counting_for(counting.language)
    if known is None or known.number_words is not counting.number_words:
        return one_words(counting.number_words)  # a Counting of no registered language
    return ones_of(counting.language)


@functools.cache  # once per language: its words for one
def ones_of(language: str) -> re.Pattern[str]:
    """Return the pattern of a registered language's words for one."""
    counting = counting_for(language)
    return one_words(counting.number_words if counting is not None else {})


def one_words(number_words: Mapping[str, int]) -> re.Pattern[str]:
    """Return the pattern that finds any of the words for one whole, in any case."""
    words = (word for word, value in number_words.items() if value == 1 and word.isalpha())
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives or '(?!)'})(?![\w-])", re.IGNORECASE)


def figures_for(text: str, match: re.Match[str], counting: Counting) -> str | None:
    """Return the figures that a number in words stands for, as wide as its words, or None
    where it counts nothing (see the module's docstring) or its figures are wider than it."""
    value = counting.word_value(match[0])
    if value is None:
        return None  # a look-alike letter ('ſix') that a case-blind match let in
    digits = str(value).zfill(len(match[0]))
    start, end = match.span()
    if len(digits) > len(match[0]) or FIGURES_AFTER.match(text, end) or \
            FIGURES_BEFORE.search(text[max(start - 12, 0):start]):
        return None
    if match[0][0].isupper() and not opens_sentence(text, start):
        return None  # a name: "the Group of Seven", "Fantastic Four"
    if value > 1:
        return digits
    scaled = counting.number.match(digits + text[end:end + 40])  # "one million", "un millón"
    return digits if scaled is not None and scaled.end() > len(digits) else None


def opens_sentence(text: str, start: int) -> bool:
    """Tell whether a word at start opens a sentence, a line or the text."""
    return OPENING.search(text[max(start - 40, 0):start]) is not None
