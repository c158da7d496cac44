"""Parts a sentence lists one after another, then the total it says they make: "40 golds, 44
silvers and 41 bronzes, 126 medals in all" says 40 + 44 + 41 is 126, and it is 125.

A sentence is read when two or more counts follow one another, each perhaps with its holder
before it ("Reform 150") and up to four words after it ("180 seats for Labour"), joined by a
comma or "and"; then, right after the last part and a comma or a dash, a count that a word of
a sum marks: before it ("a total of", "a combined") or right after it and its noun, ending its
clause ("126 medals in all", "42 altogether"). Anything else between the parts or before the
total breaks the list, so the parts are all it names. A sentence that says a list names only
some ("including", "among them", "of whom", anywhere in it) is not read, nor is a list with
an item without a number before it ("a gold, 3 silvers and 2 bronzes"), one after a
preposition ("on 9, 10 and 11 January"), a year, a percentage, a decimal (which may be
rounded), a bound ("about 40", "more than 40"), or a time or a measure, whose parts may be
of units that add up otherwise ("2 hours and 30 minutes, 150 minutes in all").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ....errors import Problem
from ...model import Explainer
from ..counting import YEAR, Counting
from ..texts.measures import measures
from ..texts.owntexts import own_texts
from ..texts.readings import Readings
from ..texts.sentences import as_read, sentence_ends
from ..texts.timeunits import is_time
from .countwarnings import placed

# By language: the words that join two parts ("and"), the words that a part's words may not
# hold (what breaks a list: a preposition before a number, a word of only some, a bound),
# the words of a sum before a total and after it, and the words that may lead to a total
# after the comma ("for", "making"); and the words that say a list names only some, anywhere
# in the sentence ("including", "of whom").
WORDS = {
    "en": (r"and",
           r"and|or|but|nor|a|an|per|each|every|including|among|of|whom|which|than|to|in|on|"
           r"at|from|by|since|until|between|about|around|nearly|almost|some|roughly|over|"
           r"under|more|less|fewer|least|most|up|approximately|close|another|further|then|"
           r"with|out|plus|minus|times|the|aged|ages?|number|no",
           r"a\s+total\s+of|a\s+combined|in\s+all,?|in\s+total,?|altogether,?|all\s+told,?",
           r"in\s+all|in\s+total|altogether|combined|all\s+told",
           r"for|making|or",
           r"including|among\s+(?:them|whom|which)|of\s+(?:whom|which|them)|such\s+as|plus|"
           r"as\s+well\s+as|besides|excluding|not\s+counting|other\s+than"),
    "fr": (r"et",
           r"et|ou|mais|un|une|par|chaque|dont|parmi|que|qui|à|au|aux|en|dans|sur|depuis|"
           r"entre|environ|près|presque|quelque|quelques|plus|moins|autres?|puis|avec|le|la|"
           r"les|l|jusqu",
           r"un\s+total\s+de|au\s+total,?|en\s+tout,?",
           r"au\s+total|en\s+tout",
           r"soit|pour|ce\s+qui\s+fait",
           r"dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|notamment|y\s+compris|comme|"
           r"outre|plus|sans\s+compter|hors|sauf"),
    "es": (r"y|e",
           r"y|e|o|u|pero|un|una|por|cada|incluid[oa]s?|entre|en|a|al|desde|hasta|unos|unas|"
           r"cerca|casi|alrededor|más|menos|otros?|otras?|luego|con|el|la|los|las|que",
           r"un\s+total\s+de|en\s+total,?",
           r"en\s+total|en\s+conjunto",
           r"para|es\s+decir|o\s+sea|lo\s+que\s+suma",
           r"incluid[oa]s?|entre\s+(?:ellos|ellas|los\s+que|las\s+que)|de\s+(?:los|las)\s+"
           r"cuales|como|además\s+de|sin\s+contar|salvo|excepto|más"),
    "de": (r"und",
           r"und|oder|aber|ein|eine|einer|eines|pro|je|jede[nmrs]?|darunter|davon|von|unter|"
           r"als|bis|in|im|am|an|auf|seit|zwischen|etwa|rund|fast|knapp|über|mehr|weniger|"
           r"weitere|dann|mit|der|die|das|den|dem|des|ca",
           r"insgesamt|zusammen|alles\s+in\s+allem",
           r"insgesamt|zusammen",
           r"also|damit|macht",
           r"darunter|davon|unter\s+ihnen|einschließlich|inklusive|wie|außer|neben|"
           r"zuzüglich|ohne"),
}
NUMBER_WORDS = r"[^\W\d_][\w'\u2019-]*"  # a word of a part: letters first
CURRENCY = r"[$€£¥]?"
DECIMAL = re.compile(r"\d[.,]\d{1,2}(?!\d)")
# A capitalised word right before a number, not the sentence's first: it names the number
# ("Flights 17, 18 and 19", "Gate 12"), which counts nothing.
LABEL = re.compile(r"(?<=\S)\s+[^\W\d_a-z][\w'\u2019-]*\s+\Z")
FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")  # the word right after a number
LEADING = re.compile(r"\d(?:[\d.,'\u00a0\u202f ]*\d)?")  # a number's digits
PERCENT = re.compile(r"\s*(?:%|per\s*cent|percent|pour\s*cent|por\s*ciento|Prozent)",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Listing:
    """A language's shape of parts and their total, compiled: what may come between two parts,
    between the last part and the total, and after the total's number."""

    between: re.Pattern[str]
    to_total: re.Pattern[str]
    after_total: re.Pattern[str]
    before: re.Pattern[str]  # a word right before the first part that makes it no list's
    some: re.Pattern[str]  # a word that says a list names only some of the parts


def listing(language: str) -> Listing | None:
    """Return a language's shape of parts and their total, or None if it is not read."""
    if language not in WORDS:
        return None
    joint, stop, sum_before, sum_after, lead, some = WORDS[language]
    word = rf"(?!(?:{stop})\b){NUMBER_WORDS}"
    words = rf"(?:\s+{word}){{0,4}}"
    return Listing(
        re.compile(rf"{words}(?:\s*,\s*(?:(?:{joint})\s+)?|\s+(?:{joint})\s+)"
                   rf"(?:{word}\s+){{0,2}}{CURRENCY}\Z", re.I),
        re.compile(rf"{words}\s*(?:,|\u2014|\u2013|:)\s*(?:(?:{lead})\s+)?"
                   rf"(?P<sum>(?:{sum_before})\s+)?{CURRENCY}\Z", re.I),
        re.compile(rf"(?:\s+{word}){{0,2}}?\s+(?:{sum_after})(?=\s*(?:[.,;:)\u2014\u2013]|\Z))",
                   re.I),
        re.compile(rf"(?:(?<![\w'\u2019])(?:{stop})\s+|,\s*|[-\u2013\u2014/]){CURRENCY}\Z", re.I),
        re.compile(rf"(?<!\w)(?:{some})(?!\w)", re.I))


def check_list_sums(explainer: Explainer, counting: Counting,
                    readings: Readings) -> Iterator[Problem]:
    """Warn where the parts a sentence lists add up to another total than the one it gives
    (see the module's docstring)."""
    shape = listing(counting.language.split("-")[0])
    for where, place, text in own_texts(explainer) if shape is not None else ():
        if not counting.may_count(text):
            continue
        read = readings.of_text(text)
        shown, clean = read.shown, read.figured
        for parts, total in list_sums(clean, counting, shape):
            made = sum(counting.value(part) for part in parts)
            if made != counting.value(total):
                said = [as_read(text, shown, *written(clean, found)) for found in (*parts, total)]
                yield placed(explainer, place, text, written(clean, total)[0],
                             f"{where} lists {', '.join(said[:-2])} and {said[-2]} as the "
                             f"parts of {said[-1]}, but they add up to "
                             f"{as_total(made, total, counting)}",
                             "correct the total, or the part that is wrong")


def written(text: str, number: re.Match[str]) -> tuple[int, int]:
    """Return where a number is written, with the sign of its currency before it ("$5bn")."""
    start = number.start()
    return (start - 1 if start and re.fullmatch(CURRENCY, text[start - 1]) else start,
            number.end())


def as_total(made: float, total: re.Match[str], counting: Counting) -> str:
    """Say a sum as its total is written: in its scale ("10bn" beside "11bn")."""
    lead = LEADING.match(total[0])
    digits = int(re.sub(r"\D", "", lead[0])) if lead else 0
    scale = counting.value(total) / digits if digits else 1.0
    amount = made / scale
    written = f"{amount:,.0f}" if amount.is_integer() else f"{amount:g}"
    return written + (total[0][lead.end():] if lead and scale != 1 else "")


def list_sums(text: str, counting: Counting, shape: Listing
              ) -> Iterator[tuple[list[re.Match[str]], re.Match[str]]]:
    """Yield the parts and the total of each list of one sentence that has their shape, the
    total no smaller than its largest part (a smaller one counts numbered items: "Flights 17,
    18 and 19, 3 flights in all")."""
    start = 0
    for end in [*(stop.end() for stop in sentence_ends(text, 0)), len(text)]:
        run: list[re.Match[str]] = []
        found = () if shape.some.search(text, start, end) else \
            counting.number.finditer(text, start, end)
        for number in found:
            if len(run) > 1 and totals(text, run, number, shape) and \
                    counting.value(number) >= max(counting.value(part) for part in run) and \
                    counts_alone(text[start:end], start, [*run, number], counting):
                yield run, number
            elif run and shape.between.match(text, run[-1].end(), number.start()):
                run.append(number)
                continue
            run = [number] if opens(text, start, number, shape) else []
        start = end


def counts_alone(sentence: str, start: int, numbers: list[re.Match[str]],
                 counting: Counting) -> bool:
    """Tell whether numbers of a sentence (which starts at start) are counts, not times or
    measures, whose units may differ and add up otherwise ("2 hours and 30 minutes")."""
    measured = {at + start for at, *_ in measures(sentence, counting)}
    language = counting.language.split("-")[0]
    for number in numbers:
        word = FIRST_WORD.match(sentence, number.end() - start)
        if number.start() in measured or word is not None and \
                is_time(counting.stem(word[1].lower()), language, counting.stem):
            return False
    return True


def opens(text: str, start: int, number: re.Match[str], shape: Listing) -> bool:
    """Tell whether a number may open a list: no preposition, comma or dash right before it
    (a list after those may go on from an earlier item), and no year, percentage or decimal."""
    before = text[max(start, number.start() - 20):number.start()]
    return not shape.before.search(before) and plain(text, number) and \
        not LABEL.search(text, max(start, number.start() - 40), number.start())


def plain(text: str, number: re.Match[str]) -> bool:
    """Tell whether a number is a plain count: no year, percentage or decimal."""
    return not re.fullmatch(YEAR, number[0]) and not DECIMAL.search(number[0]) and \
        not PERCENT.match(text, number.end())


def totals(text: str, run: list[re.Match[str]], number: re.Match[str], shape: Listing) -> bool:
    """Tell whether a number is the total of the parts of a run, a word of a sum before it or
    after it, and all of them plain counts."""
    lead = shape.to_total.match(text, run[-1].end(), number.start())
    if lead is None or not all(plain(text, part) for part in (*run, number)):
        return False
    return lead["sum"] is not None or shape.after_total.match(text, number.end()) is not None
