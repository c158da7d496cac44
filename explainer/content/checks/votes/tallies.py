"""Tallies of a vote the prose gives otherwise than a key figure: "6-3" beside "a 5-4 decision".

A key figure is a tally when its value is two numbers of up to three digits joined by a hyphen
or a dash ("6-3", "51–49", "314-117") and its label says a vote or a decision ("the vote in
Trump v. United States"). The prose gives a tally only where its words say so: "in a 5-4
decision", "by a 7-2 vote", "a 5-4 ruling", "ruled 5-4", "Court rules 5-4", "split 5-4", "the
vote was 5-4", "the House passed the bill 314-117"; not a span of years ("2020-21"), a score ("a
2-1 win"), or a standing majority ("conservatives hold a 6-3 majority"). A tally of the prose
disagrees with the figure only if it counts as many votes (5-4 and 6-3 are nine judges' votes: a
Senate's 51-49 is another vote) or, none doing so and no abstention said, one more or fewer, or
any number where the figure is the only tally one whose label names the body the sentence
(beside another tally, its clause) names alone ("the court" beside "the justices"; not "the
appeals court"), no other tally figure counts as many, its sentence names no body the label does
not ("the court" beside "the committee's vote"), no case the label does not give is named near
it ("In a 7-2 ruling in United States v. Nixon"), and it is not a precedent's: where the prose
gives the figure's own tally too, a tally whose sentence says it was cast at another, earlier
time ("Decades ago, in a 5-4 ruling, it had ruled otherwise", "in 2020", "l'an dernier") is
another vote; one that says no such thing is the figure's, given otherwise ("a 5-4 ruling" in a
takeaway beside "6-3" in the dek). English spells it out too ("by 5 votes to 4", "by a vote of 5
to 4"). The other languages spell a tally out as their newsrooms do ("par 5 voix contre 4", "por
5 votos a 4", "mit 5 zu 4 Stimmen", "con 5 voti contro 4", "por 6 a 3"; its numbers in figures
or in words), or give it joined after a word of a decision ("une décision 6-3", "eine
Entscheidung von 6:3"). A tally of another number of votes that gives one side's very count
of the one such figure, in a sentence that gives most of its label's words, is the figure's
too ("253 voti a favore e 154 contrari" beside "235-154 | il voto di fiducia alla Camera").
Only the languages of the table below are read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ....errors import Problem
from ...context import line_of
from ...model import Explainer, Figure, Timeline
from ..amounts.claims import figures_of
from ..counting import counting_for

if TYPE_CHECKING:
    from ..counting import Counting
from ..texts.owntexts import passages
from ..texts.sentences import blank_out, clause_at, sentence_at, sentence_start
from .tallytimes import another_day, another_month, months_of
from .tallywords import WORDS, Words

# Two numbers joined by a hyphen, a dash or, as German writes a tally, a colon ("6:3").
# A chamber's may run to three digits ("314-117").
TALLY = re.compile(r"(?<![\w.,:-])(?P<more>\d{1,3})[-:\u2010\u2011\u2013\u2014]"
                   r"(?P<fewer>\d{1,3})(?![\w-]|[.,:]\d)")
YEAR = re.compile(r"(?<![\w.,-])(?:1[89]|20)\d\d(?![\w-]|[.,]\d)")


NEAR = 120  # the characters around a tally in which a case it may be of is named
CASE = re.compile(r"(?-i:[A-Z])[\w.'\u2019-]*\s+v(?:s)?\.?\s+(?-i:[A-Z])[\w.'\u2019-]*")


def votes(more: str, fewer: str, number: Callable[[str], int | None] = int
          ) -> tuple[int, int] | None:
    """Return a tally as its two numbers, the larger first ("3-6" is "6-3"), as number reads
    them in figures or in words; None if it reads one as none ("por meio a meio")."""
    first, second = (int(said) if said.isdigit() else number(said) for said in (more, fewer))
    if first is None or second is None:
        return None
    return max(first, second), min(first, second)


def tally_figures(explainer: Explainer, says_vote: re.Pattern[str]
                  ) -> list[tuple[Figure, tuple[int, int]]]:
    """Return the key figures that are tallies of a vote, with their two numbers."""
    found = []
    for figure in figures_of(explainer):
        value = TALLY.fullmatch(figure.value.strip())
        own = votes(value["more"], value["fewer"]) if value is not None else None
        if own is not None and says_vote.search(figure.label):
            found.append((figure, own))
    return found


def tallies_in(text: str, words: Words) -> Iterator[re.Match[str]]:
    """Yield the tallies of votes a text gives, as its words say they are: spelled out ("par 5
    voix contre 4"), or joined ("5-4") where the words around say a vote, in the text's order."""
    found = [match for form in words.spelled for match in form.finditer(text)]
    for match in TALLY.finditer(text):
        if any(other.start() <= match.start() < other.end() for other in found):
            continue  # the "6:3" of "mit 6:3 Stimmen"
        before = text[max(match.start() - 60, 0):match.start()]
        lead = words.before.search(before)
        noun = words.after.match(text, match.end())
        if lead is not None and noun is not None and (
                lead["by"] or not words.held.fullmatch(noun["noun"])) \
                or words.alone.search(before):
            found.append(match)
    yield from sorted(found, key=lambda match: match.start())


def earlier(sentence: str, words: Words, year: int, own: str) -> bool:
    """Tell whether a sentence says it is of another, earlier time than own, the sentences
    that give a figure's tally: by its words ("ago", "had"), or by a year before the
    explainer's that own does not name."""
    return words.earlier.search(sentence) is not None or any(
        int(found) < year and found not in YEAR.findall(own)
        for found in YEAR.findall(sentence))


def alike_figures(tally: tuple[int, int], sentence: str,
                  figures: list[tuple[Figure, tuple[int, int]]], words: Words,
                  reading: tuple[str, Callable[[str], set[str]]]
                  ) -> list[tuple[Figure, tuple[int, int]]]:
    """Return the tally figures that may count the vote a sentence gives: those of as many
    votes, or, where none is and the sentence says no one abstained, of one vote more or
    fewer (a member's vote miscounted), or else the figure whose label names the body its own
    words (reading: them and the language's content words) do ("the Senate passed it 63-33"
    beside "the Senate vote"), or else one of a side's very count (one_side_alike()); never
    one whose label names no body the sentence names ("the Supreme Court, by a 6-3 majority"
    beside "the committee's vote")."""
    own, content_words = reading
    alike = [(figure, own) for figure, own in figures if sum(own) == sum(tally)]
    if not alike and not words.abstained.search(sentence):
        alike = [(figure, own) for figure, own in figures if abs(sum(own) - sum(tally)) == 1] \
            or [(figure, votes) for figure, votes in figures
                if same_body(own, figure.label, words)]
    alike = alike or one_side_alike(tally, own, figures, content_words)
    return [(figure, own) for figure, own in alike
            if not another_body(sentence, figure.label, words)]


def one_side_alike(tally: tuple[int, int], own: str,
                   figures: list[tuple[Figure, tuple[int, int]]],
                   content_words: Callable[[str], set[str]]
                   ) -> list[tuple[Figure, tuple[int, int]]]:
    """Return the tally figures that share one side's very count with a tally, whose label's
    words its own words (own) give, more than half of them and two at least: "253 voti a
    favore e 154 contrari" of "la Camera ha votato la fiducia" beside "il voto di fiducia
    alla Camera", 235-154, slips on the other side."""
    said = content_words(own)
    return [(figure, votes) for figure, votes in figures
            if (votes[0] == tally[0]) != (votes[1] == tally[1])
            for label in [content_words(figure.label)]
            if len(label & said) >= max(2, len(label) // 2 + 1)]


def bodies_named(text: str, words: Words) -> set[int]:
    """Return the voting bodies a text names, by their place in the language's table."""
    return {index for index, body in enumerate(words.bodies) if body.search(text)}


def another_body(sentence: str, label: str, words: Words) -> bool:
    """Tell whether a sentence names a voting body ("the court") and a label names only
    others ("the committee's vote")."""
    named = [bodies_named(text, words) for text in (sentence, label)]
    return all(named) and not named[0] & named[1]


def same_body(sentence: str, label: str, words: Words) -> bool:
    """Tell whether a sentence names the voting body its label names ("the court" and "the
    vote of the justices"), and none the label does not: its vote is the figure's, however
    many votes it counts; not a lower court's ("the appeals court split 2-1")."""
    named, its = bodies_named(sentence, words), bodies_named(label, words)
    return bool(named & its) and named <= its


def check_tallies(explainer: Explainer) -> Iterator[Problem]:
    """Warn where the prose gives a tally of votes that a key figure gives otherwise."""
    language = explainer.language.split("-")[0].lower()
    words, counting = WORDS.get(language), counting_for(language)
    figures = tally_figures(explainer, words.vote) if words and counting else []
    if not figures or words is None or counting is None:
        return
    said = [(where, place, text, clean, match, tally)
            for where, place, text, _ in passages(explainer)
            for clean in [blank_out(text)] for match in tallies_in(clean, words)
            for tally in [votes(match["more"], match["fewer"], counting.word_value)] if tally]
    given = {tally: " ".join(sentence_at(clean, match.start()) for *_, clean, match, same
                             in said if same == tally) for *_, tally in said}
    months = tally_months(explainer, said, words, counting)
    for where, place, text, clean, match, tally in said:
        sentence = sentence_at(clean, match.start())
        alike = alike_figures(tally, sentence, figures, words,
                              (own_words(clean, match), counting.content_words))
        # Around it, not its sentence: the point of "v." ends no sentence.
        alike, told, near = by_act(alike, clean, match, words) if len(alike) > 1 else (
            alike, sentence, (max(match.start() - NEAR, 0), match.end() + NEAR))
        if len(alike) != 1 or alike[0][1] == tally or alike[0][1] in given and earlier(
                told, words, explainer.published.year, given[alike[0][1]]):
            continue  # another vote, the figure's own tally, or a precedent's beside it
        if another_month(own_words(clean, match), months.get(alike[0][1], set()),
                         explainer.language):
            continue  # "In June the committee voted 7-2 to hold", beside August's 5-4
        if another_day(own_words(clean, match), alike[0][0].label, explainer):
            continue  # "struck down the loan plan on June 30", the Harvard case's June 29
        figure = alike[0][0]
        if any(case[0] not in figure.label for case in CASE.finditer(clean, *near)):
            continue  # a vote in another case: "in United States v. Nixon"
        yield Problem(explainer.display_path, *place.at(match.start()),
                      f"{where} says '{match[0]}' but the key figure '{figure.label}' "
                      f"(line {figure.line}) says '{figure.value.strip()}'",
                      "make the text and the figure agree; if they are two votes, say so "
                      "in the label", line_of(text, match.start()), "warning")


def by_act(alike: list[tuple[Figure, tuple[int, int]]], text: str, match: re.Match[str],
           words: Words) -> tuple[list[tuple[Figure, tuple[int, int]]], str, tuple[int, int]]:
    """Of the tally figures that may count a vote, keep the one whose label names the act the
    tally's part of its sentence says it was cast for ("voted 7-2 to uphold the law, and 5-4 to
    overrule Roe" beside "the vote to uphold Mississippi's law"), if one alone does; return
    it, the words its time is read in (its sentence up to that act: "Roe, the 1973 decision
    that had protected the right" tells Roe's time, not the vote's), and where cases it may be
    of are named (that part: "Roe v. Wade" after "and 5-4 to overrule" is the other vote's)."""
    start, end = act_part(text, match, words)
    named = [found for act in words.acts for found in [act.search(text, start, end)]
             if found and act.search(text, match.start(), match.end()) is None]
    kept = [(figure, own) for figure, own in alike
            if any(found.re.search(figure.label)
                   for found in named)]
    if len(kept) != 1:
        return alike, sentence_at(text, match.start()), (start, end)
    acted = min(found.start() for found in named if found.re.search(kept[0][0].label))
    return kept, text[sentence_start(text, match.start()):acted], (start, end)


def act_part(text: str, match: re.Match[str], words: Words) -> tuple[int, int]:
    """Return where the part of a tally's sentence that says its act starts and ends: between
    the stops and the words that join the acts of a sentence ("upheld the ban by six votes to
    three and overruled Roe by five to four"), NEAR characters either side at most."""
    reach = max(match.start() - NEAR, 0)
    start = max((found.end() for found in words.joined.finditer(text, reach, match.start())),
                default=reach)
    end = next((found.start() for found in words.joined.finditer(
        text, match.end(), match.end() + NEAR)), min(len(text), match.end() + NEAR))
    return start, end


def tally_months(explainer: Explainer, said: list[Any], words: Words, counting: Counting
                 ) -> dict[tuple[int, int], set[int]]:
    """Return the months in which each tally the explainer gives was cast, as far as it says:
    those the clauses that give it name, and those of the timeline's events that give it (as
    two numbers joined: a title need not say it is a vote, "cuts rates to 5% by 5-4")."""
    found: dict[tuple[int, int], set[int]] = defaultdict(set)
    for *_, clean, match, tally in said:
        found[tally] |= months_of(own_words(clean, match), explainer.language)
    for section in explainer.sections:
        for event in section.events if isinstance(section, Timeline) else ():
            for match in (m for text in (event.title, event.text)
                          for m in TALLY.finditer(blank_out(text))):  # its title says a vote
                tally = votes(match["more"], match["fewer"], counting.word_value)
                if tally and event.date.month:
                    found[tally].add(event.date.month)
    return found


def own_words(text: str, match: re.Match[str]) -> str:
    """Return the words a tally's time is read in: its sentence, or its clause where the
    sentence gives another tally ("7-2 in June to hold, then 5-4 in August to cut")."""
    sentence = sentence_at(text, match.start())
    return clause_at(text, match.start()) if len(TALLY.findall(sentence)) > 1 else sentence
