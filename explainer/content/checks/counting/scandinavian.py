"""How Swedish, Danish and Norwegian (Bokmål) write counts and amounts, alike but for the
words each has its own (scandinavianwords.py): the number before its noun ("fyra länder",
"ni andre lande", "fire land", "mer än 30 länder"), numbers in words as one word
("tjugofem", "tjuefem", "femogtyve"), a decimal comma and thousands parted by a space of any
width ("1 000", "2,5"; Danish also "1.000"), money's name after the number ("360 miljoner
kronor", "2,5 milliarder kroner", "20 mia. kr."), "procent", "pct." or "prosent" beside "%"
(not "procentenheter", "procentpoint" or "prosentpoeng", changes). A point ends no sentence
after a day before its month ("den 7. november") or an abbreviation ("mio.", "mia.")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from . import YEAR, Counting
from .commas import UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .currencies import openings as openings_of
from .patterns import naming, of_named, qualifier_pattern, words_pattern
from .scandinavianwords import Tongue, act_stems, number_words

SCALES = {"tusen": 1e3, "tusind": 1e3, "miljon": 1e6, "miljoner": 1e6, "million": 1e6,
          "millioner": 1e6, "mn": 1e6, "mio": 1e6, "mio.": 1e6, "mill": 1e6, "mill.": 1e6,
          "milj": 1e6, "milj.": 1e6, "miljard": 1e9, "miljarder": 1e9, "milliard": 1e9,
          "milliarder": 1e9, "mdr": 1e9, "md": 1e9, "mia": 1e9, "mia.": 1e9, "mrd": 1e9,
          "mrd.": 1e9}
SCALE_WORDS = "|".join(re.escape(word) if word.endswith(".") else word + r"(?!\w)"
                       for word in sorted(SCALES, key=len, reverse=True))
SCALE = rf"(?:\s?(?P<scale>{SCALE_WORDS}))?"
MONTHS = ("januari|januar|februari|februar|mars|marts|april|maj|mai|juni|juli|augusti|"
          "august|september|oktober|november|december|desember")
# The words of all three that say the same, one table: a qualifier before a count.
QUALIFIERS = {
    "mer än": "more", "fler än": "more", "drygt": "more", "mere end": "more",
    "flere end": "more", "godt": "more", "mer enn": "more", "flere enn": "more",
    "drøyt": "more", "over": "more", "över": "more", "minst": "at least",
    "mindst": "at least", "mindre än": "fewer", "färre än": "fewer", "mindre end": "fewer",
    "færre end": "fewer", "mindre enn": "fewer", "færre enn": "fewer", "upp till": "up to",
    "op til": "up to", "opp til": "up to", "opptil": "up to", "nästan": "nearly",
    "næsten": "nearly", "nesten": "nearly", "knappt": "nearly", "knap": "nearly",
    "knapt": "nearly", "omkring": "about", "cirka": "about", "ca.": "about", "runt": "about",
    "rundt": "about", "ungefär": "about", "ungefær": "about", "omtrent": "about"}
QUALIFIED = r"(?:omkring\s+|cirka\s+|ca\.\s+|drygt\s+|godt\s+|drøyt\s+|knappt?\s+|knap\s+)?"
# A change, not a level: "ökade med 12 procent", "steg med", "faldt 3 pct.", "en ökning på 2
# procent"; "från 4 till 3,5 procent" is a level and the next (nextlevels.py).
CHANGE = re.compile(
    r"\b(?:öka[dr]?e?|ökning|steg|stiger|stigit|sjönk|sjunker|sjunkit|minska[dr]?e?|"
    r"minskning|höjde|höjt|höjer|höjning|sänkte|sänkt|sänker|sänkning|"
    r"steget|faldt|falder|faldet|falt|faller|falt|øge[dt]?e?|økte|økt|øker|"
    r"øgning|økning|stigning|nedgang|fald|fall|hævede|hævet|hæver|hevet|hevde|sænkede|sænket|"
    r"senket|senke[rt]?|plus|minus)\s+(?:med\s+|på\s+)?(?:en\s+|et\s+)?" + QUALIFIED + r"\Z"
    r"|\bmed\s+" + QUALIFIED + r"\Z", re.IGNORECASE)
FROM_LEVEL = re.compile(r"\bfr[åa]\s+\Z", re.IGNORECASE)
EARLIER = re.compile(r"(?<!\w)(?:först|først|inledningsvis|ursprungligen|oprindeligt|"
                     r"opprinnelig|tidigare|tidligere|väntat|ventet|forventet|prognos|"
                     r"prognose[nr]?)(?!\w)", re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:(?:den|per|fram\s+till|frem\s+til)\s+\d{{1,2}}\.?\s+"
                   rf"(?:{MONTHS})|senare|senere|numera|nu|nå|sedan\s+dess|siden)(?!\w)",
                   re.IGNORECASE)
SHARE_OF = re.compile(r"\s+av\s+(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
                      re.IGNORECASE)
FORESEEN = re.compile(r"(?<!\w)(?:kommer\s+att|kan\s+komma|väntas|forventes|ventes|"
                      r"ventas|risikerer|riskerar|prognos|prognose)(?!\w)", re.IGNORECASE)
# The points that end no sentence: a day's before its month ("den 7. november"), an
# abbreviation's ("20 mia. kr.", "bl.a.", "ca. 30").
UNSTOPPED = re.compile(rf"(?:(?<!\w)(?:mio|mia|mrd|mill|milj|kr|ca|pct|bl\.a|f\.eks|fx|"
                       rf"nr|mv|osv)|\d(?=\.\s+(?:{MONTHS})\b))\.", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "dollar", "euro", "pund", "yen", "yuan", "kron", "kr")
# Plurals end so ("hamnar", "lande", "mekaniker"); some neuters stay as one ("fire land").
PLURAL_ENDINGS = ("ar", "er", "or", "e", "n")
SINGULAR = frozenset("år land hus barn jobb fall tal mål brev kilometer meter ton liter "
                     "timer timmar gange gånger".split())
# The endings of a plural and its article ("hamnarna", "landene"), and of a weak verb's
# tenses, present and past, which name one act: "slutar" and "slutade", "sænker" and "sænkede".
SUFFIXES = ("arna", "erna", "orna", "erne", "ande", "ende", "ade", "ede", "ene", "ar", "er",
            "or", "en", "et", "at", "na", "te", "e")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: lowercased, without the commonest ending of a plural, of
    its article or of a verb's tense, so that "hamnar" and "hamn", "landene" and "land",
    "slutar" and "slutade" meet."""
    word = word.lower().replace("\u2019", "'")
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def stemmer(tongue: Tongue) -> Callable[[str], str]:
    """Return a language's stem(): a verb of figures' forms, and its nouns', share the first
    ("solgte" and "salget" are "salg"); any other word is cut as stem() cuts it."""
    acts = act_stems(tongue)

    @functools.lru_cache(maxsize=1 << 16)
    def stem_of(word: str) -> str:
        return acts.get(word.lower()) or stem(word)

    return stem_of


def plural(word: str, stop_words: frozenset[str] = frozenset()) -> bool:
    """Tell whether a lowercased word may be the noun a number counts: a plural's ending, or
    a noun that stays as it is ("fire land", "tre år")."""
    return word.isalpha() and len(word) > 2 and word not in stop_words \
        and word not in MONTH_WORDS and (word.endswith(PLURAL_ENDINGS) or word in SINGULAR)


MONTH_WORDS = frozenset(MONTHS.split("|"))


def currencies(tongue: Tongue) -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's names
    ("svenska kronor", "amerikanske dollar"), the bare words and the signs; a bare "kronor",
    "kroner" or "kr." is the language's own crown."""
    found = {"$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR",
             "euros": "EUR", "£": "GBP", "pund": "GBP", "¥": "JPY", "yen": "JPY",
             "yuan": "CNY", **PREFIXES}
    return names_in(tongue.tag) | found | dict(tongue.krona)


def money_of(tongue: Tongue, currency: dict[str, str], num: str) -> functools.partial:
    """Return what finds a language's amounts of money: a name after the number ("360
    miljoner kronor", "20 mia. kr."), or a sign or code before it ("€ 2,5 miljarder")."""
    named = [name for name in currency if name[0].isalpha() and len(name) > 3] + \
        [name for name in tongue.krona if len(name) <= 3]
    names = alternatives(named)
    after = re.compile(rf"(?<![\w$€£.,])(?P<number>{num}){SCALE}\s+"
                       rf"(?P<currency>(?:{names})(?!\w)|{codes_pattern()})", re.IGNORECASE)
    signed = re.compile(r"(?P<currency>(?<!\w)(?:(?-i:[A-Z]{1,3})?[$£¥]|€))"
                        rf"\s?(?P<number>{num}){SCALE}", re.IGNORECASE)
    return functools.partial(money_in, hints=MONEY_HINTS, openings=openings_of(named),
                             named=after, signed=signed, first=code_first(num, SCALE))


def country_claim(tongue: Tongue, words: str) -> re.Pattern[str]:
    """Return the pattern of a count of countries: "fyra länder", "9 andra länder", "ni
    andre lande", "27 medlemsstater"; not one that points back ("de fyra länderna", "disse
    fire lande")."""
    counted = "".join(rf"(?<!\b{word}\s)" for word in tongue.pointing_back) + \
        r"(?P<word>" + words + ")"
    other = rf"{tongue.other}\s+"
    return re.compile(
        UNQUOTED + r"(?<![\d.,'’])\b(?:(?P<digits>\d{1,3})\s+(?P<other>" + other + r")?|"
        + counted + r"\s+(?P<word_other>" + other + r")?)(?:" + "|".join(tongue.countries)
        + r")\b",
        re.IGNORECASE)


def word_count(tongue: Tongue, words: str) -> re.Pattern[str]:
    """Return the pattern of a number in words and the words after it ("fyra hamnar"): not
    one that points back ("de fyra hamnarna")."""
    counted = "".join(rf"(?<!\b{word}\s)" for word in tongue.pointing_back) + \
        r"(?P<word>" + words + ")"
    return re.compile(UNQUOTED + r"\b" + counted + r"(?P<words>(?:\s+[^\W\d_][\w'’-]*){1,3})",
                      re.IGNORECASE)


def ranges(tongue: Tongue, num: str) -> re.Pattern[str]:
    """Return the pattern of a range: "mellan 25 och 90 procent", "mellem 25 og 90", "25–90
    procent"; "från 4 till 3,5 procent" is a level and the next (FROM_LEVEL)."""
    end = rf"(?:[$€£]\s?)?(?:{num})(?:\s?%|\s+(?:{tongue.percent})\b|\s(?:{SCALE_WORDS}))?"
    return re.compile(rf"(?P<between>\bmell[ae][nm]\s+|\bmellom\s+)?(?<![\w.,])"
                      rf"(?P<first>{end})(?(between)\s+(?:och|og)\s+|"
                      r"(?:(?P<to>\s+till?\s+)|[–-]))" + rf"(?P<second>{end})", re.IGNORECASE)


def counting(tongue: Tongue) -> Counting:
    """Return how one of the three languages writes counts and amounts."""
    values = number_words(tongue)
    words = words_pattern(values, [tongue.hundred, tongue.thousand])
    num, counted_num = number(tongue.groups), counted_number(tongue.groups)
    currency = currencies(tongue)
    stops = frozenset(tongue.stop_words.split())
    names = alternatives(name for name in currency if name[0].isalpha())
    count = re.compile(
        rf"{UNQUOTED}(?P<number>{counted_num}){SCALE}(?!\s?%)\s+(?P<words>(?!(?:{SCALE_WORDS}|"
        rf"{MONTHS}|{tongue.percent}|{names})\b)[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)"
        r"{0,2})", re.IGNORECASE)
    counted_from = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d.,]*|{words})"
                              r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+(?:från|fra)\s+\Z",
                              re.IGNORECASE)
    return Counting(
        language=tongue.tag, country_claim=country_claim(tongue, words),
        besides=re.compile(r"(?:\s+[^\W\d_][\w'’-]*)?,?\s+(?:förutom|utöver|udover|"
                           r"foruden|utover|bortsett\s+fra)\b", re.IGNORECASE),
        number_words=values, names_countries=naming(*tongue.countries),
        country_nouns=tongue.countries,
        money=money_of(tongue, currency, num), currencies=currency,
        percent=percent(tongue.groups, tongue.percent), change=CHANGE, count=count,
        word_count=word_count(tongue, words), range=ranges(tongue, num), from_level=FROM_LEVEL,
        number=re.compile(rf"(?P<number>{num}){SCALE}", re.IGNORECASE),
        value=pointed_value(SCALES), stop_words=stops,
        plural=functools.partial(plural, stop_words=stops), stem=stemmer(tongue),
        word=re.compile(r"[^\W_][\w'’-]*"), number_word=re.compile(words, re.IGNORECASE),
        qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER,
        later=LATER, share_of=SHARE_OF, counted_from=counted_from, unstopped=UNSTOPPED,
        of_another=of_named(r"\s+(?:av|inom|innenfor|inden\s+for)\s+(?:det\s+)?"),
        foreseen=FORESEEN, needed=frozenset(map(stemmer(tongue), tongue.needed.split())))
