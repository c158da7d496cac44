"""The countries a count of countries sums up right after their names: "All six were
immigrants from Mexico, Guatemala, Honduras and El Salvador, four countries in all" counts the
four names before it, not the country list, which may hold more.

The count follows the last name after a comma and is followed by a word of a sum ("in all",
"in total", "altogether"; partwords.IN_ALL in each language): without one, a count after a
list may be of a larger whole ("France and Spain, two of the 27 countries"). The names are read
as countlists.py reads those after a count, and run right up to the comma; the longest such
list in the count's sentence is the one it sums up.
"""

from __future__ import annotations

import re

from ..amounts.partwords import IN_ALL
from ..texts.sentences import sentence_start
from .countlists import names_counted, read_names

COMMA = re.compile(r"[,\u060c]\s*\Z")
WORD_START = re.compile(r"(?<!\S)\S")


def names_before(text: str, start: int, end: int, language: str,
                 own: frozenset[str]) -> int | None:
    """Return how many countries a list right before a count (from start to end) names, when
    a comma joins them and a word of a sum follows the count (see the module's docstring);
    None if no list is so. `own` holds the keys of the country list's names."""
    total = IN_ALL.get(language.split("-")[0])
    comma = COMMA.search(text, max(0, start - 4), start)
    if total is None or comma is None or not re.compile(
            rf"\s*(?:{total})(?![\w'\u2019-])", re.IGNORECASE).match(text, end):
        return None
    stop = comma.start()
    counts = [found[0] for at in WORD_START.finditer(text, sentence_start(text, stop), stop)
              for found in [read_names(text, at.start(), stop, language, own)]
              if found is not None and found[1] == stop]
    return max(counts) if counts else None


def names_around(text: str, span: tuple[int, int], language: str, own: frozenset[str],
                 number_word: re.Pattern[str]) -> tuple[int, bool] | None:
    """Return how many countries a count (its span) counts by their names in its sentence,
    and whether they come before it: after it (countlists.names_counted()), or before it,
    summed up (names_before()); None if it names none so."""
    after = names_counted(text, span[1], language, own, number_word)
    if after is not None:
        return after[0], False
    before = names_before(text, span[0], span[1], language, own)
    return None if before is None else (before, True)
