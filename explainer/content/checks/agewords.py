"""The words of a person's age and birth, as each language the age check reads writes them.

An age is read only where its words say it is one: "aged 96", "at the age of 25", "died at
96"; "im Alter von 78 Jahren", "mit 78 Jahren"; "à 96 ans", "à l'âge de 96 ans"; "a los 96
años", "con 96 años"; "all'età di 96 anni"; "aos 96 anos". A number joined to its noun ("a
96-year-old bridge", "der 78-Jährige") and a length of time ("a reign of 70 years", "à 70
ans de règne") are none. Around an age, the words that tell whose it is: the pronouns of a
clause's subject, the possessives that open another person's ("her father"), the words that
open a clause, the articles and prepositions before a name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# An age's number: a whole one of up to three digits, not the start of "1,000" or "2.5"; the
# one group of each pattern.
AGE = r"(\d{1,3})(?!\d|[.,]\d)"
# A day or a year the born words point to may follow within so many characters.
BORN_REACH = 25


@dataclass(frozen=True)
class AgeWords:
    """How one language writes an age and a birth, and the words around them."""

    ages: re.Pattern[str]  # an age, its number in each pattern's one group
    born: re.Pattern[str]  # a word that says someone was born: "born", "geboren", "née"
    pronouns: frozenset[str]  # the subject pronouns of a person: "she", "he"
    possessives: frozenset[str]  # those that open another person's name: "her (father)"
    openers: frozenset[str]  # words that open a clause of its own: "when", "and"
    articles: frozenset[str]  # not names, even capitalised: "The (Queen)"
    prepositions: frozenset[str]  # a name after one is a place's: "at Balmoral"
    capitalised_nouns: bool = False  # whether every noun has a capital, not only names


def years_of(age: re.Match[str]) -> int:
    """Return the number of years an age's match gives, of whichever pattern matched."""
    return int(next(group for group in age.groups() if group))


def table(ages: list[str], born: str, words: tuple[str, str, str, str, str],
          capitalised_nouns: bool = False) -> AgeWords:
    """Make a language's table from its patterns and its words (pronouns, possessives,
    openers, articles, prepositions), spaced."""
    return AgeWords(re.compile("|".join(f"(?:{one})" for one in ages).replace(
        "AGE", AGE), re.IGNORECASE), re.compile(rf"\b(?:{born})\b", re.IGNORECASE),
        *(frozenset(spaced.split()) for spaced in words), capitalised_nouns)


# The number of an age of a life's word for years, not of a length of time: "à 70 ans de
# règne", "a los 70 años de reinado".
NOT_OF = r"(?!\s+(?:de|d['’]|di|do|da)\b)"

AGE_WORDS = {
    "en": table([r"\baged\s+AGE\b(?!-)", r"\bat\s+the\s+age\s+of\s+AGE\b",
                 r"\b(?:died|dies|dying|retired|retires|became|becomes|married|marries|"
                 r"abdicated|abdicates)(?:\s+[^\W\d]+){0,3}?\s+at\s+AGE(?=\s*(?:[,;.!?)]|$))"],
                r"born|birth",
                ("she he they", "her his their its",
                 "when while whereas after before as and but since until because",
                 "the a an", "at in on of from to by with for near during")),
    "de": table([r"\bim\s+Alter\s+von\s+AGE(?:\s+Jahren)?\b",
                 r"\bmit\s+AGE\s+Jahren\b"],
                r"geboren|Geburt",
                ("sie er", "ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner",
                 "als während nachdem bevor und aber weil wobei wo wie",
                 "der die das dem den des ein eine einem einen",
                 "im am an auf bei von vom aus zu zum zur nach mit für in"),
                capitalised_nouns=True),
    "fr": table([rf"\bà\s+l['’]âge\s+de\s+AGE\s+ans\b{NOT_OF}", rf"\bà\s+AGE\s+ans\b{NOT_OF}",
                 r"\bâgée?\s+de\s+AGE\s+ans\b"],
                r"naît|naissance|née?",
                ("elle il", "sa son ses leur leurs",
                 "quand lorsque lorsqu alors tandis et mais car où",
                 "le la les l un une", "à au aux de du des d en dans chez par pour avec sur")),
    "es": table([rf"\ba\s+los\s+AGE\s+años\b{NOT_OF}",
                 r"\ba\s+la\s+edad\s+de\s+AGE\s+años\b", rf"\bcon\s+AGE\s+años\b{NOT_OF}"],
                r"nace|naci[oó]|nacimiento|nacid[oa]",
                ("ella él", "su sus", "cuando mientras y pero tras donde porque",
                 "el la los las un una", "a al de del en con por para desde")),
    "it": table([r"\ball['’]età\s+di\s+AGE\s+anni\b", rf"\ba\s+AGE\s+anni\b{NOT_OF}"],
                r"nasce|nacque|nascita|nat[oa]",
                ("lei lui", "sua suo sue suoi", "quando mentre e ma dopo dove perché",
                 "il lo la i gli le l un una", "a al alla di del della in nel con per da")),
    "pt": table([rf"\baos\s+AGE\s+anos\b{NOT_OF}", rf"\bcom\s+AGE\s+anos\b{NOT_OF}",
                 r"\bcom\s+a\s+idade\s+de\s+AGE\s+anos\b"],
                r"nasce|nasceu|nascimento|nascid[oa]",
                ("ela ele", "sua seu suas seus", "quando enquanto e mas depois onde porque",
                 "o a os as um uma", "ao à de do da em no na com por para desde")),
}


@functools.cache
def age_words(language: str) -> AgeWords | None:
    """Return the age words of an explainer's language ("pt-BR" is Portuguese's), or None
    for a language the check does not read."""
    return AGE_WORDS.get(language.split("-")[0].lower())
