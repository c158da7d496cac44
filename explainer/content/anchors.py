"""Page-unique ids for sections, made from their headings or kinds; and the kinds a page
shows once."""

from __future__ import annotations

import dataclasses
import functools
import html
import re
import sys
import typing
from collections.abc import Iterable, Iterator

from yaml.nodes import ScalarNode

from ..errors import Problem
from .fields import Fields
from .header import is_null
from .model import Change, Countries, Picture, Questions, Section, Timeline
from .sources import SourceFile
from .spelling.latin import slugify

# The kinds the page shows in a place of their own (docs/sections.md): a second one is shown
# straight after the first, which reads as one box run on.
ONCE = ("summary", "why-it-matters", "takeaways", "figures", "sources")
# The ids an explainer's page holds besides its sections' (templates/explainer.html and its
# partials), and those a section's id gives its parts (its heading, a map's title and
# caption): a section takes none that is held, so that every link to an id finds one place.
PAGE_IDS = frozenset({"main", "top", "changes", "changes-title", "contents-title",
                      "related-title", "reuse-title", "share-title"})
PARTS = ("", "-title", "-map-title", "-map-caption")
# The kinds whose template heads them with an id of their own, the section's and "-title"
# (templates/sections/): the others (a summary, a quote, a picture, an embed) have none.
HEADED = frozenset({"why-it-matters", "prose", "takeaways", "figures", "timeline", "sources",
                    "countries", "questions"})
# The ids the part of the page that lists an explainer's changes holds, when it has any.
CHANGES_IDS = ("changes", "changes-title")
# A heading of a section's prose, as Markdown writes it (one it has given an id is left alone).
HEADING = re.compile(r"<h([3-6])>(.*?)</h\1>", re.DOTALL)
TAG = re.compile(r"<[^>]*>")
ID = re.compile(r'\sid="([^"]+)"')


def anchor_base(kind: str, fields: Fields, language: str = "") -> str:
    """Return what a section's id is made of: a prose section's heading (as read_prose reads
    it, without reporting on it again) as its language says it, else its kind."""
    node = fields.values.get("heading") if kind == "prose" else None
    if not isinstance(node, ScalarNode) or is_null(node):
        return kind
    return slugify(fields.typeset(node.value.strip()), language) or kind


def unique_anchor(base: str, taken: set[str]) -> str:
    """Return base, or base-2, base-3...: the first id that neither the page nor an earlier
    section holds, with the ids of its parts; take them."""
    anchor, n = base, 1
    while any(anchor + suffix in taken or anchor + suffix in PAGE_IDS for suffix in PARTS):
        n += 1
        anchor = f"{base}-{n}"
    taken.update(anchor + suffix for suffix in PARTS)
    return anchor


def with_heading_ids(sections: tuple[Section, ...], taken: set[str], language: str = ""
                     ) -> tuple[Section, ...]:
    """Give each heading of the sections' prose, and each question, an id made from its words
    in the language, as the sections' ids are, that no section and no earlier heading holds;
    take them. They come after every section has its id: a heading never moves a section's."""
    def with_id(match: re.Match[str]) -> str:
        words = html.unescape(TAG.sub("", match[2]))
        anchor = free_id(slugify(words, language) or "heading", taken)
        return f'<h{match[1]} id="{anchor}">{match[2]}</h{match[1]}>'

    return tuple(with_question_ids(section, taken, language) for section in (
        dataclasses.replace(section, body_html=HEADING.sub(with_id, section.body_html))
        if "<h" in section.body_html else section for section in sections))


def with_question_ids(section: Section, taken: set[str], language: str) -> Section:
    """Give each question of a questions section the id of its heading, made from its words
    as a heading's is; return any other section as it is."""
    if not isinstance(section, Questions):
        return section
    return dataclasses.replace(section, items=tuple(
        dataclasses.replace(item, anchor=free_id(slugify(item.question, language) or "question",
                                                 taken)) for item in section.items))


def free_id(base: str, taken: set[str]) -> str:
    """Return base, or base-2, base-3...: the first id that neither the page nor an earlier
    part of it holds (a heading of a section's prose, a timeline's year); take it."""
    anchor, n = base, 1
    while anchor in taken or anchor in PAGE_IDS:
        n += 1
        anchor = f"{base}-{n}"
    taken.add(anchor)
    return anchor


def page_ids(sections: Iterable[Section], front: Iterable[Picture | Change | None] = ()
             ) -> tuple[str, ...]:
    """Return the ids an explainer's page holds that its text makes, in order (links to them
    are checked): its sections' and those of the parts their templates show, its headings' and
    its notes', and those of the front matter's texts (the lead picture's caption, the
    changes) and of the list of changes."""
    found = {found for section in sections for found in section_ids(section)}
    for part in front:
        if part is not None:
            found.update(html_ids(part))
        if isinstance(part, Change):
            found.update(CHANGES_IDS)
    return tuple(sorted(found))


def section_ids(section: Section) -> Iterator[str]:
    """Yield the ids a section's template shows: its own, its heading's if it has one, its
    map's if it draws one, a long timeline's years', and those in its texts."""
    yield section.anchor
    if section.kind in HEADED:
        yield f"{section.anchor}-title"
    if isinstance(section, Countries) and section.entries and section.map != "none":
        yield from (f"{section.anchor}-map-title", f"{section.anchor}-map-caption")
    if isinstance(section, Timeline):
        yield from (year.anchor for year in section.years)
    if isinstance(section, Questions):
        yield from (item.anchor for item in section.items)
    yield from html_ids(section)


def html_ids(part: object) -> Iterator[str]:
    """Yield the ids in the HTML texts of a part of an explainer (its fields named `html` or
    `..._html`, and those of the parts it holds: a timeline's events, a picture)."""
    htmls, others = field_names(type(part))
    for name in htmls:
        value = getattr(part, name)
        if isinstance(value, str) and ' id="' in value:
            yield from ID.findall(value)
    for name in others:
        value = getattr(part, name)
        if isinstance(value, tuple):
            for element in value:
                if hasattr(element, "__dataclass_fields__"):
                    yield from html_ids(element)
        elif hasattr(value, "__dataclass_fields__"):
            yield from html_ids(value)


@functools.cache  # a handful of classes, met in every explainer
def field_names(kind: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the names of a dataclass's fields that hold HTML, and of those that may hold a
    part that does, as their types say (all the others, where the types cannot be read)."""
    names = [item.name for item in dataclasses.fields(kind)]
    htmls = tuple(name for name in names if name == "html" or name.endswith("_html"))
    try:
        hints = type_hints(kind)
    except (NameError, TypeError):
        return htmls, tuple(name for name in names if name not in htmls)
    return htmls, tuple(name for name in names if name not in htmls and any(
        holds_html(part, frozenset({kind})) for part in parts_in(hints[name])))


def holds_html(kind: type, seen: frozenset[type]) -> bool:
    """Tell whether a part of an explainer, or one it may hold, has a field of HTML."""
    if kind in seen:
        return False
    names = [item.name for item in dataclasses.fields(kind)]
    if any(name == "html" or name.endswith("_html") for name in names):
        return True
    try:
        hints = type_hints(kind)
    except (NameError, TypeError):
        return True  # not known: looked into
    return any(holds_html(part, seen | {kind}) for name in names for part in parts_in(hints[name]))


def type_hints(kind: type) -> dict[str, object]:
    """Return a model class's fields' types, read with the names of the model's modules (the
    classes say they are of the model package, whose own names are fewer)."""
    package = kind.__module__
    names = {name: value for module in list(sys.modules.values())
             if module is not None and module.__name__.startswith(f"{package}.")
             for name, value in vars(module).items()}
    return typing.get_type_hints(kind, localns=names)


def parts_in(hint: object) -> Iterator[type]:
    """Yield the dataclasses a field's type names: itself, or within a tuple or a union."""
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        yield hint
    for argument in typing.get_args(hint):
        yield from parts_in(argument)


def repeated(source: SourceFile, sections: Iterable[Section]) -> list[Problem]:
    """Warn of a second section of a kind the page shows once."""
    first: dict[str, int] = {}
    problems = []
    for section in sections:
        if section.kind not in ONCE:
            continue
        if section.kind in first:
            problems.append(Problem(
                source.display, section.line, 1, f"a second '{section.kind}' section (the "
                f"first is on line {first[section.kind]}): the page shows them together",
                f"merge it into the first '{section.kind}' section", source.line_text(
                    section.line), "warning"))
        first.setdefault(section.kind, section.line)
    return problems
