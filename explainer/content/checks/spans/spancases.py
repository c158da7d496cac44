"""The event a span is measured from, where the language names it just before the count in a
case of its own (see spans.py and SpanWords.cases): Turkish's ablative, "ikinci turdan beş gün
önce" (five days before the run-off), "Erdoğan'ın yemininden altı gün önce" (six days before
Erdoğan's oath), "seçimden dört gün önce" (four days before the election)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..dates.dateclaims import Title
from ..texts.sentences import CLAUSE_BREAK
from .spanends import named_event
from .spanwords import SpanWords, alternatives

SHORTEST_STEM = 2  # "Sudan" is no "Su" in the ablative, nor "Adnan" an "Ad"
MOST_WORDS = 3  # the words that may name an event: "Erdoğan'ın yemininden"


def case_before(head: str, words: SpanWords, titles: list[Title],
                content_words: Callable[[str], set[str]]) -> set[str] | None:
    """Return the words that name the event a span is measured from, in the case that names
    it just before the count: the last one to three words of the clause (the last without its
    ending), the fewest that name one event; no words where they name none (the span counts
    from what they name, no event of the timeline); None where no word in that case comes
    just before the count, or one that points back to the sentence before ("bundan")."""
    taken = CLAUSE_BREAK.split(head)[-1].split() if words.cases else []
    ended = re.fullmatch(rf"(?P<stem>\w{{{SHORTEST_STEM},}}?(?:['\u2019]\w*?)?)['\u2019]?"
                         rf"(?:{alternatives(words.cases)})", taken[-1], re.IGNORECASE) \
        if taken else None
    if ended is None or taken[-1].lower() in words.pointing:
        return None
    taken[-1] = ended["stem"]
    for size in range(1, min(MOST_WORDS, len(taken)) + 1):
        named = content_words(" ".join(taken[-size:]))
        if named and named_event(named, titles) is not None:
            return named
    return set()
