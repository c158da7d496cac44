"""The countries a count of countries names after it in its sentence: "Seven countries met in
Riyadh: Saudi Arabia, Egypt, Jordan, Qatar, the UAE, Bahrain and Oman" counts those seven, not
the country list, which may hold more.

The names follow a colon, a dash or a bracket later in the count's sentence, with no other
number between (in "12 countries signed, two abstained: Chile and Peru" the names are the
two's), or a word that says the count's countries are named right after it ("namely", "à
savoir", Arabic "هي"). A word that names only some of them ("including", "among them") keeps
the count held against the list. The names are read as the country list reads them: in English,
in the explainer's language, or as the list's own entries are shown; every one must be a
country's, joined by commas and the language's "and", the last one perhaps with words of a time
or a place after it ("and Oman on Tuesday", not "and Jordan led the talks"), or what follows is
no list of the count's countries. A word of some only right after the mark ("(including Egypt
and Jordan)", ": among them ...") keeps the count held against the list too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...naming.countries import country_pointed_to, index
from ...naming.names import name_key
from ...naming.ownnames import resolve_in_language
from ..texts.conjunctions import AND, PREFIXED_AND, words_pattern
from ..texts.sentences import sentence_ends
from ..texts.textnames import ELIDED

# What opens the names in any language, anywhere in the count's sentence after it: a colon, a
# dash (an em dash, or a spaced en dash or hyphen), a bracket; with what closes a dash's or a
# bracket's names, where they go on ("Seven countries — A, B and C — met").
MARKS = re.compile(r"(?P<colon>[:\uff1a])|(?P<dash>\s?\u2014\s?|\s[\u2013-]\s)|(?P<bracket>\()")
CLOSES = {"colon": None, "dash": re.compile(r"\s?\u2014|\s[\u2013-]\s"),
          "bracket": re.compile(r"\)")}
# The words that say, right after a count's noun, that its countries are named next ("seven
# countries, namely"), by language; the first part of a regional tag picks them.
NAMELY = {
    "en": ("namely", "that is", "i.e.", "viz."),
    "fr": ("à savoir", "soit", "c'est-à-dire", "c’est-à-dire"),
    "es": ("a saber", "es decir", "en concreto"),
    "de": ("nämlich", "und zwar", "das heißt", "d. h."),
    "it": ("cioè", "ovvero", "ossia", "vale a dire"),
    "pt": ("a saber", "nomeadamente", "ou seja"),
    "ru": ("а именно", "именно", "то есть"),
    "uk": ("а саме", "тобто"),
    "pl": ("mianowicie", "czyli", "tj."), "id": ("yaitu", "yakni"), "ms": ("iaitu", "yakni"),
    "sw": ("yaani", "ambazo ni", "ambayo ni"), "tr": ("yani",), "hi": ("यानी", "अर्थात"),
    "vi": ("gồm", "là"), "ar": ("هي", "وهي", "وهم", "هم"),
}
# The words that name only some of the count's countries ("including", "among them"): between
# the count and the names, they keep the count held against the list.
SOME_ONLY = {
    "en": ("including", "included", "include", "includes", "among", "such as", "like",
           "notably", "especially", "led by"),
    "fr": ("dont", "notamment", "parmi", "y compris", "comme", "tels que", "telles que",
           "entre autres", "en particulier"),
    "es": ("incluidos", "incluidas", "incluyendo", "entre ellos", "entre ellas", "entre otros",
           "como", "en particular", "sobre todo"),
    "de": ("darunter", "unter anderem", "u. a.", "einschließlich", "etwa", "wie", "vor allem",
           "insbesondere"),
    "it": ("tra cui", "fra cui", "compresi", "inclusi", "come", "tra gli altri", "in particolare"),
    "pt": ("incluindo", "entre eles", "entre elas", "entre os quais", "como", "sobretudo"),
    "ru": ("в том числе", "включая", "среди них", "среди которых", "например", "такие как",
           "в частности"),
    "uk": ("у тому числі", "в тому числі", "включно з", "серед них", "зокрема", "наприклад"),
    "pl": ("w tym", "m.in.", "między innymi", "takie jak", "wśród nich", "zwłaszcza"),
    "id": ("termasuk", "antara lain", "di antaranya", "seperti"),
    "ms": ("termasuk", "antara lain", "antaranya", "seperti"),
    "sw": ("ikiwemo", "zikiwemo", "ikiwa ni pamoja na", "kama vile", "miongoni mwao"),
    "tr": ("dahil", "aralarında", "gibi", "başta"), "hi": ("समेत", "सहित", "जैसे", "इनमें"),
    "vi": ("trong đó có", "như", "bao gồm cả"),
    "ar": ("منها", "ومنها", "بينها", "من بينها", "مثل", "بما فيها", "بما في ذلك", "أبرزها",
           "خاصة"),
}
# The articles a name may open with ("the UAE", "les Émirats arabes unis", "die VAE"); an
# elided one ("l'Égypte") is left out as the country list leaves it out.
ARTICLES = {
    "en": ("the",), "fr": ("le", "la", "les"), "es": ("el", "la", "los", "las"),
    "de": ("die", "der", "den", "dem", "das"), "it": ("il", "lo", "la", "i", "gli", "le"),
    "pt": ("o", "a", "os", "as"),
}
# The words that may open what follows the last name of a list, a time or a place ("and Oman
# on Tuesday", "et Oman mardi", "و عمان لبحث"), never a verb ("and Jordan led the talks"). In a
# language not here, words after the last of two names make them no list of the count's.
AFTER_LAST = {
    "en": ("on", "in", "at", "by", "for", "to", "from", "with", "during", "after", "before",
           "since", "until", "over", "between", "as", "last", "this", "next", "earlier",
           "later", "yesterday", "today"),
    "fr": ("à", "au", "aux", "en", "dans", "le", "lors", "pendant", "depuis", "avec", "pour",
           "sur", "par", "entre", "comme", "après", "avant", "hier", "ce", "cette", "lundi",
           "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("en", "el", "a", "al", "con", "para", "por", "durante", "desde", "tras", "ante",
           "entre", "como", "este", "esta", "ayer", "hoy"),
    "de": ("in", "im", "am", "an", "auf", "bei", "beim", "mit", "für", "nach", "vor", "seit",
           "während", "zu", "zum", "zur", "als", "gestern", "heute", "diese", "dieser",
           "diesen", "letzte", "letzten"),
    "it": ("a", "al", "alla", "in", "nel", "nella", "su", "con", "per", "da", "durante", "dopo",
           "prima", "tra", "fra", "come", "il", "ieri", "oggi", "lunedì", "martedì", "mercoledì",
           "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("em", "no", "na", "nos", "nas", "a", "à", "ao", "com", "para", "por", "durante",
           "desde", "após", "entre", "como", "ontem", "hoje", "nesta", "neste"),
    "ru": ("в", "во", "на", "с", "со", "по", "к", "при", "после", "до", "для", "между", "как",
           "вчера", "сегодня"),
    "uk": ("в", "у", "на", "з", "із", "зі", "по", "до", "після", "під", "для", "між", "як",
           "вчора", "учора", "сьогодні"),
    "pl": ("w", "we", "na", "z", "ze", "po", "do", "przy", "podczas", "dla", "między", "jako",
           "wczoraj", "dziś", "dzisiaj"),
    "id": ("di", "pada", "dalam", "ke", "dari", "dengan", "untuk", "sebagai", "selama",
           "setelah", "sejak", "kemarin", "hari"),
    "ms": ("di", "pada", "dalam", "ke", "dari", "dengan", "untuk", "sebagai", "selama",
           "selepas", "sejak", "semalam", "hari"),
    "sw": ("katika", "kwa", "mjini", "wiki", "siku", "jana", "leo", "hadi", "kama"),
    "vi": ("tại", "ở", "vào", "trong", "hôm", "với", "cho", "từ", "sau", "trước", "khi"),
    "ar": ("في", "على", "إلى", "من", "عن", "مع", "يوم", "خلال", "أمس", "اليوم", "منذ", "بعد",
           "قبل", "ل"),
}
COMMAS = ",;\u060c\u061b"  # and the Arabic comma and semicolon
LONGEST_NAME = 4  # pieces of a name between commas and "and": "Bosnia and Herzegovina"
DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Piece:
    """A piece of the words after a count, between two joins, and whether an "and" joins it."""

    start: int
    end: int
    joined_by_and: bool
    after_comma: bool


def names_counted(text: str, end: int, language: str, own: frozenset[str],
                  counting_number: re.Pattern[str]) -> tuple[int, int] | None:
    """Return how many countries the sentence of a count ending at `end` names as the count's
    own (see the module's docstring), and where their names end; None if it names none so.
    `own` holds the keys of the list's names; `counting_number` is a number in words."""
    base = language.split("-")[0]
    opened = opening(text, end, base, counting_number)
    if opened is None:
        return None
    start, stop = opened
    return read_names(text, start, stop, language, own)


def opening(text: str, end: int, language: str,
            number_word: re.Pattern[str]) -> tuple[int, int] | None:
    """Return where the names a count's countries are given by start and stop, after a count
    ending at `end`: after a word that says so right after it, or after a mark later in its
    sentence with no number nor a word of some only between; None if there is none."""
    stop = next(sentence_ends(text, end), None)
    last = stop.start() if stop else len(text)
    paragraph = text.find("\n\n", end, last)
    last = paragraph if paragraph >= 0 else last
    namely = words_pattern(NAMELY.get(language, ()))
    said = namely and re.compile(rf"[\s,\u060c]*(?:{namely})\s", re.IGNORECASE).match(text, end)
    if said:
        return said.end(), last
    mark = MARKS.search(text, end, last)
    if mark is None:
        return None
    between = text[end:mark.start()]
    some = words_pattern(SOME_ONLY.get(language, ()))
    if DIGIT.search(between) or number_word.search(between) or some and (
            re.search(rf"(?<!\w)(?:{some})(?!\w)", between, re.IGNORECASE)
            or re.compile(rf"\s*(?:{some})(?!\w)", re.IGNORECASE).match(text, mark.end())):
        return None  # another count's names, or some only of the count's countries
    closing = CLOSES[mark.lastgroup or "colon"]
    closed = closing.search(text, mark.end(), last) if closing else None
    return mark.end(), closed.start() if closed else last


def pieces(text: str, start: int, stop: int, language: str) -> list[Piece]:
    """Return the pieces of the words from start to stop between commas and "and"s."""
    base = language.split("-")[0]
    prefix = PREFIXED_AND.get(base)
    commas = rf"\s*[{COMMAS}]\s*"
    if prefix:
        join = re.compile(rf"{commas}(?P<and1>{prefix}\s*(?=\w))?|\s+(?P<and2>{prefix})\s*(?=\w)")
    else:
        ands = words_pattern(AND.get(base, ()))
        join = re.compile(rf"{commas}(?:(?P<and1>{ands})\s+)?|\s+(?P<and2>{ands})\s+"
                          if ands else commas, re.IGNORECASE)
    found, begin, joined, comma = [], start, False, False
    for match in join.finditer(text, start, stop):
        found.append(Piece(begin, match.start(), joined, comma))
        begin = match.end()
        joined = bool(match.groupdict().get("and1") or match.groupdict().get("and2"))
        comma = match[0].strip()[:1] in COMMAS
    found.append(Piece(begin, stop, joined, comma))
    return [piece for piece in found if text[piece.start:piece.end].strip()]


def read_names(text: str, start: int, stop: int, language: str,
               own: frozenset[str]) -> tuple[int, int] | None:
    """Return how many countries the words from start to stop name, one after the other, and
    where their names end; None unless they are a list of two names or more (see the
    module's docstring)."""
    parts = pieces(text, start, stop, language)
    prefixed = language.split("-")[0] in PREFIXED_AND
    count, at, end = 0, 0, start
    while at < len(parts):
        taken = longest_name(text, parts, at, language, own)
        if taken:
            count, end, last = count + 1, parts[taken - 1].end, parts[at]
            at = taken
            if last.joined_by_and and not prefixed:  # the last name: "and Oman"
                more = at < len(parts) and longest_name(text, parts, at, language, own)
                return None if more else listed(count, end)  # "A and B, C and D": unclear
            continue
        piece = parts[at]
        lead = leading_name(text[piece.start:piece.end], language, own)
        if lead and (prefixed or piece.joined_by_and) and ends_a_list(
                text[piece.start + lead:piece.end], language, count + 1):
            return listed(count + 1, piece.start + lead)  # "and Oman on Tuesday"
        return listed(count, end) if prefixed and piece.after_comma else None
    return listed(count, end)


def listed(count: int, end: int) -> tuple[int, int] | None:
    """Return a list's count of names and its end if it names two or more, else None."""
    return (count, end) if count >= 2 else None


def ends_a_list(rest: str, language: str, named: int) -> bool:
    """Tell whether the words after the last of `named` names may close a list of them: a
    bracket, or a word that opens a time or a place (see AFTER_LAST), in Arabic perhaps
    written as the first letter of the next word ("لبحث")."""
    base = language.split("-")[0]
    words, rest = AFTER_LAST.get(base), rest.strip()
    if rest[:1] in "([":
        return True
    if words is None:
        return named > 2
    first = re.match(r"[^\W\d_]+", rest)
    if first is None:
        return False
    word = first[0].lower()
    return word in words or base in PREFIXED_AND and len(word) > 2 and word[0] in words


def longest_name(text: str, parts: list[Piece], at: int, language: str,
                 own: frozenset[str]) -> int:
    """Return the index after the pieces from `at` that name one country together, the most
    of them first ("Bosnia and Herzegovina", "Trinidad and Tobago"); 0 if none does."""
    for upto in range(min(at + LONGEST_NAME, len(parts)), at, -1):
        if country_named(text[parts[at].start:parts[upto - 1].end], language, own):
            return upto
    return 0


def leading_name(piece: str, language: str, own: frozenset[str]) -> int:
    """Return where the name of a country that opens a piece with other words after it ends
    ("Oman on Tuesday", "عمان لبحث الحرب"), or 0."""
    words = list(re.finditer(r"\S+", piece))
    for size in range(min(LONGEST_NAME, len(words) - 1), 0, -1):
        if country_named(piece[:words[size - 1].end()], language, own):
            return words[size - 1].end()
    return 0


def country_named(name: str, language: str, own: frozenset[str]) -> bool:
    """Tell whether words name a country as the country list reads names: in English, in the
    explainer's language, or as one of its entries is shown (`own`, by key); the article
    before a name left out ("the UAE", "les Émirats arabes unis", "l'Égypte")."""
    articles = ARTICLES.get(language.split("-")[0], ()) + ARTICLES["en"]
    words = ELIDED.sub("", name.strip()).split()
    while len(words) > 1 and words[0].lower() in articles:
        words = ELIDED.sub("", " ".join(words[1:])).split()
    for written in {name.strip(), " ".join(words)}:
        key = name_key(written)
        if key and (key in own or key in index() or resolve_in_language(written, language)
                    or country_pointed_to(written, language)):
            return True
    return False
