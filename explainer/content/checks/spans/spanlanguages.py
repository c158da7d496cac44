"""Each language's words of a span of time between two events (see spans.py and
spanwords.py): its units with their inflected forms, the words that measure a span from an
event named after them ("40 days after launch", "40 dagen na de lancering", "40 dni po
starcie") or from the day the sentence before gives ("Four days earlier", "drie dagen
eerder"), and those that make it rough ("about", "ongeveer")."""

from __future__ import annotations

import dataclasses
import functools
import re

from ..counting import Counting, counting_for
from ..counting.englishverbs import bare_forms
from ..texts.sentences import sentence_at, sentence_start
from .spanarabic import ARABIC_SPANS
from .spanasia import ASIA_SPANS
from .spaneurope import EUROPE_SPANS
from .spannordic import NORDIC_SPANS
from .spanslavic import SLAVIC_SPAN_WORDS
from .spanwords import AFTER, SpanWords, alternatives

SPAN_WORDS = {**EUROPE_SPANS, **NORDIC_SPANS, **SLAVIC_SPAN_WORDS, **ASIA_SPANS,
              **ARABIC_SPANS}
# Each language's bounds of a span (of its SpanWords.bounds) that say on which side of its count
# the time between two events lies: above it ("more than 18 months later"), or below it ("less
# than a week after"); the other bounds make a stretch of time, which is not read.
SPAN_BOUNDS = {
    "en": (("more than", "over", "at least"), ("less than", "under", "at most")),
    "fr": (("plus de", "au moins"), ("moins de",)),
    "es": (("más de", "al menos"), ("menos de",)),
    "de": (("mehr als", "über", "mindestens"), ("weniger als", "unter")),
    "pt": (("mais de", "pelo menos"), ("menos de",)),
    "it": (("più di", "oltre", "almeno"), ("meno di",)),
    "nl": (("meer dan", "ten minste", "minstens"), ("minder dan",)),
    "pl": (("ponad", "więcej niż", "co najmniej", "przynajmniej"), ("mniej niż",)),
}
MORE, LESS = "more", "less"


@functools.cache
def bound_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a bound of SPAN_BOUNDS that ends a text, its side as its group;
    None for a language without them."""
    sides = SPAN_BOUNDS.get(language.split("-")[0].lower())
    return None if sides is None else re.compile(
        rf"(?<!\w)(?:(?P<{MORE}>{alternatives(sides[0])})|(?P<{LESS}>{alternatives(sides[1])}))"
        r"\s+\Z", re.IGNORECASE)


def bound_before(text: str, start: int, language: str) -> tuple[str, int] | None:
    """Return the side of the bound just before a span at start ("more than", MORE) and where
    it starts; None when no such bound comes before it."""
    pattern = bound_pattern(language)
    found = pattern.search(text, max(0, start - 20), start) if pattern else None
    return None if found is None else (found.lastgroup or MORE, found.start())


# Each language's words of a label that measures a stretch between two ends, the word that
# opens its start and those that open its end: "from lift-off to the booster's catch",
# "between the argument and the ruling"; with the units of time a count of it may be in.
LABEL_SPANS = {
    "en": ((("from", ("to", "until", "till")), ("between", ("and",))),
           ("second", "minute", "hour", "day", "week", "month", "year")),
    "fr": ((("de", ("à", "au", "jusqu'à", "jusqu'au")), ("du", ("à", "au")),
            ("entre", ("et",))),
           ("seconde", "minute", "heure", "jour", "semaine", "mois", "an", "année")),
    "es": ((("desde", ("hasta", "a", "al")), ("de", ("a", "al")), ("entre", ("y",))),
           ("segundo", "minuto", "hora", "día", "semana", "mes", "año")),
    "de": ((("von", ("bis", "zu", "zum", "zur")), ("vom", ("bis", "zum", "zur")),
            ("zwischen", ("und",))),
           ("sekunde", "minute", "stunde", "tag", "woche", "monat", "jahr")),
}


# Each language's verbs in every form, read as the bare verb ("caught" as "catch").
VERB_BARES = {"en": bare_forms()}


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
    words = span_words(counting.language)
    if words is None:
        return False
    gaps = [found for found in words.gap.finditer(text, start, end + 30)
            if not text[end:found.start()].strip()]
    if gaps:
        return gap_after_named(text, start, gaps[0], words, (counting, label))
    if to_another_end(text, start, end, counting, label):
        return True
    after = words.after.match(text, start) if AFTER in words.links.values() else None
    return after is not None and after.end("unit") >= end and \
        not counting.content_words(text[sentence_start(text, start):start]) & \
        counting.content_words(label)


def gap_after_named(text: str, start: int, gap: re.Match[str], words: SpanWords,
                    figure: tuple[Counting, str]) -> bool:
    """Tell whether a gap ("दिन बाद", days later) is one between two happenings: always, but
    where the language names the event before the count ("लैंडिंग के तीन दिन बाद", three days
    after the landing) and the gap is after it; then only when the rest of the sentence shares
    no word with the label but those of the event named (the landing, the end of "from launch
    to landing": no stretch from the launch), as the words before an English span do."""
    head = text[sentence_start(text, start):start]
    joined = re.search(rf"(?<!\w)(?:{alternatives(words.joins_before)})\s*\Z", head) \
        if words.joins_before else None
    if joined is None or words.relative.get(gap[0].split()[-1].lower()) != AFTER:
        return True
    counting, label = figure
    before = head[:joined.start()].rstrip()
    named = before.rsplit(None, 1)[-1] if before else ""  # the noun the event is named by
    rest = text[gap.end():sentence_start(text, start) + len(sentence_at(text, start))]
    told = counting.content_words(before[:len(before) - len(named)] + " " + rest)
    named = counting.content_words(named)
    return not (told & counting.content_words(label)) - named


def label_end(label: str, language: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the end a label's stretch names, its words after "to" ("the booster's catch" of
    "from lift-off to the booster's catch"), with the language's units of time; or None."""
    ends = label_ends(label, language)
    return None if ends is None else (ends[1], LABEL_SPANS[language.split("-")[0].lower()][1])


def label_ends(label: str, language: str) -> tuple[str, str] | None:
    """Return the two ends a label's stretch names, its words after "from" and after "to"
    ("lift-off", "the booster's catch"), or None when it names no end."""
    spans, _ = LABEL_SPANS.get(language.split("-")[0].lower(), ((), ()))
    for opening, ends in spans:
        found = re.search(rf"(?<!\w){re.escape(opening)}\s+(?P<start>.+?)\s+"
                          rf"(?:{alternatives(ends)})\s+(?P<end>\S.*)", label, re.IGNORECASE)
        if found is not None:
            return found["start"], found["end"]
    return None


def to_another_end(text: str, start: int, end: int, counting: Counting, label: str) -> bool:
    """Tell whether a count of time from start to end, measured from an event named after it
    ("65 minutes after lift-off"), runs to another end than the label's stretch ("from
    lift-off to the booster's catch"): its sentence tells no word of the label's end, so it
    is no level of that figure. A label that names no end is left to the other rules."""
    words = span_words(counting.language)
    found = label_end(label, counting.language)
    if words is None or found is None:
        return False
    tail, units = found
    links = [word for word, sense in words.links.items() if sense == AFTER]
    if re.search(rf"(?<!\w)(?:{alternatives(units)})\w*\s*\Z", text[start:end],
                 re.IGNORECASE) is None or re.compile(
            rf"\s+(?:{alternatives(links)})(?![\w-])", re.IGNORECASE).match(text, end) is None:
        return False
    first = sentence_start(text, start)
    last = first + len(sentence_at(text, start))
    said = counting.content_words(text[first:start] + " " + text[end:last])
    return not tells(said, tail, counting)


def tells(said: set[str], words: str, counting: Counting) -> bool:
    """Tell whether a sentence's content words (said) give one of some words, in any form of
    its verb ("caught" gives "catch")."""
    bare = VERB_BARES.get(counting.language.split("-")[0].lower(), {})
    return bool({bare.get(word, word) for word in said} &
                {bare.get(word, word) for word in counting.content_words(words)})
