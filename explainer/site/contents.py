"""How long an explainer takes to read: its words, counted as its language counts them.

Languages written with spaces between words are counted in words; Chinese, Japanese, Thai and
their neighbours, written without, in characters. The speeds are the silent reading speeds
measured for each language with the International Reading Speed Texts (IReST: Trauzettel-
Klosinski and Dietz, 2012), rounded down.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..content.languages import broader_tags
from ..content.model import (
    Explainer,
    Figures,
    Prose,
    Questions,
    Quote,
    Section,
    Sources,
    Takeaways,
    Timeline,
)

# Words a minute, or characters for the languages counted in characters.
WORDS_A_MINUTE = {"en": 228, "fr": 195, "es": 218, "pt": 181, "ar": 138, "de": 179, "it": 188,
                  "nl": 202, "fi": 161, "pl": 166, "ru": 184, "sv": 218, "tr": 166}
CHARACTERS_A_MINUTE = {"zh": 255, "ja": 357, "th": 300, "lo": 300, "km": 300, "my": 300}
DEFAULT_SPEED = 200  # words a minute, for a language IReST did not measure
TAG = re.compile(r"<[^>]*>")
# Characters of the scripts written without spaces between words.
UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                      r"\u4e00-\u9fff\uf900-\ufaff]")


def reading_minutes(explainer: Explainer, language: str) -> int:
    """Return how many minutes an explainer takes to read, at least one."""
    text = TAG.sub(" ", " ".join(texts_of(explainer)))  # one pass over all the HTML: quicker
    for tag in broader_tags(language):
        if tag in CHARACTERS_A_MINUTE:
            count, speed = len(UNSPACED.findall(text)), CHARACTERS_A_MINUTE[tag]
            break
    else:
        speed = next((WORDS_A_MINUTE[tag] for tag in broader_tags(language)
                      if tag in WORDS_A_MINUTE), DEFAULT_SPEED)
        count = len(text.split())
    return max(1, round(count / speed))


def texts_of(explainer: Explainer) -> Iterator[str]:
    """Yield what a reader reads of an explainer, as text or HTML: its headline and dek and its
    sections, not its sources nor the names in its country lists."""
    yield explainer.title
    yield explainer.dek
    for section in explainer.sections:
        if not isinstance(section, Sources):
            yield from section_texts(section)


def section_texts(section: Section) -> Iterator[str]:
    """Yield the text of one section, as text or HTML."""
    yield section.body_html
    if isinstance(section, Prose):
        yield section.heading
    if isinstance(section, Takeaways):
        yield from (item.html for item in section.items)
    if isinstance(section, Figures):
        yield from (f"{f.value} {f.label} {f.note}" for f in section.items)
    if isinstance(section, Timeline):
        yield from (f"{e.title} {e.text_html}" for e in section.events)
    if isinstance(section, Quote):
        yield f"{section.text} {section.speaker} {section.role}"
    if isinstance(section, Questions):
        yield from (f"{item.question} {item.answer_html}" for item in section.items)
