"""Read explainer files and split them into front matter and YAML-tagged sections.

An explainer file looks like this::

    ---
    title: ...            <- front matter (YAML)
    ---

    --- summary           <- a section fence names the section's kind
    key: value            <- the section's YAML header
    ---
    Markdown prose.       <- the section's body, up to the next fence

Line numbers are kept for every part so that errors can point into the file.
"""

from __future__ import annotations

import re
import stat
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError, Problem
from .encodings import byte_place, utf8_text, wide_encoding
from .fences import kind_hint, opened_twice, slip_hint, slipped_fences, stray_close_hint

MAX_FILE_BYTES = 5 * 1024 * 1024
FENCE = re.compile(r"---[ \t]+(?P<kind>\S.*?)[ \t]*")
KIND = re.compile(r"[a-z][a-z0-9-]*")
CLOSE = "---"
# Unicode's noncharacters, kept for a program's own use: explainer marks words with two of them
# (site/english.py), so none may come from what a project writes.
# They are U+FDD0 to U+FDEF and the last two code points of each plane: the patterns look for
# those of plane 0 and for any character past U+1FFFD, few in a text (is_noncharacter tells).
# A class of the 34 pairs one by one would make every search ten times slower.
NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff\U0001fffe-\U0010ffff"
NONCHARACTER = re.compile(f"[{NONCHARACTERS}]")
# Characters no text editor shows: C0/C1 controls (tab and line ends aside), noncharacters, and
# the Unicode line separators, which YAML would count as line breaks and so shift every line.
INVISIBLE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029{NONCHARACTERS}]")
# A NUL in content/ is most often a file that is no explainer; elsewhere (site.yml), a slip.
BINARY_HINT = "content/ holds .md explainers only: move other files elsewhere; in an explainer, "
NONCHARACTER_HINT = "Unicode keeps it for a program's own use, and a page shows nothing for it"
# The bytes of tab, line ends and printable ASCII, which make up most files and are never
# invisible: a file of these alone needs no search for invisible characters.
ORDINARY_BYTES = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F)])


@dataclass(frozen=True)
class Block:
    """A part of a source file: its YAML header and the Markdown that follows."""

    kind: str
    fence_line: int
    header: str
    header_line: int
    body: str
    body_line: int


@dataclass(frozen=True)
class SourceFile:
    """A content file split into its front matter and its sections."""

    path: Path
    display: str
    lines: tuple[str, ...]
    front: Block
    sections: tuple[Block, ...]

    def line_text(self, line: int | None) -> str:
        """Return the text of a 1-based line, or '' when out of range."""
        if line is None or not 1 <= line <= len(self.lines):
            return ""
        return self.lines[line - 1]


def read_text(path: Path, display: str) -> str:
    """Read a content file as UTF-8 text, refusing binary, huge and empty files."""
    return decode_text(read_data(path, display), display)


def read_data(path: Path, display: str) -> bytes:
    """Read a content file's bytes, refusing a file that cannot be read or is huge."""
    try:
        found = path.stat()
        if special(found.st_mode):  # a named pipe or a device would never end
            raise _fail(display, 1, "not a file of text but a named pipe, a device or a socket",
                        "explainer reads files of text only: move it elsewhere")
        size = found.st_size
        if size > MAX_FILE_BYTES:
            raise _fail(display, 1, f"file is {size / 1048576:.1f} MB, over the 5 MB limit",
                        "an explainer is text; move large data out of content/")
        return path.read_bytes()
    except OSError as exc:
        raise _fail(display, None, f"cannot read file: {exc.strerror}", "") from None


def decode_text(data: bytes, display: str) -> str:
    """Decode a content file's bytes as UTF-8 text, refusing binary and empty files."""
    nul = data.find(b"\0")
    if nul >= 0 and not wide_encoding(data):  # UTF-16's NULs: utf8_text names its encoding
        raise ContentError([Problem(
            display, *byte_place(data, nul), "file is binary, not text (a NUL character)",
            (BINARY_HINT if display.startswith("content/") else "") + "delete the character")])
    text = utf8_text(data, display)
    if not text.strip():
        raise _fail(display, 1, "file is empty",
                    "start it with front matter: '---', 'title: ...', '---'")
    invisible = first_of(INVISIBLE, text) if data.translate(None, ORDINARY_BYTES) else None
    if invisible:
        raise invisible_error(text, invisible, display)
    return text


def is_noncharacter(char: str) -> bool:
    """Tell whether a character is one of Unicode's noncharacters."""
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def really(found: re.Match[str]) -> bool:
    """Tell whether a match of NONCHARACTER or INVISIBLE is what it looks for, not one of the
    characters past U+1FFFD that only look like noncharacters to the pattern."""
    return ord(found[0]) < 0x1FFFE or is_noncharacter(found[0])


def first_of(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Return the first real match of NONCHARACTER or INVISIBLE in a text (see really())."""
    return next(filter(really, pattern.finditer(text)), None)


def invisible_error(text: str, found: re.Match[str], display: str) -> ContentError:
    """Make the error for an invisible character INVISIBLE found in a file's text."""
    char = found[0]
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - text.rfind("\n", 0, found.start())
    noncharacter = is_noncharacter(char)
    name = unicodedata.name(char, "a noncharacter" if noncharacter else "a control character")
    return ContentError([Problem(
        display, line, column, f"invisible character U+{ord(char):04X} ({name})",
        f"{NONCHARACTER_HINT}; delete it" if noncharacter else
        "delete it (it often comes from copying and pasting); use an ordinary line break or "
        "space instead",
        INVISIBLE.sub(lambda m: f"<U+{ord(m[0]):04X}>" if really(m) else m[0],
                      text.split("\n")[line - 1]))])


def special(mode: int) -> bool:
    """Tell whether a file's mode is a named pipe's, a device's or a socket's, which reading
    may never end; not a folder's, which reading refuses at once."""
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)


def file_bytes(path: Path) -> bytes | None:
    """Return a file's bytes; None if it cannot be read, is too big to be an explainer or is
    no regular file (read_data() says why)."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_FILE_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def split_source(text: str, path: Path, display: str, kinds: Collection[str] = (),
                 problems: list[Problem] | None = None) -> SourceFile:
    """Split an explainer's text into front matter and sections, or raise ContentError; given
    problems, note there the sections that cannot be split out and return the rest."""
    # kinds: the section kinds there are (schema's), which a fence's hint may name.
    lines = text.split("\n")
    front, front_end = _front_matter(lines, display)
    found: list[Problem] = []
    sections = _sections(lines, front_end + 1, display, found, kinds)
    if found and problems is None:
        raise ContentError(found)
    if problems is not None:
        problems.extend(found)
    if not sections and not found:
        raise _fail(display, front_end + 1, "the explainer has no sections",
                    "add sections after the front matter, starting with '--- summary'")
    return SourceFile(path, display, tuple(lines), front, tuple(sections))


def _front_matter(lines: list[str], display: str) -> tuple[Block, int]:
    """Return the front matter and the index of its closing line, or raise ContentError."""
    if lines[0].rstrip() != CLOSE:
        raise _fail(display, 1, "file must start with front matter opened by a line '---'",
                    "put '---', then 'title: ...' and the other fields, then '---' at the top",
                    lines[0])
    front_end = _find_close(lines, 1, stop_at_fence=True)
    if front_end is None:
        fence = _next_fence(lines, 1)
        raise _fail(display, 1, "front matter opened on line 1 is never closed",
                    "add a line '---' after the last front-matter field" +
                    (f", before the section opened on line {fence + 1}"
                     if fence < len(lines) else ""))
    if opened_twice(lines, front_end):
        raise _fail(display, 2, "front matter is closed on line 2, so the fields below it are "
                    "not read", "remove this second '---': the front matter is '---', its "
                    "fields, then '---'", lines[1])
    return Block("front matter", 1, "\n".join(lines[1:front_end]), 2, "", front_end + 2), \
        front_end


def _sections(lines: list[str], start: int, display: str, problems: list[Problem],
              kinds: Collection[str]) -> list[Block]:
    """Return the sections from line index start on, noting what is wrong in problems."""
    index = _next_fence(lines, start)
    stray = next((i for i in range(start, index) if lines[i].strip()), None)
    if stray is not None:
        slip = next(slipped_fences(lines, stray, stray + 1, kinds), None)
        hint = slip_hint(lines[stray], slip[1], in_prose=False) if slip else \
            stray_close_hint(lines[stray], start - 1) or \
            "open a section first, for example with a line '--- summary'"
        problems.append(Problem(display, stray + 1, 1, "text before the first section", hint,
                                lines[stray]))
    sections: list[Block] = []
    while index < len(lines):
        known = len(problems)
        section, index = _section(lines, index, display, problems, kinds)
        if section is not None and len(problems) == known:  # else not read as it was meant
            sections.append(section)
    return sections


def _section(lines: list[str], index: int, display: str, problems: list[Problem],
             kinds: Collection[str]) -> tuple[Block | None, int]:
    """Read the section whose fence is at line index; return it (None if it has no closing
    line) and the index of the next fence."""
    fence = FENCE.fullmatch(lines[index])
    assert fence is not None  # _next_fence stops only on fences
    kind = fence["kind"]
    close = _find_close(lines, index + 1, stop_at_fence=True)
    if close is None:
        problems.append(Problem(
            display, index + 1, 1, f"section '{kind}' opened here has no closing '---'",
            "end the section's YAML header with a line '---', even when it is empty",
            lines[index]))
        return None, _next_fence(lines, index + 1)
    end = _next_fence(lines, close + 1)
    if not KIND.fullmatch(kind):
        problems.append(Problem(display, index + 1, 5, f"'{kind}' is not a section kind name",
                                kind_hint(kind, kinds), lines[index]))
    for slip, meant in slipped_fences(lines, close + 1, end, kinds):
        problems.append(Problem(
            display, slip + 1, 1, "not a section fence, so the section meant to start here "
            "would be shown as text", slip_hint(lines[slip], meant), lines[slip]))
    header = "\n".join(lines[index + 1 : close])
    body = "\n".join(lines[close + 1 : end]).strip("\n")
    body_line = close + 2 + _leading_blank_lines(lines, close + 1, end)
    return Block(kind, index + 1, header, index + 2, body, body_line), end


def _find_close(lines: list[str], start: int, stop_at_fence: bool = False) -> int | None:
    """Return the index of the next line '---' from start, or None."""
    for i in range(start, len(lines)):
        if lines[i].startswith(CLOSE):  # closing lines and fences both begin '---'
            if lines[i].rstrip() == CLOSE:
                return i
            if stop_at_fence and FENCE.fullmatch(lines[i]):
                return None
    return None


def _next_fence(lines: list[str], start: int) -> int:
    """Return the index of the next section fence outside code blocks, or len(lines)."""
    in_code: str | None = None
    for i in range(start, len(lines)):
        marker = lines[i].lstrip()[:3]
        if marker in ("```", "~~~"):
            if in_code is None:
                in_code = marker
            elif marker == in_code:
                in_code = None
        elif marker == CLOSE and in_code is None and FENCE.fullmatch(lines[i]):  # fences: '---'
            return i
    return len(lines)


def _leading_blank_lines(lines: list[str], start: int, end: int) -> int:
    """Count the blank lines at the start of lines[start:end]."""
    count = 0
    while start + count < end and not lines[start + count].strip():
        count += 1
    return count


def _fail(display: str, line: int | None, message: str, hint: str,
          excerpt: str = "") -> ContentError:
    """Make a ContentError holding a single problem."""
    return ContentError([Problem(display, line, 1 if line else None, message, hint, excerpt)])
