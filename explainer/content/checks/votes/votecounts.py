"""The votes of a sentence that do not add up to the total it gives of the votes cast.

A sentence may give a vote's parts and its total: "207 members voted for Scholz, 394 against
him and 116 abstained; 733 votes were cast". Where it gives, each once, the votes for and
against (and perhaps the abstentions) beside a total of the votes cast, that total must be
their sum, with the abstentions or, as some chambers count the votes cast ("suffrages
exprimés"), without them. Each number's part is read in the words right after it, a noun of
those who voted between ("207 Abgeordnete für Scholz", "116 enthielten sich", "733 Abgeordnete
gaben ihre Stimme ab", "stimmten 717 der 733 Abgeordneten ab: 207 mit Ja", "394 en contra").
Only the languages of the table below are read, numbers in figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ....errors import Problem
from ...context import line_of
from ...model import Explainer
from ..texts.owntexts import passages
from ..texts.sentences import blank_out, sentence_at, sentence_start

# A count of votes in figures, perhaps with a separator of thousands ("1.204", "1 204").
NUMBER = re.compile(r"(?<![\w.,:-])\d{1,3}(?:[.,\u00a0\u202f]\d{3})*(?![\w-]|[.,]\d)")
VOTERS = r"(?:[^\W\d_][\w'\u2019-]*\s+){0,2}?"  # "Abgeordnete", "members of", "députés"


class Parts(NamedTuple):
    """A language's words, right after a count of votes, of each part of a vote: for,
    against, abstained, and the total cast."""

    for_: re.Pattern[str]
    against: re.Pattern[str]
    abstained: re.Pattern[str]
    cast: re.Pattern[str]


def after(pattern: str) -> re.Pattern[str]:
    """Compile the words that follow a count of votes, those who cast them perhaps between."""
    return re.compile(rf"\s*{VOTERS}(?:{pattern})(?!\w)", re.IGNORECASE)


PARTS = {
    "en": Parts(after(r"(?:voted\s+|votes?\s+)?(?:for|in\s+favou?r)|yes\s+votes|ayes"),
                after(r"(?:voted\s+|votes?\s+)?against|no\s+votes|noes"),
                after(r"abstained|abstaining|abstentions?"),
                after(r"(?:votes?|ballots?)\s+(?:were\s+|was\s+)?cast|cast\s+(?:their\s+|a\s+)?"
                      r"(?:votes?|ballots?)")),
    "de": Parts(after(r"(?:stimmten\s+|votierten\s+)?(?:für|dafür|mit\s+Ja)|Ja-Stimmen"),
                after(r"(?:stimmten\s+|votierten\s+)?(?:gegen|dagegen|mit\s+Nein)|"
                      r"Nein-Stimmen"),
                after(r"enthielten\s+sich|Enthaltungen|Enthaltung"),
                after(r"gaben\s+(?:ihre|eine|seine)\s+Stimmen?\s+ab|abgegebenen?\s+Stimmen|"
                      r"Stimmen\s+wurden\s+abgegeben|stimmten\s+ab|"
                      r"(?:der|von)\s+\d[\d.]*\s+(?:[^\W\d_]+\s+)?ab")),
    "fr": Parts(after(r"(?:ont\s+voté\s+|voix\s+)?pour"),
                after(r"(?:ont\s+voté\s+|voix\s+)?contre"),
                after(r"abstentions?|se\s+sont\s+abstenus|abstenus"),
                after(r"votants|suffrages\s+exprimés|voix\s+exprimées|ont\s+pris\s+part\s+au\s+"
                      r"vote")),
    "es": Parts(after(r"(?:votaron\s+|votos?\s+)?a\s+favor|síes"),
                after(r"(?:votaron\s+|votos?\s+)?en\s+contra|noes"),
                after(r"abstenciones|abstención|se\s+abstuvieron"),
                after(r"votos\s+emitidos|votantes|participaron\s+en\s+la\s+votación")),
}
# A word every way of writing a language's total of votes cast holds, lowercased: a quick
# test of a text, which gives no total without one ("cast", "Stimmen", "votants", "emitidos").
CUES = {"en": ("cast",), "de": ("stimme", " ab"), "fr": ("votant", "exprim", "pris"),
        "es": ("emitid", "votante", "particip")}


def value(written: str) -> int:
    """Return a count of votes as written, its separators of thousands left out."""
    return int(re.sub(r"\D", "", written))


def parts_of(sentence: str, parts: Parts) -> dict[str, list[int]]:
    """Return the counts of votes a sentence gives, by the part each is of."""
    found: dict[str, list[int]] = {}
    for number in NUMBER.finditer(sentence):
        for part, words in zip(Parts._fields, parts, strict=True):
            if words.match(sentence, number.end()):
                found.setdefault(part, []).append(value(number[0]))
                break
    return found


def wrong_total(found: dict[str, list[int]]) -> tuple[int, int] | None:
    """Return the total cast and the sum of the parts where a sentence gives each part once,
    votes for and against at least, and a total that is neither their sum with the
    abstentions nor without them; None where they add up, or are not all given."""
    if any(len(counts) != 1 for counts in found.values()) or not {
            "for_", "against", "cast"} <= found.keys():
        return None
    both = found["for_"][0] + found["against"][0]
    whole = both + found.get("abstained", [0])[0]
    total = found["cast"][0]
    return None if total in (both, whole) else (total, whole)


def with_clauses_before(text: str, offset: int) -> str:
    """Return the sentence around an offset with those a semicolon joins to it before: "394
    against him; 733 votes were cast"."""
    start = sentence_start(text, offset)
    while start > 0 and text[:start].rstrip().endswith(";"):
        start = sentence_start(text, len(text[:start].rstrip()) - 1)
    return text[start:offset] + sentence_at(text, offset)[offset - sentence_start(text, offset):]


def check_vote_counts(explainer: Explainer) -> Iterator[Problem]:
    """Warn where a sentence gives a total of the votes cast that its own parts do not make."""
    parts = PARTS.get(explainer.language.split("-")[0].lower())
    if parts is None:
        return
    for where, place, text, _ in passages(explainer):
        lowered = text.lower()
        if not any(cue in lowered for cue in CUES[explainer.language.split("-")[0].lower()]):
            continue  # no word of a total cast
        clean = blank_out(text)
        for total in NUMBER.finditer(clean):
            if not parts.cast.match(clean, total.end()):
                continue
            wrong = wrong_total(parts_of(with_clauses_before(clean, total.start()), parts))
            if wrong is None:
                continue
            yield Problem(explainer.display_path, *place.at(total.start()),
                          f"{where} says {wrong[0]} votes were cast, but the votes for, "
                          f"against and abstaining it gives add up to {wrong[1]}",
                          "make the parts add up to the total, or say which votes it leaves "
                          "out", line_of(text, total.start()), "warning")
