"""The countries and organisations a text names, by their names in English or in its language.

Runs of words that open with a capital, longest first ("the United States", "l'Arabie
saoudite"), or a word in capitals ("EU");
never a short capitalised word that is also a code ("In", "No"), nor a code for a name ("AI",
"IT" are words).
"""

from __future__ import annotations

import functools
import re

from ...naming import organisations, ownnames
from ...naming.countries import country_pointed_to, index
from ...naming.names import name_key
from ...naming.subdivisions import names_flagged_part
from ..texts.textnames import WORD

# Two words that open a text, joined by a space: "Reform UK", "Sinn Féin".
OPENING_PAIR = re.compile(r"\s*([^\W\d_][\w'\u2019.-]*)[ \u00a0]+([^\W\d_])")

POSSESSIVE = re.compile(r"['\u2019]s?$")  # "China's", "Brussels'"
LONGEST_NAME = 4  # words in a country's or organisation's name: "Bosnia and Herzegovina"


def named(text: str, language: str) -> set[str]:
    """Return the keys of the countries and organisations a text names."""
    return set(names_of(text, language))


def names_of(text: str, language: str) -> dict[str, str]:
    """Return the countries (by code) and organisations (by key) a text names, with the words
    that name each: runs of words that open with a capital, longest first ("the United
    States", "l'Arabie saoudite", "le Taipei chinois"), or a word in capitals ("EU"); never a
    short capitalised word that is also a code ("In", "No")."""
    words = [POSSESSIVE.sub("", word) for word in WORD.findall(text)]
    found: dict[str, str] = {}
    for start, end, key in name_runs(text, language):
        found.setdefault(key, " ".join(words[start:end]))
    return found


@functools.lru_cache(maxsize=1 << 12)  # the checks ask of one sentence again and again
def name_runs(text: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """Return where each name in a text starts and ends, by its words (textnames.WORD), with
    the key of the country or organisation it names (see names_of())."""
    words = [POSSESSIVE.sub("", word) for word in WORD.findall(text)]
    runs = []
    start = 0
    while start < len(words):
        for size in range(min(LONGEST_NAME, len(words) - start), 0, -1):
            run = words[start:start + size]
            key = resolved(" ".join(run), language) if opens_name(run) else None
            if key is not None:
                runs.append((start, start + size, key))
                start += size - 1
                break
        start += 1
    return tuple(runs)


def opens_name(run: list[str]) -> bool:
    """Tell whether a run of words may be a name: it opens with a capital, and ends with one
    or with a word of the name ("l'Arabie saoudite"), not one any name may leave out ("China
    and", "Kenya the")."""
    return run[0][:1].isupper() and (run[-1][:1].isupper() or len(run) > 1 and name_key(
        " ".join(run)) != name_key(" ".join(run[:-1])))


def resolved(name: str, language: str) -> str | None:
    """Return the key of the country (its code) or listed organisation (its English initials)
    a name stands for, in English or in the language; None for another word."""
    if len(name) <= 3 and not name.isupper():
        return None  # "In", "The", "No": words
    # By its names, not its codes: "AI", "IT" and "PM" are words, "US" and "UK" names.
    country = index().get(name_key(name)) or ownnames.resolve_in_language(name, language) \
        or country_pointed_to(name, language)  # "Chinese Taipei" in copy names Taiwan
    if country is not None:
        return country.code
    body = organisations.resolve_organisation(name) or \
        organisations.resolve_in_language(name, language) or \
        (organisations.with_initials(name, language) if name.isupper() else None)
    return None if body is None else body.key or body.name


def opening_name(text: str, language: str) -> set[str]:
    """Return the words of the country or organisation that opens a text ("Canada put...",
    "China's tariff"), or of a part of a country that plays as one, with a flag of its own
    ("England won..."), lowercased, which a sentence's capital alone does not tell from a
    word; none for a name in capitals (see levels.names_in())."""
    words = WORD.findall(text)
    for size in range(min(LONGEST_NAME, len(words)), 0, -1):
        run = " ".join(POSSESSIVE.sub("", word) for word in words[:size])
        if run[:1].isupper() and not run.isupper() and (
                resolved(run, language) or names_flagged_part(run, language)):
            return {word.lower() for word in run.split()}
    return set()


def opening(text: str, names: set[str]) -> set[str]:
    """Return the word that opens a text, lowercased, if it is one of these names, which its
    sentence's capital alone does not tell from a word; "Florida's" is "Florida"."""
    first = next(iter(WORD.findall(text[:80])), "")
    bare = {POSSESSIVE.sub("", name) for name in names}
    word = POSSESSIVE.sub("", first).lower()
    return {word} if first[:1].isupper() and word in bare else set()


def opening_pair(text: str, stop_words: frozenset[str]) -> set[str]:
    """Return the word that opens a text, lowercased, where a capitalised word follows it: a
    name of several words opens the text ("Reform UK won 14.3%", "Sinn Féin took 7 seats"),
    whose first word its sentence's capital alone does not tell from a word; not a word that
    says nothing ("The United Nations", "In March")."""
    pair = OPENING_PAIR.match(text)
    if pair is None or not pair[1][0].isupper() or not pair[2].isupper() \
            or pair[1].lower() in stop_words:
        return set()
    return {POSSESSIVE.sub("", pair[1]).lower()}
