"""The kinds of table of a language's words that make a day a bound or another act's (see
otherdays.py), and how each is matched: in a language written with spaces, as a word begins;
in Chinese, Japanese and Korean, wherever they are."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class OtherDays:
    """How one language says that a day is a bound, or that of another act: the patterns'
    sources, each compiled when first used (a build reads one language or a few of some 40)."""

    before_source: str  # ends the text just before a bound: "as of ", "depuis le "; or ""
    after_source: str  # opens the text just after a bound: "現在", "까지"; or ""
    kind_sources: tuple[str, ...]  # the words of starting, of reporting, of planning
    flags: int = re.IGNORECASE
    # A span measured from another act, which names that act as its start and not the day's:
    # "landed on 23 August, 40 days after launch"; or "".
    measured_source: str = ""

    @functools.cached_property
    def before(self) -> re.Pattern[str] | None:
        """Return the pattern that ends the text just before a bound, if any."""
        return re.compile(self.before_source, self.flags) if self.before_source else None

    @functools.cached_property
    def after(self) -> re.Pattern[str] | None:
        """Return the pattern that opens the text just after a bound, if any."""
        return re.compile(self.after_source, self.flags) if self.after_source else None

    @functools.cached_property
    def kinds(self) -> tuple[re.Pattern[str], ...]:
        """Return the patterns of the words of each kind of act."""
        return tuple(re.compile(kind, self.flags) for kind in self.kind_sources)

    @functools.cached_property
    def measured(self) -> re.Pattern[str] | None:
        """Return the pattern of a span measured from another act, if any."""
        return re.compile(self.measured_source, self.flags) if self.measured_source else None

    def bound(self, text: str, start: int, end: int) -> bool:
        """Tell whether the day between start and end bounds a time: "as of 1 July"."""
        return (self.before is not None
                and self.before.search(text, max(0, start - 40), start) is not None) or (
            self.after is not None and self.after.match(text, end) is not None)

    def another(self, sentence: str, title: str) -> bool:
        """Tell whether a sentence speaks of another act than the title's: it starts, reports
        or plans something, and the title does not; an act a span is measured from ("40 days
        after launch") is not the sentence's."""
        if self.measured is not None:
            sentence = self.measured.sub(" ", sentence)
        return any(kind.search(sentence) is not None and kind.search(title) is None
                   for kind in self.kinds)


def spaced(before: str, *kinds: str) -> OtherDays:
    """Return the words of a language written with spaces, each matched as a word begins,
    whose bounds all come before the day."""
    return bounded(before, "", *kinds)


def unspaced(before: str, after: str, *kinds: str) -> OtherDays:
    """Return the words of Chinese, Japanese or Korean, matched wherever they are."""
    return OtherDays(rf"(?:{before})\s*\Z" if before else "", rf"\s*(?:{after})",
                     kinds, flags=0)


def bounded(before: str, after: str, *kinds: str) -> OtherDays:
    """Return the words of a language written with spaces, each matched as a word begins: what
    ends the text before a bound, what opens the text after one (an ending after the day's
    figure, or a word after its month or year), and the words of each kind of act."""
    return OtherDays(rf"(?<!\w)(?:{before})\s+\Z" if before else "",
                     rf"(?:{after})(?!\w)" if after else "",
                     tuple(rf"(?<!\w)(?:{kind})" for kind in kinds))
