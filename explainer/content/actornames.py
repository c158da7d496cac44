"""The countries and organisations a text names, by their names in English or in its language.

Runs of capitalised words, longest first ("the United States"), or a word in capitals ("EU");
never a short capitalised word that is also a code ("In", "No"), nor a code for a name ("AI",
"IT" are words).
"""

from __future__ import annotations

import re

from . import organisations, ownnames
from .countries import index
from .names import name_key
from .textnames import WORD

POSSESSIVE = re.compile(r"['\u2019]s?$")  # "China's", "Brussels'"
LONGEST_NAME = 4  # words in a country's or organisation's name: "Bosnia and Herzegovina"


def named(text: str, language: str) -> set[str]:
    """Return the keys of the countries and organisations a text names."""
    return set(names_of(text, language))


def names_of(text: str, language: str) -> dict[str, str]:
    """Return the countries (by code) and organisations (by key) a text names, with the words
    that name each: runs of capitalised words, longest first ("the United States"), or a word
    in capitals ("EU"); never a short capitalised word that is also a code ("In", "No")."""
    words = [POSSESSIVE.sub("", word) for word in WORD.findall(text)]
    found: dict[str, str] = {}
    start = 0
    while start < len(words):
        for size in range(min(LONGEST_NAME, len(words) - start), 0, -1):
            run = words[start:start + size]
            key = resolved(" ".join(run), language) if all(
                word[:1].isupper() for word in (run[0], run[-1])) else None
            if key is not None:
                found.setdefault(key, " ".join(run))
                start += size - 1
                break
        start += 1
    return found


def resolved(name: str, language: str) -> str | None:
    """Return the key of the country (its code) or listed organisation (its English initials)
    a name stands for, in English or in the language; None for another word."""
    if len(name) <= 3 and not name.isupper():
        return None  # "In", "The", "No": words
    # By its names, not its codes: "AI", "IT" and "PM" are words, "US" and "UK" names.
    country = index().get(name_key(name)) or ownnames.resolve_in_language(name, language)
    if country is not None:
        return country.code
    body = organisations.resolve_organisation(name) or \
        organisations.resolve_in_language(name, language) or \
        (organisations.with_initials(name, language) if name.isupper() else None)
    return None if body is None else body.key or body.name


def opening_name(text: str, language: str) -> set[str]:
    """Return the words of the country or organisation that opens a text ("Canada put...",
    "China's tariff"), lowercased, which a sentence's capital alone does not tell from a
    word; none for a name in capitals (see levels.names_in())."""
    words = WORD.findall(text)
    for size in range(min(LONGEST_NAME, len(words)), 0, -1):
        run = " ".join(POSSESSIVE.sub("", word) for word in words[:size])
        if run[:1].isupper() and not run.isupper() and resolved(run, language):
            return {word.lower() for word in run.split()}
    return set()
