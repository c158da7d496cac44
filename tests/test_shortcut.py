"""The shortcut past Python-Markdown: the same HTML for the commonest Markdown, and sanitised the
same way as nh3 would."""

from __future__ import annotations

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.content.checks import Comparable
from explainer.content.text.markup import EXTENSIONS, Markup, new_markdown
from explainer.content.text.shortcut import quick_html, sanitised

SETTINGS = settings(max_examples=250, deadline=None, database=None)
WORDS = ["word", "The", "news", "é", "’", "“", "”", '"', "'", "$4.2", "45.9%", "2019.", "1,000",
         "a_b", "x*y", "AT&T", "a>b", "!", "?", "#1", "\u00a0x", "(a)", "1)", "e.g.", "—", "ſ"]
# Pieces that Python-Markdown may read as more than text, valid and broken.
SYNTAX = ["*", "**", "***", "_", "__", "&amp;", "&x;", ">", "#", ":", "[", "]", "](", "`",
          "\\", "<b>", "{", "|", "~", "=", "-", "+", "\t", "\x02", "[^a](u)", "![a](u)",
          "[a] (u)", "[a](<u>)", "[a](u 't')", "\n", "\n\n", "  \n", "\n  ", "\n- ", "\n1. "]
URLS = ["https://e.com/a", "https://e.com/a_b?x=1&y=2#f", "https://E.com:8080/x", "/rel/a",
        "u", "mailto:a@b.c", "javascript:x", "https://1.2.3.4/", "https://xn--a.com/",
        "https://a_b.com/", "//e.com/x", "a:b", "https://e.com/a%20b", "HTTP://E.COM/é"]


def link(text: str, url: str) -> str:
    """Return a Markdown link."""
    return f"[{text}]({url})"


word = st.sampled_from(WORDS + ["word", "text", "of"] * 8)
words = st.lists(word, min_size=1, max_size=3).map(" ".join)
piece = st.one_of(
    word, word, word,
    st.builds(lambda mark, text: mark + text + mark, st.sampled_from(["*", "**", "_"]), words),
    st.builds(link, words, st.sampled_from(URLS)),
    st.builds(lambda mark, text: f"{mark}{link(text, 'https://e.com')}{mark}",
              st.sampled_from(["*", "**", "_"]), words),
    st.sampled_from(SYNTAX))
line = st.lists(piece, min_size=1, max_size=8).map(" ".join)
lines = st.lists(line, min_size=1, max_size=3)
block = st.one_of(
    lines.map("\n".join), lines.map("\n".join),
    st.builds(lambda level, text: "#" * level + " " + text, st.integers(1, 7), line),
    lines.map(lambda ls: "\n".join("> " + each for each in ls)),
    st.lists(lines, min_size=1, max_size=3).map(
        lambda items: "\n".join("- " + "\n  ".join(each) for each in items)),
    st.lists(lines, min_size=1, max_size=3).map(
        lambda items: "\n".join(f"{n}. " + "\n   ".join(each)
                                for n, each in enumerate(items, 3))))
texts = st.lists(st.tuples(block, st.sampled_from(["\n\n"] * 6 + ["\n", "\n\n\n"])),
                 min_size=1, max_size=4).map(lambda parts: "".join(a + b for a, b in parts))


CONVERTER = new_markdown(EXTENSIONS)
TRUSTED, UNTRUSTED = Markup(True), Markup(False)


def python_markdown(text: str) -> str:
    """Convert text with Python-Markdown and every extension, unsanitised."""
    return CONVERTER.reset().convert(text) if text.strip() else ""


# One property test for the three promises, so that each text drawn (the costly part) and its
# conversion by Python-Markdown serve all three.
@settings(SETTINGS, max_examples=300)
@given(texts)
def test_the_shortcut_agrees_with_python_markdown_and_nh3(text: str) -> None:
    full = python_markdown(text)
    quick = quick_html(text)
    if quick is not None:  # the shortcut gives what Python-Markdown gives, or nothing
        assert quick == full
        safe = sanitised(quick)
        if safe is not None:  # and sanitises it as nh3 does, or leaves it to nh3
            assert safe == UNTRUSTED._clean(quick)
    # whichever way a text goes, it comes out as with the full parser and sanitiser
    assert TRUSTED.block(text) == full
    assert UNTRUSTED.block(text) == UNTRUSTED._clean(full)


def test_links_lists_quotes_and_headings_take_the_shortcut() -> None:
    texts = [
        "Officials [said](https://e.com/a_b?id=1&lang=en) on **Tuesday** that *prices* rose"
        "\n45.9% in _May_.\n\nA second paragraph, with a > and an & in it.",
        "- one [item](https://e.com/x)\n  carried on\n- **two**\n\n- three",
        "3. first\n4. second",
        "> \u201cWe are patient,\u201d said **Ana Costa**.\n\n> A second paragraph.",
        "### July 2019\n\nText after the heading.",
    ]
    markup = Markup()
    for text in texts:
        quick = quick_html(text)
        assert quick is not None, text
        assert quick == python_markdown(text)
        assert sanitised(quick) == markup._clean(quick)


def test_the_shallowest_heading_of_a_text_comes_right_under_the_section_s() -> None:
    markup = Markup()
    texts = {  # taking the shortcut, then through Python-Markdown (for its table)
        "## What was agreed\n\nText.\n\n### The money\n\nMore.": ["h3", "h4"],
        "### What was agreed\n\n| a |\n| - |\n| 1 |\n\n#### The money": ["h3", "h4"],
        "# What was agreed\n\nText.\n\n## The money": ["h3", "h4"],
    }
    for text, levels in texts.items():
        page = BeautifulSoup(markup.block(text), "html.parser")
        assert [h.name for h in page.find_all(["h3", "h4", "h5", "h6"])] == levels, text


@SETTINGS
@given(st.text("ab c", max_size=30), st.text("abc é", max_size=30))
def test_the_longest_common_subsequence_is_the_textbook_one(first: str, second: str) -> None:
    a, b = (Comparable.of(text, lambda words: set(words.split())) for text in (first, second))
    table = [[0] * (len(b.words) + 1) for _ in range(len(a.words) + 1)]
    for i, x in enumerate(a.words):
        for j, y in enumerate(b.words):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else \
                max(table[i][j + 1], table[i + 1][j])
    assert a.common_subsequence(b) == table[-1][-1]
