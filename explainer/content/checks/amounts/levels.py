"""What an amount's sentence speaks of, beyond the words it shares with a figure's label.

A sentence relates an amount to a key figure by the words of the figure's label that it has
(see claims.disagreeing()). Some of its words speak of other things:

- what a percentage is of ("6% of Ostrava's imports", "31% of spending") is a whole, not the
  share's subject: its words relate the amount only to a figure whose label is of them too
  ("share of world GDP held by G20 economies" beside "80% of world GDP");
- a name of two capitalised words or more ("Norden Ports") is one thing: its words relate the
  amount only to a label that has them all ("pledged by the United States"), not to "the port".
  A sentence that calls a label's name by its last word ("Lima" of "Joao Lima") has it all.

An amount that tells a figure's history is not its level now (see history.py). One added to
a level ("another 200 officers", "200 more officers") is not the level either, but what is
added. What a label says its figure is, beyond its words (a threshold, a bound set, one of
several of a kind), may speak past a sentence that shares its words (see kinds.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..counting import Counting
from ..texts.changes import change_named
from ..texts.conjunctions import joined_to
from ..texts.measures import is_measure
from ..texts.textnames import (
    WORD,
    capitalised,
    kin,
    lone_capitals,
    nationals_named,
    numbered_apart,
    surname_of,
)
from ..votes.voteshares import whole_won
from .actornames import POSSESSIVE, names_of, opening, opening_name, opening_pair
from .fatecounts import fate_unsaid
from .kinds import another_kind, head_alone, names_alone, stop_at_function_word
from .ordinals import another_numbered
from .partwords import event_places
from .rates import unit_counted
from .times import dated_words, named_times, other_time, time_words, weekday_names
from .wholes import listed_whole, names_head

if TYPE_CHECKING:
    from ...model import Figure
    from ..texts.counted import Amount

    Known = list[tuple[Figure, Amount, set[str]]]  # figures, their amounts and label words
    # A figure a sentence speaks of: the words shared, the figure, its amount, its label's words.
    Related = tuple[set[str], Figure, Amount, set[str]]

    Amounts = Callable[[str, Counting], Iterator[tuple[int, Amount]]]

# A run of capitalised words on one line: "Norden Ports", "The United States". Not a word all
# in capitals ("US"), which is a name of its own.
NAME = re.compile(r"(?<![\w'\u2019-])[A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ][\w'\u2019-]*"
                  r"(?:[ \u00a0][A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ][\w'\u2019-]*)+")
# What opens the unit of an amount added to a level ("another 200 officers"), which is held
# only against figures added to one ("more Kenyan officers due later that week").
ADDED = "+"


@dataclass(frozen=True)
class Subject:
    """A sentence's words that may relate it to a figure: common, its names', its wholes'."""

    common: set[str]
    names: list[set[str]]
    wholes: set[str]
    capitals: frozenset[str] = frozenset()  # its capitalised words, the first one too
    # The first words of its names of two words or more: "Anies" of "Anies Baswedan".
    firsts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, sentence: str, unit: str, counting: Counting) -> Subject:
        """Read a sentence around an amount of the given unit."""
        spans, wholes = [], set()
        for match in counting.percent.finditer(sentence):
            whole = counting.share_of.match(sentence, match.end())
            if whole is not None:
                said = stop_at_function_word(whole["whole"], counting)
                spans.append((whole.start(), whole.start("whole") + len(said)))
                wholes |= counting.content_words(said)
            else:  # "Labour took 33.7%": a share of the vote
                wholes |= whole_won(sentence, match.start(), counting)
        # A heading's capitals, or German's, which capitalises every noun, make no name.
        names = [] if counting.capitalised_nouns or title_case(sentence) \
            else list(NAME.finditer(sentence))
        spans += [name.span() for name in names]
        unit = unit_counted(unit).removeprefix(ADDED)
        common = counting.content_words(blank(sentence, spans)) - {unit}
        capitals = frozenset() if counting.capitalised_nouns or title_case(sentence) \
            else frozenset(lone_capitals(sentence, counting.stop_words))
        firsts = frozenset(word for name in names if len(name[0].split()) > 1
                           for word in counting.content_words(name[0].split()[0]))
        return cls(common, [counting.content_words(name[0]) for name in names], wholes,
                   capitals, firsts)

    def shared(self, label: set[str], whole: set[str], about: frozenset[str] = frozenset(),
               times: set[str] | frozenset[str] = frozenset(), listed: frozenset[str] = frozenset()
               ) -> set[str]:
        """Return the words of a label (whose percentage is of whole) that the sentence has;
        and those of what the story is about (about), which every sentence of it speaks of,
        once it has every other word of the label, but those of the label's time (times): the
        title says no more than the sentence leaves out; nor than the rest of a list of the
        label one of whose words it names (listed: conjunctions.joined_to())."""
        words = self.common | (self.wholes & whole)
        for name in self.names:  # a name whole, or called by its first word alone
            if name <= label or name & label & self.firsts:
                words |= name & label
        own = label - about - times
        if own and own <= listed:  # all of "fraud and conspiracy", a list the title names
            return words & label | own | about & label
        return words & label | (about & label if own and own <= words else set())

    def called(self, label: str, counting: Counting) -> set[str]:
        """Return the words of the names of two words or more in a label ("Joao Lima") that
        the sentence calls by their last word, capitalised, as a story names a person again
        ("Lima scored 9 goals"), or by their nationals ("the Americans": see nationals())."""
        return {word for name in NAME.finditer(label)
                if name[0].split()[-1].lower() in self.capitals
                for word in counting.content_words(name[0])} | \
            counting.content_words(" ".join(nationals_named(self.capitals, label, counting)))


def related_to(sentence: str, amount: tuple[str, set[str]], known: Known, counting: Counting,
               every: Known | None = None, about: frozenset[str] = frozenset()
               ) -> list[Related]:
    """Return (shared words, figure, amount, label words) for each known figure a sentence
    speaks of, about an amount (its unit, and the words of the whole it is a percentage of):
    whose label shares half its words at least, is no share of another whole, of no kind (see
    kinds.py) and no time (times.other_time()) the sentence does not speak of; the words
    shared are not a time's alone, nor, for a measure, only whose it is (kinds.names_alone()).
    A change meets a label's noun of one (changes.change_named()); a label of the amount's noun
    alone, or with a time ("deaths in 2024"), is of every amount of it. Every label's names say
    which opening word is a name; the story's title words (about) are the sentence's too, once
    it shares a word of its own and names no one the label and title do not ("Reform UK won
    14.3%" is no "share of the vote of the Labour Party"; "In November" names no one)."""
    unit, whole = amount
    subject = Subject.of(sentence, unit, counting)
    # No noun says what a measure is; a percentage the sentence gives no whole is the share of
    # whatever the label names ("PiS won 37.4%" beside "support for PiS").
    counted = unit_counted(unit).removeprefix(ADDED)
    measured = is_measure(counted) and (counted != "%" or bool(whole))
    names = {name for f, _, _ in every or known for name in label_names(f.label)}
    named = sentence_names(sentence, subject, counting)  # the title speaks of none the label lacks
    return [(shared, f, a, label) for f, a, label in known
            if not other_whole(whole, its := whole_of(f.label, counting))
            and (half_shared(shared := subject.shared(
                label, its, about if named <= label | about else frozenset(), time_words(
                    f.label, counting), frozenset(joined_to(f.label, about, counting.content_words,
                                                            counting.language)))
                | subject.called(f.label, counting) & label
                | (changed := change_named(f.label, unit, counting) & label), label, counting)
                 and shared - dated_words(f.label, counting) - changed  # not "a year before"
                 or not label - dated_words(f.label, counting) and (shared := {counted}))
            and not head_alone(f.label, label, shared, counting)
            and not another_kind(f.label, label, sentence, counting)
            and not fate_unsaid(f.label, unit, sentence, counting)
            and not other_time(f.label, sentence, counting.language)
            and not another_numbered(f.label, sentence, counting)
            and not names_another(sentence, f.label, counting, names)
            and not (measured and names_alone(shared, label, name_words(f.label, counting),
                                              f.label, bool(whole), counting))]


def sentence_names(sentence: str, subject: Subject, counting: Counting) -> set[str]:
    """Return the words of the names a sentence gives: its capitalised words but times', and
    the countries and organisations it names."""
    times = named_times(sentence, counting.language)[1] | weekday_names(counting.language).keys()
    return counting.content_words(" ".join([*subject.capitals - times, *names_of(
        sentence, counting.language).values()]))


def names_another(sentence: str, label: str, counting: Counting, names: set[str]) -> bool:
    """Tell whether a sentence names one thing where a label names another: the label has a
    name that the sentence lacks, and the sentence one the label lacks ("na Câmara, 312
    votos a favor" beside "votos a favor no Senado"; "Canada put a 25% tariff on American
    goods" beside "China's tariff on American goods", whatever else both name); the places of an
    event set after an amount are the event's ("before his arrest in Serbia"). A name and a
    word made from it are one ("Kenya", "Kenyan officers"); a word in capitals may stand for
    words ("US", "United States"), so is left out; a heading's capitals, and German's nouns,
    name nothing. A country or an organisation that opens a text is a name too, and so is a
    word that opens it where the figures' labels write it as a name ("Florida requires 60%"
    beside "share Florida's amendment needed"), as is "Anies Baswedan" beside "Anies–Muhaimin"."""
    if numbered_apart(sentence, label, counting):
        return True
    language = counting.language
    sentence = blank(sentence, event_places(sentence, language))  # "before his arrest in Serbia"
    if actors_apart(label, sentence, language):
        return True
    if counting.capitalised_nouns or title_case(sentence):
        return False
    # A month or a day of the week is a time, not a thing: "after the September meeting",
    # "voted on Wednesday" name no one.
    theirs = (label_names(label) | opening_name(label, language)) - named_times(label, language)[1]
    ours = names_in(sentence) | opening_name(sentence, language) | opening(sentence, names) \
        | opening_pair(sentence, counting.stop_words)
    ours -= named_times(sentence, language)[1] | weekday_names(language).keys()
    ours = {name for name in ours if not surname_of(sentence, name, theirs)}
    return any(not kin([name], sentence, language) for name in theirs) and \
        any(not kin([name], label, language) for name in ours)


def actors_apart(label: str, sentence: str, language: str) -> bool:
    """Tell whether a label and a sentence name countries or organisations, none the same,
    by their names or in capitals ("US unemployment rate" beside "Canada's unemployment
    rate was 6.6%")."""
    theirs = names_of(label, language).keys()
    return bool(theirs) and bool(ours := names_of(sentence, language).keys()) and \
        not theirs & ours


def names_in(text: str) -> set[str]:
    """Return a text's names (textnames.capitalised()), lowercased; not one in capitals, "US"."""
    return {word.lower() for word in capitalised(text) if not word.isupper()}


def whole_apart(related: list[Related], whole: set[str], at: tuple[str, int, str],
                counting: Counting) -> list[Related]:
    """Return the related figures a percentage of a whole (its words, or its list's: wholes.py)
    may be: a label of no whole that lacks its words, where its clause names the label's head
    ("won 33% of the vote in the first round" is no "turnout in the first round"; "the tariff
    is 20% of the value of imported steel" is the "tariff on imported steel")."""
    whole, near = whole or listed_whole(*at[:2], counting), counting.content_words(at[2])
    return [r for r in related if not whole or whole & r[3] or whole_of(r[1].label, counting)
            or names_head(r[1].label, near, counting)]


def half_shared(shared: set[str], label: set[str], counting: Counting) -> bool:
    """Tell whether the words shared are half a label's at least, one at least (words_in())."""
    return counting.words_in(shared) >= max(1, (counting.words_in(label) + 1) // 2)


def of_unit(known: Known, unit: str) -> Known:
    """Return the figures an amount of a unit is held against: those of its unit, and those
    added to a level of it ("Fewer than 150 officers are due" beside "more officers due
    later"); one added to a level is held against the latter alone (its unit says so)."""
    return [(f, a, label) for f, a, label in known if a.unit in (unit, ADDED + unit)]


def label_names(label: str) -> set[str]:
    """Return a label's names (see names_in()) and the word that opens it, capitalised: a
    label goes on from its figure's value ("411 seats won by Labour"), so a capital that opens
    it is a name's ("Reform UK's share of the vote"), unless all its words have one."""
    first = next(iter(WORD.findall(label)), "")
    named = first[:1].isupper() and not first.isupper() and not title_case(label)
    return names_in(label) | ({first.lower()} if named else set())


def name_words(label: str, counting: Counting) -> set[str]:
    """Return the stems of the words of a label's names (see label_names(); not a word in
    capitals, "IT" of "IT budget", which may stand for words); in German, which capitalises
    every noun, of the countries and organisations it names."""
    names = {word.lower() for name in names_of(label, counting.language).values()
             for word in name.split()} if counting.capitalised_nouns else label_names(label)
    spans = [word.span() for word in WORD.finditer(label)
             if word[0].lower() in names or POSSESSIVE.sub("", word[0]).lower() in names]
    return counting.content_words(label) - counting.content_words(blank(label, spans))


def other_whole(whole: set[str], its: set[str]) -> bool:
    """Tell whether two wholes percentages are of (their words) are named and share no word."""
    return bool(whole and its) and not whole & its


def whole_at(text: str, end: int, counting: Counting) -> set[str]:
    """Return the words of what the percentage ending at end is of ("80% of world GDP"), if any."""
    whole = counting.share_of.match(text, end)
    return set() if whole is None else \
        counting.content_words(stop_at_function_word(whole["whole"], counting))


def whole_of(label: str, counting: Counting) -> set[str]:
    """Return the words of what a label's percentage is of ("share of world GDP"); where the
    language names it after the share's holder, those after it ("part de la France dans
    l'enveloppe totale": the envelope, not France). A label goes on from its figure's value,
    so one that opens with the whole names it too ("of the vote for Brothers of Italy")."""
    label = " " + label  # the blank between the value and its label
    found = list(counting.share_in.finditer(label)) if counting.share_in else []
    return {word for match in found or counting.share_of.finditer(label)
            for word in counting.content_words(stop_at_function_word(match["whole"], counting))}


def title_case(sentence: str) -> bool:
    """Tell whether most of a sentence's words are capitalised, as a heading's: no run a name."""
    words = WORD.findall(sentence)
    return 2 * sum(word[0].isupper() for word in words) > len(words)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the given spans of a text by spaces."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
