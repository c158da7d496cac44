"""Of a sentence's amounts that disagree with one key figure, the one written for it.

"SVB sold $21 billion of securities at a loss of $1.6 billion and planned to raise $2.25
billion", beside "$1.8 billion | loss SVB took on selling securities": when the loss is
misstated, no amount of the sentence has the figure's number, and each of the three is held
against it. A slip is of one amount, and it stays near the number it replaces; the others are
other figures' (or none's), and a warning naming them would blame right numbers. So of one
sentence's amounts held against one figure in one unit, only the one nearest the figure's value
is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..texts.sentences import sentence_start

if TYPE_CHECKING:
    from ...model import Figure
    from ..texts.counted import Amount

Held = tuple[int, "Amount", "Figure"]


def own_amounts(held: Iterable[Held], text: str,
                known: Iterable[tuple[Figure, Amount, object]]) -> Iterator[Held]:
    """Yield each (offset, amount, figure) held, but for one sentence, one figure and one unit
    only the amount nearest the figure's values in that unit (`known`), in the text's order: a
    figure with its conversion ("120 mph (195 km/h)") is held against both of a slip's."""
    found = list(held)
    if len(found) < 2:
        yield from found
        return
    values = figure_values(known)
    best: dict[tuple[int, Figure, str], int] = {}  # the index in found of the nearest
    for index, (offset, amount, figure) in enumerate(found):
        key = (sentence_start(text, offset), figure, amount.unit)
        if key not in best or distance(found[index], values) < distance(found[best[key]], values):
            best[key] = index
    kept = set(best.values())
    yield from (each for index, each in enumerate(found) if index in kept)


def distance(held: Held, values: dict[tuple[Figure, str], list[float]]) -> float:
    """Return how far an amount is from the nearest of its figure's values, relatively."""
    _, amount, figure = held
    return min((abs(amount.value - value) / max(abs(amount.value), abs(value), 1e-9)
                for value in values.get((figure, amount.unit), [])), default=0.0)


def figure_values(known: Iterable[tuple[Figure, Amount, object]]
                  ) -> dict[tuple[Figure, str], list[float]]:
    """Return the values each figure gives in each unit (a range's ends, a conversion's)."""
    values: dict[tuple[Figure, str], list[float]] = {}
    for figure, amount, _ in known:
        values.setdefault((figure, amount.unit), []).append(amount.value)
    return values
