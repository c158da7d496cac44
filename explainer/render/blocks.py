"""Blocks that a template of the project fills but the template it extends does not have.

Jinja drops such a block without a word: an override of `base.html` that fills `{% block heade
%}`, or one of `sections/quote.html` that names a block the theme's quote has not, builds, and
what the block holds is never shown. Each is warned of at its line, with the block meant.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

import jinja2
from jinja2 import nodes

from ..errors import Problem, line_at
from ..inputs import Inputs

Sources = dict[str, str]  # a template's source, by its name, as each is read once


def unknown_blocks(env: jinja2.Environment, inputs: Inputs,
                   files: Iterable[tuple[str, str]]) -> list[Problem]:
    """Warn of each block a template fills that the template it extends lacks; `files` are
    (path in the project, template name) of the project's own templates."""
    sources: Sources = {}
    problems = []
    for path, name in files:
        source = inputs.path(path).read_text(encoding="utf-8", errors="replace")
        tree = parsed(env, source, name)
        parent = extended(tree) if tree is not None else None
        known = blocks_of(env, parent, sources, {name}) if parent is not None else None
        if tree is None or parent is None or known is None:
            continue  # no parent, or a template that does not parse: rendering says why
        for block in outer_blocks(tree):
            if block.name not in known:
                problems.append(unknown(path, source, block, parent, known))
    return problems


def unknown(path: str, source: str, block: nodes.Block, parent: str,
            known: set[str]) -> Problem:
    """Return the warning of a block its parent does not have."""
    close = difflib.get_close_matches(block.name, sorted(known), n=1)
    hint = f"did you mean '{close[0]}'?" if close else \
        f"the blocks {parent} has: {', '.join(sorted(known))}" if known else \
        f"{parent} has no blocks to fill: copy it whole into this file, without its 'extends'"
    return Problem(path, block.lineno, None,
                   f"block '{block.name}' is not one of {parent}, which this template "
                   "extends: what it holds is never shown", hint,
                   line_at(source.split("\n"), block.lineno), "warning")


def parsed(env: jinja2.Environment, source: str, name: str) -> nodes.Template | None:
    """Return a template's syntax tree, or None if it does not parse."""
    try:
        return env.parse(source, name)
    except jinja2.TemplateSyntaxError:
        return None


def extended(tree: nodes.Template) -> str | None:
    """Return the name of the template a template extends, if it names one plainly."""
    found = next(tree.find_all(nodes.Extends), None)
    return found.template.value if found is not None and \
        isinstance(found.template, nodes.Const) else None


def blocks_of(env: jinja2.Environment, name: str, sources: Sources,
              seen: set[str]) -> set[str] | None:
    """Return the blocks a template has, with those of the templates it extends; None if one
    of them cannot be read."""
    if name not in sources:
        try:
            sources[name] = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
        except jinja2.TemplateNotFound:
            return None
    tree = parsed(env, sources[name], name)
    if tree is None:
        return None
    blocks = {block.name for block in tree.find_all(nodes.Block)}
    parent = extended(tree)
    if parent is None or parent in seen:
        return blocks
    above = blocks_of(env, parent, sources, seen | {name})
    return None if above is None else blocks | above


def outer_blocks(node: nodes.Node) -> Iterator[nodes.Block]:
    """Yield the blocks of a template that no other block holds: those its parent must have
    (a block within one of them is the template's own)."""
    for child in node.iter_child_nodes():
        if isinstance(child, nodes.Block):
            yield child
        else:
            yield from outer_blocks(child)
