"""The terms of search: a text folded and cut into the words the index lists, as
static/search.js folds and cuts a query (the two must agree letter for letter).

Folding leaves out case and the accents a reader types without: those of Latin, Greek and
Cyrillic letters (é, ς, ё), and the vowel points of Hebrew and Arabic. It keeps every mark
that makes another letter: the voicing of kana (で is not て), the vowel signs of Indic
scripts, the tone marks of Thai.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Combining marks (of a decomposed text) that a reader leaves out: the blocks of combining
# diacritics, Hebrew points and cantillation, Arabic harakat and Quranic marks.
ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
                     "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
                     "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
                     "\u06ea-\u06ed]")
TOKEN = re.compile(r"[^\W_]{2,}")  # an ASCII text's words: hyphens and apostrophes split


def fold(text: str) -> str:
    """Return text as search compares it: lower case, without the accents a reader leaves out."""
    if text.isascii():
        return text.lower()  # most of an English index: nothing to decompose
    plain = ACCENTS.sub("", unicodedata.normalize("NFD", text))
    # Composed again: a kana keeps its voicing mark, a Hangul syllable its letters, in one.
    return unicodedata.normalize("NFC", plain).lower()


def words_of(text: str) -> list[str]:
    """Return the folded words of a text, of two letters or more: 'non-NATO' gives 'non' and
    'nato'."""
    folded = fold(text)
    if folded.isascii():
        return TOKEN.findall(folded)
    return [run for run in word_runs().findall(folded) if len(run) > 1]


@functools.cache
def word_runs() -> re.Pattern[str]:
    """Return the pattern of a word: letters, digits and the marks folding keeps (as
    search.js's [\\p{L}\\p{M}\\p{N}]); Python's \\w leaves marks out."""
    # Marks lie between U+0300 and U+1E94A, and in the variation selectors from U+E0100.
    marks = [code for code in (*range(0x300, 0x1F000), *range(0xE0100, 0xE01F0))
             if unicodedata.category(chr(code)).startswith("M")]
    ranges, start = [], marks[0]
    for previous, code in zip(marks, [*marks[1:], None], strict=True):
        if code != previous + 1:
            ranges.append(f"{chr(start)}-{chr(previous)}")
            start = code
    return re.compile(f"(?:[^\\W_]|[{''.join(ranges)}])+")
