"""A result given as two amounts: "Leave won by 51.9% to 48.1%", "Remain lost the vote by 48.1%
to 51.9%", "Leave beat Remain by 51.9% to 48.1%".

After a verb of winning or losing, "by X to Y" is no change and no range: X is the subject's
amount, and Y the other side's, whether the subject won or lost. X is held against a figure
whose label names the subject, and Y against one whose label names the other side, if the
sentence names it ("beat Remain"), else against one whose label is the subject's with another
side in it ("vote share for Remain" beside "vote share for Leave"). Each language says it its
own way: French "l'a emporté avec X % contre Y %", Spanish "ganó por X % a Y %" or "con el X %
frente al Y %", German "gewann mit X Prozent zu Y Prozent".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..texts.sentences import sentence_start

if TYPE_CHECKING:
    from ..amounts.levels import Known
    from ..counting import Counting
    from ..texts.counted import Amount

OPEN = r"(?P<other>[^.;:!?]{0,60}?)\s+"
# A verb of a result, what it is of or whom it beats (group 'other') and the word before the
# first amount, per language; then the word between the two amounts.
RESULTS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "en": (re.compile(r"\b(?:won|wins?|winning|lost|loses|lose|losing|beat|beats|beating|"
                      r"defeated|defeats|edged|edges|carried|carries|prevailed|prevails)\b"
                      + OPEN + r"(?:by|with)\s+\Z", re.IGNORECASE),
           re.compile(r"\s+(?:to|against|versus|vs\.?)\s+", re.IGNORECASE)),
    "fr": (re.compile(r"\b(?:emport[ée]e?s?|gagn[ée]e?s?|gagnent|remport[ée]e?s?|perdu[es]*|"
                      r"perd(?:ent)?|battu[es]*|bat(?:tent)?|vaincu[es]*|impos[ée]e?s?)\b"
                      + OPEN + r"(?:avec|par)\s+\Z", re.IGNORECASE),
           re.compile(r"\s+(?:contre|face\s+à)\s+", re.IGNORECASE)),
    "es": (re.compile(r"\b(?:ganó|gana|ganaron|ganan|perdió|pierde|perdieron|pierden|venció|"
                      r"vence|derrotó|derrota|impuso|impone)\b" + OPEN
                      + r"(?:por|con)(?:\s+(?:el|un))?\s+\Z", re.IGNORECASE),
           re.compile(r"\s+(?:a|al|frente\s+al?|contra(?:\s+el)?|ante\s+el)\s+", re.IGNORECASE)),
    "de": (re.compile(r"\b(?:gewann|gewannen|gewinnt|gewonnen|siegte|siegten|siegt|gesiegt|"
                      r"verlor|verloren|verliert|schlug|schlägt|geschlagen|setzte|setzt)\b"
                      + OPEN + r"mit\s+\Z", re.IGNORECASE),
           re.compile(r"\s+(?:zu|gegen)\s+", re.IGNORECASE)),
}


@dataclass(frozen=True)
class Side:
    """One amount of a result: the subject's (first) or the other side's, with the words of
    the subject and of what the verb names after it ("beat Remain")."""

    first: bool
    subject: frozenset[str]
    other: frozenset[str]
    won: bool = False  # a share a named side won, others named beside it (see voteshares.py)


def result_at(text: str, start: int, end: int, counting: Counting) -> Side | None:
    """Return the side of a result an amount (from start to end) is the first amount of, or
    None when it opens no result "by X to Y"."""
    patterns = RESULTS.get(counting.language)
    if patterns is None:
        return None
    opening = sentence_start(text, start)
    verb = patterns[0].search(text, max(opening, start - 100), start)
    link = patterns[1].match(text, end)
    if verb is None or link is None or counting.number.match(text, link.end()) is None:
        return None
    return Side(True, frozenset(counting.content_words(text[opening:verb.start()])),
                frozenset(counting.content_words(verb["other"])))


def result_sides(found: list[tuple[int, Amount]], text: str, counting: Counting
                 ) -> dict[int, Side]:
    """Return the side of each amount found (offset, amount) that is one of a result's two."""
    sides = {}
    for (at, amount), (then, other) in zip(found, found[1:], strict=False):
        side = result_at(text, at, at + len(amount.written), counting)
        if side is not None and amount.unit == other.unit:
            sides[at] = side
            sides[then] = Side(False, side.subject, side.other)
    return sides


def held_by_side(side: Side | None, same_unit: Known) -> Known | None:
    """Return the figures of an amount's unit that a result's amount (its side) is held
    against, or None when it is no result's: for the first, those whose label has a word of
    the subject that another's lacks; for the second, those whose label has a word of the
    other side named that the subject's lacks, or else whose label is a subject's with
    another side's words for the subject's."""
    if side is None:
        return None
    if side.won:
        return won_held(side, same_unit)
    ours = [k for k in same_unit if any(k[2] & side.subject - o[2] for o in same_unit)]
    if side.first:
        return ours
    named = [k for k in same_unit if k not in ours and any(
        k[2] & side.other - o[2] for o in ours)]
    return named or [k for k in same_unit if k not in ours and not k[2] & side.subject and any(
        o[2] - k[2] <= side.subject for o in ours)]


def won_held(side: Side, same_unit: Known) -> Known | None:
    """Return the figures a share a named side won is held against: those whose label names
    its side; none when every figure that names a side names another the sentence names; or
    None when no label names a side of the sentence (it is held as any amount is)."""
    ours = [k for k in same_unit if k[2] & side.subject]
    if ours:
        return ours
    others = [k for k in same_unit if k[2] & side.other]
    return [] if others else None


def result_slip(side: Side | None, same_unit: Known, fits: Callable[[Known], bool]
                ) -> Known | None:
    """Return the figures a result's amount is held against when none of them fits it (fits
    tells), none when one does, or None when the amount is no result's."""
    held = held_by_side(side, same_unit)
    if held is None or (side is not None and side.first and not side.won and not held):
        return None  # the subject names no figure's side: held as any amount is
    return [] if not held or fits(held) else held
