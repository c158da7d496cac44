"""The names search finds a country by: its name on the page, its name in the page's language,
and the other names the site knows for it (see content/countries.py), less those by which a
search for another country would find it.

ISO and CLDR give some places a name that sets them within another state: "Taiwan, Province
of China", "Hong Kong SAR China", "Virgin Islands of the United States". Others share words
with another country's name: "United Mexican States", and "United Kingdom of Great Britain
and Northern Ireland", found by a search for Ireland. A country found by `China` because it
names only Taiwan is a political statement the site does not make, and an explainer about
Mexico found by `United States` is a wrong result; readers search for these countries by the
names they know, which stay.
"""

from __future__ import annotations

import functools

import pycountry

from ..content.naming.countries import ALIASES, AMBIGUOUS, countries, spellings_of
from ..content.naming.ownnames import names_by_country
from ..content.naming.shownnames import shown_names
from .terms import words_of

Needs = dict[str, list[tuple[str, tuple[str, ...]]]]  # a word: the queries that need it


@functools.cache  # a few hundred countries, in each language of a site
def country_words(code: str, local: tuple[str, ...], name: str) -> tuple[str, ...]:
    """Return the words of every name a country is found by: `local` holds its names in the
    explainer's language, `name` is its English name."""
    return tuple(word for each in (*local, name, *country_names(code))
                 for word in words_of(each))


@functools.cache
def country_heads(code: str, local: tuple[str, ...], name: str) -> tuple[str, ...]:
    """Return the first word of every name a country is found by, as country_words() reads
    them, past ISO's "The": a search for "Georgia" means the country so named before South
    Georgia."""
    return tuple(words[words[0] == "the" and len(words) > 1]
                 for each in (*local, name, *country_names(code))
                 for words in [words_of(each)] if words)


@functools.cache
def country_names(code: str) -> tuple[str, ...]:
    """Return every other name the site knows for a country, its codes among them, but those
    that would make a search for another country find it."""
    record = pycountry.countries.get(alpha_2=code)
    codes = [code, getattr(record, "alpha_3", "")]
    aliases = [name for name, target in ALIASES.items() if target == code]
    names = dict.fromkeys([*spellings_of(code), *aliases, *filter(None, codes)])
    return tuple(name for name in names if not names_another(code, name))


def names_another(code: str, name: str) -> bool:
    """Return whether a search for another country's name finds this name of a country but not
    the country's own name: where the two share a name that stands for either ("Congo"), the
    reader tells them apart."""
    own = frozenset(words_of(countries()[code].name))
    return found_for_another(code, frozenset(words_of(name)), own, by_first_need())


def found_for_another(code: str, words: frozenset[str], own: frozenset[str],
                      needed: Needs) -> bool:
    """Return whether a query of `needed` for another country finds these words of a name of
    a country but not `own`, the words of the name its page shows."""
    # Only the queries that need a word of the name, or the start of one, can find it.
    candidates = {pair for word in words for end in range(1, len(word) + 1)
                  for pair in needed.get(word[:end], ())}
    return any(finds(query, words) and not finds(query, own)
               for other, query in candidates
               if other != code and not named_alike(code, other))


@functools.cache  # once per language
def names_in_language(tag: str) -> dict[str, tuple[str, ...]]:
    """Return the names CLDR gives each country in a language (ownnames.names_by_country), by
    code, less those by which a search for another country's name there would find it but not
    its own: Chinese's 中国香港特别行政区, Hong Kong, is no answer to 中国."""
    shown = {code: tuple(words_of(name)) for code, name in shown_names(tag).items()
             if code in countries()}  # CLDR's names of regions (Europe, 419) are none
    needed = first_needs({code: words for code, words in shown.items() if words})
    return {code: tuple(name for name in names
                        if not found_for_another(code, frozenset(words_of(name)),
                                                 frozenset(shown.get(code, ())), needed))
            for code, names in names_by_country(tag).items()}


@functools.cache
def by_first_need() -> Needs:
    """Return each country's shown name as a query (see finds()), by what a name must hold for
    the query to find it: its first word whole, or the beginning of a word for a name of one."""
    return first_needs(shown_words())


def first_needs(queries: dict[str, tuple[str, ...]]) -> Needs:
    """Return queries, by country code, by the first word each needs."""
    needs: Needs = {}
    for code, query in queries.items():
        needs.setdefault(query[0], []).append((code, query))
    return needs


def finds(query: tuple[str, ...], words: frozenset[str]) -> bool:
    """Return whether a query finds these words, as search.js does: each of its words whole,
    the last as the beginning of one."""
    *whole, last = query
    return words.issuperset(whole) and any(word.startswith(last) for word in words)


@functools.cache
def shown_words() -> dict[str, tuple[str, ...]]:
    """Return the words of each country's name on the page, by code (for a name of words)."""
    found = {code: tuple(words_of(country.name)) for code, country in countries().items()}
    return {code: words for code, words in found.items() if words}


def named_alike(code: str, other: str) -> bool:
    """Return whether two countries share a name that stands for either (content/countries.py
    AMBIGUOUS): the two Congos, the two Koreas."""
    return any(code in codes and other in codes for codes in AMBIGUOUS.values())
