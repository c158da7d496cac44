"""How much work an explainer's Markdown may ask of the parser: in proportion to its length.

Python-Markdown reads the rest of a paragraph again for every bracket, backtick or tag left
open, copies a paragraph again for every piece of syntax it replaces, splits a block again for
every rule, heading or definition in it, and recurses once per level of nesting. So a few
kilobytes of '[' take minutes, and a few hundred levels of lists overflow the stack. The work
of each text is estimated here in one pass, before the parser sees it; an explainer whose texts
ask for more than their length allows is refused, with the place and the fix.

The functions below read a text framed by a line break in front, so that the start of every
line follows one (the regular expressions find those fastest); offsets are into that frame.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import NamedTuple

from .syntax import (
    BACKTICKS,
    BRACKETS,
    DEFINITION,
    ESCAPED,
    FENCE,
    INLINE_SYNTAX,
    INLINE_SYNTAX_CHARS,
    MAY_SPLIT,
    NESTING,
    SPLITTING_LINE,
    TAG,
    TAG_OPEN,
    pairs,
    paragraphs,
)

MAX_DEPTH = 16  # levels of quotes and lists; brackets or link parentheses open at once
MAX_DEFINITIONS = 64  # lines ': ' in one block: the parser recurses once for each
# The work one explainer's Markdown may cost, in units of about a nanosecond of parsing: a
# fixed allowance (a second or so) and so much per character of the file, less than what the
# parser spends on a character of ordinary prose. A text whose bound is within a quarter of its
# own share is charged that bound without a closer look.
WORK_BASE = 1_000_000_000
WORK_PER_CHAR = 2_000
FAST = WORK_PER_CHAR // 4
# The cost of one character read again by the parser's loops, copied, split again or read
# again by its regular expressions.
RESCAN, COPY, SPLIT, SCAN = 300, 4, 16, 200
# The start of a line nested in quotes or lists: '>', list markers and indentation.
DEEP_PREFIX = re.compile(rf"\n[ \t>*+\-\d.)]{{{MAX_DEPTH},}}")
# What is left open, and what the parser does about it.
OPEN = {
    "[": "{count} '[' without a ']' to close them in the same paragraph: Markdown reads the "
         "rest of the paragraph again for each",
    "(": "{count} links whose '(' has no ')' to close it in the same paragraph: Markdown reads "
         "the rest of the paragraph again for each",
    "`": "{count} code spans whose backticks are not closed in the same paragraph: Markdown "
         "reads the rest of the paragraph again for each",
    "<": "{count} '<' not closed by a '>' before the next '<': Markdown reads on to a '>' for "
         "each",
}
HINTS = {
    "[": "close each '[' with ']', or write '\\[' for a bracket meant as text",
    "(": "close each link's address with ')'",
    "`": "close each code span with as many backticks as open it, or write '\\`'",
    "<": "close each tag with '>', or write '&lt;' for a '<' meant as text",
}


@dataclass(frozen=True)
class Excess:
    """Where a text asks too much of the parser, what it is and how to fix it."""

    offset: int  # characters into the text
    message: str
    hint: str


class Work(NamedTuple):
    """The estimated cost of one kind of work for a text, and what to blame if it is too much."""

    cost: int
    excess: Excess | None
    over: bool = False  # past a limit of its own, however much of the allowance is left


NO_WORK = Work(0, None)


class Allowance:
    """The parser work one explainer file's Markdown may still ask for."""

    def __init__(self, size: int) -> None:
        self.left = WORK_BASE + WORK_PER_CHAR * size

    def take(self, text: str) -> Excess | None:
        """Charge a text's work to the allowance; return what makes it too much, or None."""
        framed = "\n" + text
        excess = nesting(framed) or self.charge(framed)
        return dataclasses.replace(excess, offset=max(excess.offset - 1, 0)) if excess else None

    def charge(self, text: str) -> Excess | None:
        """Charge the work of a framed text; return what makes it too much, or None."""
        rescan = rescans(text, self.left)
        if rescan.over:
            return rescan.excess
        works = [rescan, copies(text), splits(text), fences(text)]
        left, self.left = self.left, self.left - sum(work.cost for work in works)
        if self.left >= 0:
            return None
        # Blame the first kind of work that is too much alone, else the costliest.
        return next((work for work in works if work.cost > left),
                    max(works, key=lambda work: work.cost)).excess


def nesting(text: str) -> Excess | None:
    """Find a line nested too deep in quotes and lists, or too many definitions in a block."""
    for deep in DEEP_PREFIX.finditer(text):
        start = deep.start() + 1
        line_end = text.find("\n", start)
        line = text[start:line_end if line_end >= 0 else len(text)]
        depth, end = 0, 0
        for marker in NESTING.finditer(line):
            if marker.start() != end:
                break
            depth, end = depth + 1, marker.end()
        indent = len(line) - len(line.lstrip(" \t"))
        depth = max(depth, len(line[:indent].expandtabs(4)) // 4)
        if depth > MAX_DEPTH:
            return Excess(start, f"a line nested {depth} levels deep in quotes and lists, more "
                          f"than {MAX_DEPTH}", f"nest quotes and lists at most {MAX_DEPTH} "
                          "levels deep (each '>', list marker and 4 spaces of indentation is "
                          "a level)")
    if len(DEFINITION.findall(text)) > MAX_DEFINITIONS:
        for start, end in paragraphs(text):
            found = len(DEFINITION.findall(text, start, end))
            if found > MAX_DEFINITIONS:
                return Excess(start + 1, f"{found} definitions (lines ': ') in one block, more "
                              f"than {MAX_DEFINITIONS}",
                              "put a blank line between groups of definitions")
    return None


@dataclass
class Tally:
    """What one kind of opening costs in a text: characters read again, and how many stay open."""

    cost: int = 0
    open: int = 0
    first_open: int = 0

    def add(self, at: int, cost: int, left_open: bool) -> None:
        """Count one opening: where it is, what reading on from it costs, whether it is closed."""
        self.cost += cost
        if left_open:
            self.first_open = self.first_open if self.open else at
            self.open += 1


def rescans(text: str, limit: int) -> Work:
    """Estimate what the parser reads again for brackets, code spans and tags left open."""
    if not ("[" in text or "`" in text or "<" in text):
        return NO_WORK
    clean = ESCAPED.sub("  ", text) if "\\" in text else text
    tallies = {char: Tally() for char in "[(`<"}
    for start, end in paragraphs(clean):
        if "[" in clean[start:end] or "`" in clean[start:end]:
            deep = open_brackets(clean, start, end, tallies)
            if deep is not None:
                return Work(0, deep, over=True)
            code_spans(clean, start, end, tallies["`"])
    if "<" in clean:
        tags(clean, tallies["<"], limit // RESCAN)
    char, tally = max(tallies.items(), key=lambda item: (item[1].open > 0, item[1].cost))
    count = len(TAG_OPEN.findall(clean)) if char == "<" else tally.open  # tags: all, not those read
    return Work(sum(each.cost for each in tallies.values()) * RESCAN,
                Excess(tally.first_open, OPEN[char].format(count=count), HINTS[char]))


def open_brackets(text: str, start: int, end: int, tallies: dict[str, Tally]) -> Excess | None:
    """Cost each '[' and link '](' of a paragraph: to its closing ']' or ')', else to the end."""
    ticks = [match.start() for match in BACKTICKS.finditer(text, start, end)]
    squares: list[int] = []
    rounds: list[tuple[int, bool]] = []  # each '(' open, and whether it opens a link's address
    links = 0
    for bracket in BRACKETS.finditer(text, start, end):
        char, at = bracket[0], bracket.start()
        if char == "[":
            squares.append(at)
        elif char == "(":
            link = text[at - 1] == "]"
            rounds.append((at, link))
            links += link
        elif char == "]" and squares:
            opened = squares.pop()
            stop = closed_at(ticks, opened, at, end)
            tallies["["].add(opened, stop - opened, stop == end)
        elif char == ")" and rounds:
            opened, link = rounds.pop()
            if link:
                links -= 1
                stop = closed_at(ticks, opened, at, end)
                tallies["("].add(opened, stop - opened, stop == end)
        if len(squares) > MAX_DEPTH or links > MAX_DEPTH:
            opener, first = ("[", squares[0]) if len(squares) > MAX_DEPTH else \
                ("(", next(at for at, link in rounds if link))
            return Excess(first, f"more than {MAX_DEPTH} '{opener}' open at once in one "
                          "paragraph (nested or never closed): Markdown reads the rest of the "
                          "paragraph again for each", HINTS[opener])
    for opened in squares:
        tallies["["].add(opened, end - opened, True)
    for opened, link in rounds:
        if link:
            tallies["("].add(opened, end - opened, True)
    return None


def closed_at(ticks: list[int], opened: int, closed: int, end: int) -> int:
    """Return where the parser stops looking for a closing bracket: there, or past code, the end.

    A backtick between the two may start a code span that hides the closing bracket.
    """
    return end if bisect.bisect(ticks, closed) > bisect.bisect(ticks, opened) else closed


def code_spans(text: str, start: int, end: int, tally: Tally) -> None:
    """Cost each code span of a paragraph: to its closing backticks, else to the end."""
    runs = [(match.start(), len(match[0])) for match in BACKTICKS.finditer(text, start, end)]
    for at, close in pairs(runs):
        tally.add(at, (runs[close][0] if close is not None else end) - at, close is None)


def tags(text: str, tally: Tally, limit: int) -> None:
    """Cost each tag of a text: to the '>' that closes it, read again for every '<' before it.

    Tags closed before the next '<' (most tags of most texts) are counted in one pass; the
    others one by one, until they cost more than limit. Comments and CDATA sections close with
    '-->' and ']]>'.
    """
    tally.cost += sum(map(len, TAG.findall(text)))
    for start, end in (("<", ">"), ("<!--", "-->"), ("<![", "]]>")):
        if start != "<" and start not in text:
            continue
        ends = [match.start() for match in re.finditer(re.escape(end), text)]
        for tag in (TAG_OPEN if start == "<" else re.compile(re.escape(start))).finditer(text):
            after = bisect.bisect(ends, tag.start())
            close = ends[after] if after < len(ends) else len(text)
            tally.add(tag.start(), close - tag.start(), True)
            if tally.cost > limit:
                return


def fences(text: str) -> Work:
    """Estimate what the parser reads again for fenced code blocks left open."""
    if "```" not in text and "~~~" not in text:
        return NO_WORK
    found = [(match.start() + 1, match[1]) for match in FENCE.finditer(text)]
    tally = Tally()
    for at, close in pairs(found):
        tally.add(at, (found[close][0] if close is not None else len(text)) - at, close is None)
    return Work(tally.cost * SCAN, Excess(
        tally.first_open, f"{tally.open} code fences never closed: Markdown reads the rest of "
        "the text again for each", "close each fenced code block with the fence that opened it"))


def copies(text: str) -> Work:
    """Estimate what the parser copies: each paragraph once for every piece of syntax in it."""
    bound = sum(map(text.count, INLINE_SYNTAX_CHARS))
    if bound * COPY <= FAST:
        return Work(bound * len(text) * COPY, None) if bound else NO_WORK
    return repeated(text, INLINE_SYNTAX, COPY, "a paragraph of {length} characters holding {count} "
                    "pieces of Markdown syntax: Markdown copies it again for each",
                    "split it into paragraphs with blank lines")


def splits(text: str) -> Work:
    """Estimate what the parser splits: a block once for every heading, rule or definition."""
    bound = len(MAY_SPLIT.findall(text))
    if bound * SPLIT <= FAST:
        return Work(bound * len(text) * SPLIT, None) if bound else NO_WORK
    return repeated(text, SPLITTING_LINE, SPLIT, "a block of {count} headings, rules or "
                    "definitions without a blank line: Markdown splits it again for each",
                    "put blank lines between them")


def repeated(text: str, pattern: re.Pattern[str], weight: int, message: str,
             hint: str) -> Work:
    """Cost each paragraph's length once for every match of pattern in it."""
    total, worst = 0, (0, 0, 0, 0)
    for start, end in paragraphs(text):
        count = len(pattern.findall(text, start, end))
        total += count * (end - start)
        worst = max(worst, (count * (end - start), start + 1, end - start - 1, count))
    _, at, length, count = worst
    return Work(total * weight, Excess(at, message.format(length=length, count=count), hint))
