"""Decode a file's bytes as UTF-8 text, and name the encoding of a file saved in another.

Windows' Notepad saves in UTF-16 when told 'Unicode', and Windows PowerShell's '>' writes
UTF-16 too: every other byte of such a file is NUL, as in a binary file, so it is told apart
by its byte order mark, or by its NULs falling one byte in two where Latin letters are.
"""

from __future__ import annotations

import codecs
import re
import shlex

from ..errors import ContentError, Problem

# UTF-32's marks first: UTF-32 LE's starts with UTF-16 LE's.
WIDE_MARKS = ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
              (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"))
SAMPLE = 64  # bytes of a file without a mark looked at for UTF-16's NULs (an even number)
# Bytes UTF-8 would read as one letter: a file holding them is UTF-8 in part, not all
# Windows-1252, whose letters seldom come in such runs ("Ã©"; "é”" is no UTF-8).
UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                         rb"[\xf0-\xf4][\x80-\xbf]{3}")
# Controls no text holds, besides tab and line ends: bytes Windows-1252 reads so are not text.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def utf8_text(data: bytes, display: str) -> str:
    """Decode a file's bytes as UTF-8, with or without a byte order mark, ending its lines in
    '\n' alone; raise ContentError at the first byte that is not UTF-8, or at the start of a
    file saved in UTF-16 or UTF-32."""
    wide = wide_encoding(data)
    if wide:
        raise ContentError([Problem(display, 1, 1, f"file is saved as {wide}, not UTF-8",
                                    "save it again as UTF-8 (your editor's 'Save as' names "
                                    "the encoding: choose 'UTF-8')")])
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + len(data) - len(body)  # counting the mark's bytes, as an editor does
        raise ContentError([not_utf8(data, body, at, display)]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def not_utf8(data: bytes, body: bytes, at: int, display: str) -> Problem:
    """Make the problem of a file's byte `at` that is not UTF-8, naming Windows-1252 (which
    Latin-1's text is too) when the whole file reads as text in it."""
    if UTF8_LETTER.search(body) or not reads_as_windows_1252(body):
        return Problem(display, *byte_place(data, at), f"file is not valid UTF-8 (byte {at})",
                       "save the file as UTF-8")
    name = shlex.quote(display)
    return Problem(display, *byte_place(data, at),
                   f"file is not valid UTF-8 (byte {at}): it seems saved as Windows-1252 "
                   "(or Latin-1)",
                   f"convert it to UTF-8: iconv -f WINDOWS-1252 -t UTF-8 {name} > utf8.tmp "
                   f"&& mv utf8.tmp {name}; or save it again as UTF-8 in your editor")


def reads_as_windows_1252(data: bytes) -> bool:
    """Tell whether bytes are text in Windows-1252: each defined, none a control."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return CONTROLS.search(text) is None


def wide_encoding(data: bytes) -> str | None:
    """Return 'UTF-16' or 'UTF-32' for a file saved in one of them, else None."""
    for mark, name in WIDE_MARKS:
        if data.startswith(mark):
            return name
    start = data[:min(SAMPLE, len(data) - len(data) % 2)]
    if len(start) < 4:
        return None
    halves = start[::2], start[1::2]
    for zeros, letters in (halves, halves[::-1]):  # big-endian, then little-endian
        if not zeros.strip(b"\0") and "".join(letters.decode("latin-1").split()).isprintable():
            return "UTF-16"
    return None


def byte_place(data: bytes, index: int) -> tuple[int, int]:
    """Return the line and column of a file's byte, both from 1, the column in characters."""
    line_start = data.rfind(b"\n", 0, index) + 1
    before = data[line_start:index].decode("utf-8", "replace")
    if line_start == 0:
        before = before.removeprefix("\ufeff")  # the byte order mark is no character of the line
    return data.count(b"\n", 0, index) + 1, len(before) + 1
