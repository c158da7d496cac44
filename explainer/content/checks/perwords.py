"""Units a price is per, written with their word of "per" on the far side or in one word.

Some languages give the unit of a price before its amount, with a word of "per" the unit takes:
Korean "톤당 627달러" (a tonne each), Japanese "1トン当たり627ドル", Chinese "每吨627美元",
Turkish "ton başına 627 dolar"; Arabic gives it after, in one word with its "per" ("627 دولارا
للطن", for the tonne). Such an amount is a rate as "$627 a tonne" is (see unitprices.py): it has
that unit in its own, and is held only against the figures whose value or label gives the same
("쌀 톤당 평균 수출가격", "每吨大米平均出口价格").

The unit must come right before the amount (or right after it, in Arabic): "톤당 가격은 627달러"
leaves the amount a total of its own clause's words. Korean "주당" is left out: it is "a week"
as well as "a share".
"""

from __future__ import annotations

import re

from .units import UNITS

# Each language's way of saying a unit per: "{}" is the unit; before the amount or after it.
# Korean and Turkish units start a word ("개인당" is no "인당" of its own).
FORMS = {
    "ko": (r"(?<!\w)(?:1\s*)?(?:{})당", "before"),
    "ja": (r"(?:[1１一]\s*)?(?:{})(?:当たり|当り|あたり|につき)", "before"),
    "zh": (r"(?:每\s*(?:一\s*)?(?:{})|人均(?P<per_capita>))", "before"),
    "tr": (r"(?<!\w)(?:{})\s+başına", "before"),
    "ar": (r"(?:لل|لكل\s+)(?:{})(?!\w)", "after"),
}


def _pattern(language: str) -> re.Pattern[str]:
    """Return a language's pattern of a unit with its word of "per", each unit its own group."""
    form = FORMS[language][0]
    units = "|".join(rf"(?P<{name}>{words})" for name, words in UNITS[language].items())
    return re.compile(form.replace("{}", units), re.IGNORECASE)


PATTERNS = {language: _pattern(language) for language in FORMS}
BEFORE = {language: re.compile(rf"(?:{pattern.pattern})\s*\Z", pattern.flags)
          for language, pattern in PATTERNS.items() if FORMS[language][1] == "before"}
AFTER = {language: re.compile(rf"\s*(?:{pattern.pattern})", pattern.flags)
         for language, pattern in PATTERNS.items() if FORMS[language][1] == "after"}


def _unit(found: re.Match[str] | None) -> str | None:
    """Return the name of the unit a match found, or None."""
    if found is None:
        return None
    return "person" if found.lastgroup == "per_capita" else found.lastgroup


def unit_around(text: str, start: int, end: int, language: str) -> str | None:
    """Return the unit that the words right before an amount from start to end ("톤당",
    "每吨", "ton başına"), or right after it ("للطن"), give it per; else None."""
    language = language.split("-")[0]
    if language in BEFORE:
        return _unit(BEFORE[language].search(text, max(start - 24, 0), start))
    return _unit(AFTER[language].match(text, end)) if language in AFTER else None


def unit_in(text: str, language: str) -> str | None:
    """Return the unit a text (a figure's value or label) gives its amount per anywhere in
    these words ("쌀 톤당 평균 수출가격"), or None."""
    pattern = PATTERNS.get(language.split("-")[0])
    return None if pattern is None else _unit(pattern.search(text))
