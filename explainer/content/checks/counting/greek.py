"""How Greek writes counts and amounts: the number before its noun, in its gender and case
("τρεις χώρες", "τρία κράτη", "τριών χωρών", "πάνω από 30 χώρες", "9 ακόμη χώρες"), numbers
1.000 and 2,5, money's name after it ("2,5 δισεκατομμύρια ευρώ", "500 εκατ. δολάρια") or its
sign before or after ("€2,5 δισ.", "100 €"), "τοις εκατό" beside "%". A word is read with its
accents or without them, as capitals write it ("ΧΩΡΕΣ")."""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from . import YEAR, Counting
from .commas import POINT_OR_SPACE, UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .currencies import openings as openings_of
from .greekwords import CONTINUED, NUMBER_WORDS, looks_plural, stem, unaccented
from .patterns import of_named, qualifier_pattern, words_pattern

ACCENTS = {"ά": "α", "έ": "ε", "ή": "η", "ί": "ιϊΐ", "ό": "ο", "ύ": "υϋΰ", "ώ": "ω"}


def loose(pattern: str) -> str:
    """Return a pattern whose accented vowels match with their accents or without them."""
    return "".join(f"[{char}{ACCENTS[char]}]" if char in ACCENTS else char for char in pattern)


WORD = r"[^\W\d_][\w'’-]*"
NUMBER_WORD = re.compile(words_pattern(NUMBER_WORDS, CONTINUED), re.IGNORECASE)
WORDS = NUMBER_WORD.pattern
NUMBER = number(POINT_OR_SPACE)
SCALES = {**dict.fromkeys(("χιλ.", "χιλιάδες", "χιλιάδων", "χιλιαδες", "χιλιαδων"), 1e3),
          **dict.fromkeys(("εκατ.", "εκ.", "εκατομμύριο", "εκατομμύρια", "εκατομμυρίων",
                           "εκατομμυριο", "εκατομμυρια", "εκατομμυριων"), 1e6),
          **dict.fromkeys(("δισ.", "δισεκατομμύριο", "δισεκατομμύρια", "δισεκατομμυρίων",
                           "δισεκατομμυριο", "δισεκατομμυρια", "δισεκατομμυριων"), 1e9),
          **dict.fromkeys(("τρισ.", "τρισεκατομμύριο", "τρισεκατομμύρια",
                           "τρισεκατομμυρίων"), 1e12)}
SCALE_WORDS = alternatives(SCALES)
SCALE = rf"(?:\s?(?P<scale>(?:{SCALE_WORDS})(?:(?<=\.)|(?!\w))))?"
MONTHS = "|".join(name for context in ("format", "stand-alone")
                  for name in get_month_names("wide", context, "el").values())
PERCENT_WORDS = r"τοις\s+εκατό|τοις\s+εκατο|τοις\s+%"


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Greek names
    ("δολάρια ηπα") and the bare words newsrooms write ("ευρώ", "δολάρια", "λίρες")."""
    found = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", **PREFIXES}
    for code, words in (("EUR", "ευρώ ευρω"), ("USD", "δολάριο δολάρια δολαρίων δολαρια"),
                        ("GBP", "στερλίνες στερλινες"), ("JPY", "γιεν")):
        found |= dict.fromkeys(words.split(), code)
    return names_in("el") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and len(name) > 3] + ["γιεν"]
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s?"
                         rf"(?P<currency>(?:{alternatives(NAMED)})(?!\w)|{codes_pattern()}|€)",
                         re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?:(?-i:[A-Z]{1,3})?[$£¥]|€))"
                   rf"\s?(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "ευρ", "δολ", "λίρ", "λιρ", "στερλ", "γιεν", "φράγκ")
money = functools.partial(money_in, hints=MONEY_HINTS, openings=openings_of(NAMED),
                          named=NAMED_MONEY, signed=MONEY, first=code_first(NUMBER, SCALE))
PERCENT = percent(".", PERCENT_WORDS)
# A count's words: not a scale, a month ("11 Αυγούστου"), a percentage or a currency's name.
COUNT = re.compile(rf"{UNQUOTED}(?P<number>{counted_number(POINT_OR_SPACE)}){SCALE}(?!\s?%)\s+"
                   rf"(?P<words>(?!(?:{SCALE_WORDS}|{loose(MONTHS)}|τοις|{alternatives(NAMED)})"
                   rf"(?:(?<=\.)|(?!\w))){WORD}(?:\s+{WORD}){{0,2}})", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
QUALIFIERS = {
    "πάνω από": "more", "περισσότερα από": "more", "περισσότεροι από": "more",
    "περισσότερες από": "more", "περισσότερο από": "more", "πάνω από τα": "more",
    "πάνω από τους": "more", "πάνω από τις": "more", "άνω των": "more", "πλέον των": "more",
    "τουλάχιστον": "at least", "λιγότερα από": "fewer", "λιγότεροι από": "fewer",
    "λιγότερες από": "fewer", "λιγότερο από": "fewer", "κάτω από": "fewer",
    "έως": "up to", "έως και": "up to", "μέχρι": "up to", "μέχρι και": "up to",
    "σχεδόν": "nearly", "περίπου": "about", "γύρω στα": "about", "γύρω στους": "about",
    "γύρω στις": "about", "κοντά στα": "about", "κοντά στους": "about",
    "κοντά στις": "about"}
# "άλλες" before the number, "ακόμη" after it: "άλλες εννέα χώρες", "9 ακόμη χώρες". Both
# leave one country out; the groups other and word_other say so, whichever the number is.
OTHER_BEFORE = loose(r"(?:άλλες|άλλα|άλλων|άλλους|άλλοι)") + r"\s+"
OTHER_AFTER = loose(r"(?:ακόμη|ακόμα|άλλες|άλλα|άλλων)") + r"\s+"
# The article or a word before a count in words that points back at countries just named:
# "οι τρεις χώρες", "των δύο χωρών", "και οι δύο", "αυτές οι", "όλες οι".
POINTING_BACK = ("οι", "τις", "των", "τα", "τους", "αυτές", "αυτά", "όλες", "όλα", "αυτών")
GUARDS = "".join(rf"(?<!\b{word}\s)" for word in POINTING_BACK)
NOUNS = loose(r"(?:χώρες|χωρών|κράτη|κρατών|κράτη[\s-]+μέλη|κρατών[\s-]+μελών)")
COUNTRY_CLAIM = re.compile(
    UNQUOTED + rf"(?<![\d.,'’])(?P<other>{OTHER_BEFORE})?(?:(?P<digits>\d{{1,3}})\s+|"
    rf"{GUARDS}(?P<word>{WORDS})\s+)(?P<word_other>{OTHER_AFTER})?{NOUNS}(?!\w)",
    re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + rf"(?<!\w){GUARDS}(?P<word>{WORDS})"
                        rf"(?P<words>(?:\s+{WORD}){{1,3}})", re.IGNORECASE)
BESIDE = loose(r"εκτός\s+από|πλην|εκτός\s+(?:της|του)|μαζί\s+με|πέραν\s+(?:της|του)")
BESIDES = re.compile(rf"(?:\s+{WORD})?,?\s+(?:{BESIDE})(?!\w)", re.IGNORECASE)
BESIDES_BEFORE = re.compile(rf"(?<!\w)(?:{BESIDE})\s+{WORD}(?:\s+[^\W\d_,.;:][\w'’-]*){{0,3}},?"
                            rf"\s+(?:{WORD}\s+){{0,4}}\Z", re.IGNORECASE)
QUALIFIED = loose(r"(?:περίπου\s+|σχεδόν\s+|πάνω\s+από\s+)?")
# A change, not a level: "αυξήθηκε κατά 12%", "μειώθηκε κατά 3%", "αύξηση 2%", "μείωση κατά
# 2%"; "από 4% σε 3,5%" is a level and the next (nextlevels.py).
CHANGE = re.compile(loose(r"(?<!\w)(?:αυξήθηκ\w*|μειώθηκ\w*|αύξησ\w*|μείωσ\w*|άνοδ\w*|πτώσ\w*|"
                          r"υποχώρησ\w*|ανέβηκ\w*|έπεσ\w*|αυξάν\w*|μειών\w*)") +
                    rf"\s+(?:κατά\s+)?{QUALIFIED}\Z|(?<!\w)κατά\s+{QUALIFIED}\Z", re.IGNORECASE)
END = rf"(?:[$€£]\s?)?(?:{NUMBER})(?:\s?%|\s+(?:{PERCENT_WORDS})|\s(?:{SCALE_WORDS}))?"
# A range: "μεταξύ 25 και 90%", "από 25 έως 90%", "25-90%".
RANGE = re.compile(rf"(?P<between>{loose('μεταξύ')}\s+)?(?<![\w.,])(?P<first>{END})"
                   rf"(?(between)\s+και\s+|(?:(?P<to>\s+(?:{loose('έως|ως')})\s+)|[–-]))"
                   rf"(?P<second>{END})", re.IGNORECASE)
FROM_LEVEL = re.compile(loose(r"(?<!\w)από\s+\Z"), re.IGNORECASE)
EARLIER = re.compile(loose(r"(?<!\w)(?:αρχικά|αρχική|αρχικός|αρχικό|πρώτη\s+εκτίμηση|"
                           r"προηγουμένως|νωρίτερα|αναμενόταν|εκτιμούσε|πρόβλεψη|"
                           r"προβλέψεις)(?!\w)"), re.IGNORECASE)
LATER = re.compile(rf"(?<!\w)(?:(?:έως|ως|μέχρι)\s+(?:τις\s+|την\s+)?\d{{1,2}}\s+"
                   rf"(?:{loose(MONTHS)})|" + loose(r"αργότερα|πλέον|τώρα|σήμερα|έκτοτε") +
                   r")(?!\w)", re.IGNORECASE)
SHARE_OF = re.compile(rf"\s+(?:του|της|των)\s+(?P<whole>{WORD}(?:\s+{WORD}){{0,3}})",
                      re.IGNORECASE)
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d.,]*|{WORDS})"
                          rf"(?:\s+{WORD}){{1,3}}\s+{loose('από')}\s+\Z", re.IGNORECASE)
FORESEEN = re.compile(loose(r"(?<!\w)(?:θα|ενδέχεται|πιθανόν|πιθανώς|ίσως|αναμένεται|"
                            r"αναμένονται|κινδυνεύει|εκτιμάται)(?!\w)"), re.IGNORECASE)
STOP_WORDS = frozenset(
    "ο η το οι τα του της των τον την τις τους ένας μία μια ένα ενός μιας έναν και ή αλλά "
    "να θα με σε στο στη στην στον στα στις στους από για προς κατά μετά πριν χωρίς μέχρι "
    "έως ως που πού ότι αν όταν όπου είναι ήταν είχε είχαν έχει έχουν δεν μην πιο πολύ "
    "περίπου σχεδόν πάνω κάτω τουλάχιστον άλλες άλλα άλλοι ακόμη ακόμα αυτό αυτή αυτά αυτές "
    "αυτοί όλα όλες όλοι οποίος οποία οποίο οποίοι οποίες τοις εκατό".split())
# As the checks compare them, caseless: a final sigma as any sigma ("τησ"), and without
# their accents, as capitals write them ("ΑΠΟ").
STOP_WORDS |= {form for word in STOP_WORDS for form in (word.replace("ς", "σ"),
                                                         unaccented(word.replace("ς", "σ")),
                                                         unaccented(word))}
MONTH_WORDS = frozenset(unaccented(name.lower()) for name in MONTHS.split("|"))
plural = functools.partial(looks_plural, stop_words=STOP_WORDS, months=MONTH_WORDS)
# The points of abbreviations, which end no sentence before a lowercase word: "500 εκατ.
# ευρώ", "2,5 δισ. δολάρια", "5 χιλ. κάτοικοι".
UNSTOPPED = re.compile(r"(?<!\w)(?:χιλ|εκατ|εκ|δισ|τρισ|π\.\s?χ|κ\.\s?ά|κλπ|χλμ|τ\.\s?μ)\."
                       r"(?!\s+[A-ZΑ-ΩΆΈΉΊΌΎΏ])")
ACRONYM = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞŒΑ-ΩΆΈΉΊΌΎΏ]{2,}(?![\w-])")
# What says that a figure is a threshold: "οι έδρες που χρειάζονται για αυτοδυναμία", "το
# όριο του 3%", "απαιτούνται 151 ψήφοι".
NEEDED = frozenset(stem(word) for word in
                   "χρειάζονται χρειάζεται απαιτούνται απαιτείται απαραίτητες απαραίτητοι "
                   "απαραίτητα όριο κατώφλι".split())
OPENERS = frozenset("μόνο όλες όλοι όλα ήδη σήμερα ακριβώς".split())

COUNTING = Counting(
    language="el", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=lambda text: any(noun in unaccented(text.lower()) for noun in
                                     ("χωρ", "κρατ")),
    country_nouns=("χώρες", "χωρών", "κράτη", "κρατών"),
    money=money, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, number=FIGURE_NUMBER,
    value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural, stem=stem,
    word=re.compile(r"[^\W_][\w'’-]*"), number_word=NUMBER_WORD, qualifiers=QUALIFIERS,
    qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER, later=LATER, share_of=SHARE_OF,
    counted_from=COUNTED_FROM, besides_before=BESIDES_BEFORE, unstopped=UNSTOPPED,
    of_another=of_named(r"\s+(?:της\s+|του\s+|των\s+)?"), foreseen=FORESEEN, acronym=ACRONYM,
    openers=OPENERS, needed=NEEDED)
