"""Each language's "and" and "or", which join the things a sentence lists: a count's names
(countlists.py), a second noun to a count's own (countwords.py), the parts of a sum (partwords.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# By language: the words that join the last of several things to the others ("and").
AND = {
    "en": ("and", "&", "as well as"), "fr": ("et", "ainsi que"), "es": ("y", "e"),
    "de": ("und", "sowie"), "it": ("e", "ed"), "pt": ("e",), "ru": ("и", "а также"),
    "uk": ("і", "й", "та", "а також"), "pl": ("i", "oraz", "a także"), "id": ("dan", "serta"),
    "ms": ("dan", "serta"), "sw": ("na", "pamoja na"), "tr": ("ve", "ile"),
    "hi": ("और", "तथा", "एवं"), "vi": ("và",), "cs": ("a",), "el": ("και",),
    "nl": ("en", "alsmede", "evenals"),
}
# Arabic joins every one with "و", written as the first letter of its word ("السعودية ومصر
# والأردن").
PREFIXED_AND = {"ar": "و"}
# By language: "or", which joins the names of a label that counts what one or another did.
OR = {
    "en": ("or",), "fr": ("ou",), "es": ("o", "u"), "de": ("oder",), "it": ("o", "oppure"),
    "pt": ("ou",), "pl": ("lub", "albo"), "id": ("atau",), "ms": ("atau",), "sw": ("au",),
    "vi": ("hoặc",), "hi": ("या",), "nl": ("of",),
}


def words_pattern(words: tuple[str, ...]) -> str:
    """Return an alternation of words as written, any space in them one or more."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+")
                    for word in sorted(words, key=len, reverse=True))


# A word of a list, or an ampersand that joins two.
LIST_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|&")


def joined_to(text: str, words: frozenset[str], content_words: Callable[[str], set[str]],
              language: str) -> set[str]:
    """Return the content words of each word a text joins by "and" to one whose content words
    are all among `words` ("conspiracy" of "counts of fraud and conspiracy", beside "fraud"):
    the members of one list, which a title that names one names as a whole."""
    joins = AND.get(language.split("-")[0], ())
    tokens = LIST_WORD.findall(text) if words and joins else []
    found: set[str] = set()
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower() in joins:
            one, two = content_words(tokens[index - 1]), content_words(tokens[index + 1])
            found |= (two if one and one <= words else set()) | \
                (one if two and two <= words else set())
    return found
