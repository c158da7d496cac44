"""How tall an embeddable piece stands in an iframe 640 pixels wide, told from its content.

Another site's page that has no resizer script shows a piece at the height its embed code or
its oEmbed answer gives: too short, and the piece scrolls inside its frame. The height is
reckoned from what the piece shows, as the shipped stylesheet sets it at that width: the
explainer's title above it, each item's lines of text (a line holds about LINE characters, or
half as many wide ones), each item's own spacing, for a long timeline its years' headings and
the row of links to them, and for a country list its map, as tall as its frame makes it.
The weights were measured in Chromium on some 250 pieces, a tenth added so that a piece is
cut rarely; a resizer script (see docs/reusing.md) fits the frame exactly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from unicodedata import east_asian_width

from ..content.model import Countries, Explainer, Figures, Questions, Takeaways, Timeline
from .mapframe import list_plan, load_world

LINE = 70  # characters of text on a line of a piece 640 pixels wide
TITLE_LINE = 40  # characters on a line of the explainer's title, above the piece
# Pixels, by kind: the piece's frame (the title's first line, the heading, the link back), each
# further line of the title, each item, each line of the items' text, each role's group (a
# country list's items are measured by list_height()).
WEIGHTS = {"timeline": (162, 55, 32, 50, 0), "takeaways": (138, 0, 32, 17, 0),
           "figures": (130, 29, 0, 30, 0), "countries": (191, 53, 0, 4, 74),
           "questions": (138, 0, 40, 27, 0)}
MAP_WIDTH = 600  # pixels: the width the map takes in the piece, its height by its frame's shape
# A country list is a grid of COLUMNS names to a row; a member with a note takes a row of its
# own, NOTED pixels and NOTE_LINE per further line of its note (NOTE_CHARS to a line), and
# a row of names takes ROW.
COLUMNS, ROW, NOTED, NOTE_LINE, NOTE_CHARS = 3, 32, 54, 20, 80
# A long timeline, shown by year: each year's heading, and the row of links to the years
# above them ("Jump to: 2022 · 2023", YEAR_LINK characters a year, DECADE_LINK a decade's
# "1950 – 1959"), its first line and each further one.
YEAR_HEADING, YEAR_LINKS, YEAR_LINKS_LINE, YEAR_LINK, DECADE_LINK = 74, 27, 31, 7, 14
MARGIN = 1.1


def piece_height(kind: str, explainer: Explainer) -> int:
    """Return the height, in pixels, of an explainer's piece of a kind."""
    base, title_line, item, text_line, group = WEIGHTS[kind]
    section = next(iter(explainer.sections_of(kind)), None)
    height = base + title_line * (lines(explainer.title, TITLE_LINE) - 1)
    if section is not None:
        if isinstance(section, Countries):
            height += text_line * lines(section.body_text) + map_height(section) + sum(
                group + list_height(members.members) for members in section.groups)
        else:
            texts = list(item_texts(section))
            height += item * len(texts) + text_line * (sum(lines(text) for text in texts)
                                                       + lines(section.body_text))
            height += years_height(section)
    return math.ceil(height * MARGIN / 10) * 10


def item_texts(section: object) -> Iterable[str]:
    """Yield the text of each item of a section, as its piece shows it."""
    if isinstance(section, Timeline):
        for event in section.events:
            yield f"{event.title} {event.text}"
    elif isinstance(section, Takeaways):
        yield from (item.text for item in section.items)
    elif isinstance(section, Figures):
        for figure in section.items:
            yield figure.value
            yield f"{figure.label} {figure.note}"
    elif isinstance(section, Questions):
        for item in section.items:
            yield item.question
            yield item.answer


def years_height(section: object) -> int:
    """Return the pixels a long timeline's years take: a heading each, and the row of links
    to them, which wraps when they are many; none for another section."""
    if not isinstance(section, Timeline) or not section.years:
        return 0
    row = YEAR_LINK + 2 + sum(YEAR_LINK if year.until is None else DECADE_LINK
                              for year in section.years)  # characters: "Jump to: 2022 · 2023"
    return YEAR_HEADING * len(section.years) + YEAR_LINKS + \
        YEAR_LINKS_LINE * (math.ceil(row / LINE) - 1)


def list_height(members: Iterable[object]) -> int:
    """Return the pixels a group's country list takes: its names in rows of COLUMNS, each
    member with a note in a row of its own, which ends the row of names before it."""
    height, names = 0, 0
    for member in members:
        note = getattr(member, "note", "")
        if note:
            height += ROW * math.ceil(names / COLUMNS) + NOTED
            height += NOTE_LINE * (lines(note, NOTE_CHARS) - 1)
            names = 0
        else:
            names += 1
    return height + ROW * math.ceil(names / COLUMNS)


def lines(text: str, per_line: int = LINE) -> int:
    """Return how many lines a text takes, none if it is empty; a wide letter (Chinese,
    Japanese, Korean) takes the room of two."""
    text = text.strip()
    wide = sum(east_asian_width(char) in "WF" for char in text) if not text.isascii() else 0
    return math.ceil((len(text) + wide) / per_line)


def map_height(section: Countries) -> int:
    """Return the pixels a country list's map takes, or none if it has none."""
    if section.map == "none" or not section.entries:
        return 0
    plan = list_plan(section)
    _, _, width, _ = load_world().view_box
    return round(MAP_WIDTH * plan.frame.height * plan.frame.scale / width)
