"""The words, in each language the checks read, that make an amount a part of a figure's whole
or a sum of several parts (see parts.py).

- A place an amount is narrowed to: a word that says where ("in", "à", "en", "w", "di"),
  perhaps an article, then a name ("in Warsaw") or a noun of a place ("in the capital").
- A group: the word that picks people out of others ("among under-18s", "parmi les moins de
  18 ans"), then the group.
- A sum: a word that adds several together ("together", "au total", "insgesamt", "razem").
- What joins the things a sentence lists ("Labour, Reform and the Greens"), and the things a
  label names as one or the other ("won by South Africa or New Zealand"): a label that lists
  so adds them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..texts.conjunctions import AND, OR, words_pattern

# By language: the words that say an amount is all of several added ("in all", "au total"): an
# amount that parts.py reads with one is a sum, one that additions.py reads a total reached.
IN_ALL = {
    "en": r"in\s+all|in\s+total|altogether|all\s+told", "fr": r"au\s+total|en\s+tout",
    "es": r"en\s+total|en\s+conjunto", "de": r"insgesamt",
    "it": r"in\s+tutto|in\s+totale|complessivamente", "pt": r"no\s+total|ao\s+todo|em\s+conjunto",
    "pl": r"łącznie", "nl": r"in\s+(?:het\s+)?totaal|al\s+met\s+al",
    "id": r"secara\s+keseluruhan|seluruhnya", "ms": r"keseluruhannya",
    "sw": r"jumla", "vi": r"tổng\s+cộng", "hi": r"कुल\s+मिलाकर",
    "ru": r"в\s+общей\s+сложности|итого", "uk": r"загалом",
}
# By language: where, an article, nouns of a place, among, and the words of a sum besides
# IN_ALL's, of things taken together ("together"); "and" and "or" are conjunctions.py's.
TABLES = {
    "en": (r"in|at|across", r"the", r"capital|city|town|village|region|province|state|county|"
           r"district|north|south|east|west|north-east|north-west|south-east|south-west|"
           r"northeast|northwest|southeast|southwest|countryside",
           r"among|amongst", r"together|combined|between\s+them|jointly"),
    "fr": (r"à|en|dans|au|aux", r"la|le|les|l['\u2019]", r"capitale|ville|village|région|"
           r"province|département|nord|sud|est|ouest", r"parmi|chez",
           r"ensemble|cumulés|cumulées|à\s+eux\s+\w+"),
    "es": (r"en", r"el|la|los|las", r"capital|ciudad|pueblo|región|provincia|estado|norte|sur|"
           r"este|oeste", r"entre", r"juntos|juntas|sumados|sumadas"),
    "de": (r"in|im|am", r"der|dem|den", r"Hauptstadt|Stadt|Region|Provinz|Bundesland|Norden|"
           r"Süden|Osten|Westen", r"unter", r"zusammen|gemeinsam"),
    "it": (r"a|in|nel|nella|nelle|negli|nei", r"la|il|lo|le|l['\u2019]",
           r"capitale|città|paese|regione|provincia|nord|sud|est|ovest", r"tra|fra",
           r"insieme"),
    "pt": (r"em|no|na|nos|nas", r"o|a|os|as", r"capital|cidade|região|província|estado|norte|"
           r"sul|leste|oeste", r"entre", r"juntos|juntas|somados|somadas"),
    "pl": (r"w|we|na", r"", r"stolicy|mieście|regionie|województwie|prowincji|północy|"
           r"południu|wschodzie|zachodzie", r"wśród", r"razem|wspólnie"),
    "nl": (r"in|op|te", r"de|het|['\u2019]t", r"hoofdstad|stad|dorp|regio|provincie|gemeente|"
           r"noorden|zuiden|oosten|westen", r"onder", r"samen|gezamenlijk|opgeteld"),
    "id": (r"di", r"", r"ibu\s+kota|kota|desa|provinsi|wilayah|daerah|utara|selatan|timur|barat",
           r"di\s+antara|di\s+kalangan", r"bersama|gabungan"),
    "ms": (r"di", r"", r"ibu\s+kota|bandar|negeri|wilayah|daerah|utara|selatan|timur|barat",
           r"di\s+antara|di\s+kalangan", r"bersama|gabungan"),
    "sw": (r"katika|huko", r"", r"mji\s+mkuu|jiji|mji|mkoa|kaskazini|kusini|mashariki|"
           r"magharibi", r"miongoni\s+mwa", r"kwa\s+pamoja"),
    "vi": (r"ở|tại", r"", r"thủ\s+đô|thành\s+phố|tỉnh|miền\s+\w+", r"trong\s+số",
           r"cùng\s+nhau|gộp\s+lại"),
    "hi": (r"", r"", r"राजधानी|शहर|राज्य|प्रांत|ज़िले|जिले", r"के\s+बीच",
           r"मिलकर|एक\s+साथ"),
    "ru": (r"в|во|на", r"", r"столице|городе|регионе|области|провинции|районе|крае|севере|"
           r"юге|востоке|западе", r"среди", r"вместе|в\s+сумме|суммарно"),
    "uk": (r"в|у|на", r"", r"столиці|місті|регіоні|області|провінції|районі|півночі|півдні|"
           r"сході|заході", r"серед", r"разом|у\s+сумі|в\s+сумі|сукупно"),
}
# By language: what, after a day that opens a count's clause, makes the count a tally up to
# that day, not what happened on it: a past perfect ("had died"; not French's passé composé,
# "sont mortes", its plain past), or a word of a toll or of a level reached. Kept apart from
# IN_ALL: a level reached by a day, not several added (a vote's tally is tallies.py's).
TALLIES = {
    "en": r"had|has|have|toll|tally|total|reached|stood\s+at|rose\s+to|climbed\s+to",
    "fr": r"avaient|étaient|bilan|total|atteint|s['\u2019]élevait",
    "es": r"habían|balance|total|alcanzó|ascendía|llegó\s+a",
    "de": r"waren|hatten|Bilanz|insgesamt|erreichte|stieg\s+auf",
    "it": r"erano|avevano|bilancio|totale|raggiunto|salito\s+a",
    "pt": r"tinham|haviam|balanço|total|chegou\s+a|atingiu",
}

# By language: the nouns of a death toll ("the toll climbed from 59 on 8 September"): a sentence
# that counts one on a day gives a count of deaths then.
TOLLS = {"en": r"toll|death\s+toll|death\s+count", "it": r"bilancio", "pt": r"balanço",
         "fr": r"bilan|nombre\s+de\s+(?:morts|décès)",
         "es": r"balance|(?:cifra|número)\s+de\s+(?:muertos|fallecidos)",
         "de": r"Bilanz|Todesopfer|Zahl\s+der\s+Toten|Totenzahl"}

# By language: the words that pick some out of a whole by their place in its order ("the last
# six hostages", "the first 90 prisoners", "the remaining four"): an amount after them is a
# part of a whole, unless it is more than the whole.
PICKED = {
    "en": r"the\s+(?:first|last|final|remaining|other)",
    "fr": r"les\s+(?:premiers|premières|derniers|dernières|autres)",
    "es": r"los\s+(?:primeros|últimos|demás|otros)|las\s+(?:primeras|últimas|demás|otras)",
    "de": r"die\s+(?:ersten|letzten|übrigen|anderen|restlichen)",
    "it": r"i\s+(?:primi|ultimi|restanti|altri)|gli\s+(?:ultimi|altri)|le\s+(?:prime|ultime|"
          r"restanti|altre)",
    "pt": r"os\s+(?:primeiros|últimos|restantes|outros)|as\s+(?:primeiras|últimas|restantes|"
          r"outras)",
}

# By language: the words of a stretch of places, from one to another ("from the Philippines to
# Myanmar"): an amount of the stretch is all its places', not one end's.
STRETCHES = {
    "en": (r"from", r"to|through"),
    "fr": (r"de|du|des|d['\u2019]", r"à|au|aux|jusqu['\u2019]\s?(?:à|au|aux)"),
    "es": (r"desde|de|del", r"a|al|hasta"),
    "de": (r"von|vom", r"bis(?:\s+(?:nach|zum|zur))?|nach|zum|zur"),
    "it": (r"da|dal|dalla|dall['\u2019]", r"a|al|alla|all['\u2019]|fino\s+a"),
    "pt": (r"de|do|da|desde", r"a|ao|à|até"),
}

# By language: what sets an event after an amount ("before his arrest", "after the vote"): a
# word of time then an article or a possessive, or one that holds its article ("antes del",
# "prima dell'"); the articles and possessives; and the words of the places that follow its
# noun ("in a village in northern Serbia"), which are the event's, not the amount's.
EVENTS = {
    "en": (r"before|after|until|since", r"(?!)",
           r"(?:his|her|its|their|the|a|an|our|my|your|this|that)\s+",
           r"in|at|across|near|outside|of|on"),
    "fr": (r"avant|après|jusqu['\u2019]à|depuis", r"jusqu['\u2019](?:au|aux)",
           r"(?:son|sa|ses|leur|leurs|le|la|les|un|une|ce|cet|cette)\s+|l['\u2019]",
           r"à|en|dans|au|aux|de|du|des|près\s+de"),
    "es": (r"antes\s+de|después\s+de|hasta|desde|tras", r"antes\s+del|después\s+del",
           r"(?:su|sus|el|la|los|las|un|una|este|esta)\s+", r"en|de|del|cerca\s+de"),
    "de": (r"vor|nach|bis|seit", r"vorm|bis\s+zu[mr]",
           r"(?:seiner|seinem|seinen|ihrer|ihrem|ihren|dem|der|den|des|einer|einem|einen)\s+",
           r"in|im|am|bei|nahe|von|vom|aus"),
    "it": (r"prima\s+di|dopo|fino\s+a|da",
           r"prima\s+d(?:el|ello|ella|elle|ei|egli|ell['\u2019])|"
           r"fino\s+a(?:l|llo|lla|lle|i|gli|ll['\u2019])|da(?:l|llo|lla|lle|i|gli|ll['\u2019])",
           r"(?:il|lo|la|le|i|gli|un|uno|una|suo|sua|suoi|sue|loro)\s+|l['\u2019]|un['\u2019]",
           r"a|in|nel|nello|nella|nelle|negli|nei|di|del|della|vicino\s+a"),
    "pt": (r"antes\s+de|depois\s+de|até|desde|após",
           r"antes\s+d[oa]s?|depois\s+d[oa]s?|desde\s+[oa]s?",
           r"(?:sua|seu|suas|seus|o|a|os|as|um|uma)\s+",
           r"em|no|na|nos|nas|num|numa|de|do|da|perto\s+de"),
}


@dataclass(frozen=True)
class PartWords:
    """One language's patterns: a place (group 'name' or 'noun'), a group (group 'group'),
    a sum, what joins a list, and what joins a label's names."""

    place: re.Pattern[str]
    group: re.Pattern[str]
    total: re.Pattern[str]
    joined: re.Pattern[str]
    listed: re.Pattern[str]
    together: re.Pattern[str]
    picked: re.Pattern[str] | None = None

    def picks(self, text: str, offset: int, value: float, label: str, wholes: Iterable[float]
              ) -> bool:
        """Tell whether the amount at offset is some of a whole, no more than it: picked out
        by the words before it by its order ("the last six hostages" of the 33 to be freed),
        or less than it and some added together by its clause ("the four coalition parties
        together hold 88 seats" of the 150; not "in all", which adds up the whole), unless the
        label adds them up too ("seats held by Labour and Reform together", "tournaments won
        by South Africa or New Zealand")."""
        whole = max(wholes, default=value)
        if self.picked is not None and value <= whole and \
                self.picked.search(text, max(0, offset - 40), offset) is not None:
            return True
        start = max((found.end() for found in BREAK.finditer(text, 0, offset)), default=0)
        end = next((found.start() for found in BREAK.finditer(text, offset)), len(text))
        return value < whole and self.together.search(text, start, end) is not None and \
            self.total.search(label) is None and self.listed.search(label) is None

# What ends a clause: a sentence's mark, a colon, a semicolon, a comma not in a number.
BREAK = re.compile(r"[;:!?\n]|[.,](?!\d)")
CAPITAL = r"(?-i:[A-ZÀ-ÖØ-ÞŒĄĆĘŁŃŚŹŻĐА-ЯЁІЇЄҐ])"  # Latin and Cyrillic
NAME = rf"{CAPITAL}[\w'\u2019-]*(?:\s{CAPITAL}[\w'\u2019-]*)*"


@functools.cache  # once per language
def part_words(language: str) -> PartWords | None:
    """Return a language's patterns, or None if it has no table."""
    code = language.split("-")[0]
    if code not in TABLES:
        return None
    where, article, nouns, among, together = TABLES[code]
    the = rf"(?:(?:{article})\s*)?" if article else ""
    joined, either = words_pattern(AND[code]), words_pattern(AND[code] + OR.get(code, ()))
    picked = PICKED.get(code)
    # Hindi puts its word of where after the place: "राजधानी में".
    place = rf"(?<!\w)(?:{where})\s+{the}(?:(?P<noun>{nouns})|(?P<name>{NAME}))(?!\w)" \
        if where else rf"(?<!\w)(?P<noun>{nouns})\s+में"
    return PartWords(re.compile(place, re.IGNORECASE),
                     re.compile(rf"(?<!\w)(?:{among})\s+(?P<group>[^\W\d_][\w'\u2019-]*"
                                rf"(?:\s+[^\W\d_][\w'\u2019-]*)?)", re.IGNORECASE),
                     re.compile(rf"(?<!\w)(?:{IN_ALL[code]}|{together})(?!\w)", re.IGNORECASE),
                     re.compile(rf"(?<!\w)(?:{joined})(?!\w)|,", re.IGNORECASE),
                     re.compile(rf"\s+(?:{either})\s+{the}", re.IGNORECASE),
                     re.compile(rf"(?<!\w)(?:{together})(?!\w)", re.IGNORECASE),
                     re.compile(rf"(?<!\w)(?:{picked})\s+$", re.IGNORECASE) if picked else None)


@functools.cache  # once per language
def tally_words(language: str) -> re.Pattern[str] | None:
    """Return what makes a count after a day a tally up to it (see TALLIES), if known."""
    found = TALLIES.get(language.split("-")[0])
    return re.compile(rf"(?<!\w)(?:{found})(?!\w)", re.IGNORECASE) if found else None


def toll_words(language: str) -> re.Pattern[str] | None:
    """Return the nouns of a death toll (see TOLLS), if known."""
    found = TOLLS.get(language.split("-")[0])
    return re.compile(rf"(?<!\w)(?:{found})(?!\w)", re.IGNORECASE) if found else None


@functools.cache  # once per language
def stretch_words(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a stretch of places, its ends in the groups 'one' and 'two' (see
    STRETCHES), if the language has one."""
    code = language.split("-")[0]
    if code not in STRETCHES:
        return None
    since, until = STRETCHES[code]
    article = TABLES[code][1]
    the = rf"(?:(?:{article})\s*)?"
    return re.compile(rf"(?<!\w)(?:{since})\s*{the}(?P<one>{NAME})\s+(?:{until})\s*{the}"
                      rf"(?P<two>{NAME})", re.IGNORECASE)


@functools.cache  # once per language
def event_words(language: str) -> re.Pattern[str] | None:
    """Return the pattern of an event set after an amount, not opening its sentence ("15 years
    on the run before his arrest in Serbia"), the places of its noun in the group 'places'
    (see EVENTS), if the language has one."""
    found = EVENTS.get(language.split("-")[0])
    if found is None:
        return None
    since, held, the, link = found
    word = rf"(?!(?:{link})(?!\w))[\w'\u2019-]+"
    place = rf"\s+(?:{link})\s+(?:{the})?{word}(?:\s+{word}){{0,2}}"
    return re.compile(rf"(?<=[\w%,]\s)(?:(?:{since})\s+(?:{the})+|(?:{held})\s*(?:{the})*)"
                      rf"[^\W\d_][\w'\u2019-]*(?P<places>(?:{place})+)", re.IGNORECASE)


def event_places(text: str, language: str) -> list[tuple[int, int]]:
    """Return where a text gives the places of an event set after an amount ("before his
    arrest in a village in northern Serbia"): they are the event's, not the amount's."""
    pattern = event_words(language)
    return [] if pattern is None else \
        [match.span("places") for match in pattern.finditer(text)]
