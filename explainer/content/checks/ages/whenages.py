"""An age told with a clause of when: "He was 31 when FTX filed for bankruptcy", "Bankman-Fried,
who was 33 when he was sentenced,". The clause names the day of the age when its words name a
timeline event, as the words after a span's "after" name its end (spanends.named_event()): the
age is the person's on that event's day. A clause that names no event ("when he first played")
gives no day. The age is the person's when a pronoun at the head of its sentence tells it and
the sentence before names the person and no one else (pronounages.py), or when a relative
pronoun follows one of the person's names ("Bankman-Fried, who was 33 when ..."). The clause
ends where another age is joined to it: "he was 77 when the jury convicted him and 78 when he
won the election" names the conviction alone for 77. So does a phrase of the time after an age
set beside a name: "Trump, 77 at the time of the verdict," is his age on the verdict's day,
"the verdict" named as a title's act is (actnouns.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from ....errors import Problem
from ...model import Explainer, Timeline, TimelineEvent
from ..amounts.countwarnings import placed
from ..dates.dateclaims import event_titles, prose_of
from ..spans.actnouns import as_acts
from ..spans.spanends import named_event
from ..texts.days import month_names
from ..texts.sentences import blank_out, sentence_start
from .ages import birth_of, judged
from .agewords import AGE, AgeWords, age_words
from .pronounages import names_only

# Each language's subject of an age (a pronoun, or a relative one after a name), its verb, and
# its word of when, the clause of which follows: "he was 31 when", "qui avait 31 ans quand".
WHEN_AGES = {
    "en": r"(?P<who>he|she|who)\s+was\s+(?:then\s+|only\s+|just\s+)?AGE(?:\s+years\s+old)?"
          r"\s+when",
    "fr": r"(?P<who>il|elle|qui)\s+avait\s+(?:alors\s+)?AGE\s+ans\s+(?:quand|lorsque|lorsqu['’])",
    "de": r"(?P<who>er|sie|der|die)\s+war\s+(?:damals\s+)?AGE(?:\s+Jahre\s+alt)?\s*,?\s+als",
    "es": r"(?P<who>él|ella|que)\s+tenía\s+(?:entonces\s+)?AGE\s+años\s+cuando",
    "it": r"(?P<who>lui|lei|che)\s+aveva\s+(?:allora\s+)?AGE\s+anni\s+quando",
    "pt": r"(?P<who>ele|ela|que)\s+tinha\s+(?:então\s+)?AGE\s+anos\s+quando",
}
# Each language's age set after a name with a phrase of the time it was the person's, whose
# words name the event: "Trump, 77 at the time of the verdict,".
TIME_OF_AGES = {
    "en": r"(?P<who>[^\W\d_][\w'’-]*),\s+AGE\s+(?:years\s+old\s+)?at\s+the\s+time\s+of\s",
}
# The relative pronouns of those subjects, which stand for the name right before them.
RELATIVES = frozenset({"who", "qui", "der", "die", "que", "che"})
CLAUSE_END = re.compile(r"[,;:.!?()]")
# The end of a clause before another one whose subject is a pronoun of the person: ", so",
# ", and", "; ", ", donc", ", und".
CLAUSE_HEAD = re.compile(r"(?:,\s*(?:so|and|but|et|donc|mais|und|aber|y|pero|e|ma|mas)|;)$",
                         re.IGNORECASE)


@functools.cache
def when_pattern(language: str) -> re.Pattern[str] | None:
    """Return the pattern of an age with a clause of when in a language; None for one it is
    not read in."""
    told = WHEN_AGES.get(language.split("-")[0].lower())
    return None if told is None else re.compile(
        rf"\b(?:{told.replace('AGE', AGE)})\s", re.IGNORECASE)


def when_ages(plain: str, language: str, names: frozenset[str], words: AgeWords,
              months: set[str]) -> Iterator[tuple[int, int, str]]:
    """Yield each age of the person a text tells with a clause of when: its years, where it
    is, and the words of its clause."""
    pattern = when_pattern(language)
    for age in pattern.finditer(plain) if pattern else ():
        ends = CLAUSE_END.search(plain, age.end())
        clause = own_clause(plain[age.end():ends.start() if ends else len(plain)], words)
        if whose(plain, age, names, words, months, language):
            yield int(age[2]), age.start(2), clause  # its groups: who, then the age
    told = TIME_OF_AGES.get(language.split("-")[0].lower())
    for age in re.finditer(told.replace("AGE", AGE), plain, re.IGNORECASE) if told else ():
        ends = CLAUSE_END.search(plain, age.end())
        if age["who"][:1].isupper() and age["who"].lower() in names:  # "Trump, 77 at the time"
            yield int(age[2]), age.start(2), plain[age.end():ends.start() if ends else len(plain)]


def own_clause(clause: str, words: AgeWords) -> str:
    """Return a clause of when without the age joined after it, and its own clause: "the jury
    convicted him" of "the jury convicted him and 78 when he won the election"."""
    opener = "|".join(sorted(words.openers))
    joined = re.search(rf"\s(?:{opener})\s+\d", clause, re.IGNORECASE) if opener else None
    return clause if joined is None else clause[:joined.start()]


def whose(plain: str, age: re.Match[str], names: frozenset[str], words: AgeWords,
          months: set[str], language: str) -> bool:
    """Tell whether an age told with a clause of when is the person's: a relative pronoun
    right after one of their names, or a pronoun at the head of a sentence whose sentence
    before names them and no one else."""
    if age["who"].lower() in RELATIVES:
        before = plain[:age.start()].rstrip(" ,")
        last = before.split()[-1] if before.split() else ""
        return last[:1].isupper() and last.lower().strip("*_") in names
    start = sentence_start(plain, age.start())
    head = plain[start:age.start()].strip(" *_\t\n")
    if head:  # "Trump was born in 1946, so he was 77 when": its own sentence names the person
        opened = CLAUSE_HEAD.search(head)
        return opened is not None and names_only(head[:opened.start()], names, words, months,
                                                 language)
    kept = len(plain[:start].rstrip(" *_\t\n")) - 1
    prior = plain[sentence_start(plain, kept):start] if kept >= 0 else ""
    return names_only(prior, names, words, months, language)


def clause_event(clause: str, events: list[TimelineEvent],
                 content_words: Callable[[str], set[str]], words: AgeWords,
                 language: str) -> TimelineEvent | None:
    """Return the event whose title the words of a clause of when name, as a span's end is
    found, or the one title that alone has a word of the clause not of a name ("the jury
    convicted him" beside three titles of a jury and one of a conviction); None when they name
    none ("when he first played")."""
    if not events:
        return None
    titles = event_titles(tuple(events), content_words, words.capitalised_nouns, language)[0]
    named = as_acts(content_words(clause), set().union(*(title.words for title in titles)),
                    language, content_words)  # "the verdict" as "convict"
    end = named_event(named, titles)
    if end is not None:
        return end.event
    acted = [title.event for title in titles if named & title.own & title.unnamed]
    return acted[0] if len(acted) == 1 else None  # "convicted", of "the jury convicted him"


def check_when_ages(explainer: Explainer, content_words: Callable[[str], set[str]]
                    ) -> Iterator[Problem]:
    """Warn about an age told with a clause of when that names a timeline event, which the
    person's birth (ages.py) makes another on that event's day."""
    words = age_words(explainer.language)
    events = [event for section in explainer.sections if isinstance(section, Timeline)
              for event in section.events if event.date.common_era and not event.approximate]
    birth = None if words is None else birth_of(explainer, events, words)
    if words is None or birth is None:
        return
    later = [event for event in events if event.date.first_day() > birth.last]
    months = set(month_names(explainer.language))
    for where, line, text in prose_of(explainer):
        plain = blank_out(text)
        for years, at, clause in when_ages(plain, explainer.language, birth.names, words, months):
            event = clause_event(clause, later, content_words, words, explainer.language)
            problem = None if event is None else judged(birth, event, years, where)
            if problem is not None:
                yield placed(explainer, line, text, at, *problem)
