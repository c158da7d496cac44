"""The names authors give fields elsewhere, and the field of explainer's each means."""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode

from .header import Reader, kind_of

# Names authors reach for, and the field that holds what they mean: a newsroom's words, and
# the front matter of Hugo, Jekyll, Pelican and WordPress exports, which files moved over keep.
ALIASES = {"author": "byline", "authors": "byline", "writer": "byline", "by": "byline",
           "date": "published", "publishdate": "published", "pubdate": "published",
           "publish_date": "published", "date_published": "published", "lastmod": "updated",
           "modified": "updated", "last_modified": "updated", "updated_at": "updated",
           "summary": "dek", "description": "dek", "subtitle": "dek", "standfirst": "dek",
           "deck": "dek", "excerpt": "dek", "lede": "dek", "tag": "tags", "categories": "tags",
           "category": "tags", "keywords": "tags", "cover": "image", "featured_image": "image",
           "thumbnail": "image", "permalink": "slug", "lang": "language", "link": "url",
           "href": "url", "name": "speaker", "quote": "text", "time": "display_date",
           "hour": "display_date", "headline": "title", "q": "question", "a": "answer",
           "reply": "answer", "response": "answer"}


def by_name(reader: Reader, node: MappingNode) -> tuple[dict[str, Node], dict[str, Node]]:
    """Return a mapping's values and its keys by the fields' names; report a name given twice,
    and a key that is no name (a list or a mapping: '? [a, b]', '[a, b]: c')."""
    values: dict[str, Node] = {}
    keys: dict[str, Node] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode):
            reader.error(key, f"a field's name must be a word, found {kind_of(key)}",
                         "begin the line with the field's name, as in 'tags: [a, b]'")
            continue
        if key.value in values:
            reader.error(key, f"'{key.value}' is given twice", "keep one of them")
        values[key.value] = value
        keys[key.value] = key
    return values, keys
