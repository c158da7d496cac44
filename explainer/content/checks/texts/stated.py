"""The amounts a text states: levels ("2,86 Mrd. Euro", "61%") and changes ("sank um 64 %",
"fell 15%", "ein Plus von 2 %").

A change is no level: it is held only against a figure of a change, whose label names one
("Rückgang des operativen Ergebnisses", "fall in operating profit", "caída de las ventas"),
and by its size, as a change has no sign in words ("sank um 64 %" is the −64 % of such a
figure, and of one given as 64 %). A figure of a change is still a level of its unit too, of
either sign: "a 15% fall", or "fell 12% in May and 15% in June", give its size as a level.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..amounts.changedfrom import later_levels
from ..amounts.fatenouns import fate_counts
from ..amounts.levels import ADDED, blank
from ..amounts.passivecounts import passive_counts
from ..amounts.rates import is_base, per, time_after
from ..votes.results import result_at
from .addedwords import is_added
from .changes import CHANGE, CHANGE_NOUN
from .collectives import collective_counts
from .counted import YEAR, Amount, counted, is_change, signed
from .days import stated_dates
from .measures import is_difference, measures
from .sentences import blank_out, clause_at, sentence_start
from .spelled import in_figures, may_count
from .subjects import subject_counts

if TYPE_CHECKING:
    from ...model import Figure
    from ..counting import Counting

PERCENT = "%"  # the unit of a percentage, in any language


def stated(text: str, counting: Counting,
           figured: str | None = None) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for every amount of money, percentage, area or length and
    counted noun in a text, each level per the time it is said to be per ("2,000 cases a
    week", see rates.py), and every change of money, a percentage or a measure (its unit
    opened by CHANGE); figured, when given, is the text's in_figures(), read already."""
    for at, amount in stated_said(text, counting, figured):
        if is_base(text, at, counting.language):
            continue  # the 100,000 of "60 cases per 100,000 people"
        yield at, amount if amount.unit.startswith(CHANGE) else \
            per(amount, time_after(text, at, amount, counting.language))


def stated_said(text: str, counting: Counting,
                figured: str | None = None) -> Iterator[tuple[int, Amount]]:
    """Yield what stated() does, each amount as written (a count in words, "six wins", as
    in figures: see spelled.py, or figured), per no time."""
    text = in_figures(text, counting) if figured is None else figured
    spans = []
    found = []
    for match in counting.money(text):
        currency = counting.currency(match["currency"])
        if currency is not None:  # not a look-alike letter ('ſ') that the case-blind match let in
            spans.append(match.span())
            found.append((match.start(), counting.value(match), currency, match.end()))
    for match in counting.percent.finditer(text):
        if not any(start < match.end() and match.start() < end for start, end in spans):
            spans.append(match.span())
            number = counting.number.match(match["number"])
            assert number is not None  # the same number, as a figure's value is read
            found.append((match.start(), counting.value(number), PERCENT, match.end()))
    for start, end, value, unit in measures(text, counting):  # "9,001 km²", "47.2C"
        if not any(first < end and start < last for first, last in spans):
            spans.append((start, end))
            found.append((start, value, unit, end))
    for at, size, unit, end in found:
        start, value = signed(size, text, at, counting)  # "minus 15" is a level
        if (is_change(text, start, counting, end) or is_difference(text, start, end, unit)) \
                and result_at(text, start, end, counting) is None:  # "won by 52% to 48%"
            # "sank um 64 %", "Minus von 15", "1.5C above pre-industrial levels"
            yield at, Amount(size, CHANGE + unit, text[at:end].strip())
        else:  # "an additional $2,000" is what is added, not a level (see addedwords.py)
            added = ADDED if is_added(text, start, end, counting) else ""
            yield start, Amount(value, added + unit, text[start:end].strip())
    yield from later_levels(blank(text, spans), counted(blank(text, spans), counting), counting)
    yield from subject_counts(blank(text, spans), counting)  # "Mpox deaths were 650"
    yield from fate_counts(blank(text, spans), counting)  # "The floods left 234 dead"
    yield from passive_counts(blank(text, spans), counting)  # "4.2 crore were affected"
    yield from collective_counts(blank(text, spans), counting)  # "a jury of 11 New Yorkers"


def amounts(text: str, counting: Counting) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for every level a text states: not a change ("rose 12 percent")."""
    return ((at, amount) for at, amount in stated(text, counting)
            if not amount.unit.startswith(CHANGE))


def clause_of(text: str, offset: int, counting: Counting) -> str:
    """Return the clause of the amount at offset: that of the amount it follows, brackets and
    all, when it stands in brackets right after one, as a conversion does ("1.4 million
    miles (2.9 million km)": the distance of the miles' clause); else its own."""
    opened = text.rfind("(", max(offset - 20, 0), offset)
    if opened < 0 or ")" in text[opened:offset]:
        return clause_at(text, offset)
    start = sentence_start(text, offset)
    before = text[start:opened].rstrip()
    ends = (at + len(amount.written) for at, amount in amounts(before, counting))
    closed = text.find(")", offset)
    if closed < 0 or len(before) not in ends:
        return clause_at(text, offset)
    own = clause_at(text, start + len(before) - 1)  # up to the bracket
    return text[text.rfind(own, 0, opened + 1):closed + 1]


def levels_said(text: str, counting: Counting) -> Iterator[tuple[int, Amount]]:
    """Yield the levels a text states as written, per no time (a figure's value, whose time
    its label may give)."""
    return ((at, amount) for at, amount in stated_said(text, counting)
            if not amount.unit.startswith(CHANGE))


def as_change(figure: Figure, amount: Amount, counting: Counting) -> list[Amount]:
    """Return what else a figure's amount is when its label names a change ("Rückgang des
    operativen Ergebnisses"): a change of its size, and a level of its size too, as "64 %"
    beside "sank" gives the −64 % of a fall; none when its label names no change."""
    noun = CHANGE_NOUN.get(counting.language.split("-")[0])
    if noun is None or noun.search(figure.label) is None or amount.unit.startswith(CHANGE):
        return []
    size = abs(amount.value)
    change = Amount(size, CHANGE + amount.unit, amount.written)
    return [change] if size == amount.value else [change, Amount(size, amount.unit,
                                                                 amount.written)]


def level_beside_change(unit: str, label: str, sentence: str, counting: Counting) -> bool:
    """Tell whether an amount of a unit is a level that a sentence gives without naming any
    change, beside a figure whose label names one: "bajó del 25,5 % al 2,7 %" gives the level
    inflation reached, not the "caída de la inflación"; "a 15% fall" names one. A count of
    that change ("raised it for the 15th time" beside "rises in a row") is no level."""
    noun = CHANGE_NOUN.get(counting.language.split("-")[0])
    named = noun.search(label) if noun is not None else None
    return named is not None and not unit.startswith(CHANGE) and \
        counting.stem(named[0]) != unit and noun.search(sentence) is None


def bare_numbers(sentence: str, counting: Counting) -> list[float]:
    """Return the numbers a sentence gives alone, in figures or in words, whose noun it leaves
    out ("12" of "Of the 26 parties on the ballot, 12 won"): not in an amount, nor a year, nor
    a date ("3" of "ended on 3 November")."""
    spans = [(start, start + len(found.written)) for start, found in amounts(sentence, counting)]
    spans += [(day.start, day.end) for day in stated_dates(sentence, counting.language)]
    alone = [(match.start(), counting.value(match))
             for match in counting.number.finditer(sentence)
             if not YEAR.fullmatch(match[0]) and not sentence[max(match.start() - 1, 0):
                                                            match.start()].isalnum()]
    alone += [(match.start(), counting.word_value(match[0]))
              for match in counting.number_word.finditer(sentence)]
    return [value for start, value in alone if value is not None
            and not any(first <= start < last for first, last in spans)]


def units_of(text: str, counting: Counting) -> frozenset[str]:
    """Return the units of the amounts a text gives, in figures or in words."""
    if not may_count(text, counting):
        return frozenset()
    return frozenset(amount.unit for _, amount in
                     amounts(counting.localised(blank_out(text)), counting))
