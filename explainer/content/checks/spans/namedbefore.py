"""Events a language names right before a span's count, with no word between ("발사 40일
만에", 40 days after the launch) or joined to it by a word that measures from them, written
without a space ("能登半島地震から約7か月後"): spans.py measures the span from that event.
"""

from __future__ import annotations

import re

from ..dates.dateclaims import Title
from ..texts.sentences import CLAUSE_BREAK
from .spanends import Words, named_event
from .spanwords import SpanWords


def named_before(head: str, words: SpanWords, titles: list[Title],
                 content_words: Words) -> set[str] | None:
    """Return the words that name an event just before a span's count, where the language
    names it so with no word between ("발사 40일 만에", 40 days after the launch; "참사 사흘
    뒤"): the last one to three words of the clause, the fewest that name one event, none of
    them with a particle that makes it the clause's subject or object ("비크람은 40일 뒤")."""
    if not words.named_before:
        return None
    taken = CLAUSE_BREAK.split(head)[-1].split()
    for size in range(1, min(3, len(taken)) + 1):
        if taken[-size].endswith(words.named_before):
            return None
        named = content_words(" ".join(taken[-size:]))
        if named and named_event(named, titles) is not None:
            return named
    return None


def joined_before(head: str, words: SpanWords, titles: list[Title],
                  content_words: Words) -> set[str] | None:
    """Return the words that name an event joined before a span's count by a word that
    measures from it ("能登半島地震から約7か月後", some seven months after the Noto earthquake;
    Hindi "पहले चरण के 44 दिन बाद", 44 days after the first phase): written without a space,
    those back to the clause's last particle that parts words ("日向灘地震は"), with spaces,
    the last one to three words, the fewest that name one event."""
    if not words.joins_before:
        return None
    joined = re.search(rf"(?<!\S)(?:{'|'.join(map(re.escape, words.joins_before))})\s*\Z"
                       if words.spacing else
                       rf"(?:{'|'.join(map(re.escape, words.joins_before))})\s*\Z", head)
    if joined is None:
        return None
    clause = CLAUSE_BREAK.split(head[:joined.start()])[-1]
    if words.spacing:
        return spaced_event(clause.split(), titles, content_words)
    named = content_words(re.split("|".join(map(re.escape, words.parted_by)), clause)[-1]
                          if words.parted_by else clause)
    return named if named and named_event(named, titles) is not None else None


def spaced_event(taken: list[str], titles: list[Title], content_words: Words) -> set[str] | None:
    """Return the words of the fewest of the last one to three words that name one event."""
    for size in range(1, min(3, len(taken)) + 1):
        named = content_words(" ".join(taken[-size:]))
        if named and named_event(named, titles) is not None:
            return named
    return None
