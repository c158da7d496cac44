"""Parts of a figure's whole that a sentence lists one after another, in any language.

A sentence may break a whole into its parts, each with its own holder, and leave their sum to
the reader: "Hafez al-Assad ruled for 29 years, then his son Bashar for 24" beside a key figure
of 53 years of the family's rule. Two or more amounts of one unit in a sentence, the later ones
perhaps without their noun ("for 24"), that add up to the figure's value are its parts, and
none of them is held against it alone. A list that adds up to another number still warns: it
gives the whole otherwise. Chinese, Japanese and Korean list their parts without spaces and
are read in eastparts.py.
"""

from __future__ import annotations

import re

from ..counting import Counting
from ..texts.counted import Amount
from ..texts.sentences import sentence_at
from ..texts.stated import amounts, bare_numbers
from .qualified import equal


def listed_part(text: str, offset: int, amount: Amount, values: list[float],
                counting: Counting) -> bool:
    """Tell whether the amount at offset is one of two or more parts its sentence lists that
    add up to one of the figure's values (see the module's docstring)."""
    sentence = sentence_at(text, offset)
    start = text.rfind(sentence, 0, offset + len(sentence))
    found = [(start + at, one) for at, one in amounts(sentence, counting)
             if one.unit == amount.unit]
    if not found or all(at != offset for at, _ in found):
        return False
    first = min(at for at, _ in found)
    # The later parts may leave the noun out: "then his son Bashar for 24".
    spans = [(at - first, at - first + len(one.written)) for at, one in found]
    after = text[first:start + len(sentence)]
    for begin, end in spans:
        after = after[:begin] + " " * (end - begin) + after[end:]
    parts = [one.value for _, one in found] + bare_numbers(after, counting)
    return len(parts) > 1 and any(equal(sum(parts), value) for value in values)


def names_joined(text: str, first: tuple[int, int], second: tuple[int, int],
                 joint: re.Pattern[str], counting: Counting) -> bool:
    """Tell whether a joint ("and", a comma) lists two names of a text at first and second
    (their spans): it comes right after the first ("Labour, Reform") or right before the
    second, an article and one noun at most between ("and the Greens", "and his son Bashar").
    One between other words joins those: "sold the rights for current and new games to
    Ubisoft" lists no names."""
    for found in joint.finditer(text, first[1], second[0]):
        after, before = text[first[1]:found.start()], text[found.end():second[0]]
        named = any(word[:1].isupper() or word[:1].isdigit() for word in before.split())
        if not after.strip(" \u00a0") or len(counting.content_words(before)) <= 1 and not named:
            return True
    return False
