"""Countries' names in a language as ISO 3166-1 gives them, translated by Debian's iso-codes
(through pycountry): the formal names a newsroom writes where CLDR keeps a shorter one, as
'République démocratique du Congo' and 'Demokratische Republik Kongo' beside CLDR's
'Congo-Kinshasa' and 'Kongo-Kinshasa', or 'Tschechische Republik' beside 'Tschechien'.

A name written inside out, 'Congo, República Democrática del', is turned the right way round
when it ends in a small word ('del', 'de', 'of'), as a name's tail does; any other name with a
comma is left out ('Kongo, Demokratyczna Republika Konga' has no right way round).
"""

from __future__ import annotations

import functools
import gettext

# The fields of a pycountry record that name a country, the name first.
FIELDS = ("name", "official_name", "common_name")
COMMAS = (",", "،", "、", "，")


@functools.cache  # once per language
def iso_names(tag: str) -> dict[str, tuple[str, ...]]:
    """Return the names ISO 3166-1 gives countries in a language (fr, pt-BR), translated, by
    code; none where iso-codes has no translation into it."""
    import pycountry  # here: a build whose names are all known never reads the translations

    if any(len(part) == 4 for part in tag.split("-")):
        return {}  # a language of several scripts (zh-Hant, sr-Latn): gettext gives another's
    try:
        translated = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                         [tag.replace("-", "_")])
    except OSError:
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for record in pycountry.countries:
        english = [getattr(record, field, "") for field in FIELDS]
        if english[1] == english[0] and english[2]:  # no formal name: 'Taiwan, Province of
            english = english[2:]  # China' is its name in the list alone, 'Taiwan' its own
        names = (upright(translated.gettext(name)) for name in english if name)
        found[record.alpha_2] = tuple(dict.fromkeys(
            name for name in names if name and name not in english))
    return found


def upright(name: str) -> str | None:
    """Return a name the right way round ('República Democrática del Congo'), or None where
    it is written inside out and cannot be turned."""
    if not any(comma in name for comma in COMMAS):
        return name
    head, comma, tail = name.partition(", ")
    if comma and not any(mark in tail for mark in COMMAS) and tail.rsplit(" ", 1)[-1].islower():
        return f"{tail} {head}"
    return None
