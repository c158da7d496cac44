"""Markdown that would take the parser minutes, or overflow its stack, is refused at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from benchmarks.stories import generate
from explainer.cli import main
from explainer.content.text.bounds import Allowance

from .helpers import REPO, run_cli, soup

HEAD = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n\n--- summary\n---\n"
BRACKETS = ("content/a.md:9:1: error: section 'summary': more than 16 '[' open at once in one "
            "paragraph (nested or never closed): Markdown reads the rest of the paragraph again "
            "for each")
CLOSE = "close each '[' with ']', or write '\\[' for a bracket meant as text"
APART = "put blank lines between them"
NEST = ("nest quotes and lists at most 16 levels deep (each '>', list marker and 4 spaces of "
        "indentation is a level)")
# Texts that Python-Markdown takes time to parse in proportion to their length squared (or
# that overflow its stack), each 60 KB but one, the start of what the author is told, and the
# hint.
HOSTILE = {
    "brackets": ("[" * 60_000, BRACKETS, CLOSE),
    "a megabyte of brackets": ("[" * 1_000_000, BRACKETS, CLOSE),  # before the bound: days
    "images": ("![" * 30_000, BRACKETS.replace("9:1:", "9:2:"), CLOSE),
    "brackets and blanks": ("[ " * 30_000, BRACKETS, CLOSE),
    "footnote marks": ("[^" * 30_000, BRACKETS, CLOSE),
    "link addresses": ("[a](" * 15_000, "content/a.md:9:4: error: section 'summary': more than "
                       "16 '(' open at once in one paragraph",
                       "close each link's address with ')'"),
    "brackets around code": ("[ `]` " * 10_000, "content/a.md:9:1: error: section 'summary': "
                             "10000 '[' without a ']' to close them in the same paragraph", CLOSE),
    "tags": ("<a " * 20_000, "content/a.md:9:1: error: section 'summary': 20000 '<' not closed "
             "by a '>' before the next '<': Markdown reads on to a '>' for each",
             "close each tag with '>', or write '&lt;' for a '<' meant as text"),
    "CDATA": ("<![CDATA[ " * 6_000, "content/a.md:9:3: error: section 'summary': more than 16 "
              "'['", CLOSE),
    "backticks": (" ".join("`" * n for n in range(1, 340)), "content/a.md:9:1: error: section "
                  "'summary': 339 code spans whose backticks are not closed in the same "
                  "paragraph", "close each code span with as many backticks as open it, or "
                  "write '\\`'"),
    "hard line breaks": ("a  \n" * 15_000, "content/a.md:9:1: error: section 'summary': a "
                         "paragraph of 59999 characters holding 14999 pieces of Markdown "
                         "syntax: Markdown copies it again for each",
                         "split it into paragraphs with blank lines"),
    "rules": ("- - -\n" * 10_000, "content/a.md:9:1: error: section 'summary': a block of 10000 "
              "headings, rules or definitions without a blank line", APART),
    "underlined headings": ("a\n=\n" * 15_000, "content/a.md:9:1: error: section 'summary': a "
                            "block of 15000 headings, rules or definitions without a blank "
                            "line: Markdown splits it again for each", APART),
    "definitions": ("a\n: " * 15_000, "content/a.md:9:1: error: section 'summary': 15000 "
                    "definitions (lines ': ') in one block, more than 64",
                    "put a blank line between groups of definitions"),
    "fences": ("\n".join("~" * n for n in range(3, 350)), "content/a.md:9:1: error: section "
               "'summary': 347 code fences never closed: Markdown reads the rest of the text "
               "again for each", "close each fenced code block with the fence that opened it"),
    "quotes": (">" * 60_000, "content/a.md:9:1: error: section 'summary': a line nested 60000 "
               "levels deep in quotes and lists, more than 16", NEST),
    "lists": ("\n".join("    " * n + "- a" for n in range(400)), "content/a.md:26:1: error: "
              "section 'summary': a line nested 17 levels deep in quotes and lists, more than 16",
              NEST),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_markdown_is_refused_with_its_place(case: str, make_site: Callable[..., Path],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    text, message, hint = HOSTILE[case]
    root = make_site({"content/a.md": HEAD + text + "\n"})
    assert main(["build", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    first, excerpt, hinted, summary = err.splitlines()
    assert first.startswith(message), err[:300]
    line = (HEAD + text).split("\n")[int(first.split(":")[1]) - 1].strip()
    shown = line[:200].rstrip() + " ..." if len(line) > 200 else line  # the line, cut short
    assert excerpt == "    " + shown
    assert hinted == "  hint: " + hint
    assert summary == "error: 1 error(s) found; nothing was written"
    assert not (root / "public").exists()


def test_the_allowance_is_for_the_whole_explainer(make_site: Callable[..., Path],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # Each takeaway costs the parser more than its length allows, but less than the allowance
    # every explainer has; a thousand of them are too much. The first one past it is blamed.
    takeaways = "".join(f'  - "{"*" * 1000}"\n' for _ in range(1000))
    root = make_site({"content/a.md": HEAD.replace("--- summary\n---\n", "--- summary\n---\n"
                                                   "Text.\n\n--- takeaways\ntakeaways:\n")
                      + takeaways + "---\n"})
    assert main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert err.count("error:") == 2
    assert ": error: section 'takeaways': a paragraph of 1000 characters holding 1000 pieces " \
        "of Markdown syntax: Markdown copies it again for each" in err


def test_ordinary_and_rich_markdown_is_never_refused(tmp_path: Path) -> None:
    allowance = Allowance(0)
    sources = [*REPO.glob("content/*.md"), *REPO.glob("tests/fixtures/**/*.md"),
               *write_corpus(generate(40, seed=2), tmp_path / "corpus").rglob("*.md")]
    for path in sources:
        for part in path.read_bytes().decode("utf-8", "replace").split("\n---"):
            assert allowance.take(part) is None, (path, part[:80])


def test_a_long_explainer_full_of_markdown_builds(make_site: Callable[..., Path]) -> None:
    rows = "".join(f"| [Report {n}](https://example.org/{n}) | `{n}` | *{n}* |\n"
                   for n in range(300))
    sources = "".join(f"- [Source {n}](https://example.org/s/{n}) by _Someone_\n"
                      for n in range(200))
    nested = "".join("    " * n + f"- level {n} [link](https://example.org/)\n" for n in range(12))
    quote = "".join(">" * n + f" quoted {n}\n" for n in range(1, 13))
    prose = ("Words with **bold**, `code`, <abbr>HTML</abbr> &amp; a [link](https://e.org) "
             "[citation][1].\n\n") * 400 + "[1]: https://example.org/ref\n"
    body = "\n\n".join(["| a | b | c |\n|---|---|---|\n" + rows, sources, nested, quote, prose])
    root = make_site({"content/a.md": HEAD + body})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr[:500]
    page = soup(root / "public" / "a.html")
    assert len(page.select("section.summary table tr")) == 301
    assert len(page.select("section.summary blockquote")) == 12
