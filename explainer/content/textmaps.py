"""Where each character of a text read from a YAML value stands in the file, so that a
problem found in the text is told at its own line and column.

YAML gives only where a value starts. Its text is not the file's characters from there: a
quoted value drops its quotes and reads its escapes ("\\u00e9", "''"), a value over several
lines is folded (its line breaks read as spaces, a blank line as a line break), and a block
('|', '>') drops its lines' indentation. The characters are read again here as YAML reads
them, each with its place; where that does not give the value PyYAML gave (a header read
past a slip, a block's explicit indentation), every character is told at the value's start.
"""

from __future__ import annotations

import difflib

from yaml.nodes import Node, ScalarNode

from .header import Reader
from .model import TextMap

# A character of a value, and the file's line and column (from 1) it is read from, and
# whether it is a blank that YAML drops at the end or the start of a line.
Char = tuple[str, int, int, bool]
BLANKS = " \t"
ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
           "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
           "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
QUOTES = ("'", '"')


def text_map(reader: Reader, node: Node, text: str) -> TextMap:
    """Return where each character of a text read from a node stands in the file: the node's
    value as read (stripped, or with typographer's punctuation set)."""
    line, column = reader.where(node)
    if not isinstance(node, ScalarNode):
        return TextMap(line, column, None)
    if text == node.value and written_as_read(reader, node):
        return TextMap(line, column + (node.style in QUOTES))  # most values: in a row
    # A block's last line break, or its several (with '|+'), are no character of its text.
    value = node.value.rstrip("\n") if node.style in ("|", ">") else node.value
    chars = value_chars(reader, node)
    if chars is None or "".join([char[0] for char in chars]) != value:
        return TextMap(line, column, None)
    places = [char[1:3] for char in chars]
    if text != value:
        places = aligned(value, text, places)
    runs = runs_of(places)
    if not runs:
        return TextMap(line, column, None)
    return TextMap(*runs[0][1:]) if len(runs) == 1 else TextMap(line, column, runs)


def written_as_read(reader: Reader, node: ScalarNode) -> bool:
    """Tell whether a flow value on one line is its file's characters in a row, as most are:
    plain, or quoted with no escape in it."""
    start, end = node.start_mark, node.end_mark
    if node.style not in ("", None, *QUOTES) or start.line != end.line:
        return False
    row = reader.line_text(reader.base_line + start.line)
    quoted = node.style in QUOTES
    return row[start.column + quoted:end.column - quoted] == node.value


def mapped(reader: Reader, node: Node | None, text: str) -> TextMap | None:
    """Return where each character of a text read from a node stands, if a node gave it."""
    return text_map(reader, node, text) if node is not None and text else None


def value_chars(reader: Reader, node: ScalarNode) -> list[Char] | None:
    """Return the characters of a scalar's value as YAML reads them, each with its place."""
    first = reader.base_line + node.start_mark.line  # the file's line of the value's start
    last = reader.base_line + node.end_mark.line
    if last > len(reader.lines):
        return None
    rows = [reader.lines[number - 1] for number in range(first, last + 1)]
    if node.style in ("|", ">"):
        return block_chars(rows, first, node.style == ">", node.end_mark.column)
    quoted = 1 if node.style in ("'", '"') else 0
    rows[-1] = rows[-1][:node.end_mark.column - quoted]
    starts = [node.start_mark.column + quoted] + [0] * (len(rows) - 1)
    read = [row_chars(row, start, first + index, node.style or "")
            for index, (row, start) in enumerate(zip(rows, starts, strict=True))]
    return folded(read, (first, starts[0]))


def row_chars(row: str, start: int, line: int, style: str) -> tuple[list[Char], bool]:
    """Return the characters of one line of a flow value (plain, '...' or "..."), and
    whether it ends in a '\\' that joins it to the next line."""
    chars: list[Char] = []
    index = start
    while index < len(row):
        char = row[index]
        width = 1
        if style == "'" and row.startswith("''", index):
            width = 2
        elif style == '"' and char == "\\":
            if index + 1 == len(row):
                return chars, True
            char, width = escape(row, index)
        chars.append((char, line, index + 1, width == 1 and char in BLANKS))
        index += width
    return chars, False


def escape(row: str, index: int) -> tuple[str, int]:
    """Return the character an escape of a double-quoted value writes, and its width."""
    code = row[index + 1]
    if code in HEX_DIGITS:
        digits = HEX_DIGITS[code]
        return chr(int(row[index + 2:index + 2 + digits], 16)), 2 + digits
    return ESCAPES.get(code, code), 2


def folded(rows: list[tuple[list[Char], bool]], start: tuple[int, int]) -> list[Char]:
    """Join the lines of a flow value as YAML folds them: blanks around a line break
    dropped, a break read as a space, or the blank lines after it as line breaks; after a
    '\\' the break joins the lines, and only the blank lines are breaks. start: the place
    before the first character, of a break that no character comes before."""
    chars: list[Char] = []
    empty, joined = 0, False
    for index, (row, joins) in enumerate(rows):
        if index:
            row = row[next((at for at, char in enumerate(row) if not char[3]), len(row)):]
        if index < len(rows) - 1 and not joins:
            while row and row[-1][3]:
                row.pop()
        if 0 < index < len(rows) - 1 and not row and not joins:
            empty += 1
            continue
        if index:
            _, line, column, _ = chars[-1] if chars else (" ", *start, True)
            spacer = "\n" * empty if empty or joined else " "
            chars += [(char, line, column + 1, False) for char in spacer]
        chars += row
        empty, joined = 0, joins
    return chars


def block_chars(rows: list[str], first: int, fold: bool, end: int) -> list[Char] | None:
    """Return the characters of a block value ('|' or '>', whose indicator is on the first
    row), its lines' indentation dropped: the indentation of its first line."""
    lines = rows[1:] if rows[-1][:end].strip() else rows[1:-1]
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return None
    indent = next(len(row) - len(row.lstrip(" ")) for row in lines if row.strip())
    chars: list[Char] = []
    previous, empty = None, 0
    for number, row in enumerate(lines, first + 1):
        if not row[indent:] and not row.strip():
            empty += 1
            continue
        content = row[indent:]
        spacer = "\n" * (empty + (previous is not None))  # the blank lines it opens with
        if previous is not None and fold and previous[:1] not in BLANKS and \
                content[:1] not in BLANKS:
            spacer = "\n" * empty if empty else " "
        after = len(previous) + indent + 1 if previous is not None else 1
        chars += [(char, number - 1 - empty, after, False) for char in spacer]
        chars += [(char, number, indent + at + 1, False) for at, char in enumerate(content)]
        previous, empty = content, 0
    return chars


def aligned(value: str, text: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the places of a text made from a value: stripped, or with typographer's
    punctuation, whose characters stand where the value's they are made of stand."""
    lead = len(value) - len(value.lstrip())
    if value.strip() == text:
        return places[lead:lead + len(text)]
    found: list[tuple[int, int]] = []
    matcher = difflib.SequenceMatcher(None, value, text, autojunk=False)
    for tag, start, end, other, other_end in matcher.get_opcodes():
        if tag == "equal":
            found += places[start:end]
        else:
            found += [places[min(start, len(places) - 1)]] * (other_end - other)
    return found


def runs_of(places: list[tuple[int, int]]) -> tuple[tuple[int, int, int], ...] | None:
    """Return the runs of characters the file writes in a row, as TextMap keeps them: none
    for a text written as it stands, on one line."""
    runs: list[tuple[int, int, int]] = []
    last_line, next_column = 0, 0  # no character is at column 0
    for offset, (line, column) in enumerate(places):
        if line != last_line or column != next_column:
            runs.append((offset, line, column))
        last_line, next_column = line, column + 1
    return tuple(runs)
