"""Editorial checks: warnings about content that is valid but probably wrong."""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass

from ...errors import Problem
from ..model import Explainer, Figure, Takeaways, TextMap, Timeline, TimelineEvent
from ..naming.names import caseless
from ..text.syntax import paragraphs
from .ages.agefigures import check_age_figures
from .ages.ages import check_ages
from .ages.figurebirths import check_figure_births
from .ages.nowages import check_ages_now
from .ages.whenages import check_when_ages
from .amounts.apposednames import check_apposed_names
from .amounts.claims import check_figures, figures_of
from .amounts.conversions import check_conversions
from .amounts.countwarnings import warning
from .amounts.fallingtolls import check_falling_tolls
from .amounts.listsums import check_list_sums
from .amounts.runningtotals import check_running_totals
from .counting import MODULES, counting_for
from .counting.plain import plain_numbers, plain_words
from .countries.barecounts import check_bare_counts
from .countries.countclaims import check_country_counts
from .dates.dateclaims import check_dates
from .dates.displaydates import display_date_slip
from .dates.monthclaims import check_periods
from .dates.timeclaims import check_times, display_time_slip
from .dates.weekdays import check_weekdays
from .spans.actnouns import acts_alike
from .spans.durations import check_durations
from .spans.figuredurations import check_figure_durations
from .spans.spans import check_spans
from .texts.ideographs import word_forms
from .texts.readings import Readings
from .votes.scores import check_scores
from .votes.sharesums import check_share_sums
from .votes.tallies import check_tallies
from .votes.votecounts import check_vote_counts

SIMILAR_TAKEAWAYS = 0.8
SLIPS_APART = 3  # events out of order warned of one by one; more are named in one warning
WORDS = re.compile(r"\w+")
# The point or comma within a number, which splits no word: "4.75%" is one number.
WITHIN_NUMBER = re.compile(r"(?<=\d)[.,](?=\d)")


def whole_numbers(content_words: Callable[[str], set[str]]) -> Callable[[str], set[str]]:
    """Return content_words reading each number in figures as one word, its decimal point and
    its thousands' separator left out: "to 4.75%-5.00%" of an event's title gives "475" and
    "500", not four words "4", "75", "5" and "00" that outnumber the words a sentence of it
    shares ("The Fed cut its rate by 50 basis points on 19 September 2024")."""
    return lambda text: content_words(WITHIN_NUMBER.sub("", text))


def check_explainer(explainer: Explainer) -> list[Problem]:
    """Return the editorial warnings for one explainer; those about numbers only in a language
    they read, and else a note, once, that they were skipped."""
    counting = counting_for(explainer.language)
    if counting is None:
        return checks_without_numbers(explainer)
    # "found" names an event "recovered", for the day check (see actnouns.py)
    alike = functools.partial(acts_alike, content_words=counting.content_words,
                              language=explainer.language)
    readings = Readings.of(explainer, counting)  # each text read once for every check of amounts
    figures = list(check_figures(explainer, counting, readings))  # a conversion's slip warned once
    return [*check_country_counts(explainer, counting, texts_of),
            *check_bare_counts(explainer, counting, texts_of),
            *figures_given_twice(explainer), *figures,
            *check_tallies(explainer), *check_vote_counts(explainer), *check_scores(explainer),
            *check_share_sums(explainer, counting, readings),
            *check_conversions(explainer, counting, readings, {p.line for p in figures}),
            *check_falling_tolls(explainer, counting), *check_running_totals(explainer, counting),
            *check_list_sums(explainer, counting, readings),
            *check_apposed_names(explainer, counting, readings),
            *check_timelines(explainer),
            *check_dates(explainer, whole_numbers(alike), counting.capitalised_nouns,
                         counting.acts_done),
            *check_periods(explainer, whole_numbers(counting.content_words),
                           counting.capitalised_nouns, counting.acts_done),
            *check_times(explainer, counting.content_words, counting.capitalised_nouns),
            *check_ages(explainer), *check_ages_now(explainer), *check_age_figures(explainer),
            *check_figure_births(explainer, counting.content_words),
            *check_when_ages(explainer, counting.content_words),
            *check_spans(explainer, counting.content_words, counting.capitalised_nouns),
            *check_durations(explainer, counting.content_words, counting.capitalised_nouns),
            *check_figure_durations(explainer, counting.content_words,
                                    counting.capitalised_nouns),
            *check_weekdays(explainer),
            *check_takeaways(explainer, counting.content_words, counting.numbers)]


def checks_without_numbers(explainer: Explainer) -> list[Problem]:
    """Return the warnings for an explainer in a language whose numbers no check reads: a note
    that they were skipped, and those of its dates, times and words."""
    return [skipped(explainer), *figures_given_twice(explainer), *check_timelines(explainer),
            *check_dates(explainer, word_forms), *check_periods(explainer, word_forms),
            *check_times(explainer, word_forms),
            *check_ages(explainer), *check_ages_now(explainer),
            *check_when_ages(explainer, word_forms),
            *check_spans(explainer, word_forms),
            *check_durations(explainer, word_forms),
            *check_weekdays(explainer),
            *check_takeaways(explainer, plain_words, plain_numbers)]


def skipped(explainer: Explainer) -> Problem:
    """Say that the checks of numbers cannot read the explainer's language."""
    return Problem(explainer.display_path, None, None,
                   f"the checks of numbers and counts of countries do not read "
                   f"'{explainer.language}': they were skipped",
                   f"they read {read_languages()}; the other checks, days the timeline gives "
                   "otherwise among them, read every language; docs/checks.md says what they "
                   "look for",
                   severity="note")


def read_languages() -> str:
    """Return the languages the checks of numbers read, in words: 'English, French and ...'."""
    names = list(dict.fromkeys(name.title() for name in MODULES.values()))  # nb and no: one
    return ", ".join(names[:-1]) + " and " + names[-1]


def figures_given_twice(explainer: Explainer) -> Iterator[Problem]:
    """Warn about two figures with the same label and different values: values compared as
    written, so in any language."""
    seen: dict[str, Figure] = {}
    for figure in figures_of(explainer):
        label = " ".join(caseless(figure.label).split())  # İlk and ilk, Işık and ışık
        first = seen.setdefault(label, figure)
        if first is not figure and caseless(first.value.strip()) != caseless(figure.value.strip()):
            yield Problem(explainer.display_path, figure.line, None,
                          f"section 'figures': '{figure.label}' is given as '{first.value}' "
                          f"(line {first.line}) and as '{figure.value}'",
                          "keep one value, or make the labels say what differs", "",
                          "warning")


def texts_of(explainer: Explainer,
             wanted: Callable[[str], bool]) -> Iterator[tuple[str, TextMap, str]]:
    """Yield (where, its map, text) for the dek and every paragraph of prose and takeaway that
    is wanted, the map saying where each character stands in the file: a paragraph whole, as
    a count may run over a line break ("los 33 países de la / Celac")."""
    if (dek := explainer.dek_map) is not None and wanted(explainer.dek):
        yield "dek", dek, explainer.dek
    for section in explainer.sections:
        body = section.body_text
        if body and wanted(body):
            for start, end in paragraphs(body):
                if wanted(body[start:end]):
                    yield (f"section '{section.kind}'", TextMap.of_lines(
                        body[start:end], section.body_line + body.count("\n", 0, start)),
                        body[start:end])
        for what, where, text in section.said:
            if wanted(text):
                yield what, where, text


def check_timelines(explainer: Explainer) -> Iterator[Problem]:
    """Warn about events out of order in the file, undue in the future, or without a source."""
    for section in explainer.sections:
        if not isinstance(section, Timeline):
            continue
        in_file = sorted(section.events, key=lambda event: event.line)
        yield from order_warnings(explainer, in_file)
        for event in in_file:
            yield from event_warnings(explainer, event, section.source is not None)


def order_warnings(explainer: Explainer, in_file: list[TimelineEvent]) -> Iterator[Problem]:
    """Warn once per timeline about its events out of date order in the file: a timeline
    written newest first, or pasted in pieces, would otherwise get a warning per event."""
    pairs = list(itertools.pairwise(in_file))
    late = [(before, event) for before, event in pairs if event.date.ends_before(before.date)]
    if not late:
        return
    hint = "put the events in date order, so the file reads like the page (which shows them " \
        "oldest first)"
    newest_first = not any(before.date.ends_before(event.date) for before, event in pairs)
    if len(late) > SLIPS_APART and newest_first:
        yield warning(explainer, in_file[0].line, None,
                      f"section 'timeline': its {len(in_file)} events are written newest first, "
                      f"from {in_file[0].date.iso} (line {in_file[0].line}) to "
                      f"{in_file[-1].date.iso} (line {in_file[-1].line})",
                      "write them oldest first, so the file reads like the page (which shows "
                      "them oldest first)")
        return
    shown = late if len(late) <= SLIPS_APART else late[:1]
    more = f"; {len(late) - 1} more events come after a later one, on lines " \
        f"{', '.join(str(later.line) for _, later in late[1:])}" if len(shown) < len(late) else ""
    for before, event in shown:
        yield warning(explainer, event.line, None,
                      f"section 'timeline': event dated {event.date.iso} comes after one dated "
                      f"{before.date.iso} (line {before.line}){more}", hint)


def event_warnings(explainer: Explainer, event: TimelineEvent,
                   sourced: bool) -> Iterator[Problem]:
    """Warn about one event: a date after the last update, a display_date of another day, or
    no source (nor the timeline's)."""
    if event.status == "done" and event.date.first_day() > explainer.modified.last_day():
        yield warning(explainer, event.line, None,
                      f"section 'timeline': event '{event.title}' is dated '{event.date.iso}', "
                      f"after the explainer's last update ({explainer.modified.iso}), but is "
                      "not marked 'status: expected'",
                      "add 'status: expected' if it has not happened yet, or fix the date")
    yield from display_date_slip(explainer, event)
    yield from display_time_slip(explainer, event)
    if event.source is None and not sourced:
        yield warning(explainer, event.line, None,
                      f"section 'timeline': no source for event '{event.title}'",
                      "add 'source:' with a link, or with a title for a report that is not "
                      "online; or give the timeline a 'source:' for all its events")


def check_takeaways(explainer: Explainer, content_words: Callable[[str], set[str]],
                    numbers: Callable[[str], frozenset[Hashable]]) -> Iterator[Problem]:
    """Warn about a takeaway that repeats an earlier one, in other or the same words, and with
    the same numbers: '5 member countries signed' and '2 member countries signed' differ."""
    items = [item for s in explainer.sections if isinstance(s, Takeaways) for item in s.items]
    texts = [Comparable.of(item.text, content_words) for item in items]
    given = [numbers(item.text) for item in items]
    for index, item in enumerate(items):
        for earlier, text, its in zip(items[:index], texts[:index], given[:index], strict=True):
            if its == given[index] and text.similar(texts[index]):
                yield warning(explainer, item.line, None,
                              f"takeaway repeats the one on line {earlier.line}",
                              "merge the two, or make each say something of its own", item.text)
                break


@dataclass(frozen=True)
class Comparable:
    """A short text made ready for comparing: its words in order, their letters, and its
    content words (and, when first asked for, where each letter is)."""

    words: str
    letters: dict[str, int]
    content: frozenset[str]

    @classmethod
    def of(cls, text: str, content_words: Callable[[str], set[str]]) -> Comparable:
        """Prepare a text once, however many texts it is compared with."""
        words = " ".join(WORDS.findall(text.lower()))
        return cls(words, Counter(words), frozenset(content_words(text)))

    @functools.cached_property
    def places(self) -> dict[str, int]:
        """Return each letter's places in the words, as the bits of a number."""
        places: dict[str, int] = {}
        for place, letter in enumerate(self.words):
            places[letter] = places.get(letter, 0) | 1 << place
        return places

    def similar(self, other: Comparable) -> bool:
        """Tell whether two texts say nearly the same thing."""
        a, b = self.words, other.words
        # The length bound, the letters in common (SequenceMatcher.quick_ratio(), from counts
        # made once per text) and the longest common subsequence (which holds every block
        # that SequenceMatcher matches) are upper bounds of ratio(): cheap early refusals.
        longest = max(len(a) + len(b), 1)
        if 2 * min(len(a), len(b)) / longest >= SIMILAR_TAKEAWAYS or not a and not b:
            if self.letters_ratio(other) >= SIMILAR_TAKEAWAYS and (
                    not a and not b  # two empty texts are the same
                    or 2 * self.common_subsequence(other) / longest >= SIMILAR_TAKEAWAYS) and \
                    difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR_TAKEAWAYS:
                return True
        union = self.content | other.content
        return len(union) >= 3 and len(self.content & other.content) / len(union) >= \
            SIMILAR_TAKEAWAYS

    def common_subsequence(self, other: Comparable) -> int:
        """Return the length of the longest common subsequence of the two texts' words.

        Hyyrö's bit-parallel form of the classic table: one addition and a few bitwise
        operations on a number of len(other.words) bits per letter of this text.
        """
        places, size = other.places, len(other.words)
        row = (1 << size) - 1  # a 0 bit where a letter of other.words is matched so far
        for letter in self.words:
            found = places.get(letter)
            if found is not None:
                matched = row & found
                row = (row + matched) | (row - matched)
        return size - (row & ((1 << size) - 1)).bit_count()

    def letters_ratio(self, other: Comparable) -> float:
        """Return SequenceMatcher(None, a, b).quick_ratio() of the two texts' words."""
        theirs = other.letters
        common = sum(min(count, theirs.get(letter, 0)) for letter, count in self.letters.items())
        length = len(self.words) + len(other.words)
        return 2.0 * common / length if length else 1.0
