"""How Italian writes counts and amounts: "altri sei paesi", "più di 30 paesi", "360 milioni
di dollari", "€ 2,5 miliardi", "1.000 poliziotti" (a point between thousands, a comma before
decimals; an apostrophe and a point in Switzerland, see styles.py)."""

from __future__ import annotations

import functools
import re
import unicodedata

from babel.dates import get_month_names

from ...naming.subdivisions import names_region
from ..texts.sentences import sentence_at
from . import YEAR, Counting
from .commas import POINT_OR_SPACE, SPACES, UNQUOTED, counted_number, number, percent, pointed_value
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
from .hundreds import ITALIAN
from .patterns import naming, of_named, qualifier_pattern, whole_first, words_pattern
from .signs import sign_pattern
from .verbforms import ITALIAN_PARTICIPLES
from .verbforms import NOUNS as PARTICIPLE_NOUNS

UNITS = "uno due tre quattro cinque sei sette otto nove".split()
TEENS = ("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
         "diciannove").split()
TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
        "settanta": 70, "ottanta": 80, "novanta": 90}


def number_words() -> dict[str, int]:
    """Return the numbers in words below a thousand, each one word: a ten drops its last vowel
    before "uno" and "otto" ("ventuno", "ventotto"), "uno" its last before a noun ("ventun
    paesi"), and "tre" takes an accent ("ventitré")."""
    found = {"un": 1, "una": 1, "uno": 1} | {w: n for n, w in enumerate(UNITS, 1)}
    found |= {w: n for n, w in enumerate(TEENS, 10)} | {"cento": 100}
    for ten, value in TENS.items():
        for n, unit in enumerate(UNITS, 1):
            joined = ten[:-1] + unit if unit in ("uno", "otto") else ten + unit
            found[joined] = value + n
        found |= {ten: value, ten[:-1] + "un": value + 1, ten[:-1] + "una": value + 1,
                  ten + "tré": value + 3, ten + "trè": value + 3}
    return found | ITALIAN.words(found)


NUMBER_WORDS = number_words()
# Read whole ("ventisei", not its "sei"); not "un paese", which is "a country".
WORDS = words_pattern(set(NUMBER_WORDS) - {"un", "una", "uno"}, ["cento", "mille", "mila"])
# The words before a count in words that point back at countries just named: "i due paesi",
# "questi tre paesi", "gli altri due paesi", "dei tre paesi", "tutti e tre i paesi".
POINTING_BACK = ("i", "gli", "le", "questi", "queste", "quei", "quegli", "quelle", "nostri",
                 "nostre", "vostri", "loro", "suoi", "sue", "tutti", "tutte", "entrambi", "primi",
                 "ultimi", "altri", "altre", "dei", "degli", "delle", "ai", "agli", "alle", "nei",
                 "negli", "nelle", "sui", "dai", "dagli", "di")
GUARDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK)
COUNTED_IN_WORDS = rf"(?P<word>{WORDS})"
# "Stati" counts countries ("27 Stati membri"), but not in "Stati Uniti".
NOUNS = r"(?:paesi|nazioni|stati(?!\s+uniti\b))"
# A count in figures ("30 paesi", "altri 12 paesi") or in words ("nove paesi", "altre due
# nazioni"); "altri" comes before the number.
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"\b(?:(?P<other>altr[ie]\s+)?(?P<digits>\d{1,3})\s+|" + GUARDS
    + r"(?P<word_other>altr[ie]\s+)?" + COUNTED_IN_WORDS + r"\s+)" + NOUNS + r"\b",
    re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + r"\b" + GUARDS + COUNTED_IN_WORDS +
                        r"(?P<words>(?:\s+[^\W\d_][\w'’-]*){1,3})", re.IGNORECASE)
# What names one country besides a count: "12 paesi oltre all'Italia", "oltre al Kenya".
BESIDE = r"(?:oltre|in aggiunta)\s+(?:a|ad|al|allo|alla|ai|agli|alle)\b|(?:oltre|in aggiunta)" \
    r"\s+all['’]|a parte\b|eccetto\b|tranne\b|esclus[oaie]\b|senza contare\b"
BESIDES = re.compile(rf"(?:\s+[^\W\d_][\w'’-]*)?,?\s+(?:{BESIDE})", re.IGNORECASE)
# The same before the count, in its clause: "Oltre all'Italia, partecipano 12 paesi".
BESIDES_BEFORE = re.compile(rf"(?:{BESIDE})\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_,.;:][\w'’-]*){{0,5}},"
                            r"?\s+(?:[^\W\d_][\w'’-]*\s+){0,4}\Z", re.IGNORECASE)
NUMBER_WORD = re.compile(r"\b(?:" + WORDS + r")\b", re.IGNORECASE)
# A figure's history: an earlier level ("inizialmente", "il primo bilancio"; not "per la prima
# volta", which says when), what others expected ("gli analisti si aspettavano il 3,5 %"; not
# "sono attesi 200 agenti"), and a later time ("; al 11 novembre il bilancio era di 3.118").
EARLIER = re.compile(r"(?<!\w)(?:inizialmente|originariamente|in origine|in precedenza|"
                     r"precedent[ei]|precedentemente|in un primo momento|all['’]inizio|dapprima|"
                     r"prim[oaie](?!\s+volt[ae])(?!\s+(?:del|della|dei|di|che)\b)|"
                     r"si\s+aspettava(?:no)?|previsioni|consenso|sondati|propost[oaie]|"
                     r"propone(?:va(?:no)?)?)(?!\w)",
                     re.IGNORECASE)
MONTHS = "|".join(get_month_names("wide", locale="it").values())
LATER = re.compile(r"(?<!\w)(?:(?:al|all['’]|entro il|fino al|dal|a partire dal)\s*\d{1,2}\s+"
                   rf"(?:{MONTHS})(?:\s+\d{{4}})?|più tardi|in seguito|successivamente|poi|"
                   r"ora|adesso|oggi|attualmente|da allora)(?!\w)", re.IGNORECASE)
# "Del", "della", "dell'", "dei", "degli", "delle" and "di": what a percentage is of ("il 6%
# delle importazioni"), what a count is of ("14 ministri di 9 paesi").
OF = r"(?:del|dello|della|dei|degli|delle|di)\s+|dell['’]|d['’]"
SHARE_OF = re.compile(rf"\s+(?:{OF})(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}})",
                      re.IGNORECASE)
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d. \u00a0\u202f]*|{WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+(?:di|da|provenienti\s+da)\s+\Z",
                          re.IGNORECASE)
# Another whole's countries, named: "i 27 paesi dell'UE", "i 27 Stati membri dell'Unione
# europea", "i 54 paesi dell'Africa"; or named first, having them: "L'area Schengen conta 29
# paesi"; or a federation's states: "50 stati americani".
NAMED_WHOLE = of_named(rf"(?:\s+[mM]embri)?\s+(?:{OF})",
                       whole_first("spazio|area|zona|unione|alleanza|blocco|gruppo|lega|"
                                   "comunità|organizzazione", "conta|ha|comprende|riunisce"),
                       joined="e|ed")
FEDERATED = re.compile(r"\s+(?:americani|statunitensi|(?-i:USA|Usa)|federati|federali|"
                       r"brasiliani|messicani|indiani|australiani|tedeschi|nigeriani)\b",
                       re.IGNORECASE)


# "Paesi" are also villages and towns: beside the words of a local place ("i 12 paesi colpiti
# dal terremoto", "paesi e frazioni della valle") or a country's region ("12 paesi della costa
# calabrese, in Calabria"), lowercase "paesi" counts them, not countries, which newsrooms write
# "Paesi" there.
LOCAL = re.compile(r"\b(?:comun[ei]|frazion[ei]|provinc\w+|terremot\w+|sism\w+|valle|valli|"
                   r"borgh[oi]|sindac[oi]|alluvion\w+|montan\w+|collin\w+|terremotat\w+)\b",
                   re.IGNORECASE)


def of_another(text: str, start: int, end: int) -> bool:
    """Tell whether a count of countries counts another whole's: a named one's ("i 27 paesi
    dell'UE"), a federation's states ("in 12 stati americani"), or villages ("nei 12 paesi
    colpiti dal terremoto", "40 paesi tra Sicilia e Calabria")."""
    counted = text[start:end]
    if counted.endswith("paesi"):
        sentence = sentence_at(text, start)
        if LOCAL.search(sentence) is not None or names_region(sentence):
            return True
    return NAMED_WHOLE(text, start, end) or counted.lower().endswith("stati") \
        and FEDERATED.match(text, end) is not None


NUMBER = number(POINT_OR_SPACE)
SCALES = {"mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6,
          "miliardo": 1e9, "miliardi": 1e9, "mld": 1e9, "mila miliardi": 1e12}
SCALE_WORDS = r"mila\s+miliardi|mila|mille|milion[ei]|mln|miliard[oi]|mld"
# A scale may be written onto its number: "20mila persone".
SCALE = rf"(?:\s?(?P<scale>{SCALE_WORDS})\b)?"


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Italian
    names ("dollari statunitensi", "franchi svizzeri") and the bare words."""
    found = {"$": "USD", "dollaro": "USD", "dollari": "USD", "dollari americani": "USD",
             "€": "EUR", "euro": "EUR", "£": "GBP", "sterlina": "GBP", "sterline": "GBP",
             "¥": "JPY", "yen": "JPY", "yuan": "CNY", "franchi": "CHF", "usd": "USD",
             "eur": "EUR", "gbp": "GBP", "chf": "CHF", **PREFIXES}
    return names_in("it") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3]
NAMES = alternatives(NAMED)
# The currency after the amount ("360 milioni di dollari", "5.000 euro"), or before it
# ("€ 2,5 miliardi", "$360 milioni", "USD 40 milioni").
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s?(?:di\s+|d['’])?"
                         rf"(?P<currency>(?:{NAMES})(?!\w)|{codes_pattern()}|€|"
                         r"(?-i:[A-Z]{1,3})?\$(?!\s?\d))",
                         re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)€)\s?"
                   rf"(?P<number>{NUMBER}){SCALE}")
CODE_FIRST = code_first(NUMBER, SCALE)
MONEY_HINTS = ("$", "€", "£", "¥", "usd", "eur", "gbp", "chf", "dollar", "euro", "sterlin",
               "franc", "yen", "yuan", "real", "rubl", "rupi")
OPENINGS = openings(NAMED)
CHANGE = re.compile(r"\b(?:aument\w*|cresc\w*|cresciut\w*|crescita|salit[oaie]|sal[ei]|"
                    r"salgono|salì|sces[oaie]|scend\w*|calat[oaie]|cal[ao]|calano|diminu\w*|"
                    r"rialz\w*|ribass\w*|balz\w*|croll\w*|guadagn\w*|pers[oaie]|perd\w*|"
                    r"incremento|rincar\w*|ridott[oaie]|riduzione|tagli\w*|flessione|"
                    r"progress\w*|recuper\w*)\s+(?:di\s+|del\s+|dell['’]\s*|dello\s+)?"
                    r"(?:circa\s+|quasi\s+|oltre\s+)?(?:il\s+|l['’]\s*)?\Z"
                    # a margin: "è fallita per 9 voti", "sono mancati 9 voti"
                    r"|\b(?:(?:fallit|bocciat|respint|vint|pers)[oaie]\s+per|mancat[oaie]|"
                    r"manca(?:no|vano|rono|va)?)\s+(?:solo\s+|appena\s+)?\Z", re.IGNORECASE)
# An amount added to a level: "altri 200 agenti", "200 agenti in più" (see
# counted.added_from()).
ADDED = re.compile(r"(?<!\w)altr[ie]\s+(?:circa\s+|quasi\s+)?\Z", re.IGNORECASE)
ADDED_AFTER = re.compile(r"\s*altr[ie]\b|(?=(?:\s*[^\W\d_][\w'’-]*){1,2}\s+(?:in\s+più|"
                         r"aggiuntiv[ie])(?![\w'’-]))", re.IGNORECASE)
PERCENT = percent(POINT_OR_SPACE, r"per\s+cento\b")
COUNTED_NUMBER = counted_number(POINT_OR_SPACE)
# A count's words come after its scale and "di" ("60 milioni di abitanti"); not a scale itself,
# nor a month ("il 25 giugno").
COUNT = re.compile(rf"(?P<number>{COUNTED_NUMBER}){SCALE}(?:\s+di\s+|\s+d['’]|\s+)"
                   rf"(?P<words>(?!(?:di\s+)?(?:{SCALE_WORDS}|{MONTHS})\b)"
                   r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
# A range: "tra 20 e 30", "fra il 20 e il 30%", "da 25 a 90", "dal 25 al 90%", "25-90%"; its
# dash unspaced.
END = (rf"(?:(?:US)?\$|€)?(?:{NUMBER})(?:[{SPACES}]?(?:%|per cento\b)|\s?(?:{SCALE_WORDS})\b)?"
       r"(?:\s(?:di\s)?(?:dollari|euro)\b|[ \u00a0]?[$€])?")
# Either end may be below zero, as signs.py reads a sign:
# "da −3% a −2%", "tra meno 3 e meno 2%".
MINUS = rf"(?:{sign_pattern('it')})?"
RANGE = re.compile(rf"(?P<between>\b(?:tra|fra)\s+(?:il\s+|l['’])?)?(?<![\w.,])"
                   rf"(?<!\d[{SPACES}]){MINUS}(?P<first>{END})(?(between)\s+e\s+(?:il\s+|l['’])?|"
                   rf"(?:(?P<to>[{SPACES}]+(?:a|al|all['’])[{SPACES}]*)|[–-])){MINUS}(?P<second>{END})",
                   re.IGNORECASE)
# What makes "X a Y" after it a level and the next: "è passato da 870 a 3.118", "dal 12% al
# 29%" after a verb; a bare "da" leaves a range ("pene da 5 a 10 anni").
FROM_LEVEL = re.compile(r"\b(?:pass\w*|sal\w*|sces\w*|cresc\w*|cal\w*|aument\w*|diminu\w*|"
                        r"andat\w*)\s+(?:da|dal|dall['’]|dai|dagli)\s*\Z", re.IGNORECASE)
STOP_WORDS = frozenset(
    "il lo la i gli le l un uno una di del dello della dei degli delle dell d a al allo alla ai "
    "agli alle all da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul "
    "sulla sui sugli sulle con per tra fra e ed o né che chi cui come quando dove questo questa "
    "questi queste quello quella quelli quelle suo sua suoi sue loro nostro nostra è sono era "
    "erano fu furono essere stato stata stati state ha hanno aveva avevano sarà saranno più "
    "meno altro altra altri altre molto già anche ma non sì tutto tutta tutti tutte ha detto "
    "dice dicono lui lei essi esse se si ci ne mentre ogni così quasi circa oltre".split())
IRREGULAR_PLURALS = frozenset("gente personale".split())
ARTICLE = r"(?:il|lo|la|i|gli|le)\s+|l['’]"
CONTRACTED = {"di": ("del", "dello", "della", "dei", "degli", "delle", "dell'", "dell’"),
              "a": ("al", "allo", "alla", "ai", "agli", "alle", "all'", "all’")}
BASE_QUALIFIERS = {
    "più di": "more", "oltre": "more", "almeno": "at least", "non meno di": "at least",
    "meno di": "fewer", "fino a": "up to", "al massimo": "up to", "non più di": "up to",
    "quasi": "nearly", "poco meno di": "nearly", "circa": "about", "intorno a": "about",
    "attorno a": "about", "all'incirca": "about", "approssimativamente": "about"}


def qualifiers() -> dict[str, str]:
    """Return the qualifiers, and those whose last word joins an article ("più del")."""
    found = dict(BASE_QUALIFIERS)
    for phrase, said in BASE_QUALIFIERS.items():
        *words, last = phrase.split()
        for contracted in CONTRACTED.get(last, ()):
            found[" ".join([*words, contracted])] = said
    return found


QUALIFIERS = qualifiers() | crossed("it")
# A word, its apostrophes and what comes before them apart: "dell'Unione" is "dell", "Unione".
WORD = re.compile(r"[^\W_][\w-]*")


# The endings of a verb's participle ("varato", "riunita", "ricevuti") and of its present
# in the third person ("arrivano", "riunisce", "partono"), after a stem of three letters.
VERB_ENDING = re.compile(r"(?<=\w{3})(?:[aiu]t[aeio]|isc(?:e|ono)|[ao]no)\Z")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'paese' meets 'paesi', 'poliziotto' 'poliziotti' and
    'nazione' 'nazioni': its last vowel, and its accents, go; and a verb's participle, as
    prose tells what a timeline's title says in the present, its present: 'varato' meets
    'vara', 'riunito' 'riunisce', 'arrivati' 'arrivano', 'aperto' 'apre'."""
    word = "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))
    if word not in PARTICIPLE_NOUNS["it"]:  # 'partito' is no 'parte'
        word = VERB_ENDING.sub("", word)
    word = word[:-1] if word.endswith(("a", "e", "i", "o")) and len(word) >= 4 else word
    return ITALIAN_PARTICIPLES.get(word, word)


def plural(word: str) -> bool:
    """Tell whether a lowercased word looks like a plural noun: 'paesi', 'vittime', 'anni'."""
    return word in IRREGULAR_PLURALS or word.endswith(("i", "e")) and len(word) > 3


# The amounts of money in a text, in order (see currencies.money_in).
money_matches = functools.partial(money_in, hints=MONEY_HINTS, openings=OPENINGS,
                                  named=NAMED_MONEY, signed=MONEY, first=CODE_FIRST)

# What may be or will be, not what is (see english.py): "rischia fino a 10 anni", "sarà
# probabilmente rivista al 3,7%", "le proiezioni danno il tasso al 4,6%".
FORESEEN = re.compile(r"(?<!\w)(?:potrebber?o|probabilmente|rischia(?:no)?|proiezion[ei]|"
                      r"proiett(?:a|ano)|un massimo di|sarà\s+rivist[oa])(?!\w)",
                      re.IGNORECASE)

# A proportion, whose two numbers count nothing: "2 su 5 rifugiati"; not after a year. And a
# margin, after the noun it counts: "9 voti di scarto".
RATIO = re.compile(rf"(?<=\d)(?<!{YEAR})\s+su\s+(?=\d)", re.IGNORECASE)
MARGIN = re.compile(r"\s+di\s+(?:scarto|differenza|vantaggio)\b", re.IGNORECASE)
names_countries = naming("paesi", "nazion", "stati")

# Words that open a count and name nothing: "Tutti 31 ..." (see Counting.openers).
OPENERS = frozenset((
    "tutti tutte solo soltanto appena entrambi entrambe esattamente ogni "
    "oggi"
).split())

COUNTING = Counting(
    language="it", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=names_countries, country_nouns=("paesi", "nazioni", "stati"),
    money=money_matches, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, openers=OPENERS,
    number=FIGURE_NUMBER, value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural,
    stem=stem, word=WORD, number_word=NUMBER_WORD,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS, ARTICLE), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM,
    besides_before=BESIDES_BEFORE, of_another=of_another,
    added=ADDED, added_after=ADDED_AFTER, foreseen=FORESEEN, ratio=RATIO,
    margin=MARGIN)
