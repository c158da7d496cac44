"""Numbers the text gives with what they count: an amount, a number followed by the plural
noun it counts ("About 1,000 Kenyan police officers"), or a part of a whole counted right after
it ("76 of the 150 seats"); not a change ("up 200"), nor a margin ("9 votes short"), nor a
term of a proportion ("2 in 5 refugees"). What a noun looks like is the explainer's language's
(see counting/).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..amounts.actornames import POSSESSIVE
from ..amounts.fates import fates_of
from ..amounts.levels import ADDED
from ..amounts.nextlevels import TO_LEVEL
from ..counting import GROUPED, Counting
from ..counting import YEAR as YEAR_DIGITS
from ..counting.signs import a_fall, sign_at
from .additions import added_to
from .days import month_names
from .ideographs import HAN, HANGUL, KATAKANA

DIGIT = re.compile(r"\d")  # what opens a name's number: the "11" of "Windows 11 devices"
YEAR = re.compile(YEAR_DIGITS)  # matched whole: "2012", not the "2012" of "20125"
# A counter or a unit joined to the number before it, as Chinese, Japanese and Korean write
# them ("1953克", "1953グラム", "1953명"): such a number is no year, which they write with
# its own unit ("1953年", "1953년").
JOINED = re.compile(rf"[{HAN}{KATAKANA}{HANGUL}]")
# What makes the number after it part of a name, not a count: a word that says which of a
# scale or a class it is, capitalised or not ("category 4 hurricanes", "level 3 alerts",
# "catégorie 4", "Kategorie 4"), a capitalised word or one in capitals ("Flight 1282", "Section
# 230", "Fortune 500", "MAX 9") or with a capital within ("macOS 14", "iPhone 16"), a sign for
# "number" ("No. 3", "Nr. 3", "n° 3", "nº 3"), a letter and a hyphen ("COVID-19", "F-16",
# "S-400", "I-95", "5-foot-10") or a number and a slash ("9/11", "24/7").
RANKS = (r"categor(?:y|ies|ía|ia)|cat|catégorie|kategorie|level|niveau|nivel|livello|nível|"
         r"phase|fase|stage|stade|stufe|grade|grado|grau|tier|class|classe|clase|type|tipo")
# Words that say which one of a series a thing is, in lowercase too: "channel file 291",
# "sensor version 7.11", "le fichier 291". Some are verbs too: after a word that makes one a
# verb ("to file 12 charges", "will file"; VERB_BEFORE), a count follows.
SERIES = (r"versions?|versión|versione|versão|file|fichier|archivo|arquivo|ficheiro|datei|"
          r"channel|kanal|chapter|chapitre|capítulo|capitolo|kapitel|episode|épisode|"
          r"episodio|episódio")
VERB_BEFORE = re.compile(r"(?i:\b(?:to|will|would|can|could|may|might|must|shall|should|did|"
                         r"does|do|not|[a-z]+n't)|'ll)[ \u00a0]+\Z")
NAMED_BY = re.compile(rf"(?:(?<![\w'\u2019.-])(?i:{RANKS})"
                      rf"|(?<![\w'\u2019.-])(?P<series>(?i:{SERIES}))"
                      r"|(?<![\w'\u2019.-])(?P<name>[A-ZÀ-ÖØ-ÞŒ][\w'\u2019&]*"
                      r"|[a-zß-öø-ÿ]+[A-ZÀ-ÖØ-ÞŒ][\w'\u2019&]*)"
                      r"|(?<!\w)(?:[Nn][or]s?\.|[Nn][°º]|[Nn]\.º|[Nn]úm\.)"
                      r")[ \u00a0]\Z|[^\W\d_]-\Z|\d/\Z")
# One to three words, a name's numbers among them but not counted as words: the "Boeing 737"
# and "MAX 9" of "171 Boeing 737 MAX 9 jets", which counts jets.
NAMED_WORDS = re.compile(r"(?:\s+(?:[A-ZÀ-ÖØ-ÞŒ][\w'\u2019&-]*(?:[ \u00a0]\d[\w.-]*)+"
                         r"|[^\W\d_][\w'\u2019-]*)){1,3}")
# A number that a slash joins to the next: "24/7", the "9" of "9/11".
SLASHED = re.compile(r"[\d.,]*/\d")
# The plural of initials: "GPUs", "MPs", "CEOs"; not "US", which is initials alone.
INITIALS = re.compile(r"[A-ZÀ-ÖØ-ÞŒ]{2,}s")
# A possessive, a name's ("Noah Lyles's winning time"), whatever its last letter: no plural.
OWNER = re.compile(r"['\u2019]s$")
CLAUSE_END = ",;:."  # what ends a word at the end of a clause: "cases,"
# A number and a unit of time joined as one word before a noun, in the languages that write
# them so: "a 20-year sentence", "a 3-day trial"; not an age or a length ("a 54-year-old", "a
# 20-year-long war").
COMPOUNDS = {"en": re.compile(r"(?<![\w$€£¥.,-])(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)-"
                              r"(?P<unit>year|month|week|day|hour|minute)(?![\w-])"
                              r"(?=\s+[^\W\d_])", re.IGNORECASE)}


@dataclass(frozen=True)
class Amount:
    """A number with its unit, as written."""

    value: float
    unit: str
    written: str


def added_from(text: str, start: int, words: int, counting: Counting) -> int | None:
    """Return where the words that may name what the number at start counts begin (words,
    or after the words that say so: "more" of "200 more officers"), when the number is added
    to a level ("another 200 officers", "200 policías más"); None when it is a level."""
    if counting.added is not None and counting.added.search(text, max(start - 40, 0), start):
        return words
    after = counting.added_after.match(text, words) if counting.added_after else None
    return None if after is None else after.end()


def plural_noun(words: list[str], counting: Counting) -> str | None:
    """Return the first plural-looking noun of a run of words, stopping at a function word
    or at the end of a clause: a label's "severe cases, all in the placebo group" counts
    cases, "Katie Ledecky's Olympic gold medals" medals (a possessive is none), as
    "Polizisten, die entsendet werden sollen" counts Polizisten; not a name that looks plural
    before the noun it names ("Windows 11 devices", "United States officials")."""
    for index, word in enumerate(words):
        bare = word.rstrip(CLAUSE_END)
        if counting.acronym.fullmatch(bare) or OWNER.search(bare):
            continue  # a name in capitals, 'WHO', 'US'; a name's "Lyles's": whose, not what
        lowered = bare.lower()
        if lowered in counting.stop_words:
            return None
        noun = not counting.capitalised_nouns or bare[:1].isupper()  # not "kenianische"
        if noun and is_plural(bare, counting) and not names_next(bare, words[index + 1:],
                                                                  counting):
            return lowered
        if bare != word:
            return None  # the clause ends before a noun: "30 new, all in the south"
    return None


def names_next(word: str, rest: list[str], counting: Counting) -> bool:
    """Tell whether a capitalised word, with the name's numbers after it, names the plural
    noun that follows: "Windows" of "Windows 11 devices", "States" of "United States
    officials"; only in a language whose names come before their noun (not Swahili's "Maafisa
    wengine 300", French "Policiers kényans"), nor at the end of a clause."""
    if not counting.names_first or not word[:1].isupper() or word != word.rstrip(CLAUSE_END):
        return False
    after = next((each for each in rest if not DIGIT.match(each)), "")
    bare = after.rstrip(CLAUSE_END)
    return (bare[:1].islower() or INITIALS.fullmatch(bare) is not None) \
        and bare.lower() not in counting.stop_words and is_plural(bare, counting)


def is_plural(word: str, counting: Counting) -> bool:
    """Tell whether a word, as written, looks like a plural noun in the language, the plural
    of initials among them ("GPUs", "MPs"), which a lowercase word's rules would not see."""
    return counting.plural(word.lower()) or INITIALS.fullmatch(word) is not None


def counted(text: str, counting: Counting) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for every number followed by the plural noun it counts; the
    unit of one added to a level ("another 200 officers", "200 more officers") says so."""
    terms: set[int] | None = None  # found when a count needs them: most texts have none
    for match in counting.count.finditer(text):
        number = match["number"]
        if YEAR.fullmatch(number) and not JOINED.match(text, match.end("number")) \
                or counting.value(match) in (0, 1):
            continue  # a year, or a number too small to need a plural ("1", not "1 million",
            # nor "001", "one" written in figures)
        listed = added_to(text, match.start(), match.end("number"), counting.language)
        if is_change(text, match.start(), counting) and not listed \
                and whole_counted(text, match, counting) is None:
            continue  # a change ("up 200"); not what is added ("added 74 vessels"), nor a part
        terms = ratio_terms(text, counting) if terms is None else terms
        if terms & {match.start(), match.end("number")}:
            continue  # a term of a proportion ("2 in 5 refugees"), which counts no refugees
        if of_a_name(text, match, counting) or by_rank(text, match.start(), counting):
            continue  # "Flight 1282 passengers", "9/11 attacks", "the top two teams"
        added = added_from(text, match.start(), match.start("words"), counting)
        begin = match.start("words") if added is None else added
        words = text[begin:match.end("words")]
        if added is None and (wider := NAMED_WORDS.match(text, begin)) is not None:
            words = max(words, wider[0], key=len)  # "171 Boeing 737 MAX 9 jets"
        noun = plural_noun(words.split(), counting)
        if noun is not None:
            end = begin + words.lower().index(noun) + len(noun)
        elif added is None and (whole := whole_counted(text, match, counting)) is not None:
            noun, end = whole  # "76 of the 150 seats": 76 seats too
        else:
            continue
        if counting.margin is not None and counting.margin.match(text, end):
            continue  # a margin, not a level: "à 9 voix près", "9 Stimmen Vorsprung"
        end = max(end, match.end("number"))  # the noun first, as Swahili has it: "maafisa 200"
        unit = counting.stem(noun) if added is None and not listed else ADDED + counting.stem(noun)
        yield match.start(), Amount(counting.value(match), unit, text[match.start():end])
    yield from compounds(text, counting)


def by_rank(text: str, start: int, counting: Counting) -> bool:
    """Tell whether a count picks a part of a whole by its rank ("the top two teams", "the
    bottom three clubs"), which counts no whole."""
    return counting.ranked is not None and \
        counting.ranked.search(text[max(0, start - 12):start]) is not None


def compounds(text: str, counting: Counting) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for every number joined to the unit of time it counts before
    a noun ("a 20-year sentence" gives 20 years), but not one of a name ("Section 20-day")."""
    compound = COMPOUNDS.get(counting.language.split("-")[0])
    if compound is None or "-" not in text:
        return
    for match in compound.finditer(text):
        number = counting.number.fullmatch(match["number"])
        if number is None or YEAR.fullmatch(match["number"]) \
                or is_change(text, match.start(), counting) or of_a_name(text, match, counting):
            continue
        unit = counting.stem(match["unit"].lower() + "s")
        yield match.start(), Amount(counting.value(number), unit, match[0])


def ratio_terms(text: str, counting: Counting) -> set[int]:
    """Return where the joins of a text's proportions start and end ("2 in 5 refugees")."""
    if counting.ratio is None:
        return set()
    return {end for join in counting.ratio.finditer(text) for end in join.span()}


def of_a_name(text: str, match: re.Match[str], counting: Counting) -> bool:
    """Tell whether the number of a count's match is part of a name, which counts nothing:
    "Flight 1282", "Fortune 500", "No. 3", "COVID-19", "9/11", "channel file 291" (see
    NAMED_BY), unless the word before the number is a verb ("to file 12"); not after a word that
    only opens a sentence or says how many ("The 171 passengers", "About 1,000 officers",
    "Another 200 officers"), a month ("In June 400 officers") or a fate's verb ("Zabil 13 lidí":
    see fates.py), nor, where every noun is capitalised, after one; nor, after a capitalised
    word, one in groups of three, which is an amount ("Canarias 36.910 migrantes"), nor after a
    possessive, which says whose the count is ("Chicago's 52 council members")."""
    start = match.start()
    if SLASHED.match(text, match.end("number")):
        return True
    named = NAMED_BY.search(text, max(start - 40, 0), start)
    if named is None:
        return False
    if named["series"] is not None:
        return VERB_BEFORE.search(text, max(start - 60, 0), named.start()) is None
    if named["name"] is None:
        return True
    if OWNER.search(named["name"]):  # whose the count is: "Chicago's 52 council members"
        return False
    if GROUPED.fullmatch(match["number"]):  # in groups of three, as a name's number never is
        return False  # an amount, not a name's number: "Canarias 36.910 migrantes"
    if (counting.capitalised_nouns or not counting.names_numbers) and \
            not counting.acronym.fullmatch(named["name"]):
        # German capitalises every noun: "meldeten die Behörden 3.500 Tote"; Turkish puts a
        # count's place or time before it: "Türkiye'de 50 bin kişi"
        return False
    before = text[max(start - 40, 0):start]
    word = named["name"].lower()
    if word in month_names(counting.language) or fates_of(word, counting.language):
        return False  # a month dates the count, a fate's verb says what befell those it
        # counts, and neither names anything: "In June 400 officers", "Zabil 13 lidí"
    return word not in counting.stop_words and word not in counting.openers \
        and counting.qualifier.search(before) is None \
        and (counting.added is None or counting.added.search(before) is None)


def whole_counted(text: str, match: re.Match[str], counting: Counting
                  ) -> tuple[str, int] | None:
    """Return the plural noun that a number counts as part of a whole counted right after it,
    and where the noun ends ("76 of the 150 seats", "5 de los 9 jueces"), or None: not after
    the word that joins a level to the next ("from 24 to 36 teams", "de 24 à 36 équipes")."""
    words = match["words"].split()
    if len(words) > 2 or any(word.lower() not in counting.stop_words for word in words):
        return None  # "of the", "de los", "der": words that only join the two numbers
    joined = TO_LEVEL.get(counting.language.split("-")[0])
    if joined is not None and joined.fullmatch(f" {match['words'].strip()} "):
        return None  # "24 to 36 teams": a level and the next, or a range's bounds
    whole = counting.count.match(text, match.end("words") + 1) \
        if text[match.end("words"):match.end("words") + 1].isspace() else None
    if whole is None or counting.value(whole) < counting.value(match):
        return None  # "5 to 3 officers" counts no part of a whole
    noun = plural_noun(whole["words"].split(), counting)
    if noun is None:
        return None
    return noun, whole.start("words") + whole["words"].lower().index(noun) + len(noun)


def whole_after(text: str, found: list[tuple[int, Amount]], index: int, counting: Counting
                ) -> int:
    """Return where the amount found at index ends, with the whole of its unit it is a part
    of, given right after it by words that only join the two ("$71.2 billion of the quarter's
    $94.9 billion", as "76 of the 150 seats" is read; see whole_counted())."""
    offset, amount = found[index]
    end = offset + len(amount.written)
    if index + 1 == len(found):
        return end
    start, whole = found[index + 1]
    words = text[end:start].split()
    if whole.unit != amount.unit or whole.value < amount.value or not 0 < len(words) <= 3 or \
            words[0].lower() not in counting.stop_words or any(
                word.lower() not in counting.stop_words and not POSSESSIVE.search(word)
                for word in words):
        return end
    return start + len(whole.written)


def is_change(text: str, start: int, counting: Counting, end: int | None = None) -> bool:
    """Tell whether the amount at start (and up to end, where given) is a change ("rose 12
    percent", "%12 arttı"), not a level."""
    if end is not None and counting.change_after is not None and \
            counting.change_after.match(text, end) is not None:
        return True
    return counting.change.search(text, max(start - 40, 0), start) is not None


def signed(value: float, text: str, start: int, counting: Counting) -> tuple[int, float]:
    """Return where the amount at start begins and its value: below zero, from its sign on,
    where a sign or a word just before it says so ("−$15bn", "minus $15 billion"; see
    counting/signs.py)."""
    sign = sign_at(text, start, counting.language)
    return (start, value) if sign is None else (sign, -value)


def sizes(amount: Amount, text: str, start: int, counting: Counting) -> tuple[float, ...]:
    """Return the values an amount at start may be: its own, and, for the size of a fall ("a
    15% fall"), the same below zero too, as a figure of the fall may give it ("−15%")."""
    if a_fall(text, start + len(amount.written), counting.language):
        return amount.value, -amount.value
    return (amount.value,)
