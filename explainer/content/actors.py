"""Who takes part in a story: each entry of a countries section, resolved to a country."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from yaml.nodes import Node

from . import model
from .countries import ambiguous_country, country_containing, resolve_country, spellings
from .fields import Fields, Reader, mapping
from .names import closest_name

E = TypeVar("E", bound=model.CountryEntry)
COUNTRY_HINT = "use the country's English name or its ISO 3166-1 code, e.g. KE"


def read_entry(reader: Reader, node: Node) -> model.CountryEntry | None:
    """Read one entry of a countries list: a country, its role and note."""
    item = mapping(reader, node, "country")
    if item is None:
        return None
    name = item.get("name", True, "Kenya")
    role = item.choice("role", model.ROLES, "other")
    note, label = item.text("note"), item.text("label")
    item.finish()
    line = reader.line_of(node)
    return named_entry(item, name, role, (note, line, label)) if name is not None else None


def named_entry(item: Fields, node: Node, role: str,
                rest: tuple[str, int, str]) -> model.CountryEntry | None:
    """Resolve an entry's 'name' to a country, or report it."""
    reader = item.reader
    text = item.as_text(node, "name")
    country = resolve_country(text)
    if country is not None:
        return model.CountryEntry(country, role, *rest)
    candidates = ambiguous_country(text)
    if candidates:
        names = " or ".join(f"'{c.name}'" for c in candidates)
        reader.error(node, f"'{text}' may mean {names}", "write the one you mean")
        return None
    whole = country_containing(text)
    if whole is not None:
        reader.error(node, f"'{text}' is part of {whole.name}, not a country of its own",
                     f"write 'name: {whole.name}' and 'label: {text}' to show it as {text}")
        return None
    close = suggest_name(text)
    reader.error(node, f"unknown country '{text}'" +
                 (f" (did you mean '{close}'?)" if close else ""), COUNTRY_HINT)
    return None


def suggest_name(text: str) -> str | None:
    """Return the country name closest to a misspelt one, or None."""
    return closest_name(text, {key: name for key, (name, _) in spellings().items()})


def unique(entries: Iterable[E], key: Callable[[E], Hashable],
           listed_twice: Callable[[E, E], None]) -> tuple[E, ...]:
    """Return the entries without repeats, the first of each kept; report each repeat."""
    first: dict[Hashable, E] = {}
    for entry in entries:
        kept = first.setdefault(key(entry), entry)
        if kept is not entry:
            listed_twice(kept, entry)
    return tuple(first.values())
