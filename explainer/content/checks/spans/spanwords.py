"""How a language writes a span of time between two events (see spans.py): a count in figures
or words, a unit, and the word that measures it from an event named after it ("40 days after
launch", "40 jours après le lancement") or from the day the sentence before gives ("Four days
earlier", "Quatre jours plus tôt"); each language's words are in spanlanguages.py."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..counting import JOINER
from ..counting.patterns import HYPHENS

AFTER, BEFORE = "after", "before"
# The days of each unit of a span, on average (of the clock's units: clockspans.py).
UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44,
             "year": 365.25}
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
    # The units whose word alone says one of them, with no count: "tydzień później" (a week
    # later), "rok po wojnie" (a year after the war).
    lone: tuple[str, ...] = ()
    # The words that join an event named before the count, where the language names it so:
    # Hindi "लैंडिंग के तीन दिन बाद" (three days after the landing), Japanese "地震から約7か月後"
    # (some seven months after the earthquake).
    joins_before: tuple[str, ...] = ()
    # The particles that end the words before such an event, where no space parts them:
    # Japanese "は", "が" ("日向灘地震は能登半島地震から"; the event the words after them name).
    parted_by: tuple[str, ...] = ()
    # The endings of a word that make it its clause's subject or object, where the language
    # names the event a span is measured from just before the count with no word between
    # (Korean "발사 40일 만에", 40 days after the launch; not "비크람은 40일 뒤"); none where it
    # does not.
    named_before: tuple[str, ...] = ()
    # The endings of a word in the case that names the event a span is measured from, just
    # before its count, where the language names it so: Turkish's ablative ("seçimden dört gün
    # önce", four days before the election; "Erdoğan'ın yemininden"); and the words in that
    # case that point back to the sentence before instead ("bundan", from this).
    cases: tuple[str, ...] = ()
    pointing: tuple[str, ...] = ()
    # The words that say a count of a unit in one, with their count: Korean "사흘" (three days),
    # "열흘" (ten days); each a unit's word too.
    fused: dict[str, int] = field(default_factory=dict)
    # What parts the count, the unit and the link: a space, or none where the language writes
    # them together ("3日後", "三天后", "40일 뒤"); what may not come just before a unit and
    # just after a link: a letter, where words are parted by spaces.
    spacing: str = r"\s+"
    before_count: str = r"(?<![\w,.-])"
    before_unit: str = r"(?<!\w)"
    after_link: str = r"(?![\w-])"
    # Where the event named after a link runs on with no comma to its clause's subject and
    # verb ("через три дня после нападения на «Крокус» суд арестовал"), the words that carry
    # its phrase on, before which it does not end: "на", "в"; none where a comma ends it.
    runs_on: tuple[str, ...] = ()
    # The words that open the event's words after a span whose link comes first, where the
    # language writes it so: Arabic "بعد ثلاثة أيام من وصول العاصفة" (three days after the
    # storm's arrival); a span without them is measured from the sentence before ("وبعد
    # ثلاثة أيام"). None where the link comes after the count and unit.
    names_after: tuple[str, ...] | None = None
    # The links that measure the time gone within a stretch still running, to a moment in it,
    # never its whole length: "117 days into the strike".
    within: tuple[str, ...] = ()
    # What makes a span the time a change is measured against, not one between two events:
    # "revenue up 262% from a year earlier"; it is no second span of its sentence either.
    bases: tuple[str, ...] = ()
    # The words before a count that measure a span from the sentence before where no link
    # follows its unit: "через пять дней" (five days later), not "через три дня после теракта".
    leads: dict[str, str] = field(default_factory=dict)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Return the pattern of a span: a rough word or none, a count in figures or words, a
        unit, and the word that says from what it is measured."""
        lone = (*self.lone, *self.fused)
        if self.names_after is not None:
            return self.link_first(lone)
        measure = rf"(?:(?P<rough>{alternatives(self.rough)}){self.spacing})?" \
            rf"(?:(?P<count>{FIGURES}|{alternatives(self.counts)}){self.spacing}" \
            rf"(?P<unit>{self.units_pattern})" \
            + (rf"|(?P<lone>{alternatives(lone)})" if lone else "") + ")"
        return re.compile(
            rf"{self.before_count}{self.lead_pattern(lone)}{measure}(?:{self.spacing}"
            rf"(?P<link>{alternatives({**self.links, **self.relative})}){self.after_link}"
            + (rf"(?!\s+(?:{alternatives(self.compared)})(?!\w))" if self.compared else "")
            + (r"|(?(lead)(?![\w-])|(?!)))" if self.leads else ")"), re.IGNORECASE)

    def lead_pattern(self, lone: tuple[str, ...]) -> str:
        """Return the pattern of a lead word before a count ("через"), if any; not where a link
        follows its unit (the span is then measured from the event named after it)."""
        if not self.leads:
            return ""
        units = self.units_pattern + (f"|{alternatives(lone)}" if lone else "")
        return (rf"(?:(?P<lead>{alternatives(self.leads)}){self.spacing}(?!(?:\S+"
                rf"{self.spacing}){{0,2}}(?:{units}){self.spacing}"
                rf"(?:{alternatives(self.links)}){self.after_link}))?")

    def link_first(self, lone: tuple[str, ...]) -> re.Pattern[str]:
        """Return the pattern of a span whose link comes first: the link, a rough word or
        none, a count and a unit or a unit alone, then the word that opens the event's words
        ("بعد ثلاثة أيام من"); a unit alone only before it or a mark ("بعد شهر رمضان" is
        after the month of Ramadan)."""
        return re.compile(
            rf"{self.before_count}(?P<link>{alternatives({**self.links, **self.relative})})"
            rf"\s+(?:(?P<rough>{alternatives(self.rough)})\s+)?"
            rf"(?:(?P<count>{FIGURES}|{alternatives(self.counts)})\s+"
            rf"(?P<unit>{self.units_pattern})|(?P<lone>{alternatives(lone)}))(?!\w)"
            rf"(?:\s+(?P<named>{alternatives(self.names_after or ())})(?!\w)"
            rf"|(?(count)|(?=\s*[^\w\s]|\s*\Z)))", re.IGNORECASE)

    def written(self, found: re.Match[str]) -> tuple[int, int]:
        """Return where the count and unit of a match of the pattern are written."""
        if self.names_after is None:
            return found.start(), found.start("link") if found["link"] else found.end()
        start = min(found.start(group) for group in ("rough", "count", "lone")
                    if found.start(group) >= 0)
        return start, max(found.end("unit"), found.end("lone"))

    @functools.cached_property
    def quick(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Return the patterns of a word that measures from an event after a space, and of a
        unit just before it: what every span holds, quick to look for (a space first)."""
        space = r"(?<=\s)" if self.spacing == r"\s+" else ""
        space = r"(?<!\w)" if self.names_after is not None else space
        return (re.compile(rf"{space}(?:{alternatives({**self.links, **self.relative})})"
                           rf"{self.after_link}", re.IGNORECASE),
                re.compile(rf"{self.before_unit}(?:{self.units_pattern}){self.spacing}\Z",
                           re.IGNORECASE))

    def spans_in(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the matches of the whole pattern, looked for only around a unit and the word
        after it, in the order of the text."""
        end = 0
        for found in self.links_near_units(text):
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
        return re.compile(rf"{self.before_unit}(?:{self.units_pattern}){self.spacing}"
                          rf"(?:{alternatives([*links, *self.relative])}){self.after_link}",
                          re.IGNORECASE)

    @functools.cached_property
    def after(self) -> re.Pattern[str]:
        """Return the pattern of a count of time measured from an event named after it: its
        count, its unit, then "after" ("40 days after the strike began")."""
        links = [word for word, sense in self.links.items() if sense == AFTER]
        return re.compile(rf"\S+?{self.spacing}(?P<unit>{self.units_pattern}){self.spacing}"
                          rf"(?:{alternatives(links)}){self.after_link}", re.IGNORECASE)

    def may_hold(self, text: str) -> bool:
        """Tell whether a text may hold a span: a unit, then a word that measures from an
        event; a quick test before the whole pattern is looked for."""
        return next(self.links_near_units(text), None) is not None

    def links_near_units(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the links and lead words of a text near a unit, in the order of the text."""
        yield from sorted([*self.leads_before_units(text), *self.links_after_units(text)],
                          key=lambda found: found.start())

    def links_after_units(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the links of a text with a unit just before them (or after, link first)."""
        link, unit = self.quick
        for found in link.finditer(text):
            if self.names_after is None and unit.search(
                    text, max(0, found.start() - 30), found.start()) is not None or \
                    self.names_after is not None and re.search(
                        rf"(?<!\w)(?:{self.units_pattern})(?!\w)",
                        text[found.end():found.end() + 40], re.IGNORECASE):
                yield found

    def leads_before_units(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the lead words of a text ("через") with a unit soon after them."""
        if not self.leads:
            return
        unit = re.compile(rf"(?<!\w)(?:{self.units_pattern})(?!\w)", re.IGNORECASE)
        for found in re.finditer(rf"(?<!\w)(?:{alternatives(self.leads)})(?!\w)", text,
                                 re.IGNORECASE):
            if unit.search(text, found.end(), found.end() + 30):
                yield found

    def link_of(self, found: re.Match[str]) -> str:
        """Return the word that measures a match of the pattern, its spaces made one."""
        return " ".join((found["link"] or found["lead"]).lower().split())

    @functools.cached_property
    def measured_before(self) -> dict[str, str]:
        """Return the words that measure a span from the day the sentence before gives, after
        its count ("спустя") or before it ("через"), by their sense."""
        return {**self.relative, **self.leads}

    @functools.cached_property
    def bounded(self) -> re.Pattern[str] | None:
        """Return the pattern of what ends the text just before a span that is a bound or a
        stretch of time, if the language has such words."""
        return ending(self.bounds)

    @functools.cached_property
    def based(self) -> re.Pattern[str] | None:
        """Return the pattern of what ends the text just before a span that is the time a
        change is measured against (bases), if the language has such words."""
        return ending(self.bases)

    def named_until(self, text: str, start: int, end: int, joined: tuple[str, ...]) -> int:
        """Return where the words naming a span's event end, up to end: before an "and" that
        joins another measure, a count and its unit ("two days after landfall and more than 400
        miles to the north"), which names no event; a year is no such count ("after the
        elections of 2019 and 2024"), nor an article ("after the storm and a flood")."""
        if not joined:
            return end
        found = self.joined_measure(joined).search(text, start, end)
        return found.start() if found else end

    def joined_measure(self, joined: tuple[str, ...]) -> re.Pattern[str]:
        """Return the pattern of an "and" (joined) and the count of a measure after it."""
        return measure_pattern(alternatives(joined), alternatives((*self.rough, *self.bounds)),
                               alternatives(word for word, n in self.counts.items() if n > 1))

    def a_base(self, text: str, start: int) -> bool:
        """Tell whether the span at start is the time a change is measured against."""
        return self.based is not None and \
            self.based.search(text, max(0, start - 20), start) is not None

    def count_of(self, found: re.Match[str]) -> int:
        """Return the count a match of the pattern gives: one for a unit said alone."""
        lone = found.groupdict().get("lone")
        return self.fused.get(lone, 1) if lone else self.count(found["count"])

    def unit_of(self, found: re.Match[str]) -> str:
        """Return the unit a match of the pattern is counted in."""
        return self.unit(found.groupdict().get("lone") or found["unit"])

    def count(self, written: str) -> int:
        """Return the count a span gives, in figures or in words (a dotted capital I read as
        an i: Turkish "İki")."""
        if written[0].isdigit():
            return int("".join(char for char in written if char.isdigit()))
        return self.counts[JOINER.sub("-", written.lower().replace("i\u0307", "i"))]

    def unit(self, written: str) -> str:
        """Return the unit a span is counted in: day, week, month or year."""
        return self.units[written.lower()]


@functools.cache  # once per language: its "and", rough words and numbers in words
def measure_pattern(joined: str, rough: str, counts: str) -> re.Pattern[str]:
    """Return the pattern of an "and", a rough word or none, and a count that is no year
    with a word after it: the start of another measure ("and more than 400 miles")."""
    return re.compile(rf"\s(?:{joined})\s+(?:(?:{rough})\s+)?(?!(?:1[5-9]|20)\d\d(?!\d))"
                      rf"(?:{FIGURES}|{counts})\s+[^\W\d]", re.IGNORECASE)


def ending(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Return the pattern of one of some words that ends a text, or None without words."""
    alternation = "|".join(re.escape(word).replace(r"\ ", r"\s+")
                           for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})\s+\Z", re.IGNORECASE) if words else None


def forms(unit: str, *words: str) -> dict[str, str]:
    """Return each form of a unit's word, by the unit."""
    return dict.fromkeys(words, unit)
