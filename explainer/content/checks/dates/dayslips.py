"""Whether a day a sentence gives for an event is another than the event's (see
dateclaims.py): near it, or its very day and month in another year, a slip of the year."""

from __future__ import annotations

import re
from datetime import date

from ..spans.spanlanguages import span_words
from ..spans.spanwords import UNIT_DAYS, alternatives
from ..texts.days import Stated

NEAR_DAYS = 31  # a date further from its event than this speaks of another one
SLIP_YEARS = 10  # a day its event's but for a year this close is a slip of the year
YEAR_SPAN_DAYS = 330  # a span this long may carry a day into another year; "2 Monate" cannot
# The word for an anniversary, in the languages whose spans are read and a few more.
ANNIVERSARY = re.compile(r"anniversar|aniversári|aniversari|jahrestag|jubileu|verjaard|herdenk"
                         r"|rocznic|годовщин|річниц|yıl\s?dönüm|ذكرى|سالگرد|周年|주년"
                         r"|επέτει|výročí|jubile|årsdag|vuosipäiv|évforduló", re.IGNORECASE)


def another_day(given: date | None, own: date, days: set[date],
                sentence: tuple[str, str, list[Stated]], language: str) -> bool:
    """Tell whether a day a sentence gives (`given`) is another than its event's (`own`): no
    day of another event, near the event's, and the sentence (the text, the sentence in it,
    the days the text gives) not giving the event's own day besides; or the event's very day
    of another year, the one day its sentence gives (see year_slip())."""
    plain, said, stated = sentence
    if given is None or given in days:
        return False
    days_said = [other for other in stated if plain[other.start:other.end] in said]
    if len(days_said) == 1 and year_slip(given, own, days_said[0], said.replace(
            plain[days_said[0].start:days_said[0].end], " "), language):
        return True
    return abs((given - own).days) <= NEAR_DAYS \
        and not any((other.month, other.day) == (own.month, own.day)
                    and plain[other.start:other.end] in said for other in stated)


def year_slip(given: date, own: date, one: Stated, rest: str, language: str) -> bool:
    """Tell whether a day is its event's day and month in another year, a few years away, the
    only day its sentence gives (one) and with its year: "sentenced on 14 October 2018" of an
    event of 14 October 2019. The rest of the sentence may tell a day that follows the event's
    by a span ("a year after the verdict", not "two months after the flood", too short to reach
    another year), by a term in years ("renewed the mission for a year", "1年延長") or as its
    anniversary."""
    if (given.month, given.day) != (own.month, own.day) or given.year == own.year \
            or abs(given.year - own.year) > SLIP_YEARS or one.year is None \
            or ANNIVERSARY.search(rest):
        return False
    spans = span_words(language)
    if spans is None:
        return True
    years = alternatives(word for word, unit in spans.units.items() if unit == "year")
    before, after = (r"(?<!\w)", r"(?!\w)") if spans.spacing == r"\s+" else ("", "")
    return not re.search(rf"{before}(?:{years}){after}", rest, re.IGNORECASE) \
        and not any(spans.count_of(found) * UNIT_DAYS[spans.unit_of(found)] >= YEAR_SPAN_DAYS
                    for found in spans.spans_in(rest))
