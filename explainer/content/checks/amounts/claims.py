"""Numbers stated in the text, compared with the key figures: one figure, two values.

A figure's *unit* is its currency for money ("$360 million"), '%' for a percentage, else the
first plural noun after its number ("3 days") or in its label ("Kenyan police officers set to
deploy"; or a collective's members: collectives.py). The text states a figure when it gives
money, a percentage, or a number followed within three words by a plural noun ("About 1,000
Kenyan police officers"), and is no change ("rose 12%"). It is compared with the figures of the
same unit whose label shares half its words with its sentence (disagreeing()); when none has
the same number, they disagree. Countries are the country list's to check; quotes the source's."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ....errors import Problem
from ...context import line_of
from ...model import Explainer, Figure, Figures
from ..counting import Counting
from ..spans.ownspans import between_events
from ..texts.acttimes import acts_counted, figure_acts
from ..texts.additions import added_to
from ..texts.collectives import collective_noun
from ..texts.counted import Amount, plural_noun, signed, sizes, whole_after
from ..texts.labelcounters import label_counter
from ..texts.owntexts import passages
from ..texts.ranged import low_end, low_ends, ranged, without_range
from ..texts.sentences import as_read, clause_at, sentence_at, sentence_start
from ..texts.spelled import may_count
from ..texts.stated import (
    PERCENT,
    amounts,
    as_change,
    clause_of,
    level_beside_change,
    levels_said,
    units_of,
)
from ..texts.timeunits import value_named
from ..votes.results import result_sides, result_slip
from ..votes.rounds import of_round
from ..votes.voteshares import won_sides
from .attributed import another_source, label_words
from .beside import not_beside, unspoken
from .changedfrom import went_from
from .countwords import joined_apart, lists_hold
from .earlierfigures import earlier_figure, named_before
from .eventdays import of_another_day
from .fatecounts import with_people, without_fate
from .history import DatedLevels, earlier_level, said_otherwise
from .kinds import kind_alone, kind_apart, other_arm
from .levels import ADDED, of_unit, related_to, whole_apart, whole_at
from .moments import moment_level
from .multiples import compared_only
from .occasions import occasion_part
from .ordinalcounts import with_ordinals
from .ordinals import one_more
from .ownamounts import own_amounts
from .parts import own_of, speaks_of_part
from .qualified import fits_figure, qualifier_around
from .rates import per, time_per, unit_counted
from .scopes import not_described, whose_apart
from .series import another_item
from .times import own_time_apart, same_month
from .totals import total_of_items
from .unitprices import without_per
from .wholefirst import of_the_whole

if TYPE_CHECKING:
    from ..texts.readings import Reading, Readings
    from ..votes.results import Side
    from .levels import Known, Related


def figure_amount(figure: Figure, counting: Counting) -> Amount | None:
    """Return a figure's number and unit, or None when its value holds no number."""
    value = value_named(counting.localised(figure.value), figure.label, counting.language)
    time = time_per(value, counting.language) or time_per(figure.label, counting.language)
    found = next(levels_said(value, counting), None)
    if found is not None:  # "$2,000 | additional compensation from the state fund" is added
        added = ADDED if counting.added_after and counting.added_after.match(figure.label) else ""
        return per(Amount(found[1].value, added + found[1].unit, found[1].written), time)
    number = counting.number.search(value)
    words = figure.label.split()
    if counting.head_last:  # Hindi: "वोट डालने वाले मतदाता" counts voters, as its last word says
        words = figure.label.split(",")[0].split()[::-1]
    while words and words[0].lower() in counting.stop_words:  # "more officers"
        words.pop(0)
    noun = plural_noun(words, counting) or collective_noun(words, counting) \
        or label_counter(figure.label, counting)  # "majority"; a Korean or Japanese counter
    if number is None or noun is None:
        return None
    added = counting.added_after is not None and counting.added_after.match(figure.label) \
        or added_to(figure.label, 0, 0, counting.language)  # "vessels added to the list"
    unit = ADDED + counting.stem(noun) if added else counting.stem(noun)
    return per(Amount(counting.value(number), unit, figure.value), time)  # "200", "more officers"


def figure_amounts(figure: Figure, counting: Counting) -> list[Amount]:
    """Return a figure's amount, or the two ends of its range ("4.25%–4.5%"), none if no number."""
    amount = figure_amount(figure, counting)
    value = counting.localised(figure.value)
    spans = counting.ranges(value) if amount is not None else []
    if not spans:
        return [] if amount is None else [amount, *converted(figure, amount, counting)]
    bounds = counting.range.match(value, spans[0][0])
    assert bounds is not None and amount is not None  # the range ranges() found
    ends = [(counting.number.search(bounds[end]), bounds.start(end)) for end in ("first", "second")]
    # Either end may be below zero, as a sign or a word before it says ("−3% to −2%").
    return [Amount(signed(counting.value(end), value, start, counting)[1], amount.unit,
                   figure.value) for end, start in ends if end]


def converted(figure: Figure, amount: Amount, counting: Counting) -> list[Amount]:
    """Return the amounts of other units a figure's value gives after its own, as a conversion
    does ("120 mph (195 km/h)", "10 feet (3 m)"): each is held against the text's of its unit."""
    value = counting.localised(figure.value)
    time = time_per(value, counting.language) or time_per(figure.label, counting.language)
    found = {amount.unit: amount}
    for _, other in levels_said(value, counting):
        found.setdefault(per(other, time).unit, per(other, time))
    return list(found.values())[1:]


def check_figures(explainer: Explainer, counting: Counting,
                  readings: Readings) -> Iterator[Problem]:
    """Warn where the text or the figures give one figure two different values."""
    levels = [(f, a) for f, read in with_people(figures_of(explainer), counting)
              for a in figure_amounts(read, counting)
              if unit_counted(a.unit).removeprefix(ADDED) not in lists_hold(explainer, counting)]
    levels += [(f, other) for f, a in levels for other in as_change(f, a, counting)]
    levels += [(f, act) for f, a in levels for act in figure_acts(f, a, counting)]
    # "dead": see fatecounts.py; "for each Activision share": see unitprices.without_per()
    known = [(f, a, label_words(without_fate(without_per(f.label, a.unit, counting.language),
                                             a.unit, counting),
                                unit_counted(a.unit).removeprefix(ADDED), counting))
             for f, a in levels]
    own = functools.cache(lambda: own_of(explainer))  # what the story is about: when needed
    about = frozenset(counting.content_words(explainer.title))  # what every sentence is of
    dated = DatedLevels(explainer, units_of)  # "By 10 May, 126 had died", then 183 in August
    for where, place, text, event in passages(explainer) if known else ():
        if not may_count(text, counting):
            continue  # no number, in figures or in words, so no amount
        shown, clean = (read := readings.of_text(text)).shown, read.clean  # numbers as read
        part = functools.partial(speaks_of_part, clean, own=own, counting=counting)
        held = disagreements(read, known, counting, part, about)  # one amount a figure
        for offset, amount, figure in own_amounts(held, clean, known):
            if event is not None and event.passed(amount.unit, figure.label, counting) or \
                    moment_level((figure.label, next(w for f, _, w in known if f == figure)), [
                        a.value for f, a, _ in known if f == figure and a.unit == amount.unit],
                        amount.value, sentence_at(clean, offset), event is not None, counting) or \
                    of_another_day(dated, clean, offset, figure.label, counting) or \
                    dated.earlier(clean, offset, amount.unit, figure.label, counting) and \
                    not same_month(figure.label, sentence_at(clean, offset), counting.language):
                continue  # a level a later event gives anew; an event of another year or item
            written = as_read(text, shown, offset, offset + len(amount.written))
            yield Problem(explainer.display_path, *place.at(offset),
                          f"{where} says '{written}' but the key figure "
                          f"'{figure.label}' (line {figure.line}) says '{figure.value}'",
                          "make the text and the figure agree; if they count different "
                          "things, say so in the label", line_of(text, offset), "warning")


def disagreements(read: Reading, known: list[tuple[Figure, Amount, set[str]]], counting: Counting,
                  is_part: Callable[[int, Amount, Figure], bool], about: frozenset[str]
                  ) -> Iterator[tuple[int, Amount, Figure]]:
    """Yield (offset, amount, figure) for each amount of a text (its numbers as the patterns
    read them) that disagrees with a key figure of its round of a vote (rounds.py), and is no
    part of its whole (is_part tells, see parts.py: "China emitted 12.1 billion tonnes" of the
    world's 37.5). The whole of a part ("130 seats" of "won 61 of the 130 seats") is no second
    claim against the part's figure, nor a change's start ("to 5.5% from 5%"), nor one against a
    figure no larger than the part; a part of the figure's whole is not held, its sum is."""
    text, plain, lows = read.clean, counting.readable(read.clean), low_ends(known)
    # Found once an amount disagrees, rarely; or at once, to read a range's ends as a figure's.
    ranges = counting.ranges(text) if lows else None
    held: list[tuple[int, int, Figure]] = []  # the amounts held against a figure, and it
    parts: list[tuple[int, int, float]] = []  # every amount, where it is, and its number
    found = acts_counted(text, with_ordinals(text, read.stated, counting,
                                             [a for _, a, _ in known]), counting)
    sides = won_sides(found, text, counting) | result_sides(found, text, counting)  # results.py
    for index, (offset, amount) in enumerate(found):
        part = next((value for start, end, value in parts if start < offset < end), None)
        parts.append((offset, whole_after(text, found, index, counting), amount.value))
        ours = of_round(known, text, (offset, offset + len(amount.written)), counting)
        slip = side_slip(text, offset, amount, sides.get(offset), ours, counting)
        if slip is not None:  # a result's amount, held against its side's figure alone
            yield from ((offset, amount, f) for f, _, _ in slip[:1])
            continue
        low = low_end(text, offset, ranges or [])
        figure = disagreeing(plain, offset, amount, [
            k for k in ours if (part is None or k[1].value > part)
            and (low is None or lows.get(id(k[1]), low) == low)], counting, about)
        if figure is None or between_events(text, offset, amount, figure, counting):
            continue  # "four days before the landing" is a span between two events (spans.py)
        ranges = counting.ranges(text) if ranges is None else ranges
        if any(start <= offset < end for start, end in ranges) and not ranged(figure, counting):
            continue  # a bound of a range ("25% to 90%"), held only against another range
        if any(start < offset < end and figure is other for start, end, other in held) or \
                went_from(text, offset, [at for at, _, other in held if other is figure],
                          counting) or is_part(offset, amount, figure):
            continue  # a whole the figure does not count; a start: "to 5.5% from 5%"; a part
        held.append((offset, parts[-1][1], figure))
        yield offset, amount, figure


def side_slip(text: str, offset: int, amount: Amount, side: Side | None, known: Known,
              counting: Counting) -> Known | None:
    """Return the figures a result's amount (results.py) disagrees with; None if no result's."""
    if side is None:
        return None  # most amounts: nothing to look up
    qualifier = qualifier_around(text, offset, offset + len(amount.written), counting)
    return result_slip(side, of_unit(known, amount.unit), lambda held: any(fits_figure(
        qualifier, (amount.value,), f, a.value, counting) for f, a, _ in held))


def disagreeing(text: str, offset: int, amount: Amount, known: Known, counting: Counting,
                about: frozenset[str]) -> Figure | None:
    """Return the key figure an amount at offset, with the qualifier before it ("nearly"; the
    figure's own: qualified.py), disagrees with, or None. A figure is related when its label
    shares half its words with the sentence (levels.related_to()); a percentage of a whole is
    no share of another. None disagrees when a related one has the amount, nor one the sentence
    speaks past (beside.unspoken()), nor one of an earlier level (history.py, earlier_held()),
    one the clause says may be ("up to 10 years") unless a range, one of another kind."""
    if not (same_unit := of_unit(known, amount.unit)):
        return None  # no figure to compare it with, whatever is said before it
    qualifier = qualifier_around(text, offset, offset + len(amount.written), counting)  # "300여"
    values = sizes(amount, text, offset, counting)  # "a 15% fall", as "−15%" gives it too
    if all(fits_figure(qualifier, values, f, a.value, counting) for f, a, _ in same_unit):
        return None  # every one agrees: no related one differs
    around, clause = sentence_at(text, offset), clause_of(text, offset, counting)
    whole = whole_at(text, offset + len(amount.written), counting) \
        if amount.unit == PERCENT else set()  # "25% of the 4.4 million acre-feet"
    related = related_to(around, (amount.unit, whole), same_unit, counting, known, about)
    related = not_described(of_the_whole(whole_apart(related, whole, (text, offset, clause),
        counting), around, offset + len(amount.written) - sentence_start(text, offset), counting),
        text, offset, about, counting)  # "사망자 25명 중 18명이"
    span = (offset, offset + len(amount.written))
    if not related or any(fits_figure(qualifier, values, r[1], r[2].value, counting) for r in
                          not_beside(named_before(same_unit, related, around, counting), text,
                                     span, counting, amounts)):
        return None  # one has it: "at 5.25%" beside "Bank Rate before the cut, ..."
    alone = without_range(text, around, offset, counting)  # "4.5%–5%" gives no figure's 5%
    held = of_its_kind(not_beside(unspoken(related, alone, clause, amount.unit, counting),
                                  text, span, counting, amounts), text, span, around,
                       amount.unit, counting)
    _, figure, _, label = max(held or related, key=lambda r: len(r[0]))
    if held and said_otherwise(clause, label, counting.foreseen, counting) \
            and not ranged(figure, counting):
        return None  # what may be ("faces up to 10 years"), and the figure is no estimate
    if earlier_level(text, offset, clause, (label, amount.unit), counting, amounts):
        return earlier_held(named_before(same_unit, related, around, counting), text, span,
                            (around, clause), amount.unit, counting)  # "Bank Rate before ..."
    return figure if held else None


def earlier_held(named: list[Related], text: str, span: tuple[int, int],
                 sentence: tuple[str, str], unit: str, counting: Counting) -> Figure | None:
    """Return the figure an earlier level at span (in `sentence`, and clause) disagrees with,
    among those whose labels name that level (earlierfigures.py)."""
    around, clause = sentence
    return earlier_figure(of_its_kind(not_beside(named, text, span, counting, amounts),
                                      text, span, around, unit, counting),
                          text, span, clause, counting, amounts)


def of_its_kind(related: list[Related], text: str, span: tuple[int, int], around: str, unit: str,
                counting: Counting) -> list[Related]:
    """Return the related figures an amount (at span, in its sentence `around`) may be of: not
    of another kind (kinds.py), a change's beside a level (stated.py), another source's
    (attributed.py) or payer's (scopes.py), another item (series.py, ordinals.py), an occasion's
    part (occasions.py), a multiple's (multiples.py), another time's, one item of a total."""
    at = span[0] - max(text.rfind(around, 0, span[0] + len(around)), 0)  # in its sentence
    return [r for r in related if not kind_alone(text, span, r[3] | {unit}, counting)
            and not kind_apart(text, span, r[1].label, counting)
            and not joined_apart(text, span, r[1].label, counting)
            and not other_arm(around, at, r[1].label, counting.language)
            and not level_beside_change(unit, r[1].label, around, counting)
            and not another_source(text, span, r[1].label, counting)
            and not whose_apart(text, span, r[1].label, counting)
            and not occasion_part(text, span[0], r[1].label, counting)
            and not compared_only(text, span, r[0], counting)
            and not own_time_apart(text, span[1], r[1].label, counting.language)
            and not another_item(around, at, r[3], unit, counting, amounts)
            and not one_more(r[1].label, clause_at(around, at), counting)
            and not total_of_items(text, span, r[1].label, unit, counting)]


def figures_of(explainer: Explainer) -> list[Figure]:
    """Return the key figures of every figures section, in the file's order."""
    return [f for s in explainer.sections if isinstance(s, Figures) for f in s.items]

