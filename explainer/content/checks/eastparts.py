"""Who a sentence in Chinese, Japanese or Korean speaks of: a part of a figure's whole, or it.

A sentence may give the parts and then their sum ("直接死228人と災害関連死276人の計504人",
"共计504人", "총 504명"), or a whole and then its parts ("其中", "이 중", "このうち"): the parts,
two at least before a sum, of its unit and no larger than it, are parts, and only the whole is
held against a figure, unless the label is a part's own (its words the sentence has are in
that part's words alone: "直接死" is the part "直接死228人"). An amount that a place narrows,
before it in its clause or in the sentence's first ("서울에서 투표율은 85.4%였다", "東京では",
"在北京", "北京的"), is that place's, where the label names none and the explainer is not
about it (its title or dek names it, or its country is its own). A count of either kind that
is larger than the figure is no part of it, and still warns. The words are in eastpartwords.py.
"""

from __future__ import annotations

from ..model import Figure
from .counted import Amount
from .counting import Counting
from .eastpartwords import EastPartWords, east_part_words
from .measures import is_measure
from .rates import unit_counted
from .sentences import CLAUSE_BREAK, clause_at, sentence_at, sentence_start
from .stated import amounts

Found = list[tuple[int, Amount]]  # amounts by where they start in the text, in order


def east_part(text: str, offset: int, amount: Amount, figure: Figure, own_keys: frozenset[str],
              own_words: str, counting: Counting) -> bool:
    """Tell whether the amount at offset, held against a figure, is a part's (see the
    module's docstring); False in a language that is none of the three."""
    words = east_part_words(counting.language)
    if words is None:
        return False
    counted = not is_measure(unit_counted(amount.unit))
    if counted and amount.value > max(counting.numbers(figure.value), default=amount.value):
        return False  # more than the whole: no part of it
    return summed_part(text, offset, amount, figure.label, words, counting) or \
        placed(text, offset, figure.label, own_keys, own_words, words, counting)


def found_in(text: str, start: int, counting: Counting) -> Found:
    """Return the amounts of the sentence that starts at start, where each starts in text."""
    sentence = sentence_at(text, start)
    return sorted((start + at, found) for at, found in amounts(sentence, counting))


def summed_part(text: str, offset: int, amount: Amount, label: str, words: EastPartWords,
                counting: Counting) -> bool:
    """Tell whether the amount at offset is one of the parts a sentence adds up after them,
    or gives after their whole, and the label is not its own."""
    start = sentence_start(text, offset)
    found = [(at, one) for at, one in found_in(text, start, counting) if one.unit == amount.unit]
    sentence = sentence_at(text, offset)
    for marker in words.total.finditer(sentence):
        total = summed_after(text, start + marker.end(), found, counting)
        parts = [at for at, one in found if at < start + marker.start()]
        if total is not None and offset in parts and len(parts) > 1 and \
                amount.value <= total.value:
            return not own_part(text, offset, found, label, start, counting)
    for marker in words.within.finditer(sentence):
        before = found_in(text, sentence_start(text, start - 1), counting) if start else []
        wholes = [one for at, one in before + found if one.unit == amount.unit and
                  at < start + marker.start() and one.value >= amount.value]
        if wholes and offset >= start + marker.end():
            return not own_part(text, offset, found, label, start + marker.end(), counting)
    return False


def summed_after(text: str, end: int, found: Found, counting: Counting) -> Amount | None:
    """Return the amount just after a word of a sum that ends at end, a qualifier ("約")
    perhaps between, or None."""
    at, total = next(((at, one) for at, one in found if at >= end), (None, None))
    if at is None:
        return None
    between = text[end:at]
    qualifier = counting.qualifier.search(between)
    return total if not (between[:qualifier.start()] if qualifier else between).strip() \
        else None


def own_part(text: str, offset: int, found: Found, label: str, start: int,
             counting: Counting) -> bool:
    """Tell whether the label is the own of the part at offset: the words of it that the
    sentence has are in the part's alone, from the amount before it (or start) to it."""
    sentence, clause = sentence_at(text, offset), clause_at(text, offset)
    begin = max([start, text.rfind(clause, 0, offset + len(clause)),
                 *(at + len(one.written) for at, one in found if at < offset)])
    ours = counting.content_words(label)
    theirs = counting.content_words(text[begin:offset])
    rest = sentence.replace(text[begin:offset], " ", 1)
    return bool(ours & theirs) and not ours & counting.content_words(rest)


def placed(text: str, offset: int, label: str, own_keys: frozenset[str], own_words: str,
           words: EastPartWords, counting: Counting) -> bool:
    """Tell whether a place narrows the amount at offset (see the module's docstring)."""
    if words.named.search(label):
        return False  # a place of its own, which the sentence's may be in
    clause = clause_at(text, offset)
    before = clause[:offset - text.rfind(clause, 0, offset + len(clause))]
    start = sentence_start(text, offset)
    first = CLAUSE_BREAK.search(text, start, offset)
    opening = text[start:first.start()] if first is not None else ""
    if opening and opening not in clause and not next(amounts(opening, counting), None):
        before = f"{opening}\n{before}"  # "東京では、投票率は55.9%"
    return any(match["name"] not in own_words and
               words.countries.get(match["name"]) not in own_keys
               for match in words.place.finditer(before))
