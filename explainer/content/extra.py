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
    return extra_mapping(fields.reader, node, 0)


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
