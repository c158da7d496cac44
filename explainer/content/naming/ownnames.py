"""Countries' names in other languages than English, from CLDR: read on a page in that language,
and named to the author of a page in another, whose name is refused.

A page in German prints CLDR's German names (shownnames.py), so 'name: Deutschland' on it reads
as Germany. On a page in English it is refused: the page would print 'Germany' where the author
wrote another language's word, so the author is told which country it names, in which language,
and what to write instead. The languages are those whose CLDR names explainer keeps
(data/cldr_names.json), those it ships words for. Their names are read on the first name
refused, never in a build where every name is known.
"""

from __future__ import annotations

import functools

from ..languages import ENGLISH, cldr_lineage, cldr_locale, english_name, is_english
from ..model import Country
from .cldr_names import alternatives
from .countries import countries
from .isonames import iso_names
from .names import name_key
from .newsnames import newsroom_names
from .shownnames import CONGOS, bare, other_names, shown_names


def resolve_in_language(text: str, language: str) -> Country | None:
    """Return the country a name in a page's own language stands for ('Deutschland' on a page
    in German), or None (always on a page in English)."""
    found = spellings_in_language(language).get(name_key(text))
    return found[1] if found else None


def spellings_in_language(language: str) -> dict[str, tuple[str, Country]]:
    """Return the countries a page's own language names, with each name as written, by the
    key of the name; none on a page in English."""
    if is_english(language):
        return {}
    locale = cldr_locale(language)
    if locale is None or locale.language == ENGLISH:
        return {}
    return own_spellings(str(locale).replace("_", "-"))


@functools.cache  # once per language
def own_spellings(tag: str) -> dict[str, tuple[str, Country]]:
    """Return the countries a CLDR locale names (pt-PT), with the name, by the key of each of
    their names: the one a page prints ('Myanmar' of 'Myanmar (Birmania)'), the standard one,
    short forms and variants, and those newsrooms write (newsnames.py); never the bare name
    of both Congos ('Kongo' is the Republic's in Polish), and ISO 3166-1's names in the
    language (isonames.py: 'République démocratique du Congo'). A regional locale reads the
    standard names of those it inherits from too, after its own: zh-Hant-HK's '肯尼亞' and
    zh-Hant's '肯亞' both name Kenya."""
    standards = inherited_standard_names(tag)
    shown = shown_names(tag)
    other = other_names(tag)
    found: dict[str, tuple[str, Country]] = {}
    for code, country in countries().items():
        names = [shown.get(code, ""), *(standard.get(code, "") for standard in standards),
                 *other.get(code, {}).values()]
        both = [*(standard.get(CONGOS[code], "") for standard in standards),
                *other.get(CONGOS[code], {}).values()] if code in CONGOS else []
        for name in filter(None, names):
            if not bare(name, both):
                found.setdefault(name_key(name), (name, country))
    for name, code in newsroom_names(tag).items():
        found.setdefault(name_key(name), (name, countries()[code]))
    iso = iso_names(tag)  # the formal names, last: CLDR's and newsrooms' come first
    for code, country in countries().items():
        other = CONGOS.get(code, "")  # ISO's bare 'Congo' begins the other's name: 'コンゴ'
        others = [*iso.get(other, ()), *(standard.get(other, "") for standard in standards),
                  *other_names(tag).get(other, {}).values()] if other else []
        for name in iso.get(code, ()):
            if not any(each.startswith(name) for each in filter(None, others)):
                found.setdefault(name_key(name), (name, country))
    return found


def inherited_standard_names(tag: str) -> list[dict[str, str]]:
    """Return CLDR's standard names of territories in a locale and in each it inherits its
    data from, by code: zh-Hant-HK's, then zh-Hant's."""
    from babel import Locale  # imported on first use: reading its locale data takes a while

    return [dict(Locale.parse(parent.replace("-", "_")).territories)
            for parent in cldr_lineage(tag)]


def languages_naming(text: str) -> tuple[Country, tuple[str, ...]] | None:
    """Return the one country a name stands for in other languages than English, with the
    English names of those languages ('Kanada': Canada, in German, Polish...), or None."""
    key = name_key(text)
    found: dict[str, list[str]] = {}
    for tag in other_languages():
        named = own_spellings(tag).get(key)
        if named:
            found.setdefault(named[1].code, []).append(tag)
    if len(found) != 1:
        return None
    [(code, tags)] = found.items()
    return countries()[code], tuple(sorted(english_name(tag) for tag in tags))


def other_languages() -> list[str]:
    """Return the languages other than English whose CLDR names explainer keeps."""
    return sorted(tag for tag in alternatives() if "-" not in tag and tag != ENGLISH)


@functools.cache  # once per language
def names_by_country(tag: str) -> dict[str, tuple[str, ...]]:
    """Return every name a CLDR locale (pt-PT) gives each country, as own_spellings() reads
    them, by code: the standard name and the short ones readers type ('한국', 'США')."""
    found: dict[str, list[str]] = {}
    for name, country in own_spellings(tag).values():
        found.setdefault(country.code, []).append(name)
    return {code: tuple(names) for code, names in found.items()}
