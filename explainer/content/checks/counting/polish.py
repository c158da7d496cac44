"""How Polish writes counts and amounts, as Polish papers print them: "pięć krajów", "ponad 30
państw", "74,4 proc.", "1 500 osób", "12 tys.", "1,5 mld zł", "360 mln dolarów" (a space, or
nothing, between thousands; a comma before decimals); the noun after its number in the case
the number puts it in ("2 mandaty", "5 mandatów", "w pięciu krajach")."""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from . import YEAR, Counting
from .commas import SPACES, UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import (
    PREFIXES,
    alternatives,
    code_first,
    codes_pattern,
    money_in,
    names_in,
    openings,
)
from .patterns import naming, of_named, qualifier_pattern, words_pattern
from .polishwords import CONTINUED, NUMBER_WORDS, ONES, plural, stem
from .signs import sign_pattern

WORD = r"[^\W\d_][\w'’-]*"
WORDS = words_pattern(set(NUMBER_WORDS) - ONES, CONTINUED)
# The words before a count in words that point back at countries just named: "te dwa kraje",
# "tych pięciu państw", "obu krajów", "wszystkie trzy kraje".
POINTING_BACK = ("te", "ta", "ci", "tych", "tymi", "tym", "owe", "owych", "tamte", "tamtych",
                 "oba", "obu", "obydwa", "wszystkie", "wszystkich", "pozostałe", "pozostałych",
                 "nasze", "naszych", "ich", "swoje", "swoich", "pierwsze", "ostatnie")
GUARDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK)
COUNTED_IN_WORDS = rf"{GUARDS}(?P<word>{WORDS})"
OTHER = r"inn(?:e|ych|ym|ymi)\s+"
# The cases of "kraje" and "państwa" a number puts them in: "3 kraje", "5 krajów", "w 5
# krajach", "12 państw"; not "kraj", which no number above one counts.
NOUNS = r"(?:kraj(?:e|ów|ach|om|ami)|państw(?:a|ach|om|ami)?)"
COUNTRY_CLAIM = re.compile(
    UNQUOTED + rf"\b(?:(?P<digits>\d{{1,3}})\s+(?P<other>{OTHER})?|"
    + COUNTED_IN_WORDS + rf"\s+(?P<word_other>{OTHER})?){NOUNS}(?!\w)", re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + r"\b" + COUNTED_IN_WORDS + rf"(?P<words>(?:\s+{WORD}){{1,3}})",
                        re.IGNORECASE)
# What names one country besides a count: "12 krajów oprócz Polski", "nie licząc Polski".
BESIDE = r"oprócz|prócz|nie\s+licząc|z\s+wyjątkiem|obok"
BESIDES = re.compile(rf"(?:\s+{WORD})?,?\s+(?:{BESIDE})(?!\w)", re.IGNORECASE)
# The same before the count, in its clause: "Oprócz Polski w misji uczestniczy 12 krajów".
BESIDES_BEFORE = re.compile(rf"(?:{BESIDE})\s+{WORD}(?:\s+[^\W\d_,.;:][\w'’-]*){{0,5}},?\s+"
                            rf"(?:{WORD}\s+){{0,4}}\Z", re.IGNORECASE)
NUMBER_WORD = re.compile(r"\b(?:" + WORDS + r")\b", re.IGNORECASE)
MONTHS = "|".join({*get_month_names("wide", locale="pl").values(),
                   *get_month_names("wide", context="stand-alone", locale="pl").values()})
# A figure's history: an earlier level ("początkowo", "pierwsze wyniki"; not "po raz pierwszy",
# which says when), what was expected ("sondaże dawały", "exit poll"), and a later time ("do 11
# grudnia", "obecnie").
EARLIER = re.compile(r"(?<!\w)(?:początkowo|pierwotnie|wcześniej|uprzednio|poprzedni\w*|"
                     r"wstępn\w*|(?<!raz\s)pierwsz\w*(?!\s+raz)|oczekiw\w*|spodziew\w*|"
                     r"prognoz\w*|przewidyw\w*|sondaż\w*|exit\s+poll\w*|late\s+poll\w*|"
                     r"propon\w*|propozycj\w*)(?!\w)", re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:(?:do|od|na|według\s+stanu\s+na)\s+\d{{1,2}}\s+(?:{MONTHS})"
                   r"(?:\s+\d{4})?|później|następnie|potem|obecnie|teraz|dziś|dzisiaj|"
                   r"od\s+tego\s+czasu)(?!\w)", re.IGNORECASE)
# What a percentage is of: the genitive right after it, "35,4 proc. głosów" (see levels.py).
SHARE_OF = re.compile(rf"(?:(?<=%)|(?<=proc\.)|(?<=procent)|(?<=procenta))\s+(?P<whole>{WORD}"
                      rf"(?:\s+{WORD}){{0,3}})", re.IGNORECASE)
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d \u00a0\u202f,]*|{WORDS})"
                          rf"(?:\s+{WORD}){{1,3}}\s+(?:z|ze|spośród)\s+\Z", re.IGNORECASE)
# Another whole's countries, its name in the genitive after them: "27 państw UE", "27 państw
# członkowskich Unii Europejskiej", "54 kraje Afryki", "12 krajów z Azji".
OF_ANOTHER = of_named(r"(?:\s+członkowski(?:e|ch))?\s+(?:z\s+|ze\s+)?", joined="i|oraz")

NUMBER = number(SPACES)
SCALES = {"tys": 1e3, "tys.": 1e3, "tysiąc": 1e3, "tysiące": 1e3, "tysięcy": 1e3,
          "tysiąca": 1e3, "mln": 1e6, "milion": 1e6, "miliony": 1e6, "milionów": 1e6,
          "miliona": 1e6, "mld": 1e9, "miliard": 1e9, "miliardy": 1e9, "miliardów": 1e9,
          "miliarda": 1e9, "bln": 1e12, "bilion": 1e12, "biliony": 1e12, "bilionów": 1e12,
          "biliona": 1e12}
SCALE_WORDS = r"tys\.|tys|tysi(?:ąc[ea]?|ęcy)|mln|milion(?:y|ów|a)?|mld|miliard(?:y|ów|a)?|" \
    r"bln|bilion(?:y|ów|a)?"
SCALE = rf"(?:\s?(?P<scale>(?:{SCALE_WORDS})(?:(?<=\.)|(?!\w))))?"


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Polish
    names in every case a number puts them in ("dolarów amerykańskich") and the bare words."""
    found = {"zł": "PLN", "złoty": "PLN", "złote": "PLN", "złotych": "PLN", "złotego": "PLN",
             "$": "USD", "dolar": "USD", "dolary": "USD", "dolarów": "USD", "dolara": "USD",
             "€": "EUR", "euro": "EUR", "£": "GBP", "¥": "JPY", **PREFIXES}
    return names_in("pl", counts=(1, 2, 5, 1.5)) | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3]
# The currency after the amount ("150 mln zł", "360 mln dolarów", "5 tys. euro"), or its sign
# before it ("$360 mln", "€2,5 mld").
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s?"
                         rf"(?P<currency>(?:{alternatives(NAMED)})(?!\w)|{codes_pattern()}|"
                         r"zł(?!\w)|€|(?-i:[A-Z]{1,3})?\$(?!\s?\d))", re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)€)\s?"
                   rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "zł", "złot", "pln", "usd", "eur", "dolar", "funt", "frank",
               "jen", "juan")
money_matches = functools.partial(money_in, hints=MONEY_HINTS, openings=openings(NAMED),
                                  named=NAMED_MONEY, signed=MONEY,
                                  first=code_first(NUMBER, SCALE))
# A change before the amount: "wzrosła o 3 proc.", "spadek o 2 pkt", "o 41 mniej" (but
# "wzrosła do 74 proc." gives a level), "straciło 41 mandatów"; or a margin, "zabrakło 9 głosów".
ABOUT = r"(?:około\s+|ok\.?\s+|prawie\s+|blisko\s+|ponad\s+)?"
CHANGE = re.compile(r"(?<!\w)(?:(?:wzr[oó]s\w*|urós\w*|spad\w*|zwiększ\w*|zmniejsz\w*|zysk\w*|"
                    r"podni\w*|obniż\w*|zmal\w*|skoczy\w*)(?:\s+się)?\s+)?o\s+"
                    rf"{ABOUT}\Z|(?<!\w)(?:strac\w*|przyby\w*|ubył\w*)\s+(?:o\s+)?{ABOUT}\Z"
                    r"|(?<!\w)zabrak\w*\s+(?:tylko\s+|zaledwie\s+)?\Z", re.IGNORECASE)
# An amount added to a level: "kolejnych 200 policjantów", "200 dodatkowych policjantów".
ADDED = re.compile(r"(?<!\w)(?:kolejn(?:ych|e|i)|dodatkow(?:ych|e|i)|jeszcze)\s+"
                   r"(?:około\s+|ok\.\s+|prawie\s+)?\Z", re.IGNORECASE)
ADDED_AFTER = re.compile(r"\s*(?:kolejn|dodatkow)\w*(?!\w)", re.IGNORECASE)
PERCENT = percent(SPACES, r"proc\.|proc(?!\w)|procent\w*")
COUNTED_NUMBER = counted_number(SPACES)
# A count's words come after its scale ("21,6 mln wyborców"); not a scale, a month ("15
# października") or the word of a year ("2023 roku"); an ordinal's point ("5. miejsce") ends
# the number before any word.
COUNT = re.compile(rf"(?P<number>{COUNTED_NUMBER}){SCALE}\s+"
                   rf"(?P<words>(?!(?:{SCALE_WORDS}|{MONTHS}|roku|rok|r\.|proc|procent\w*)"
                   rf"(?!\w)){WORD}(?:\s+{WORD}){{0,2}})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
# A range: "od 5 do 10", "5-10 proc.", "między 20 a 30 proc.".
END = (rf"(?:(?:US)?\$|€)?(?:{NUMBER})(?:[{SPACES}]?(?:%|proc\.|procent\w*)|"
       rf"\s?(?:{SCALE_WORDS})(?:(?<=\.)|(?!\w)))?(?:\s(?:zł|złotych|euro|dolarów)(?!\w))?")
MINUS = rf"(?:{sign_pattern('pl')})?"
RANGE = re.compile(rf"(?P<between>\b(?:między|pomiędzy)\s+)?(?<![\w.,])(?<!\d[{SPACES}])"
                   rf"{MINUS}(?P<first>{END})(?(between)\s+a\s+|"
                   rf"(?:(?P<to>[{SPACES}]+do[{SPACES}]+)|[–-])){MINUS}(?P<second>{END})",
                   re.IGNORECASE)
# What makes "X do Y" after it a level and the next: "wzrosła z 12 do 29 proc."; "od 5 do 10"
# stays a range.
FROM_LEVEL = re.compile(r"(?<!\w)(?:z|ze)\s+\Z", re.IGNORECASE)
# The points of abbreviations, which end no sentence before a lowercase word: "35,4 proc.
# głosów", "600 tys. Polaków", "ok. 150 mln zł", "w 2023 r. wybory".
UNSTOPPED = re.compile(r"(?<!\w)(?:tys|proc|ok|pkt|godz|tzw|np|ws|nr|ub|r|m\.in|zob|im|ul|"
                       r"prof|dr|gen|św)\.(?!\s+[A-ZĄĆĘŁŃÓŚŹŻ])")
STOP_WORDS = frozenset(
    "i a w we z ze na do od o u po za przy dla bez przez pod nad przed między oraz lub albo "
    "czy że to ten ta te tym tego tej tych się nie jest są był była było byli były będzie "
    "będą jak jako który która które którzy których którym co już też także jego jej ich ale "
    "lecz więc tylko jeszcze ponad około ok blisko prawie niemal razem mniej więcej niż jednak "
    "wśród według r roku proc tys mln mld ich swoje swoich on ona oni one go mu".split())
QUALIFIERS = {
    "ponad": "more", "przeszło": "more", "więcej niż": "more", "powyżej": "more",
    "co najmniej": "at least", "przynajmniej": "at least", "minimum": "at least",
    "nie mniej niż": "at least", "mniej niż": "fewer", "poniżej": "fewer",
    "maksymalnie": "up to", "najwyżej": "up to", "nie więcej niż": "up to",
    "prawie": "nearly", "niemal": "nearly", "nieomal": "nearly", "niespełna": "nearly",
    "niecałe": "nearly", "blisko": "about", "około": "about", "ok.": "about", "ok": "about",
    "mniej więcej": "about", "rzędu": "about"}
# What may be or will be, not what is: "grozi mu do 10 lat", "może sięgnąć", "prawdopodobnie".
FORESEEN = re.compile(r"(?<!\w)(?:może|mogą|mógłby|mogłaby|mogłoby|mogliby|prawdopodobnie|"
                      r"grozi|grożą|prognoz\w*|przewiduj\w*)(?!\w)", re.IGNORECASE)
# A proportion ("2 na 5 Polaków"), and a margin, after the noun it counts ("9 głosów
# przewagi").
RATIO = re.compile(rf"(?<=\d)(?<!{YEAR})\s+na\s+(?=\d)", re.IGNORECASE)
MARGIN = re.compile(r"\s+(?:przewagi|różnicy)(?!\w)", re.IGNORECASE)
# Words that open a count and name nothing: "Wszystkie 31 ..." (see Counting.openers).
OPENERS = frozenset("wszystkie wszystkich tylko zaledwie aż dokładnie już dziś".split())

COUNTING = Counting(
    language="pl", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("kraj", "państw"), country_nouns=("kraje", "krajów", "państwa"),
    money=money_matches, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, openers=OPENERS,
    number=FIGURE_NUMBER, value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural,
    stem=stem, word=re.compile(r"[^\W_][\w-]*"), number_word=NUMBER_WORD,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM, unstopped=UNSTOPPED,
    besides_before=BESIDES_BEFORE, of_another=OF_ANOTHER, added=ADDED, added_after=ADDED_AFTER,
    foreseen=FORESEEN, ratio=RATIO, margin=MARGIN)
