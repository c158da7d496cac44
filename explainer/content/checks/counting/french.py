"""How French writes counts and amounts: "neuf autres pays", "plus de 30 pays",
"360 millions de dollars", "1 000 policiers" (a space, often a no-break one, between thousands;
a comma before decimals)."""

from __future__ import annotations

import functools
import re

from . import YEAR, Counting
from .commas import SPACES, UNQUOTED, counted_number, number, percent
from .crossings import crossed
from .currencies import (
    PREFIXES,
    alternatives,
    code_first,
    codes_pattern,
    money_in,
    names_in,
    openings,
)
from .hundreds import FRENCH as FRENCH_HUNDREDS
from .patterns import (
    naming,
    of_named,
    pointing_back,
    qualifier_pattern,
    whole_first,
    words_pattern,
)
from .signs import sign_pattern
from .verbforms import NOUNS as PARTICIPLE_NOUNS

UNITS = {w: n for n, w in enumerate("un deux trois quatre cinq six sept huit neuf".split(), 1)}
TEENS = {w: n for n, w in enumerate(
    "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split(), 10)}
# The tens, with the units (or the teens) they take; Belgium and Switzerland say "septante"
# and "nonante", and parts of Switzerland "huitante".
TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}


def tens(word: str, value: int, ones: dict[str, int], before_one: str = "-et-"
         ) -> dict[str, int]:
    """Return a ten in words and the numbers it leads: "vingt", "vingt-et-un", "vingt-deux"
    (joined by "et" before "un", "une" and "onze", but after "quatre-vingt")."""
    return {word: value} | {word + (before_one if n % 10 == 1 else "-") + w: value + n
                            for w, n in (ones | {"une": 1}).items()}


def number_words() -> dict[str, int]:
    """Return the numbers in words below a thousand, as the spelling of 1990 writes them, every
    part joined by a hyphen ("vingt-et-un"); word_value() reads the older "vingt et un" too.
    Not "cent" alone, which is as often the "pour cent" of a percentage (see hundreds.py)."""
    found = {"zéro": 0, "une": 1, **UNITS, **TEENS, "quatre-vingts": 80}
    for word, value in TENS.items():
        found |= tens(word, value, UNITS | TEENS if word == "soixante" else UNITS)
    found |= tens("quatre-vingt", 80, UNITS | TEENS, before_one="-")
    return found | FRENCH_HUNDREDS.words(found)


NUMBER_WORDS = number_words()
# Read whole ("vingt-cinq", not its "cinq"); not "un pays", which is "a country".
WORDS = words_pattern(set(NUMBER_WORDS) - {"zéro", "un", "une"},
                      [*TENS, *(f"{word} et" for word in TENS), "dix", "cent", "mille"])
# The words before a count in words that point back at countries just named: "les deux pays",
# "nos trois pays", "aux deux pays".
POINTING_BACK = ("les", "ces", "des", "aux", "nos", "vos", "leurs", "ses", "mes", "tes", "tous",
                 "toutes", "premiers", "derniers", "autres")
# Not a count that opens a quotation, « 9 autres pays », which gives the source's words.
# The clause after a count's noun that makes its countries all those that took part: "les
# cinq pays qui ont participé", "ayant pris part", "les cinq pays participants", "impliqués".
TAKING_PART = (r"(?:(?:qui\s+(?:ont|avaient)|ayant)\s+(?:participé|pris\s+part)|participants|"
               r"impliqués|engagés)\b")
# A count in words, but not one that points back at countries just named (POINTING_BACK),
# unless a clause of taking part makes "les" or "tous" before it point at every one of them.
COUNTED_IN_WORDS = pointing_back(POINTING_BACK, ("les", "ces", "tous", "toutes"),
                                 WORDS + r"\s+(?:pays|nations)\s+" + TAKING_PART) + \
    r"(?P<word>" + WORDS + ")"
# As in English: a count in figures ("30 pays") or in words ("neuf autres pays", "Onze pays se
# sont abstenus").
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"\b(?:(?P<digits>\d{1,3})\s+(?P<other>autres\s+)?|"
    + COUNTED_IN_WORDS + r"\s+(?P<word_other>autres\s+)?)(?:pays|nations)\b", re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + r"\b" + COUNTED_IN_WORDS +
                        r"(?P<words>(?:\s+[^\W\d_][\w'’-]*){1,3})", re.IGNORECASE)
BESIDES = re.compile(r"(?:\s+[^\W\d_][\w'’-]*)?,?\s+(?:en plus (?:d(?:u|es?)\b|d['’])|"
                     r"(?:outre|hormis|à part|sans compter)\b(?!-)|"
                     r"en dehors (?:d(?:u|es?)\b|d['’]))", re.IGNORECASE)
# A number written as a word, as COUNTRY_CLAIM reads it.
NUMBER_WORD = re.compile(r"\b(?:" + WORDS + r")\b", re.IGNORECASE)
# As in English, a figure's history: an earlier level ("d'abord", "le premier bilan"), and a
# later time ("; au 11 novembre, le bilan était de 3 118").
# So is what others expected ("les économistes tablaient sur 3,5 %"), not what is due ("200
# policiers sont attendus").
EXPECTED = (r"tabl(?:ai[st]|aient|e|ent)\s+sur|s['’]attend(?:ai[st]|aient)\s+à|prévisions?|"
            r"consensus|sondés|propos(?:ée?s?|ai[st]|aient|itions?|ent|e)")
EARLIER = re.compile(r"(?<!\w)(?:d['’]abord|initialement|au départ|à l['’]origine|auparavant|"
                     r"précédemment|précédente?s?|ancien(?:ne)?s?|premi(?:er|ère)s?|" + EXPECTED +
                     r")(?!\w)", re.IGNORECASE)
MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
          "décembre")
LATER = re.compile(r"(?<!\w)(?:(?:au|d['’]ici (?:le|au)|dès le)\s+\d{1,2}(?:er)?\s+"
                   rf"(?:{MONTHS})(?:\s+\d{{4}})?|plus tard|depuis|désormais|aujourd['’]hui|"
                   rf"(?:en|d['’]ici|dès|à partir de)\s+{YEAR})(?!\w)", re.IGNORECASE)
# As in English, what a percentage is of: "6 % des importations".
SHARE_OF = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])"
                      r"(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
                      re.IGNORECASE)
# The whole of a share after its holder: "part de la France dans l'enveloppe totale".
SHARE_IN = re.compile(r"\s+dans\s+(?:la\s+|le\s+|les\s+|l['’]|son\s+|sa\s+|ses\s+)?"
                      r"(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
                      re.IGNORECASE)
# A count of other things before a count of countries: "14 ministres de 9 pays".
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d \u00a0\u202f,]*|{WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+(?:de\s+|d['’])\Z", re.IGNORECASE)
# Another whole's countries, named: "les 27 pays de l'UE", "les 27 pays membres de l'Union
# européenne", "les 54 pays d'Afrique", "les 15 pays de la CEDEAO"; or named first, having
# them: "L'espace Schengen compte 29 pays".
OF_ANOTHER = of_named(r"(?:\s+membres)?\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])",
                      whole_first("espace|zone|union|alliance|bloc|groupe|ligue|communauté|"
                                  "organisation", "compte|regroupe|réunit|rassemble|comprend"),
                      joined="et")

NUMBER = number(SPACES)
SCALES = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
          "billion": 1e12, "billions": 1e12}
SCALE = r"(?:\s(?P<scale>mille|millions?|milliards?|billions?)\b)?"
# Whose dollars, said after them: "5 millions $ CA", "2 milliards de dollars canadiens". A bare
# "$" or "dollars" is the US dollar.
DOLLARS_OF = {"US": "USD", "CA": "CAD", "CAN": "CAD", "AU": "AUD", "NZ": "NZD", "HK": "HKD",
              "SG": "SGD"}
DOLLAR_ADJECTIVES = {"américain": "USD", "canadien": "CAD", "australien": "AUD",
                     "néo-zélandais": "NZD", "hongkongais": "HKD", "singapourien": "SGD"}


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: its code and
    CLDR's French names ("francs suisses", "pesos mexicains"), and the bare words."""
    found = names_in("fr", "fr_CA") | {
        "$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR",
        "£": "GBP", "livre": "GBP", "livres": "GBP", **PREFIXES}
    found |= {f"$ {code.lower()}": iso for code, iso in DOLLARS_OF.items()}
    for adjective, iso in DOLLAR_ADJECTIVES.items():
        plural = adjective if adjective.endswith("s") else adjective + "s"  # néo-zélandais
        found |= {f"dollar {adjective}": iso, f"dollars {plural}": iso}
    return found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and " " in name]
# The currency follows the amount: "360 millions de dollars", "5 000 €", "2 millions d'euros",
# "5 millions $ CA", "1,5 milliard de R$", "1,4 milliard de francs suisses", "5 000 CHF".
MONEY = re.compile(
    rf"(?<![\w.,])(?P<number>{NUMBER}){SCALE}\s?(?:d[e'’]\s?)?"
    rf"(?P<currency>(?:{alternatives(NAMED)})(?!\w)|{codes_pattern()}|"
    r"dollars?\b(?:\s+(?:" + "|".join(DOLLAR_ADJECTIVES) + r")s?\b)?|euros?\b"
    r"|livres?(?=\s+sterling)|(?-i:[A-Z]{1,3})?[$£](?:[ \u00a0\u202f](?-i:"
    + "|".join(sorted(DOLLARS_OF, key=len, reverse=True)) + r")\b)?|€)", re.IGNORECASE)
# Or it comes first, by its code: "CHF 1,4 milliard".
CODE_FIRST = code_first(NUMBER, SCALE)
MONEY_WORDS = ("$", "€", "£", "dollar", "euro", "livre")
OPENINGS = openings(NAMED)
CHANGE = re.compile(r"\b(?:hausse|baisse|augmenté|diminué|progressé|reculé|bondi|chuté|grimpé|"
                    r"augmentation|diminution|recul|progression|gagné|perdu|manqu\w*)\s+"
                    r"(?:de\s+|d['’]\s*)?(?:près\s+de\s+|environ\s+)?\Z", re.IGNORECASE)
# An amount added to a level: "200 autres policiers", "200 policiers supplémentaires", "200
# agents de plus" (see counted.added_from()); not "de plus de", a qualifier after its "de"
# ("39 morts et de plus de 5 000 blessés").
ADDED_AFTER = re.compile(r"\s*autres\b|(?=(?:\s*[^\W\d_][\w'’-]*){1,2}\s+(?:supplémentaires|"
                         r"additionnel(?:le)?s|de\s+plus(?!\s+(?:de\b|d['’]))|en\s+plus)"
                         r"(?![\w'’-]))", re.IGNORECASE)
# A percentage: "61 %", "61 pour cent".
# Written to start with \d, as COUNTED_NUMBER below, so that the search skips ahead to digits.
PERCENT = percent(SPACES, r"pour cent\b")
COUNTED_NUMBER = counted_number(SPACES)
# A count's words come after its scale and "de" or "d'" ("75 millions d'habitants"), and are
# not a scale themselves ("72 millions" counts no millions).
COUNT = re.compile(rf"(?P<number>{COUNTED_NUMBER}){SCALE}(?:\s+de\s+|\s+d['’]|\s+)"
                   r"(?P<words>(?!(?:mille|millions?|milliards?|billions?)\b)"
                   r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})")
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}")
# A range, whose two ends are bounds, not a value: "25 à 90 %", "25-90 %", "1 à 2 milliards",
# "entre 24 % et 88 %". Its dash is unspaced: a spaced one is punctuation ("29 % – 2 points de
# plus"). Counting.ranges() tells which of these are ranges (see bounds()).
END = (rf"(?:{NUMBER})(?:[{SPACES}]?(?:%|pour cent\b)|\s(?:mille|millions?|milliards?|"
       r"billions?)\b)?(?:[ \u00a0\u202f]?(?:[$€£]|euros?\b|dollars?\b))?")
# Not an end that starts inside a number grouped by spaces ("48 000"), as COUNT does not: the
# search would read every group of a long run of them to its end.
# Either end may be below zero, as signs.py reads a sign:
# "de −3 % à −2 %", "entre moins 3 et moins 2 %".
MINUS = rf"(?:{sign_pattern('fr')})?"
RANGE = re.compile(rf"(?P<between>\bentre\s+)?(?<![\w.,])(?<!\d[{SPACES}]){MINUS}(?P<first>{END})"
                   rf"(?(between)\s+et\s+|(?:(?P<to>[{SPACES}]+à[{SPACES}]+)|[–-]))"
                   rf"{MINUS}(?P<second>{END})", re.IGNORECASE)
# What makes "X à Y" after it a level and the next, not bounds, as "from" does in English: "est
# passé de 12 % à 29 %"; but not the "de" of "de l'ordre de" (about).
FROM_LEVEL = re.compile(r"(?<!\bordre\s)\bde\s+\Z", re.IGNORECASE)
STOP_WORDS = frozenset(
    "le la les l un une des de du d et ou à au aux en pour par avec sans sur sous dans entre "
    "vers chez ce cet cette ces son sa ses leur leurs qui que qu quoi dont où est sont était "
    "étaient être été a ont avait avaient sera seront plus moins autre autres selon mais ne pas "
    "se s il elle ils elles on y comme aussi très tout tous toute toutes après avant depuis "
    "dit disent déjà encore".split())
# Plurals too short for plural()'s rule: "ans", the years of a sentence or an age ("25 ans
# de prison", "de 62 à 64 ans"), and "cas", the cases of an outbreak ("3 000 cas confirmés").
IRREGULAR_PLURALS = frozenset("gens personnel effectifs ans cas".split())
QUALIFIERS = {"plus de": "more", "au moins": "at least", "moins de": "fewer",
              "jusqu'à": "up to", "jusqu’à": "up to", "au plus": "up to", "près de": "nearly",
              "presque": "nearly", "quasiment": "nearly", "environ": "about", "quelque": "about",
              "à peu près": "about", "autour de": "about", "pas plus de": "up to",
              "pas moins de": "at least", "au minimum": "at least",
              "au maximum": "up to"} | crossed("fr")
# A word, its apostrophes (straight or typographer's) and what comes before them apart:
# "l'article" is "l" and "article".
WORD = re.compile(r"[^\W_][\w-]*")


def parse_number(match: re.Match[str]) -> float:
    """Return the value of a NUMBER, its spaces and decimal comma read, with its scale word."""
    number = match["number"]
    for space in SPACES:
        number = number.replace(space, "")
    return float(number.replace(",", ".")) * SCALES.get((match["scale"] or "").lower(), 1.0)


# The participle of a verb in -er, in its four forms: "frappé", "acceptée", "annoncés"; and
# of one in -ndre or -rdre: "rendu", "attendue", "perdus" ("se rend", "attend", "perd").
PARTICIPLE = re.compile(r"(?<=\w{3})ée?s?\Z|(?<=\w[nr]d)ue?s?\Z")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'policier' meets 'policiers' and 'promise' 'promises';
    and a verb's participle, as prose tells what a timeline's title says in the present, its
    present: 'frappé' meets 'frappe', 'acceptées' 'accepte', 'rendu' 'rend'."""
    word = word.lower()
    if word not in PARTICIPLE_NOUNS["fr"]:  # 'armée' is no 'arme'
        word = PARTICIPLE.sub("", word)
    for suffix in ("es", "s", "x"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    # 'promises' loses 'es' and 'promise' its 'e': the two meet as 'promis'.
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


def plural(word: str) -> bool:
    """Tell whether a lowercased word looks like a plural noun: 'policiers', 'pays', 'jours'."""
    return word in IRREGULAR_PLURALS or (word.endswith(("s", "x")) and len(word) > 3
                                         and not word.endswith("ss"))


# The amounts of money in a text, in order (see currencies.money_in).
money_matches = functools.partial(money_in, hints=MONEY_WORDS, openings=OPENINGS,
                                  named=MONEY, signed=None, first=CODE_FIRST)

# What may be or will be, not what is (see english.py): "encourt jusqu'à 10 ans", "pourrait
# atteindre", "sera probablement révisée à 3,7 %", "projettent le taux à 4,6 %".
FORESEEN = re.compile(r"(?<!\w)(?:pourrai(?:t|ent)|probablement|vraisemblablement|risqu(?:e|ent)|"
                      r"encour(?:t|ent)|projet(?:te|tent)|projections?|projeté(?:e|s|es)?|"
                      r"un maximum de|sera\s+révisée?)(?!\w)", re.IGNORECASE)

# A proportion, whose two numbers count nothing: "2 sur 5 réfugiés"; not after a year. And a
# margin, after the noun it counts: "à 9 voix près", "9 voix d'écart".
RATIO = re.compile(rf"(?<=\d)(?<!{YEAR})\s+sur\s+(?=\d)", re.IGNORECASE)
MARGIN = re.compile(r"\s+(?:près|d['’]\s*(?:écart|avance))(?![\w'’-])", re.IGNORECASE)
names_countries = naming("pays", "nation")

# Words that open a count and name nothing: "Seuls 31 ..." (see Counting.openers).
OPENERS = frozenset((
    "seuls seules seulement quelques chacun chacune exactement déjà "
    "aujourd'hui puis"
).split())

COUNTING = Counting(
    language="fr", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=names_countries, country_nouns=("pays", "nations"),
    money=money_matches, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, openers=OPENERS,
    number=FIGURE_NUMBER, value=parse_number, stop_words=STOP_WORDS, plural=plural, stem=stem,
    word=WORD, number_word=NUMBER_WORD,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM, of_another=OF_ANOTHER,
    added_after=ADDED_AFTER, foreseen=FORESEEN, share_in=SHARE_IN, ratio=RATIO,
    margin=MARGIN)
