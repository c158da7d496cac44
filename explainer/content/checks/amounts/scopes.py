"""Whose an amount is: the whole world's ("5,000 flights worldwide were cancelled"), or one a
clause describes ("Queen Victoria, who had reigned for 63 years").

An amount its clause, or the words that open its sentence before a comma ("Globally, ..."),
says is the world's ("worldwide", "around the world", "weltweit", "dans
le monde entier") counts more than one of the world's parts: it is no level of a figure whose
label names whose it is ("Delta flights cancelled") when the sentence does not name that one,
and the label says nothing of the world. "Delta cancelled 5,000 flights worldwide", which
names it, is still held against the label, as is any amount against a label of the world
("flights cancelled worldwide") or of no one ("flights cancelled").

Who spends an amount is the subject of the verb of spending ("Paris will spend €2bn on a fund
of its own"); a label names its payer after "by" ("spent on the fund by Brussels"). An amount
one payer spends is no level of a figure another spends; "Brussels will spend €2bn on the
fund" is still held against Brussels' figure, as is an amount whose payer is left unsaid.

So with any verb a label names its doer by: "seats won by Labour" is no level of the amount
that another name is the subject of that verb for ("Reform won 5 seats", "the Liberal
Democrats have won 72 seats"); "Labour won 411 seats", and "the party won 411 seats", which
names no other, are held against it. What a doer the sentence names won ("Labour won 411
seats", "זכה הליכוד ב-32 מושבים") is its part of a whole: no level of a figure whose label
names neither that doer nor the verb ("seats in the Commons").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..counting import Counting
from ..texts.sentences import clause_at, sentence_at, sentence_start
from ..texts.textnames import nationals
from .actornames import POSSESSIVE
from .levels import label_names

if TYPE_CHECKING:
    from .levels import Related

# The words that make an amount the whole world's, in each language.
WORLD = {
    "en": r"world-?wide|globally|(?:around|across|throughout|all over) the (?:world|globe)"
          r"|the world over",
    "fr": r"dans le monde(?: entier)?|à l'échelle (?:mondiale|de la planète)|mondialement",
    "es": r"en todo el mundo|a nivel mundial|en el mundo entero|mundialmente",
    "de": r"weltweit|auf der ganzen Welt",
    "it": r"nel mondo|in tutto il mondo|a livello mondiale",
    "pt": r"no mundo(?: inteiro)?|em todo o mundo|mundialmente",
}
SCOPE = {language: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
         for language, words in WORLD.items()}


# By language: the verbs of spending, paying or giving money, and the words that may stand
# between the payer and them ("will", "plans to").
SPENT = {"en": (r"spen(?:d|ds|t|ding)|pa(?:y|ys|id|ying)|invest(?:s|ed|ing)?|"
                r"contribut(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)",
                r"(?:(?:will|would|has|have|had|is|are|was|were|to|plans?|planned|also|"
                r"already|agreed|be|been)\s+)*")}
# A name: a run of capitalised words, "the" before it.
PAYER = r"(?:the\s+)?(?P<payer>(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*)*)"


def whose_apart(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether the amount at span is another's than the figure's: the world's beside a
    label that names whose it is, or one payer's or doer's beside a label another's."""
    return world_apart(text, span, label, counting) or payer_apart(text, span, label, counting) \
        or doer_apart(text, span, label, counting) or winner_part(text, span, label, counting)


def doer_apart(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether the amount at span is done by the subject of its clause's verb ("Reform
    won 5 seats") and the figure's label names another doer of that verb after "by" ("seats
    won by Labour"); the country's people are no other doer ("The Americans won")."""
    spent = SPENT.get(counting.language.split("-")[0])
    named = re.search(rf"(?P<verb>\w+)\s+by\s+{PAYER}", label) if spent else None
    if named is None or spent is None:
        return False
    said = re.search(rf"(?<![\w'\u2019-]){PAYER}\s+{spent[1]}(?P<verb>\w+)\b[^.,;:!?]*\Z",
                     text[max(sentence_start(text, span[0]), span[0] - 200):span[0]])
    if said is None or counting.stem(said["verb"].lower()) != counting.stem(
            named["verb"].lower()):
        return False
    if nationals(said["payer"], named["payer"], counting.language):
        return False  # "The Americans won" what the United States won
    doer, other = (counting.content_words(POSSESSIVE.sub("", found["payer"]))
                   for found in (said, named))
    return bool(doer) and bool(other) and not (doer <= other or other <= doer)


# By language, a doer named right before the amount with the verb of winning it, the doer
# before the verb ("Labour won 411", "הליכוד זכה ב-32") or, where the language may, after it,
# with its leader ("זכה הליכוד ב-32", "זכה הליכוד בראשות בנימין נתניהו ב-32").
HEBREW_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea\"'\u05f3\u05f4-]*"
WON = {"en": re.compile(rf"(?<![\w'\u2019-]){PAYER}\s+{SPENT['en'][1]}(?P<verb>won|wins?|took|"
                        r"takes?|gained|gains?|secured|secures?|captured|captures?)\s+(?:(?:"
                        r"about|around|nearly|almost|only|just|some|more\s+than|over)\s+)?\Z"),
       "he": re.compile(rf"(?:(?P<payer>{HEBREW_WORD})\s+)?(?P<verb>זכ(?:ה|תה|ו)|קיבל(?:ה|ו)?)"
                        rf"(?:\s+(?P<after>{HEBREW_WORD})(?:\s+בראשות(?:\s+{HEBREW_WORD}){{1,3}})?)?"
                        r"\s+ב[-\u05be]?\s*\Z")}


def winner_part(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether the amount at span is what a doer its sentence names won ("Labour won 411
    seats") and the figure's label names neither that doer nor that verb ("seats in the
    Commons"): the doer's part of the label's whole, not its number."""
    pattern = WON.get(counting.language.split("-")[0])
    said = pattern.search(text, max(sentence_start(text, span[0]), span[0] - 200), span[0]) \
        if pattern else None
    doer = said and (said.groupdict().get("after") or said["payer"])
    if not doer:
        return False
    named = counting.content_words(POSSESSIVE.sub("", doer))
    return bool(named) and not (named | {counting.stem(said["verb"].lower())}) & \
        counting.content_words(label)


def payer_apart(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether the amount at span is spent by the subject of its clause's verb of spending
    ("Paris will spend €2bn") and the figure's label names another payer after "by" ("spent on
    the fund by Brussels")."""
    spent = SPENT.get(counting.language.split("-")[0])
    if spent is None:
        return False
    named = re.search(rf"\b(?:{spent[0]})\b[^,;.]*?\bby\s+{PAYER}", label, re.IGNORECASE)
    said = re.search(rf"(?<![\w'\u2019-]){PAYER}\s+{spent[1]}(?:{spent[0]})\b[^.,;:!?]*\Z",
                     text[max(sentence_start(text, span[0]), span[0] - 200):span[0]],
                     re.IGNORECASE)
    if named is None or said is None:
        return False
    payer, payee = (counting.content_words(POSSESSIVE.sub("", found["payer"]))
                    for found in (said, named))
    return bool(payer) and bool(payee) and not (payer <= payee or payee <= payer)


def world_apart(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether the amount at span is the world's, as its clause says, and the figure's
    label names whose its figure is, a name its sentence does not give, and not the world."""
    scope = SCOPE.get(counting.language.split("-")[0])
    sentence = sentence_at(text, span[0])
    opener = sentence.split(",")[0] if "," in sentence else ""  # "Globally, ..."
    if scope is None or scope.search(label) or not (
            scope.search(clause_at(text, span[0])) or scope.search(opener)):
        return False
    named = label_names(label)
    said = {word.lower() for word in re.findall(r"\w+", sentence)}
    return bool(named) and not named <= said


# By language, a name and the relative pronoun that opens a clause about it, up to the amount:
# "Queen Victoria, who had reigned for 63 years".
DESCRIBED = {"en": re.compile(r"(?P<name>(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*)*)"
                              r",\s+(?:who|whose)\s[^,;:()]*\Z")}


def not_described(related: list[Related], text: str, offset: int, about: frozenset[str],
                  counting: Counting) -> list[Related]:
    """Return the related figures but where the amount at offset is in a clause that describes
    a name ("Queen Victoria, who had reigned for 63 years") by a word that neither the figure's
    label nor the story's title (`about`, its words) gives: the amount is that one's."""
    pattern = DESCRIBED.get(counting.language.split("-")[0])
    found = pattern.search(text, max(0, offset - 120), offset) if pattern else None
    if found is None:
        return related
    name = counting.content_words(found["name"].split()[-1])  # "Victoria" of "Queen Victoria"
    return [r for r in related if name & (counting.content_words(r[1].label) | about)]
