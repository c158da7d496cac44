"""An age told of a pronoun at the head of its sentence, "He was 35.", is the person's when the
sentence before (or, for an answer, its question) names them and no one else: "Messi lifted
the trophy on 18 December 2022. He was 36." Its day is one its own sentence gives, or else
the one the sentence before gives. It ends its clause, or a day follows it ("He was 36 on 18
December 2022"): "He was 36 when he first played" is an age at another time, and "She was 36
points behind" no age."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..texts.days import stated_dates
from ..texts.sentences import sentence_start
from .agewords import AGE, WORD, AgeWords

# Each language's pronoun and verb of an age, the pronoun left out where the verb says it.
PRONOUN_AGES = {
    "en": r"(?:he|she)\s+was\s+(?:then\s+|only\s+|just\s+)?AGE(?:\s+years\s+old)?",
    "fr": r"(?:il|elle)\s+avait\s+(?:alors\s+)?AGE\s+ans",
    "de": r"(?:er|sie)\s+war\s+(?:damals\s+)?AGE(?:\s+Jahre\s+alt)?",
    "es": r"(?:(?:él|ella)\s+)?tenía\s+(?:entonces\s+)?AGE\s+años",
    "it": r"(?:(?:lui|lei)\s+)?aveva\s+(?:allora\s+)?AGE\s+anni",
    "pt": r"(?:(?:ele|ela)\s+)?tinha\s+(?:então\s+)?AGE\s+anos",
}
# The words that join two of a kind, as "and" joins two names ("Messi and Mbappé scored"): a
# capitalised word joined so to a name of the person names a second one, even first in its
# sentence or alone as a German noun stands.
JOINED_BY = {"en": "and or nor", "de": "und oder sowie", "fr": "et ou ni",
             "es": "y e o u ni", "it": "e ed o od né", "pt": "e ou nem"}


# The word before a day, as each language writes it after an age: "He was 36 on 18 December
# 2022", "Er war 35 am 18. Dezember 2022", "Il avait 35 ans le 18 décembre 2022".
ON_DAY = {"en": "on", "de": "am", "fr": "le", "es": "el", "it": "il", "pt": "em"}
ENDS_CLAUSE = re.compile(r"\s*(?:[,;.!?]|$)")


@functools.cache
def pronoun_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of an age told of a pronoun that ends its clause, or that the word
    before a day follows (see dated()), in a language; None for one it is not read in."""
    code = language.split("-")[0].lower()
    told = PRONOUN_AGES.get(code)
    return None if told is None else re.compile(
        rf"\b(?:{told.replace('AGE', AGE)})(?=\s*(?:[,;.!?]|$)|\s+{ON_DAY[code]}\s)",
        re.IGNORECASE)


def dated(plain: str, end: int, language: str) -> bool:
    """Tell whether the age that ends at end ends its clause, or has a day right after it,
    its word before a day and all ("He was 36 on 18 December 2022"): an age on that day, not
    "He was 36 on his debut"."""
    if ENDS_CLAUSE.match(plain, end):
        return True
    word = re.compile(rf"\s+{ON_DAY[language.split('-')[0].lower()]}\s+", re.IGNORECASE)
    gap = word.match(plain, end)
    return gap is not None and any(one.start == 0 for one in stated_dates(
        plain[gap.end():gap.end() + 40], language))


def pronoun_ages(plain: str, lead: str, language: str, names: frozenset[str],
                 words: AgeWords, months: set[str]
                 ) -> Iterator[tuple[re.Match[str], int | None]]:
    """Yield each age told of a pronoun for the person, with where the sentence before it
    starts (None where that is the lead, an answer's question)."""
    pattern = pronoun_pattern(language)
    for age in pattern.finditer(plain) if pattern else ():
        start = sentence_start(plain, age.start())
        if plain[start:age.start()].strip(" *_\t\n") or not dated(plain, age.end(), language):
            continue  # not at its sentence's head; "He was 36 on his debut"
        kept = len(plain[:start].rstrip(" *_\t\n")) - 1  # where the sentence before ends
        before = sentence_start(plain, kept) if kept >= 0 else None
        prior = lead if before is None else plain[before:start]
        if "\n\n" not in plain[before or 0:age.start()] \
                and names_only(prior, names, words, months, language):
            yield age, before


def names_only(sentence: str, names: frozenset[str], words: AgeWords,
               months: set[str], language: str) -> bool:
    """Tell whether a sentence names the person (a word of their names) and no one else: its
    other capitalised words are its first, a month, a word that names no one ("The", "On"),
    or a place after a preposition ("in Lusail"), or a noun alone where every noun has a
    capital ("den Pokal"); none joined to a name of theirs by "and" ("Mbappé und Messi")."""
    plain = words.articles | words.prepositions | words.openers | words.pronouns | months
    found = WORD.findall(sentence)
    tokens = [token.lower() for token in found]
    capitals = [token[0].isupper() for token in found]
    named = False
    for index, (low, capital) in enumerate(zip(tokens, capitals, strict=True)):
        if low in names:
            named = True
        elif capital and low not in plain and joined(index, tokens, names, language):
            return False  # "Messi und Mbappé trafen": two people
        elif capital and index and low not in plain \
                and tokens[index - 1] not in words.prepositions \
                and not (words.capitalised_nouns and alone(index, tokens, capitals, words)):
            return False
    return named


def joined(index: int, tokens: list[str], names: frozenset[str], language: str) -> bool:
    """Tell whether the word at index is joined by "and" (see JOINED_BY) to a word of the
    person's names, either side of it."""
    joins = JOINED_BY.get(language.split("-")[0].lower(), "").split()
    return any(0 <= at < len(tokens) and 0 <= at + step < len(tokens) and tokens[at] in joins
               and tokens[at + step] in names
               for at, step in ((index - 1, -1), (index + 1, 1)))


def alone(index: int, tokens: list[str], capitals: list[bool], words: AgeWords) -> bool:
    """Tell whether a capitalised word stands with no capitalised neighbour (but an article):
    a noun, in a language that writes every noun so ("den Pokal"), not a name of two words."""
    return not any(0 <= other < len(tokens) and capitals[other]
                   and tokens[other] not in words.articles for other in (index - 1, index + 1))


@functools.cache
def told_ages(words: AgeWords, language: str) -> re.Pattern[str]:
    """Return a pattern that finds, quickly, whether a text may give an age beside a name or
    told of a pronoun, beyond those its words of an age say."""
    kinds = [one.pattern for one in (words.apposed, pronoun_pattern(language)) if one]
    return re.compile("|".join(f"(?:{one})" for one in kinds) or r"(?!)", re.IGNORECASE)
