"""A fate said as a noun right after a number: "The floods left 234 dead", "89 injured", "12
missing". Newsrooms leave out the noun of people the fate's word stands for, so the number
counts people (see fatecounts.py), as "234 people dead" does; a plural noun after the fate's
word is what it counts ("234 injured passengers": see counted.py), and a name's number
("Flight 370 missing") counts nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..counting import Counting
from ..texts.counted import YEAR, Amount, is_change, is_plural, of_a_name
from ..texts.subjects import NUMBER
from .fatecounts import PEOPLE

# By language: the words of a fate (fates.py) that stand as a noun after a number. Where the
# word is a plural noun of itself ("234 muertos", "234 morts", "234 Tote"), counted.py reads it.
AS_NOUNS = {
    "en": "dead injured wounded hurt missing homeless displaced killed",
    # A participle as a noun, in the case a number puts it in: "143 погибших", "143 загиблих".
    "ru": "погибших погибшие убитых раненых раненые пострадавших пострадавшие пропавших",
    "uk": "загиблих загиблі вбитих поранених поранені постраждалих постраждалі зниклих",
    "cs": "mrtvých mrtví zraněných zranění pohřešovaných",  # "14 mrtvých"
}


@functools.cache  # once per language
def fate_noun_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a number and the fate's word after it, the word after that in
    the group 'next', if the language has such words."""
    words = AS_NOUNS.get(language.split("-")[0])
    if words is None:
        return None
    return re.compile(rf"(?<![\w.,]){NUMBER}[ \u00a0]+(?:{'|'.join(words.split())})(?!\w)"
                      r"(?:[ \u00a0]+(?P<next>[^\W\d_][\w'\u2019-]*))?", re.IGNORECASE)


def fate_counts(text: str, counting: Counting) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for each number a fate's word follows as a noun ("234 dead"),
    counting people."""
    pattern = fate_noun_pattern(counting.language)
    nouns = PEOPLE.get(counting.language.split("-")[0], "").split()
    if pattern is None or not nouns:
        return
    for match in pattern.finditer(text):
        number = counting.number.fullmatch(match["number"].strip())
        if number is None or YEAR.fullmatch(match["number"]) or counting.value(number) in (0, 1):
            continue  # not a number as the language writes one, a year, or one alone
        if match["next"] and is_plural(match["next"], counting):
            continue  # "234 injured passengers" counts passengers
        if is_change(text, match.start(), counting) or of_a_name(text, match, counting):
            continue  # "up 234", "Flight 370 missing"
        written = text[match.start():match.start("next") if match["next"] else match.end()]
        yield match.start(), Amount(counting.value(number), counting.stem(nouns[0]),
                                    written.rstrip())
