"""A place that opens a sentence as the scene of what its subject did.

"In the United States, Delta Air Lines cancelled about 5,000 flights": the phrase before the
comma sets where the sentence happens, and the count is its subject's. Where a key figure's
label names that subject ("Delta flights cancelled"), the place narrows the count to no part
(parts.py), and the count is held against the figure as if the phrase were not there. A place
inside the clause still narrows it ("cancelled 5,000 flights in Atlanta"), and one set before
another subject ("In Europe, Lufthansa cancelled ...", "In Hanoi, 21 people died") still
speaks of another thing or of a part.
"""

from __future__ import annotations

from itertools import takewhile

from ..counting import Counting
from ..texts.sentences import paragraph_at, sentence_at
from ..texts.stated import amounts
from ..texts.textnames import WORD, kin
from .levels import label_names


def subject_named(clause: str, label: str, counting: Counting) -> bool:
    """Tell whether a clause opens with a name that the label gives, its subject's: the run of
    capitalised words it opens with ("Delta Air Lines"; see the module's docstring); never in
    a language that capitalises every noun."""
    theirs = label_names(label)
    opening = list(takewhile(lambda word: word[:1].isupper(), WORD.findall(clause)))
    return not counting.capitalised_nouns and bool(theirs) and bool(opening) and \
        kin(theirs, " ".join(opening), counting.language)

def with_scene(text: str, offset: int, clause: str, span: tuple[int, int], counting: Counting
               ) -> tuple[str, tuple[int, int]]:
    """Return the clause of the amount at offset (at span in it) with the phrase that opens
    its sentence before it, where the clause lacks it and it holds no amount ("In London,
    turnout was 85.4%"), and the amount's span in what is returned."""
    start, paragraph = paragraph_at(text, offset)
    opening = sentence_at(counting.readable(paragraph), offset - start).split(",")[0]
    if opening in clause or next(amounts(opening, counting), None):
        return clause, span
    return f"{opening}, {clause}", (span[0] + len(opening) + 2, span[1] + len(opening) + 2)
