"""Tallies of a vote the prose gives otherwise than a key figure: "6-3" beside "a 5-4 decision".

A key figure is a tally when its value is two small numbers joined by a hyphen or a dash
("6-3", "51–49") and its label says a vote or a decision ("the vote in Trump v. United States").
The prose gives a tally only where its words say so: "in a 5-4 decision", "by a 7-2 vote", "a
5-4 ruling", "ruled 5-4", "Court rules 5-4"; not a span of years ("2020-21"), a score ("a 2-1
win"), or a standing majority ("conservatives hold a 6-3 majority"). A tally of the prose
disagrees with the figure only if it counts as many votes (5-4 and 6-3 are nine judges' votes:
a Senate's 51-49 is another vote), no other tally figure counts as many, no case the label does
not give is named near it ("In a 7-2 ruling in United States v. Nixon"), and the prose nowhere
gives the figure's own tally, beside which the other tallies are other votes (a precedent's).
Only the languages of the table below are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..errors import Problem
from .claims import figures_of, passages
from .context import spot
from .model import Explainer, Figure
from .sentences import blank_out

TALLY = re.compile(r"(?<![\w.,-])(?P<more>\d{1,2})[-\u2010\u2011\u2013\u2014]"
                   r"(?P<fewer>\d{1,2})(?![\w-]|[.,]\d)")


class Words(NamedTuple):
    """A language's words of tallies: in a label, what says a vote or a decision; in the
    prose, what comes before a tally and after it ("in a" 5-4 "decision"), what says a vote
    before it alone ("ruled" 5-4), and the nouns that need "in a" or "by a" ("majority")."""

    vote: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    alone: re.Pattern[str]
    held: re.Pattern[str]


WORDS = {
    "en": Words(re.compile(r"\b(?:vot(?:e|es|ed|ing)|decision|ruling|verdict|majority|split)\b",
                           re.IGNORECASE),
                re.compile(r"(?<!\w)(?P<by>(?:in|by)\s+)?an?\s+\Z", re.IGNORECASE),
                re.compile(r"\s+(?P<noun>decision|ruling|vote|verdict|majority)(?!\w)",
                           re.IGNORECASE),
                re.compile(r"(?<!\w)(?:rul|vot|decid|sid)(?:es|ed)\s+\Z", re.IGNORECASE),
                re.compile(r"majority", re.IGNORECASE)),
}
NEAR = 120  # the characters around a tally in which a case it may be of is named
CASE = re.compile(r"(?-i:[A-Z])[\w.'\u2019-]*\s+v(?:s)?\.?\s+(?-i:[A-Z])[\w.'\u2019-]*")


def votes(more: str, fewer: str) -> tuple[int, int]:
    """Return a tally as its two numbers, the larger first ("3-6" is "6-3")."""
    first, second = int(more), int(fewer)
    return max(first, second), min(first, second)


def tally_figures(explainer: Explainer, says_vote: re.Pattern[str]
                  ) -> list[tuple[Figure, tuple[int, int]]]:
    """Return the key figures that are tallies of a vote, with their two numbers."""
    found = []
    for figure in figures_of(explainer):
        value = TALLY.fullmatch(figure.value.strip())
        if value is not None and says_vote.search(figure.label):
            found.append((figure, votes(value["more"], value["fewer"])))
    return found


def tallies_in(text: str, words: Words) -> Iterator[re.Match[str]]:
    """Yield the tallies of votes a text gives, as its words say they are."""
    for match in TALLY.finditer(text):
        before = text[max(match.start() - 20, 0):match.start()]
        lead = words.before.search(before)
        noun = words.after.match(text, match.end())
        if lead is not None and noun is not None and (
                lead["by"] or not words.held.fullmatch(noun["noun"])) \
                or words.alone.search(before):
            yield match


def check_tallies(explainer: Explainer) -> Iterator[Problem]:
    """Warn where the prose gives a tally of votes that a key figure gives otherwise."""
    words = WORDS.get(explainer.language.split("-")[0].lower())
    figures = tally_figures(explainer, words.vote) if words else []
    if not figures or words is None:
        return
    said = [(where, line, spans_lines, text, clean, match)
            for where, line, spans_lines, text, _ in passages(explainer)
            for clean in [blank_out(text)] for match in tallies_in(clean, words)]
    given = {votes(match["more"], match["fewer"]) for *_, match in said}
    for where, line, spans_lines, text, clean, match in said:
        tally = votes(match["more"], match["fewer"])
        alike = [(figure, own) for figure, own in figures if sum(own) == sum(tally)]
        if len(alike) != 1 or alike[0][1] == tally or alike[0][1] in given:
            continue  # another vote, or the figure's own tally, given here or elsewhere
        figure = alike[0][0]
        # Around it, not its sentence: the point of "v." ends no sentence.
        near = clean[max(match.start() - NEAR, 0):match.end() + NEAR]
        if any(case[0] not in figure.label for case in CASE.finditer(near)):
            continue  # a vote in another case: "in United States v. Nixon"
        lines, column = spot(clean, match.start()) if spans_lines else (0, None)
        yield Problem(explainer.display_path, line + lines, column,
                      f"{where} says '{match[0]}' but the key figure '{figure.label}' "
                      f"(line {figure.line}) says '{figure.value.strip()}'",
                      "make the text and the figure agree; if they are two votes, say so "
                      "in the label", text.split("\n")[lines], "warning")
