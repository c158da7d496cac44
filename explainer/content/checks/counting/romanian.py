"""How Romanian writes counts and amounts: the number before its noun, with "de" from twenty
on ("nouă țări", "25 de țări", "1.000 de oameni", "douăzeci și cinci de state"), numbers 1.000
and 2,5, money's name after it ("100 de milioane de euro", "2,5 miliarde de lei"), "la sută"
beside "%". Each word is read with the comma below ("ș", "ț") or the cedilla ("ş", "ţ"), and
without its marks where that spells no other word ("tari")."""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from . import YEAR, Counting
from .commas import POINT_OR_SPACE, UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .currencies import openings as openings_of
from .patterns import naming, of_named, qualifier_pattern, whole_first, words_pattern
from .romanianwords import CONTINUED, NUMBER_WORDS, bare, looks_plural, spellings, stem

# Each letter with a mark, as a pattern matches it in any of its spellings.
LOOSE = {"ș": "[șşs]", "ş": "[șşs]", "ț": "[țţt]", "ţ": "[țţt]", "ă": "[ăa]", "â": "[âa]",
         "î": "[îi]", "Ș": "[ȘŞS]", "Ț": "[ȚŢT]", "Î": "[ÎI]"}


def loose(pattern: str) -> str:
    """Return a pattern (with no [...] of its own) whose marked letters match in any spelling."""
    return "".join(LOOSE.get(char, char) for char in pattern)


WORD = r"[^\W\d_][\w'’-]*"
NUMBER_WORD = re.compile(words_pattern(NUMBER_WORDS, CONTINUED), re.IGNORECASE)
# "nouă" is also "new" and "doua" "second": not after "o", "a", "cea", "cel" ("o nouă lege",
# "a doua zi"), nor after the words that point back at things just named ("cele două țări").
POINTING_BACK = ("o", "a", "cea", "cel", "cele", "celor", "cei", "aceste", "acestor", "acești",
                 "ambele", "ambii", "amândouă", "celelalte", "ceilalți", "ceilalţi", "primele",
                 "ultimele", "toate", "toți", "toţi", "lor")
GUARDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK)
WORDS = GUARDS + NUMBER_WORD.pattern
NUMBER = number(POINT_OR_SPACE)
SCALES = {**dict.fromkeys(("mie", "mii"), 1e3),
          **dict.fromkeys(("milion", "milioane", "mil."), 1e6),
          **dict.fromkeys(("miliard", "miliarde", "mld."), 1e9),
          **dict.fromkeys(("trilion", "trilioane"), 1e12)}
SCALE_WORDS = alternatives(SCALES)
# "de" comes between a number from twenty on and its scale: "25 de milioane".
SCALE = rf"(?:\s+(?:de\s+)?(?P<scale>(?:{SCALE_WORDS})(?:(?<=\.)|(?!\w))))?"
MONTHS = "|".join(name for context in ("format", "stand-alone")
                  for name in get_month_names("wide", context, "ro").values())
PERCENT_WORDS = loose(r"la\s+sută|(?:de\s+)?procente?(?!\w)")


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Romanian
    names ("lei românești", "dolari americani") and the bare words newsrooms write ("lei",
    "euro", "dolari")."""
    found = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", **PREFIXES}
    for code, words in (("RON", "lei leu ron"), ("EUR", "euro eur"),
                        ("USD", "dolari dolar usd"), ("GBP", "lire liră"), ("JPY", "yeni")):
        found |= {form: code for word in words.split() for form in spellings(word)}
    return names_in("ro") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3] + ["lei", "leu"]
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s?(?:de\s+)?"
                         rf"(?P<currency>(?:{alternatives(NAMED)})(?!\w)|{codes_pattern()}|€)",
                         re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?:(?-i:[A-Z]{1,3})?[$£¥]|€))"
                   rf"\s?(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "lei", "leu", "ron", "euro", "eur", "dolar", "usd", "lir",
               "yen", "franc")
money = functools.partial(money_in, hints=MONEY_HINTS, openings=openings_of(NAMED),
                          named=NAMED_MONEY, signed=MONEY, first=code_first(NUMBER, SCALE))
PERCENT = percent(POINT_OR_SPACE, PERCENT_WORDS)
# A count's words, after "de" from twenty on ("1.000 de oameni"): not a scale, a month ("18
# mai"), a percentage or a currency's name.
NOT_COUNTED = rf"(?:de\s+)?(?:{SCALE_WORDS}|{MONTHS}|la\s+sută|procent\w*|{alternatives(NAMED)})"
COUNT = re.compile(rf"{UNQUOTED}(?P<number>{counted_number(POINT_OR_SPACE)}){SCALE}(?!\s?%)"
                   rf"(?:\s+de)?\s+(?P<words>(?!{loose(NOT_COUNTED)}(?:(?<=\.)|(?!\w))){WORD}"
                   rf"(?:\s+{WORD}){{0,2}})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
BASE_QUALIFIERS = {
    "peste": "more", "mai mult de": "more", "mai bine de": "more", "mai multe de": "more",
    "cel puțin": "at least", "minimum": "at least", "minim": "at least",
    "sub": "fewer", "mai puțin de": "fewer", "mai puține de": "fewer",
    "până la": "up to", "maximum": "up to", "cel mult": "up to",
    "aproape": "nearly", "circa": "about", "aproximativ": "about", "în jur de": "about",
    "cam": "about", "undeva la": "about"}
QUALIFIERS = {spelled.replace("-", " "): said for phrase, said in BASE_QUALIFIERS.items()
              for spelled in spellings(phrase.replace(" ", "-"))}
# "alte nouă țări", "încă 9 state": both leave one country out.
OTHER_BEFORE = loose(r"(?:alte|altor|încă)") + r"\s+"
NOUNS = loose(r"(?:țări|țărilor|state(?!\s+unite)(?:\s+membre)?|statelor(?:\s+membre)?|"
              r"națiuni|națiunilor)")
COUNTRY_CLAIM = re.compile(
    UNQUOTED + rf"(?<![\d.,'’])(?<!\w)(?P<other>{OTHER_BEFORE})?(?:(?P<digits>\d{{1,3}})\s+|"
    rf"(?P<word>{WORDS})\s+)(?:de\s+)?(?P<word_other>(?!))?{NOUNS}(?!\w)", re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + rf"(?<!\w)(?P<word>{WORDS})(?P<words>(?:\s+{WORD}){{1,3}})",
                        re.IGNORECASE)
BESIDE = loose(r"pe\s+lângă|în\s+afară\s+de|cu\s+excepția|exceptând|alături\s+de")
BESIDES = re.compile(rf"(?:\s+{WORD})?,?\s+(?:{BESIDE})(?!\w)", re.IGNORECASE)
BESIDES_BEFORE = re.compile(rf"(?<!\w)(?:{BESIDE})\s+{WORD}(?:\s+[^\W\d_,.;:][\w'’-]*){{0,3}},?"
                            rf"\s+(?:{WORD}\s+){{0,4}}\Z", re.IGNORECASE)
QUALIFIED = loose(r"(?:aproximativ\s+|aproape\s+|circa\s+|peste\s+)?")
VERBS = loose(r"(?:crescut|crește|cresc|creștere|creșterea|scăzut|scade|scad|scădere|scăderea|"
              r"majorat|majorare|majorarea|redus|reducere|reducerea|urcat|urcă|coborât|"
              r"avansat|avans|diminuat|diminuare|declin|declinul|plus|minus|pierdut|câștigat|"
              r"ajustat|corectat|apreciat|depreciat|adâncit|accelerat|încetinit)")
# A change, not a level: "a crescut cu 12%", "o scădere de 3%", "s-a majorat cu 2,5 miliarde";
# a margin: "a pierdut la o diferență de 9 voturi".
CHANGE = re.compile(rf"(?<!\w){VERBS}\s+(?:cu\s+|de\s+)?{QUALIFIED}\Z|"
                    + loose(r"(?<!\w)(?:diferență|diferența)\s+de\s+\Z"), re.IGNORECASE)
END = rf"(?:[$€£]\s?)?(?:{NUMBER})(?:\s?%|\s+(?:{PERCENT_WORDS})|\s(?:{SCALE_WORDS}))?"
# A range: "între 25 și 90%", "de la 25 la 90%", "25-90%".
RANGE = re.compile(rf"(?P<between>{loose('între')}\s+)?(?<![\w.,])(?P<first>{END})"
                   rf"(?(between)\s+{loose('și')}\s+|(?:(?P<to>\s+la\s+)|[–-]))"
                   rf"(?P<second>{END})", re.IGNORECASE)
# What makes "de la X la Y" a level and the next: a verb before it ("a crescut de la 4% la 5%").
FROM_LEVEL = re.compile(rf"(?<!\w)(?:{VERBS}|trecut|ajuns|{loose('sărit')})\s+de\s+la\s*\Z",
                        re.IGNORECASE)
EARLIER = re.compile(loose(r"(?<!\w)(?:inițial|inițială|inițiale|anterior|anterioară|"
                           r"prima\s+estimare|primul\s+bilanț|se\s+aștepta|se\s+așteptau|"
                           r"anticipau|estimau|prognoza|prognozele|propus|propusese|sondaj\w*)(?!\w)"),
                     re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:{loose('până')}\s+(?:la|pe)\s+\d{{1,2}}\s+(?:{MONTHS})|"
                   + loose(r"ulterior|ulterioară|acum|în\s+prezent|de\s+atunci|astăzi|"
                           r"mai\s+târziu") + r")(?!\w)", re.IGNORECASE)
SHARE_OF = re.compile(rf"\s+(?:din|dintre|al|a|ale)\s+(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})",
                      re.IGNORECASE)
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d.,]*|{WORDS})(?:\s+de)?"
                          rf"(?:\s+{WORD}){{1,3}}\s+din\s+\Z", re.IGNORECASE)
FORESEEN = re.compile(loose(r"(?<!\w)(?:va|vor|ar\s+putea|ar\s+urma|probabil|riscă|riscă\s+până|"
                            r"se\s+estimează|se\s+așteaptă|estimează|prognozează)(?!\w)"),
                      re.IGNORECASE)
STOP_WORDS = frozenset(
    "și sau dar iar însă de la în pe cu din pentru despre sub peste spre până după înainte "
    "fără între prin un o unei unui unor niște cel cea cei cele celor care ce cine că să nu "
    "mai a al ai ale fost este sunt era erau au avut va vor fi fie lui ei lor său sa săi sale "
    "acest această aceste acești acestei acestor acel acea acei acele tot toată toți toate "
    "doar chiar ca când unde cum dacă deja aproximativ circa aproape cel puțin sută procente "
    "s-a s-au se ne le li i-a".split())
STOP_WORDS = frozenset(form for word in STOP_WORDS for form in spellings(word)) | STOP_WORDS
MONTH_WORDS = frozenset(bare(name.lower()) for name in MONTHS.split("|"))
plural = functools.partial(looks_plural, stop_words=STOP_WORDS, months=MONTH_WORDS)
# The points of abbreviations, which end no sentence before a lowercase word: "100 mil. euro",
# "art. 5", "nr. 3".
UNSTOPPED = re.compile(r"(?<!\w)(?:mil|mld|nr|art|alin|lit|str|aprox|dl|dna|etc)\."
                       r"(?!\s+[A-ZĂÂÎȘȚŞŢ])")
ACRONYM = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞŒĂȘȚŞŢ]{2,}(?![\w-])")
OPENERS = frozenset(form for word in "doar toate toți numai deja astăzi exact".split()
                    for form in spellings(word))
# Another whole's countries: "cele 27 de state membre ale UE", "29 de state ale spațiului
# Schengen", "țări din Uniunea Europeană"; a common noun may name the whole before its name.
# Or the whole, named first, has them: "Spațiul Schengen are 29 de state".
WHOLES = loose(r"spațiului|spațiul|zonei|zona|blocului|alianței|uniunii|grupului|grupul")
WHOLE_NOUNS = loose(r"spațiul|zona|uniunea|alianța|blocul|grupul|liga|comunitatea|"
                    r"organizația")
OF_ANOTHER = of_named(rf"\s+(?:ale|al|din|dintre)\s+(?:(?:{WHOLES})\s+)?",
                      whole_first(WHOLE_NOUNS, loose("are|numără|cuprinde|include|reunește")))
names_countries = naming("țări", "ţări", "tari", "țăr", "ţăr", "state", "statel", "națiun",
                         "naţiun", "natiun")

COUNTING = Counting(
    language="ro", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=names_countries,
    country_nouns=("țări", "țărilor", "state", "statelor", "națiuni", "națiunilor"),
    money=money, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, number=FIGURE_NUMBER,
    value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural, stem=stem,
    word=re.compile(r"[^\W_][\w'’-]*"), number_word=NUMBER_WORD, qualifiers=QUALIFIERS,
    qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER, later=LATER, share_of=SHARE_OF,
    counted_from=COUNTED_FROM, besides_before=BESIDES_BEFORE, unstopped=UNSTOPPED,
    of_another=OF_ANOTHER, foreseen=FORESEEN, acronym=ACRONYM, openers=OPENERS)
