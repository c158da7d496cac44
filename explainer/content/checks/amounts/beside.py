"""The words a sentence gives beside another of its amounts, which speak of that one.

"El laborismo obtuvo 411 de los 650 escaños y puso fin a 14 años de gobiernos conservadores":
the conservatives are what the 14 years were of, not whose the 411 seats are. A figure's label
that shares with an amount's sentence only such words ("escaños obtenidos por los
conservadores") is not what that amount is of. An amount's words reach from its number to the
few words after it that say what it is of, within its clause. A label that gives the other
amount's number names that amount as its own ("habitants des trois pays" beside "Les trois
pays comptent 75 millions d'habitants"): its words are the label's too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..counting import Counting
from ..texts.conjunctions import AND, words_pattern
from ..texts.counted import YEAR
from ..texts.sentences import CLAUSE_BREAK, sentence_at, sentence_start
from ..texts.stated import amounts, bare_numbers
from ..texts.textnames import WORD, kin
from .actornames import names_of
from .levels import label_names
from .qualified import equal
from .times import time_words

if TYPE_CHECKING:
    from .levels import Amounts, Related

# The three words after an amount, within its clause: "de gobiernos conservadores".
REACH = re.compile(r"(?:[^\w.,;:!?()\u2013\u2014]+[\w'\u2019-]+){1,3}")


def not_beside(related: list[Related], text: str, span: tuple[int, int], counting: Counting,
               amounts: Amounts) -> list[Related]:
    """Return the related figures whose label shares with the sentence of the amount at span
    a word it gives elsewhere than beside its other amounts (see beside_others()), those
    amounts whose number the label gives left aside."""
    asides: dict[frozenset[float], set[str]] = {}  # by the numbers a label gives: few
    kept = []
    for r in related:
        named = counting.numbers(r[1].label)
        if named not in asides:
            asides[named] = beside_others(text, span, counting, amounts, named)
        if not asides[named] or not r[0] <= asides[named]:
            kept.append(r)
    return kept


def beside_others(text: str, span: tuple[int, int], counting: Counting, amounts: Amounts,
                  named: frozenset[float] = frozenset()) -> set[str]:
    """Return the stems of the words the sentence of the amount at span gives only beside
    its other amounts, but those of the numbers `named`: in one of them, or in the words
    after it that say what it is of, unless they run on to the amount at span, whose they are
    too ("More than 200 people died in 7 states": the verb joins the two)."""
    start = sentence_start(text, span[0])
    sentence = sentence_at(text, span[0])
    reaches = []
    for offset, written, value in [*((offset, amount.written, amount.value) for offset, amount
                                     in amounts(sentence, counting)),
                                   *bare(sentence, counting, amounts)]:
        first, last = start + offset, start + offset + len(written)
        if (last <= span[0] or first >= span[1]) and value not in named:
            end = reach_end(text, last, counting)  # neither the amount nor its part's whole
            shared = end is None or last <= span[0] < end  # "died in 7 states"
            reaches.append((first, last if shared or end is None else end))
    if not reaches:
        return set()
    near: set[str] = set()
    beside: set[str] = set()
    for word in WORD.finditer(sentence):
        at = start + word.start()
        found = beside if any(a <= at < b for a, b in reaches) else near
        found |= counting.content_words(word[0])
    return beside - near


def reach_end(text: str, last: int, counting: Counting) -> int | None:
    """Return where the words after an amount that ends at `last` stop saying what it is of:
    three words on, within its clause, and before an "and" that opens another conjunct ("1,700
    people died and 42 million were affected": the dying is not the 42 million's); None when
    no word follows."""
    after = REACH.match(text, last)
    if after is None:
        return None
    joins = AND.get(counting.language.split("-")[0].lower())
    conjunct = re.search(rf"(?<!\w)(?:{words_pattern(joins)})(?!\w)", after[0],
                         re.IGNORECASE) if joins else None
    return after.end() if conjunct is None else last + conjunct.start()


def bare(sentence: str, counting: Counting, amounts: Amounts
         ) -> Iterator[tuple[int, str, float]]:
    """Yield (offset, number, value) for each number a sentence gives without a noun, which
    its next words tell of ("3,958 people had died and 9,000 were missing"): not in an amount,
    a year, a part of a word, nor a day of a month ("on 12 September")."""
    spans = [(at, at + len(found.written)) for at, found in amounts(sentence, counting)]
    for match in counting.number.finditer(sentence):
        after = REACH.match(sentence, match.end())
        if YEAR.fullmatch(match[0]) or any(a <= match.start() < b for a, b in spans) or \
                sentence[max(match.start() - 1, 0):match.start()].isalnum() or \
                after is not None and time_words(after[0], counting):
            continue
        yield match.start(), match[0], counting.value(match)


def unspoken(related: list[Related], around: str, clause: str, unit: str, counting: Counting
             ) -> list[Related]:
    """Return the related figures an amount may be held against. When the sentence also gives
    a related one as it is, its other amounts are other things ("from 7.8% for Tesla to 35.3%
    for SAIC"; "Of the 26 parties on the ballot, 12 won", whose 12 is the figure, its noun left
    out), unless another related figure's label shares a word with the amount's clause that
    the given ones' labels do not ("pays $4.5 billion for Norvik, or $38.50 a share" beside
    "price Halvard pays for Norvik"). Nor is a figure whose names the sentence gives only with
    another amount (see levels.named_elsewhere())."""
    related = [r for r in related
               if not named_elsewhere(r[1].label, around, clause, counting, amounts)]
    given = [value.value for _, value in amounts(around, counting) if value.unit == unit]
    given += bare_numbers(around, counting)
    told = [r[0] for r in related if any(equal(r[2].value, value) for value in given)]
    if not told:
        return related
    spoken, near = set().union(*told), counting.content_words(clause)
    return [r for r in related if (r[0] & near) - spoken]


def named_elsewhere(label: str, sentence: str, clause: str, counting: Counting,
                    amounts: Amounts) -> bool:
    """Tell whether the names of a label are, in a sentence, only in another clause than an
    amount's, one that gives an amount of its own: they speak of that one ("R$ 4,5 bilhões
    em doações, 93,8 % delas da Noruega" beside "doação da Noruega ao fundo"; "in Deutschland
    rund 120.000 Menschen, weltweit rund 680.000 Beschäftigte" beside "Beschäftigte in
    Deutschland")."""
    # German capitalises every noun: there, its countries and organisations are its names,
    # and its initialisms, capitals past a word's first letter ("AfD", "SPD", "CDU/CSU").
    names = {name.lower() for name in names_of(label, counting.language).values()} | {
        word.lower() for word in WORD.findall(label) if any(c.isupper() for c in word[1:])
    } if counting.capitalised_nouns else label_names(label)
    if not names or kin(names, clause, counting.language):
        return False
    return any(kin(names, other, counting.language) and next(amounts(other, counting), None)
               for other in CLAUSE_BREAK.split(sentence) if clause.strip() not in other)
