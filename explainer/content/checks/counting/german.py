"""How German writes counts and amounts: "neun weitere Länder", "mehr als 30 Staaten",
"360 Millionen Dollar", "2,5 Mrd. Euro", "1.000 kenianische Polizisten" (a point between
thousands, an apostrophe in Switzerland; a comma before decimals).

German capitalises every noun: a run of capitalised words is no name, and a counted noun is a
capitalised word ("1.000 kenianische Polizisten"). A point ends no sentence after a day before
its month ("am 11. November") or after an abbreviation ("360 Mio. Dollar").
"""

from __future__ import annotations

import functools
import re

from . import YEAR, Counting
from .crossings import crossed
from .currencies import (
    PREFIXES,
    alternatives,
    code_first,
    codes_pattern,
    current_codes,
    money_in,
    names_in,
    openings,
)
from .germanstates import federal_states
from .patterns import naming, qualifier_pattern, words_pattern
from .signs import sign_pattern

UNITS = {w: n for n, w in enumerate(
    "zwei drei vier fünf sechs sieben acht neun".split(), 2)} | {"ein": 1, "zwo": 2}
TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
         "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
# Swiss German writes no ß: "dreissig".
TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
        "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}


def number_words() -> dict[str, int]:
    """Return the numbers in words below a hundred, the units before the tens in one word
    ("einundzwanzig"), with "hundert" and a dozen ("ein Dutzend Länder")."""
    found = {word: n for word, n in UNITS.items() if word != "ein"} | TEENS | TENS
    found |= {unit + "und" + ten: n + m for ten, m in TENS.items()
              for unit, n in UNITS.items() if unit != "zwo"}
    dozens = {"ein-dutzend": 12, "einem-dutzend": 12, "ein-halbes-dutzend": 6,
              "zwei-dutzend": 24}
    return found | dozens | {"hundert": 100, "einhundert": 100}


NUMBER_WORDS = number_words()
WORDS = words_pattern(NUMBER_WORDS, ["hundert", "tausend"])
# The words before a count in words that point back at countries just named: "die zwei
# Länder", "diese drei Staaten", "den beiden Ländern", "unsere vier Länder".
POINTING_BACK = ("die", "der", "den", "diese", "dieser", "diesen", "jene", "jenen", "alle",
                 "allen", "aller", "unsere", "unserer", "unseren", "ihre", "ihrer", "ihren",
                 "beide", "beiden", "ersten", "letzten", "übrigen", "anderen")
# Not a count that opens a quotation, „9 weitere Länder“ or »9 Länder«: the source's words.
UNQUOTED = r"(?<![\"'“‘„»«‚›])(?<![\"'“‘„»«‚›][ \u00a0\u202f])"
COUNTED_IN_WORDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK) + \
    r"(?P<word>" + WORDS + ")"
# The other countries, in any case: "weitere", "weiteren", "anderer".
OTHER = r"(?:weiter|ander)(?:e[nrs]?)?\s+"
# The first parts of compounds that name countries by what they are to others: "Lieferländer",
# "Geberländer", "Nachbarstaaten", "Mitgliedstaaten". Not any word in "-länder", which may be
# people ("Ausländer", "Engländer"), nor "Bundesländer" or "Bundesstaaten", a federation's.
COMPOUND_PARTS = (
    "liefer geber empfänger nehmer nachbar partner mitglied mitglieds vertrags anrainer "
    "unterzeichner signatar teilnehmer herkunfts transit ziel dritt abnehmer erzeuger förder "
    "export import gast beitritts kandidaten entwicklungs schwellen industrie"
).split()
COUNTRY_NOUN = rf"(?:(?:{'|'.join(COMPOUND_PARTS)})(?:länder[n]?|staaten)|Länder[n]?|Staaten|" \
    r"Nationen)"
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"(?<![\d.,'’])\b(?:(?P<digits>\d{1,3})\s+(?P<other>" + OTHER + r")?|"
    + COUNTED_IN_WORDS + r"\s+(?P<word_other>" + OTHER + r")?)" + COUNTRY_NOUN + r"\b",
    re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + r"\b" + COUNTED_IN_WORDS +
                        r"(?P<words>(?:\s+[^\W\d_][\w'’-]*){1,3})", re.IGNORECASE)
BESIDES = re.compile(r"(?:\s+[^\W\d_][\w'’-]*)?,?\s+(?:außer|ausser|neben|zusätzlich\s+zu[mr]?|"
                     r"abgesehen\s+von)\b", re.IGNORECASE)
# The same before the count, in its clause: "Neben Kenia beteiligen sich zwölf Länder".
BESIDES_BEFORE = re.compile(r"\b(?:neben|außer|ausser|zusätzlich\s+zu[mr]?)\s+"
                            r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_,.;:][\w'’-]*){0,5},?\s+"
                            r"(?:[^\W\d_][\w'’-]*\s+){0,4}\Z", re.IGNORECASE)
NUMBER_WORD = re.compile(r"\b(?:" + WORDS + r")\b", re.IGNORECASE)
MONTHS = ("Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|"
          "November|Dezember")
# A figure's history: an earlier level ("zunächst", "die erste Bilanz"; not "zum ersten Mal"),
# what others expected ("Ökonomen hatten 3,6 % erwartet", "hatten mit 3,6 % gerechnet",
# "rechneten mit 3,6 %"; not "200 Polizisten werden erwartet"),
# and a later time ("; bis zum 11. November stieg die Zahl auf 3.118").
EARLIER = re.compile(r"(?<!\w)(?:zunächst|anfangs|anfänglich|ursprünglich|zuvor|vorher|"
                     r"bisherige[nmrs]?|zu\s+Beginn|(?<!zum\s)erste[nmrs]?(?!\s+Mal\b)|rechneten|"
                     r"hatten?(?=[^.;:]*\b(?:erwartet|gerechnet)\b)|"
                     r"(?<!\b[dD]e[rnms]\s)(?<!\b[dD]ie\s)erwartete[n]?|Prognosen?|Konsens|"
                     r"vorgeschlagen(?:e[nmrs]?)?|Vorschlags?)(?!\w)",
                     re.IGNORECASE)
LATER = re.compile(r"(?<!\w)(?:(?:bis\s+(?:zum|Mitte|Ende|Anfang)|am|seit\s+dem|Stand)\s+"
                   rf"(?:\d{{1,2}}\.?\s+)?(?:{MONTHS})(?:\s+\d{{4}})?|"
                   r"bis\s+(?:zum\s+)?(?:Jahres|Monats)ende|bis\s+Ende\s+(?:des\s+)?\w+|später|inzwischen|"
                   r"mittlerweile|nun|jetzt|bis\s+dahin|seither|zuletzt)(?!\w)", re.IGNORECASE)
# What a percentage is of: "6 % der Importe", "31 % des Haushalts", "18 % aller Aktien".
SHARE_OF = re.compile(r"\s+(?:der|des|aller|von\s+den|vom)\s+"
                      r"(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
                      re.IGNORECASE)
# The whole of a share after its holder, in a label that speaks of a share: "Anteil der
# Kernkraftwerke am Strom", "Anteil der Erneuerbaren an der Stromerzeugung", "Marktanteil
# am Umsatz"; not an "am" of a day or a place ("Quote am Jahresende").
SHARE_IN = re.compile(r"(?<!\w)\w*anteil\w*(?:\s+\S+){0,6}?\s+(?:am|an(?:\s+(?:der|den|dem|"
                      r"die|das|seine[mnr]?|ihre[mnr]?|unsere[mnr]?))?)\s+"
                      r"(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
                      re.IGNORECASE)
# A count of other things before a count of countries: "14 Minister aus 9 Ländern".
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d.'’]*|{WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+aus\s+\Z", re.IGNORECASE)

# Between thousands: a point, an apostrophe (Swiss), a no-break space or a narrow one.
NUMBER = (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?"
          r"|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
SCALES = {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
          "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12}
SCALE_WORDS = r"tausend|millionen|million|mio\.?|milliarden|milliarde|mrd\.?|billionen|billion"
SCALE = rf"(?:\s(?P<scale>{SCALE_WORDS})(?!\w))?"


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: its code and
    CLDR's German names, their adjective declined as after a preposition too ("kanadische
    Dollar", "mit 2 Milliarden kanadischen Dollar"), and the bare words."""
    cldr = names_in("de", "de_CH") | {"neuseeländische dollar": "NZD"}
    return cldr | {re.sub(r"^(\S+e) ", r"\1n ", name): code for name, code in cldr.items()} | {
        "$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR",
        "£": "GBP", "pfund sterling": "GBP", "franken": "CHF", "¥": "JPY", "yen": "JPY", **PREFIXES}


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and name.upper() not in current_codes()]
# The currency after the amount: "360 Millionen Dollar", "360 Mio. US-Dollar", "5.000 €",
# "1,2 Milliarden Franken", "2 Milliarden kanadische Dollar", "5.000 CHF".
NAMED_MONEY = re.compile(
    rf"(?<![\w$€£.,'’])(?P<number>{NUMBER}){SCALE}\s{{0,2}}(?P<currency>"
    rf"(?:{alternatives(NAMED)})(?!\w)|{codes_pattern()}|€|\$|£)", re.IGNORECASE)
# The currency before it: "€1.000", "US$ 5 Mio.", "CHF 1'000".
SIGNED_MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)€)\s?"
                          rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
CODE_FIRST = code_first(NUMBER, SCALE)
MONEY_WORDS = ("$", "€", "£", "¥", "dollar", "euro", "pfund", "franken", "chf", "usd", "eur",
               "gbp", "yen")
OPENINGS = openings(NAMED)
QUALIFIED = r"(?:rund\s+|etwa\s+|fast\s+|knapp\s+|gut\s+|mehr\s+als\s+|über\s+)?"
# A change, not a level: "stieg um 12 %", "sank um 3 %", "ein Plus von 2 %", "ist um 12 %
# gestiegen", and "hat sich von 12 % auf 61 % erhöht", whose 12 % is an earlier level.
CHANGE = re.compile(r"\b(?:stiegen?|gestiegen|steigt|steigen|sanken?|gesunken|sinkt|sinken|"
                    r"fielen?|gefallen|fällt|wuchsen?|gewachsen|wächst|legten?|zugelegt|fehl\w*|"
                    r"verlor(?:en)?|gewannen?|erhöhte[n]?|erhöht|senkten?|gesenkt|kletterten?|"
                    r"Anstieg|Rückgang|Zuwachs|Zunahme|Abnahme|Plus|Minus|Einbruch)\s+"
                    rf"(?:um\s+|von\s+)?{QUALIFIED}\Z|\bum\s+{QUALIFIED}\Z"
                    r"|\bsich\s+\Z", re.IGNORECASE)
# An amount added to a level: "weitere 200 Polizisten", "200 zusätzliche Polizisten", "200
# Polizisten mehr" (see counted.added_from()).
ADDED = re.compile(r"(?<!\w)(?:weitere[n]?|zusätzliche[n]?|zusätzlich)\s+"
                   r"(?:rund\s+|etwa\s+|fast\s+|knapp\s+)?\Z", re.IGNORECASE)
ADDED_AFTER = re.compile(r"\s*(?:weitere[n]?|zusätzliche[n]?)\b|"
                         r"(?=(?:\s*[^\W\d_][\w'’-]*){1,2}\s+mehr(?![\w'’-]))", re.IGNORECASE)
# A percentage: "61 %", "61 Prozent", "61,5%".
PERCENT = re.compile(r"(?P<number>\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))"
                     r"[ \u00a0\u202f]?(?:%|Prozent\b)", re.IGNORECASE)
COUNTED_NUMBER = (r"\d(?<![\w$€£¥.,'’]\d)(?:\d{0,2}(?:(?:\.\d{3})+|(?:['’]\d{3})+|"
                  r"(?:[\u00a0\u202f]\d{3})+)(?:,\d+)?|\d*(?:,\d+)?)")
# A count's words are not a scale ("75 Millionen" counts no millions).
COUNT = re.compile(rf"(?P<number>{COUNTED_NUMBER}){SCALE}\s+"
                   rf"(?P<words>(?!(?:{SCALE_WORDS})(?!\w))"
                   r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
# A range: "25 bis 90 %", "25–90 %", "zwischen 24 % und 88 %". "Von 25 bis 90 %" is one too:
# a level and the next are "von 12 % auf 29 %", so no "bis" is read as a change's (its group
# 'to' never matches).
END = (rf"(?:{NUMBER})(?:[ \u00a0\u202f]?(?:%|Prozent\b)|\s(?:{SCALE_WORDS})(?!\w))?"
       r"(?:[ \u00a0\u202f]?(?:[$€£]|Euro\b|(?:US-)?Dollar\b|Franken\b))?")
# Either end may be below zero, as signs.py reads a sign:
# "−3 bis −2 %", "zwischen minus 3 und minus 2 Prozent".
MINUS = rf"(?:{sign_pattern('de')})?"
RANGE = re.compile(rf"(?P<between>\bzwischen\s+)?(?<![\w.,'’]){MINUS}(?P<first>{END})"
                   r"(?(between)\s+und\s+|(?:\s+bis\s+|[–-]))(?P<to>(?!))?"
                   rf"{MINUS}(?P<second>{END})", re.IGNORECASE)
FROM_LEVEL = re.compile(r"\bvon\s+\Z", re.IGNORECASE)
# The points that end no sentence: a day's before its month ("am 11. November"), an
# abbreviation's ("360 Mio. Dollar", "z. B."). Counting.readable() reads them as spaces.
UNSTOPPED = re.compile(rf"(?:(?<!\w)(?:Mio|Mrd|Tsd|Nr|bzw|vgl|inkl|ca|rd|Dr|Jh|St|"
                       rf"[zud]\.\s?[BAHh])|\d(?=\.\s+(?:{MONTHS})\b))\.")
STOP_WORDS = frozenset(
    "der die das den dem des ein eine einer eines einem einen und oder aber doch in im ins an "
    "am auf aus bei beim mit nach von vom zu zum zur für über unter vor neben zwischen durch "
    "gegen ohne um bis seit als wie wenn dass ob weil da so auch noch nur schon nicht kein "
    "keine keinen keiner es er sie ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner "
    "wir uns man sich ist sind war waren wird werden wurde wurden worden hat haben hatte "
    "hatten sei seien habe kann können soll sollen sollte muss müssen will wollen mehr "
    "weniger sowie dieser diese dieses diesem diesen welche welcher welches dessen deren "
    "denen alle allen aller laut zufolge sagte sagt sagten bereits jedoch etwa rund fast "
    "knapp mindestens insgesamt weitere weiteren andere anderen".split())
QUALIFIERS = {"mehr als": "more", "über": "at least", "gut": "more", "mindestens": "at least",
              "wenigstens": "at least", "nicht weniger als": "at least", "weniger als": "fewer",
              "unter": "up to", "bis zu": "up to", "höchstens": "up to", "maximal": "up to",
              "nicht mehr als": "up to", "fast": "nearly", "knapp": "nearly",
              "beinahe": "nearly", "nahezu": "nearly", "annähernd": "nearly", "rund": "about",
              "etwa": "about", "ungefähr": "about", "ca.": "about", "ca": "about",
              "circa": "about", "zirka": "about", "rd.": "about", "gegen": "about"} | crossed("de")
WORD = re.compile(r"[^\W_][\w-]*")
# "Acronyms" join German compounds: "EU-Kommission", "US-Regierung" name the EU and the US.
ACRONYM = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ]{2,}(?![\w])")
# Words whose last 's' is no ending: "Preis" of "Preise", "obdachlos" of "obdachlose".
KEPT_S = ("ss", "los", "nis", "us", "is", "ls", "ns", "rs", "ts", "ks", "xs", "zs")
UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def parse_number(match: re.Match[str]) -> float:
    """Return the value of a NUMBER, its separators and decimal comma read, with its scale."""
    number = match["number"].replace("\u00a0", "").replace("\u202f", "")
    if "'" in number or "’" in number:  # Swiss: 1'000.50
        number = number.replace("'", "").replace("’", "").replace(",", ".")
    else:
        number = number.replace(".", "").replace(",", ".")
    return float(number) * SCALES.get((match["scale"] or "").lower().rstrip("."), 1.0)


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'Land', 'Länder' and 'Ländern' meet, as 'Tote' and
    'Toten', 'Polizist' and 'Polizisten', 'Erdbeben' and 'Erdbebens'."""
    word = word.lower().translate(UMLAUTS)
    if word.endswith("cks") and len(word) > 5:
        return word[:-1]  # a genitive: 'des Unglücks', 'des Drucks' (few nouns end so: 'Klecks')
    if word.endswith("ens") and len(word) > 6:
        return word[:-3]  # a genitive of a noun in -en: 'des Erdbebens', 'des Abkommens'
    if word.endswith(KEPT_S):
        return word  # no ending: 'Preis', 'obdachlos', 'Ergebnis', 'Bus'
    for suffix in ("ern", "en", "er", "es", "e", "n", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def plural(word: str) -> bool:
    """Tell whether a lowercased noun looks like a plural: 'polizisten', 'länder', 'tote'."""
    return len(word) > 3 and word.endswith(("en", "er", "e", "n", "s")) \
        and not word.endswith("ss")


# The amounts of money in a text, in order (see currencies.money_in).
money_matches = functools.partial(money_in, hints=MONEY_WORDS, openings=OPENINGS,
                                  named=NAMED_MONEY, signed=SIGNED_MONEY, first=CODE_FIRST)

# What may be or will be, not what is (see english.py): "ihm drohen bis zu 10 Jahre".
FORESEEN = re.compile(r"(?<!\w)(?:könnten?|dürften?|voraussichtlich|wahrscheinlich|vermutlich|"
                      r"droh(?:t|en)|projizier\w*|Projektion(?:en)?)(?!\w)", re.IGNORECASE)

# A proportion, whose numbers count nothing: "2 von 5 Flüchtlingen"; not "seit 2020 von 500".
RATIO = re.compile(rf"(?<=\d)(?<!{YEAR})\s+von\s+(?=\d)", re.IGNORECASE)
names_countries = naming("länder", "staaten", "nationen")

COUNTING = Counting(
    language="de", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=names_countries, country_nouns=("länder", "staaten", "nationen"),
    money=money_matches, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, word=WORD, number_word=NUMBER_WORD,
    number=FIGURE_NUMBER, value=parse_number, stop_words=STOP_WORDS, plural=plural, stem=stem,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, share_in=SHARE_IN, counted_from=COUNTED_FROM,
    capitalised_nouns=True, acronym=ACRONYM, unstopped=UNSTOPPED, besides_before=BESIDES_BEFORE,
    of_another=federal_states(WORDS), added=ADDED, added_after=ADDED_AFTER, foreseen=FORESEEN,
    ratio=RATIO, margin=re.compile(r"\s+(?:Vorsprung|Abstand|Unterschied|Mehrheit)\b"))
