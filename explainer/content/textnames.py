"""The names a text gives by their capitals, and the words made from them.

Where a language capitalises only names, the capitalised words of a text after its first
(which a sentence capitalises, whatever it is) are its names: "Kenyan", "Port-au-Prince",
"Allemagne" of "l'Allemagne", its elided article left out. A word made from a name begins as
the name does, whatever its case, accents and apostrophes: "Kenyan" and "kenioti" of
"Kenya", "quenianos" of "Quênia", "norueguês" of "Noruega". Three letters alike are enough,
so "Iraqi" passes for a word of "Iran"; a name of three letters or fewer ("Xi", "Rio") is
only itself, and such a word of a longer name ("of", "au" of "Port-au-Prince") is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import name_key

# A word of any alphabet, with its apostrophes and hyphens: "Port-au-Prince", "Kenya's".
WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# An elided article before a name: "l'Allemagne", "dell'Italia", "d'Haïti" (not "Kenya's").
ELIDED = re.compile(r"^[a-zà-ÿ]{1,5}['\u2019](?=[A-ZÀ-ÖØ-Þ])")
KIN = 3  # the first letters a name shares with a word made from it: "Kenya", "kenioti"


def capitalised(text: str, first: bool = False) -> list[str]:
    """Return the capitalised words of a text as written, an elided article left out: those
    after its first word, which a sentence capitalises whatever it is, or, with first, all."""
    words = WORD.findall(text)[0 if first else 1:]
    return [word for word in (ELIDED.sub("", word) for word in words) if word[:1].isupper()]


def kin(names: Iterable[str], text: str) -> bool:
    """Tell whether a text has one of the names, or a word made from one (see the module's
    docstring); a name may be of several words ("United States"), any of which will do."""
    theirs = {piece for word in WORD.findall(text) for piece in name_key(word).split()}
    for name in names:
        ours = name_key(name).split()
        if len(ours) == 1 and len(ours[0]) <= KIN:
            if ours[0] in theirs:
                return True  # "Xi", "Rio": only as it is
        elif any(word[:KIN] == mine[:KIN] for mine in ours if len(mine) > KIN
                 for word in theirs if len(word) > KIN):
            return True
    return False
