"""The section kinds an explainer is written in, each a frozen class its template receives."""

from __future__ import annotations

import re

from .basics import FuzzyDate, Link, Section, Status, TextMap, frozen

# A blank line, which parts a quote's paragraphs (in a `|` block of YAML).
BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


@frozen()
class Summary(Section):
    """The lede: what happened, in a paragraph or two."""


@frozen()
class WhyItMatters(Section):
    """A callout saying why the story matters."""

    title: str = ""  # the author's; else the page's language names it


@frozen()
class Prose(Section):
    """A headed run of Markdown prose."""

    heading: str = ""


@frozen()
class TimelineEvent:
    """One dated event on a timeline."""

    date: FuzzyDate
    title: str
    text_html: str = ""
    source: Link | None = None
    status: Status = "done"
    approximate: bool = False
    line: int = 0
    text: str = ""
    display_date: str = ""  # what readers see in place of the date: "late 2025"
    title_map: TextMap | None = None  # where the title's characters stand in the file
    text_map: TextMap | None = None  # and the text's


@frozen()
class TimelineYear:
    """The events of one year of a long timeline, or of one decade of a timeline of many
    years, under a heading of their own."""

    # The year, or a decade's first year, as its heading and its link write it: of the
    # calendar the page's language dates in (a Persian page's Solar Hijri year, 1403).
    date: FuzzyDate
    anchor: str  # the heading's id, unique on the page
    events: tuple[TimelineEvent, ...] = ()
    until: FuzzyDate | None = None  # a decade's last year shown (its heading is "1950–1959")


@frozen()
class Timeline(Section):
    """Dated events, shown in chronological order."""

    title: str = ""  # the author's; else the page's language names it
    events: tuple[TimelineEvent, ...] = ()
    source: Link | None = None  # the source of every event that names none of its own
    # A long timeline's events by year (content/years.py); none for a short one, shown whole.
    years: tuple[TimelineYear, ...] = ()


@frozen()
class Takeaway:
    """One key takeaway, as HTML, with the text it came from."""

    html: str
    text: str
    line: int
    text_map: TextMap | None = None  # where its characters stand in the file


@frozen()
class Takeaways(Section):
    """The key-takeaways box."""

    title: str = ""  # the author's; else the page's language names it
    items: tuple[Takeaway, ...] = ()

    @property
    def said(self) -> tuple[tuple[str, TextMap, str], ...]:
        """Return each takeaway's text, as the checks read it."""
        return tuple(("takeaway", item.text_map or TextMap(item.line, 1, None), item.text)
                     for item in self.items)


@frozen()
class Figure:
    """A key number and what it counts."""

    value: str
    label: str
    note: str = ""
    line: int = 0


@frozen()
class Figures(Section):
    """Key numbers shown large."""

    title: str = ""  # the author's; else the page's language names it
    items: tuple[Figure, ...] = ()


@frozen()
class Question:
    """One question a reader asks, and its answer as HTML, with the Markdown it came from."""

    question: str
    answer_html: str
    answer: str
    anchor: str = ""  # the question's heading's id, made from its words (content/anchors.py)
    line: int = 0
    answer_map: TextMap | None = None  # where the answer's characters stand in the file


@frozen()
class Questions(Section):
    """Questions a reader asks, each a heading of its own, and their answers."""

    title: str = ""  # the author's; else the page's language names it
    items: tuple[Question, ...] = ()

    @property
    def said(self) -> tuple[tuple[str, TextMap, str], ...]:
        """Return each answer's text, as the checks read it."""
        return tuple(("answer", item.answer_map or TextMap(item.line, 1, None), item.answer)
                     for item in self.items)


@frozen()
class Quote(Section):
    """Someone's words, attributed."""

    text: str = ""
    speaker: str = ""
    role: str = ""
    date: FuzzyDate | None = None
    source: Link | None = None
    translated: bool = False  # the words are translated from another language
    language: str | None = None  # the language of the words, when not the page's

    @property
    def paragraphs(self) -> list[str]:
        """Return the words paragraph by paragraph, as blank lines part them in the file."""
        return [part for part in BLANK_LINE.split(self.text.strip()) if part]


@frozen()
class Sources(Section):
    """Links to the reporting the explainer draws on."""

    title: str = ""  # the author's; else the page's language names it
    items: tuple[Link, ...] = ()


@frozen()
class Picture:
    """An image the explainer shows: its file as the author named it, and its words."""

    file: str  # the input file it resolves to, such as content/haiti/airport.jpg
    alt: str
    caption_html: str = ""
    credit: str = ""
    line: int = 0


@frozen()
class Image(Section):
    """A picture in the flow of the page, with its caption and credit."""

    picture: Picture | None = None


@frozen()
class Embed(Section):
    """A chart, a map, a video or a document from a service newsrooms embed, in a frame."""

    url: str = ""  # the address the frame loads
    link: str = ""  # the address a reader follows without the frame
    title: str = ""
    service: str = ""
    aspect: tuple[int, int] = (16, 9)
    caption_html: str = ""
    sandbox: str = ""  # what the frame may do, or "" for a player that needs its own origin
