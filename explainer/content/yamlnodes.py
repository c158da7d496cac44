"""Compose YAML headers into PyYAML node trees, with libyaml when PyYAML was built with it.

Only nulls and booleans are tagged as such; every other scalar stays text, for the readers in
yamlread.py to take as typed.
"""

from __future__ import annotations

from yaml.nodes import Node, ScalarNode, SequenceNode

try:
    from yaml.cyaml import CParser as Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as Parser  # type: ignore[assignment]

NULL_TAG = "tag:yaml.org,2002:null"
STR_TAG = "tag:yaml.org,2002:str"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"
BOOL_TAG = "tag:yaml.org,2002:bool"
# The plain (unquoted) values YAML 1.1 reads as null or as a boolean, as PyYAML's SafeLoader
# resolves them. A plain value never ends in a line break, so looking it up here is the same
# as matching SafeLoader's anchored patterns.
IMPLICIT_TAGS = dict.fromkeys(["", "~", "null", "Null", "NULL"], NULL_TAG) | dict.fromkeys(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF".split(), BOOL_TAG)


class NodeLoader(Parser):
    """Compose YAML into a node tree, tagging only nulls and booleans as SafeLoader does.

    The readers take every other value as typed, so numbers and dates are left as text
    (tag str) instead of being matched against the resolver's patterns, node by node.
    """

    def resolve(self, kind: type[Node], value: str, implicit: tuple[bool, bool]) -> str:
        """Return a node's tag."""
        if kind is ScalarNode:
            return IMPLICIT_TAGS.get(value, STR_TAG) if implicit[0] else STR_TAG
        return SEQ_TAG if kind is SequenceNode else MAP_TAG

    def descend_resolver(self, current_node: Node | None, current_index: object) -> None:
        """Do nothing: there are no path resolvers to follow."""

    def ascend_resolver(self) -> None:
        """Do nothing: there are no path resolvers to follow."""


def is_yes(node: Node) -> bool:
    """Tell whether a value tagged a boolean (BOOL_TAG) means yes."""
    return str(node.value).lower() in ("true", "yes", "on", "y")


def compose(text: str) -> Node | None:
    """Compose one YAML document into its node tree (None when the text holds none)."""
    loader = NodeLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()
