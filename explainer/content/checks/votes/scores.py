"""Scores of a match or contest that an explainer gives otherwise, or writes amiss.

A score is two small numbers joined by a hyphen, a dash or a colon ("4-2", "3–3", "2:1") that
a word of a result governs: a verb before it, with the side beaten or met between ("beat France
4-2", "won 4-3"), or a noun of a result beside it ("after a 3-3 draw", "une victoire 2-1", "ein
2:1-Sieg"). The same contest is the same named sides with the same result for each (a side
named alone: that side's result), the same kind of score (a shoot-out's or an aggregate's is not
the match's) and no other stage, year or earlier meeting; two such scores that differ are a
warning at the later one. So is a draw whose numbers differ, and a winner's score written with
the smaller number first after a verb or noun of a win ("beat Y 1-2"; "lost 1-2" is a home-first
score, and no slip). Words of an interim score ("led 2-0 at half-time") and nouns of a range or a
vote after the numbers ("3-4 days", "a 6-3 ruling") make no score. scorewords.py holds the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ....errors import Problem
from ...context import line_of
from ...model import Explainer, TextMap
from ..amounts.claims import figures_of
from ..texts.owntexts import passages
from ..texts.sentences import blank_out, sentence_at, sentence_start
from .scoredates import Occasion, dated_occasion, occasions
from .scorewords import ScoreWords, score_words

SCORE = re.compile(r"(?<![\w.,:/\u2013-])(?P<first>\d{1,2})[-:\u2010\u2011\u2013\u2014]"
                   r"(?P<second>\d{1,2})(?![\w\u2013/]|[.,:]\d|-\d)")
# The next set of a match told set by set, after a score: ", 3-6, 6-4".
SETS = re.compile(r",\s*\d{1,2}[-:\u2010\u2011\u2013\u2014]\d{1,2}(?!\d)")
# What every score holds, a quick test: two digits joined as a score joins them.
JOINED_DIGITS = re.compile(r"\d[-:\u2010\u2011\u2013\u2014]\d")
YEAR = re.compile(r"(?<![\w.,-])(?:1[89]|20)\d\d(?![\w-]|[.,]\d)")
TOKEN = re.compile(r"[^\W\d_][\w'\u2019.-]*")
ELIDED = re.compile(r"^(?:[lLdD]|dell|all|dall|nell|sull)['\u2019](?=\w)")
BETWEEN_WORDS = 5  # the most words between a verb of a result and its score
AFTER = 45  # the characters after a score read for its kind
WON, LOST, DREW = "won", "lost", "drew"
OPPOSITE = {WON: LOST, LOST: WON, DREW: DREW}
# A time of day, in the languages read: "won at 10:30", "um 10:30 Uhr", "à 20:45".
CLOCK_BEFORE = re.compile(r"(?<!\w)(?:at|by|from|until|around|um|ab|bis|à|vers|dès|las|la|"
                          r"hacia|alle|verso|às|pelas)\s+\Z", re.IGNORECASE)
CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|Uhr\b|h\b|GMT\b|UTC\b|horas\b|heures\b|ore\b)",
                         re.IGNORECASE)


class Score(NamedTuple):
    """A score an explainer gives, with the contest it is of."""

    line: int
    column: int
    where: str
    written: str
    numbers: tuple[int, int]
    kind: str
    sides: frozenset[tuple[str, str]]
    occasion: tuple[frozenset[str], ...]  # its years, stages and days
    earlier: bool
    context: str
    slip: str = ""
    dated: tuple[frozenset[str], ...] = ()  # a timeline event's: the year and days of its date


class Governed(NamedTuple):
    """What governs a score: the result for the side first named, and the sides named."""

    result: str
    led: str  # "verb" or "noun"
    sides: frozenset[tuple[str, str]]
    between: str


def names(text: str, words: ScoreWords, last_only: bool = True) -> list[str]:
    """Return the names of sides a stretch of text gives by their capitals: the last word of
    each run of capitalised words that is no common word, stage or result."""
    found: list[str] = []
    run: list[str] = []
    for token in [*TOKEN.findall(text), ""]:
        word = ELIDED.sub("", token.rstrip(".'\u2019").removesuffix("'s")
                          .removesuffix("\u2019s"))  # L'Argentine, l'Argentine
        if word[:1].isupper() and not any(table.fullmatch(word) for table in (
                words.common, words.stage, words.win_noun, words.loss_noun, words.draw_noun)):
            run.append(word)
        elif run:
            found.append(run[-1])
            run = []
    return found[-1:] if last_only else found


def facing_side(rest: str, words: ScoreWords) -> list[str]:
    """Return the side a result names after its score, by "over", "to", "with" ("a 2-1 win
    over France", "lost 1-2 to Peru", "drew 3-3 with France")."""
    facing = re.match(rf"\s+(?:{words.facing.pattern})\s+", rest, re.IGNORECASE)
    return names(re.split(r"[,;.!?]", rest[facing.end():])[0][:40], words, False)[:1] \
        if facing else []


def by_verb(before: str, after: str, words: ScoreWords) -> Governed | None:
    """Return the result a verb before a score gives, with the sides it names: the subject
    just before it, and the side beaten or met between it and the score."""
    found = [(verb, result) for result, verbs in ((WON, words.won), (LOST, words.lost),
                                                  (DREW, words.drew))
             for verb in verbs.finditer(before)]
    if not found:
        return None
    verb, result = max(found, key=lambda pair: pair[0].end())
    between = before[verb.end():]
    if len(between.split()) > BETWEEN_WORDS or re.search(r"[,;:.!?\d()]", between) \
            or words.interim.search(between):
        return None
    subject = subject_of(before[:verb.start()], words)
    if not subject and re.search(r",\s*\Z", before[:verb.start()]):
        subject = main_subject(before[:verb.start()], words)  # "Spain won ..., beating"
    met = names(between, words) or facing_side(after, words)
    sides = {(name, result) for name in subject} | {(name, OPPOSITE[result]) for name in met}
    return Governed(result, "verb", frozenset(sides), between)


def subject_of(before: str, words: ScoreWords) -> list[str]:
    """Return the side named just before a verb of a result (the text before it)."""
    words_before = re.search(r"(?:[^\W\d_][\w'\u2019.-]*\s+)+\Z", before)
    return names(words_before[0], words) if words_before else []


def main_subject(before: str, words: ScoreWords) -> list[str]:
    """Return the subject of the first verb of a result in the text before a clause that
    opens with one after a comma and names none: a participle clause's subject is its main
    clause's ("Spain won the World Cup on Sunday, beating England 2-0")."""
    first = min((verb for table in (words.won, words.lost, words.drew)
                 for verb in table.finditer(before)), key=lambda verb: verb.start(), default=None)
    return [] if first is None else subject_of(before[:first.start()], words)


def by_noun(before: str, after: str, words: ScoreWords) -> Governed | None:
    """Return the result a noun beside a score gives ("a 2-1 win over France", "une victoire
    2-1"), with the side its possessor or its "over" names."""
    for result, nouns in ((WON, words.win_noun), (LOST, words.loss_noun),
                          (DREW, words.draw_noun)):
        next_to = re.match(rf"[\s-]*(?:{nouns.pattern})", after, re.IGNORECASE)
        ahead = re.search(rf"(?:{nouns.pattern})(?:\s+[^\W\d_]{{1,4}}\.?)?\s*\Z", before,
                          re.IGNORECASE)
        if next_to is None and ahead is None:
            continue
        met = facing_side(after[next_to.end():] if next_to else after, words)
        owner = re.search(r"([^\W\d_][\w.-]*)['\u2019]s?\s+(?:[^\W\d_]+\s+)?\Z",
                          before[-40:])
        sides = {(name, result) for name in (names(owner[1], words) if owner else [])}
        sides |= {(name, OPPOSITE[result]) for name in met}
        return Governed(result, "noun", frozenset(sides), "")
    return None


def governed(clean: str, match: re.Match[str], words: ScoreWords) -> Governed | None:
    """Return what governs a score in a text without quotations, or None where no word of a
    result does, or the numbers are an interim score, a range or a tally of votes."""
    before = clean[sentence_start(clean, match.start()):match.start()]
    after = clean[match.end():match.end() + AFTER]
    if ":" in match[0] and (CLOCK_BEFORE.search(before) or CLOCK_AFTER.match(after)):
        return None  # a time of day
    if words.never.match(after.lstrip(" -")) or re.match(
            rf"\s*(?:{words.interim.pattern})", after, re.IGNORECASE):
        return None
    return by_noun(before, after, words) or by_verb(before, after, words)


def kind_of(after: str, between: str, words: ScoreWords) -> str:
    """Return what a score counts: a shoot-out's goals, two legs' or the match's."""
    after = re.split(r"[,;.!?]", after, maxsplit=1)[0]
    for kind, table in (("shoot-out", words.shootout), ("aggregate", words.aggregate)):
        if table.search(between) or table.search(after):
            return kind
    return "match"


def scores_in(where: str, place: TextMap, text: str, words: ScoreWords,
              dated: Occasion = ()) -> Iterator[Score]:
    """Yield the scores a text gives (dated: the occasion of its timeline event's date), with
    their contests; a result noun without its sides takes those of the sentence's verb ("beat
    France 4-2 on penalties after a 3-3 draw")."""
    if JOINED_DIGITS.search(text) is None:  # no score, whatever the quotes and markup hide
        return
    clean = blank_out(text)
    sentence_sides: dict[int, frozenset[tuple[str, str]]] = {}
    for match in SCORE.finditer(clean):
        rule = governed(clean, match, words)
        if rule is None:
            continue
        start = sentence_start(clean, match.start())
        sentence = sentence_at(clean, match.start())
        sides = rule.sides
        if rule.led == "verb" and sides:
            sentence_sides.setdefault(start, sides)
        elif not sides and rule.led == "noun" and start in sentence_sides:
            sides = frozenset((name, DREW if rule.result == DREW else result)
                              for name, result in sentence_sides[start])
        numbers = (int(match["first"]), int(match["second"]))
        slip = amiss(rule, numbers, SETS.match(clean, match.end()) is not None)
        yield Score(*place.at(match.start()), where, match[0], tuple(sorted(numbers)),
                    kind_of(clean[match.end():match.end() + AFTER], rule.between, words),
                    sides, occasion_of(sentence, words), words.earlier.search(sentence) is not None,
                    line_of(text, match.start()), slip, dated)


def amiss(rule: Governed, numbers: tuple[int, int], in_sets: bool) -> str:
    """Return what is amiss in a score as written, or '': a draw whose numbers differ, a
    winner's score written second after a verb of winning ("beat Chile 1-2"; not "a 1-2
    finish", nor a set of a match told set by set, "3-6, 3-6, 6-4, 6-4, 6-3")."""
    if rule.result == DREW and numbers[0] != numbers[1]:
        return "its two numbers differ"
    if rule.result == WON and rule.led == "verb" and numbers[0] < numbers[1] and not in_sets:
        return "the winner's score is written second"
    return ""


def occasion_of(sentence: str, words: ScoreWords) -> tuple[frozenset[str], ...]:
    """Return the years, the stages and the days a sentence names, which tell one meeting of
    two sides from another ("in 2018", "in the group stage", "on Tuesday")."""
    return (frozenset(YEAR.findall(sentence)), *(
        frozenset(" ".join(found.lower().replace("-", "").split())
                  for found in table.findall(sentence))
        for table in (words.stage, words.days())))


def same_contest(one: Score, other: Score, year: str) -> bool:
    """Tell whether two scores are of one contest: the same kind, the same sides with the same
    results (or one side named, with its result), no other stage, day, year or earlier
    meeting; and one occasion both name (a stage, a day, a year), unless they are a
    shoot-out's, which two sides seldom have twice in a story. Two sides meet home and away,
    in a league and a cup, set after set: two match scores that say nothing of when are not
    taken for one ("Celtic beat Rangers 2-1 at Parkhead. Celtic beat Rangers 3-0 at Ibrox.")."""
    if one.kind != other.kind or not one.sides or not other.sides or one.earlier \
            or other.earlier:
        return False
    fewer, more = sorted((one.sides, other.sides), key=len)
    if not (fewer <= more if len(fewer) == 1 else fewer == more):
        return False
    years, *others = occasions((one.occasion, one.dated), (other.occasion, other.dated))
    if any(mine and theirs and not mine & theirs for mine, theirs in (years, *others)):
        return False
    if one.kind != "shoot-out" and not any(mine & theirs for mine, theirs in (years, *others)):
        return False
    # A year names a meeting apart only if it is not the story's own: both then name one.
    return not any(found and not found <= {year} for found in years) or all(years)


def met_often(found: list[Score]) -> set[str]:
    """Return the sides the explainer gives results against more than one other side: a score
    that names one of them alone may be of any of those contests."""
    met: dict[str, set[str]] = {}
    for score in found:
        for name, _ in score.sides:
            met.setdefault(name, set()).update(other for other, _ in score.sides if other != name)
    return {name for name, others in met.items() if len(others) > 1}


def all_scores(explainer: Explainer, words: ScoreWords) -> list[Score]:
    """Return the scores of the explainer's own words and key figures, in the file's order."""
    found = [score for where, place, text, event in passages(explainer, JOINED_DIGITS.search)
             for score in scores_in(where, place, text, words, () if event is None else
                                    dated_occasion(event.later.events[event.index].date,
                                                   explainer.language))]
    found += [score for figure in figures_of(explainer)
              for score in scores_in(f"key figure '{figure.label}'", TextMap(figure.line, 1, None),
                                     f"{figure.label} {figure.value}", words)]
    return sorted(found, key=lambda score: (score.line, score.column))


def check_scores(explainer: Explainer) -> Iterator[Problem]:
    """Warn where one contest is given two scores, a draw's numbers differ, or a winner's
    score is written loser first."""
    words = score_words(explainer.language)
    if words is None:
        return
    found = all_scores(explainer, words)
    year, doubtful = str(explainer.published.year), met_often(found)
    for index, score in enumerate(found):
        if score.slip:
            yield Problem(explainer.display_path, score.line, score.column,
                          f"{score.where}: the score '{score.written}' is amiss: {score.slip}",
                          "write a draw with two equal numbers, and a winner's score first",
                          score.context, "warning")
        same = [other for other in found[:index] if same_contest(other, score, year)
                and not (min(len(other.sides), len(score.sides)) == 1
                         and doubtful & {name for name, _ in other.sides | score.sides})]
        if same and all(other.numbers != score.numbers for other in same):
            first = same[0]
            yield Problem(explainer.display_path, score.line, score.column,
                          f"{score.where} gives the {score.kind} score '{score.written}', but "
                          f"line {first.line} gives '{first.written}' for the same contest",
                          "make the scores agree; if they are two contests, name the stage or "
                          "the year of each", score.context, "warning")
