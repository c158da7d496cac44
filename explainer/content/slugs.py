"""What names an explainer and its pages: its slug (its page's name) and those it had before,
the key it shares with its translations, and its tags (each a page's name)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

from yaml.nodes import Node, ScalarNode, SequenceNode

from .fields import Fields
from .header import Reader, is_null
from .model import Place
from .spelling.latin import slugify
from .textmaps import text_map

# The comma of Arabic script (،) and those of Chinese and Japanese (，、) are letters to YAML,
# even between a list's brackets: "[Gaza، Aid]" is one tag.
SCRIPT_COMMA = re.compile("[\u060c\uff0c\u3001]")
COMMA = re.compile("[,\u060c\uff0c\u3001]")
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")  # to fullmatch: "$" would let a "\n" end it
NOT_IN_SLUG = re.compile(r"[^a-z0-9-]")
# The characters a slug most often holds by mistake, by the name a writer knows them by.
CHARACTER_NAMES = {"_": "an underscore, '_'", " ": "a space", ".": "a dot, '.'",
                   "/": "a slash, '/'", "\n": "a line break"}


def read_slug(fields: Fields, path: Path) -> str:
    """Return the explainer's slug: the 'slug' field, or the file name without .md."""
    node = fields.get("slug", False, "my-explainer")
    slug = fields.as_text(node, "slug") if node is not None else path.stem
    if not SLUG.fullmatch(slug):
        fit = slugify(slug)  # its letters and digits without accents, in lowercase: my-story
        if not SLUG.fullmatch(fit) or len(fit) < len(slug) / 2 or not is_latin(slug):
            fit = ""  # little of the slug is left, or it would be a transliteration
        fields.reader.error(node, f"slug {slug!r} is not allowed: {slug_fault(slug)}",
                            (f"write 'slug: {fit}'" if fit else "use lowercase letters, digits "
                             "and hyphens, e.g. haiti-police-mission") if node is not None else
                            f"rename the file {fit}.md, or set 'slug: {fit}' in the front matter"
                            if fit else "rename the file with lowercase letters, digits and "
                            "hyphens, or set 'slug:' in the front matter")
    return slug


def slug_fault(text: str) -> str:
    """Say what keeps a text from being a slug: its first wrong character, its first hyphen or
    its length."""
    wrong = NOT_IN_SLUG.search(text)
    if wrong:
        char = wrong[0]
        named = f"a capital letter, {char!r}" if char.isupper() else \
            CHARACTER_NAMES.get(char, repr(char))
        return f"it has {named}, and a slug has lowercase letters, digits and hyphens only"
    if not text:
        return "it is empty"
    if text.startswith("-"):
        return "it begins with a hyphen"
    return f"it is {len(text)} characters long, over 80"


def read_translation_key(fields: Fields, slug: str) -> str:
    """Return what links the explainer to its translations: the field, or else its slug. A
    key that is no slug is an error that names its first wrong character and offers the key
    its letters and digits make."""
    node = fields.get("translation_key", False, "haiti-police-mission")
    if node is None:
        return slug
    key = fields.as_text(node, "translation_key")
    if SLUG.fullmatch(key):
        return key
    fit = slugify(key)
    write = f"write 'translation_key: {fit}'" if SLUG.fullmatch(fit) and is_latin(key) else \
        "use lowercase letters, digits and hyphens"
    fields.reader.error(node, f"translation_key {key!r} is not allowed: {slug_fault(key)}",
                        f"{write}, like a slug; the slug of the explainer it translates does")
    return slug


def read_aliases(fields: Fields, slug: str) -> tuple[str, ...]:
    """Return the slugs the explainer's page had before it was renamed ('aliases'): each keeps
    a page that sends its readers on."""
    def alias(node: Node) -> str | None:
        text = fields.as_text(node, "aliases")
        if not SLUG.fullmatch(text):
            fit = slugify(text) if SLUG.fullmatch(slugify(text)) else "my-old-slug"
            fields.reader.error(node, f"alias {text!r} is not a slug: {slug_fault(text)}",
                                "give the slug the "
                                f"page had, as its address ended: {fit} for {fit}.html")
            return None
        if text == slug:
            fields.reader.error(node, f"alias {text!r} is the explainer's own slug",
                                "list only the slugs its page had before", severity="warning")
            return None
        return text

    return tuple(dict.fromkeys(fields.items("aliases", alias, single_ok=True)))


def name_places(fields: Fields, aliases: tuple[str, ...],
                dek_text: str) -> tuple[tuple[str, Place], ...]:
    """Return where the front matter gives each name of the explainer's pages: its slug (its
    title, when the file's name is its slug), its translation_key (its slug's place when not
    given) and each alias, for the problems of two explainers that share one; and where it
    gives its dek (dek_text as read), whose amounts the checks of figures read as the
    explainer's own words."""
    values, reader = fields.values, fields.reader
    dek = values.get("dek")
    named = values.get("slug")
    slug = place_of(reader, named if named is not None and not is_null(named) else
                    values.get("title", fields.node))
    key = values.get("translation_key")
    listed = values.get("aliases")
    nodes = listed.value if isinstance(listed, SequenceNode) else [listed] if listed else []
    found = {node.value: node for node in nodes if isinstance(node, ScalarNode)}
    return (("slug", slug),
            ("translation_key", slug if key is None or is_null(key) else place_of(reader, key)),
            *((f"alias {alias}", place_of(reader, found[alias])) for alias in aliases
              if alias in found),
            *((("dek", dataclasses.replace(place_of(reader, dek), text_map=text_map(
                reader, dek, dek_text))),) if dek is not None else ()))


def place_of(reader: Reader, node: Node) -> Place:
    """Return where a node of the front matter starts, with its line."""
    line, column = reader.where(node)
    return Place(line, column, reader.line_text(line))


def check_lists(fields: Fields) -> None:
    """Warn of a list's items written as one, parted by commas that YAML does not read as
    such: tags on one line outside brackets, or in brackets another script's comma (tags and
    a byline's names; a byline on one line may name one author with a comma: "Ana, Reuters")."""
    for name, item, line_too in (("tags", "tag", True), ("byline", "name", False)):
        node = fields.values.get(name)
        if isinstance(node, ScalarNode):
            found = [node] if line_too and COMMA.search(node.value) else []
        elif isinstance(node, SequenceNode) and node.flow_style:
            found = [one for one in node.value if isinstance(one, ScalarNode)
                     and SCRIPT_COMMA.search(one.value)]
        else:
            found = []  # a list of lines, each an item whose comma is typed on purpose
        for one in found:
            if not one.style:  # a quoted item: its comma belongs in it
                comma_warning(fields, name, item, one, one is node)


def comma_warning(fields: Fields, name: str, item: str, one: ScalarNode, whole: bool) -> None:
    """Warn of a list's items written as one item, `whole` the field's value."""
    items = [part.strip() for part in COMMA.split(one.value) if part.strip()]
    script = "; YAML parts a list with ',' alone" if SCRIPT_COMMA.search(one.value) else ""
    said = f"is one {item}, {one.value!r}" if whole else f"reads {one.value!r} as one {item}"
    fields.reader.error(one, f"'{name}' {said}: commas do not part {item}s",
                        f"write a list in brackets: {name}: [{', '.join(items)}]{script}; or "
                        f"quote the {item} if the comma belongs in it", severity="warning")


def is_latin(text: str) -> bool:
    """Tell whether a text is written in ASCII letters, with accents or without."""
    return all(char.isascii() or unicodedata.combining(char)
               for char in unicodedata.normalize("NFKD", text))
