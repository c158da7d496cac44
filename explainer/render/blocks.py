"""Blocks that a template of the project fills but the template it extends does not have.

Jinja drops such a block without a word: an override of `base.html` that fills `{% block heade
%}`, or one of `sections/quote.html` that names a block the theme's quote has not, builds, and
what the block holds is never shown. Each is warned of at its line, with the block meant.

Templates are read by their tags alone, not parsed: every build reads the project's, and a
project may hold a copy of the whole theme.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator

import jinja2

from ..errors import Problem, line_at, spaces

# A Jinja comment, whose tags are none; and the tags that open and close blocks, and extend.
COMMENT = re.compile(r"\{#.*?#\}", re.S)
TAG = re.compile(r"\{%-?\s*(?:(?P<open>block)\s+(?P<name>\w+)|(?P<close>endblock)\b|"
                 r"extends\s+(?P<quote>[\"'])(?P<parent>[^\"']+)(?P=quote))")
Sources = dict[str, str]  # a template's source, by its name, as each is read once


def unknown_blocks(env: jinja2.Environment,
                   files: Iterable[tuple[str, str, str]]) -> list[Problem]:
    """Warn of each block a template fills that the template it extends lacks; `files` are
    (path in the project, template name, source) of the project's own templates."""
    sources: Sources = {}
    problems = []
    for path, name, source in files:
        if "extends" not in source:
            continue
        tags = list(TAG.finditer(COMMENT.sub(spaces, source)))
        parent = extended(tags)
        known = blocks_of(env, parent, sources, {name}) if parent is not None else None
        for name_at, block in outer_blocks(tags):
            if known is not None and block not in known:
                problems.append(unknown(path, source, name_at, block, parent or "", known))
    return problems


def unknown(path: str, source: str, at: int, block: str, parent: str,
            known: set[str]) -> Problem:
    """Return the warning of a block its parent does not have, written at offset `at`."""
    close = difflib.get_close_matches(block, sorted(known), n=1)
    hint = f"did you mean '{close[0]}'?" if close else \
        f"the blocks {parent} has: {', '.join(sorted(known))}" if known else \
        f"{parent} has no blocks to fill: copy it whole into this file, without its 'extends'"
    line = source.count("\n", 0, at) + 1
    return Problem(path, line, None,
                   f"block '{block}' is not one of {parent}, which this template extends: "
                   "what it holds is never shown", hint, line_at(source.split("\n"), line),
                   "warning")


def extended(tags: list[re.Match[str]]) -> str | None:
    """Return the name of the template a template extends, if it names one plainly."""
    return next((tag["parent"] for tag in tags if tag["parent"]), None)


def blocks_of(env: jinja2.Environment, name: str, sources: Sources,
              seen: set[str]) -> set[str] | None:
    """Return the blocks a template has, with those of the templates it extends; None if one
    of them cannot be read."""
    if name not in sources:
        try:
            sources[name] = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
        except jinja2.TemplateNotFound:
            return None
    tags = list(TAG.finditer(COMMENT.sub(spaces, sources[name])))
    blocks = {tag["name"] for tag in tags if tag["open"]}
    parent = extended(tags)
    if parent is None or parent in seen:
        return blocks
    above = blocks_of(env, parent, sources, seen | {name})
    return None if above is None else blocks | above


def outer_blocks(tags: list[re.Match[str]]) -> Iterator[tuple[int, str]]:
    """Yield (offset, name) of the blocks of a template that no other block holds: those its
    parent must have (a block within one of them is the template's own)."""
    depth = 0
    for tag in tags:
        if tag["open"]:
            if depth == 0:
                yield tag.start(), tag["name"]
            depth += 1
        elif tag["close"]:
            depth = max(depth - 1, 0)
