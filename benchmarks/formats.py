"""Write a story as an explainer file, or as plain Markdown with front matter for the peers."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable

from benchmarks.stories import Link, Member, Quote, Story

WIDTH = 100
# The page order of the sections; the number picks one of the story's prose runs or quotes.
LAYOUT = ("summary", "why-it-matters", "takeaways", "figures", "prose 0", "quote 0", "prose 1",
          "countries", "prose 2", "quote 1", "prose 3", "questions", "timeline", "sources")
ROLE_ORDER = ("lead", "host", "funder", "contributing", "supporting", "other")
PLAIN = re.compile(r"[A-Za-z$][^\"\n]*|\d{4}(-\d{2}){0,2}")
LIST_MARKER = re.compile(r"(?:-|\d+\.) ")
YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}

Value = str | bool | dict[str, "Value"] | list["Value"] | None


def wrap(text: str, first: str = "", rest: str = "") -> str:
    """Wrap text at the page width, never breaking words or starting a line with a hyphen:
    a dash typed " - " keeps to the word before it, or its line would be a list's item."""
    return textwrap.fill(text.replace(" - ", "\0- "), WIDTH, initial_indent=first,
                         subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False).replace("\0", " ")


def fill(block: str) -> str:
    """Return a block of Markdown wrapped: a paragraph or a quote, or each item of a list."""
    if block.startswith("> "):
        return wrap(block[2:], "> ", "> ")
    if "\n" not in block:
        return wrap(block)
    items = [(line, LIST_MARKER.match(line)) for line in block.split("\n")]
    if not all(marker for _, marker in items):
        return block
    return "\n".join(wrap(line, "", " " * marker.end()) for line, marker in items if marker)


def layout(story: Story) -> tuple[str, ...]:
    """Return the story's sections in page order."""
    return story.layout or LAYOUT


def scalar(text: str, column: int, indent: int) -> str:
    """Return text as a YAML value starting at column: plain, quoted, or folded when long."""
    if column + len(text) > WIDTH:
        return ">-\n" + wrap(text, " " * indent, " " * indent)
    plain = PLAIN.fullmatch(text) and ": " not in text and " #" not in text
    if plain and not text.endswith(":") and text.lower() not in YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def emit(key: str, value: Value, indent: int) -> list[str]:
    """Return the YAML lines of one key, its value a text, a mapping or a list."""
    pad = " " * indent
    if isinstance(value, dict):
        return [f"{pad}{key}:"] + [line for k, v in value.items() if v is not None
                                   for line in emit(k, v, indent + 2)]
    if isinstance(value, list):
        return [f"{pad}{key}:"] + [line for item in value for line in emit_item(item, indent + 2)]
    if isinstance(value, bool):
        return [f"{pad}{key}: {'true' if value else 'false'}"]
    assert value is not None
    return [f"{pad}{key}: " + scalar(value, indent + len(key) + 2, indent + 2)]


def emit_item(item: Value, indent: int) -> list[str]:
    """Return the YAML lines of one list item."""
    pad = " " * indent
    if isinstance(item, dict):
        lines = [line for k, v in item.items() if v is not None
                 for line in emit(k, v, indent + 2)]
        return [pad + "- " + lines[0].lstrip()] + lines[1:]
    assert isinstance(item, str)
    return [pad + "- " + scalar(item, indent + 2, indent + 4)]


def link_value(link: Link) -> dict[str, Value]:
    """Return a link as an explainer writes it."""
    return {"title": link.title, "url": link.url, "publisher": link.publisher, "date": link.date}


def section(kind: str, header: dict[str, Value], body: list[str]) -> str:
    """Return one explainer section: fence, YAML header, closing line, Markdown body."""
    lines = [f"--- {kind}"] + [line for k, v in header.items() if v is not None
                               for line in emit(k, v, 0)] + ["---"]
    return "\n".join(lines) + "\n" + "\n\n".join(fill(p) for p in body if p) + (
        "\n" if any(body) else "")


def explainer_file(story: Story) -> str:
    """Return the story as an explainer: front matter, then one section per kind."""
    front: dict[str, Value] = {
        "title": story.title, "dek": story.dek, "published": story.published.isoformat(),
        "updated": story.updated.isoformat() if story.updated else None,
        "byline": story.byline, "based_on": [link_value(story.based_on)],
        "language": story.language or None,
    }
    head = "\n".join(line for k, v in front.items() if v is not None for line in emit(k, v, 0))
    parts = [f"---\n{head}\ntags: [{', '.join(story.tags)}]\n---\n"]
    parts += [explainer_section(story, entry) for entry in layout(story)]
    return "\n".join(parts).rstrip("\n") + "\n"


def explainer_section(story: Story, entry: str) -> str:
    """Return one entry of the layout as an explainer section."""
    kind, _, number = entry.partition(" ")
    if kind == "prose":
        heading, paragraphs = story.prose[int(number)]
        return section("prose", {"heading": heading}, list(paragraphs))
    if kind == "quote":
        quote = story.quotes[int(number)]
        source = link_value(quote.source) if quote.source else None
        return section("quote", {"text": quote.text, "speaker": quote.speaker,
                                 "role": quote.role, "date": quote.date, "source": source},
                       [quote.context] if quote.context else [])
    return EXPLAINER_SECTIONS[kind](story)


def countries_section(story: Story) -> str:
    """Return the country list section."""
    entries: list[Value] = [{"name": m.name, "role": m.role, "note": m.note}
                            for m in story.countries]
    return section("countries", {"countries": entries}, [story.countries_note])


def timeline_section(story: Story) -> str:
    """Return the timeline section."""
    events: list[Value] = [{
        "date": e.date, "title": e.title, "text": e.text,
        "source": link_value(e.source) if e.source else None,
        "status": "expected" if e.expected else None,
        "approximate": True if e.expected else None,
    } for e in story.events]
    return section("timeline", {"title": story.timeline_title, "events": events},
                   [story.timeline_note])


EXPLAINER_SECTIONS: dict[str, Callable[[Story], str]] = {
    "summary": lambda s: section("summary", {}, list(s.summary)),
    "why-it-matters": lambda s: section("why-it-matters", {}, [s.why]),
    "takeaways": lambda s: section("takeaways", {"takeaways": list(s.takeaways)}, []),
    "figures": lambda s: section("figures", {"figures": [
        {"value": v, "label": label, "note": note} for v, label, note in s.figures]}, []),
    "countries": countries_section,
    "questions": lambda s: section("questions", {"questions": [
        {"question": q, "answer": a} for q, a in s.questions]}, []),
    "timeline": timeline_section,
    "sources": lambda s: section("sources", {"sources": [link_value(x) for x in s.sources]}, []),
}


def markdown_link(link: Link) -> str:
    """Return a link as plain Markdown with its publisher and date."""
    return f"[{link.title}]({link.url}), {link.publisher}, {link.date}"


def bullets(items: list[str]) -> str:
    """Return a Markdown bullet list, wrapped."""
    return "\n".join(wrap(item, "- ", "  ") for item in items)


def member_line(member: Member) -> str:
    """Return one country of the country list as a Markdown list item."""
    note = f": {member.note}" if member.note else ""
    return f"**{member.name}** ({member.code}), {member.role}{note}"


def quote_markdown(quote: Quote) -> str:
    """Return a quote as a Markdown blockquote with its attribution and context."""
    cite = f" ([source]({quote.source.url}))" if quote.source else ""
    lines = [wrap(quote.text, "> ", "> "), ">",
             wrap(f"\u2014 {quote.speaker}, {quote.role}, {quote.date}{cite}", "> ", "> ")]
    return "\n".join(lines) + (f"\n\n{wrap(quote.context)}" if quote.context else "")


def markdown_body(story: Story) -> str:
    """Return the story as plain Markdown: the same prose, structured parts as lists."""
    members = sorted(story.countries, key=lambda m: ROLE_ORDER.index(m.role))
    events = [f"**{e.date}**: {e.title}." + (f" {e.text}" if e.text else "")
              + (f" ([source]({e.source.url}))" if e.source else "")
              + (" (expected)" if e.expected else "") for e in story.events]
    blocks = {
        "summary": [wrap(f"*By {story.byline}. Based on {markdown_link(story.based_on)}.*"),
                    *map(fill, story.summary)],
        "why-it-matters": ["## Why it matters", wrap(story.why)],
        "takeaways": ["## Key takeaways", bullets(list(story.takeaways))],
        "figures": ["## Key figures", bullets([f"**{v}**: {label}" + (f". {note}" if note else "")
                                               for v, label, note in story.figures])],
        "countries": ["## Countries involved", bullets([member_line(m) for m in members]),
                      wrap(story.countries_note)],
        "questions": ["## Questions and answers",
                      *(f"### {q}\n\n{wrap(a)}" for q, a in story.questions)],
        "timeline": [f"## {story.timeline_title}", bullets(events), wrap(story.timeline_note)],
        "sources": ["## Sources", bullets([markdown_link(x) for x in story.sources])],
    }
    parts: list[str] = []
    for entry in layout(story):
        kind, _, number = entry.partition(" ")
        if kind == "prose":
            heading, paragraphs = story.prose[int(number)]
            parts += [f"## {heading}", *map(fill, paragraphs)]
        elif kind == "quote":
            parts.append(quote_markdown(story.quotes[int(number)]))
        else:
            parts += blocks[kind]
    return "\n\n".join(part for part in parts if part) + "\n"


def pelican_file(story: Story) -> str:
    """Return the story in Pelican's Markdown format: metadata lines, a blank line, the body."""
    meta = [f"Title: {story.title}", f"Date: {story.published.isoformat()}",
            f"Tags: {', '.join(story.tags)}", f"Slug: {story.slug}", f"Authors: {story.byline}",
            f"Summary: {story.dek}"]
    if story.updated:
        meta.append(f"Modified: {story.updated.isoformat()}")
    return "\n".join(meta) + "\n\n" + markdown_body(story)


def front_matter_file(story: Story) -> str:
    """Return the story as Markdown with YAML front matter, as MkDocs and Hugo read it."""
    front: dict[str, Value] = {"title": story.title, "description": story.dek,
                               "date": story.published.isoformat(), "slug": story.slug,
                               "author": story.byline, "tags": list(story.tags)}
    head = "\n".join(line for k, v in front.items() for line in emit(k, v, 0))
    return f"---\n{head}\n---\n\n" + markdown_body(story)
