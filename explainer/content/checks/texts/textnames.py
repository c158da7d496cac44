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
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ...naming.names import name_key
from ..votes.scorewords import calendar_words

if TYPE_CHECKING:
    from ..counting import Counting

# A word of any alphabet, with its apostrophes and hyphens: "Port-au-Prince", "Kenya's".
WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# An elided article before a name: "l'Allemagne", "dell'Italia", "d'Haïti" (not "Kenya's").
ELIDED = re.compile(r"^[a-zà-ÿ]{1,5}['\u2019](?=[A-ZÀ-ÖØ-Þ])")
# A capitalised name and the number that follows it: "Phase 3", "FTSE 100", "Group 4".
NUMBERED = re.compile(r"(?<![\w'\u2019-])([A-ZÀ-ÖØ-ÞŒ][\w'\u2019&-]*)[ \u00a0](\d{1,3})"
                      r"(?![\d.,]?\w)")
# The short words that join the words of a name in the languages read ("Bank of England",
# "Banque de France", "Consiliul Suprem de Apărare a Țării"): its initials may skip them.
NAME_JOINERS = frozenset({"of", "de", "du", "des", "del", "da", "do", "das", "dos", "di",
                          "della", "a", "al", "der", "für", "van", "voor", "för", "og"})
KIN = 3  # the first letters a name shares with a word made from it: "Kenya", "kenioti"


def capitalised(text: str, first: bool = False) -> list[str]:
    """Return the capitalised words of a text as written, an elided article left out: those
    after its first word, which a sentence capitalises whatever it is, or, with first, all."""
    words = WORD.findall(text)[0 if first else 1:]
    return [word for word in (ELIDED.sub("", word) for word in words) if word[:1].isupper()]


def lone_capitals(text: str, stop_words: frozenset[str]) -> list[str]:
    """Return the capitalised words of a text, its first too, lowercased; but a word of
    nationality (see naming/demonyms.py) beside another capitalised word, not one that says
    nothing (stop_words, "The"), which is part of a region's or a place's name: "Latin
    American", "Northern Irish", "French Guiana", "Philippine Sea"."""
    from ...naming.demonyms import nationality_of

    words = [(match, ELIDED.sub("", match[0])) for match in WORD.finditer(text)]
    capital = [word[:1].isupper() and word.lower() not in stop_words for _, word in words]

    def beside(at: int) -> bool:
        return any(0 <= other < len(words) and capital[other] and
                   not text[words[min(at, other)][0].end():words[max(at, other)][0].start()]
                   .strip(" \u00a0") for other in (at - 1, at + 1))

    return [word.lower() for at, (_, word) in enumerate(words) if word[:1].isupper()
            and not (nationality_of(word) is not None and beside(at))]


def kin(names: Iterable[str], text: str, language: str = "en") -> bool:
    """Tell whether a text has one of the names, or a word made from one (see the module's
    docstring), an elided article before it left out ("d'Italia"); a name may be of several
    words ("United States"), any of which will do; in English, a word of nationality not made
    from the name is one too ("the Americans", see nationals()). A word of another country's
    name is not made from one ("Chinese" of "Chinese Taipei", Taiwan, is not China's;
    "Nigeria" is not "Niger")."""
    words = [name_key(ELIDED.sub("", word)).split() for word in WORD.findall(text)]
    for name in names:
        ours = name_key(name).split()
        theirs = {piece for at, word in enumerate(words) if at not in apart(text, language, ours)
                  for piece in word}
        if len(ours) == 1 and len(ours[0]) <= KIN:
            if ours[0] in theirs:
                return True  # "Xi", "Rio": only as it is
        elif any(word[:KIN] == mine[:KIN] for mine in ours if len(mine) > KIN
                 for word in theirs if len(word) > KIN):
            return True
    return any(nationals(name, text, language) for name in names)


def nationals(name: str, text: str, language: str) -> bool:
    """Tell whether a text names by a word of nationality the country a name is of, or names
    the country whose word of nationality the name is ("the Americans", "the United States";
    see naming/demonyms.py): in English, where a capital tells the word from another."""
    from ...naming.countries import resolve_country
    from ...naming.demonyms import nationality_of
    from ..amounts.actornames import names_of

    if language.split("-")[0] != "en":
        return False
    if (code := nationality_of(name)) is not None:
        return code in names_of(text, language)
    from ..counting import counting_for

    country = resolve_country(name) if name.strip() else None
    said = counting_for(language)
    return country is not None and any(
        nationality_of(word) == country.code for word in
        lone_capitals(text, said.stop_words if said else frozenset()))


def nationals_named(words: Iterable[str], label: str, counting: Counting) -> list[str]:
    """Return the names of the countries of a label whose word of nationality is one of the
    words, lowercased ("medals won by the United States" beside "americans"), in English."""
    from ...naming.demonyms import nationality_of
    from ..amounts.actornames import names_of

    if counting.language.split("-")[0] != "en":
        return []
    codes = {nationality_of(word) for word in words}
    return [name for code, name in names_of(label, counting.language).items() if code in codes]


def apart(text: str, language: str, ours: list[str]) -> set[int]:
    """Return the places of the words of a text that name a country or an organisation by a
    name that has none of a name's words: they stand for that one, not for the name."""
    from ..amounts.actornames import (  # which read a text's words as WORD has them
        POSSESSIVE,
        name_runs,
    )

    words = [name_key(POSSESSIVE.sub("", word)) for word in WORD.findall(text)]
    return {at for start, end, _ in name_runs(text, language)
            if not any(piece in ours for word in words[start:end] for piece in word.split())
            for at in range(start, end)}


def numbered_apart(sentence: str, label: str, counting: Counting) -> bool:
    """Tell whether a sentence gives a name that a label numbers ("Phase 3", "Group 4") with
    other numbers alone: it speaks of another of them ("the Phase 2 trial")."""
    theirs, ours = numbered(label, counting), numbered(sentence, counting)
    return any(name in ours and not ours[name] & numbers for name, numbers in theirs.items())


def numbered(text: str, counting: Counting) -> dict[str, set[str]]:
    """Return the names of a text that a number follows ("Phase 3"; not a year, nor "On 3" of
    a date), each with its numbers."""
    found: dict[str, set[str]] = {}
    for name, number in NUMBERED.findall(text):
        if name.lower() not in counting.stop_words:
            found.setdefault(name.lower(), set()).add(number)
    return found


def names_said(said: str, content_words: Callable[[str], set[str]], language: str) -> set[str]:
    """Return the words of a sentence's names, as other_named() reads them: its capitalised
    words after its first, but the language's names of months and days of the week, and the
    initials of each run of them ("svb" of "Silicon Valley Bank"), and of one that opens the
    sentence without its first word, which any word would begin with a capital ("ftc" of "The
    Federal Trade Commission sued")."""
    said = calendar_words(language).sub(" ", said)
    found = capitalised(said)
    runs = [run.split() for run in re.findall(
        r"(?:[A-Z][\w'\u2019-]*\s+){1,5}[A-Z][\w'\u2019-]*", said)]
    if runs and said.lstrip().startswith(runs[0][0]) and len(runs[0]) > 2:
        runs.append(runs[0][1:])
    runs += name_runs(said)  # with the words that join them, and capitals with marks
    initials = {form for run in runs for form in initials_of(run)}
    return content_words(" ".join(found)) | initials | content_words(" ".join(initials))


def name_runs(said: str) -> list[list[str]]:
    """Return the runs of capitalised words of a sentence, two at least, parted by spaces
    alone or by one of the short words that join a name's words ("Bank of England",
    "Consiliul Suprem de Apărare a Țării")."""
    runs: list[list[str]] = []
    run: list[str] = []
    end = 0
    for word in WORD.finditer(said):
        text, gap, end = word[0], said[end:word.start()], word.end()
        joins = text.lower() in NAME_JOINERS and bool(run) and run[-1][0].isupper()
        if run and (gap.strip() or not text[0].isupper() and not joins):
            runs.append(run)
            run = []
        if text[0].isupper() or run:
            run.append(text)
    runs.append(run)
    while any(run and not run[-1][0].isupper() for run in runs):
        runs = [run[:-1] if run and not run[-1][0].isupper() else run for run in runs]
    return [run for run in runs if sum(word[0].isupper() for word in run) >= 2]


def initials_of(run: list[str]) -> set[str]:
    """Return the initials of a run of a name's words, of its capitalised words alone and
    without the marks of their letters ("csat" of "Consiliul Suprem de Apărare a Țării")."""
    return {unmarked("".join(word[0] for word in run if word[0].isupper())).lower()}


def unmarked(text: str) -> str:
    """Return a text without the marks on its letters ("T" of "Ț")."""
    return "".join(char for char in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(char))


def surname_of(sentence: str, name: str, given: set[str]) -> bool:
    """Tell whether a name of a sentence follows one of some names (given, lowercased), as a
    family name follows the name a label calls a person by: "Subianto" of "Prabowo Subianto"
    beside "Prabowo–Gibran"."""
    return any(before[1].lower() in given for before in re.finditer(
        rf"(\w+)\s+{re.escape(name)}(?!\w)", sentence, re.IGNORECASE))
