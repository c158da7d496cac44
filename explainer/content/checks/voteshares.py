"""A percentage a party or a candidate won, its whole left out: "Labour took 33.7%", "Ruto won
50.49% of the vote and Odinga 48.58%", "Labour took 33.7% and the Conservatives 23.7%". In
newsroom usage what one wins, takes or polls, given as a percentage alone, is a share of the
vote: the sentence speaks of the vote as "33.7% of the vote" does. An amount after "and" and a
name, its verb left out, takes the verb of the clause before ("and the Conservatives 23.7%").
"""

from __future__ import annotations

import functools
import re

from .counting import Counting

# By language: the verbs of winning a share, and the words of the whole they leave out.
VOTES = {
    "en": (r"won|wins?|winning|took|takes?|taking|got|gets?|polled|polls?|secured|secures?|"
           r"received|receives?|garnered|garners?|captured|captures?", "vote"),
}
# By language: the words that may stand between the verb and the number ("won about 33%").
QUALIFIERS = {
    "en": r"about|around|nearly|almost|roughly|some|just|only|over|under|barely|more\s+than|"
          r"less\s+than",
}


@functools.cache  # once per language
def won_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of what stands before a percentage won: the verb, then at once the
    number, or another amount and "and" with a name whose amount it is."""
    found = VOTES.get(language)
    if found is None:
        return None
    qualifier = rf"(?:(?:{QUALIFIERS[language]})\s+)?"
    gapped = r"(?:[^.;:!?]*?%(?:,?\s+and|,)\s+(?:the\s+)?(?-i:[A-Z][\w'\u2019.-]*\s+){1,4})?"
    return re.compile(rf"\b(?:{found[0]})\s+{gapped}{qualifier}\Z", re.IGNORECASE)


def whole_won(sentence: str, at: int, counting: Counting) -> set[str]:
    """Return the words of the whole a percentage at offset `at` of its sentence is a share of
    as a thing won ("Labour took 33.7%": the vote), or none."""
    language = counting.language.split("-")[0]
    pattern = won_pattern(language)
    if pattern is None or pattern.search(sentence, max(0, at - 160), at) is None:
        return set()
    return counting.content_words(VOTES[language][1])
