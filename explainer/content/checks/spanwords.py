"""Each language's words of a span of time between two events (see spans.py): its counts in
words, its units, the words that measure it from an event named after them ("40 days after
launch", "40 jours après le lancement") or from the day the sentence before gives ("Four days
earlier", "Quatre jours plus tôt"), and those that make it rough ("about", "environ")."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .counting import JOINER, Counting, counting_for
from .counting.patterns import HYPHENS
from .sentences import sentence_start

AFTER, BEFORE = "after", "before"
# A count in figures, its thousands parted by a comma, a point or a space: "1,500", "1 500".
FIGURES = r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d,.])|\d{1,4}(?![\d,.]\d)"


def alternatives(words: Iterable[str]) -> str:
    """Return an alternation of words, the longest first, any space in them one or more, any
    hyphen a hyphen or spaces ("forty-one", "forty one", "cuarenta y un")."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+").replace(r"\-", rf"[{HYPHENS}\s]+")
                    for word in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class SpanWords:
    """How one language counts a span between two events: each word by what it means."""

    # The words of a count of one that are no number of the language's counting ("a", "ein");
    # every number in words it reads is added (see span_words()).
    counts: dict[str, int]
    units: dict[str, str]  # "days", "semaines": day, week, month or year
    links: dict[str, str]  # "after", "après": measured from the event named after it
    relative: dict[str, str]  # "later", "plus tôt": from the day the sentence before gives
    rough: tuple[str, ...]  # "about", "nearly": a day either side
    # What makes a "later" a comparison, not a span between two events: "later than planned".
    compared: tuple[str, ...] = ()
    # What makes a span a bound or a stretch of time, not the time between two events: "more
    # than 40 days after", "in the two weeks before the vote".
    bounds: tuple[str, ...] = ()

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Return the pattern of a span: a rough word or none, a count in figures or words, a
        unit, and the word that says from what it is measured."""
        return re.compile(
            rf"(?<![\w,.-])(?:(?P<rough>{alternatives(self.rough)})\s+)?"
            rf"(?P<count>{FIGURES}|{alternatives(self.counts)})\s+"
            rf"(?P<unit>{self.units_pattern})\s+"
            rf"(?P<link>{alternatives({**self.links, **self.relative})})(?![\w-])"
            + (rf"(?!\s+(?:{alternatives(self.compared)})(?!\w))" if self.compared else ""),
            re.IGNORECASE)

    @functools.cached_property
    def quick(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Return the patterns of a word that measures from an event after a space, and of a
        unit just before it: what every span holds, quick to look for (a space first)."""
        return (re.compile(rf"\s(?:{alternatives({**self.links, **self.relative})})(?!\w)",
                           re.IGNORECASE),
                re.compile(rf"(?<!\w)(?:{self.units_pattern})\s+\Z", re.IGNORECASE))

    def spans_in(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the matches of the whole pattern, looked for only around a unit and the word
        after it, in the order of the text."""
        link, unit = self.quick
        end = 0
        for found in link.finditer(text):
            if unit.search(text, max(0, found.start() - 30), found.start() + 1) is None:
                continue
            for match in self.pattern.finditer(text, max(end, found.start() - 80),
                                               found.end() + 40):
                end = match.end()
                yield match

    @functools.cached_property
    def units_pattern(self) -> str:
        """Return the alternation of the words of the units, the longest first."""
        return alternatives(self.units)

    @functools.cached_property
    def gap(self) -> re.Pattern[str]:
        """Return the pattern of a count of time that is a gap before an event, or from the day
        the sentence before gives: its unit, then "before", "later" or "earlier" ("four days
        before the landing", "three days later")."""
        links = [word for word, sense in self.links.items() if sense == BEFORE]
        return re.compile(rf"(?<!\w)(?:{self.units_pattern})\s+"
                          rf"(?:{alternatives([*links, *self.relative])})(?![\w-])",
                          re.IGNORECASE)

    @functools.cached_property
    def after(self) -> re.Pattern[str]:
        """Return the pattern of a count of time measured from an event named after it: its
        count, its unit, then "after" ("40 days after the strike began")."""
        links = [word for word, sense in self.links.items() if sense == AFTER]
        return re.compile(rf"\S+\s+(?P<unit>{self.units_pattern})\s+"
                          rf"(?:{alternatives(links)})(?![\w-])", re.IGNORECASE)

    def may_hold(self, text: str) -> bool:
        """Tell whether a text may hold a span: a unit, then a word that measures from an
        event; a quick test before the whole pattern is looked for."""
        link, unit = self.quick
        return any(unit.search(text, max(0, found.start() - 30), found.start() + 1)
                   for found in link.finditer(text))

    @functools.cached_property
    def bounded(self) -> re.Pattern[str] | None:
        """Return the pattern of what ends the text just before a span that is a bound or a
        stretch of time, if the language has such words."""
        if not self.bounds:
            return None
        words = "|".join(re.escape(word).replace(r"\ ", r"\s+")
                         for word in sorted(self.bounds, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{words})\s+\Z", re.IGNORECASE)

    def count(self, written: str) -> int:
        """Return the count a span gives, in figures or in words."""
        if written[0].isdigit():
            return int("".join(char for char in written if char.isdigit()))
        return self.counts[JOINER.sub("-", written.lower())]

    def unit(self, written: str) -> str:
        """Return the unit a span is counted in: day, week, month or year."""
        return self.units[written.lower()]


def forms(unit: str, *words: str) -> dict[str, str]:
    """Return each form of a unit's word, by the unit."""
    return dict.fromkeys(words, unit)


SPAN_WORDS = {
    "en": SpanWords(
        {"a": 1, "an": 1},
        {**forms("day", "day", "days"), **forms("week", "week", "weeks"),
         **forms("month", "month", "months"), **forms("year", "year", "years")},
        {"after": AFTER, "before": BEFORE, "since": AFTER, "into": AFTER},
        {"later": AFTER, "earlier": BEFORE},
        ("about", "nearly", "almost", "around", "roughly", "some"), ("than",),
        ("more than", "over", "less than", "under", "at least", "at most", "within", "up to",
         "the", "those", "these", "first", "last", "next", "past")),
    "fr": SpanWords(
        {},
        {**forms("day", "jour", "jours"), **forms("week", "semaine", "semaines"),
         **forms("month", "mois"), **forms("year", "an", "ans", "année", "années")},
        {"après": AFTER, "avant": BEFORE},
        {"plus tard": AFTER, "plus tôt": BEFORE, "auparavant": BEFORE},
        ("environ", "près de", "presque", "quelque"), ("que", "qu"),
        ("plus de", "moins de", "au moins", "dans les", "les", "ces", "premiers", "premières",
         "derniers", "dernières")),
    "es": SpanWords(
        {},
        {**forms("day", "día", "días"), **forms("week", "semana", "semanas"),
         **forms("month", "mes", "meses"), **forms("year", "año", "años")},
        {"después de": AFTER, "después del": AFTER, "tras": AFTER, "antes de": BEFORE,
         "antes del": BEFORE},
        {"más tarde": AFTER, "después": AFTER, "antes": BEFORE},
        ("unos", "unas", "casi", "cerca de"), ("que", "de lo"),
        ("más de", "menos de", "al menos", "los", "las", "primeros", "primeras", "últimos",
         "últimas")),
    "de": SpanWords(
        {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1},
        {**forms("day", "tag", "tage", "tagen"), **forms("week", "woche", "wochen"),
         **forms("month", "monat", "monate", "monaten"), **forms("year", "jahr", "jahre",
                                                                 "jahren")},
        {"nach": AFTER, "vor": BEFORE},
        {"später": AFTER, "danach": AFTER, "darauf": AFTER, "zuvor": BEFORE, "vorher": BEFORE,
         "früher": BEFORE},
        ("etwa", "rund", "fast", "knapp", "gut"), ("als",),
        ("mehr als", "weniger als", "über", "unter", "mindestens", "binnen", "innerhalb",
         "die", "den", "ersten", "letzten")),
    "pt": SpanWords(
        {},
        {**forms("day", "dia", "dias"), **forms("week", "semana", "semanas"),
         **forms("month", "mês", "meses"), **forms("year", "ano", "anos")},
        {"após": AFTER, "depois de": AFTER, "depois do": AFTER, "depois da": AFTER,
         "antes de": BEFORE, "antes do": BEFORE, "antes da": BEFORE},
        {"mais tarde": AFTER, "depois": AFTER, "antes": BEFORE},
        ("cerca de", "quase"), ("que", "do que"),
        ("mais de", "menos de", "pelo menos", "os", "as", "primeiros", "primeiras", "últimos",
         "últimas")),
    "it": SpanWords(
        {},
        {**forms("day", "giorno", "giorni"), **forms("week", "settimana", "settimane"),
         **forms("month", "mese", "mesi"), **forms("year", "anno", "anni")},
        {"dopo": AFTER, "prima di": BEFORE, "prima del": BEFORE, "prima della": BEFORE},
        {"più tardi": AFTER, "dopo": AFTER, "prima": BEFORE},
        ("circa", "quasi"), ("di", "del previsto", "rispetto"),
        ("più di", "oltre", "meno di", "almeno", "entro", "i", "le", "primi", "prime",
         "ultimi", "ultime")),
}


# The languages whose spans spans.py does not yet hold to the timeline, but whose gap between
# two happenings ("τρεις ημέρες μετά την προσεδάφιση", "سه روز پس از فرود") is no key
# figure's stretch all the same: only their units and links are read.
GAP_WORDS = {
    "el": SpanWords(
        {},
        {**forms("day", "ημέρα", "ημέρες", "ημερών", "μέρα", "μέρες"),
         **forms("week", "εβδομάδα", "εβδομάδες"), **forms("month", "μήνα", "μήνες", "μηνών"),
         **forms("year", "χρόνο", "χρόνια", "έτος", "έτη")},
        {"μετά": AFTER, "πριν": BEFORE},
        {"αργότερα": AFTER, "νωρίτερα": BEFORE, "νωρίτερα από": BEFORE}, ()),
    "fa": SpanWords(
        {},
        {**forms("day", "روز"), **forms("week", "هفته"), **forms("month", "ماه"),
         **forms("year", "سال")},
        {"پس از": AFTER, "بعد از": AFTER, "قبل از": BEFORE, "پیش از": BEFORE},
        {"بعد": AFTER, "قبل": BEFORE, "پیش": BEFORE}, ()),
}


@functools.cache  # once per language tag: the numbers in words are looked up in counting/
def span_words(language: str) -> SpanWords | None:
    """Return a language tag's words of a span, if they are known, with every number in words
    the language's counting reads ("forty-one", "einundvierzig"), not only the table's."""
    words = SPAN_WORDS.get(language.split("-")[0].lower())
    counting = counting_for(language) if words is not None else None
    if words is None or counting is None:
        return words
    return dataclasses.replace(words, counts={**counting.number_words, **words.counts})


def gap_between(text: str, start: int, length: int, counting: Counting, label: str) -> bool:
    """Tell whether a count of time at start, of length, its unit in it or just after it,
    is a gap between two happenings ("four days before the landing", "three days later"),
    which spans.py holds to the timeline: no key figure's level, which counts a stretch of its
    own ("days from launch to landing"); not a count of people ("15 personas antes del
    juicio"). A gap after an event is one too where the sentence's words before it
    share no word with the label: they tell another happening than its ("rejected the offer
    on 23 October, 40 days after the strike began" beside the strike's length)."""
    end = start + length
    words = span_words(counting.language) or \
        GAP_WORDS.get(counting.language.split("-")[0].lower())
    if words is None:
        return False
    if any(not text[end:found.start()].strip()
           for found in words.gap.finditer(text, start, end + 30)):
        return True
    after = words.after.match(text, start)
    return after is not None and after.end("unit") >= end and \
        not counting.content_words(text[sentence_start(text, start):start]) & \
        counting.content_words(label)
