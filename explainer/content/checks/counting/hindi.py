"""How Hindi writes counts and amounts, as Hindi papers print them: numbers in Latin or
Devanagari digits ("240", "२४०"), grouped in lakhs ("1,00,000") or in thousands; a scale after
its number ("64.2 करोड़", "2 लाख", "642 मिलियन"); money by its sign before ("₹2 लाख", "रु. 500
करोड़", "$360 मिलियन") or its name after ("2 लाख रुपये", "36 करोड़ डॉलर"); "33.7 प्रतिशत" and
"फीसदी" beside "33.7%"; the noun after its number, direct or oblique ("240 सीटें", "543 सीटों
पर"), and a postposition after the noun ("10 देशों में"). A word is read with or without its
nukta (करोड़, करोड), and with the candrabindu or the anusvara (पाँच, पांच)."""

from __future__ import annotations

import functools
import re
import unicodedata

from babel.dates import get_month_names

from ...numerals import latin_digits
from . import YEAR, Counting
from .currencies import PREFIXES, codes_pattern, names_in
from .hindiwords import NUMBER_WORDS
from .patterns import named_before, naming, words_pattern

# The signs that join a Devanagari letter as part of its word, which Python's \w leaves out:
# the vowel signs, the virama, the nukta, the candrabindu, the anusvara and the visarga.
MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
WORD = rf"[^\W\d_][\w{MARKS}'’-]*"
OPEN, SHUT = rf"(?<![\w{MARKS}])", rf"(?![\w{MARKS}])"  # a word's edges
# A letter written with the nukta or without, composed or not: करोड़, करोड़ and करोड alike.
NUKTA = {"\u0915": "\u0958", "\u0916": "\u0959", "\u0917": "\u095a", "\u091c": "\u095b",
         "\u0921": "\u095c", "\u0922": "\u095d", "\u092b": "\u095e"}


def spelled(words: str) -> str:
    """Return the pattern of words as typed ('करोड|लाख'): each letter that may take a nukta
    with it or without, the anusvara as the candrabindu too, a space as any."""
    out = []
    for char in words:
        if char in NUKTA:
            out.append(f"(?:{char}\u093c?|{NUKTA[char]})")
        elif char == "\u0902":
            out.append("[\u0901\u0902]")
        else:
            out.append(r"\s+" if char == " " else re.escape(char) if char in ".$" else char)
    return "(?:" + "".join(out) + ")"


def folded(word: str) -> str:
    """Return a word as the tables hold it: lowercased, without the nukta, the candrabindu
    as the anusvara, its digits Latin."""
    plain = unicodedata.normalize("NFD", latin_digits(word.lower())).replace("\u093c", "")
    return " ".join(unicodedata.normalize("NFC", plain).replace("\u0901", "\u0902").split())


class Folded(dict[str, str]):
    """A table whose keys are looked up folded (see folded()): "क़रीब" finds "करीब"."""

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(folded(key))

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(folded(key))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(folded(key), default)


WORDS = rf"(?<![{MARKS}])" + words_pattern(
    {*NUMBER_WORDS, *(word.replace("\u0902", "\u0901") for word in NUMBER_WORDS)}, ()) \
    + rf"(?![{MARKS}])"
NUMBER_WORD = re.compile(WORDS)
# Grouped in thousands ("642,000,000") or in lakhs ("64,20,00,000"); the digits Latin, as the
# Counting's localise() writes them first.
NUMBER = r"\d{1,3}(?:(?:,\d{3})+|(?:,\d{2})+,\d{3})(?:\.\d+)?|\d+(?:\.\d+)?"
SCALES = {"हजार": 1e3, "लाख": 1e5, "करोड": 1e7, "अरब": 1e9, "खरब": 1e11, "लाख करोड": 1e12,
          "मिलियन": 1e6, "बिलियन": 1e9, "ट्रिलियन": 1e12}
SCALE = spelled("|".join(sorted(SCALES, key=len, reverse=True))) + SHUT
AMOUNT = rf"(?P<number>{NUMBER})(?![\d,.]?\d)(?:\s*(?P<scale>{SCALE}))?"
SCALED = rf"(?<![\w.,]){AMOUNT}"
FIGURE_NUMBER = re.compile(SCALED)
UNQUOTED = r"(?<![\"'\u201c\u2018\u00ab\u201e])"
OTHER = spelled("अन्य|दूसरे|और") + r"\s+"
QUALIFIERS = {"लगभग": "about", "करीब": "about", "तकरीबन": "about", "करीब करीब": "nearly",
              "कम से कम": "at least", "से अधिक": "more", "से ज्यादा": "more",
              "से ऊपर": "more", "से कम": "fewer", "तक": "up to"}
QUALIFIER = re.compile(r"(?<!\S)(?P<qualifier>" + "|".join(
    spelled(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+\Z")
INNER = spelled("|".join(q for q in QUALIFIERS if q.startswith("से ")))
COUNTRY_NOUNS = ("देश", "देशों", "राष्ट्र", "राष्ट्रों", "मुल्क", "मुल्कों")
# "10 देशों", "नौ अन्य देश", "अन्य 9 देशों", "30 से अधिक देशों" (a qualifier between).
COUNTRY_CLAIM = re.compile(
    UNQUOTED + OPEN + rf"(?P<other>{OTHER})?(?:(?P<digits>\d{{1,3}})(?![\d,.]?\d)|"
    rf"(?P<word>{WORDS}))\s+(?:(?P<inner>{INNER})\s+)?(?P<word_other>{OTHER})?"
    rf"(?:{'|'.join(sorted(COUNTRY_NOUNS, key=len, reverse=True))}){SHUT}")
BESIDE = spelled(r"के अलावा|के सिवा|के सिवाय|को छोडकर")
BESIDES = re.compile(rf",?\s+{BESIDE}{SHUT}")
BESIDES_BEFORE = re.compile(rf"{BESIDE}{SHUT}")
# "यूरोपीय संघ के 27 देश", "EU के 27 देश": another whole's countries.
OF_ANOTHER = spelled("संघ|समूह|गठबंधन|संगठन|परिषद") + r"|[A-Z]{2,}"
OF_ANOTHER_BEFORE = re.compile(rf"(?:{OF_ANOTHER})\s+(?:{spelled('के|की|का')})\s+\Z")
# A number, its scale, then one to three words: not a scale as its noun ("64.2 करोड़").
COUNT = re.compile(rf"{UNQUOTED}(?<![$€£¥₹]){SCALED}(?!\s?%|\s*(?:{SCALE}))"
                   rf"(?P<words>(?:\s+{WORD}){{1,3}})")


def currencies() -> dict[str, str]:
    """Return each currency as written, folded, with its ISO 4217 code: signs, "रु.", "Rs",
    the names Hindi papers write after an amount, and CLDR's Hindi names."""
    rupee = dict.fromkeys(("₹", "रु", "रु.", "rs", "rs.", "रुपये", "रुपए", "रुपया", "रुपयों"),
                          "INR")
    dollar = dict.fromkeys(("$", "डॉलर", "डालर", "अमेरिकी डॉलर", "यूएस डॉलर"), "USD")
    found = {**rupee, **dollar, "€": "EUR", "यूरो": "EUR", "£": "GBP", "¥": "JPY", "येन": "JPY",
             **PREFIXES}
    return Folded({folded(name): code for name, code in (names_in("hi") | found).items()})


CURRENCIES = currencies()
SIGNS = r"[A-Z]{0,3}[$£¥]|[€₹]|रु\.?|Rs\.?"
NAMES = spelled("|".join(sorted((n for n in CURRENCIES if n[0] >= "\u0900"), key=len,
                                reverse=True)))
SIGNED = re.compile(rf"(?P<currency>(?<![\w$€£¥₹])(?:{SIGNS}))\s?{AMOUNT}")
NAMED = re.compile(rf"{SCALED}\s+(?P<currency>{NAMES}){SHUT}")
CODED = re.compile(rf"(?<!\w)(?P<currency>{codes_pattern()})\s?{AMOUNT}")


def money(text: str) -> list[re.Match[str]]:
    """Return the amounts of money in a text, in order: those a sign or a code comes before,
    and those a currency's name follows."""
    found = [*NAMED.finditer(text)]
    for match in [*SIGNED.finditer(text), *CODED.finditer(text)]:
        if not any(other.start() < match.end() and match.start() < other.end()
                   for other in found):
            found.append(match)
    return sorted(found, key=lambda match: match.start())


def value(match: re.Match[str]) -> float:
    """Return the value of a number with its scale ("64.2 करोड़", "1,00,000")."""
    scale = folded(match.groupdict().get("scale") or "")
    return float(latin_digits(match["number"]).replace(",", "")) * SCALES.get(scale, 1.0)


PERCENT = re.compile(rf"(?<![\w.,])(?P<number>{NUMBER})(?![\d,.]?\d)"
                     rf"(?:\s?%|\s+{spelled('प्रतिशत|फीसदी|फीसद|परसेंट')}{SHUT})")
END = rf"(?:(?:{SIGNS})\s?)?(?:{NUMBER})(?:\s?%|\s*(?:{SCALE}))?"
RANGE = re.compile(rf"(?<![\w.,])(?P<first>{END})(?:(?P<to>\s+से\s+)|[–-])(?P<second>{END})")
NEVER = re.compile(r"(?!)(?P<whole>)")
MONTHS = frozenset(folded(month) for month in get_month_names("wide", locale="hi").values())
EARLIER = re.compile(OPEN + spelled("शुरुआत में|शुरू में|प्रारंभ में|आरंभ में|शुरुआती अनुमान|"
                                    "पहले अनुमान") + SHUT)
LATER = re.compile(OPEN + spelled("अब तक|अब|बाद में|फिलहाल") + SHUT)
# "14 मंत्री 9 देशों से": the countries of the ministers counted before.
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}(?!\d))\d[\d,.]*\s+{WORD}(?:\s+{WORD}){{0,2}}"
                          r"\s+\Z")
# "5 में से 1", and with the noun of the whole between, "543 सीटों में से 293 सीटें": a part of
# a whole, neither term a level.
RATIO = re.compile(rf"(?<=\d)(?:\s+{WORD})?\s+{spelled('में से')}\s+(?=\d)")
STOP_WORDS = frozenset(folded(word) for word in (
    "का की के में से को ने पर तक और या भी है हैं था थी थे हो होगा होगी गया गई गए कि यह वह ये वे "
    "इस उस इन उन लिए साथ बाद पहले तो ही नहीं न जो जिस जिन जिसे कुल लगभग करीब तकरीबन अन्य सभी "
    "कई कुछ द्वारा वाले वाली वाला अपने अपनी अपना इसके उसके उनके इसमें उसमें जब तब अब एवं तथा "
    "हुआ हुई हुए रहा रही रहे कर करके किया किए गयी मिला मिली मिले सबसे बहुत").split())
# Suffixes of number and case, the longest first: "सीटें", "सीटों" and "सीट" meet, and
# "मतदाताओं" and "मतदाता".
SUFFIXES = sorted("ों ें ां ीं ाओं ियों ियां ाएं ुओं ा े ी ि ो ु ू".split(), key=len, reverse=True)


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: folded, without its suffix of number or case
    ("मतदाताओं" and "मतदाता" meet, "देशों" and "देश")."""
    word = folded(word)
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[:-len(suffix)]
    return word


def plural(word: str) -> bool:
    """Tell whether a lowercased word may be the noun a number counts: Hindi marks a plural
    only on some nouns ("सीटें", but "मतदाता", "देश"), so any word but a function word or a
    month may be."""
    key = folded(word)
    return len(key) > 1 and key not in STOP_WORDS and key not in MONTHS and \
        not key[0].isdigit()


COUNTING = Counting(
    language="hi", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming(*COUNTRY_NOUNS[::2], "मुल्क"), country_nouns=COUNTRY_NOUNS,
    money=money, currencies=CURRENCIES, percent=PERCENT, change=re.compile(r"(?!)"),
    count=COUNT, word_count=re.compile(r"(?!)(?P<word>)(?P<words>)"), range=RANGE,
    from_level=re.compile(r"(?!)"), number=FIGURE_NUMBER, value=value, stop_words=STOP_WORDS,
    plural=plural, stem=stem, word=re.compile(WORD), number_word=NUMBER_WORD,
    qualifiers=Folded({folded(q): meaning for q, meaning in QUALIFIERS.items()}),
    qualifier=QUALIFIER, earlier=EARLIER, later=LATER, share_of=NEVER, counted_from=COUNTED_FROM,
    besides_before=BESIDES_BEFORE, head_last=True, of_another=named_before(OF_ANOTHER_BEFORE, 40),
    localise=latin_digits,
    ratio=RATIO)
