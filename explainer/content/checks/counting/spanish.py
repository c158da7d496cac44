"""How Spanish writes counts and amounts: "otros nueve países", "más de 30 países",
"360 millones de dólares", "US$360 millones", "1.000 policías" (a point, or a space, between
thousands; a comma before decimals, as CLDR's Spanish writes them)."""

from __future__ import annotations

import functools
import re
import unicodedata

from babel.dates import get_month_names

from . import WORD, YEAR, Counting
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
    region_pays_in,
)
from .hundreds import SPANISH
from .patterns import (
    naming,
    of_named,
    pointing_back,
    qualifier_pattern,
    whole_first,
    words_pattern,
)
from .signs import sign_pattern
from .verbforms import (
    SPANISH_GLIDE,
    SPANISH_PAST,
    SPANISH_PLURAL,
    SPANISH_PRETERITE,
    spanish_verb_stem,
    without_participle,
)

UNITS = "uno dos tres cuatro cinco seis siete ocho nueve".split()
TEENS = ("diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve "
         "veinte").split()
TWENTIES = ("veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
            "veintiocho veintinueve").split()
TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
        "ochenta": 80, "noventa": 90}
# Before a noun, "uno" is "un" or "una": "veintiún países", "treinta y una naciones".
ONE = {"un": 1, "una": 1, "uno": 1}


def number_words() -> dict[str, int]:
    """Return the numbers in words below a thousand, every part joined by a hyphen ("treinta-y-
    dos"), and the dozens ("una docena", "media docena")."""
    found = {"cero": 0, **ONE} | {w: n for n, w in enumerate(UNITS, 1)}
    found |= {w: n for n, w in enumerate(TEENS, 10)} | {w: n for n, w in enumerate(TWENTIES, 21)}
    found |= {"veintiún": 21, "veintiuna": 21, "cien": 100}
    for word, value in TENS.items():
        found |= {word: value} | {f"{word}-y-{unit}": value + n for unit, n in
                                  [*ONE.items(), *((u, n) for n, u in enumerate(UNITS, 1))]}
    return found | SPANISH.words(found) | {"una-docena": 12, "media-docena": 6}


NUMBER_WORDS = number_words()
# Read whole ("treinta y cinco", not its "cinco"); not "un país", which is "a country".
WORDS = words_pattern(set(NUMBER_WORDS) - {"cero", "un", "una", "uno"},
                      [*(f"{word} y" for word in TENS), *SPANISH.continued, "cientos", "mil"])
# The words before a count in words that point back at countries just named: "los dos
# países", "nuestros tres países", "los otros dos países", "ambos"; not "a", a preposition
# before a count ("implica a ocho países"), whose range countclaims.py reads ("de cinco a ocho").
POINTING_BACK = ("los", "las", "estos", "estas", "esos", "esas", "aquellos", "sus", "nuestros",
                 "nuestras", "vuestros", "tus", "mis", "todos", "todas", "otros", "otras",
                 "primeros", "últimos", "de")
GUARDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK)
COUNTED_IN_WORDS = rf"(?P<word>{WORDS})"
# The clause after a count's noun that makes its countries all those that took part, and
# "los" or "todos" before it point at every one of them: "los cinco países que participaron",
# "que tomaron parte", "los cinco países participantes", "implicados".
TAKING_PART = (r"(?:que\s+(?:(?:han|habían)\s+)?(?:particip[a-zé]+|tom[a-zó]+\s+parte)|"
               r"participantes|implicados|involucrados)\b")
CLAIM_GUARDS = pointing_back(POINTING_BACK, ("los", "las", "estos", "estas", "todos", "todas"),
                             WORDS + r"\s+(?:países|naciones)\s+" + TAKING_PART)
# A count in figures ("30 países", "otros 12 países") or in words ("nueve países", "otras dos
# naciones", "una docena de países"); "otros" comes before the number.
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"\b(?:(?P<other>otr[oa]s\s+)?(?P<digits>\d{1,3})\s+|" + CLAIM_GUARDS
    + r"(?P<word_other>otr[oa]s\s+)?" + COUNTED_IN_WORDS
    + r"\s+(?:(?<=docena\s)de\s+)?)(?:países|naciones)\b", re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + r"\b" + GUARDS + COUNTED_IN_WORDS +
                        r"(?P<words>(?:\s+[^\W\d_][\w'’-]*){1,3})", re.IGNORECASE)
# "12 países además de Kenia", "Kenia y 12 países más." (not "los 12 países más pobres").
BESIDES = re.compile(r"(?:\s+[^\W\d_][\w-]*)?,?\s+(?:(?:además|aparte|fuera|más allá)\s+de\b|"
                     r"sin contar\b|excepto\b|salvo\b|más(?=\s*[,.;:)]|\s*\Z|\s+(?:se|han|y)\b))",
                     re.IGNORECASE)
NUMBER_WORD = re.compile(r"\b(?:" + WORDS + r")\b", re.IGNORECASE)
# A figure's history: an earlier level ("inicialmente", "el primer balance"; not "por primera
# vez", which says when), and a later time ("; para el 11 de noviembre, el balance era de 3.118").
# So is what others expected ("los analistas esperaban un 3,5 %"), not what is due ("se
# esperan 200 policías") nor who waited ("esperaban en la frontera").
EXPECTED = (r"(?<!\bse\s)esperaba(?:n)?(?!\s+(?:en|a|al)\b)|pronosticaba(?:n)?|previsi(?:ón|ones)|"
            r"pronósticos?|consenso|consultados|encuestados|propu(?:so|sieron|est[ao]s?)|"
            r"propone[n]?|proponía[n]?")
EARLIER = re.compile(r"(?<!\w)(?:inicialmente|originalmente|previamente|anterior(?:es|mente)?|"
                     r"en un (?:primer momento|principio)|al principio|en origen|"
                     r"primer(?:o|a|os|as)?(?!\s+vez)|" + EXPECTED + r")(?!\w)", re.IGNORECASE)
MONTHS = "|".join(get_month_names("wide", locale="es").values())
LATER = re.compile(r"(?<!\w)(?:(?:para|hasta|a|al|a fecha de)\s+(?:el\s+)?\d{1,2}\s+de\s+"
                   rf"(?:{MONTHS})(?:\s+de\s+\d{{4}})?|para entonces|más tarde|después|luego|"
                   r"posteriormente|desde entonces|ahora|actualmente|hoy)(?!\w)", re.IGNORECASE)
# What a percentage is of: "6 % de las importaciones", "el 31 % del gasto".
SHARE_OF = re.compile(r"\s+(?:de\s+(?:las?|los|lo|sus?)\s+|del\s+|de\s+)"
                      r"(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})", re.IGNORECASE)
# A count of other things before a count of countries: "14 ministros de 9 países".
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d. \u00a0\u202f]*|{WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+de\s+\Z", re.IGNORECASE)
# Another whole's countries, named: "los 27 países de la UE", "los 27 países miembros de la
# Unión Europea", "los 54 países de África", "los 15 países de la CEDEAO"; or named first,
# having them: "El espacio Schengen tiene 29 países".
OF_ANOTHER = of_named(r"(?:\s+miembros)?\s+(?:de\s+(?:la|los|las)\s+|del\s+|de\s+)",
                      whole_first("espacio|zona|unión|alianza|bloque|grupo|liga|comunidad|"
                                  "organización", r"tiene|cuenta\s+con|agrupa|reúne|comprende"),
                      joined="y|e")

NUMBER = number(POINT_OR_SPACE)
SCALES = {"mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "millardo": 1e9,
          "millardos": 1e9, "billón": 1e12, "billones": 1e12}
SCALE_WORDS = r"mil\s+millones|mil|millón|millones|millardos?|billón|billones"
SCALE = rf"(?:\s(?P<scale>{SCALE_WORDS})\b)?"

PESOS = ("peso", "pesos")  # a peso of no country's, unless the region pays in one (regional())


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code."""
    found = {"$": "USD", "dólar": "USD", "dólares": "USD", "€": "EUR", "euro": "EUR",
             "euros": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD", "eur": "EUR", "gbp": "GBP",
             **dict.fromkeys(PESOS, "peso"), **PREFIXES}
    return names_in("es", "es_419", "es_MX") | found


CURRENCIES = currencies()


def regional(tag: str) -> dict[str, str]:
    """Return the currencies a regional tag reads its own way: "pesos" as the peso of a
    region that pays in one (Argentina's in es-AR, as CLDR names its currency), else none."""
    code = region_pays_in(tag)
    peso = code is not None and any(name.split()[0] in PESOS and found == code
                                    for name, found in CURRENCIES.items())
    return dict.fromkeys(PESOS, code) if peso else {}


NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3]
NAMES = alternatives(NAMED)
# The currency after the amount ("360 millones de dólares", "5.000 €"), or before it
# ("US$360 millones", "€2.500 millones", "USD 40 millones").
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s?(?:de\s+)?"
                         rf"(?P<currency>(?:{NAMES})(?!\w)|{codes_pattern()}|€|"
                         r"(?-i:[A-Z]{1,3})?\$(?!\s?\d))",
                         re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)€)\s?"
                   rf"(?P<number>{NUMBER}){SCALE}")
CODE_FIRST = code_first(NUMBER, SCALE)
MONEY_HINTS = ("$", "€", "£", "¥", "usd", "eur", "gbp", "dólar", "peso", "libra", "yen",
               "yuan", "real", "reales", "sol")
OPENINGS = openings(NAMED)
CHANGE = re.compile(r"\b(?:sub\w*|cay\w*|caíd\w*|aument\w*|creci\w*|baj\w*|descend\w*|"
                    r"descendió|redu\w*|disminu\w*|dispar\w*|repunt\w*|retroced\w*|alza|"
                    r"incremento|caída|descenso|reducción|avanz\w*|gan[óo]|perdi[óo]|"
                    r"recort\w*|encareci\w*|abarat\w*)\s+(?:en\s+|de\s+|del\s+)?(?:un\s+|el\s+)?"
                    r"(?:casi\s+|cerca\s+del?\s+|alrededor\s+del?\s+)?\Z"
                    # a margin: "fracasó por 9 votos", "le faltaron 9", "quedó a 9 votos"
                    r"|\b(?:(?:fracas\w*|gan(?:ó|a|an|aron)|perdi\w*|venci\w*|impus\w*)\s+por|"
                    r"falt\w*|qued\w*\s+a)\s+(?:solo\s+|apenas\s+)?\Z", re.IGNORECASE)
# An amount added to a level: "otros 200 policías", "además de 200"; "200 policías más",
# "200 agentes adicionales" (see counted.added_from()).
ADDED = re.compile(r"(?<!\w)(?:otr[oa]s|además(?:\s+de)?)\s+(?:unos\s+|unas\s+|casi\s+)?\Z",
                   re.IGNORECASE)
ADDED_AFTER = re.compile(r"\s*otr[oa]s\b|(?=(?:\s*[^\W\d_][\w'’-]*){1,2}\s+"
                         r"(?:más|adicionales)(?![\w'’-]))", re.IGNORECASE)
PERCENT = percent(POINT_OR_SPACE, r"por\s+ciento\b")
COUNTED_NUMBER = counted_number(POINT_OR_SPACE)
# A count's words come after its scale and "de" ("75 millones de habitantes"); not a scale
# itself, nor a month ("11 de noviembre").
COUNT = re.compile(rf"(?P<number>{COUNTED_NUMBER}){SCALE}(?:\s+de\s+|\s+)"
                   rf"(?P<words>(?!(?:de\s+)?(?:{SCALE_WORDS}|{MONTHS})\b)"
                   r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}")
# A range: "entre 25 y 90 %", "entre el 25 % y el 90 %", "de 25 a 90", "del 25 al 90 %",
# "25-90 %", "US$1-2 millones"; its dash unspaced.
END = (rf"(?:(?:US)?\$|€)?(?:{NUMBER})(?:[{SPACES}]?(?:%|por ciento\b)|\s(?:{SCALE_WORDS})\b)?"
       r"(?:\s(?:de\s)?(?:dólares|euros)\b|[ \u00a0]?[$€])?")
# Either end may be below zero, as signs.py reads a sign:
# "de −3 % a −2 %", "entre menos 3 y menos 2 %".
MINUS = rf"(?:{sign_pattern('es')})?"
RANGE = re.compile(rf"(?P<between>\bentre\s+(?:el\s+)?)?(?<![\w.,])(?<!\d[{SPACES}])"
                   rf"{MINUS}(?P<first>{END})(?(between)\s+y\s+(?:el\s+)?|"
                   rf"(?:(?P<to>[{SPACES}]+al?[{SPACES}]+)|[–-])){MINUS}(?P<second>{END})",
                   re.IGNORECASE)
# What makes "X a Y" after it a level and the next: "pasó de 12 % a 61 %", "bajó del 12 %
# al 9 %"; a bare "de" leaves a range ("penas de 5 a 10 años").
FROM_LEVEL = re.compile(r"(?:(?<=ó\s)|(?<=ron\s)|(?<=ado\s)|(?<=ido\s)|(?<=ído\s)|(?<=pasa\s)|"
                        r"(?<=sube\s)|(?<=baja\s))del?\s+\Z|\bdesde\s+(?:el\s+)?\Z", re.IGNORECASE)
STOP_WORDS = frozenset(
    "el la los las lo un una unos unas de del al a ante con contra en entre hacia hasta para por "
    "según sin sobre tras y e o u ni que quien quienes cual cuales cuyo como cuando donde este "
    "esta estos estas ese esa esos esas aquel su sus mi mis nuestro nuestra nuestros nuestras "
    "se le les me te nos es son era eran fue fueron ser sido está están estaba estaban ha han "
    "había habían hay será serán más menos otro otra otros otras muy ya también pero no sí todo "
    "toda todos todas dijo dice dicen él ella ellos ellas desde aunque porque mientras cada así "
    "casi unos tras".split())
IRREGULAR_PLURALS = frozenset("gente personal".split())
BASE_QUALIFIERS = {
    "más de": "more", "más del": "more", "al menos": "at least", "por lo menos": "at least",
    "como mínimo": "at least", "no menos de": "at least", "menos de": "fewer",
    "menos del": "fewer", "hasta": "up to", "como máximo": "up to", "no más de": "up to",
    "casi": "nearly", "cerca de": "nearly", "cerca del": "nearly", "prácticamente": "nearly",
    "unos": "about", "unas": "about", "alrededor de": "about", "alrededor del": "about",
    "en torno a": "about", "en torno al": "about", "aproximadamente": "about"}
QUALIFIERS = BASE_QUALIFIERS | {f"{phrase} el": said for phrase, said in BASE_QUALIFIERS.items()
                                if phrase.split()[-1] not in ("de", "del", "a", "al", "unos",
                                                              "unas")} | crossed("es")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'policía' meets 'policías', 'país' 'países' and
    'muertos' 'muertas'; and a verb's participle and past, as prose tells what a timeline's
    title says in the present, its present: 'llegados' and 'llegaron' meet 'llegan' and
    'llega' (see verbforms.py)."""
    word = word.lower()
    past = SPANISH_PAST.search(word) is not None
    word = SPANISH_PRETERITE.sub("", word)
    # A stressed last vowel before 's' is a singular's: 'país', 'inglés', 'autobús'.
    if not (len(word) > 2 and word[-1] == "s" and word[-2] in "áéíóú"):
        if word.endswith("es") and len(word) >= 5 and word[-3] not in "aeiouáéíóú":
            word = word[:-2]
        elif word.endswith("s") and len(word) >= 4:
            word = word[:-1]
    word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    word = without_participle(word, "es")
    word = word[:-1] if word.endswith(("a", "o", "e")) and len(word) >= 4 else word
    return spanish_verb_stem(SPANISH_GLIDE.sub("", SPANISH_PLURAL.sub("", word)), past)


def plural(word: str) -> bool:
    """Tell whether a lowercased word looks like a plural noun: 'policías', 'países', 'años'."""
    return word in IRREGULAR_PLURALS or (
        word.endswith("s") and len(word) > 3 and word[-2] not in "áéíóús"
        and not word.endswith(("sis", "us")))


# The amounts of money in a text, in order (see currencies.money_in).
money_matches = functools.partial(money_in, hints=MONEY_HINTS, openings=OPENINGS,
                                  named=NAMED_MONEY, signed=MONEY, first=CODE_FIRST)

# A proportion, whose two numbers count nothing: "2 de cada 5 refugiados". And a margin,
# after the noun it counts: "9 votos de diferencia".
RATIO = re.compile(r"(?<=\d)\s+de\s+cada\s+(?=\d)", re.IGNORECASE)
MARGIN = re.compile(r"\s+de\s+(?:diferencia|ventaja)\b", re.IGNORECASE)

# What may be or will be, not what is (see english.py): "se enfrenta a hasta 10 años",
# "probablemente será revisada al 3,7 %", "proyectan la tasa en 4,6 %".
FORESEEN = re.compile(r"(?<!\w)(?:podrían?|probablemente|posiblemente|enfrenta(?:n|rá|ría)?|"
                      r"arriesga|proyecta(?:n)?|proyecci(?:ón|ones)|proyectad[oa]s?|"
                      r"un máximo de|será\s+revisad[oa])(?!\w)", re.IGNORECASE)

names_countries = naming("país", "paises", "nacion")

# Words that open a count and name nothing: "Todos 31 ..." (see Counting.openers).
OPENERS = frozenset((
    "todos todas solo sólo solamente apenas ambos ambas exactamente unos "
    "unas cada hoy"
).split())

COUNTING = Counting(
    ratio=RATIO, margin=MARGIN,
    language="es", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=names_countries, country_nouns=("países", "naciones"),
    money=money_matches, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, openers=OPENERS,
    number=FIGURE_NUMBER, value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural,
    stem=stem, word=WORD, number_word=NUMBER_WORD,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM, of_another=OF_ANOTHER,
    added=ADDED, added_after=ADDED_AFTER, foreseen=FORESEEN, regional=regional)
