"""The name a page prints for each territory, in any language CLDR knows, from CLDR's names.

CLDR gives every territory a standard name, and some a short form or a variant as well
(data/cldr_names.json). A few standard names are made for a menu, where space is short and the two
Congos sit side by side, rather than for a sentence or a list:

- they tell the two Congos apart by their capitals ("Congo - Kinshasa", "Kongo-Brazzaville",
  "刚果（金）"), or give one of them the bare name of both ("Congo", "Kongo");
- they spell out what Hong Kong and Macao are ("RAE de Hong Kong (China)", "Hong Kong SAR
  China"), or add Myanmar's old name in brackets ("Myanmar (Birmania)").

Newsrooms print a name that stands on its own, and so does a page, in every language alike:

- Hong Kong, Macao, Palestine, Myanmar and the Cocos Islands by CLDR's short form; where a
  language has none, by the standard name less what it adds in brackets ("Myanmar");
- each Congo by its standard name where that is a name of its own ("República Democrática del
  Congo"), not a menu's, which names its capital after a dash or bracket, or after a space
  beside the other's dash (Nepali "कङ्गो ब्राजाभिल"); else by CLDR's variant ("Congo
  (República)", "Republika Konga"), and by the standard name only where the variant is the
  bare name too.

English prints the Congos and St. Vincent in its own words (countries.py: "DR Congo").
"""

from __future__ import annotations

import functools
import re

from ..languages import WRITTEN_AS, cldr_lineage
from .cldr_names import alternatives

# Territories a page names by CLDR's short form.
SHORT = frozenset({"HK", "MO", "PS", "MM", "CC"})
CONGOS = {"CG": "CD", "CD": "CG"}  # each Congo, and the other one
# What a standard name adds in brackets at its end: "Myanmar (Birmania)", "ミャンマー (ビルマ)".
BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]$")
# The dash or bracket before a Congo's capital in a menu's name: "Congo - Kinshasa",
# "Kongo-Brazzaville", "刚果（金）".
CAPITAL = re.compile(r"[-–(（]")


def other_names(tag: str) -> dict[str, dict[str, str]]:
    """Return CLDR's other names of territories in a locale, those it inherits among them
    (pt-AO has pt-PT's and pt's), by code and kind."""
    merged: dict[str, dict[str, str]] = {}
    lineage = cldr_lineage(tag)
    # 'no' has the names of 'nb', whose names explainer keeps as it ships nb's words.
    lineage += [WRITTEN_AS[part] for part in lineage if part in WRITTEN_AS]
    for parent in reversed(lineage):
        for code, kinds in alternatives().get(parent, {}).items():
            merged[code] = {**merged.get(code, {}), **kinds}
    return merged


@functools.cache  # once per language
def shown_names(tag: str) -> dict[str, str]:
    """Return the name a page prints for each territory in a CLDR locale (pt-PT), by code."""
    from babel import Locale  # imported on first use: reading its locale data takes a while

    names = dict(Locale.parse(tag.replace("-", "_")).territories)
    other = other_names(tag)
    shown = dict(names)
    for code in SHORT & names.keys():
        shown[code] = other.get(code, {}).get("short") or BRACKETED.sub("", names[code])
    for code in CONGOS.keys() & names.keys():
        shown[code] = congo_name(names[code], other.get(code, {}).get("variant"),
                                 [names.get(CONGOS[code], ""),
                                  *other.get(CONGOS[code], {}).values()])
    return shown


def congo_name(standard: str, variant: str | None, others: list[str]) -> str:
    """Return the name of one Congo that neither names its capital nor is the bare name of
    both, given the other Congo's names: its standard one, or its variant."""
    if not names_capital(standard, others) and not bare(standard, others):
        return standard
    return variant if variant and not bare(variant, others) else standard


def names_capital(name: str, others: list[str]) -> bool:
    """Tell whether a Congo's name is a menu's, naming its capital: after a dash or bracket
    ("Congo - Kinshasa"), or after a space where the other's menu name has a dash (Nepali
    "कङ्गो ब्राजाभिल" beside "कङ्गो - किन्शासा")."""
    if CAPITAL.search(name):
        return True
    return any(name.startswith(f"{other[:found.start()].rstrip()} ")
               for other in others if (found := CAPITAL.search(other)) and found.start() > 0)


def bare(name: str, others: list[str]) -> bool:
    """Tell whether a name is the bare name of both Congos: one of the other's names, or the
    start of one that a menu's dash or bracket follows ("Congo" of "Congo (RDC)")."""
    return any(other == name or other.startswith(name)
               and CAPITAL.match(other[len(name):].lstrip()) for other in others)
