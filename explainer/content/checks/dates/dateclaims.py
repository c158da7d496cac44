"""Dates the prose gives for events that the timeline dates otherwise.

A takeaway saying that the first officers arrived on 26 June, beside a timeline whose event
"First officers arrive" is dated 25 June, has one of the two wrong. A date in the prose (a
takeaway, or a paragraph of a section) is compared with the timeline when it names a day, as
days.py reads one in the explainer's language. It is taken to speak of the event whose title
shares the most words with its sentence: more than half the title's words, that no other title
has all of, and more than half of those that are not its names (otherdays.py): a sentence about
the same police and city ("On 26 June, Kenyan police patrolled Port-au-Prince") is not about
their arrival. A sentence that tells one of the happenings a title joins speaks of its event
too (eventclauses.py). In English, a sentence that says the title's act was done (a verb in the
past no other title has) to one the title names is about the event on a day within a week of
its own, though it shares few other words ("found Mladić guilty"), and one whose acts done are
all others than the title's is not. Nor is a day a bound ("as of 1 July"), or that of another
act the sentence says ("began", "announced"), where otherdays.py knows the language's words for
these. It is wrong only if no event of the timelines has that very day, and the event it speaks
of is dated to the day, not as approximate, less than a month away, not given its own day in
the same sentence ("first planned for 1 June, it began on 25 June"), and not that of another
level of a count its title gives ("the toll rose to 63, on 3 March to 70"); or it is the
event's day and month in another year, a slip of the year (see dayslips.py).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from typing import NamedTuple

from ....errors import Problem
from ...model import Explainer, TextMap, Timeline, TimelineEvent
from ..amounts.countwarnings import warning
from ..texts.actverbs import act_nouns, with_act_nouns
from ..texts.dayclauses import DASHED, another_level, clause_event, span_days
from ..texts.dayclauses import Title as SpanTitle
from ..texts.days import DIGIT, Stated, date_patterns, stated_dates
from ..texts.eventclauses import Clause, title_clauses, told_clause
from ..texts.nights import day_meant
from ..texts.otherdays import OtherDays, names_of, of_the_event, other_days
from ..texts.owntexts import own_texts
from ..texts.sentences import SENTENCE_END, blank_out, sentence_at, sentence_start
from ..texts.solardays import solar_days
from ..texts.textnames import capitalised, names_said
from .dayslips import SLIP_YEARS, another_day

# A date this close to an event's speaks of it when its sentence says the title's act was done
# to one its title names, though the two share few other words (see acted_on()).
NEAR_ACT_DAYS = 7
BARE_URL = re.compile(r"https?://\S+")


class Title(NamedTuple):
    """An event, its title's words, those no other title has, those not of its names, and
    those of its capitalised words, its first among them ("Mladić is found guilty")."""

    event: TimelineEvent
    words: set[str]
    own: set[str]
    unnamed: set[str]
    names: set[str]
    acts: frozenset[tuple[str, str]] = frozenset()  # its nouns of an act (actverbs.py)


Titles = tuple[list[Title], list[Clause]]  # the titles, and the clauses of those that join two

def check_dates(explainer: Explainer, content_words: Callable[[str], set[str]],
                capitalised_nouns: bool = False,
                acts_done: Callable[[str], set[str]] | None = None) -> Iterator[Problem]:
    """Warn about a day in the prose that the timeline gives to its event otherwise;
    capitalised_nouns: whether the language capitalises every noun, not only names;
    acts_done: the stems of the verbs a text writes as done, where the language's are read."""
    events = [event for section in explainer.sections if isinstance(section, Timeline)
              for event in section.events]
    dated = [event for event in events if event.date.day is not None and not event.approximate]
    if not dated:
        return
    days = {event.date.first_day() for event in dated}
    # Read when the prose gives a day: most give none.
    titles: Titles | None = None
    mark = date_patterns(explainer.language).year_mark
    acts = other_days(explainer.language)
    for where, place, text in prose_of(explainer):
        plain, stated = own_days(text, explainer.language, frozenset(days))
        if not stated and not DASHED.search(text):
            continue
        plain = plain if stated else authors_text(text)  # a span by a dash, perhaps
        titles = titles or event_titles(tuple(dated), content_words, capitalised_nouns,
                                        explainer.language)
        spanned = span_days(plain, stated, [SpanTitle(title.event, title.words) for title in
                                            titles[0]], explainer.language, content_words)
        for one in sorted({*stated, *spanned}, key=lambda one: one.start):
            said = sentence_at(plain, one.start, date_end(plain, one, mark))
            event = spanned.get(one) or own_event(plain, one, stated, titles, said, (
                explainer.language, content_words, acts_done, acts))[1]
            if event is None:
                continue
            given = day_meant(on_day(one.year or event.date.year, one.month, one.day), plain,
                              one.start, explainer.language, {*days, event.date.first_day()})
            if not another_day(given, event.date.first_day(), days, (plain, said, stated),
                               explainer.language):
                continue  # a day of another event, or one the sentence gives besides its own
            yield day_warning(explainer, (where, place, text), one, event, mark)


def day_warning(explainer: Explainer, prose: tuple[str, TextMap, str], one: Stated,
                event: TimelineEvent, mark: re.Pattern[str] | None) -> Problem:
    """Return the warning about a day a text (where, its map, the text) gives, at its place,
    which the timeline gives to its event otherwise."""
    where, place, text = prose
    written = " ".join(text[one.start:one.end].split()).rstrip(".")  # one line
    excerpt = " ".join(sentence_at(text, one.start, date_end(text, one, mark)).split())
    return warning(explainer, *place.at(one.start),
                   f"{where} gives {written}, but the timeline dates '{event.title}' "
                   f"{event.date.iso} (line {event.line})",
                   "make the two agree; if they are two events, add the other one "
                   "to the timeline", excerpt)


def own_event(plain: str, one: Stated, stated: list[Stated], titles: Titles, said: str,
              reading: tuple[str, Callable[[str], set[str]],
                             Callable[[str], set[str]] | None, OtherDays | None]
              ) -> tuple[str, TimelineEvent | None]:
    """Return the clause a day of a sentence (said) is read with (dayclauses.py), and the
    event it speaks of: one whose day it may be, and not another level of its title's count."""
    language, content_words, acts_done, acts = reading
    start = sentence_start(plain, one.start)
    clause, event = clause_event(plain, (start, start + len(said)), (one, stated), (
        language, content_words), lambda clause: event_of(
            clause, one, titles, (content_words, acts_done),
            names_said(clause, content_words, language)))
    if event is None or not of_the_event(acts, plain, one.start, one.end, clause, event) \
            or another_level(plain, one, stated, event.title, language):
        return clause, None
    return clause, event


def own_days(text: str, language: str, near: frozenset[date]) -> tuple[str, list[Stated]]:
    """Return a text without its quotations and links' addresses (blanked out), and the days
    it gives outside them (a Solar Hijri one without its year read near the days `near`)."""
    stated = sorted([*stated_dates(text, language), *solar_days(text, language, near)],
                    key=lambda one: one.start)
    if not stated:
        return text, []
    plain = authors_text(text)
    return plain, [one for one in stated if plain[one.start:one.end] == text[one.start:one.end]]


def authors_text(text: str) -> str:
    """Return a text without its quotations and links' addresses, blanked out."""
    return BARE_URL.sub(lambda m: " " * len(m[0]), blank_out(text))


def titles_of(dated: list[TimelineEvent], content_words: Callable[[str], set[str]],
              capitalised_nouns: bool) -> list[Title]:
    """Return the words of each event's title: all, those its own, those not of its names."""
    words = [content_words(event.title) for event in dated]
    shared = Counter(word for title in words for word in title)
    return [Title(event, title, {word for word in title if shared[word] == 1},
                  title - content_words(names_of(event.title, capitalised_nouns)),
                  content_words(" ".join(capitalised(event.title, first=True))))
            for event, title in zip(dated, words, strict=True)]


@functools.lru_cache(maxsize=16)
def event_titles(events: tuple[TimelineEvent, ...], content_words: Callable[[str], set[str]],
                 capitalised_nouns: bool, language: str) -> Titles:
    """Return clauses_too(titles_of(...)) of some events, made once for the checks of days,
    months, times of day and spans of an explainer, which read the same events (the answer is
    shared: not to be changed)."""
    titles = titles_of(list(events), content_words, capitalised_nouns)
    return clauses_too([title._replace(acts=act_nouns(title.words, language))
                        for title in titles], language, content_words)


def clauses_too(titles: list[Title], language: str,
                content_words: Callable[[str], set[str]]) -> tuple[list[Title], list[Clause]]:
    """Return the titles, and the clauses of those that join several (eventclauses.py)."""
    return titles, [clause for title in titles for clause in title_clauses(
        title.event, title.own, title.unnamed, language, content_words)]


def date_end(text: str, one: Stated, mark: re.Pattern[str] | None) -> int:
    """Return the last offset of a date, to find its sentence by: past the point its
    language writes after a year ("18 июля 2023 г. Россия вышла..."), when the date opens its
    sentence, since a sentence is more than a date; else its last character."""
    after = mark.match(text, one.end) if mark is not None and one.year is not None else None
    if after is None:
        return one.end - 1
    start = max((stop.end() for stop in SENTENCE_END.finditer(text, 0, one.start)), default=0)
    start = max(start, text.rfind("\n\n", 0, one.start) + 1)
    return after.end() if not any(char.isalpha() for char in text[start:one.start]) \
        else one.end - 1


def prose_of(explainer: Explainer) -> Iterator[tuple[str, TextMap, str]]:
    """Yield (where, its map, text) for the dek, each takeaway and answer, and each section's
    prose with a digit, the map saying where each character stands in the file."""
    return own_texts(explainer, DIGIT.search, articled=True)


def spoken_of(words: set[str], titles: list[Title],
              named: set[str] | None = None) -> TimelineEvent | None:
    """Return the one event whose title a sentence's words name best, if they name one: more
    than half its title's words, two at least, that no other title has all of (one its own,
    or a pair: "Rosalynn Carter died" beside "Rosalynn Carter dies", "He marries Rosalynn
    Smith" and "Carter dies at home"), and more than half of those that are not its names
    (who and where: not what happened); not one the sentence only shares two words with while
    it names another (see other_named(): `named` are the words of its own names, whose
    initials are the name: "The Federal Trade Commission sued" names the "FTC")."""
    words = with_act_nouns(words | (named or set()), (title.acts for title in titles))
    scored = sorted(((len(words & title.words), index) for index, title in enumerate(titles)
                     if len(words & title.words) >= max(2, len(title.words) // 2 + 1)
                     and told_apart(words & title.words, index, titles)
                     and (not title.unnamed or 2 * len(
                         words & title.unnamed) > len(title.unnamed))
                     and not other_named(words, named, title)), reverse=True)
    if not scored or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # none, or two alike: which one is meant is not clear
    return titles[scored[0][1]].event


def other_named(words: set[str], named: set[str] | None, title: Title) -> bool:
    """Tell whether a sentence (its words, and those of its names) speaks of another than a
    title it shares two words with at most, neither of them a name: the title names one the
    sentence does not, and the sentence one of its own ("New York regulators closed Signature
    Bank" is not "Regulators close SVB"; "California regulators closed Silicon Valley Bank",
    which names SVB by its initials, is)."""
    names = title.words - title.unnamed
    if not named or not names:
        return False
    return len(words & title.words) <= 2 and not (words | named) & names \
        and bool(named - title.words)


def told_apart(shared: set[str], index: int, titles: list[Title]) -> bool:
    """Tell whether the words a sentence shares with one title (at index) are all of them in
    no other title's."""
    return not any(shared <= other.words for at, other in enumerate(titles) if at != index)


def event_of(said: str, one: Stated, titles: Titles,
             reading: tuple[Callable[[str], set[str]], Callable[[str], set[str]] | None],
             named: set[str]) -> TimelineEvent | None:
    """Return the event a sentence speaks of (see spoken_of(), told_clause() and acted_on()),
    unless it says that other acts were done than the one its title says was: "extradited on
    19 December, a week after his arrest" gives no day of "Bankman-Fried is arrested in the
    Bahamas". An act its title tells in the present is its act too ("Signature Bank failed"
    of "Signature Bank fails; deposits guaranteed"). `reading` holds the language's
    content_words and acts_done, `named` the words of the sentence's names (names_said())."""
    content_words, acts_done = reading
    words = content_words(said)
    event = spoken_of(words, titles[0], named) or told_clause(words, titles[1]) \
        or acted_on(said, one, titles[0], (words, named), acts_done)
    if event is None or acts_done is None:
        return event
    theirs, ours = acts_done(event.title), acts_done(said)
    if theirs and ours and not theirs & ours and not ours & content_words(event.title):
        return None  # others than its act: not of "Signature Bank fails; deposits guaranteed"
    return event


def acted_on(said: str, one: Stated, titles: list[Title], words: tuple[set[str], set[str]],
             acts_done: Callable[[str], set[str]] | None) -> TimelineEvent | None:
    """Return the one event whose act a sentence says was done, to one its title names, on a
    day within NEAR_ACT_DAYS of the event's, though it shares few of the title's other words:
    "found Mladić guilty on 22 November 2017" of "Mladić is found guilty on 10 counts and
    sentenced to life in prison". The act is a verb of the sentence in the past (see
    Counting.acts_done) that no other title has; "after his arrest" does no act. `words` are
    the sentence's content words and those of its names."""
    acts = acts_done(said) if acts_done is not None else set()
    if not acts:
        return None
    content, named = words
    found = [title.event for title in titles if acts & title.own and content & title.names
             and near_act(one, title.event) and not other_named(content, named, title)]
    return found[0] if len(found) == 1 else None


def near_act(one: Stated, event: TimelineEvent) -> bool:
    """Tell whether a day stated is within NEAR_ACT_DAYS of an event's (in its year if it gives
    none) or its very day and month a few years off, a slip of its year (see dayslips.py)."""
    given, own = on_day(one.year or event.date.year, one.month, one.day), event.date.first_day()
    return given is not None and (abs((given - own).days) <= NEAR_ACT_DAYS or given.replace(
        year=own.year) == own and abs(given.year - own.year) <= SLIP_YEARS)


def on_day(year: int, month: int, day: int) -> date | None:
    """Return a calendar day, or None if there is none such ('31 June')."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
