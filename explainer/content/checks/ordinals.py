"""The items of a numbered series a label and a sentence name: a round, a phase, a stage, by
the ordinal written after its noun, as Persian writes it ("دور دوم", the second round; "دور
نخست", the first). A label that names one item ("آرای پزشکیان در دور دوم") is not what a
sentence speaks of that names the same noun with another ordinal alone ("در دور نخست،
پزشکیان با ۱۰٬۴۱۵٬۹۹۱ رأی اول شد"): that is another item's level. An ordinal alone ("جلیلی
دوم شد", came second) names no item."""

from __future__ import annotations

import functools
import re

from .counting import Counting

# The ordinals written after a noun that name which item of a series it is, by language.
AFTER_NOUN = {
    "fa": {"اول": 1, "نخست": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5,
           "ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9, "دهم": 10},
}


@functools.cache
def item_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a noun and the ordinal after it in a language, or None."""
    ordinals = AFTER_NOUN.get(language)
    if ordinals is None:
        return None
    return re.compile(r"(?P<noun>[^\W\d_][\w\u200c]*)\s+(?P<ordinal>"
                      + "|".join(sorted(ordinals, key=len, reverse=True))
                      + r")(?![\w\u200c])")


def items(text: str, pattern: re.Pattern[str], counting: Counting) -> dict[str, set[int]]:
    """Return the ordinals a text gives each noun's stem ("دور دوم": دور, 2)."""
    ordinals = AFTER_NOUN[counting.language.split("-")[0]]
    found: dict[str, set[int]] = {}
    for match in pattern.finditer(text):
        found.setdefault(counting.stem(match["noun"]), set()).add(ordinals[match["ordinal"]])
    return found


def another_numbered(label: str, sentence: str, counting: Counting) -> bool:
    """Tell whether a sentence names an item of a series the label names by its noun and
    ordinal only by another ordinal: "دور نخست" beside a label's "دور دوم"."""
    pattern = item_pattern(counting.language.split("-")[0])
    if pattern is None or pattern.search(label) is None:
        return False
    said = items(sentence, pattern, counting)
    return any(noun in said and not said[noun] & ordinals
               for noun, ordinals in items(label, pattern, counting).items())
