"""How Portuguese writes counts and amounts: "outros seis países", "mais de 30 países", "360
milhões de dólares", "R$ 628 milhões", "2,5 mil milhões de euros", "1.000 policiais" (a point
between thousands, a comma before decimals; in Portugal a space between thousands, as CLDR says,
see styles.py). Brazil's "bilhão" is a thousand million, Portugal's "bilião" a million million."""

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
)
from .hundreds import PORTUGUESE
from .patterns import of_named, qualifier_pattern, words_pattern
from .signs import sign_pattern
from .verbforms import PORTUGUESE_PAST, without_participle

# The units and teens, with Brazil's and Portugal's spellings ("dezesseis", "dezasseis") and
# the feminine of one and two ("uma", "duas"): "vinte e duas nações".
UNITS = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
         "sete": 7, "oito": 8, "nove": 9}
TEENS = {"dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14,
         "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17,
         "dezoito": 18, "dezenove": 19, "dezanove": 19}
TENS = {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
        "setenta": 70, "oitenta": 80, "noventa": 90}


def number_words() -> dict[str, int]:
    """Return the numbers in words below a thousand, every part joined by a hyphen ("vinte-e-
    -dois"; word_value() reads the spaces of "vinte e dois"), the hundreds in both genders."""
    found = UNITS | TEENS | {"cem": 100}
    for word, value in TENS.items():
        found |= {word: value} | {f"{word}-e-{unit}": value + n for unit, n in UNITS.items()}
    return found | PORTUGUESE.words(found)


NUMBER_WORDS = number_words()
# Read whole ("vinte e cinco", not its "cinco"); not "um país", which is "a country".
WORDS = words_pattern(set(NUMBER_WORDS) - {"um", "uma"},
                      [*(f"{word} e" for word in TENS), *PORTUGUESE.continued, "mil"])
# The words before a count in words that point back at countries just named: "os dois
# países", "estes três países", "os outros dois países", "dos dois países".
POINTING_BACK = ("os", "as", "estes", "estas", "esses", "essas", "aqueles", "aquelas", "seus",
                 "suas", "nossos", "nossas", "todos", "todas", "outros", "outras", "ambos",
                 "primeiros", "últimos", "dos", "das", "aos", "às", "nos", "nas", "pelos",
                 "pelas", "de")
GUARDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK)
COUNTED_IN_WORDS = rf"(?P<word>{WORDS})"
# "Estados", capitalised, counts countries ("27 Estados-membros"); not "Estados Unidos", nor
# "estados", which in Brazil are its states ("em 12 estados").
NOUNS = r"(?:países|nações|(?-i:Estados)(?!\s+Unidos\b))"
# A count in figures ("30 países", "outros 12 países") or in words ("nove países", "outras
# duas nações"); "outros" comes before the number.
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"\b(?:(?P<other>outr[oa]s\s+)?(?P<digits>\d{1,3})\s+|" + GUARDS
    + r"(?P<word_other>outr[oa]s\s+)?" + COUNTED_IN_WORDS + r"\s+)" + NOUNS + r"(?!\w)",
    re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + r"\b" + GUARDS + COUNTED_IN_WORDS +
                        r"(?P<words>(?:\s+[^\W\d_][\w'’-]*){1,3})", re.IGNORECASE)
# What names one country besides a count: "12 países além do Brasil", "exceto Portugal".
BESIDE = r"(?:para\s+)?além\s+(?:de|do|da|dos|das)\b|exceto\b|excepto\b|salvo\b|" \
    r"sem contar\b|fora\s+(?:o|a)\b"
BESIDES = re.compile(rf"(?:\s+[^\W\d_][\w-]*)?,?\s+(?:{BESIDE})", re.IGNORECASE)
# The same before the count, in its clause: "Além do Brasil, participam 12 países".
BESIDES_BEFORE = re.compile(rf"(?:{BESIDE})\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_,.;:][\w'’-]*){{0,5}},"
                            r"?\s+(?:[^\W\d_][\w'’-]*\s+){0,4}\Z", re.IGNORECASE)
NUMBER_WORD = re.compile(r"\b(?:" + WORDS + r")\b", re.IGNORECASE)
# A figure's history: an earlier level ("inicialmente", "o primeiro balanço"; not "pela
# primeira vez", which says when), and a later time ("; até 11 de novembro, eram 3.118").
# So is what others expected ("os economistas esperavam 3,5 %"), not what is due ("esperam-se
# 200 policiais") nor who waited ("esperavam na fronteira").
EXPECTED = (r"(?<!\bse\s)esperava[m]?(?![\w-])(?!\s+(?:em|no|na|a|pel[oa])\b)|projetava[m]?|"
            r"previs(?:ão|ões)|consenso|consultados|propost[oa]s?|propôs|propuseram|"
            r"propõe[m]?")
EARLIER = re.compile(r"(?<!\w)(?:inicialmente|originalmente|anterior(?:es|mente)?|previamente|"
                     r"num primeiro momento|em um primeiro momento|no início|a princípio|"
                     r"primeir[oa]s?(?!\s+vez)|" + EXPECTED + r")(?!\w)", re.IGNORECASE)
MONTHS = "|".join(get_month_names("wide", locale="pt").values())
# A month, or a part of it ("em dezembro", "até meados de setembro", "no fim de maio"), and a
# span a later time is after ("Um mês depois", "Duas semanas mais tarde").
PART_OF = r"(?:até|em|no)\s+(?:(?:meados|fim|fins|final|início|começo)\s+de\s+)?"
SPAN = (r"(?:um|uma|dois|duas|três|quatro|cinco|seis|alguns|algumas|poucos|\d+)\s+"
        r"(?:dias?|semanas?|mês|meses|anos?)\s+")
LATER = re.compile(r"(?<!\w)(?:(?:até|em|a|no dia)\s+(?:o\s+|a\s+)?\d{1,2}\s+de\s+"
                   rf"(?:{MONTHS})(?:\s+de\s+\d{{4}})?|{PART_OF}(?:{MONTHS})(?:\s+de\s+\d{{4}})?|"
                   rf"(?:{SPAN})?(?:mais tarde|depois)|posteriormente|"
                   r"desde então|agora|atualmente|actualmente|hoje)(?!\w)", re.IGNORECASE)
# "De", "do", "da", "dos", "das": what a percentage is of ("6% das importações").
SHARE_OF = re.compile(r"\s+(?:d[oa]s?|de)\s+"
                      r"(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})", re.IGNORECASE)
# A count of other things before a count of countries: "14 ministros de 9 países".
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d. \u00a0\u202f]*|{WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+de\s+\Z", re.IGNORECASE)
# Another whole's countries, named: "os 27 países da UE", "os 27 Estados-membros da União
# Europeia", "os 54 países de África"; or a federation's: "Estados brasileiros".
NAMED_WHOLE = of_named(r"(?:[\s-]+[mM]embros)?\s+(?:d[oa]s?\s+|de\s+)",
                       joined="e")
FEDERATED = re.compile(r"[\s-]+(?:brasileiros|norte-americanos|americanos|federados|"
                       r"da\s+federação|do\s+Brasil|dos\s+EUA)\b", re.IGNORECASE)
# A sentence on Brazil's federation, whose states are "Estados" to some: "governadores de 12
# Estados e do Distrito Federal".
FEDERAL = re.compile(r"(?<!\w)(?:Distrito Federal|DF|governador\w*|unidades da federação)"
                     r"(?!\w)", re.IGNORECASE)
SENTENCE_STOP = re.compile(r"(?<!\d)[.;!?](?:\s|$)")


def of_another(text: str, start: int, end: int) -> bool:
    """Tell whether a count of countries counts another whole's: a named one's ("os 27 países
    da UE"), or a federation's states ("12 Estados brasileiros", "12 Estados e o DF")."""
    if NAMED_WHOLE(text, start, end):
        return True
    if not text[start:end].endswith("Estados"):
        return False
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, 0, start)]
    after = SENTENCE_STOP.search(text, end)
    return FEDERATED.match(text, end) is not None or FEDERAL.search(
        text, stops[-1] if stops else 0, after.start() if after else len(text)) is not None


NUMBER = number(POINT_OR_SPACE)
SCALES = {"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "mi": 1e6, "mil milhões": 1e9,
          "bilhão": 1e9, "bilhões": 1e9, "bi": 1e9, "bilião": 1e12, "biliões": 1e12,
          "trilhão": 1e12, "trilhões": 1e12, "tri": 1e12}
SCALE_WORDS = r"mil\s+milhões|mil|milhão|milhões|bilhão|bilhões|bilião|biliões|trilhão|" \
    r"trilhões|mi|bi|tri"
SCALE = rf"(?:\s(?P<scale>{SCALE_WORDS})(?!\w))?"


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's names in
    Brazil and in Portugal ("dólares canadenses", "dólares canadianos") and the bare words."""
    found = {"$": "USD", "dólar": "USD", "dólares": "USD", "€": "EUR", "euro": "EUR",
             "euros": "EUR", "£": "GBP", "libras": "GBP", "¥": "JPY", "real": "BRL",
             "reais": "BRL", "usd": "USD", "eur": "EUR", "gbp": "GBP", "brl": "BRL",
             **PREFIXES}
    return names_in("pt", "pt_PT") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3]
NAMES = alternatives(NAMED)
# The currency after the amount ("360 milhões de dólares", "5.000 €"), or before it ("R$ 628
# milhões", "US$ 360 milhões", "€ 2,5 mil milhões").
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s?(?:de\s+)?"
                         rf"(?P<currency>(?:{NAMES})(?!\w)|{codes_pattern()}|€|"
                         r"(?-i:[A-Z]{1,3})?\$(?!\s?\d))",
                         re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)€)\s?"
                   rf"(?P<number>{NUMBER}){SCALE}")
CODE_FIRST = code_first(NUMBER, SCALE)
MONEY_HINTS = ("$", "€", "£", "¥", "usd", "eur", "gbp", "brl", "dólar", "real", "reais",
               "libra", "iene", "yuan", "franco", "kwanza", "metica", "escudo")
OPENINGS = openings(NAMED)
CHANGE = re.compile(r"\b(?:sub\w*|ca[ií]\w*|queda|aument\w*|cresc\w*|baix\w*|recu\w*|"
                    r"diminu\w*|redu\w*|redução|dispar\w*|salt\w*|avanç\w*|alta|ganh\w*|"
                    r"perd\w*|encolh\w*|valoriz\w*|desvaloriz\w*|expans\w*|retra\w*)\s+"
                    r"(?:em\s+|de\s+|d[oa]s?\s+)?(?:cerca\s+de\s+|quase\s+)?\Z"
                    # a margin: "falhou por 9 votos", "faltaram 9 votos"
                    r"|\b(?:(?:falh|fracass|venc|ganh|perd|derrot)\w*\s+por|falt\w*)\s+"
                    r"(?:apenas\s+|só\s+)?\Z", re.IGNORECASE)
# An amount added to a level: "outros 200 policiais", "mais 200", "200 policiais a mais" (see
# counted.added_from()).
ADDED = re.compile(r"(?<!\w)(?:outr[oa]s|mais)\s+(?:cerca\s+de\s+|quase\s+)?\Z",
                   re.IGNORECASE)
ADDED_AFTER = re.compile(r"\s*outr[oa]s\b|(?=(?:\s*[^\W\d_][\w'’-]*){1,2}\s+(?:a\s+mais|"
                         r"adicionais)(?![\w'’-]))", re.IGNORECASE)
PERCENT = percent(POINT_OR_SPACE, r"por\s+cento\b")
COUNTED_NUMBER = counted_number(POINT_OR_SPACE)
# A count's words come after its scale and "de" ("200 milhões de habitantes"); not a scale
# itself, nor a month ("25 de junho").
COUNT = re.compile(rf"(?P<number>{COUNTED_NUMBER}){SCALE}(?:\s+de\s+|\s+)"
                   rf"(?P<words>(?!(?:de\s+)?(?:{SCALE_WORDS}|{MONTHS})\b)"
                   r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
# A range: "entre 20 e 30", "entre 20% e 30%", "de 25 a 90", "dos 25 aos 90", "25-90%"; its
# dash unspaced.
END = (rf"(?:(?:US|R)?\$|€)?\s?(?:{NUMBER})(?:[{SPACES}]?(?:%|por cento\b)|"
       rf"\s(?:{SCALE_WORDS})(?!\w))?(?:\s(?:de\s)?(?:dólares|euros|reais)\b|[ \u00a0]?[$€])?")
# Either end may be below zero, as signs.py reads a sign:
# "de −3% a −2%", "entre menos 3 e menos 2%".
MINUS = rf"(?:{sign_pattern('pt')})?"
RANGE = re.compile(rf"(?P<between>\bentre\s+(?:[oa]s?\s+)?)?(?<![\w.,])(?<!\d[{SPACES}])"
                   rf"{MINUS}(?P<first>{END})(?(between)\s+e\s+(?:[oa]s?\s+)?|"
                   rf"(?:(?P<to>[{SPACES}]+(?:a|ao|aos|à|às)[{SPACES}]+)|[–-]))"
                   rf"{MINUS}(?P<second>{END})", re.IGNORECASE)
# What makes "X a Y" after it a level and the next: "passou de 870 para 3.118", "subiu de 12%
# a 29%" after a verb; a bare "de" leaves a range ("penas de 5 a 10 anos").
FROM_LEVEL = re.compile(r"(?:(?<=ou\s)|(?<=eu\s)|(?<=iu\s)|(?<=ado\s)|(?<=ido\s)|(?<=passa\s)|"
                        r"(?<=sobe\s)|(?<=cai\s))d[eo]s?\s+\Z|\bdesde\s+(?:[oa]s?\s+)?\Z",
                        re.IGNORECASE)
STOP_WORDS = frozenset(
    "o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos "
    "pelas para com sem sob sobre entre até e ou nem que quem qual quais cujo como quando onde "
    "este esta estes estas esse essa esses essas aquele aquela seu sua seus suas nosso nossa "
    "se lhe lhes me te é são era eram foi foram ser sido está estão estava estavam tem têm "
    "tinha tinham há será serão mais menos outro outra outros outras muito já também mas não "
    "sim todo toda todos todas disse diz dizem ele ela eles elas desde embora porque cada "
    "assim quase cerca após".split())
IRREGULAR_PLURALS = frozenset("gente pessoal".split())
ARTICLE = r"(?:[oa]s?)\s+"
BASE_QUALIFIERS = {
    "mais de": "more", "mais do que": "more", "acima de": "more", "pelo menos": "at least",
    "ao menos": "at least", "no mínimo": "at least", "não menos de": "at least",
    "menos de": "fewer", "abaixo de": "fewer", "até": "up to", "no máximo": "up to",
    "não mais de": "up to", "quase": "nearly", "perto de": "nearly", "cerca de": "about",
    "uns": "about", "umas": "about", "aproximadamente": "about", "por volta de": "about",
    "em torno de": "about", "à volta de": "about"}
# A qualifier's "de" joins an article: "mais dos 30 países", "cerca das 20 horas".
QUALIFIERS = BASE_QUALIFIERS | {
    phrase[:-2] + contracted: said for phrase, said in BASE_QUALIFIERS.items()
    if phrase.endswith(" de") for contracted in ("do", "da", "dos", "das")} | crossed("pt")


def names_countries(text: str) -> bool:
    """Tell whether a text says 'países', 'nações' or 'Estados', in any case."""
    lowered = text.lower()
    return "país" in lowered or "paises" in lowered or "naç" in lowered or "Estados" in text


# The ending of one who does what a verb says, after its vowel: "doador", "doadora", not "dor".
AGENT = re.compile(r"(?<=\w{2}[aei])dora?\Z")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'país' meets 'países', 'nação' 'nações', 'policial'
    'policiais' and 'morto' 'mortas'; and a verb's past, as prose tells what a timeline's
    title says in the present, its present: 'chegou' and 'chegados' meet 'chega' (see
    verbforms.py); and 'doador' 'doados'."""
    word = PORTUGUESE_PAST.sub("", word.lower())
    for plural_ending, singular in (("ões", "ão"), ("ães", "ão"), ("ãos", "ão"), ("ais", "al"),
                                    ("éis", "el"), ("ns", "m")):
        if word.endswith(plural_ending) and len(word) > len(plural_ending) + 2:
            word = word[: -len(plural_ending)] + singular
            break
    else:  # a stressed last vowel before 's' is a singular's: 'país', 'inglês'
        if not (len(word) > 2 and word[-1] == "s" and word[-2] in "áéíóúâêô"):
            if word.endswith("es") and len(word) >= 5 and word[-3] in "rszl":
                word = word[:-2]
            elif word.endswith("s") and len(word) >= 4:
                word = word[:-1]
    word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    word = AGENT.sub("d", without_participle(word, "pt"))  # 'doador': 'doad', as 'doado' gives
    return word[:-1] if word.endswith(("a", "o", "e")) and len(word) >= 4 else word


def plural(word: str) -> bool:
    """Tell whether a lowercased word looks like a plural noun: 'policiais', 'países', 'anos'."""
    return word in IRREGULAR_PLURALS or (
        word.endswith("s") and len(word) > 3 and word[-2] not in "áéíóúâêôs"
        and not word.endswith(("us", "ês")))


# The amounts of money in a text, in order (see currencies.money_in).
money_matches = functools.partial(money_in, hints=MONEY_HINTS, openings=OPENINGS,
                                  named=NAMED_MONEY, signed=MONEY, first=CODE_FIRST)

# A proportion, whose two numbers count nothing: "2 em cada 5 refugiados". And a margin,
# after the noun it counts: "9 votos de diferença".
RATIO = re.compile(r"(?<=\d)\s+em\s+cada\s+(?=\d)", re.IGNORECASE)
MARGIN = re.compile(r"\s+de\s+(?:diferença|vantagem)\b", re.IGNORECASE)

# What may be or will be, not what is (see english.py): "enfrenta até 10 anos de prisão",
# "provavelmente será revista para 3,7%", "projetam a taxa em 4,6%".
FORESEEN = re.compile(r"(?<!\w)(?:poderiam?|poderá|poderão|provavelmente|possivelmente|"
                      r"enfrenta(?:m|rá|ria)?|projeta(?:m)?|projeç(?:ão|ões)|projetad[oa]s?|"
                      r"um máximo de|será\s+revist[oa])(?!\w)", re.IGNORECASE)

# Words that open a count and name nothing: "Todos 31 ..." (see Counting.openers).
OPENERS = frozenset((
    "todos todas só somente apenas ambos ambas exatamente cada hoje"
).split())

COUNTING = Counting(
    ratio=RATIO, margin=MARGIN,
    language="pt", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=names_countries, country_nouns=("países", "nações", "estados"),
    money=money_matches, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, openers=OPENERS,
    number=FIGURE_NUMBER, value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural,
    stem=stem, word=WORD, number_word=NUMBER_WORD,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS, ARTICLE), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, counted_from=COUNTED_FROM,
    besides_before=BESIDES_BEFORE, of_another=of_another,
    added=ADDED, added_after=ADDED_AFTER, foreseen=FORESEEN)
