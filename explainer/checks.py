"""Editorial checks: warnings about content that is valid but probably wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .errors import Problem
from .model import Explainer, Takeaways

NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
# A count in figures ("9 countries"), or in words when it says "other" ("nine other nations");
# "the two countries" is usually not a claim about the list. Quoted counts are the source's words.
COUNTRY_CLAIM = re.compile(
    r"(?<![\"'\u201c\u2018])\b(?:(?P<digits>\d{1,3})\s+(?P<other>other\s+)?|"
    r"(?P<word>" + "|".join(NUMBER_WORDS) + r")\s+(?P<word_other>other\s+))"
    r"(?:countries|nations)\b", re.IGNORECASE)
JOINING_ROLES = ("contributing", "supporting")


def check_explainer(explainer: Explainer) -> list[Problem]:
    """Return the editorial warnings for one explainer."""
    return list(check_country_counts(explainer))


def texts_of(explainer: Explainer) -> Iterator[tuple[str, int, str]]:
    """Yield (where, line, text) for every prose text and takeaway, with file lines."""
    for section in explainer.sections:
        if section.body_text:
            for offset, line in enumerate(section.body_text.split("\n")):
                yield f"section '{section.kind}'", section.body_line + offset, line
        if isinstance(section, Takeaways):
            for item in section.items:
                yield "takeaway", item.line, item.text


def check_country_counts(explainer: Explainer) -> Iterator[Problem]:
    """Warn where a text's count of countries disagrees with the country list."""
    entries = explainer.countries
    if not entries:
        return
    total = len(entries)
    joining = sum(1 for e in entries if e.role in JOINING_ROLES)
    for where, line, text in texts_of(explainer):
        for match in COUNTRY_CLAIM.finditer(text):
            digits, word = match["digits"], match["word"]
            claimed = int(digits) if digits else NUMBER_WORDS[word.lower()]
            if match["other"] or match["word_other"]:
                actual, counted = joining, "contributing or supporting countries"
            else:
                actual, counted = total, "countries"
            if claimed != actual:
                yield Problem(
                    explainer.display_path, line, match.start() + 1,
                    f"{where} says '{match[0]}' but the country list has {actual} {counted}",
                    "check the figure against the source; the country list is what the page "
                    "shows", text, "warning")
