"""Read `extra:`, the fields of a project's own that its templates show (a kicker, a section
of the newspaper, an analytics id), in an explainer's front matter or in site.yml.

Their values are kept as typed, as the fields explainer knows are: `3` and `2024-05-23` are
texts, `true` and `false` are yes and no, and nothing is None; their punctuation is not set,
since a value may be a code or an address as well as words.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, SequenceNode

from .fields import Fields
from .header import Reader, kind_of
from .model import Extra
from .yamlnodes import BOOL_TAG, NULL_TAG, is_yes

FIELD = "extra"
# Deeper than any template reads; a YAML alias may make a value that holds itself.
MAX_DEPTH = 20
# More values than any template shows; YAML aliases that repeat one another (an "alias bomb")
# would otherwise make millions from a few lines.
MAX_VALUES = 10_000


def read_extra(fields: Fields) -> Extra:
    """Read the `extra:` mapping of a front matter or of site.yml (empty when not given)."""
    node = fields.get(FIELD, False, "a mapping")
    if node is None:
        return Extra()
    if not isinstance(node, MappingNode):
        fields.reader.error(node, f"'{FIELD}' must be a mapping of 'name: value' lines, found "
                            f"{kind_of(node)}", f"write each field of your own on a line of "
                            f"its own below '{FIELD}:', indented: '  kicker: Analysis'")
        return Extra()
    if expanded_size(node, 0, {}) > MAX_VALUES:
        fields.reader.error(node, f"'{FIELD}' holds more than {MAX_VALUES:,} values once its "
                            "YAML aliases (*name) are repeated", "give each value once, "
                            "without aliases that repeat lists of aliases")
        return Extra()
    return extra_mapping(fields.reader, node, 0)


def expanded_size(node: Node, depth: int, sizes: dict[int, int]) -> int:
    """Return how many values a node holds with its aliases repeated (nodes past MAX_DEPTH
    count as one: extra_value() reports them); sizes keeps each shared node's count."""
    if id(node) in sizes:
        return sizes[id(node)]
    children: list[Node] = []
    if depth <= MAX_DEPTH and isinstance(node, MappingNode):
        children = [value for _, value in node.value]
    elif depth <= MAX_DEPTH and isinstance(node, SequenceNode):
        children = node.value
    size = 1
    for child in children:
        size = min(size + expanded_size(child, depth + 1, sizes), MAX_VALUES + 1)
    sizes[id(node)] = size
    return size


def extra_mapping(reader: Reader, node: MappingNode, depth: int) -> Extra:
    """Read a mapping of `extra:`, reporting a name given twice."""
    given = Fields(reader, node)
    return Extra(tuple((name, extra_value(reader, value, depth + 1))
                       for name, value in given.values.items()))


def extra_value(reader: Reader, node: Node, depth: int) -> Any:
    """Read one value of `extra:`: a text, true or false, None, a list or a mapping."""
    if depth > MAX_DEPTH:
        reader.error(node, f"'{FIELD}' nests more than {MAX_DEPTH} lists or mappings deep",
                     "make it flatter; a YAML alias (*name) inside what it names repeats "
                     "it for ever")
        return None
    if isinstance(node, MappingNode):
        return extra_mapping(reader, node, depth)
    if isinstance(node, SequenceNode):
        return tuple(extra_value(reader, item, depth + 1) for item in node.value)
    if node.tag == NULL_TAG:
        return None
    return is_yes(node) if node.tag == BOOL_TAG else str(node.value)
