"""English words as the checks read them: a rough stem, so that 'pledged' meets 'pledges'
and 'died' 'dead', the phrases that name what one word does ("found guilty", "convicted"),
and whether a word looks like a plural noun, which a count counts."""

from __future__ import annotations

import functools
import re

from .englishstems import PASTS_IN_EED, SINGULAR_IN_S, regular_stem
from .englishverbs import forms, pasts, presents
from .patterns import Apposition, pointing_back

# A rupee written "Rs" or "rupees" is the region's, where it pays in rupees (see regional()),
# and elsewhere a currency of its own, which only another such amount is held against.
RUPEES = {"rs": "rupee", "rs.": "rupee", "rupees": "rupee"}
# Names of one word that newsrooms write for one currency alone, the same in the plural ("5
# billion naira", "1.5 billion rand"), where CLDR's plural is another ("Nigerian nairas").
INVARIANT = {"naira": "NGN", "rand": "ZAR", "yuan": "CNY", "renminbi": "CNY", "baht": "THB",
             "ringgit": "MYR", "rupiah": "IDR"}
# Letters that newsrooms write before an amount for one currency alone: "KSh 2.5 billion"
# (Kenya's shilling, "Ksh" as CLDR writes it in en-KE), "TSh", "USh", "Tk 50 crore" (taka).
LETTERED = {"ksh": "KES", "kshs": "KES", "ksh.": "KES", "tsh": "TZS", "ush": "UGX",
            "tk": "BDT", "tk.": "BDT"}
LETTERS = r"K[Ss]h(?:s|\.)?|[TU]Sh|Tk\.?"

# The whole of a share named before it, as a noun before a noun: "vote share for Leave",
# "Leave vote share", "market share" (the share of the vote, of the market). Not a word that
# says how a share is counted or whose it is ("per share", "its share"), nor a share whose
# whole follows ("Leave's share of the vote": see SHARE_OF).
SHARE_IN = re.compile(r"(?<![\w'\u2019-])(?!(?:per|a|an|the|each|one|its|their|his|her|our|"
                      r"your|whose|of|in|for|by|and|or|to|with)\s)(?P<whole>[^\W\d_][\w-]*)"
                      r"\s+share\b(?!\s+(?:of|in)\b)", re.IGNORECASE)

# The words before a count in words that point back at countries just named: "the two
# countries", "our three countries", "all four countries", "one of two countries".
POINTING_BACK = ("the", "these", "those", "our", "their", "its", "his", "her", "my", "your",
                 "other", "all", "both", "first", "last", "remaining", "of")
# The clause after a count's noun that makes its countries all those that took part in what
# the story tells ("the five countries that took part", "all four nations involved"), not
# some just named; not those that joined a named whole ("the ten countries that joined the EU").
TAKING_PART = (r"(?:(?:that|which)\s+(?:(?:have|had|were)\s+)?(?:(?:took|take|taken|taking)"
               r"\s+part|participated|involved|joined(?!\s+(?:the\s+)?(?-i:[A-Z])))|"
               r"taking\s+part|involved|participating)\b")


def counted_in_words(number: str) -> str:
    """Return the pattern of a count in words (`number`), but not one that points back at
    countries just named (POINTING_BACK, and possessives: "Haiti's two countries"), unless a
    clause of taking part makes "the" or "all" before it point at every one of them."""
    return pointing_back(POINTING_BACK, ("the", "these", "those", "all"),
                         number + r"\s+(?:countries|nations)\s+" + TAKING_PART) + \
        r"(?<!'s\s)(?<!\u2019s\s)(?P<word>" + number + ")"


# "22 crew", as newsrooms count a ship's or a plane's crew, is plural as "staff" is; and the
# nouns the same in the plural: "the FAA grounded 171 aircraft", "300 sheep".
IRREGULAR_PLURALS = frozenset("people children men women personnel staff crew aircraft "
                              "spacecraft sheep deer cattle".split())
# Nouns that end in "s" but count nothing (SINGULAR_IN_S): diseases and "news", which name what
# is counted ("4,812 measles cases"); and those in "-sis" or "-itis" ("crisis", "hepatitis").

# A body named before the count of its members, in apposition: "the Economic Community of
# West African States, then a bloc of 15 countries"; not a sentence's opening adverbial.
APPOSITION = Apposition(
    articles="a|an|the", of="of", adverbs="then|now|today|still|by\\s+then|at\\s+the\\s+time",
    bodies="blocs?|coalition|alliance|union|group|grouping|club|community|organi[sz]ation|"
           "federation|partnership|pact|forum|league|association|body|consortium|commonwealth",
    linkers="of|for|the|and|on",
    openers=frozenset("in on at by after before since until during for from with within last "
                      "next this that then when while as earlier later yesterday today "
                      "tomorrow meanwhile under across among between through over".split()))

# Each form of an irregular verb but its bare one, as the stem of the bare one, which all are
# read as: "sent" and "sends" as "send", "took", "takes" and "taking" as "tak", as "take" is
# (see englishverbs.py).
VERB_FORMS = forms()
# The words newsrooms use for one count as a verb, its participle, an adjective or a noun,
# each with the stem all its forms share: "400 people died" is a count of "people dead", of
# "deaths" and of "people killed"; "injured" of "injuries", "displaced" of "displacement".
# Only these, which name what befell people or property (see fates.py): a suffix alone
# joins other words too ("government" is not what is "governed").
FAMILIES = {form: stem for stem, forms in (
    ("death", "die dies died dying dead death deaths kill kills killed killing killings "
              "fatality fatalities"),
    ("injur", "injury injuries"),
    ("displac", "displacement displacements"),
    ("evacuat", "evacuation evacuations"),
    ("convict", "conviction convictions"),
    ("forfeit", "forfeiture forfeitures"),
    # A pay rise in British English is a raise in American: one thing, and so is the act.
    ("rise", "rise rises rising rose risen raise raises raised raising"))
    for form in forms.split()}
# Phrases that name the act one word names, as newsrooms use both of one count: a jury that
# "found him guilty on six counts" convicted him on them; "found not guilty", acquitted. Each
# is read as its word (see Counting.content_words()), never as another act: "pleaded guilty"
# is not a jury's verdict, and "found" alone is not "convicted".
# The words between keep their place: "found Mladić guilty" convicted Mladić. A monarch "on
# the throne" reigns, as "her reign" and "she reigned" say; who "came to the throne" did not.
# A sentence in years or months is one in prison, as newsrooms write it ("sentenced him to 24
# years", "a 24-year sentence", "jailed for 24 years"), unless it says of what ("three years of
# probation", "three years' probation").
# A storm that "came ashore" made landfall, as a label of winds "at landfall" says.
# Workers who "walked out" went on strike, as a "walkout" is one; not those who walked out of
# a room or on someone.
# Each phrase is looked for only in a text that has its word (the first of each row).
# Who is jailed or imprisoned for a time is sentenced to it ("jailed him for 20 years").
JAILED = re.compile(r"\b(?:jail|imprison)(?:s|ed|ing)?\s+((?:\S+\s+){0,3}?)for\s+((?:\S+\s+){0,3}?"
                    r"(?:years?|months?))\b(?!['\u2019]|\s+(?:of|on\s+probation)\b)")
# Software or a file "pushed" or "rolled out" to machines is released ("pushed an update").
SHIPPED = re.compile(r"\b(?:push(?:es|ed|ing)?|roll(?:s|ed|ing)?\s+out)\s+((?:\S+\s+){0,3}?"
                     r"(?:updates?|patch(?:es)?|fix(?:es)?|versions?|files?|software|code))\b")
ACTS = (("guilty", re.compile(r"\b(?:finds?|found)\s+((?:\S+\s+){0,3}?)not\s+guilty\b"),
         r"acquitted \1"),
        ("guilty", re.compile(r"\b(?:finds?|found)\s+((?:\S+\s+){0,3}?)guilty\b"), r"convicted \1"),
        ("sentenc", re.compile(r"\b(sentenc(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?to\s+(?:\S+\s+){0,3}?"
                               r"(?:years?|months?))\b(?!['\u2019]|\s+(?:of|on\s+probation)\b)"),
         r"\1 in prison"),
        ("sentenc", re.compile(r"\b((?:year|month)s?[\s-]+sentences?)\b"), r"prison \1"),
        *((key, JAILED, r"sentenced \1to \2 in prison") for key in ("jail", "prison")),
        ("out", re.compile(r"\bwalk(?:s|ed|ing)?\s+out\b(?!\s+(?:of|on)\b)|\bwalk-?outs?\b"),
         "strike"),
        ("throne", re.compile(r"\b(?:on|upon)\s+(?:the|her|his|their)\s+throne\b"), "reigning"),
        ("ashore", re.compile(r"\b(?:c[ao]mes?|coming)\s+ashore\b"),
         "made landfall"),
        *((key, SHIPPED, r"released \1") for key in ("push", "roll")))
# The past forms of verbs whose past is not in '-ed', both of them: "flew" and "flown".
IRREGULAR_PASTS = pasts()
# The third persons of those verbs, in which a title tells the act its event did ("Ghani
# flees Kabul"); a present in "-s" of another verb is not told from a plural ("arrives").
IRREGULAR_PRESENTS = presents()
# The words before a participle that make it a noun or an adjective, not an act done: "his
# arrest", "the injured", "a wanted man".
DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())
# The words in "-ed" that are no verb's past: "hundred", "sacred"; and those in "-eed" are
# none but the pasts of the verbs in "-ee" ("indeed", "speed", "exceed", "proceed", "breed").
NOT_PASTS = frozenset("""hundred kindred hatred sacred naked wicked wretched rugged ragged
    jagged crooked beloved infrared embed shred""".split())
# The words of a quantity before a participle that make it an adjective of the noun they count,
# as a number does: "several hundred armed men", "many displaced families", "200 injured".
QUANTITIES = frozenset("""several many some few more most other all both hundred hundreds
    thousand thousands million millions dozen dozens scores two three four five six seven
    eight nine ten""".split())
# A word as LOWER_WORD reads it, or a number.
TOKEN = re.compile(r"[a-z\u00df-\u024f][a-z\u00df-\u024f'\u2019-]*|\d[\d,.]*")
CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*")
LOWER_WORD = re.compile(r"[a-z\u00df-\u024f][a-z\u00df-\u024f'\u2019-]*")


def same_acts(text: str) -> str:
    """Return a lowercased text with each phrase of ACTS written as the word it stands for."""
    for key, phrase, word in ACTS:
        if key in text:
            text = phrase.sub(word, text)
    return text


def acts_done(text: str) -> set[str]:
    """Return the stems of the verbs a text writes in the past or as a participle, what it
    says was done: "convict" and "sentenc" of "found Mladić guilty and sentenced him", "flown"
    of "flew"; not a participle after an article or a possessive, "the injured", nor after a
    number or a word of quantity, "several hundred armed men", nor a capitalised word, a name
    ("Bankman-Fried"), nor a word in "-ed" that is no past ("hundred", "indeed")."""
    names = {word.lower() for word in CAPITALISED.findall(text)}
    lowered = same_acts(text.lower())
    tokens = list(TOKEN.finditer(lowered))
    return {stem(word[0]) for before, word in zip([None, *tokens], tokens, strict=False)
            if word[0] not in names and past(word[0])
            and not (before is not None and qualifying(lowered, before, word))}


def past(word: str) -> bool:
    """Tell whether a lowercased word is the past or a participle of a verb, by its form, or
    the present of an irregular one, as a title tells an act done ("sends")."""
    if word in IRREGULAR_PASTS or word in IRREGULAR_PRESENTS:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in NOT_PASTS \
        and (not word.endswith("eed") or word in PASTS_IN_EED)


def qualifying(text: str, before: re.Match[str], word: re.Match[str]) -> bool:
    """Tell whether the word before a participle makes it a noun or an adjective: an article
    or a possessive ("his arrest", "the injured"), or a number or a word of quantity right
    before it ("200 injured", "several hundred armed men")."""
    if before[0] in DETERMINERS:
        return True
    counted = before[0] in QUANTITIES or before[0][0].isdigit()
    return counted and not text[before.end():word.start()].strip()


@functools.lru_cache(maxsize=1 << 16)  # texts repeat their words; a stem is a pure function
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'pledged' meets 'pledges' and 'pledge', 'officer'
    'officers', 'satellite' 'satellites', 'Spain' "Spain's", 'sued' 'sues' and 'suing',
    'organised' 'organizes', 'bombings' 'bombs', 'travelled' 'travels' (see
    englishstems.py), 'struck' 'strike' (see VERB_FORMS), and 'died' 'dead' (see FAMILIES)."""
    word = word.lower()
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    word = word.rstrip("'\u2019")  # "countries'"
    if word in FAMILIES:
        return FAMILIES[word]
    if word in VERB_FORMS:
        return VERB_FORMS[word]
    return regular_stem(word)


def plural(word: str) -> bool:
    """Tell whether a lowercased word looks like a plural noun."""
    return word in IRREGULAR_PLURALS or (
        word.endswith("s") and len(word) > 3 and word not in SINGULAR_IN_S
        and not word.endswith(("ss", "ous", "us", "sis", "itis")))


# "up 12%" is a change, but what something makes or takes up is a share: "G20 economies make
# up 80% of world GDP", "rent takes up 30% of income".
SHARE_VERBS = ("make", "makes", "made", "making", "take", "takes", "took", "taken", "taking")
# After these participles "by" names the doer, not a change: "powered by 33 engines".
AGENT_VERBS = ("powered", "signed", "backed", "supported", "attended", "joined", "led", "used",
               "owned", "killed", "injured", "wounded", "visited", "staffed", "crewed")


# What says, right after an amount of money, a percentage or a measure, that it is the
# difference between two levels, not a level: a comparative ("$6 billion larger than last
# year's", "5% higher", "$2 million more than planned", "3% above target").
CHANGE_AFTER = re.compile(r"\s+(?:larger|bigger|greater|smaller|higher|lower|more|less|fewer|"
                          r"cheaper|dearer|above|below)(?!\w)", re.IGNORECASE)
