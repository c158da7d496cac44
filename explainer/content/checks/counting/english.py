"""How English writes counts and amounts: "9 other countries", "$360 million", "1,000 officers"."""

from __future__ import annotations

import re

from . import WORD, YEAR, Counting, englishwords
from .currencies import PREFIXES, current_codes, plural_names, region_pays_in, signs
from .englishwords import (
    AGENT_VERBS,
    APPOSITION,
    INVARIANT,
    LETTERED,
    LETTERS,
    RUPEES,
    SHARE_IN,
    SHARE_VERBS,
    acts_done,
    counted_in_words,
    plural,
    same_acts,
    stem,
)
from .patterns import CAPITALISED, apposed, either, of_named, qualifier_pattern, words_pattern
from .signs import sign_pattern

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# Numbers in words up to a hundred, compounds hyphenated: "twenty-five", "ninety-nine".
NUMBER_WORDS = {word: n for n, word in enumerate(UNITS)} | {
    f"{tens}-{UNITS[unit]}" if unit else tens: 10 * place + unit
    for place, tens in enumerate(TENS, 2) for unit in range(10)} | {
    "a-hundred": 100, "one-hundred": 100, "a-dozen": 12, "half-a-dozen": 6}
# A number in words, read whole: not 'five' of 'twenty-five', nor 'twenty' of 'a hundred and
# twenty' (a number this check does not read).
IN_WORDS = words_pattern(NUMBER_WORDS, [*TENS, "hundred", "hundred and", "thousand",
                                        "thousand and"])
# Quoted counts are the source's words, in straight quotes or in typographer's: “…”, ‘…’,
# « … », „…“.
UNQUOTED = r"(?<![\"'\u201c\u2018\u00ab\u201e])(?<!\u00ab[ \u00a0\u202f])"
# A count in words, but not one that points back at countries just named ("the two countries").
COUNTED_IN_WORDS = counted_in_words(IN_WORDS)
# A count in figures ("9 countries") or in words ("nine other nations", "Eleven countries
# abstained").
COUNTRY_CLAIM = re.compile(
    UNQUOTED + r"\b(?:(?P<digits>\d{1,3})\s+(?P<other>other\s+)?|"
    + COUNTED_IN_WORDS + r"\s+(?P<word_other>other\s+)?)(?:countries|nations)\b", re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + r"\b" + COUNTED_IN_WORDS +
                        r"(?P<words>(?:\s+[^\W\d_][\w'-]*){1,3})", re.IGNORECASE)
BESIDES = re.compile(r"(?:\s+[^\W\d_][\w'-]*)?,?\s+(?:besides|beside|in addition to|other than|"
                     r"apart from|aside from|excluding|not counting)\b", re.IGNORECASE)
# A number written as a word, as COUNTRY_CLAIM reads it.
NUMBER_WORD = re.compile(IN_WORDS, re.IGNORECASE)
# Every claim names countries or nations: lines without either need no closer look. As
# r"countries|nations" with re.IGNORECASE, written to start with a set of characters (C and N
# have no other case forms) so that the search can skip ahead to them.
CLAIM_NOUN = re.compile(r"[cCnN](?i:(?<=[cC])ountries|(?<=[nN])ations)")
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Indian English counts in lakhs and crores: "12 lakh voters", "₹1.5 lakh crore"; British
# papers write a trillion "tn" ("$1.3tn"). A hyphen may join a scale to its number before a
# noun: "a $360-million pledge", "a ₹1.35-lakh-crore".
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
          "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
          "k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12}
# The scales written short, joined to the number: "$3m", "$35.1bn", "$3.6tn" (or "trn").
SHORT = r"k|m|bn|trn|tn"
SCALE_WORDS = r"thousand|million|billion|trillion|lakh[\s-]+crores?|lakhs?|crores?"
SCALE = rf"(?:[\s-]?(?P<scale>{SCALE_WORDS})\b|(?P<short>{SHORT})\b)?"
CODES = sorted(current_codes())
SIGNS = signs("en")  # "€", "₹", "₩" ...; not "$", whose country its prefix says
CURRENCIES = {"$": "USD", **SIGNS, **{code.lower(): code for code in CODES},
              **plural_names("en"), "dollars": "USD", "u.s. dollars": "USD",
              "pounds sterling": "GBP", "yen": "JPY", **INVARIANT, **RUPEES, **PREFIXES,
              **LETTERED}
SIGN_CHARACTERS = "$" + "".join(SIGNS)
# The currency before the amount: a sign, with the capitals that may say whose ("NZ$3m"), a
# code ("EUR 5bn"), letters ("Rs 500 crore", "KSh 2.5 billion") or a bare "R" ("R500 million").
MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)[" + "".join(SIGNS) +
                   r"]|\b(?:USD|EUR|GBP|JPY)\s?|\b(?-i:" + "|".join(CODES) + r"|Rs\.?|"
                   + LETTERS + r")\s?|\b(?-i:R)(?=\d))"
                   rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
# The currency named after the amount: "14 billion euros", "20 million US dollars", "1.2
# billion Swiss francs", "3,000 INR" (not "pounds" alone, which may weigh).
NAMED = [name for name in CURRENCIES if name.replace(" ", "").replace(".", "").isalpha()
         and name.upper() not in CODES and name not in ("rs", "rs.", *LETTERED)]
NAMES = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                 for name in sorted(NAMED, key=len, reverse=True))
NAMED_MONEY = re.compile(rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s+"
                         rf"(?P<currency>(?:{NAMES})\b|(?-i:{'|'.join(CODES)})\b)",
                         re.IGNORECASE)
# What a text must hold for MONEY to find a code before a number ("CHF 1", "Rs 5"), and where
# NAMED_MONEY may find a currency after one: a number, then a word that opens a name or is a
# code (see WORD_AFTER). Each starts with a set of characters, so that the search skips ahead.
CODE_BEFORE = re.compile(r"[A-Z](?<![A-Za-z][A-Z])(?:[A-Z]{2}|(?<=R)s\.?|(?<=R)|"
                         r"(?<=[KTU])[Ss]hs?|(?<=T)k)\s?\d")
OPENINGS = frozenset(name.split()[0].rstrip(".") for name in NAMED) | frozenset(
    map(str.lower, CODES))
# A change: "up 12%", but not "makes up 80%" (SHARE_VERBS) nor "powered by 33" (AGENT_VERBS).
CHANGE = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|dropped|"
                    r"declined|increased|decreased|jumped|climbed|slipped|slid|gained|lost|lacked|"
                    r"surged|plunged|losing|shed|shedding|added|adding|"
                    # What a market takes off a value: "wiping $593bn off its market value".
                    r"wiped|wiping|wipes|erased|erasing|shaved|shaving|knocked|knocking|" +
                    "".join(rf"(?<!\b{verb}\s)" for verb in SHARE_VERBS) +
                    r"up|down|" + "".join(rf"(?<!\b{verb}\s)" for verb in AGENT_VERBS) +
                    r"by)\s+(?:some\s+|about\s+|nearly\s+|roughly\s+|around\s+|"
                    r"almost\s+)?\Z", re.IGNORECASE)
# An amount added to a level: "another 200 officers", "a further 200", "an additional 200";
# "200 more officers", "200 additional officers" (see counted.added_from()).
ADDED = re.compile(r"(?<!\w)(?:another|a\s+further|an\s+additional|an\s+extra)\s+"
                   r"(?:some\s+|about\s+|nearly\s+|roughly\s+)?\Z", re.IGNORECASE)
ADDED_AFTER = re.compile(r"\s*(?:more|additional|extra|further)\b", re.IGNORECASE)
# A percentage: "61%", "61 percent", "61 per cent".
# Written to start with \d, as COUNTED_NUMBER below, so that the search skips ahead to digits.
PERCENT = re.compile(r"(?P<number>\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
                     r"\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
# NUMBER, not preceded by a word character, currency sign, point or comma, nor by a number and a
# space (the end of "48 000", grouped as English does not group); written to start
# with \d (the look-behind follows the first digit) so that the regex engine can skip ahead to
# digits instead of trying every position.
COUNTED_NUMBER = r"\d(?<![\w$€£¥.,]\d)(?<!\d[ \u00a0\u202f]\d)" \
    r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
COUNT = re.compile(rf"(?P<number>{COUNTED_NUMBER}){SCALE}"
                   r"(?P<words>(?:\s+[^\W\d_][\w'-]*){1,3})")
WORD_AFTER = re.compile(rf"{COUNTED_NUMBER}(?:[\s-]?(?:{SCALE_WORDS})\b|(?:{SHORT})\b)?\s+"
                        r"(?P<word>[^\W\d_][\w.]*)", re.IGNORECASE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}")
# A range, whose two ends are bounds, not a value: "25% to 90%", "25–90%", "$1bn-$2bn",
# "between 24% and 88%". Its dash is unspaced: a spaced one is punctuation ("29% – 2 points
# above"). Counting.ranges() tells which of these are ranges (see bounds()).
END = (r"(?:(?-i:[A-Z]{1,3})?[$£¥]|[" + "".join(SIGNS) + r"])?(?:" + NUMBER +
       r")(?:\s?(?:%|percent\b|per\s+cent\b|" + SCALE_WORDS.replace("|", r"\b|") +
       rf"\b)|(?:{SHORT})\b)?")
# Either end may be below zero, as signs.py reads a sign:
# "−3% to −2%", "between minus 3% and minus 2%".
MINUS = rf"(?:{sign_pattern('en')})?"
RANGE = re.compile(rf"(?P<between>\bbetween\s+)?(?<![\w.,$€£¥]){MINUS}(?P<first>{END})"
                   r"(?(between)\s+and\s+|(?:(?P<to>[ \u00a0]+to[ \u00a0]+)|[–-]))"
                   rf"{MINUS}(?P<second>{END})", re.IGNORECASE)
# What makes "X to Y" after it a level and the next, not bounds: "went from 12% to 29%".
FROM_LEVEL = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
STOP_WORDS = frozenset(
    "the a an and or of to in on for by with from at as is are was were be been being has have "
    "had that this these those its it their they than more most other about some which who "
    "will would into after before over under also not but says said such while across through "
    "throughout during between among within without since until against via upon onto toward "
    "towards he she him his her hers them theirs we us our you your".split())  # pronouns: no one
QUALIFIERS = {"more than": "more", "over": "more", "upwards of": "more", "at least": "at least",
              "fewer than": "fewer", "less than": "fewer", "under": "fewer", "up to": "up to",
              "at most": "up to", "no more than": "up to", "nearly": "nearly", "almost": "nearly",
              "close to": "nearly", "about": "about", "around": "about", "some": "about",
              "roughly": "about", "approximately": "about", "an estimated": "about",
              "not more than": "up to", "no fewer than": "at least", "no less than": "at least",
              # A high estimate: "as many as 20,000 people may have died".
              "as many as": "up to", "as much as": "up to", "as high as": "up to",
              "not fewer than": "at least", "not less than": "at least",
              # A level crossed: "temperatures topped 47C", "exceeded $2 billion".
              "above": "more", "below": "fewer", "in excess of": "more", "topped": "more",
              "exceeded": "more", "exceeding": "more", "surpassed": "more", "topping": "more",
              "surpassing": "more", "crossed": "at least", "crossing": "at least",
              # A level reached or crossed, or a sum a vote passed: "its market value passed $3
              # trillion", "crossed 1,000 cases", "the Senate passed $95 billion in aid".
              "passed": "at least", "passing": "at least"}
# A figure's history: an earlier level ("the first count", "initially"), and a later time
# that the sentence goes on to ("; by 11 November the toll was 3,118"), with its day.
# Not "for the first time" nor "earlier this year", which say when, not which level, nor a
# crime "in the first degree".
# So is what others expected of it before it was known ("economists had expected 3.6%", "the
# forecast was 3.6%"), or expect of it now ("markets expect the rate to fall to 4%", "the bank
# expects 36%"), but not what is due ("200 more officers are expected").
EXPECTED = (r"had\s+(?:been\s+)?expected|(?:economists|analysts|markets|traders|investors)\s+"
            r"expect(?:ed)?|expects|forecast(?:s|ed|ers?)?|predicted|predictions?|consensus|polled|"
            r"propos(?:ed|es|ing|als?)")
EARLIER = re.compile(r"\b(?:first(?! time|[\s-]degree)|initially|originally|previous(?:ly)?|"
                     r"former|prior|at first|earlier(?! (?:this|that|last|in|on|today)\b)|"
                     + EXPECTED + r")\b", re.IGNORECASE)
# What may be or will be, not what is: a maximum one faces ("faces up to 10 years", "could
# face a maximum of 20 years"), a likelihood ("will likely be revised to 3.7%"), a projection
# ("project the rate at 4.6%"). Not "may", which may be the month, or what is due.
FORESEEN = re.compile(r"\b(?:might|could|likely|probably|possibly|potentially|"
                      r"fac(?:es|ing)|risks?|projected|projecting|projections?|"
                      r"(?-i:projects?)(?=\s+(?:the|a|an|its|their|that)\b)|"
                      r"a\s+maximum\s+of|will\s+be\s+revised)\b", re.IGNORECASE)
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# A time of the same day: "8 am", "7 p.m.", "14:30", "noon", "midnight".
CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m|\d{1,2}:\d{2}|noon|midday|midnight)"
# A part of a month ("by mid-September", "by late August"), and a span a later time is
# after ("A week later, ...", "Two months later"), and the occasion told of after an earlier one
# ("won 303 seats in 2019; this time it fell to 240").
PART_OF = r"(?:mid-?|early\s+|late\s+|the\s+(?:middle|start|beginning|end)\s+of\s+)"
SPAN = (r"(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+"
        r"(?:days?|weeks?|months?|years?)\s+")
LATER = re.compile(r"\b(?:(?:by|as of)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                   rf"{PART_OF}?(?:{MONTHS}|then|the end of \w+)(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
                   rf"(?:,?\s+\d{{4}})?|(?:by|as of)\s+{CLOCK}|(?:by|in|from)\s+{YEAR}|"
                   rf"(?:{SPAN})?later|since then|now|this\s+time(?!\s+(?:last|next)\b))\b",
                   re.IGNORECASE)
# What a percentage is of: "6% of Ostrava's imports", "18% of the shares", or a whole that a
# number counts, "25% of the 4.4 million acre-feet".
SHARE_OF = re.compile(r"\s+of\s+(?:(?:the|a|an|its|their|his|her|our|all)\s+)?(?P<whole>"
                      r"(?:\d[\d,.]*\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
                      re.IGNORECASE)
# A count of other things, not a year, before "from" and a count of countries.
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d,.]*|{IN_WORDS})"
                          r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+from\s+\Z", re.IGNORECASE)
# Another whole's countries, named: "the 27 countries of the EU", "27 member states of the
# African Union", "NATO's 32 members", "the EU's 27 member states".
OF_ANOTHER = of_named(r"(?:\s+states)?\s+of\s+(?:the\s+)?", rf"(?<![\w'’-]){CAPITALISED}['’]s",
                      joined="and")
CURRENCY_SIGN = re.compile(rf"[{SIGN_CHARACTERS}]")
CODE_AMOUNT = re.compile(r"(?:usd|eur|gbp|jpy)\s?\d")  # in casefolded text, as MONEY needs


def regional(tag: str) -> dict[str, str]:
    """Return the currencies a regional tag reads its own way: "Rs" and "rupees" as the
    rupee of a region that pays in one (India's, in en-IN), else none."""
    code = region_pays_in(tag)
    rupee = code is not None and any(name.endswith(" rupees") and found == code
                                     for name, found in CURRENCIES.items())
    return dict.fromkeys(RUPEES, code) if rupee else {}


def names_countries(text: str) -> bool:
    """Tell whether a text says 'countries' or 'nations', in any case, as CLAIM_NOUN finds."""
    if text.isascii():  # then ignoring case is lowercasing, which is quicker than the search
        lowered = text.lower()
        return "countries" in lowered or "nations" in lowered
    return CLAIM_NOUN.search(text) is not None


def parse_number(match: re.Match[str]) -> float:
    """Return the value of a NUMBER with its optional scale word."""
    scale = " ".join((match["scale"] or match["short"] or "").lower().replace("-", " ").split())
    return float(match["number"].replace(",", "")) * SCALES.get(scale, 1.0)


def money_matches(text: str) -> list[re.Match[str]]:
    """Return the amounts of money in a text, in order: those NAMED_MONEY finds, and those of
    MONEY, found as MONEY.finditer() does, in less time.

    MONEY tries its alternatives at every character; unless a currency code comes before a
    number, a match can only start at a currency sign, or up to three characters before one
    ('US$', 'NZ$').
    """
    folded = text.casefold()  # as wide as the case-blind match: 'ſ' folds to 's'
    named = [match for hit in WORD_AFTER.finditer(text)
             if hit["word"].lower().rstrip(".") in OPENINGS  # "U.S." of "U.S. dollars."
             and (match := NAMED_MONEY.match(text, hit.start())) is not None]
    return sorted([*named, *signed_money(text, folded)], key=lambda match: match.start())


def signed_money(text: str, folded: str) -> list[re.Match[str]]:
    """Return the amounts of money whose currency comes first: a sign or a code."""
    # A code counts only before a number ('EUR 5', not 'Europe'); 'in' tells quicker if none.
    if any(code in folded for code in ("usd", "eur", "gbp", "jpy")) \
            and CODE_AMOUNT.search(folded) or CODE_BEFORE.search(text):
        return list(MONEY.finditer(text))
    if not any(sign in text for sign in SIGN_CHARACTERS):
        return []  # neither a code nor a sign
    found: list[re.Match[str]] = []
    end = 0
    for sign in CURRENCY_SIGN.finditer(text):
        for start in range(max(end, sign.start() - 3), sign.start() + 1):
            if match := MONEY.match(text, start):
                found.append(match)
                end = match.end()
                break
    return found


# What says that a figure is a threshold: "seats needed for a majority", "the minimum".
NEEDED = frozenset(stem(word) for word in
                   "need needed needs required requires requirement necessary minimum "
                   "threshold quorum".split())

# A proportion, whose two numbers count nothing: "2 in 5 refugees", "1 in every 3"; and a
# margin, after the noun it counts: "9 votes short", "9 votes shy of a majority".
RATIO = re.compile(r"(?<=\d)\s+in\s+(?:every\s+)?(?=\d)", re.IGNORECASE)
MARGIN = re.compile(r"\s+(?:short|shy)\b", re.IGNORECASE)
RANKED = re.compile(r"\b(?:top|bottom)\s+\Z", re.IGNORECASE)  # "the top two teams": by rank
# A month's short name before its day ("Sept. 10, 21 people died") ends no sentence.
UNSTOPPED = re.compile(r"(?<!\w)(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+\d)")
OPENERS = frozenset("all only just both each every exactly precisely nearly still then now today "
                    "since until within among".split())  # "All 31 ...": see Counting.openers

COUNTING = Counting(
    ratio=RATIO, margin=MARGIN, language="en", names_first=True, country_claim=COUNTRY_CLAIM,
    besides=BESIDES, ranked=RANKED, change_after=englishwords.CHANGE_AFTER,
    number_words=NUMBER_WORDS, names_countries=names_countries, currencies=CURRENCIES,
    country_nouns=("countries", "nations"), money=money_matches,
    percent=PERCENT, change=CHANGE, count=COUNT, word_count=WORD_COUNT, range=RANGE,
    from_level=FROM_LEVEL, openers=OPENERS, number=FIGURE_NUMBER, value=parse_number,
    stop_words=STOP_WORDS, plural=plural, stem=stem, word=WORD, number_word=NUMBER_WORD,
    qualifiers=QUALIFIERS, qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER,
    later=LATER, share_of=SHARE_OF, share_in=SHARE_IN, counted_from=COUNTED_FROM,
    of_another=either(OF_ANOTHER, apposed(APPOSITION)),
    needed=NEEDED, regional=regional, added=ADDED, added_after=ADDED_AFTER, foreseen=FORESEEN,
    same_acts=same_acts, acts_done=acts_done, unstopped=UNSTOPPED)
