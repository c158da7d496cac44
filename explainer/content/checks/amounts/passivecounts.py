"""A count whose noun is left out before a passive of what befell people: "About 4.2 crore
were affected", "42 million were displaced", "1,700 have been killed". English leaves out the
noun the verb says is people: the number counts people, as "4.2 crore people were affected"
does. Where an earlier count of the sentence names its noun ("Of the 50 officers, 12 were
injured"), the noun left out is that one: unless it is a noun of people, the number is left
alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..counting import Counting
from ..texts.counted import YEAR, Amount, is_change, is_plural
from ..texts.sentences import sentence_start
from .fatecounts import PEOPLE

# By language: the auxiliaries of a passive, and the participles of what befalls people.
PASSIVES = {
    "en": (r"were|are|was|have\s+been|had\s+been|has\s+been|will\s+be",
           r"affected|killed|injured|wounded|hurt|displaced|evacuated|arrested|detained|"
           r"rescued|stranded|infected|missing|dead|made\s+homeless|left\s+homeless"),
}
# A number and the word after it: the count of a noun, read to find the one left out.
COUNTED = re.compile(r"(?<![\w.,])\d[\d,.]*(?:\s+(?:thousand|million|billion|lakhs?|crores?))?"
                     r"\s+(?P<noun>[^\W\d_][\w'\u2019-]*)")


@functools.cache  # once per language and number pattern
def passive_pattern(language: str, number: str) -> re.Pattern[str] | None:
    """Return the pattern of a number right before a passive of a fate, or None where the
    language has no table."""
    words = PASSIVES.get(language.split("-")[0])
    if words is None:
        return None
    auxiliary, participle = words
    return re.compile(rf"(?<![\w.,$€£¥₹]){number}\s+(?:{auxiliary})\s+(?:\w+ly\s+)?"
                      rf"(?:{participle})(?!\w)", re.IGNORECASE)


def passive_counts(text: str, counting: Counting) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for each number a passive of a fate follows, its noun left
    out, counting people."""
    pattern = passive_pattern(counting.language, counting.number.pattern)
    nouns = PEOPLE.get(counting.language.split("-")[0], "").split()
    if pattern is None or not nouns:
        return
    for match in pattern.finditer(text):
        number = counting.number.match(text, match.start())
        if number is None or YEAR.fullmatch(number[0]) or counting.value(number) in (0, 1):
            continue  # a year, or one alone
        if is_change(text, match.start(), counting) or not of_people(text, match.start(),
                                                                    nouns, counting):
            continue  # "up 234 were", "Of the 50 officers, 12 were injured"
        yield match.start(), Amount(counting.value(number), counting.stem(nouns[0]),
                                    number[0].strip())


def of_people(text: str, start: int, nouns: list[str], counting: Counting) -> bool:
    """Tell whether the noun left out before `start` is one of people: the noun of the last
    count before it in its sentence, if that is a plural, else people."""
    before = list(COUNTED.finditer(text, sentence_start(text, start), start))
    noun = before[-1]["noun"] if before else ""
    return not noun or not is_plural(noun, counting) or \
        counting.stem(noun) in {counting.stem(each) for each in nouns}
