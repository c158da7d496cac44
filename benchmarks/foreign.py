"""The benchmark's stories in other languages: the stories corpus's explainers (their dates,
countries, roles and links), written in Japanese, Chinese, Arabic or Russian from the word
banks of benchmarks/tongues.py, or a site of all of them and English.

Every slot a pattern names is filled from the story's own RNG. The common words repeat from
story to story; the rare ones (CLDR's names of cities, languages and currencies in the
language, and people's names) are drawn so that a few come often and most seldom, as names do
in news, and the corpus's vocabulary keeps growing with its size.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import replace

from babel import Locale

from benchmarks.stories import Event, Link, Member, Story, draw_stories, make_story
from benchmarks.tongues import JA, ZH, Tongue
from benchmarks.tongues_rtl import AR, RU

TONGUES = {tongue.code: tongue for tongue in (JA, ZH, AR, RU)}
MIXED = ("en", "ja", "zh", "ar", "ru")  # the languages of a mixed site, story by story
SLOT = re.compile(r"\{(\w+)\}")


@functools.cache
def rare(code: str) -> dict[str, tuple[str, ...]]:
    """Return CLDR's names of cities, languages and currencies in a language, in a fixed
    order."""
    locale = Locale.parse(code)
    cities = sorted({zone["city"] for zone in locale.time_zones.values() if "city" in zone})
    return {"city": tuple(cities), "language": tuple(sorted(set(locale.languages.values()))),
            "currency": tuple(sorted(set(locale.currencies.values())))}


def zipf(rng: random.Random, names: tuple[str, ...]) -> str:
    """Return one of the names, the first ones far more often than the last."""
    return names[min(int(len(names) ** rng.random()) - 1, len(names) - 1)]


class Writer:
    """Fill a tongue's patterns for one story."""

    def __init__(self, tongue: Tongue, rng: random.Random, story: Story) -> None:
        self.tongue, self.rng = tongue, rng
        self.theme = tongue.themes[rng.randrange(len(tongue.themes))]
        names = Locale.parse(tongue.code).territories
        named = {m.role: names[m.code] for m in story.countries}
        self.cast = {"lead": named["lead"], "host": named["host"],
                     "funder": named.get("funder", named["lead"])}
        self.partners = [names[m.code] for m in story.countries
                         if m.role in ("contributing", "supporting")] or [self.cast["lead"]]
        self.year = story.published.year
        self.pledge = rng.randrange(5, 900)
        self.staff = f"{rng.randrange(120, 4000):,}"
        months = Locale.parse(tongue.code).months["format"]["wide"]
        self.months = tuple(months[n] for n in range(1, 13))

    def person(self) -> str:
        """Return a made-up full name."""
        return self.tongue.person.format(given=zipf(self.rng, self.tongue.given),
                                         family=zipf(self.rng, self.tongue.family))

    def slot(self, name: str) -> str:
        """Return a value for one slot of a pattern."""
        rng, tongue = self.rng, self.tongue
        if name == "next_year":
            return str(self.year + 1)
        base, _, form = name.partition("_")
        values = {
            "mission": lambda: self.theme[1], "topic": lambda: rng.choice(self.theme[2]),
            "action": lambda: rng.choice(self.theme[3]),
            "partner": lambda: rng.choice(self.partners),
            "org": lambda: rng.choice(tongue.organisations), "person": self.person,
            "money": lambda: tongue.units[0].format(n=self.pledge),
            "year": lambda: str(self.year - rng.randrange(4)),
            "month": lambda: rng.choice(self.months), "number": lambda: self.staff,
        }
        if base in self.cast:
            return self.cast[base]
        if base in ("city", "language", "currency"):
            return zipf(rng, rare(tongue.code)[base])
        forms = values[base]().split("|")
        return forms[min(int(form or 0), len(forms) - 1)]

    def fill(self, pattern: str, **fixed: object) -> str:
        """Fill a pattern's slots with this story's names and fresh details."""
        return SLOT.sub(lambda m: str(fixed[m[1]]) if m[1] in fixed else self.slot(m[1]), pattern)

    def sentences(self, count: int) -> str:
        """Return count sentences, none repeated, as one paragraph."""
        return self.tongue.gap.join(self.fill(p) for p in self.rng.sample(self.tongue.sentences,
                                                                            count))

    def link(self, link: Link) -> Link:
        """Return a link with its title and publisher in the language."""
        return replace(link, title=self.fill(self.rng.choice(self.tongue.links)),
                       publisher=self.rng.choice(self.tongue.publishers))


def write_in(tongue: Tongue, story: Story, rng: random.Random) -> Story:
    """Return the story written in the tongue: its every text, its structure kept."""
    w = Writer(tongue, rng, story)
    joining = len(w.partners)
    money, months, staff, pledged = tongue.units
    link_of = functools.cache(w.link)
    figures = ((money.format(n=w.pledge), w.fill(tongue.figures[0]), None),
               (w.staff, tongue.figures[1], None), (str(joining), tongue.figures[2], None),
               (months.format(n=rng.randint(3, 24)), tongue.figures[3], None),
               (f"{rng.randint(2, 60)}%", w.fill(tongue.figures[4]), None))
    return replace(
        story, title=w.fill(rng.choice(tongue.titles)), dek=w.fill(tongue.dek),
        byline=w.person(), based_on=link_of(story.based_on),
        tags=tuple(sorted({w.theme[0], *rng.sample(tongue.tags, rng.randint(1, 2))})),
        summary=tuple(w.sentences(3) for _ in range(2)), why=w.sentences(3),
        takeaways=tuple(w.fill(t, joining=joining) for t in tongue.takeaways)
        + tuple(w.fill(p) for p in rng.sample(tongue.sentences, rng.randint(1, 2))),
        figures=figures[:len(story.figures)],
        prose=tuple((w.fill(h), tuple(w.sentences(rng.randint(3, 5)) for _ in paragraphs))
                    for h, (_, paragraphs) in zip(rng.sample(tongue.headings, len(story.prose)),
                                                  story.prose, strict=True)),
        quotes=tuple(replace(q, text=w.fill(rng.choice(tongue.quotes)), speaker=w.person(),
                             role=rng.choice(tongue.posts),
                             source=q.source and link_of(q.source),
                             context=q.context and w.sentences(1)) for q in story.quotes),
        countries=tuple(write_member(m, tongue, rng) for m in story.countries),
        countries_note=w.fill(tongue.notes[0]), timeline_title=rng.choice(tongue.timelines),
        events=tuple(write_event(e, w, link_of) for e in story.events),
        timeline_note=w.sentences(1), sources=tuple(link_of(s) for s in story.sources),
        language=tongue.code)


def write_member(member: Member, tongue: Tongue, rng: random.Random) -> Member:
    """Return a country of the list with its note, if any, in the language."""
    if member.note is None:
        return member
    unit = tongue.units[3] if "$" in member.note else tongue.units[2]
    return replace(member, note=unit.format(n=rng.randrange(10, 900)))


def write_event(event: Event, w: Writer, link_of) -> Event:
    """Return an event of the timeline in the writer's language."""
    title = w.fill(w.tongue.review if event.expected else w.rng.choice(w.tongue.events))
    return replace(event, title=title, text=event.text and w.sentences(1),
                   source=event.source and link_of(event.source))


def generate_in(language: str, count: int, seed: int = 1) -> list[Story]:
    """Return count stories in a language of TONGUES, or in "mixed", each story in one of
    MIXED drawn at random (English as the stories corpus writes it); story i is the same
    whatever count is."""
    def make(rng: random.Random, names: list[str]) -> Story:
        story = make_story(rng, names)
        code = MIXED[rng.randrange(len(MIXED))] if language == "mixed" else language
        if code == "en":
            return story
        written = write_in(TONGUES[code], story, rng)
        return written if language == "mixed" else replace(written, language="")
    return draw_stories(count, f"{seed}:{language}", make)
