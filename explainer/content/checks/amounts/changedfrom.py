"""Where a level started, and the level it went to, in a sentence that tells of a change.

A level starts after "from" ("rose from 870 people to 3,118"), or after the word that says so in
the sentence's language ("de", "del"), with the change's verb right before it, or earlier in
its clause before the verb's object ("FIFA enlarged the tournament from 24 teams to 36", "a fait
passer le tournoi de 24 à 36 équipes", "amplió el torneo de 24 a 36 equipos") when the clause
goes on to the level it went to ("to 36"). That level may leave its noun out, which is the
start's: "from 24 teams to 36", "from 24 teams in 2019 to 36 in 2023" give 36 teams.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..counting import YEAR as YEAR_DIGITS
from ..counting import Counting
from ..texts.counted import YEAR, Amount
from .levels import ADDED
from .nextlevels import CHANGED, STARTED, TO_LEVEL
from .qualified import qualifier_before

if TYPE_CHECKING:
    from re import Match

# The end of a clause, after which no later level of the change is given.
CLAUSE_STOP = re.compile(r"[.!?](?:\s|$)|[;:\n]|,\s")
# A later level after the start's count: up to three words or years between ("in 2019"), the
# word that joins the two, then a number ("to 36").
GAP = rf"(?:[ \u00a0]+(?:[^\W\d_][\w'\u2019]*|{YEAR_DIGITS})){{0,3}}?"
LATER = {language: re.compile(rf"{GAP}{joined.pattern}(?P<number>\d)", re.IGNORECASE)
         for language, joined in TO_LEVEL.items() if language != "zh"}
WORD_AFTER = re.compile(r"[ \u00a0]*([^\W\d_][\w'\u2019]*)?")


def from_before(text: str, offset: int, counting: Counting) -> Match[str] | None:
    """Return the word that says the amount at offset is where a level started ("from",
    "de"), just before it or before its qualifier ("up from about $25 billion"), if any; or
    the one after a change's verb and its object ("amplió el torneo de 24 a 36 equipos")."""
    start = qualifier_before(text, offset, counting)[1]
    found = counting.from_level.search(text, max(start - 50, 0), start)
    started = STARTED.get(counting.language.split("-")[0])
    if found is None and started is not None and verb_away(text, start, counting):
        found = started.search(text, max(start - 10, 0), start)
    return found


def change_before(text: str, before: Match[str], offset: int, counting: Counting) -> bool:
    """Tell whether a change's verb comes before the word that says a level starts (before):
    right before it ("rose from"), or before the verb's object ("enlarged the tournament
    from") where the clause goes on to the later level ("from 24 teams to 36")."""
    return counting.change.search(text, max(offset - 90, 0), before.start()) is not None \
        or verb_away(text, before.end(), counting)


def verb_away(text: str, start: int, counting: Counting) -> bool:
    """Tell whether a change's verb and its object come before a level's start, which ends at
    start ("cut the rate from"), and its clause gives a later level after it ("to 4%")."""
    language = counting.language.split("-")[0]
    pattern, joined = CHANGED.get(language), LATER.get(language)
    if pattern is None or joined is None or \
            pattern.search(text, max(start - 120, 0), start) is None:
        return False
    stop = CLAUSE_STOP.search(text, start)
    end = stop.start() if stop else len(text)
    return any(joined.match(text, at) for at in range(start, end) if text[at].isspace())


def later_levels(text: str, found: Iterable[tuple[int, Amount]], counting: Counting
                 ) -> Iterator[tuple[int, Amount]]:
    """Yield each count found in a text, and after one where a level starts the level it goes
    to, a number alone, as a count of its noun ("from 24 teams to 36": 36 teams); not one
    followed by a word of its own ("to 5 June"), nor a year."""
    counts = list(found)
    starts = {at for at, _ in counts}
    joined = LATER.get(counting.language.split("-")[0])
    for at, amount in counts:
        yield at, amount
        if joined is None or amount.unit.startswith(ADDED) or \
                from_before(text, at, counting) is None:
            continue
        later = joined.match(text, at + len(amount.written))
        number = counting.number.match(text, later.start("number")) if later else None
        if number is None or number.start() in starts or YEAR.fullmatch(number[0]):
            continue
        after = WORD_AFTER.match(text, number.end())
        if after is not None and after[1] and after[1].lower() not in counting.stop_words:
            continue  # "to 5 June", "to 36 clubs": no level of the count's noun
        yield number.start(), Amount(counting.value(number), amount.unit, number[0].strip())


def went_from(text: str, offset: int, levels: Iterable[int], counting: Counting) -> bool:
    """Tell whether the amount at offset is where a change started, after the level it went
    to in its clause, one of levels (their offsets): "took Bank Rate to 5.5% from 5%"."""
    before = from_before(text, offset, counting)
    return before is not None and any(
        at < before.start() and CLAUSE_STOP.search(text, at, before.start()) is None
        for at in levels)
