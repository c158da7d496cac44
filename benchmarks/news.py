"""The converted corpus: plain Markdown news stories, turned into explainers as a newsroom would.

A story is written first as a wire service would send it: a headline, a lede, sections under
`##` headings, with inline links and bold in most paragraphs, some italics, the odd list,
sub-heading and blockquote, and numbers and money throughout. The newsroom then keeps its two
opening paragraphs as the summary and each headed section as prose, picks four or five
sentences as takeaways, dates six events for a timeline, lists the eight countries involved
and cites the links. Story i depends only on the seed and i.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

from benchmarks.newswords import (
    HEADINGS,
    MONTHS,
    OUTLETS,
    SECTIONS,
    headline,
    person,
    saying,
    sentence,
)
from benchmarks.stories import (
    FIRST_DAY,
    SPAN,
    Event,
    Link,
    Member,
    Story,
    code_of,
    draw_stories,
    slugify,
)

# The order of an explainer made from a story: prose N is the story's Nth headed section.
LAYOUT = ("summary", "takeaways", "prose 0", "prose 1", "countries", "prose 2", "timeline",
          "prose 3", "prose 4", "sources")
ROLES = ("host", "lead", "funder", "contributing", "contributing", "supporting", "supporting",
         "other")
TAGS = ("Economy", "Energy", "Infrastructure", "Labour", "Health", "Politics", "Courts",
        "Trade", "Climate", "Budget", "Transport", "Housing")
TITLE_WORDS = (("agrees", "delays", "defends", "revives", "rewrites"), ("a", "its"),
               ("recovery plan", "budget", "rescue deal", "reform package", "debt agreement"),
               ("as protests grow", "after months of talks", "with new lenders",
                "amid a row over costs", "before the elections"))
EVENT_TITLES = ("Talks open with lenders", "The plan is announced", "Protests begin",
                "Parliament debates the bill", "An audit is published", "The strike ends",
                "Donors meet", "The first payments go out", "A court rules on the contracts",
                "The deadline passes")
SPAN_END = re.compile(r"[,.;:\u201d]+$")


class Writer:
    """Write one story's Markdown: sentences with links, bold and italics, from one RNG."""

    def __init__(self, rng: random.Random, year: int, outlet: tuple[str, str]) -> None:
        self.rng = rng
        self.year = year
        self.domain = outlet[1]
        self.links: list[Link] = []

    def url(self) -> str:
        """Return a link address such as a newsroom cites: paths, and sometimes a query."""
        rng = self.rng
        words = "-".join(rng.sample(("plan", "budget", "vote", "talks", "report", "deal",
                                     "strike", "court", "prices", "grid", "port", "aid"), 3))
        url = (f"https://{rng.choice([self.domain, OUTLETS[rng.randrange(6)][1]])}/"
               f"{rng.choice(SECTIONS)}/{self.year}/{rng.randrange(1, 13):02d}/{words}")
        shape = rng.random()
        if shape < 0.3:
            url += ".html"
        elif shape < 0.38:
            url += f"?id={rng.randrange(10000, 99999)}&lang=en"
        elif shape < 0.43:
            url += "?utm_source=newsletter"
        return url

    def decorate(self, text: str, link: float = 0.75, bold: float = 0.6) -> str:
        """Put a link, bold and the odd italics around runs of a sentence's words."""
        rng = self.rng
        words = text.split(" ")
        free = list(range(len(words)))
        for chance, marks in ((link, "link"), (bold, "**"), (0.15, "*"), (0.03, "_")):
            if rng.random() >= chance or len(free) < 6:
                continue
            size = rng.randint(1, 4 if marks == "link" else 2)
            start = rng.choice(free[: -size])
            if any(i not in free for i in range(start, start + size)):
                continue
            run = " ".join(words[start:start + size])
            tail = SPAN_END.search(run)
            core, end = (run[: tail.start()], tail[0]) if tail else (run, "")
            if not core or core[0] in "\u201c(":
                continue
            if marks == "link":
                url = self.url()
                self.links.append(Link(headline(rng, self.year), url,
                                       OUTLETS[rng.randrange(6)][0],
                                       f"{self.year}-{rng.randrange(1, 13):02d}-01"))
                words[start:start + size] = [f"[{core}]({url}){end}"] + [""] * (size - 1)
            else:
                words[start:start + size] = [f"{marks}{core}{marks}{end}"] + [""] * (size - 1)
            free = [i for i in free if not start <= i < start + size]
        return " ".join(word for word in words if word)

    def paragraph(self) -> str:
        """Return a paragraph of one to five sentences of mixed length, on one line.

        One sentence, drawn at random, is likely to get a link and bold; the others may.
        """
        rng = self.rng
        count = rng.choice((1, 2, 2, 3, 3, 4, 5))
        marked = rng.randrange(count)
        return " ".join(self.decorate(sentence(rng, self.year), *(
            (0.8, 0.6) if n == marked else (0.2, 0.15))) for n in range(count))

    def block(self) -> str:
        """Return a block of a section: mostly a paragraph, sometimes a list or a quote."""
        rng, shape = self.rng, self.rng.random()
        if shape < 0.08:
            items = [self.decorate(sentence(rng, self.year), 0.3, 0.3) for _ in range(
                rng.randint(3, 5))]
            marker = (lambda n: f"{n}. ") if rng.random() < 0.3 else (lambda n: "- ")
            return "\n".join(marker(n) + item for n, item in enumerate(items, 1))
        if shape < 0.14:
            return "> " + self.decorate(saying(rng, self.year), 0.2, 0.2)
        if shape < 0.17:
            return f"### {rng.choice(MONTHS)} {self.year}"
        return self.paragraph()


def generate_converted(count: int, seed: int = 1) -> list[Story]:
    """Return count stories converted to explainers; story i is the same whatever count is."""
    return draw_stories(count, f"news:{seed}", convert)


def convert(rng: random.Random, names: list[str]) -> Story:
    """Write one news story and return it as the newsroom's explainer."""
    published = FIRST_DAY + timedelta(days=rng.randrange(SPAN))
    outlet = rng.choice(OUTLETS)
    writer = Writer(rng, published.year, outlet)
    countries = rng.sample(names, 8)
    title = " ".join((countries[0], *(rng.choice(words) for words in TITLE_WORDS)))
    slug = slugify(title)
    summary = (writer.paragraph(), writer.paragraph())
    prose = tuple((heading, tuple(writer.block() for _ in range(rng.randint(2, 5))))
                  for heading in rng.sample(HEADINGS, 5))
    takeaways = tuple(writer.decorate(text, 0.4, 0.5) for text in distinct(
        lambda: sentence(rng, published.year), rng.randint(4, 5)))
    based_on = Link(title, writer.url(), outlet[0], published.isoformat())
    sources = (based_on, *writer.links[: rng.randint(2, 4)])
    return Story(
        slug=slug, title=title, dek=SPAN_END.sub("", sentence(rng, published.year)) + ".",
        published=published, updated=None, byline=person(rng), based_on=based_on,
        tags=tuple(sorted(rng.sample(TAGS, rng.randint(2, 3)))), summary=summary, why="",
        takeaways=takeaways, figures=(), prose=prose, quotes=(),
        countries=tuple(Member(name, code_of(name), role, None)
                        for name, role in zip(countries, ROLES, strict=True)),
        countries_note="", timeline_title="Timeline",
        events=draw_events(writer, published, sources), timeline_note="", sources=sources,
        layout=LAYOUT)


def distinct(draw: Callable[[], str], count: int) -> list[str]:
    """Return count texts drawn until none repeats another (as a newsroom's takeaways)."""
    texts: list[str] = []
    while len(texts) < count:
        text = draw()
        if text not in texts:
            texts.append(text)
    return texts


def draw_events(writer: Writer, published: date, sources: tuple[Link, ...]) -> tuple[Event, ...]:
    """Return six events in date order before publication, each with a source."""
    rng = writer.rng
    days = sorted(rng.sample(range(1, 700), 6), reverse=True)
    return tuple(Event((published - timedelta(days=d)).isoformat(), title,
                       writer.decorate(sentence(rng, published.year), 0.5, 0.4)
                       if rng.random() < 0.7 else None, rng.choice(sources), False)
                 for d, title in zip(days, rng.sample(EVENT_TITLES, 6), strict=True))
