"""YAML's slips in a value: the hint that names the fix, and the value read as the author meant."""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml

# The hint for a line that YAML finds out of line, when which line it belongs under is not plain.
INDENTATION = ("check the indentation of this line against the lines above: the items of one "
               "list start in one column, and so do the fields of one entry")
YAML_HINTS = (
    ("mapping values are not allowed", "a ': ' inside an unquoted value starts a new key; "
     "put the value in quotes"),
    ("cannot start any token", "a value cannot begin with '@', '`' or '%'; "
     "put the value in quotes"),
    ("expected <block end>", "check the indentation of this line against the lines above"),
    ("did not find expected '-' indicator", INDENTATION),
    ("did not find expected key", INDENTATION),
    ("could not find expected ':'", "each line of a mapping is 'key: value'; "
     "quote values that span lines"),
    ("found undefined alias", "'*' starts a YAML alias; quote values that begin with '*'"),
    ("while scanning a quoted scalar", "a quoted value is never closed; add the closing quote"),
    ("flow sequence", "'[' starts a YAML list; close it with ']', or quote the value"),
    ("flow mapping", "'{' starts a YAML mapping; close it with '}', or quote the value"),
)
# A value as the line gives it: after the indentation, a list's '- ' and a 'key: '.
LINE_VALUE = re.compile(r"(?P<lead>\s*(?:-\s+)?(?:[\w-]+:\s+)?)(?P<value>.*?)\s*$")
QUOTE_THEN_MORE = re.compile(r"""(?P<q>["'])(?:(?!(?P=q)).)*(?P=q)\s*[^\s#:,\]}]""")
# Quotation marks as a word processor types them, which YAML reads as text, not as quotes.
CURLY_OPENINGS = "\u201c\u2018\u00ab\u201e\u201d\u00bb"
CURLY_CLOSINGS = "\u201d\u2019\u00bb\u201c\u00ab"
# The apostrophe a word processor types, between letters: not a closing quotation mark.
APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")
SIGILS = {"*": "it starts an alias", "&": "it starts an anchor", "!": "it starts a tag",
          "%": "it starts a directive", "@": "it is reserved", "`": "it is reserved"}
# The errors of a value YAML cannot read as typed, which repaired() reads as the author meant.
VALUE_SLIPS = ("mapping values are not allowed", "cannot start any token", "found undefined alias",
               "while scanning a quoted scalar")
REPAIRS = 20  # syntax slips looked past in one header before giving up on the rest


# The syntax errors of a line out of line with those above it.
INDENT_ERRORS = ("mapping values are not allowed", "did not find expected key",
                 "did not find expected '-' indicator", "expected <block end>")
# A line that starts a field: its indentation (with a list's '- '), and the field's name.
# A no-break space after the ':' is text to YAML, so the line is no field.
FIELD_LINE = re.compile(r"(?P<lead>\s*(?:-\s+)?)(?P<key>[\w-]+):(?:[ \t\r]|$)")
# A line that gives a field's name and its value with no ':' between them, "note Sede de la
# firma", or with no space after it, "dek:Una frase", or with a no-break space after it (typed
# with Option-space or AltGr-space, or pasted from a word processor), which YAML reads as text,
# not as the space that ends a field's name. YAML reads the line as the start of a longer text,
# and stops a line or more below it.
NO_BREAK_SPACES = "\u00a0\u202f\u2007"
COLONLESS = re.compile(r"(?P<lead>\s*(?:-\s+)?)(?P<key>[a-z][a-z_]*)"
                       rf"(?:(?P<colon>:)(?P<nbsp>[{NO_BREAK_SPACES}]*)| +)"
                       r"(?P<value>[^\s:].*)")
COLON_ERRORS = ("could not find expected ':'", "mapping values are not allowed")


def syntax_hint(error: str, line: str, above: Sequence[str] = ()) -> tuple[str, bool]:
    """Return the hint that names the fix for a YAML syntax error on a line (`above` holds the
    lines before it, the nearest last), and whether the slip is in a value that repaired() can
    read as typed, so that the slips after it show."""
    misplaced = misaligned(line, above) if any(key in error for key in INDENT_ERRORS) else ""
    if misplaced:
        return misplaced, False
    hint = slip_hint(line)
    if hint:
        return hint, True
    key, hint = next(((key, hint) for key, hint in YAML_HINTS if key in error),
                     ("", "check the YAML syntax"))
    return hint, key in VALUE_SLIPS


def colonless(error: str, lines: Sequence[str]) -> tuple[int, re.Match[str]] | None:
    """Return the line (its index, and its parts), among a header's lines up to the one YAML
    stopped at (the last), that gives a field's name and value with no ':' between them, lined
    up with the fields around it; or None."""
    if not any(key in error for key in COLON_ERRORS):
        return None
    for index in range(len(lines) - 1, -1, -1):
        if index < len(lines) - 1 and FIELD_LINE.match(lines[index]):
            return None  # a field whole: the slip is below it
        found = COLONLESS.fullmatch(lines[index].rstrip())
        if found and ": " not in found["value"] and " #" not in found["value"] \
                and len(found["lead"]) == field_column(lines, index, "-" in found["lead"]):
            return index, found
    return None


def field_column(lines: Sequence[str], index: int, item: bool = False) -> int:
    """Return the column where the fields nearest a line start: those above it, else below
    (below first for a list's item's first line, whose other fields follow it)."""
    above = [found for line in lines[:index] if (found := FIELD_LINE.match(line))]
    below = [found for line in lines[index + 1:] if (found := FIELD_LINE.match(line))]
    if item and below and "-" not in below[0]["lead"]:
        above = [below[0]]
    nearest = above[-1] if above else below[0] if below else None
    return len(nearest["lead"]) if nearest else -1


def colon_added(text: str, line: int) -> str | None:
    """Return the text with the ':' a line's field name lacks; None if it lacks none."""
    lines = text.split("\n")
    found = COLONLESS.fullmatch(lines[line].rstrip()) if 0 <= line < len(lines) else None
    if found is None:
        return None
    lines[line] = f"{found['lead']}{found['key']}: {found['value']}"
    return "\n".join(lines)


def misaligned(line: str, above: Sequence[str]) -> str:
    """Name the fix for a field or a list's item out of line with those above it; '' if the
    line is not one of them, or if which line it should be under is not plain."""
    field = FIELD_LINE.match(line)
    shown = [(found, text) for text in above if text.strip() and (found := FIELD_LINE.match(text))]
    if field is None or not shown:
        return ""
    key, lead = field["key"], field["lead"]
    if lead.strip():  # an item: under the item above it in the same list
        dash = lead.index("-")
        for found, _ in reversed(shown):
            if found["lead"].strip():
                column = found["lead"].index("-")
                return "" if column == dash else \
                    f"line this item's '-' up with the '-' of the item above it (column " \
                    f"{column + 1})"
            if len(found["lead"]) < dash:
                return ""  # the key above opens this list: its first item
        return ""
    before, text = shown[-1]
    if len(lead) > len(before["lead"]):
        if not text[before.end():].split("#")[0].strip():
            return ""  # a key with nothing after it opens the block this line is in
        return (f"'{key}:' is indented further than '{before['key']}:' on the line above, so "
                f"YAML reads it as more of that value; line '{key}:' up under "
                f"'{before['key']}:'")
    dash = before["lead"].find("-")
    if 0 <= dash <= len(lead) < len(before["lead"]):
        return (f"'{key}:' is indented less than '{before['key']}:' on the line above; to give "
                f"it to the same entry, line '{key}:' up under '{before['key']}:'")
    return ""


def slip_hint(line: str) -> str:
    """Name the fix for a value YAML cannot read as plain text, from the line it is on."""
    value = LINE_VALUE.fullmatch(line)["value"]  # type: ignore[index]
    if QUOTE_THEN_MORE.match(value):
        return ("a value that begins with a quote must end with it; put the whole value in "
                f"the other quotes: {requoted(value)}")
    if curly_quoted(value):
        return straight_quotes(value)
    if value[:1] in SIGILS:
        return f"YAML does not read a value beginning with '{value[0]}' as text " \
               f"({SIGILS[value[0]]}); put the whole value in quotes"
    return ""


def curly_quoted(value: str) -> bool:
    """Tell whether a whole value is between curly quotation marks, and holds no more of them."""
    # Other marks are quotations within it, and ’ between letters an apostrophe ("Haiti’s").
    inner = APOSTROPHE.sub("", value[1:-1])
    return len(value) > 2 and value[0] in CURLY_OPENINGS and value[-1] in CURLY_CLOSINGS and \
        value[0] not in inner and value[-1] not in inner


def straight_quotes(value: str) -> str:
    """Name the fix for a value between curly quotation marks, which YAML reads as text."""
    return ("curly quotation marks are not quotes to YAML, but part of the text; put the "
            f"value in straight quotes: {requoted(value[1:-1])}")


def curly_title(value: str) -> tuple[str, str]:
    """Return the warning and its fix for a title typed in curly quotation marks, which YAML
    keeps and the page shows."""
    return (f"the title's quotation marks {value[0]} {value[-1]} are shown on the page: YAML "
            "leaves out straight quotes only",
            f"leave them out: title: {as_written(value[1:-1])}; a title that quotes someone puts "
            "the marks around the quotation, with text after it")


def as_written(value: str) -> str:
    """Return a value as YAML reads it back the same: as it is if it needs no quotes (YAML
    writes it so itself), else in quotes ("Haiti: the mission", "#1 story", "yes")."""
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1_000_000)
    plain = dumped[:1] not in "'\"|>" and yaml.safe_load(f"title: {value}") == {"title": value}
    return value if plain else requoted(value)


def requoted(value: str) -> str:
    """Return a value in quotes that YAML reads as exactly the text typed."""
    return "'" + value.replace("'", "''") + "'" if "'" not in value or '"' in value \
        else '"' + value.replace("\\", "\\\\") + '"'


def repaired(text: str, line: int) -> str | None:
    """Return the text with one line's value quoted as typed; None if that changes nothing."""
    lines = text.split("\n")
    if not 0 <= line < len(lines):
        return None
    match = LINE_VALUE.fullmatch(lines[line])
    if match is None or not match["value"]:
        return None
    lines[line] = match["lead"] + requoted(match["value"])
    fixed = "\n".join(lines)
    return fixed if fixed != text else None



def untabbed(text: str, line: int) -> str | None:
    """Return the text with one line's tabbed indentation made that of the field above it, as
    the author most likely meant; None if there is no such line or nothing changes."""
    lines = text.split("\n")
    if not 0 < line < len(lines):
        return None
    above = next((lines[n] for n in range(line - 1, -1, -1) if lines[n].strip()), "")
    lead = FIELD_LINE.match(above)
    if lead is None or "\t" in above:
        return None
    indent = " " * len(lead["lead"])
    fixed = "\n".join([*lines[:line], indent + lines[line].lstrip(" \t"), *lines[line + 1:]])
    return fixed if fixed != text else None


# The colon and space of a Japanese or Chinese input method's full-width mode, which look like
# YAML's ':' and indentation but are text to it: a key typed 'dek：' is no key, and a line
# indented with '　' starts at its first column. YAML then fails a line or more further down.
WIDE_COLON = "\uff1a"
WIDE_SPACE = "\u3000"
# A field's name (field names are ASCII) and a full-width colon after it.
WIDE_KEY = re.compile(r"[ \t\u3000]*(?:-[ \t\u3000]+)?[A-Za-z_][A-Za-z0-9_-]*[ \t]*\uff1a")
# Indentation holding a full-width space before a list's '- ' or a field's name.
WIDE_INDENT = re.compile(r"[ \t]*\u3000[ \t\u3000]*(?=-[ \t\u3000]|[A-Za-z_][A-Za-z0-9_-]*"
                         r"[ \t]*[:\uff1a])")


def wide_slip(lines: Sequence[str]) -> tuple[int, int, str, str] | None:
    """Find the last of lines whose field is typed with a full-width colon or indented with a
    full-width space: return its index, the column of the slip, what is wrong and the fix."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        indent = WIDE_INDENT.match(line)
        if indent:
            return index, line.index(WIDE_SPACE) + 1, (
                "the line is indented with a full-width space (U+3000), which YAML reads as "
                "text, not indentation"), "indent with half-width spaces only"
        key = WIDE_KEY.match(line)
        if key:
            name = key[0].strip(f" \t-{WIDE_SPACE}{WIDE_COLON}")
            return index, key.end(), (
                f"'{name}' is followed by a full-width colon '{WIDE_COLON}' (U+FF1A), which "
                "YAML reads as text, not as the end of the field's name"), (
                f"type the colon in half-width, then a space: '{name}: '")
    return None


def narrowed(text: str, line: int) -> str | None:
    """Return the text with one line's full-width indentation and colon after its field's name
    typed half-width, as the author meant them; None if that changes nothing."""
    lines = text.split("\n")
    if not 0 <= line < len(lines):
        return None
    typed = lines[line]
    indent = WIDE_INDENT.match(typed)
    if indent:  # a full-width space is as wide as two half-width ones
        typed = indent[0].replace(WIDE_SPACE, "  ") + typed[indent.end():]
    key = WIDE_KEY.match(typed)
    if key:
        typed = key[0][:-1].rstrip() + ": " + typed[key.end():].lstrip()
    fixed = "\n".join([*lines[:line], typed, *lines[line + 1:]])
    return fixed if fixed != text else None


def unlisted(error: str, lines: Sequence[str]) -> tuple[int, str] | None:
    """Find the first of lines written as prose under a field that opens a list ('takeaways:'
    alone on its line, then sentences in its column, with no '- '), which YAML reads as the
    start of a field's name: return its index and the field's name; None if there is none."""
    if "could not find expected ':'" not in error:
        return None
    for index in range(len(lines) - 2, -1, -1):
        opener = FIELD_LINE.fullmatch(lines[index].rstrip() + " ")
        if opener is None:
            continue
        below = lines[index + 1]
        lead = len(below) - len(below.lstrip(" "))
        if lead == len(opener["lead"]) and below.strip() and not FIELD_LINE.match(below) \
                and not below.lstrip().startswith(("-", "#")):
            return index + 1, opener["key"]
        return None
    return None
