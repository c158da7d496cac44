"""The benchmark's stories: made-up explainers, each drawn from its own seeded RNG."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pycountry

from benchmarks.prose import (
    EVENTS,
    HEADINGS,
    POSTS,
    PUBLISHERS,
    QUESTIONS,
    QUOTES,
    SENTENCES,
    TAGS,
    THEMES,
    Voice,
    state_names,
)

FIRST_DAY = date(2015, 1, 1)
SPAN = 3650  # days, from FIRST_DAY, over which the stories are published
UPDATED_WITHIN = 60  # days after its publication in which a story may be updated
# The corpus's last day: after every date its stories give. Its builds run on that day (see
# corpus.build_environment), and what a story still expects is due later, as in an archive
# kept up to date: an event expected long before the day the site is built would warn.
LAST_DAY = FIRST_DAY + timedelta(days=SPAN + UPDATED_WITHIN)
JOINING = ("contributing", "supporting")


@dataclass(frozen=True)
class Link:
    """A report: title, address, publisher and date."""

    title: str
    url: str
    publisher: str
    date: str


@dataclass(frozen=True)
class Member:
    """A country in a story's country list."""

    name: str
    code: str
    role: str
    note: str | None


@dataclass(frozen=True)
class Quote:
    """Someone's words, with a line of context."""

    text: str
    speaker: str
    role: str
    date: str
    source: Link | None
    context: str | None


@dataclass(frozen=True)
class Event:
    """A dated event of a timeline."""

    date: str
    title: str
    text: str | None
    source: Link | None
    expected: bool


@dataclass(frozen=True)
class Story:
    """One explainer's content, independent of the format it is written in."""

    slug: str
    title: str
    dek: str
    published: date
    updated: date | None
    byline: str
    based_on: Link
    tags: tuple[str, ...]
    summary: tuple[str, ...]
    why: str
    takeaways: tuple[str, ...]
    figures: tuple[tuple[str, str, str | None], ...]
    prose: tuple[tuple[str, tuple[str, ...]], ...]
    quotes: tuple[Quote, ...]
    countries: tuple[Member, ...]
    countries_note: str
    timeline_title: str
    events: tuple[Event, ...]
    timeline_note: str
    sources: tuple[Link, ...]
    # Questions readers ask, each with its answer.
    questions: tuple[tuple[str, str], ...] = ()
    # The sections in page order, as formats.LAYOUT names them; empty for formats.LAYOUT.
    layout: tuple[str, ...] = ()
    # The story's language when it is not the site's ('' for the site's).
    language: str = ""


def generate(count: int, seed: int = 1) -> list[Story]:
    """Return count stories; story i is the same whatever count is."""
    return draw_stories(count, f"{seed}", make_story)


def draw_stories(count: int, seed: str,
                 make: Callable[[random.Random, list[str]], Story]) -> list[Story]:
    """Return count stories made each from its own RNG, seeded with seed and its number.

    `make` draws a story from an RNG and the country names to choose from; a slug made twice
    gets a number.
    """
    names = state_names()
    stories: list[Story] = []
    slugs: set[str] = set()
    for index in range(count):
        story = make(random.Random(f"{seed}:{index}"), names)
        slug, n = story.slug, 2
        while slug in slugs:
            slug, n = f"{story.slug}-{n}", n + 1
        slugs.add(slug)
        stories.append(story if slug == story.slug else replace_slug(story, slug))
    return stories


def replace_slug(story: Story, slug: str) -> Story:
    """Return the story under another slug."""
    return Story(**{**story.__dict__, "slug": slug})


def slugify(text: str) -> str:
    """Return a file-name slug: lowercase ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:70].strip("-")


def make_story(rng: random.Random, names: list[str]) -> Story:
    """Draw one story: theme, countries, dates, then the prose that talks about them."""
    theme = rng.choice(THEMES)
    published = FIRST_DAY + timedelta(days=rng.randrange(SPAN))
    members = draw_members(rng, names)
    cast = {m.role: m.name for m in members if m.role in ("lead", "host", "funder")}
    cast.setdefault("funder", cast["lead"])
    partners = [m.name for m in members if m.role in JOINING]
    publisher, domain = rng.choice(PUBLISHERS)
    title = rng.choice((
        "{lead} leads {a_mission} in {host}", "{lead} and {host} agree on {a_mission}",
        "What the {mission} in {host} means", "Why {host} asked {lead} for {a_mission}",
    )).format(**cast, mission=theme.mission, a_mission=theme.a_mission)
    title = title[0].upper() + title[1:]
    slug = slugify(title)
    url = f"https://{domain}/{published.year}/{published.month:02d}/{slug}"
    voice = Voice(rng, theme, cast, partners, published.year, url)
    based_on = Link(voice.fill("{lead} and {host} discuss {a_mission}"), url, publisher,
                    (published - timedelta(days=rng.randrange(1, 5))).isoformat())
    headings = [h.format(**cast) for h in rng.sample(HEADINGS, 4)]
    updated = draw_update(rng, published)
    return Story(
        slug=slug, title=title,
        dek=voice.fill("How {lead}, {host} and their partners mean to deal with {topic}, and "
                       "who pays for it."),
        published=published, updated=updated, byline=voice.person(), based_on=based_on,
        tags=tuple(sorted({theme.tag, *rng.sample(TAGS, rng.randint(1, 2))})),
        summary=tuple(voice.paragraphs(2, 3, 3)), why=voice.paragraph(3),
        takeaways=draw_takeaways(voice, len(partners)),
        figures=draw_figures(voice, len(partners)),
        prose=tuple((h, tuple(voice.paragraphs(rng.randint(2, 3)))) for h in headings),
        quotes=tuple(draw_quote(voice, members, published) for _ in range(2)),
        countries=tuple(members),
        countries_note=voice.fill("Contributing countries send staff; supporting countries give "
                                  "money or equipment. {Org} keeps the official list."),
        timeline_title=rng.choice(("Timeline", "How we got here", "Key dates")),
        events=draw_events(voice, published, based_on),
        timeline_note=voice.sentence(),
        sources=tuple(draw_link(voice, published) for _ in range(rng.randint(2, 4))),
        # Drawn last, so that every other part of a story is as it was before questions.
        questions=tuple((voice.fill(q), voice.paragraph(2))
                        for q in rng.sample(QUESTIONS, rng.randint(2, 4))),
    )


def draw_update(rng: random.Random, published: date) -> date | None:
    """Return the day a story was updated, within UPDATED_WITHIN days of its publication, or
    None: most are not."""
    return published + timedelta(days=rng.randrange(1, UPDATED_WITHIN)) \
        if rng.random() < 0.3 else None


def draw_members(rng: random.Random, names: list[str]) -> list[Member]:
    """Draw a country list: a lead, a host, usually a funder, then contributors and supporters."""
    chosen = rng.sample(names, rng.randint(5, 14))
    roles = ["lead", "host"] + (["funder"] if rng.random() < 0.8 else [])
    roles += [rng.choice(JOINING) for _ in chosen[len(roles):]]
    notes = {"lead": f"About {rng.randrange(50, 2000):,} staff",
             "host": "Hosts the mission's headquarters in its capital",
             "funder": f"${rng.randrange(20, 900)} million pledged",
             "contributing": f"About {rng.randrange(10, 400):,} staff",
             "supporting": f"${rng.randrange(2, 90)} million pledged"}
    return [Member(name, code_of(name), role, notes[role] if rng.random() < 0.4 else None)
            for name, role in zip(chosen, roles, strict=True)]


def code_of(name: str) -> str:
    """Return the ISO 3166-1 alpha-2 code of a country name."""
    return pycountry.countries.lookup(name).alpha_2


def draw_takeaways(voice: Voice, joining: int) -> tuple[str, ...]:
    """Return four or five takeaways, one of them counting the countries that join."""
    items = [voice.fill("{lead} is to lead the {mission} in {host}."),
             voice.fill("{funder} has pledged {money} to support it."),
             f"Staff or money from {joining} other countries back the effort."]
    items += [voice.fill(p) for p in voice.rng.sample(SENTENCES, voice.rng.randint(1, 2))]
    return tuple(items)


def draw_figures(voice: Voice, joining: int) -> tuple[tuple[str, str, str | None], ...]:
    """Return three to five key figures with labels and the odd note."""
    rng = voice.rng
    figures = [
        (voice.money(), voice.fill("pledged by {funder}"), None),
        (voice.staff, "staff expected in the first phase",
         "Officials gave no exact date." if rng.random() < 0.5 else None),
        (str(joining), "other countries joining or supporting the effort", None),
        (f"{rng.randint(3, 24)} months", "planned length of the first phase", None),
        (f"{rng.randint(2, 60)}%", voice.fill("share of {host}'s budget at stake"), None),
    ]
    return tuple(figures[:rng.randint(3, 5)])


def draw_quote(voice: Voice, members: list[Member], published: date) -> Quote:
    """Return a quote by an official of one of the story's countries."""
    rng = voice.rng
    country = rng.choice(members).name
    spoken = published - timedelta(days=rng.randrange(1, 90))
    return Quote(voice.fill(rng.choice(QUOTES)), voice.person(),
                 f"{rng.choice(POSTS)} of {country}", spoken.isoformat(),
                 draw_link(voice, spoken) if rng.random() < 0.5 else None,
                 voice.sentence() if rng.random() < 0.5 else None)


def draw_events(voice: Voice, published: date, based_on: Link) -> tuple[Event, ...]:
    """Return five to eight events before publication, and sometimes one still expected after
    the corpus's last day."""
    rng = voice.rng
    days = sorted(rng.sample(range(1, 1100), rng.randint(5, 8)), reverse=True)
    events = [Event((published - timedelta(days=d)).isoformat(), voice.fill(title),
                    voice.sentence() if rng.random() < 0.6 else None,
                    rng.choice((based_on, draw_link(voice, published))), False)
              for d, title in zip(days, rng.sample(EVENTS, len(days)), strict=True)]
    if rng.random() < 0.5:
        due = LAST_DAY + timedelta(days=rng.randrange(30, 200))
        events.append(Event(f"{due.year}-{due.month:02d}", voice.fill("A review of the {mission}"),
                            None, based_on, True))
    return tuple(events)


def draw_link(voice: Voice, before: date) -> Link:
    """Return a report published before the given day."""
    rng = voice.rng
    publisher, domain = rng.choice(PUBLISHERS)
    day = before - timedelta(days=rng.randrange(0, 400))
    title = voice.fill(rng.choice(("{host} asks for help with {topic}",
                                   "Inside the plan to {action}", "{funder} pledges {money}",
                                   "What {lead} stands to gain")))
    return Link(title, f"https://{domain}/{day.year}/{slugify(title)}", publisher, day.isoformat())
