"""Read YAML headers node by node, so every value keeps its line and column.

Values are taken from PyYAML's node tree rather than from loaded Python objects: a text field
gets the characters the author typed (so `NO`, `on` or `2024-05-23` stay text), and every
problem points at the exact key or value in the file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import Problem
from .addresses import check_url
from .clocks import EVENT_TIME_HINT, TIME_HINT, timed
from .dates import check_year, parse_date
from .fieldnames import ALIASES, by_name
from .header import Reader, is_null, kind_of
from .languages import LANGUAGE, canonical_tag, tag_meant, tag_slip
from .model import FuzzyDate
from .plainmarks import check_plain, one_line
from .text.typography import typeset_text
from .yamlnodes import BOOL_TAG, is_yes
from .yamlslips import SIGILS, curly_quoted, curly_title, straight_quotes

T = TypeVar("T")
CUT_BY_COMMENT = re.compile(r"\s+#\S")
# A line that YAML reads as more of a plain text above it, though it looks like a list's item.
RUN_ON_ITEM = re.compile(r"\s+- ")
# Words that YAML reads as false, which a field of choices takes to mean its choice 'none'.
NEGATIVE = ("false", "no", "off")
OWN = "extra"  # the mapping of a project's own fields, where a mapping takes one (extra.py)


class Fields:
    """Read one YAML mapping, field by field; report what is missing, wrong or unknown."""

    def __init__(self, reader: Reader, node: MappingNode) -> None:
        self.reader = reader
        self.node = node
        self.asked: set[str] = set()
        # Required fields not there at all, each with the problem that says so: one that a
        # misspelt key turns out to mean is told once, as that key's.
        self.missing: dict[str, Problem] = {}
        self.values, self.keys = by_name(reader, node)

    def line(self) -> int:
        """Return the file line where the mapping starts."""
        return self.reader.line_of(self.node)

    def get(self, name: str, required: bool, expected: str) -> Node | None:
        """Return a field's node, reporting it when required and missing."""
        self.asked.add(name)
        node = self.values.get(name)
        if node is None or is_null(node):
            if required:
                where = self.keys.get(name) or self.node
                self.reader.error(where, f"'{name}' is required", f"add '{name}: {expected}'")
                if name not in self.values:
                    self.missing[name] = self.reader.problems[-1]
            return None
        return node

    def text(self, name: str, required: bool = False, default: str = "",
             language: str | None = None) -> str:
        """Read a text field, exactly as typed but for its punctuation, set as `language` (by
        default the page's) sets it."""
        node = self.get(name, required, "some text")
        if node is None:
            return default
        text = self.as_text(node, name)
        if required and not text and isinstance(node, ScalarNode):
            self.reader.error(node, f"'{name}' is empty", f"write the {name} after '{name}: '")
        check_plain(self.reader, node, name, text)
        return self.typeset(text, language) if text else default

    def short(self, name: str, required: bool = False, language: str | None = None) -> str:
        """Read a short text field (a title, a label, a name) as text() does, on one line."""
        text = self.text(name, required, language=language)
        node = self.values.get(name)
        if name == "title" and isinstance(node, ScalarNode) and not node.style and \
                curly_quoted(node.value):
            self.reader.error(node, *curly_title(node.value), severity="warning")
        return one_line(self.reader, node, name, text) if text and node is not None else text

    def short_text(self, node: Node, name: str) -> str:
        """Return a short field's node's text, as as_text() does, on one line."""
        return one_line(self.reader, node, name, self.as_text(node, name))

    def typeset(self, text: str, language: str | None = None) -> str:
        """Return a text as readers see it: with typographer's punctuation in its language (by
        default the page's)."""
        language = language or self.reader.language
        return typeset_text(text, language) if language is not None else text

    def as_text(self, node: Node, name: str) -> str:
        """Return a scalar node's text, warning when YAML would have cut it at ' #'."""
        line = self.reader.lines[self.reader.line_of(node) - 1]
        if not isinstance(node, ScalarNode):
            in_list = line.lstrip().startswith("- ") and isinstance(node, MappingNode)
            item = line.strip()[2:].strip()
            self.reader.error(node, f"'{name}' must be text, found {kind_of(node)}",
                              straight_quotes(item) if in_list and curly_quoted(item) else
                              "a ': ' inside a list item makes it a 'key: value' line; put the "
                              "whole item in quotes" if in_list else
                              "write it on one line after the key, in quotes if it has ': '")
            return ""
        sigil = line[node.start_mark.column:node.start_mark.column + 1]
        if not node.style and sigil in ("&", "!"):  # an empty value has no first character
            self.reader.error(node, f"'{name}' begins with '{sigil}', which YAML does not read "
                              f"as text ({SIGILS[sigil]})", "put the whole value in quotes")
        # Plain (unquoted: style None from PyYAML, "" from libyaml) on one line.
        if self.reader.has_hash and not node.style and \
                node.start_mark.line == node.end_mark.line:
            if "#" in line and CUT_BY_COMMENT.match(line, node.end_mark.column):
                self.reader.error(node, f"'{name}' is cut short at ' #': YAML reads the rest of "
                                  "the line as a comment", "put the whole value in quotes")
        if not node.style and node.start_mark.line != node.end_mark.line:
            self.check_run_on(node, name)
        return node.value.strip()

    def check_run_on(self, node: ScalarNode, name: str) -> None:
        """Report a list item that YAML reads as the end of the text above it.

        An item whose '-' is indented further than its list's is a line of the item before:
        the page would show both as one, joined by ' - '.
        """
        first = self.reader.line_of(node)
        for line in range(first + 1, first + node.end_mark.line - node.start_mark.line + 1):
            text = self.reader.line_text(line)
            if RUN_ON_ITEM.match(text):
                self.reader.error_at(
                    line, len(text) - len(text.lstrip()) + 1, f"this '- ' line is read as more "
                    f"of the '{name}' text above it, not as an item of its own: its '-' is "
                    "indented further than the list's",
                    "start its '-' in the same column as the '-' of the items above")
                return

    def matched(self, name: str, pattern: re.Pattern[str], example: str, message: str,
                hint: str = "") -> re.Match[str] | None:
        """Read an optional text field that pattern must match whole; report one it does not.

        The message names what was found as '{value}'.
        """
        node = self.get(name, False, example)
        if node is None:
            return None
        text = self.as_text(node, name)
        match = pattern.fullmatch(text)
        if match is None:
            self.reader.error(node, message.format(value=text), hint)
        return match

    def boolean(self, name: str, default: bool = False) -> bool:
        """Read a yes/no field."""
        node = self.get(name, False, "true")
        if node is None:
            return default
        if isinstance(node, ScalarNode) and node.tag == BOOL_TAG:
            return is_yes(node)
        self.reader.error(node, f"'{name}' must be true or false, found {kind_of(node)}",
                          f"write '{name}: true' or '{name}: false', without quotes")
        return default

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        """Read a field that takes one of a few words."""
        node = self.get(name, False, choices[0])
        if node is None:
            return default
        value = self.as_text(node, name)
        if value not in choices:
            # 'map: false' or 'no' means the choice of nothing, where there is one: 'none'.
            close = difflib.get_close_matches(value, choices, n=1) or \
                [choice for choice in choices if choice == "none" and value.lower() in NEGATIVE]
            hint = f"did you mean '{close[0]}'?" if close else \
                f"leave '{name}' out for the default, '{default}'"
            self.reader.error(node, f"'{name}' must be one of {', '.join(choices)}; "
                              f"found '{value}'", hint)
            return default
        return value

    def date(self, name: str, required: bool = False, in_words: str = "",
             news: bool = False, event: bool = False) -> FuzzyDate | None:
        """Read a date written YYYY, YYYY-MM or YYYY-MM-DD; `in_words` is how to show a date
        in words instead, for the hint. `news`, a date of publication or update, is in a year
        of ours (see dates.check_year); it and an `event`'s keep the time of day given after
        the day (any other date leaves it out): see clocks.timed."""
        node = self.get(name, required, "2024-05-23")
        hint = TIME_HINT if news else EVENT_TIME_HINT if event else ""
        found = None if node is None else parse_date(self.reader, node, name, in_words, hint)
        if news and found is not None and not check_year(self.reader, node, name, found):
            return None  # refused: a year no arithmetic on its moments can be trusted with
        if hint and found is not None:
            found = timed(self.reader, node, name, found, hint)
        return found

    def url(self, name: str, required: bool = False) -> str | None:
        """Read a link address: http(s) or mailto, never javascript:."""
        node = self.get(name, required, "https://...")
        return None if node is None else check_url(self.reader, node, self.as_text(node, name))

    def items(self, name: str, read: Callable[[Node], T | None], required: bool = False,
              single_ok: bool = False) -> tuple[T, ...]:
        """Read a list field, each item with read(); a single item is allowed if single_ok."""
        node = self.get(name, required, "a list of '- ...' lines")
        if node is None:
            return ()
        if not isinstance(node, SequenceNode):
            if single_ok:
                item = read(node)
                return () if item is None else (item,)
            self.reader.error(node, f"'{name}' must be a list ('- ...' lines), "
                              f"found {kind_of(node)}", f"put each item on its own line "
                              f"below '{name}:', starting with '  - '")
            return ()
        if required and not node.value:
            self.reader.error(node, f"'{name}' is empty", "add at least one '- ...' item")
        return tuple(item for item in map(read, node.value) if item is not None)

    def mappings(self, name: str, what: str, read: Callable[[Fields], T | None],
                 required: bool = False) -> tuple[T, ...]:
        """Read a list field of mappings, each with read(); report the fields none asked for."""
        def each(node: Node) -> T | None:
            item = mapping(self.reader, node, what)
            if item is None:
                return None
            result = read(item)
            item.finish()
            return result

        return self.items(name, each, required)

    def finish(self) -> None:
        """Report fields that no reader asked for, with the closest known name."""
        for name, key in self.keys.items():
            if name not in self.asked:
                line = self.reader.line_of(key)
                wide = self.reader.wide_problem([self.reader.line_text(line)], line)
                if wide is not None:  # '　　role: lead', indented with full-width spaces
                    self.reader.problems.append(wide)
                    continue
                self.reader.error(key, f"unknown field '{name}'", self.unknown_hint(name))

    def unknown_hint(self, name: str) -> str:
        """Return the hint for an unknown field: the known one it looks like, else the list."""
        known = sorted(self.asked)
        # What writers call a field elsewhere first: 'time' is no misspelt 'title'.
        close = [alias for alias in [ALIASES.get(name.lower())] if alias in self.asked] or \
            difflib.get_close_matches(name, known, n=1, cutoff=0.75)
        own = f"; a field of your own goes under '{OWN}:', as '  {name}: ...' below it" \
            if OWN in self.asked and not close else ""
        close = close or list(self.missing)[:len(self.missing) == 1] or \
            difflib.get_close_matches(name, known, n=1)
        if not close:
            return f"known fields: {', '.join(known) or 'none'}{own}"
        if (meant := self.missing.pop(close[0], None)) is not None:  # misspelt, not missing
            self.reader.problems.remove(meant)
            return f"did you mean '{close[0]}', which is required?{own}"
        return f"did you mean '{close[0]}'?{own}"


def mapping(reader: Reader, node: Node, what: str) -> Fields | None:
    """Return a Fields reader for a mapping node, or report that it is not one."""
    if isinstance(node, MappingNode):
        return Fields(reader, node)
    reader.error(node, f"a {what} must be a mapping of 'key: value' lines, "
                 f"found {kind_of(node)}", f"a {what} is one mapping: write its 'key: value' "
                 "lines without '- ' before them" if isinstance(node, SequenceNode) else
                 f"start the {what} with '- ' and a key")
    return None


def read_own_language(fields: Fields) -> str | None:
    """Read the `language:` of a part of a page written in another language than the page (a
    quote, a source's title), or None."""
    return read_language(fields, "") or None


def read_language(fields: Fields, default: str) -> str:
    """Read a `language:` field, a language tag, written in its usual case."""
    node = fields.values.get("language")
    meant = tag_meant(node.value) if isinstance(node, ScalarNode) and \
        not LANGUAGE.fullmatch(node.value) else None
    tag = fields.matched("language", LANGUAGE, "en", "'language' must be a language tag such "
                         "as en or fr-CA, found '{value}'", f"write its tag: language: {meant[0]}"
                         if meant else "write a language's tag (docs/languages.md lists those "
                         "with a strings table)")
    slip = tag_slip(tag[0]) if tag else None
    if slip is not None:  # a country's code, a three-letter code, a language CLDR lacks
        fields.reader.error(node, *slip, severity="warning")
    return canonical_tag(tag[0]) if tag else default
