"""Splitting explainer files into front matter and YAML-tagged sections."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.cli import main
from explainer.content.schema import SECTION_KINDS
from explainer.content.sources import decode_text, read_text, split_source
from explainer.errors import ContentError

TEXT = """\
---
title: T
---

--- summary
---
First paragraph.

--- timeline
events:
  - date: 2024
    title: X
---
A horizontal rule in prose stays prose:

---

```
--- not-a-fence-inside-code
```
"""


def split(text: str):
    return split_source(text, Path("x.md"), "content/x.md")


def test_split_finds_sections_with_line_numbers() -> None:
    source = split(TEXT)
    assert source.front.header == "title: T"
    assert [s.kind for s in source.sections] == ["summary", "timeline"]
    summary, timeline = source.sections
    assert (summary.fence_line, summary.body_line, summary.body) == (5, 7, "First paragraph.")
    assert timeline.fence_line == 9
    assert timeline.header_line == 10
    assert timeline.header.splitlines()[0] == "events:"
    assert timeline.body_line == 14


def test_a_bare_rule_and_code_blocks_do_not_open_sections() -> None:
    body = split(TEXT).sections[1].body
    assert "\n---\n" in body
    assert "--- not-a-fence-inside-code" in body


@pytest.mark.parametrize(("text", "line", "message"), [
    ("title: T\n", 1, "must start with front matter"),
    ("---\ntitle: T\n", 1, "front matter opened on line 1 is never closed"),
    ("---\ntitle: T\n---\n", 3, "has no sections"),
    ("---\ntitle: T\n---\nstray text\n--- summary\n---\nx\n", 4, "text before the first section"),
    ("---\ntitle: T\n---\n--- summary\nkey: v\n", 4, "has no closing '---'"),
    ("---\ntitle: T\n---\n--- Why It Matters\n---\nx\n", 4, "is not a section kind name"),
])
def test_split_errors_name_the_line(text: str, line: int, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        split(text)
    problem = caught.value.problems[0]
    assert problem.line == line
    assert message in problem.message


@pytest.mark.parametrize(("fence", "meant"), [
    ("Why It Matters", "why-it-matters"),
    ("Key Figures", "figures"),  # 'key-figures' is no kind
    ("Time_Line", "timeline"),
])
def test_a_kind_written_as_words_is_told_a_kind_there_is(fence: str, meant: str) -> None:
    with pytest.raises(ContentError) as caught:
        split_source(f"---\ntitle: T\n---\n--- {fence}\n---\nx\n", Path("x.md"),
                     "content/x.md", SECTION_KINDS)
    hint = caught.value.problems[0].hint
    assert re.findall(r"'([^']*)'", hint.split(";")[0]) == [meant]
    assert meant in SECTION_KINDS


def test_a_kind_written_in_another_language_is_told_the_kinds_there_are() -> None:
    with pytest.raises(ContentError) as caught:
        split_source("---\ntitle: T\n---\n--- اقتباس\n---\nx\n", Path("x.md"),
                     "content/x.md", SECTION_KINDS)
    hint = caught.value.problems[0].hint
    assert hint.startswith("a kind is named in English on a page in any language: ")
    assert all(kind in hint for kind in SECTION_KINDS)


def test_unclosed_header_before_next_section_is_reported() -> None:
    text = "---\ntitle: T\n---\n--- summary\n\n--- prose\nheading: H\n---\nx\n"
    with pytest.raises(ContentError) as caught:
        split(text)
    assert caught.value.problems[0].line == 4


def test_crlf_and_bom_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\n--- summary\r\n---\r\nHi\r\n")
    source = split(read_text(path, "content/x.md"))
    assert source.sections[0].body == "Hi"


@pytest.mark.parametrize(("data", "message"), [
    (b"", "file is empty"),
    (b"   \n\n", "file is empty"),
    (b"---\x00\x01binary", "binary"),
    (b"---\ntitle: caf\xe9\n---\n", "not valid UTF-8"),
])
def test_unreadable_files_get_clear_errors(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        read_text(path, "content/x.md")
    assert message in caught.value.problems[0].message


@pytest.mark.parametrize(("data", "said"), [
    # Latin-1's and Windows-1252's text, curly quotes and all: named, with the command.
    (b"---\ntitle: caf\xe9\n---\n", True),
    (b"---\ntitle: \x93Caf\xe9\x94 \x96 na\xefve\n---\n", True),
    # UTF-8 with one stray byte, or bytes that are no text in Windows-1252: not named.
    (b"---\ntitle: \xc3\xa9t\xc3\xa9\xff\n", False),
    (b"---\ntitle: caf\xe9\x81\n", False),
    (b"---\ntitle: caf\xe9\x1b\n", False),
])
def test_a_file_saved_as_windows_1252_is_named_with_its_fix(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str], data: bytes,
        said: bool) -> None:
    root = make_site({"content/x.md": data})
    assert main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "content/x.md:2:" in err and ": error: file is not valid UTF-8 (byte " in err
    assert ("it seems saved as Windows-1252 (or Latin-1)\n  hint: convert it to UTF-8: iconv -f "
            "WINDOWS-1252 -t UTF-8 content/x.md > utf8.tmp && mv utf8.tmp content/x.md"
            in err) is said
    assert err.count("not valid UTF-8") == 1


@pytest.mark.parametrize(("data", "start"), [
    (b"---\ntitle: caf\xe9\n---\n", "2:11: error: file is not valid UTF-8 (byte 14)"),
    # The byte order mark counts as bytes of the file, but takes no column of its line.
    (b"\xef\xbb\xbftitle: caf\xe9\n", "1:11: error: file is not valid UTF-8 (byte 13)"),
    # A column counts characters, not bytes.
    (b"---\ntitle: \xc3\xa9t\xc3\xa9\xff\n", "2:11: error: file is not valid UTF-8 (byte 16)"),
    (b"---\ntitle: \xc3\xa9t\xc3\xa9\x00\n", "2:11: error: file is binary"),
    # A file saved in UTF-16 or UTF-32 holds NULs too, but is text in another encoding.
    ("---\ntitle: caf\xe9\n".encode("utf-16"), "1:1: error: file is saved as UTF-16, not UTF-8"),
    ("---\ntitle: caf\xe9\n".encode("utf-16-le"), "1:1: error: file is saved as UTF-16"),
    ("---\ntitle: caf\xe9\n".encode("utf-32"), "1:1: error: file is saved as UTF-32"),
    (b"\x00\x01\x00\x02\x00\x03", "1:1: error: file is binary"),
])
def test_an_unreadable_byte_is_placed_at_its_line_and_column(data: bytes, start: str) -> None:
    with pytest.raises(ContentError) as caught:
        decode_text(data, "content/x.md")
    assert caught.value.problems[0].render().startswith(f"content/x.md:{start}")


def test_every_invisible_ascii_character_is_found_as_elsewhere() -> None:
    # Plain ASCII files skip the search for invisible characters unless a byte calls for it.
    invisible = {*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F}
    for code in range(0x01, 0x80):
        data = f"---\ntitle: T{chr(code)}\n---\n--- summary\n---\nx\n".encode()
        try:
            decode_text(data, "content/x.md")
        except ContentError as caught:
            assert code in invisible, repr(chr(code))
            assert caught.problems[0].render().startswith(
                f"content/x.md:2:9: error: invisible character U+{code:04X}")
        else:
            assert code not in invisible, repr(chr(code))


@pytest.mark.parametrize("char", ["\U0001fffe", "\U0010ffff", "\ufdef"])
def test_a_noncharacter_of_any_plane_is_refused_where_it_stands(char: str) -> None:
    text = f"---\ntitle: T\n---\n\n--- summary\n---\nA text with {char} in it.\n"
    with pytest.raises(ContentError) as caught:
        decode_text(text.encode("utf-8"), "content/x.md")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (7, 13)
    assert f"U+{ord(char):04X} (a noncharacter)" in problem.message


def test_emoji_and_rare_ideographs_are_not_taken_for_noncharacters() -> None:
    # Past U+1FFFD, where the search for noncharacters looks at every character.
    text = "---\ntitle: T\n---\n\n--- summary\n---\nA \U0001f600 and \U00020000 and \U0010fffd.\n"
    assert decode_text(text.encode("utf-8"), "content/x.md") == text


@pytest.mark.parametrize("line", ["---quote", " --- quote", "-- quote", "----  Quote"])
def test_a_mistyped_fence_in_prose_is_an_error_not_text(line: str) -> None:
    text = f"---\ntitle: T\n---\n--- summary\n---\nx\n\n{line}\ntext: Words.\n---\n"
    with pytest.raises(ContentError) as caught:
        split_source(text, Path("x.md"), "content/x.md", SECTION_KINDS)
    problem = caught.value.problems[0]
    assert (problem.line, problem.excerpt) == (8, line)
    assert "'--- quote'" in problem.hint


@pytest.mark.parametrize("line", ["\\---quote", "    --- quote", "-- quoted words", "--- "])
def test_lines_that_only_look_like_fences_stay_prose(line: str) -> None:
    text = f"---\ntitle: T\n---\n--- summary\n---\nx\n\n{line}\n\n```\n---quote\n```\n"
    body = split_source(text, Path("x.md"), "content/x.md", SECTION_KINDS).sections[0].body
    assert line in body
