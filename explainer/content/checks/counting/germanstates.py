"""How German counts a federation's states: the "Länder" of Germany and of Austria are
states, not countries ("Bund und 16 Länder", "in allen 16 Ländern", "die Kultusminister der
16 Länder"), and "die 27 Staaten der EU" are another whole's countries.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from babel import Locale

from ...naming.countries import countries

# After a count of countries, the whole they are part of: "27 Staaten der EU".
OF_WHOLE = re.compile(r"\s+(?:der|des)\s+(?=[^\W\d_])")
# A federation's words, beside which "Länder" are its states; "länder" ends a count's noun.
FEDERAL = re.compile(r"(?<!\w)(?:Bund|Bundesrat\w*|Bundesländer\w*|Ministerpräsident\w*|"
                     r"Landesregierungen)(?!\w)")
LAND = ("länder", "ländern")
# All of a federation's states, however the sentence reads: "in allen 16 Ländern" (Germany's),
# "alle 9 Länder" (Austria's), or some of them ("15 der 16 Länder"), unless it has named
# countries that the count points back at.
FEDERATION_SIZES = ("16", "9")
FEDERATIONS = ("DE", "AT")
# Or their offices' holders: "die Kultusminister der 16 Länder", "Chefs der 9 Länder"; of a
# federation's size alone, as "Vertreter der 12 Länder" may be the list's.
OFFICES_OF = re.compile(r"(?:minister(?:in(?:nen)?)?|präsident(?:en|innen)|regierungen|"
                        r"chef(?:s|innen)|vertreter(?:innen)?)\s+der\s+\Z", re.IGNORECASE)
SENTENCE_STOP = re.compile(r"(?<!\d)[.;!?](?:\s|$)")


def federal_states(words: str) -> Callable[[str, int, int], bool]:
    """Return German's test of whether a count of countries counts another whole's (see
    of_another()), given the pattern of its numbers in words, which may count some of a
    federation's states ("zwölf der 16 Länder")."""
    all_before = re.compile(rf"(?:(?<!\w)alle[nrs]?|(?<![\w.,])(?:\d+|{words})\s+"
                            r"(?:der|von\s+den))\s+\Z", re.IGNORECASE)
    return functools.partial(of_another, all_before)


def of_another(all_before: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Tell whether a count of countries counts another whole's: followed by its genitive
    ("die 27 Staaten der EU"), or "Länder" in a sentence on a federation ("Bund und 16
    Länder", "16 Länder im Bundesrat"), whose states German calls so. all_before: what says,
    just before the count, that it is of all of them or some ("in allen", "15 der")."""
    if OF_WHOLE.match(text, end):
        return True
    if not text[start:end].lower().endswith(LAND):
        return False
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, 0, start)]
    opening = stops[-1] if stops else 0
    if all_states(text, start, end, opening, all_before):
        return True
    after = SENTENCE_STOP.search(text, end)
    return FEDERAL.search(text, opening, after.start() if after else len(text)) is not None


def all_states(text: str, start: int, end: int, opening: int,
               all_before: re.Pattern[str]) -> bool:
    """Tell whether a count of Länder, in a sentence that opens at opening, counts all of a
    federation's states ("in allen 16 Ländern", "15 der 16 Länder", "die Minister der 16
    Länder"), naming no country before it ("Kenia, Tschad und Benin, in allen 3 Ländern"
    points back at them)."""
    return text[start:end].split()[0] in FEDERATION_SIZES \
        and (all_before.search(text, max(start - 30, 0), start) is not None
             or OFFICES_OF.search(text, max(start - 30, 0), start) is not None) \
        and country_names().search(text, opening, start) is None


@functools.cache  # once: some 250 names, read when a count may be of a federation's states
def country_names() -> re.Pattern[str]:
    """Return the pattern of a country's German name as CLDR gives it, the federations' own
    ("Deutschland", "Österreich") left out."""
    names = Locale.parse("de").territories
    wanted = sorted((names[code] for code in countries() if code in names
                     and code not in FEDERATIONS), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, wanted)) + r")(?!\w)")
