"""The items of a numbered series a label and a sentence name: a round, a phase, a stage, by
the ordinal written after its noun, as Persian writes it ("دور دوم", the second round; "دور
نخست", the first). A label that names one item ("آرای پزشکیان در دور دوم") is not what a
sentence speaks of that names the same noun with another ordinal alone ("در دور نخست،
پزشکیان با ۱۰٬۴۱۵٬۹۹۱ رأی اول شد"): that is another item's level. An ordinal alone ("جلیلی
دوم شد", came second) names no item.
Most languages write the ordinal before its noun ("the third quarter", "au troisième
trimestre", "im dritten Quartal"), joined to it ("third-quarter revenue") or short ("Q3",
"H1"). A sentence that has named the noun may leave it out after an ordinal: "rises of earlier
quarters (122% in the second)" gives the second quarter's."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..counting import Counting

if TYPE_CHECKING:
    from ...model import FuzzyDate, TimelineEvent

# The ordinals written after a noun that name which item of a series it is, by language.
AFTER_NOUN = {
    "fa": {"اول": 1, "نخست": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5,
           "ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9, "دهم": 10},
    # Romanian: "turul al doilea", "etapa a doua", "turul întâi" (before it too: below).
    "ro": {"întâi": 1, "intai": 1, "al doilea": 2, "a doua": 2, "al treilea": 3, "a treia": 3,
           "al patrulea": 4, "a patra": 4, "al cincilea": 5, "a cincea": 5},
}


# The ordinals written before a noun, by language: the words of one to ten, and the short forms.
BEFORE_NOUN = {
    "en": {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
           "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
           "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10},
    "fr": {"premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2,
           "seconde": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4,
           "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
           "dixième": 10},
    "es": {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
           "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
           "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
           "noveno": 9, "novena": 9, "décimo": 10, "décima": 10},
    "it": {"primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3,
           "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6,
           "settimo": 7, "settima": 7, "ottavo": 8, "ottava": 8, "nono": 9, "nona": 9,
           "decimo": 10, "decima": 10},
    "pt": {"primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3,
           "terceira": 3, "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "sexto": 6,
           "sexta": 6, "sétimo": 7, "sétima": 7, "oitavo": 8, "oitava": 8, "nono": 9,
           "nona": 9, "décimo": 10, "décima": 10},
    "de": {f"{stem}{ending}": number for number, stem in enumerate(
        ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt",
         "zehnt"), start=1) for ending in ("e", "en", "er", "es", "em")},
    # Romanian writes the first before its noun ("primul tur"), and any other either side.
    "ro": {"primul": 1, "prima": 1, "primului": 1, "primei": 1, "al doilea": 2, "a doua": 2,
           "al treilea": 3, "a treia": 3, "al patrulea": 4, "a patra": 4},
    "tr": {"ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5,
           "altıncı": 6, "yedinci": 7, "sekizinci": 8, "dokuzuncu": 9, "onuncu": 10},
}
# An item named as one more of a series, by no ordinal: "another earthquake", "a new
# earthquake"; Turkish "yeni bir deprem", "başka bir deprem" and "bir deprem daha".
ANOTHER = {
    "en": r"(?<![\w-])(?:another|a\s+(?:new|further))\s+(?P<noun>[^\W\d_]+)",
    "tr": r"(?<!\w)(?:(?:yeni|başka)\s+bir\s+(?P<noun>[^\W\d_]+)|bir\s+(?P<later>[^\W\d_]+)"
          r"\s+daha(?!\w))",
}
# A quarter or a half of a year written short, as business pages do: "Q3", "H1".
SHORT = re.compile(r"(?<![\w-])(?P<noun>[QH])(?P<ordinal>[1-4])(?![\w-])")
SHORT_NOUNS = {"en": {"Q": "quarter", "H": "half"}}


@functools.cache
def before_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of an ordinal and the noun after it in a language, the noun left out
    at the end of a clause ("in the second)"), or None."""
    ordinals = BEFORE_NOUN.get(language)
    if ordinals is None:
        return None
    return re.compile(r"(?<![\w-])(?P<ordinal>" + "|".join(
        re.escape(o).replace(r"\ ", r"\s+") for o in sorted(ordinals, key=len, reverse=True))
        + r")(?:[\s-]+(?P<noun>[^\W\d_]+)|(?=\s*[),;.:]|\s*$))", re.IGNORECASE)


@functools.cache
def item_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a noun and the ordinal after it in a language, or None."""
    ordinals = AFTER_NOUN.get(language)
    if ordinals is None:
        return None
    return re.compile(r"(?P<noun>[^\W\d_][\w\u200c]*)\s+(?P<ordinal>"
                      + "|".join(re.escape(o).replace(r"\ ", r"\s+")
                                 for o in sorted(ordinals, key=len, reverse=True))
                      + r")(?![\w\u200c])")


def items(text: str, pattern: re.Pattern[str], counting: Counting) -> dict[str, set[int]]:
    """Return the ordinals a text gives each noun's stem ("دور دوم": دور, 2)."""
    ordinals = AFTER_NOUN[counting.language.split("-")[0]]
    found: dict[str, set[int]] = {}
    for match in pattern.finditer(text):
        ordinal = " ".join(match["ordinal"].lower().split())
        found.setdefault(counting.stem(match["noun"]), set()).add(ordinals[ordinal])
    return found


def items_before(text: str, counting: Counting, nouns: set[str]) -> dict[str, set[int]]:
    """Return the ordinals a text gives each noun's stem where the ordinal comes first ("the
    third quarter", "Q3"); an ordinal whose noun is left out is an item of the one noun of
    `nouns` the text names before it ("quarters ... in the second")."""
    language = counting.language.split("-")[0]
    pattern, ordinals = before_pattern(language), BEFORE_NOUN.get(language, {})
    found: dict[str, set[int]] = {}
    for match in SHORT.finditer(text) if language in SHORT_NOUNS else ():
        noun = counting.stem(SHORT_NOUNS[language][match["noun"]])
        found.setdefault(noun, set()).add(int(match["ordinal"]))
    for match in pattern.finditer(text) if pattern is not None else ():
        named = {noun for noun in nouns if noun in counting.content_words(text[:match.start()])}
        noun = counting.stem(match["noun"]) if match["noun"] else \
            next(iter(named)) if len(named) == 1 else None
        if noun is not None:
            found.setdefault(noun, set()).add(ordinals[" ".join(counting.lower(
                match["ordinal"]).split())])
    return found


def another_numbered(label: str, sentence: str, counting: Counting) -> bool:
    """Tell whether a sentence names an item of a series the label names by its noun and
    ordinal only by another ordinal: "دور نخست" beside a label's "دور دوم", "the second
    quarter" beside "revenue in the third quarter"; in a language that writes it either side
    of its noun, on either side ("primul tur" beside "turul al doilea")."""
    pattern = item_pattern(counting.language.split("-")[0])
    its = items(label, pattern, counting) if pattern is not None else {}
    its = merged(its, items_before(label, counting, set()))
    said = merged(items(sentence, pattern, counting) if pattern is not None else {},
                  items_before(sentence, counting, set(its))) if its else {}
    return any(noun in said and not said[noun] & ordinals for noun, ordinals in its.items()) \
        or before_the_last(label, sentence, counting)


def same_item(label: str, text: str, counting: Counting) -> bool:
    """Tell whether a text names the item of a series a label names by its ordinal: "the
    first strike" beside "junior doctors on the first strike"."""
    pattern = item_pattern(counting.language.split("-")[0])
    its = merged(items(label, pattern, counting) if pattern is not None else {},
                 items_before(label, counting, set()))
    said = merged(items(text, pattern, counting) if pattern is not None else {},
                  items_before(text, counting, set(its))) if its else {}
    return any(said.get(noun, set()) & ordinals for noun, ordinals in its.items())


# The words that name the last item of a series ("the final contract"), by language.
LAST = {"en": r"final|last", "fr": r"final|finale|dernier|dernière",
        "es": r"final|último|última", "pt": r"final|último|última",
        "it": r"finale|ultimo|ultima", "de": r"letzte\w*|endgültig\w*"}


def before_the_last(label: str, sentence: str, counting: Counting) -> bool:
    """Tell whether a label names the last item of a series ("pay rise in the final
    contract") and a sentence an earlier one by its ordinal, whatever its noun ("Boeing's
    second offer, a 35% raise"): that item's level, not the last's."""
    language = counting.language.split("-")[0]
    last = LAST.get(language)
    if last is None or not re.search(rf"(?<!\w)(?:{last})(?!\w)", label, re.IGNORECASE):
        return False
    return bool(items_before(sentence, counting, set())) and not re.search(
        rf"(?<!\w)(?:{last})(?!\w)", sentence, re.IGNORECASE)


def merged(first: dict[str, set[int]], second: dict[str, set[int]]) -> dict[str, set[int]]:
    """Return the ordinals two readings give each noun, together."""
    return {noun: first.get(noun, set()) | second.get(noun, set()) for noun in {*first, *second}}


def one_more(label: str, clause: str, counting: Counting) -> bool:
    """Tell whether a clause speaks of one more item of a series ("another earthquake", "bir
    deprem daha") whose label names one by its ordinal ("magnitude of the first earthquake",
    "ilk depremin büyüklüğü"), and gives that noun no ordinal: that item's level is not the
    label's. A clause that gives the ordinal too ("the first earthquake") is of the label's."""
    another = ANOTHER.get(counting.language.split("-")[0])
    its = items_before(label, counting, set()) if another is not None else {}
    if not its:
        return False
    said = items_before(clause, counting, set())
    return any(counting.stem(match["noun"] or match["later"]) in its
               and counting.stem(match["noun"] or match["later"]) not in said
               for match in re.finditer(another, clause, re.IGNORECASE))


def after_the_first(label: str, events: Sequence[TimelineEvent], index: int,
                    counting: Counting) -> bool:
    """Tell whether the timeline event at index is dated after the first item of a series that
    a figure's label names by its ordinal ("ilk depremin büyüklüğü", "magnitude of the first
    earthquake"): it names the noun with no ordinal ("Hatay'da 6,4 büyüklüğünde deprem" on
    20 February), and an earlier event names it too, which is the first item. An event of the
    first item's own day may be it, and is held against its figure, unless both give their
    times of day and its time is later ("13:24" beside "04:17")."""
    pattern = item_pattern(counting.language.split("-")[0])
    its = merged(items(label, pattern, counting) if pattern is not None else {},
                 items_before(label, counting, set()))
    event = events[index]
    said = f"{event.title}\n\n{event.text}"
    nouns = {noun for noun, ordinals in its.items() if 1 in ordinals} \
        & counting.content_words(said) - set(items_before(said, counting, set()))
    return event.date.common_era and any(
        other.date.common_era and earlier(other.date, event.date)
        and noun in counting.content_words(f"{other.title}\n\n{other.text}")
        for noun in nouns for other in events)


def named_item(label: str, events: Sequence[TimelineEvent], index: int,
               counting: Counting) -> bool | None:
    """Tell whether the timeline event at index is the item of a series that a figure's label
    names by its ordinal ("Bank Rate after the first cut": the first event that names a cut,
    in the order of their dates, unless it gives its own; one of another's day, with no time
    to tell, may be either); None if the label names no item of a noun the event names."""
    pattern = item_pattern(counting.language.split("-")[0])
    its = merged(items(label, pattern, counting) if pattern is not None else {},
                 items_before(label, counting, set()))
    words = [counting.content_words(f"{event.title}\n\n{event.text}") for event in events]
    named = [noun for noun in its if noun in words[index]]
    if not named:
        return None
    own = f"{events[index].title}\n\n{events[index].text}"
    said = merged(items(own, pattern, counting) if pattern is not None else {},
                  items_before(own, counting, set()))
    if named[0] in said:  # the event gives its own ordinal: "the first earthquake"
        return bool(said[named[0]] & its[named[0]])
    series = [at for at in range(len(events)) if named[0] in words[at] and at != index]
    before = sum(earlier(events[at].date, events[index].date) for at in series)
    after = sum(earlier(events[index].date, events[at].date) for at in series)
    return any(before < n <= len(series) + 1 - after for n in its[named[0]])


def earlier(first: FuzzyDate, then: FuzzyDate) -> bool:
    """Tell whether a date is of an earlier day than another, or of the same day at an earlier
    time where both give one (a time without its offset read at the other's)."""
    if first.first_day() != then.first_day() or first.clock is None or then.clock is None:
        return first.first_day() < then.first_day()
    east = first.clock.offset if first.clock.offset is not None else then.clock.offset or 0
    return first.clock.seconds(east) < then.clock.seconds(east)
