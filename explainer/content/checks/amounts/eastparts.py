"""Who a sentence in Chinese, Japanese or Korean speaks of: a part of a figure's whole, or it.

A sentence may give the parts and then their sum ("直接死228人と災害関連死276人の計504人",
"共计504人", "총 504명"), or a whole and then its parts ("其中", "이 중", "このうち"): the parts,
two at least before a sum, of its unit and no larger than it, are parts, and only the whole is
held against a figure, unless the label is a part's own (its words the sentence has are in
that part's words alone: "直接死" is the part "直接死228人"). An amount that a place narrows,
before it in its clause or in the sentence's first ("서울에서 투표율은 85.4%였다", "東京では",
"在北京", "北京的"), is that place's, where the label names none and the explainer is not
about it (its title or dek names it, or its country is its own). A count of either kind that
is larger than the figure is no part of it, and still warns, unless the sentence sums it up
with others (the sum is held). So are amounts of one unit listed side by side, each with its
own words, that add up to the figure: the parts of the whole the label names, given without
their sum ("외국인 사망자는 중국 국적 17명, 라오스 국적 1명", "中国籍17人、ラオス籍1人"); a list
that adds up to another number still warns. The words are in eastpartwords.py.
"""

from __future__ import annotations

import re

from ...model import Figure
from ..counting import Counting
from ..texts.counted import Amount
from ..texts.measures import is_measure
from ..texts.sentences import CLAUSE_BREAK, clause_at, sentence_at, sentence_start
from ..texts.stated import amounts
from .eastpartwords import EastPartWords, east_part_words
from .qualified import equal
from .rates import unit_counted

Found = list[tuple[int, Amount]]  # amounts by where they start in the text, in order
# What parts one listed amount from the next: a particle perhaps, a comma or "and" ("、",
# "와", "과", "및", "이고", "と", "和", "及"), then the next one's own words.
LISTED = re.compile(r"[^\d。．！？.]{0,3}?(?:[,，、]|와|과|및|이고|이며|と|和|及|與|以及)"
                    r"[^\d,，、。．！？]{0,15}")


def east_part(text: str, offset: int, amount: Amount, figure: Figure, own_keys: frozenset[str],
              own_words: str, counting: Counting) -> bool:
    """Tell whether the amount at offset, held against a figure, is a part's (see the
    module's docstring); False in a language that is none of the three."""
    words = east_part_words(counting.language)
    if words is None:
        return False
    if summed_part(text, offset, amount, figure.label, words, counting, total=True):
        return True  # one of the parts the sentence sums up: the sum is held
    counted = not is_measure(unit_counted(amount.unit))
    values = counting.numbers(figure.value)
    if counted and amount.value > max(values, default=amount.value):
        return False  # more than the whole: no part of it
    return summed_part(text, offset, amount, figure.label, words, counting) or \
        listed_part(text, offset, amount, values, counting) or \
        placed(text, offset, figure.label, own_keys, own_words, words, counting)


def found_in(text: str, start: int, counting: Counting) -> Found:
    """Return the amounts of the sentence that starts at start, where each starts in text."""
    sentence = sentence_at(text, start)
    return sorted((start + at, found) for at, found in amounts(sentence, counting))


def summed_part(text: str, offset: int, amount: Amount, label: str, words: EastPartWords,
                counting: Counting, total: bool = False) -> bool:
    """Tell whether the amount at offset is one of the parts a sentence adds up after them
    (where total), or gives after their whole (where not), and the label is not its own."""
    start = sentence_start(text, offset)
    sentence = sentence_at(text, offset)
    found = sorted([(at, one) for at, one in found_in(text, start, counting)
                    if one.unit == amount.unit] + ones(sentence, start, amount.unit, counting))
    for marker in words.total.finditer(sentence) if total else ():
        summed = summed_after(text, start + marker.end(), found, counting)
        parts = [at for at, one in found if at < start + marker.start()]
        if summed is not None and offset in parts and len(parts) > 1 and \
                amount.value <= summed.value:
            return not own_part(text, offset, found, label, start, counting)
    for marker in () if total else words.within.finditer(sentence):
        before = found_in(text, sentence_start(text, start - 1), counting) if start else []
        wholes = [one for at, one in before + found if one.unit == amount.unit and
                  at < start + marker.start() and one.value >= amount.value]
        if wholes and offset >= start + marker.end():
            return not own_part(text, offset, found, label, start + marker.end(), counting)
    return False


def listed_part(text: str, offset: int, amount: Amount, values: list[float],
                counting: Counting) -> bool:
    """Tell whether the amount at offset is one of two or more of its unit that its sentence
    lists side by side, each after its own words and parted by a comma or "and", and that add
    up to one of the figure's values (see the module's docstring)."""
    sentence = sentence_at(text, offset)
    start = text.rfind(sentence, 0, offset + len(sentence))
    found = sorted([(start + at, one) for at, one in amounts(sentence, counting)
                    if one.unit == amount.unit] + ones(sentence, start, amount.unit, counting))
    run: Found = []
    for at, one in found:
        if run and not LISTED.fullmatch(text, run[-1][0] + len(run[-1][1].written), at):
            if offset <= run[-1][0]:
                break
            run = []
        run.append((at, one))
    total = sum(one.value for _, one in run)
    return len(run) > 1 and any(at == offset for at, _ in run) and \
        any(equal(total, value) for value in values)


def ones(sentence: str, start: int, unit: str, counting: Counting) -> Found:
    """Return the counts of one of a unit in a sentence that starts at start ("라오스 국적
    1명"), which no amount gives (one needs no plural), but which a list may end with."""
    return [(start + match.start(), Amount(1.0, unit, match[0]))
            for match in counting.count.finditer(sentence)
            if counting.value(match) == 1 and counting.stem(match["words"]) == unit]


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
