"""How each language writes the counts and amounts the editorial checks read.

The checks compare the numbers an explainer states with its country list and its key figures
(checks.py, claims.py). What a number looks like ("1,000" or "1 000"), which words count
("nine other countries", "neuf autres pays") and how money is written ("$360 million",
"360 millions de dollars") differ by language: each language the checks read has a Counting,
in a module of its own. An explainer in a language without one is not checked for numbers.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ...naming.names import caseless
from .currencies import PREFIXED, region_signs
from .patterns import HYPHENS, levels_joined
from .styles import localiser

# The languages the checks read, by tag: each module's COUNTING says how.
MODULES = {"en": "english", "fr": "french", "es": "spanish", "de": "german", "it": "italian",
           "pt": "portuguese", "sw": "swahili", "hi": "hindi", "id": "indonesian", "ms": "malay",
           "vi": "vietnamese", "pl": "polish", "ru": "russian", "uk": "ukrainian", "ko": "korean",
           "tr": "turkish", "ar": "arabic", "zh": "chinese", "ja": "japanese", "nl": "dutch",
           "el": "greek", "sv": "swedish", "da": "danish", "nb": "norwegian", "no": "norwegian",
           "cs": "czech", "sk": "slovak", "hr": "croatian", "sr": "serbian",
           "fa": "persian", "ro": "romanian",
           "he": "hebrew"}
WORD = re.compile(r"[^\W_][\w'\u2019-]*")
# A number whose groups of three digits are parted, as any language the checks read parts
# them: "4,812", "4.812", "4 812", "4'812". It is one word, not "4" and "812".
GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.'\u2019 \u00a0\u202f]\d{3})+(?!\d)")
# A year in digits, 1800 to 2099, within the bounds each pattern gives it: "In 2020, 14 parties".
YEAR = r"(?:1[89]|20)\d\d"
NOT_DIGIT, DIGIT = re.compile(r"\D"), re.compile(r"\d")
JOINER = re.compile(rf"[{HYPHENS}\s]+")
# A word in capitals of two letters or more, in the Latin alphabets the checks read: a name
# ("WHO", "US", "UE"), whatever lowercase word it spells.
ACRONYM = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞŒ]{2,}(?![\w-])")


@dataclass(frozen=True)
class Counting:
    """How one language writes what the checks read."""

    language: str
    # Counts of countries ("9 countries", "nine other nations"): groups digits, other, word,
    # word_other, and inner, a qualifier between noun and number ("nchi zaidi ya 30").
    country_claim: re.Pattern[str]
    # What makes a count leave one country out when it follows the count's noun, perhaps after
    # a word: "12 countries besides Kenya", "douze pays différents en plus du Kenya".
    besides: re.Pattern[str]
    number_words: Mapping[str, int]  # lowercased, parts joined by '-' (see word_value())
    names_countries: Callable[[str], bool]  # a quick test: whether a text says "countries"
    country_nouns: tuple[str, ...]  # the plural nouns that count countries
    # Amounts: money ("$360 million") and counted nouns ("1,000 Kenyan police officers").
    money: Callable[[str], list[re.Match[str]]]  # the amounts of money in a text, in order
    currencies: Mapping[str, str]  # a currency as written, lowercased -> its ISO 4217 code
    percent: re.Pattern[str]  # a percentage: its number (group 'number'), then '%' or a word
    # What says that an amount just after it is a change, not a level ("rose 12 percent",
    # "up $2 billion", "en hausse de 3 %"), or a margin ("failed by 9 votes", "il a manqué 9
    # voix"): to search in the text before the amount, up to it.
    change: re.Pattern[str]
    count: re.Pattern[str]  # a number, its scale, then one to three words; or the noun first
    # A number in words, then one to three words ("eight founding signatories"): groups word
    # and words; not one that points back at things just named ("the two parties").
    word_count: re.Pattern[str]
    # Two amounts that may bound a range ("25% to 90%", "between 24% and 88%"): groups first
    # and second, the ends as written; between, when the range is said so; to, when its ends
    # are joined by the word ("to", "à"), not by a dash. See ranges().
    range: re.Pattern[str]
    # What makes two amounts joined by "to" just after it a level and the next, not bounds
    # ("from 12% to 29%"): to search in the text before them, up to them, as change is.
    from_level: re.Pattern[str]
    number: re.Pattern[str]  # a number and its scale, in a key figure's value
    value: Callable[[re.Match[str]], float]  # the value of a match with number and scale
    stop_words: frozenset[str]  # words that say nothing of what a sentence is about
    plural: Callable[[str], bool]  # whether a lowercased word looks like a plural noun
    stem: Callable[[str], str]  # a rough stem: 'pledged' and 'pledges' meet
    word: re.Pattern[str]  # a word, with its apostrophes and hyphens where they join words
    number_word: re.Pattern[str]  # a number in words, whole: "nine", "twenty-five"
    # What a count may follow ("more than 30 countries"), lowercased, single spaces -> more,
    # at least, fewer, up to, nearly or about; and its pattern before a count ('qualifier').
    qualifiers: Mapping[str, str]
    qualifier: re.Pattern[str]
    # What a percentage is of, matched just after it ("of Ostrava's imports"): group 'whole'.
    share_of: re.Pattern[str]
    # A figure's history (levels.py): what says an amount is an earlier level ("first",
    # "initially") or what was expected of it ("had forecast"), searched in its clause; and
    # what goes on to a later time ("by 11 November", "now"), in its sentence after it.
    earlier: re.Pattern[str]
    later: re.Pattern[str]
    # A number and what it counts before "from", at the end of a text before a count of
    # countries: "14 ministers from 9 countries" counts the countries of the 14 ministers.
    counted_from: re.Pattern[str]
    # The stems of the words that say a figure is what is needed, a threshold ("needed",
    # "required", "minimum"): a sentence without one states a level, not the threshold.
    needed: frozenset[str] = frozenset()
    # German capitalises every noun: then a run of capitalised words is no name (levels.py),
    # and only a capitalised word is a counted noun ("1.000 kenianische Polizisten").
    capitalised_nouns: bool = False
    head_last: bool = False  # a label's noun ends its first clause: "वोट डालने वाले मतदाता"
    names_first: bool = False  # a name may come before the noun: "Windows devices" (counted.py)
    acronym: re.Pattern[str] = ACRONYM  # a name in capitals: "WHO", "EU" (of "EU-Kommission")
    # Words that open a count ("All 31 cases", "Seuls 3 pays"), besides the stop words and
    # qualifiers: capitalised, as a sentence opens, they name nothing (counted.of_a_name()).
    openers: frozenset[str] = frozenset()
    # The points that end no sentence ("am 11. November", "360 Mio. Dollar"), if any.
    unstopped: re.Pattern[str] | None = None
    # What makes a count leave one country out when it comes before the count, as German puts
    # it: "Neben Kenia beteiligen sich zwölf Länder". None if the language does not.
    besides_before: re.Pattern[str] | None = None
    # Whether a count of countries (the text, the count's start and end) counts another whole's,
    # not the list's: "die 27 Staaten der EU", "Bund und 16 Länder" (a federation's); or None.
    of_another: Callable[[str, int, int], bool] | None = None
    # The currencies a regional tag reads its own way ("Rs" as India's rupee in en-IN), as
    # currencies has them; None if the language reads every region's alike.
    regional: Callable[[str], Mapping[str, str]] | None = None
    # What rewrites a text's numbers from its region's way into the language's, every offset
    # kept ("1,250" of es-MX as "01250"; see styles.py), after the language's own rewriting
    # where it has one (Arabic's "٤٠٠" as "400"). None where neither rewrites them.
    localise: Callable[[str], str] | None = None
    numbers_as: str | None = None  # whose way, if not the language's, it reads numbers: "id"
    # What says that an amount is added to a level (see counted.added_from()): before it
    # ("another 200", "weitere 200"), to search as change is; after its number, matched there.
    added: re.Pattern[str] | None = None
    added_after: re.Pattern[str] | None = None
    # What says, right after an amount, that it is a change by so much, not a level, in a
    # language that gives the verb after it ("%5 arttı", "5%増えた", "5% 증가했다"), matched
    # at its end; not the level a change reaches ("%5'e yükseldi", "5%に上昇"). None if not read.
    change_after: re.Pattern[str] | None = None
    # What says, right after the noun an amount counts, that it is a margin, not a level: "9
    # votes short", "à 9 voix près", "9 votos de diferencia". None if not read.
    margin: re.Pattern[str] | None = None
    # What joins two numbers into a proportion ("2 in 5 refugees"): neither counts the noun.
    ratio: re.Pattern[str] | None = None
    ranked: re.Pattern[str] | None = None  # before a count of a part by rank: "the top two"
    # What says that an amount is what may be or will be, not what is: a maximum one faces
    # ("faces up to 10 years"), a likelihood or a projection ("will likely be revised to 3.7%",
    # "project the rate at 4.6%"); searched in its clause, as earlier is. None if not read.
    foreseen: re.Pattern[str] | None = None
    # What names the whole of a share in a label after its holder, where the language puts it
    # so ("part de la France dans l'enveloppe totale", "Anteil der Kernkraftwerke am Strom"),
    # or before the share's noun ("vote share for Leave"): group 'whole', as share_of has it.
    share_in: re.Pattern[str] | None = None
    # The fewest letters of a word that says what a sentence is about: 3 where "of" and "de"
    # say nothing; 2 in Korean, whose syllables are letters ("계엄", martial law).
    shortest: int = 3
    # What reads a qualifier written after an amount's number (the text, the amount's start
    # and end), as Korean writes them ("300여 명", "190명 이상"): 'more', ... or ''. None if
    # the language puts them all before it.
    qualified_after: Callable[[str, int, int], str] | None = None
    # The parts of a stem that the language writes as one word without a hyphen, where it
    # does: Korean's "국회의원" (member of the National Assembly) holds "의원" (member).
    parts: Callable[[str], Iterable[str]] | None = None
    # Whether a part is another reading of its word, not a word more: Arabic's "بشار" may be
    # "ب" (with) and "شار", but is one word of a label however it is read.
    parts_are_readings: bool = False
    # What rewrites the phrases that name one act as the word that names it alone ("found
    # him guilty" as "convicted"), in lowercased text, so that their stems meet; None if none.
    same_acts: Callable[[str], str] | None = None
    # The stems of the verbs a text writes as done ("found him guilty", "sentenced"), which
    # name an event's act with its name (dateclaims.py); None where not read.
    acts_done: Callable[[str], set[str]] | None = None
    # A word in lowercase, as the language writes it: Turkish's "İki" is "iki", "KIRK" "kırk".
    lower: Callable[[str], str] = str.lower
    # Whether a capitalised word just before a number may name it ("Flight 1282"); not in
    # Turkish, where the word before a count is its place or time ("Türkiye'de 50 bin kişi").
    names_numbers: bool = True

    @functools.cached_property
    def country_units(self) -> frozenset[str]:
        """Return the stems of the nouns that count countries."""
        return frozenset(self.stem(word) for word in self.country_nouns)

    def may_count(self, text: str) -> bool:
        """Tell whether a text may hold a count, in figures or in words: a quick test."""
        return DIGIT.search(text) is not None or self.number_word.search(text) is not None

    def localised(self, text: str) -> str:
        """Return a text whose numbers, as its region writes them, are written as the patterns
        read them, every offset kept."""
        return text if self.localise is None else self.localise(text)

    def readable(self, text: str) -> str:
        """Return a text whose points that end no sentence are spaces, every offset kept."""
        if self.unstopped is None:
            return text
        return self.unstopped.sub(lambda match: match[0].replace(".", " "), text)

    def leaves_out_before(self, text: str, start: int) -> bool:
        """Tell whether what comes before a count at start leaves one country out."""
        return self.besides_before is not None and \
            self.besides_before.search(text, max(start - 80, 0), start) is not None

    def word_value(self, written: str) -> int | None:
        """Return the value of a number in words ('Twenty-five', 'vingt et un'), or None for
        a look-alike letter ('ſix') that a case-blind match let in."""
        return self.number_words.get(JOINER.sub("-", self.lower(written)))

    def currency(self, written: str) -> str | None:
        """Return the currency of an amount as written: its ISO 4217 code; for a sign after a
        prefix not in the table ('B$'), the two as written, which only the same match; None for
        a look-alike letter that a case-blind match let in ('dollarſ')."""
        said = " ".join(written.lower().split())
        if said in self.currencies:
            return self.currencies[said]
        return written.strip() if PREFIXED.fullmatch(written.strip()) else None

    def ranges(self, text: str) -> list[tuple[int, int]]:
        """Return the spans of a text's ranges, whose ends are bounds, not values."""
        spans = []
        for match in self.range.finditer(text):
            # "X to Y" after "from" or a change is a level and the next ("rose 2% to 29%").
            before = text[max(match.start() - 40, 0):match.start()]
            if match["to"] and levels_joined(self, before, match):
                continue  # nor "enlarged it from 24 to 36 teams", nor "in 2019 to 36 in 2023"
            if self.bounds(match["first"], match["second"]):
                spans.append(match.span())
        return spans

    def bounds(self, first: str, second: str) -> bool:
        """Tell whether two amounts, as written, can be the two ends of one range."""
        # Of one kind (percentages, money in one currency, plain numbers), or one plain whose
        # unit the other gives for both: after the last number ("25–90%", "25 à 90 %"), or
        # before the first ("$1–2bn"); not "between 2010 and $2bn".
        kinds = self.kind(first), self.kind(second)
        plain = (False, None)
        return kinds[0] == kinds[1] or kinds[0] == plain and second[0].isdigit() \
            or kinds[1] == plain and not first[0].isdigit()

    def kind(self, amount: str) -> tuple[bool, str | None]:
        """Return whether an amount as written is a percentage, and its currency if money."""
        money = self.money(amount)
        return (self.percent.search(amount) is not None,
                self.currency(money[0]["currency"]) if money else None)

    def numbers(self, text: str) -> frozenset[float]:
        """Return the numbers a text gives, in figures ('$360m' is 360 million) or in words."""
        text = self.localised(text)
        words = (self.word_value(match[0]) for match in self.number_word.finditer(text))
        return frozenset({self.value(match) for match in self.number.finditer(text)}
                         | {value for value in words if value is not None})

    def content_words(self, text: str) -> set[str]:
        """Return the stems of a text's meaningful words (numbers included): not its stop words
        nor its words shorter than the language's shortest, unless written in capitals ('WHO',
        'US')."""
        lowered = caseless(text)  # 'İmza' as 'imza', not an i, a dot above and 'mza'
        if DIGIT.search(lowered):  # "3,950" as "3950": its "3" is not the "3" of "3 cases"
            lowered = GROUPED.sub(lambda number: NOT_DIGIT.sub("", number[0]), lowered)
        if self.same_acts is not None:
            lowered = self.same_acts(lowered)  # "found him guilty" names what "convicted" does
        # A typographer's apostrophe is the straight one the stop words are written with.
        words = self.word.findall(lowered.replace("\u2019", "'") if "\u2019" in lowered
                                  else lowered)
        # A compound is its parts: "a four-satellite programme" speaks of four satellites.
        found = {self.stem(w) for word in words
                 for w in (word.split("-") if "-" in word else (word,))
                 if w not in self.stop_words and (len(w) >= self.shortest or w.isdigit())}
        if self.parts is not None:
            found.update(part for stem in tuple(found) for part in self.parts(stem))
        names = self.acronym.findall(text)
        if names and not text.isupper():  # a text all in capitals is no row of names
            found.update(self.stem(name) for name in names)
        return found

    def words_in(self, stems: set[str]) -> int:
        """Return how many words a set of content words stands for: a reading of a word
        that is one of its parts is no word more (see parts_are_readings)."""
        if not self.parts_are_readings or self.parts is None:
            return len(stems)
        return len(stems - {part for stem in stems for part in self.parts(stem)})


def rewritten_twice(first: Callable[[str], str], then: Callable[[str], str], text: str) -> str:
    """Return a text rewritten by its language's way (first), then by its region's (then)."""
    return then(first(text))


@functools.cache  # once per tag: its region's numbers are looked up in CLDR
def counting_for(language: str) -> Counting | None:
    """Return how a language tag writes numbers, if the checks read its language: a regional
    tag as its language (fr-CA as fr), its numbers as its region writes them (es-MX's 1,250.5)."""
    module = MODULES.get(language.split("-")[0])
    if module is None:
        return None
    counting: Counting = importlib.import_module(f"{__name__}.{module}").COUNTING
    if (local := localiser(language, counting.numbers_as)) is not None:
        own = counting.localise
        counting = dataclasses.replace(counting, localise=local if own is None else
                                       functools.partial(rewritten_twice, own, local))
    own = region_signs(language) | (counting.regional(language) if counting.regional else {})
    return dataclasses.replace(counting, currencies={**counting.currencies, **own}) \
        if own else counting
