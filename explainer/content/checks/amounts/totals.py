"""An amount a sentence calls a total: "a total of 525 basis points", "€2 billion in all",
"a cumulative 425 basis points". It adds up several items, so it is not the size of one of them:
a label that names one item in the singular ("size of the rise", "cost of the contract") is not
what the total is, when the sentence counts those items by an ordinal or a number ("the 11th
rise", "four contracts") or names them in the plural ("the rises"). A sentence that counts no
such item ("The bridge cost a total of $5bn") may give the label's item's size, and is held
against it; a count of things ("a total of 183 deaths") is held against its label as ever.
"""

from __future__ import annotations

import functools
import re

from ..counting import Counting
from ..texts.counted import is_plural
from ..texts.measures import is_measure
from .levels import ADDED
from .ordinals import BEFORE_NOUN
from .partwords import IN_ALL
from .rates import unit_counted

# By language: the words before an amount that call it a total ("a total of", "cumulative"),
# and the determiners that name one item ("the rise", "a contract").
TOTALS = {
    "en": (r"(?:a\s+)?total\s+of|(?:a\s+)?cumulative|in\s+(?:all|total)", r"the|a|an|each|one|its"),
    "fr": (r"(?:un\s+)?total\s+de|au\s+total|en\s+tout", r"la|le|l['\u2019]|une?|chaque"),
    "es": (r"(?:un\s+)?total\s+de|en\s+total", r"el|la|una?|cada"),
    "de": (r"insgesamt|kumuliert\w*", r"der|die|das|des|dem|den|eine?[mnrs]?|jede[mnrs]?"),
}
# By language: an ordinal written in figures ("11th", "12e", "15.").
NUMBERED = {"en": r"\d+(?:st|nd|rd|th)", "fr": r"\d+(?:e|ème|er|re)", "es": r"\d+[ºª.]?",
            "de": r"\d+\."}


@functools.cache
def total_patterns(language: str) -> tuple[re.Pattern[str], ...] | None:
    """Return a language's patterns of a total's words before and after its amount, of a
    determiner of one item and its noun, and of a number or ordinal and the noun after it."""
    if language not in TOTALS:
        return None
    before, one = TOTALS[language]
    ordinals = "|".join(re.escape(o) for o in sorted(BEFORE_NOUN.get(language, {}),
                                                     key=len, reverse=True))
    counted = rf"(?:{NUMBERED[language]}|\d+|{ordinals})" if ordinals else r"\d+"
    return (re.compile(rf"(?<!\w)(?:{before})\s+$", re.IGNORECASE),
            re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{IN_ALL[language]})(?!\w)",
                       re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{one})\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE),
            re.compile(rf"(?<![\w.]){counted}[\s-]+(?P<noun>[^\W\d_]+)", re.IGNORECASE))


def total_of_items(text: str, span: tuple[int, int], label: str, unit: str,
                   counting: Counting) -> bool:
    """Tell whether the measure at span is a total the sentence says it is (see TOTALS,
    partwords.IN_ALL) of items it counts, of which the label names one in the singular."""
    patterns = total_patterns(counting.language.split("-")[0])
    if patterns is None or not is_measure(unit_counted(unit).removeprefix(ADDED)):
        return False
    before, after, one, counted = patterns
    start = max(text.rfind(".", 0, span[0]), text.rfind("\n", 0, span[0]), 0)
    if not before.search(text, start, span[0]) and not after.match(text, span[1]):
        return False
    end = min((i for i in (text.find(". ", span[1]), text.find("\n", span[1])) if i >= 0),
              default=len(text))
    sentence = text[start:end]
    items = {counting.stem(m["noun"]) for m in one.finditer(label)
             if not is_plural(m["noun"], counting)}
    said = {counting.stem(m["noun"]) for m in counted.finditer(sentence)} | {
        counting.stem(word) for word in re.findall(r"[^\W\d_]+", sentence)
        if is_plural(word, counting)}  # counted, or in the plural
    return bool(items & said)
