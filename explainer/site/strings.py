"""Strings tables: the words pages show, one YAML file per language, and what is wrong in them.

A table maps a key to a text, or, for a text that counts something, to its forms by CLDR plural
category. explainer ships a table per language in explainer/data/i18n/; a project adds or
overrides tables in i18n/ (see words.py for how they are laid over each other).
"""

from __future__ import annotations

import difflib
import functools
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from ..content.fieldnames import by_name
from ..content.header import Reader, kind_of
from ..content.languages import ENGLISH, LANGUAGE, canonical_tag, is_english, words_tags
from ..errors import Problem

PACKAGE_TABLES = Path(__file__).resolve().parents[1] / "data" / "i18n"
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
Text = str | Mapping[str, str]  # a text, or its forms by plural category

# How close a key not in explainer's tables must be to one that is to be taken for it, misspelt
# ('key_takeaway'), rather than for a key of the project's own ('brand_tagline').
MISSPELT = 0.8
# The keys of the draft `new` writes: words for its author, read from explainer's own tables
# only (content/scaffold.py), which no page shows.
DRAFT = "new_"
# The keys a warning about a table's missing texts names, of many: the rest it counts.
LISTED = 8


@dataclass(frozen=True)
class Table:
    """One strings table: its language, the file it comes from, and its texts by key."""

    language: str
    origin: str  # the file, as messages name it
    texts: Mapping[str, Text]
    lines: Mapping[str, int]  # the line of each key


def read_table(origin: str, text: str, language: str) -> tuple[Table, list[Problem]]:
    """Read a table's YAML, reporting what is not a text or a set of plural forms."""
    reader = Reader(origin, tuple(text.split("\n")), 1, "strings table", whole=True)
    node = reader.parse(text)
    texts: dict[str, Text] = {}
    lines: dict[str, int] = {}
    values, keys = by_name(reader, node) if node is not None else ({}, {})
    for key, value in values.items():
        found = read_text(reader, key, value)
        if found is not None:
            texts[key], lines[key] = found, reader.line_of(keys[key])
    return Table(language, origin, texts, lines), reader.problems


def read_text(reader: Reader, key: str, node: Node) -> Text | None:
    """Read one text: a plain value, or a mapping of plural categories to texts."""
    if isinstance(node, ScalarNode):
        return node.value
    if not isinstance(node, MappingNode):
        reader.error(node, f"'{key}' must be a text, or its plural forms, found {kind_of(node)}",
                     "write the text after the key, in quotes if it has ': '")
        return None
    forms: dict[str, str] = {}
    for category_node, form in node.value:
        category = str(category_node.value)
        if category not in PLURAL_CATEGORIES:
            reader.error(category_node, f"'{key}': '{category}' is not a plural category",
                         f"the categories are {', '.join(PLURAL_CATEGORIES)}")
        elif not isinstance(form, ScalarNode):
            reader.error(form, f"'{key}': the '{category}' form must be a text, found "
                         f"{kind_of(form)}")
        else:
            forms[category] = form.value
    if "other" not in forms:
        reader.error(node, f"'{key}' has no 'other' form", "add 'other:', the form for any "
                     "number the other categories do not cover")
        return None
    return forms


def placeholders(text: Text) -> set[str] | None:
    """Return the names a text fills in, such as {date}; None if its braces are unbalanced."""
    found: set[str] = set()
    try:
        for form in [text] if isinstance(text, str) else text.values():
            found |= {name for _, name, _, _ in string.Formatter().parse(form) if name is not None}
    except ValueError:
        return None
    return found


def check_table(table: Table, english: Table) -> list[Problem]:
    """Report the keys English does not have, and values a text is not given."""
    problems = []
    for key, text in table.texts.items():
        line = table.lines[key]
        if key not in english.texts:
            # A key of the project's own, for its own templates, or one misspelt.
            close = difflib.get_close_matches(key, list(english.texts), n=1, cutoff=MISSPELT)
            if close:
                problems.append(Problem(table.origin, line, 1, f"unknown key '{key}'; "
                                        "explainer's pages do not ask for it",
                                        f"did you mean '{close[0]}'? (a key of your own, "
                                        "for a template of yours, may be named as you like)",
                                        severity="warning"))
            continue
        named, allowed = placeholders(text), placeholders(english.texts[key]) or set()
        if named is None:
            problems.append(Problem(table.origin, line, 1, f"'{key}': a brace is not closed",
                                    "write {{ and }} for a brace that names no value"))
        elif named - allowed:
            problems.append(Problem(
                table.origin, line, 1, f"'{key}' names {describe(named - allowed)}, which "
                "the text is not given", f"it may use {describe(allowed)}" if allowed else
                "this text is given no values: remove the braces"))
    return problems


def describe(names: Iterable[str]) -> str:
    """Return value names as a table writes them: {count}, {date}."""
    return ", ".join(f"{{{name}}}" for name in sorted(names))


def missing_keys(table: Table, covered: Iterable[Table], english: Table,
                 implied: Iterable[str] = ()) -> list[Problem]:
    """Warn, once per table, about texts that neither it nor a broader table of its own
    language holds: pages in that language show them in English. `implied` are the keys the
    language has without a table (the mark between a list's items, from CLDR)."""
    held = set(table.texts).union(*(other.texts for other in covered), implied)
    missing = [key for key in english.texts if key not in held and not key.startswith(DRAFT)]
    if not missing:
        return []
    if len(missing) == 1:
        [key] = missing
        return [Problem(table.origin, None, None,
                        f"no text for '{key}': pages in {table.language} show the English "
                        f"'{shown(english.texts[key])}'",
                        f"add '{key}:' to {table.origin}; docs/languages.md explains the keys",
                        severity="warning")]
    named = ", ".join(f"'{key}'" for key in missing[:LISTED])
    more = f" and {len(missing) - LISTED} more" if len(missing) > LISTED else ""
    return [Problem(table.origin, None, None,
                    f"no text for {len(missing)} keys: pages in {table.language} show them in "
                    f"English: {named}{more}",
                    f"add them to {table.origin}: explainer/data/i18n/en.yml has every key with "
                    "its English text; docs/languages.md explains the keys", severity="warning")]


def shown(text: Text) -> str:
    """Return a text as a warning quotes it: a text that counts, by its form for most numbers."""
    return text if isinstance(text, str) else text["other"]


@functools.cache  # read once per process: the package's files change only with explainer
def package_tables() -> dict[str, Table]:
    """Return the tables explainer ships, by language."""
    tables = {}
    for path in sorted(PACKAGE_TABLES.glob("*.yml")):
        table, problems = read_table(f"explainer/data/i18n/{path.name}",
                                     path.read_text(encoding="utf-8"), path.stem)
        assert not problems, problems  # the tests read every shipped table
        tables[path.stem] = table
    return tables


def lookup_tags(language: str) -> list[str]:
    """Return the tags of the tables a language's texts are looked up in, the first one first:
    fr-CA, fr, then English."""
    return list(dict.fromkeys([*words_tags(language), ENGLISH]))


def draft_texts(language: str) -> dict[str, str]:
    """Return the texts of the draft `new` writes in a language, from explainer's tables:
    its own, else a broader language's, else English."""
    texts: dict[str, str] = {}
    for tag in reversed(lookup_tags(language)):
        table = package_tables().get(tag)
        texts.update((key, str(text)) for key, text in (table.texts if table else {}).items()
                     if key.startswith(DRAFT))
    return texts



def drafts_in_english(language: str) -> bool:
    """Tell whether the draft `new` writes in a language keeps English placeholders: explainer
    ships no table of the language (nor of a broader tag of it)."""
    return not is_english(language) and not any(tag in package_tables()
                                                 for tag in words_tags(language))

def table_language(path: str) -> str | None:
    """Return the language of a project's table from its file name, i18n/fr-CA.yml."""
    name = path.rsplit("/", 1)[-1]
    stem = name.removesuffix(".yml")
    return canonical_tag(stem) if stem != name and LANGUAGE.fullmatch(stem) else None


def english() -> Table:
    """Return the package's English table, which names every key."""
    return package_tables()[ENGLISH]
