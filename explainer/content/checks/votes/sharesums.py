"""Shares of one vote that add up to more than the whole: "Erdoğan yüzde 52,18, Kılıçdaroğlu
yüzde 48,82 oy aldı", "Labour took 63.7% and the Conservatives 43.7%".

The shares are those a sentence gives to named sides as won, read as voteshares.py reads
them, each side once. Their sum may pass 100 by what rounding each allows (half a unit of its
last written place: 0.005 of "52.18%"), no more. A sentence where a qualifier says a share is
rough ("about 52%", "près de 52 %") or names a side twice is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ....errors import Problem
from ...model import Explainer
from ..amounts.countwarnings import placed
from ..counting import Counting
from ..texts.owntexts import own_texts
from ..texts.readings import Readings
from ..texts.sentences import as_read, sentence_start
from .sharewords import WORDS
from .voteshares import won_sides

# The words of a percentage that each language's own table leaves to its Counting.
PERCENT_WORDS = r"per\s*cent|percent|yüzde"
DECIMALS = re.compile(r"\d[.,](\d+)")  # the places after a decimal point or comma


def check_share_sums(explainer: Explainer, counting: Counting,
                     readings: Readings) -> Iterator[Problem]:
    """Warn where the shares of the vote one sentence gives its sides add up to over 100%."""
    words = WORDS.get(counting.language.split("-")[0])
    if words is None:
        return
    rough = re.compile(rf"(?<!\w)(?:{words.qualifiers})\s+{words.number_article}\Z",
                       re.IGNORECASE)
    percent = re.compile(rf"{words.percent}|{PERCENT_WORDS}", re.IGNORECASE)
    won = re.compile("|".join(f"(?:{verbs})" for verbs in (words.verbs, words.verbs_after)
                              if verbs), re.IGNORECASE)
    for where, place, text in own_texts(explainer, counting.may_count):
        read = readings.of_text(text)
        shown, clean = read.shown, read.clean
        if len(percent.findall(clean)) < 2 or not won.search(clean):
            continue  # no two shares won: no sum to read (reading the amounts is dear)
        found = [(at, amount) for at, amount in read.stated if amount.unit == "%"]
        sides = won_sides(found, clean, counting)
        by_sentence: dict[int, list[tuple[int, str, float]]] = {}
        for at, amount in found:
            if at in sides:
                by_sentence.setdefault(sentence_start(clean, at), []).append(
                    (at, amount.written, amount.value))
        for opening, shares in by_sentence.items():
            named = [sides[at].subject for at, _, _ in shares]
            total = sum(value for _, _, value in shares)
            if len(shares) < 2 or len(set(named)) < len(named) or total - 100 <= slack(
                    [written for _, written, _ in shares]) or any(
                    rough.search(clean, opening, at) for at, _, _ in shares):
                continue
            said = [as_read(text, shown, at, at + len(written)) for at, written, _ in shares]
            yield placed(explainer, place, text, shares[-1][0],
                         f"{where} gives shares of one vote, {', '.join(said)}, that add up "
                         f"to {total:g}%, more than the whole",
                         "correct the shares, or say which of them is of another vote")


def slack(written: list[str]) -> float:
    """Return by how much shares as written may pass 100 by their rounding alone: half a unit
    of the last place of each."""
    return sum(0.5 * 10 ** -len(found[1]) if (found := DECIMALS.search(said)) else 0.5
               for said in written)

