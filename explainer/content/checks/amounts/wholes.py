"""What a percentage is of, and what a label measures, where a clause alone must say.

A percentage listed after a share of a whole is a share of that whole too: "won about 33% of
the vote, the New Popular Front about 28% and Ensemble about 20%" gives three shares of the
vote, though only the first says so. A label's head, the first of its words that means
something ("turnout" of "turnout in the first round"; its last in a language whose labels end
with it), is what it measures: a clause that speaks of a share of another whole speaks of the
label only where it names that head, not where it shares only the words that say which round,
day or place the label is of.
"""

from __future__ import annotations

import re

from ..counting import Counting
from ..texts.sentences import sentence_start
from ..texts.textnames import WORD
from .kinds import stop_at_function_word

# The signs a percentage is written with, in the languages that give its whole after it.
PERCENT_SIGN = re.compile(r"[%٪]")
# The most words a listed share stands from the one before it: a name, and a qualifier.
LISTED = 6
# What parts two clauses, not two items of one list.
CLAUSE_BREAK = re.compile(r"[;:()]")


def listed_whole(text: str, offset: int, counting: Counting) -> set[str]:
    """Return the words of the whole of the share a percentage at offset is listed after in its
    sentence ("28%" of "33% of the vote, the New Popular Front about 28%"), if any."""
    before = text[sentence_start(text, offset):offset]
    until = len(before)
    for sign in reversed(list(PERCENT_SIGN.finditer(before))):
        whole = counting.share_of.match(before, sign.end())
        gap = before[whole.end() if whole else sign.end():until]
        if len(WORD.findall(gap)) > LISTED or CLAUSE_BREAK.search(gap):
            return set()
        if whole is not None:
            return counting.content_words(stop_at_function_word(whole["whole"], counting))
        until = sign.start()
    return set()


def names_head(label: str, near: set[str], counting: Counting) -> bool:
    """Tell whether a clause's words (near) name what a label measures: its head, the first
    word that means something ("turnout" of "turnout in the first round")."""
    words = [word for word in WORD.findall(label) if counting.content_words(word)]
    if not words:
        return True  # nothing to name: the words shared say it
    head = words[-1] if counting.head_last else words[0]
    return bool(counting.content_words(head) & near)
