"""Roles are the story's words: an entry's `role:` and a countries section's `roles:`.

A role is any short text ('founding signatory', 'declined', 'lead'). A section groups its
entries by role: first the roles its `roles:` lists, in that order; then the others in the order
they first appear, the catch-all 'other' last. A section that uses only the words of
model.ROLES, and lists none, keeps their fixed order (lead, host, funder, ...), as pages always
showed them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode

from ...errors import Problem
from .. import model
from ..fields import Fields
from ..header import is_null, kind_of
from ..model import CATCH_ALL, ROLES, RoleNote, role_key

ROLE_LENGTH = 60  # a heading, not a sentence: a longer one belongs in 'note:' or a description
E = TypeVar("E", model.CountryEntry, model.OrganisationEntry)


def read_role(item: Fields) -> str:
    """Read an entry's role: one line of at most ROLE_LENGTH characters, 'other' if none."""
    node = item.get("role", False, "lead")
    if node is None:
        return CATCH_ALL
    text = item.as_text(node, "role")
    if not role_fits(item, node, text, "'role'"):
        return CATCH_ALL
    return item.typeset(text) if text else CATCH_ALL


def role_fits(fields: Fields, node: Node, text: str, what: str) -> bool:
    """Tell whether a role is one short line; report it when not."""
    if "\n" in text or node.start_mark.line != node.end_mark.line:
        fields.reader.error(node, f"{what} must be one line", "write the role in a few words "
                            "on one line; a longer text belongs in 'note:'")
        return False
    if len(text) > ROLE_LENGTH:
        # The same words for every entry, so that one slip made many times is reported once.
        fields.reader.error(node, f"{what} is longer than {ROLE_LENGTH} characters",
                            "name the role in a few words; say more in the role's "
                            "'description:' under 'roles:', or in 'note:'")
        return False
    return True


def read_role_notes(fields: Fields) -> tuple[RoleNote, ...]:
    """Read a countries section's `roles:`: each role's heading and description, in order."""
    node = fields.get("roles", False, "a mapping of roles")
    if node is None:
        return ()
    if not isinstance(node, MappingNode):
        fields.reader.error(node, f"'roles' must be a mapping of roles, found {kind_of(node)}",
                            "write each role on its own line below 'roles:', followed by ':' "
                            "and its heading, e.g. '  founding signatory: Founding signatories'")
        return ()
    notes: dict[str, RoleNote] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode) or is_null(key):
            fields.reader.error(key, "a role under 'roles' must be a text, as entries write it",
                                "write the role, then ':' and its heading, e.g. "
                                "'  founding signatory: Founding signatories'")
            continue
        text = fields.as_text(key, "roles")
        if not text or not role_fits(fields, key, text, "a role under 'roles'"):
            continue
        role = fields.typeset(text)  # as entries' roles are: "members'" and "members’" are one
        if role_key(role) in notes:
            fields.reader.error(key, f"role '{role}' is given twice under 'roles'",
                                "keep one of them (case and spaces do not make roles differ)")
            continue
        note = read_note(fields, role, value)
        if note is not None:
            notes[role_key(role)] = dataclasses.replace(note, line=fields.reader.line_of(key))
    return tuple(notes.values())


def read_note(fields: Fields, role: str, node: Node) -> RoleNote | None:
    """Read what `roles:` says of one role: nothing, its heading, or heading and description."""
    if is_null(node):
        return RoleNote(role)
    if isinstance(node, ScalarNode):
        return RoleNote(role, fields.typeset(fields.short_text(node, "heading")))
    if not isinstance(node, MappingNode):
        fields.reader.error(node, f"role '{role}' must have a heading or 'heading:' and "
                            f"'description:' lines, found {kind_of(node)}",
                            f"write '{role}: Its heading', or 'heading:' and 'description:' "
                            "indented below it")
        return None
    note = Fields(fields.reader, node)
    heading, description = note.short("heading"), note.text("description")
    note.finish()
    return RoleNote(role, heading, description)


def ranked(entries: Iterable[E], order: dict[str, int],
           notes: tuple[RoleNote, ...]) -> tuple[E, ...]:
    """Return the entries, each with the rank of its role's group and the role's heading."""
    headings = {role_key(note.role): note.heading for note in notes}
    ranked = []
    for entry in entries:
        key = role_key(entry.role)
        # rank and heading are the last two fields: made from the others, as pickling does,
        # several times quicker than dataclasses.replace().
        cls, values = entry.__reduce__()  # type: ignore[misc]
        ranked.append(cls(*values[:-2], order[key], headings.get(key, "")))
    return tuple(ranked)


def role_order(roles: Iterable[str], notes: tuple[RoleNote, ...]) -> dict[str, int]:
    """Return the rank of each role (by role_key): the listed first, then in order of use."""
    used = list(dict.fromkeys(role_key(role) for role in roles))
    listed = [role_key(note.role) for note in notes]
    if not listed and all(key in ROLES for key in used):
        return {key: rank for rank, key in enumerate(sorted(used, key=ROLES.index))}
    rest = [key for key in used if key not in listed]
    rest.sort(key=lambda key: key == CATCH_ALL)  # stable: the others keep their order
    return {key: rank for rank, key in enumerate([*listed, *rest])}


def unused_notes(fields: Fields, roles: Iterable[str], notes: tuple[RoleNote, ...]) -> None:
    """Warn about each role of `roles:` that no entry of the section has."""
    used = {role_key(role) for role in roles}
    for note in notes:
        if role_key(note.role) not in used:
            reader = fields.reader
            excerpt = reader.lines[note.line - 1]
            reader.problems.append(Problem(
                reader.display, note.line, len(excerpt) - len(excerpt.lstrip()) + 1,
                f"{reader.what}: 'roles' names '{note.role}', which no entry has",
                f"give an entry 'role: {note.role}', or remove it from 'roles'", excerpt,
                "warning"))
