"""Compare names as people write them: one key for all spellings of a name; close matches."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Mapping

WORD = re.compile(r"\w+")
# Straight and curly apostrophes and full stops join what they sit in: "Côte d'Ivoire" and
# "Côte d’Ivoire", "U.S." and "US".
JOINERS = re.compile(r"['\u2019\u02bc.]")
# Words that authors add or leave out of one name: "(The) Gambia", "Bosnia (and) Herzegovina".
LEFT_OUT = frozenset({"the", "and"})
# Spellings of one word: "St Lucia" and "Saint Lucia", "Organisation" and "Organization".
SAME_WORD = {"st": "saint", "organisation": "organization"}
# How alike a misspelt name and a known one must be (difflib's ratio) to be suggested: a typo
# or two in a name ("Kenia", "Phillipines") is above it; one name sharing letters with
# another ("Swaziland" and "Thailand", 0.71) is below it.
CLOSE = 0.8


@functools.lru_cache(maxsize=1 << 12)  # a site names the same few countries again and again
def name_key(text: str) -> str:
    """Return what every spelling of a name shares: no case, accents, punctuation or 'the'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = JOINERS.sub("", plain).replace("&", " and ").replace("+", " plus ")
    words = (SAME_WORD.get(word, word) for word in WORD.findall(plain))
    return " ".join(word for word in words if word not in LEFT_OUT)


def closest_name(text: str, spellings: Mapping[str, str]) -> str | None:
    """Return the known name a misspelt one most likely meant, or None if none is close.

    spellings maps each name's key to the name as it is written.
    """
    key = name_key(text)
    if len(key) < 4:  # a code or a short word: too little to go on
        return None
    # Typos seldom touch a name's first letter: "Ruritania" is no misspelt "Mauritania".
    known = [name for name in spellings if name[:1] == key[:1]]
    matches = difflib.get_close_matches(key, known, n=1, cutoff=CLOSE)
    return spellings[matches[0]] if matches else None
