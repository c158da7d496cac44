"""Numbers read with their qualifiers: "nearly 50 years" fits 48, "more than $300 million"
fits $360 million, "300여 명" (300-odd: "3만5천여", "300余人", "8万棟余り") 350 but not 500; and
a key figure given with one ("More than 580,000", "Mais de 580 mil", "Circa il 60%") is a
bound, which the text may give exactly ("581,638 people displaced") or with a qualifier of its
own: the two agree where the numbers each allows meet (but see agrees() for two round
numbers)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..counting import Counting

if TYPE_CHECKING:
    from ...model import Figure
    from ..texts.counted import Amount

# A currency written before a number, between its qualifier and it: "More than $", "Mais de
# R$ ", "circa € ", "über CHF ".
CURRENCY_BEFORE = re.compile(r"(?:(?-i:[A-Z]{0,3})[$£¥€]|(?-i:\b[A-Z]{3}))[ \u00a0\u202f]?\Z")
# By language: what says in a figure's label that its value is a level crossed ("market value
# passed on 5 June", "cases topped"), which a later, higher level agrees with; not a passive,
# whose value is the sum itself ("aid passed by the Senate"). The verbs of the second group
# cross a level of money or a percentage only: "laws passed in 2023" counts the laws.
CROSSED = {language: tuple(re.compile(rf"(?<!\w)(?:{verbs})(?!\w)(?!\s+{by}(?!\w))",
                                      re.IGNORECASE) for verbs in (any_level, measures))
           for language, (any_level, measures, by) in {
               "en": (r"topped|crossed|surpassed|exceeded", r"passed", "by"),
           }.items()}
# The bounds a qualifier sets: (lowest, whether above it only; highest, whether below it only).
Bounds = tuple[float, bool, float, bool]


def fits(qualifier: str, claimed: float, actual: float) -> bool:
    """Tell whether a number, read with its qualifier ('nearly'), fits an actual one."""
    if claimed < 0:  # "nearly minus $15 billion" is nearly $15 billion below zero
        return fits(qualifier, -claimed, -actual)
    whole = float(claimed).is_integer() and float(actual).is_integer()
    slack = room(claimed) if whole else decimal_room(claimed)
    return {"more": actual > claimed, "odd": claimed <= actual <= claimed + step(claimed),
            "at least": actual >= claimed,
            "fewer": actual < claimed, "up to": actual <= claimed,
            "nearly": claimed - slack <= actual <= claimed,
            "about": abs(actual - claimed) <= slack}.get(qualifier, equal(actual, claimed))


def agrees(qualifier: str, claimed: float, bound: str, actual: float) -> bool:
    """Tell whether a number read with its qualifier agrees with a figure's, read with the
    figure's own qualifier (bound; '' for a figure given as it is). Two round numbers ("about
    1,200" beside "About 1,000") are read as fits() reads a qualified one beside an exact one:
    their slack is for the text's number to be rounded, not for two roundings to differ."""
    if not bound or qualifier and bound in ("about", "nearly"):
        return fits(qualifier, claimed, actual)
    low, above, high, below = meet(bounds(qualifier, claimed), bounds(bound, actual))
    if math.isinf(low) or math.isinf(high) or not equal(low, high):
        return low < high
    return not (above or below)  # one number, which both allow unless one leaves it out


def bounds(qualifier: str, value: float) -> Bounds:
    """Return the numbers a qualified number allows; below zero, as fits() reads it, by its
    size ("more than minus 15" is below −15)."""
    if value < 0:
        low, above, high, below = bounds(qualifier, -value)
        return -high, below, -low, above
    slack = room(value) if float(value).is_integer() else decimal_room(value)
    return {"more": (value, True, math.inf, True), "at least": (value, False, math.inf, True),
            "odd": (value, False, value + step(value), False),
            "fewer": (-math.inf, True, value, True), "up to": (-math.inf, True, value, False),
            "nearly": (value - slack, False, value, False),
            "about": (value - slack, False, value + slack, False)
            }.get(qualifier, (value, False, value, False))


def room(value: float) -> float:
    """Return the room "about" and "nearly" leave a whole number: a tenth, rounded half up, at
    least one ("about 25" allows 3), as a round number is rounded; no more than its written
    precision, a fiftieth at least, where it is written to the last digit ("about 624 million"
    is no rounding of 642 million; "about 3,450" allows 69). A number ending in 5 is rounded to
    fives ("about 45,000" allows 4,500). Numbers that are not whole keep a tenth ("about 0.5%"
    allows 0.45 to 0.55, not 1.4)."""
    tenth = max(1, (value + 5) // 10)
    digits = str(int(value)).rstrip("0")
    if not digits:
        return tenth
    unit = step(value) * (5 if digits.endswith("5") else 1)
    return min(tenth, max(unit, value / 50, 1))


def decimal_room(value: float) -> float:
    """Return the room "about" and "nearly" leave a number that is not whole: a tenth ("about
    0.5%" allows 0.45 to 0.55, not 1.4), no more than its written precision, a fiftieth at
    least ("about 56.8%" is no rounding of 58.6%; "about 2.5%" allows 0.25)."""
    written = repr(float(value))
    if not math.isfinite(value) or "e" in written:
        return value / 10
    digits = written.split(".")[1]
    unit = 10.0 ** -len(digits) * (5 if digits.endswith("5") else 1)
    return min(value / 10, max(unit, value / 50)) * (1 + 1e-9)  # 1.45 − 0.05 is 1.4


def step(value: float) -> float:
    """Return the place of a number's last digit but zero, which an odd number stays within
    the next of: "3만5천여" (35,000-odd) is 36,000 at most, "300여" 400."""
    if value <= 0 or not float(value).is_integer():
        return math.inf
    places = len(str(int(value))) - len(str(int(value)).rstrip("0"))
    return float(10 ** places)


def meet(one: Bounds, other: Bounds) -> Bounds:
    """Return the bounds of the numbers two bounds both allow (perhaps none: low above high)."""
    low, above = max((one[0], one[1]), (other[0], other[1]))
    high, below = min((one[2], -one[3]), (other[2], -other[3]))
    return low, above, high, bool(below)


def figure_bound(value: str, counting: Counting, label: str = "") -> str:
    """Return the qualifier a figure's value opens with ('more' of 'More than 580,000',
    'Mais de R$ 50 bilhões', 'Circa il 60%'), or 'at least' for a level its label says was
    crossed (see CROSSED), or '' for one given as it is."""
    number = counting.number.search(value)
    if number is None:
        return ""
    before = CURRENCY_BEFORE.sub("", value[:number.start()])
    return qualifier_before(before, len(before), counting)[0] or \
        qualifier_around(value, number.start(), number.end(), counting) or \
        ("at least" if crossed(value, label, counting) else "")


def crossed(value: str, label: str, counting: Counting) -> bool:
    """Tell whether a figure's label says its value is a level crossed (see CROSSED)."""
    verbs = CROSSED.get(counting.language.split("-")[0])
    if verbs is None or not label:
        return False
    measured = counting.percent.search(value) is not None or bool(counting.money(value))
    return verbs[0].search(label) is not None or measured and verbs[1].search(label) is not None


def qualifier_before(text: str, start: int, counting: Counting) -> tuple[str, int]:
    """Return the qualifier that ends just before a number ('more than'), and where it starts."""
    before = counting.qualifier.search(text, max(0, start - 30), start)
    if before is None:
        return "", start
    said = " ".join(before["qualifier"].casefold().split())
    return counting.qualifiers.get(said, ""), before.start()


def qualifier_around(text: str, start: int, end: int, counting: Counting) -> str:
    """Return the qualifier of an amount from start to end: the one before it ('more than'),
    or, in a language that writes one after the number, that one ("300여 명", "190명 이상")."""
    before = qualifier_before(text, start, counting)[0]
    if before or counting.qualified_after is None:
        return before
    return counting.qualified_after(text, start, end)


def equal(a: float, b: float) -> bool:
    """Tell whether two stated numbers are the same."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


# A count this share of its whole or more, a day after it, is the whole said otherwise.
NEAR_WHOLE = 0.9


def near_whole(amount: Amount, figure: Figure, counting: Counting) -> bool:
    """Tell whether a count is nine tenths of a figure's whole or more: a day after it then
    gives the day of the whole, misstated ("179 people were killed in the crash on 29 December"
    beside 181), not that day's part of a toll told once ("21 people died on 10 September")."""
    wholes = counting.numbers(figure.value)
    return bool(wholes) and amount.value >= NEAR_WHOLE * max(wholes)


def fits_figure(qualifier: str, values: Iterable[float], figure: Figure, value: float,
                counting: Counting) -> bool:
    """Tell whether one of an amount's values agrees with a figure's (`value`), as the
    qualifier before the amount ("nearly") and the figure's own ("More than 580,000") say, or
    is a number the label gives itself: the whole of "seats won, out of 300"."""
    bound = figure_bound(counting.localised(figure.value), counting, figure.label)
    values = tuple(values)
    return any(agrees(qualifier, each, bound, value) for each in values) \
        or bool(label_numbers(figure.label, counting) & set(values))


def label_numbers(label: str, counting: Counting) -> set[float]:
    """Return the numbers a figure's label gives itself ("300" of "seats won, out of 300")."""
    return {counting.value(found) for found in counting.number.finditer(counting.localised(label))}
