"""One closed spec per section kind: read a split source file into a typed Explainer."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable

from yaml.nodes import Node, ScalarNode

from ..errors import Problem
from . import model
from .addresses import check_url
from .anchors import anchor_base, page_ids, repeated, unique_anchor, with_heading_ids
from .clocks import in_time_order, read_dates
from .context import Context
from .extra import read_extra
from .fields import Fields, mapping, read_language, read_own_language
from .header import Reader
from .languages import ENGLISH, is_english, language_folder
from .media import (
    check_updated,
    iframe_warning,
    read_changes,
    read_embed,
    read_image,
    read_lead_image,
)
from .naming.actors import listed_again, read_entry, team_key, unique
from .naming.names import name_key
from .naming.organisations import organisation_names
from .naming.roles import ranked, read_role_notes, role_order, unused_notes
from .questions import read_questions
from .slugs import check_lists, name_places, read_aliases, read_slug, read_translation_key
from .sources import Block, SourceFile
from .text.markup import Markup
from .text.notes import NoteIds
from .text.quotemarks import unquoted
from .textmaps import mapped
from .years import by_year

Body = tuple[str, str, int]
SectionReader = Callable[[Context, Fields, Block, Body], model.Section | None]


def read_link(reader: Reader, node: Node) -> model.Link | None:
    """Read a source link: a mapping with title and url, or just a url."""
    if isinstance(node, ScalarNode):
        url = check_url(reader, node, node.value.strip())
        return model.Link(title=url, url=url) if url else None
    fields = mapping(reader, node, "source")
    if fields is None:
        return None
    language = read_own_language(fields)
    link = model.Link(title=fields.short("title", required=True, language=language),
                      url=fields.url("url"), publisher=fields.short("publisher") or None,
                      author=fields.short("author") or None, date=fields.date("date"),
                      note=fields.text("note") or None, language=language)
    fields.finish()
    return link


def read_source(fields: Fields) -> model.Link | None:
    """Read a mapping's optional 'source', a link (an empty one is reported as read_link does)."""
    fields.asked.add("source")
    return read_link(fields.reader, fields.values["source"]) if "source" in fields.values else None


def read_summary(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read the lede: prose only."""
    require_body(ctx, block, "summary")
    return model.Summary("summary", block.fence_line, "summary", *body)


def read_why(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read the why-it-matters callout."""
    require_body(ctx, block, "why-it-matters")
    return model.WhyItMatters("why-it-matters", block.fence_line, "why-it-matters", *body,
                              title=fields.short("title"))


def read_prose(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read a headed run of prose."""
    heading = fields.short("heading", required=True)
    require_body(ctx, block, "prose")
    return model.Prose("prose", block.fence_line, "", *body, heading=heading)


# The hint for an event dated in words, which the page can show as written.
DATE_IN_WORDS = ("for words such as 'late 2025' or '17-18 November', give the date they stand "
                 "for and the words as 'display_date:'")


def read_timeline(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read dated events, shown in time order (see clocks.in_time_order); "June 2024" goes
    after "25 June 2024", an event at 20:48 on a day before one of that day without a time."""
    reader = fields.reader

    def event(item: Fields) -> model.TimelineEvent | None:
        date = item.date("date", required=True, in_words=DATE_IN_WORDS, event=True)
        title, node = item.short("title", required=True), item.get("text", False, "some text")
        text = item.as_text(node, "text") if node else ""
        result = model.TimelineEvent(
            date=date or model.FuzzyDate(1), title=title, text_map=mapped(reader, node, text),
            text_html=ctx.inline(text, reader, node) if node else "", source=read_source(item),
            status=item.choice("status", ("done", "expected"), "done"),  # type: ignore[arg-type]
            approximate=item.boolean("approximate"), line=item.line(), text=text,
            display_date=item.short("display_date"),
            title_map=mapped(reader, item.values.get("title"), title))
        if result.approximate and result.display_date:
            english = is_english(reader.language or ENGLISH)
            like = f" ('about {result.display_date}')" if english else ""
            reader.error(item.keys["approximate"], "'approximate' is not shown beside "
                         "'display_date': the page writes the date as its words say",
                         f"say it in the words of 'display_date'{like}, or leave "
                         "'approximate' out", severity="warning")
        return result if date else None

    events = fields.mappings("events", "event", event, required=True)
    ordered = tuple(in_time_order(events))
    source = read_source(fields)
    return model.Timeline("timeline", block.fence_line, "timeline", *body,
                          title=fields.short("title"), events=ordered, source=source)


def read_takeaways(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read the key-takeaways box."""
    def item(node: Node) -> model.Takeaway | None:
        text, reader = fields.as_text(node, "takeaways"), fields.reader
        return model.Takeaway(ctx.inline(text, reader, node), text, reader.line_of(node),
                              mapped(reader, node, text)) if text else None

    items = fields.items("takeaways", item, required=True)
    return model.Takeaways("takeaways", block.fence_line, "takeaways", *body,
                           title=fields.short("title"), items=items)


def read_countries(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read who is involved: countries, resolved to their codes, and organisations."""
    items = fields.items("countries", lambda node: read_entry(fields.reader, node),
                         required=True)

    def listed_twice(first: model.CountryEntry | model.OrganisationEntry,
                     again: list[model.CountryEntry | model.OrganisationEntry]) -> None:
        line = again[0].line
        ctx.problems.append(Problem(ctx.source.display, line, 1, *listed_again(first, again),
                                    ctx.source.line_text(line), "warning"))

    language = fields.reader.language or ENGLISH
    countries = unique((i for i in items if isinstance(i, model.CountryEntry)),
                       lambda entry: team_key(entry, language), listed_twice)
    organisations = unique((i for i in items if isinstance(i, model.OrganisationEntry)),
                           lambda entry: name_key(entry.organisation.name), listed_twice)
    notes = read_role_notes(fields)
    used = [entry.role for entry in sorted((*countries, *organisations), key=lambda e: e.line)]
    unused_notes(fields, used, notes)
    order = role_order(used, notes)
    return model.Countries("countries", block.fence_line, "countries", *body,
                           title=fields.short("title"),
                           entries=ranked(countries, order, notes),
                           organisations=ranked(organisations, order, notes),
                           map=fields.choice("map", model.MAP_VIEWS, "auto"), roles=notes,
                           complete=fields.boolean("complete", default=True))


def read_figures(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read key numbers."""
    def figure(item: Fields) -> model.Figure:
        return model.Figure(item.short("value", required=True), item.short("label", required=True),
                            item.text("note"), item.line())

    items = fields.mappings("figures", "figure", figure, required=True)
    return model.Figures("figures", block.fence_line, "figures", *body,
                         title=fields.short("title"), items=items)


def read_quote(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read an attributed quote: its words without the marks typed around them (its own)."""
    source = read_source(fields)
    language = read_own_language(fields)
    return model.Quote("quote", block.fence_line, "quote", *body,
                       text=unquoted(fields.text("text", required=True, language=language)),
                       speaker=fields.short("speaker", required=True), role=fields.short("role"),
                       date=fields.date("date"), source=source,
                       translated=fields.boolean("translated"), language=language)


def read_sources(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read the list of sources."""
    links = fields.items("sources", lambda node: read_link(fields.reader, node), required=True)
    return model.Sources("sources", block.fence_line, "sources", *body,
                         title=fields.short("title"), items=links)


SECTION_KINDS: dict[str, SectionReader] = {
    "summary": read_summary,
    "why-it-matters": read_why,
    "prose": read_prose,
    "timeline": read_timeline,
    "takeaways": read_takeaways,
    "countries": read_countries,
    "figures": read_figures,
    "quote": read_quote,
    "questions": read_questions,
    "sources": read_sources,
    "image": read_image,
    "embed": read_embed,
}


def require_body(ctx: Context, block: Block, kind: str) -> None:
    """Report a section kind whose prose is missing."""
    if not block.body.strip():
        ctx.problems.append(Problem(ctx.source.display, block.fence_line, 1,
                                    f"section '{kind}': the prose below the header is empty",
                                    "write the Markdown text after the closing '---'",
                                    ctx.source.line_text(block.fence_line)))


def read_section(ctx: Context, block: Block) -> model.Section | None:
    """Read one section with the spec of its kind."""
    read = SECTION_KINDS.get(block.kind)
    if read is None:
        close = difflib.get_close_matches(block.kind, list(SECTION_KINDS), n=1, cutoff=0.5)
        hint = f"did you mean '{close[0]}'?" if close else \
            f"the kinds are: {', '.join(SECTION_KINDS)}"
        ctx.problems.append(Problem(ctx.source.display, block.fence_line, 5,
                                    f"unknown section kind '{block.kind}'", hint,
                                    ctx.source.line_text(block.fence_line)))
        return None
    reader = ctx.reader(block, f"section '{block.kind}'")
    node = reader.parse(block.header)
    if node is None:
        return None
    fields = Fields(reader, node)
    # The section's id is known before its texts are read: their footnotes' ids begin with it.
    anchor = unique_anchor(anchor_base(block.kind, fields, ctx.language), ctx.anchors)
    ctx.note_ids = NoteIds(anchor)
    body = (ctx.markdown(block.body, reader.what, block.body_line), block.body, block.body_line)
    section = read(ctx, fields, block, body)
    fields.finish()
    if section.anchor != anchor:
        section = dataclasses.replace(section, anchor=anchor)
    return by_year(section, ctx.anchors, ctx.language)


def texts_of(fields: Fields, name: str) -> tuple[str, ...]:
    """Read a field of one text or a list of them, as readers see them ('byline', 'tags')."""
    return fields.items(name, lambda node: fields.typeset(fields.short_text(node, name)) or None,
                        single_ok=True)


def read_explainer(source: SourceFile, markup: Markup, site_language: str = ENGLISH,
                   embeds: tuple[str, ...] = ()) -> tuple[model.Explainer | None, list[Problem]]:
    """Read a split source file into an Explainer, its text set in its own language (the site's
    unless its front matter names one), with every problem found; `embeds` are the hosts an
    embed section may load besides the services explainer knows."""
    ctx = Context(source, markup, site_language, embeds)
    reader = ctx.reader(source.front, "front matter")
    node = reader.parse(source.front.header)
    fields = Fields(reader, node) if node is not None else None
    # The language comes first: the sections' text and the front matter's are set in it.
    language = read_language(fields, site_language) if fields is not None else site_language
    ctx.language = reader.language = language
    sections = read_sections(ctx, source)
    if fields is None:
        return None, ctx.problems
    title, dek = fields.short("title", required=True), fields.text("dek", required=True)
    published, updated = read_dates(reader, fields)
    based_on = fields.items("based_on", lambda n: read_link(reader, n), single_ok=True)
    check_lists(fields)
    byline, tags = texts_of(fields, "byline"), texts_of(fields, "tags")
    slug = read_slug(fields, source.path)
    aliases, translation_key = read_aliases(fields, slug), read_translation_key(fields, slug)
    draft, extra = fields.boolean("draft"), read_extra(fields)
    image = read_lead_image(ctx, fields)
    changes = read_changes(ctx, fields, published)
    check_updated(ctx, fields, updated, changes)
    fields.finish()
    if published is None or any(p.severity == "error" for p in ctx.problems):
        return None, ctx.problems
    explainer = model.Explainer.of(source.path, source.display, slug, title, dek, published,
                                   updated, byline, based_on, tags, draft, sections, language,
                                   translation_key, language_folder(language, site_language),
                                   image, changes, tuple(sorted(ctx.uses, key=lambda u: u.line)),
                                   organisation_names(sections, language), aliases,
                                   tuple(ctx.links), name_places(fields, aliases, dek),
                                   page_ids(sections, (image, *changes)), extra)
    return explainer, ctx.problems


def read_sections(ctx: Context, source: SourceFile) -> tuple[model.Section, ...]:
    """Read the sections of a file, their headings given ids once every section has its own."""
    sections = tuple(s for s in map(lambda b: read_section(ctx, b), source.sections) if s)
    ctx.problems += repeated(source, sections)
    ctx.note_ids = NoteIds("")  # the front matter's texts: the lead picture's caption, changes
    if ctx.frames:
        ctx.problems.append(iframe_warning(source.display, ctx.frames))
    return with_heading_ids(sections, ctx.anchors, ctx.language)
