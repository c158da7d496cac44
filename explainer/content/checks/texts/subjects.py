"""Counts whose noun comes before their verb: "Mpox deaths in the Democratic Republic of the
Congo were 650", "Les décès ont atteint 650", "Die Todesfälle lagen bei 650". The number
stands alone after a verb that gives a level ("were", "reached", "stood at", "totalled"), at
the end of its clause or before a time or a place ("in 2024"), and counts the first plural
noun of the clause's words before that verb, or people where they name a death toll ("The
death toll in Valencia province rose to 234": see fatecounts.py). A number with its noun after
it is counted as usual (counted.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..amounts.fatecounts import toll_noun
from ..counting import Counting
from .counted import YEAR, Amount, plural_noun
from .sentences import CLAUSE_BREAK

# By language: the verbs that give a level, each before its number, and the words that may
# follow the number in its clause (a time, a place).
LINKS = {
    "en": (r"were|was|are|is|reached|stood\s+at|stand\s+at|totall?ed|numbered|came\s+to|hit|"
           r"(?:rose|risen|climbed)\s+to",
           r"in|on|by|as|at|across|last|this"),
    "fr": (r"étaient|sont|ont\s+atteint|atteignaient|s['\u2019]élevaient\s+à|"
           r"s['\u2019]élèvent\s+à|s['\u2019]élève\s+à|se\s+montaient\s+à|"
           r"étaient\s+au\s+nombre\s+de",
           r"en|au|à|le|dans|selon"),
    "es": (r"fueron|eran|son|llegaron\s+a|alcanzaron|sumaron|ascendieron\s+a|ascienden\s+a|"
           r"ascendió\s+a|asciende\s+a|llegó\s+a|alcanzó",
           r"en|a|al|el|según"),
    "de": (r"waren|sind|lagen\s+bei|liegen\s+bei|erreichten|betrugen|beliefen\s+sich\s+auf|"
           r"stieg\s+auf|steigt\s+auf|stiegen\s+auf|lag\s+bei|liegt\s+bei|betrug",
           r"in|im|am|bis|laut"),
    # "sono 15", and in the perfect, "sono state 15"
    "it": (r"(?:erano|sono)(?:\s+stat[ie])?|hanno\s+raggiunto|ammontavano\s+a|ammontano\s+a|"
           r"sono\s+saliti\s+a|"
           r"è\s+salit[oa]\s+a|ha\s+raggiunto|ammonta\s+a",
           r"in|nel|nella|al|a|secondo"),
    "pt": (r"foram|eram|são|chegaram\s+a|somaram|atingiram|chegou\s+a|subiu\s+para|atingiu",
           r"em|no|na|até|segundo"),
    "ru": (r"достиг(?:ло|ла|ли)?|составил[аио]?|составляет|составляют|"
           r"(?:вырос(?:ло|ла|ли)?|возрос(?:ло|ла|ли)?|увеличил(?:ось|ась|ся|ись))\s+до",
           r"в|во|на|по|к|согласно"),
    "uk": (r"сягну(?:ла|ло|в|ли)|досяг(?:ла|ло|ли)?|становить|становила|становило|склал[аио]|"
           r"склав|(?:зрос(?:ла|ло|ли)|зріс|збільшил(?:ася|ося|ися|ся))\s+до",
           r"в|у|на|за|станом|згідно"),
}
# By language: where the verb comes first, the verbs that give a level and the word that
# may stand between the subject after them and the number ("بلغ عدد القتلى 2960", "ارتفع عدد
# القتلى إلى 2960"), and the words that may follow the number in its clause.
VERB_FIRST = {
    "ar": (r"[وف]?(?:بلغ|بلغت|وصل|وصلت|ارتفع|ارتفعت|قفز|قفزت|سجل|سجلت)",
           r"[إا]لى", r"في|منذ|حتى|وفق|بحسب|حسب"),
}
NUMBER = r"(?P<number>\d[\d.,\u00a0\u202f ]*\d|\d)(?![.,]\d)"  # whole: not "2" of "2,000"


@functools.cache  # once per language
def link_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a verb that gives a level and the number alone after it."""
    code = language.split("-")[0]
    if code in VERB_FIRST:
        verbs, between, after = VERB_FIRST[code]
        return re.compile(rf"(?<!\w)(?:{verbs})\s+(?P<subject>\w+(?:\s+\w+){{0,3}}?)\s+"
                          rf"(?:(?:{between})\s+)?{NUMBER}(?=\s*(?:[.,;:!?)،؛]|\Z|\s+(?:{after})"
                          r"(?!\w)))", re.IGNORECASE)
    found = LINKS.get(code)
    if found is None:
        return None
    verbs, after = found
    return re.compile(rf"(?<!\w)(?:{verbs})\s+{NUMBER}(?=\s*(?:[.,;:!?)]|\Z|\s+(?:{after})"
                      r"(?!\w)))", re.IGNORECASE)


def subject_counts(text: str, counting: Counting) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for each number alone after a verb that gives a level, counting
    the first plural noun of its clause before the verb."""
    pattern = link_pattern(counting.language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        number = counting.number.fullmatch(match["number"].strip())
        if number is None or YEAR.fullmatch(match["number"]):
            continue  # not a number as the language writes one, or a year
        breaks = list(CLAUSE_BREAK.finditer(text, max(match.start() - 200, 0), match.start()))
        start = breaks[-1].end() if breaks else max(match.start() - 200, 0)
        words = (match["subject"] if "subject" in match.re.groupindex
                 else text[start:match.start()]).split()
        while words and words[0].lower() in counting.stop_words:
            words.pop(0)  # "The deaths", "Les décès"
        noun = plural_noun(words, counting) or toll_noun(" ".join(words), counting)
        if noun is not None:
            at = match.start("number")
            yield at, Amount(counting.value(number), counting.stem(noun), match["number"].strip())
